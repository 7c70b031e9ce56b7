"""Finding the meeting line and adoption date after the operative paragraphs."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unxml.lexicons import available, lexicon
from unxml.text.closing import find_closing

_DIGIT = re.compile(r"\d")


@pytest.mark.parametrize("lang", available())
@settings(max_examples=40, deadline=None)
@given(
    meeting=st.integers(1, 999),
    resumed=st.booleans(),
    adopted=st.dates(date(1946, 1, 1), date(2100, 12, 31)),
    filler=st.text(st.characters(blacklist_categories=("Nd", "Cs")), max_size=3),
)
def test_a_closing_line_without_its_digits_is_neither_a_meeting_line_nor_a_date(
    lang, meeting, resumed, adopted, filler
):
    # find_closing skips lines without a digit without asking the lexicon: that is only
    # right while every language prints the meeting's number and the date's year in digits.
    lex = lexicon(lang)
    line, printed = lex.meeting_text(meeting, resumed), lex.format_date(adopted)
    assert lex.parse_meeting(line) == (meeting, resumed)
    assert lex.parse_date(printed) == adopted

    def without_digits(text: str) -> str:
        return _DIGIT.sub(lambda _: filler, text)

    assert lex.parse_meeting(without_digits(line)) is None
    assert lex.find_date(without_digits(printed)) is None
    assert lex.find_date(without_digits(f"{line} {printed}")) is None


@pytest.mark.parametrize("lang", available())
def test_meeting_line_and_date_are_found_after_the_paragraphs(lang):
    lex = lexicon(lang)
    meeting, adopted = lex.meeting_text(88), lex.format_date(date(2001, 12, 19))
    lines = ["1. Decides to remain seized of the matter;", "", meeting, adopted, "Annex"]
    closing = find_closing(lines, lex)
    assert closing is not None
    assert (closing.start, closing.end, closing.meeting.number) == (2, 4, 88)
    assert closing.date is not None and closing.date.value == date(2001, 12, 19)
