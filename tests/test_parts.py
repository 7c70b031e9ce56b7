"""Resolutions adopted in parts (A, B, …): each part with its own title, formula, paragraphs
and meeting line, read from the text of A/RES/75/101 A-B and checked against the UN's markup.
"""

from __future__ import annotations

import collections
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from resolution_words import body_words, words

import unxml
from unxml.errors import ConversionError
from unxml.lexicons import lexicon
from unxml.model import OperativeParagraph, Part, Section
from unxml.text.clean import clean
from unxml.text.pipeline import convert_with_issues
from unxml.text.recognize import recognise

DATA = Path(__file__).parent / "data"
TEXT = DATA / "un-parts" / "A_RES_75_101_A-B.txt"
UN_XML = DATA / "un-validate" / "GA_A-RES-75-101A-B_eng_documentCollection.xml"
EN = lexicon("en")


@pytest.fixture(scope="module")
def converted() -> unxml.Resolution:
    found = convert_with_issues(TEXT.read_text(encoding="utf-8"), "en", source=TEXT.name)
    return found.resolution


def _sections(body: tuple[OperativeParagraph | Section, ...]) -> list[tuple[str | None, str]]:
    """Every section heading in reading order, nested ones included.

    The UN writes the unnumbered headings inside a numbered section ("Bridging the digital
    divide" under "II") as paragraphs beside it, so only the order is compared, not the nesting.
    """
    out: list[tuple[str | None, str]] = []
    for item in body:
        if isinstance(item, Section):
            out += [(item.num, unxml.model.plain(item.heading)), *_sections(item.body)]
    return out


def _numbers(body: tuple[OperativeParagraph | Section, ...]) -> list[str | None]:
    out: list[str | None] = []
    for item in body:
        out += _numbers(item.body) if isinstance(item, Section) else [item.num]
    return out


def test_each_part_has_its_letter_title_formula_and_meeting(converted: unxml.Resolution) -> None:
    res = converted
    assert (res.number, res.symbol) == ("75/101", "A/RES/75/101 A-B")
    assert res.title == ("Questions relating to information",)
    assert res.heading == "Resolutions adopted by the General Assembly on 10 December 2020"
    assert res.adoption_date == date(2020, 12, 10)
    assert (res.formula, res.preamble, res.body, res.meeting) == (None, (), (), None)
    assert [p.letter for p in res.parts] == ["A", "B"]
    assert [p.title for p in res.parts] == [
        ("Information in the service of humanity",),
        ("United Nations global communications policies and activities",),
    ]
    for part in res.parts:
        assert part.formula == "The General Assembly,"
        assert part.meeting is not None and part.meeting.number == 41
        assert part.meeting_date is not None and part.meeting_date.value == date(2020, 12, 10)


def test_part_a_is_one_unnumbered_paragraph_with_its_list(converted: unxml.Resolution) -> None:
    part_a = converted.parts[0]
    assert [p.phrase for p in part_a.preamble] == ["Taking note", "Taking note also"]
    (urges,) = part_a.body
    assert isinstance(urges, OperativeParagraph) and (urges.num, urges.verb) == (None, "Urges")
    assert [p.num for p in urges.points] == ["(a)", "(b)", "(c)", "(d)", "(e)", "(f)"]
    assert [p.num for p in urges.points[4].points] == ["(i)", "(ii)", "(iii)", "(iv)"]


def test_part_b_agrees_with_the_un_markup(converted: unxml.Resolution) -> None:
    ours, theirs = converted.parts[1], unxml.from_xml(UN_XML).parts[1]
    assert isinstance(theirs, Part)
    assert [p.phrase for p in ours.preamble] == [p.phrase for p in theirs.preamble]
    assert _sections(ours.body) == _sections(theirs.body)
    assert _numbers(ours.body) == _numbers(theirs.body)


def test_footnotes_of_all_parts_are_kept(converted: unxml.Resolution) -> None:
    assert [f.marker for f in converted.footnotes] == [str(n) for n in range(1, 21)]


def test_every_word_of_the_parts_is_kept() -> None:
    cleaned = clean(TEXT.read_text(encoding="utf-8"), lang="en")
    res = recognise(cleaned, EN).resolution
    lines = list(cleaned.lines)
    number_at = next(i for i, line in enumerate(lines) if line.startswith(res.number + "."))
    assert collections.Counter(body_words(res)) == collections.Counter(words(" ".join(lines[number_at:])))


def test_the_writer_gives_a_valid_collection(converted: unxml.Resolution) -> None:
    report = unxml.validate(unxml.to_xml(converted))
    assert report.findings == []


@dataclass(frozen=True)
class _Cleaned:
    lines: tuple[str, ...]
    footnotes: tuple[tuple[str, str], ...] = ()


def _parts_text(part_b: str) -> str:
    return f"""A/RES/78/999 A-B
Resolutions adopted by the General Assembly on 1 December 2023
78/999. A title
A
The first part
The General Assembly,
Recalling its work,
1. Decides to act;
55th plenary meeting
1 December 2023
{part_b}"""


def test_a_part_with_its_title_on_the_letter_line_and_no_preamble() -> None:
    part_b = "B. The second part\nThe General Assembly,\nDecides to act again;\n"
    text = _parts_text(part_b + "55th plenary meeting\n1 December 2023\n")
    res = recognise(_Cleaned(tuple(text.splitlines())), EN).resolution
    part_b = res.parts[1]
    assert (part_b.letter, part_b.title, part_b.preamble) == ("B", ("The second part",), ())
    assert [(p.num, p.verb) for p in part_b.body if isinstance(p, OperativeParagraph)] == [(None, "Decides")]


def test_a_part_without_its_formula_is_refused_with_a_hint() -> None:
    # Part B never prints its formula: part A's paragraphs end at its meeting line, and B has none.
    text = _parts_text("B\nThe second part\n")
    with pytest.raises(ConversionError, match="part B has no enacting formula") as raised:
        recognise(_Cleaned(tuple(text.splitlines())), EN)
    assert raised.value.hint
