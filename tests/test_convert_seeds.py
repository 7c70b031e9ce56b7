"""The four English seed resolutions, converted end to end and written as XML.

``samples/A_RES_*.en.xml`` are goldens read by a person against the printed text; the
converter and writer must reproduce them byte for byte.
"""

from __future__ import annotations

import warnings
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import unxml
from unxml import ConversionError, ConversionWarning
from unxml.model import OperativeParagraph, Ref

SAMPLES = Path(__file__).parent.parent / "samples"
SEEDS = sorted(SAMPLES.glob("A_RES_*.en.txt"))
GOLDENS = sorted(SAMPLES.glob("A_RES_*.en.xml"))


def convert(name: str) -> unxml.Resolution:
    with warnings.catch_warnings():
        warnings.simplefilter("error", ConversionWarning)
        return unxml.convert((SAMPLES / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("golden", GOLDENS, ids=lambda p: p.name)
def test_seed_converts_to_its_reviewed_golden(golden: Path) -> None:
    assert unxml.to_xml(convert(golden.name.replace(".xml", ".txt"))) == golden.read_bytes()


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_every_seed_converts_without_warnings(path: Path) -> None:
    res = convert(path.name)
    assert res.language == "en" and res.body and res.meeting is not None


def test_56_121_masthead_paragraphs_and_footnotes() -> None:
    res = convert("A_RES_56_121.en.txt")
    assert (res.symbol, res.session, res.number) == ("A/RES/56/121", 56, "56/121")
    assert res.distribution_date is not None and res.distribution_date.value == date(2002, 1, 23)
    assert res.origin is not None and (res.origin.committee, res.origin.document) == ("third", "A/56/574")
    assert res.adoption_date == date(2001, 12, 19)
    assert res.meeting is not None and res.meeting.number == 88
    assert [p.phrase for p in res.preamble][-2:] == ["Recognizing with appreciation", "Noting"]
    body = [p for p in res.body if isinstance(p, OperativeParagraph)]
    assert [(p.num, p.verb) for p in body] == [("1.", "Invites"), ("2.", "Takes note"), ("3.", "Decides")]
    # Footnote 3 is cited twice: in the preamble and at the end of paragraph 3.
    assert [ref.marker for ref in res.citations()] == ["1", "2", "3", "4", "3"]
    assert (
        Ref(text="55/63", href="/akn/un/statement/deliberation/unga/2000-12-04/55-63/!main") in body[1].text
    )


def test_58_32_prints_no_symbol_and_dates_its_heading() -> None:
    res = convert("A_RES_58_32.en.txt")
    assert res.symbol == "A/RES/58/32"  # derived from the number
    assert res.heading == "Resolution adopted by the General Assembly on 8 December 2003"
    assert res.meeting_date is not None and res.meeting_date.value == res.adoption_date == date(2003, 12, 8)


def test_61_54_sub_paragraphs() -> None:
    res = convert("A_RES_61_54.en.txt")
    paragraph = res.body[2]
    assert isinstance(paragraph, OperativeParagraph)
    assert [p.num for p in paragraph.points] == ["(a)", "(b)", "(c)", "(d)"]


def test_unknown_verb_is_warned_with_its_location() -> None:
    text = (SAMPLES / "A_RES_56_121.en.txt").read_text(encoding="utf-8").replace("*Invites*", "*Beseeches*")
    with pytest.warns(
        ConversionWarning, match=r"operative paragraph 1\.: verb not in the lexicon: 'Beseeches"
    ):
        res = unxml.convert(text)
    assert res.body[0].verb == "" and "Beseeches Member States" in str(res.body[0].text)


@pytest.mark.parametrize(
    ("text", "message"),
    [("", "empty"), ("Minutes of the 3rd meeting of the Bureau.\n", "no resolution number")],
)
def test_not_a_resolution(text: str, message: str) -> None:
    with pytest.raises(ConversionError, match=message) as raised:
        unxml.convert(text)
    assert raised.value.hint


def test_unknown_language_is_a_conversion_error() -> None:
    with pytest.raises(ConversionError, match="no lexicon for language 'xx'"):
        unxml.convert("The General Assembly,", lang="xx")


def test_chinese_seed_reads_its_date_above_the_meeting_line() -> None:
    text = (SAMPLES / "A_RES_55_63.zh.txt").read_text(encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConversionWarning)
        res = unxml.convert(text)
    assert (res.language, res.number, res.symbol) == ("zh", "55/63", "A/RES/55/63")
    assert res.adoption_date == date(2000, 12, 4)
    assert res.meeting is not None and res.meeting.number == 81
    first = res.body[0]
    assert isinstance(first, OperativeParagraph) and len(first.points) == 10
    assert len(res.footnotes) == 6


_DAMAGE = st.sampled_from(
    ["(a)", "1.", "I", "Annex", "88th plenary meeting", "19 December 2001", "", "78/1."]
)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(SEEDS),
    st.lists(st.tuples(st.integers(0, 10_000), st.booleans(), _DAMAGE), max_size=6),
)
def test_damaged_text_gives_a_resolution_or_a_clear_error(
    path: Path, damage: list[tuple[int, bool, str]]
) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    for position, delete, inserted in damage:
        at = position % len(lines)
        if delete:
            del lines[at]
        else:
            lines.insert(at, inserted)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConversionWarning)
        try:
            unxml.to_xml(unxml.convert("\n".join(lines), "en"))
        except ConversionError as error:
            assert error.message and error.hint
