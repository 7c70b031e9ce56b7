"""Finding the meeting line and adoption date after the operative paragraphs."""

from __future__ import annotations

from datetime import date

import pytest

from unxml.lexicons import available, lexicon
from unxml.text.closing import find_closing

_PARAGRAPHS = [
    "1. Decides to remain seized of the matter, as it decided on 4 December 2000;",
    "2. Recalls its 88th plenary meeting;",
]


@pytest.mark.parametrize("lang", available())
def test_meeting_line_and_date_are_found_after_the_paragraphs(lang):
    lex = lexicon(lang)
    meeting, adopted = lex.meeting_text(88), lex.format_date(date(2001, 12, 19))
    lines = [*_PARAGRAPHS, "", meeting, adopted, "Annex"]
    closing = find_closing(lines, lex)
    assert closing is not None
    assert (closing.start, closing.end, closing.meeting.number) == (3, 5, 88)
    assert closing.date is not None and closing.date.value == date(2001, 12, 19)


@pytest.mark.parametrize("lang", available())
def test_meeting_line_and_date_on_one_line(lang):
    lex = lexicon(lang)
    line = f"{lex.meeting_text(50, resumed=True)} {lex.format_date(date(2024, 3, 1))}"
    closing = find_closing([*_PARAGRAPHS, line], lex)
    assert closing is not None
    assert (closing.start, closing.meeting.number, closing.meeting.resumed) == (2, 50, True)
    assert closing.date is not None and closing.date.value == date(2024, 3, 1)


def test_date_above_the_meeting_line():
    lex = lexicon("zh")
    closing = find_closing(["2000年12月4日", "第81次全体会议"], lex)
    assert closing is not None and (closing.start, closing.end, closing.meeting.number) == (0, 2, 81)


def test_starts_with_meeting():
    lex = lexicon("en")
    assert lex.starts_with_meeting("88th plenary meeting 19 December 2001")
    assert lex.starts_with_meeting("50th (resumed) plenary meeting")
    assert not lex.starts_with_meeting("Recalls its 88th plenary meeting")
