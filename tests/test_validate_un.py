"""The validator on the UN's own published files (tests/data/un-validate, see its README)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from unxml.validate import Validator
from unxml.validate.engine import _more_like_it
from unxml.validate.location import shorten_names
from unxml.validate.schemas import profile_schema

DATA = Path(__file__).parent / "data" / "un-validate"
FILES = sorted(DATA.glob("*.xml"))


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator(profile=False)


def codes(validator: Validator, name: str) -> dict[str, list]:
    found: dict[str, list] = {}
    for finding in validator.validate(DATA / name).findings:
        found.setdefault(finding.code, []).append(finding)
    return found


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_un_file_is_checked_without_a_rule_failing(validator: Validator, path: Path) -> None:
    report = validator.validate(path)
    assert report.checks == ["wellformed", "oasis", "rules"]
    assert not [f for f in report.findings if f.code in ("UNX099", "UNX001", "UNX002")]
    assert all(f.line for f in report.findings if f.code not in ("UNX009", "UNX021"))


def test_the_xsd_invalid_file_is_reported_at_the_second_preamble(validator: Validator) -> None:
    found = codes(validator, "GA_A-RES-77-118_eng_XSD-INVALID.xml")
    (first, *_) = found["UNX010"]
    assert first.line == 472
    assert first.location == "/akomaNtoso/statement/preamble[2]"
    assert first.message.startswith("Element 'preamble': This element is not expected.")
    assert "conclusions" in first.message and "{http" not in first.message


def test_the_valid_un_files_pass_the_oasis_schema(validator: Validator) -> None:
    for path in FILES:
        if "INVALID" not in path.name:
            assert "UNX010" not in codes(validator, path.name), path.name


def test_point_i_marked_as_a_nested_list_breaks_the_letter_sequence(validator: Validator) -> None:
    (finding,) = codes(validator, "A_RES_78_181.xml")["UNX103"][:1]
    assert (finding.line, finding.message) == (312, "sub-paragraph '(j)' follows 'h'; expected 'i'")


def test_quoted_paragraph_numbers_break_the_operative_sequence(validator: Validator) -> None:
    first = codes(validator, "A_RES_78_248.xml")["UNX101"][0]
    assert (first.line, first.message) == (291, "operative paragraph 4. follows 14; expected 15")


def test_footnotes_starting_at_2_are_reported(validator: Validator) -> None:
    (finding,) = codes(validator, "A_RES_78_262.xml")["UNX121"]
    assert "expected 1" in finding.message


def test_parts_a_and_b_reuse_eids(validator: Validator) -> None:
    duplicates = codes(validator, "GA_A-RES-75-101A-B_eng_documentCollection.xml")["UNX131"]
    assert "eId 'formula_1' is used more than once" in [f.message for f in duplicates]


def test_sections_restarting_at_1_are_accepted(validator: Validator) -> None:
    assert "UNX101" not in codes(validator, "GA_A-RES-75-245_eng_sections-crossHeading.xml")


def test_un_conventions_that_differ_from_ours_are_reported_once_per_kind(validator: Validator) -> None:
    found = codes(validator, "GA_A-RES-75-100_eng.xml")
    dangling = [f.message for f in found["UNX141"]]
    assert len(dangling) == len(set(dangling))
    assert any('"#generalDistribution"' in m for m in dangling)
    assert found["UNX142"][0].message.startswith("FRBRauthor href=\"ga\" should be '#ga'")


def test_arabic_letters_in_abjad_order_pass(validator: Validator) -> None:
    found = codes(validator, "A_RES_78_100_ara.xml")
    assert "UNX103" not in found
    assert "UNX099" not in found


def test_a_cyrillic_first_letter_before_latin_letters_is_reported_once(validator: Validator) -> None:
    (finding,) = codes(validator, "A_RES_78_206_rus.xml")["UNX103"]
    assert finding.line == 320
    assert "('а' is Cyrillic, 'b' is Latin)" in finding.message


_MORE = re.compile(r" \(and (?P<count>\d+) more like it(?:, on lines? (?P<lines>[\d, ]+))?\)$")
_QUOTED_VALUE = re.compile(r"The value '[^']*'")


def _error(message: str) -> str:
    """A schema message whatever value it quotes: the same error for every container's eId."""
    return _QUOTED_VALUE.sub("The value '?'", shorten_names(message))


@pytest.mark.parametrize("name", ["A_RES_78_248.xml", "GA_A-RES-75-245_eng_sections-crossHeading.xml"])
def test_repeated_schema_errors_are_one_finding_each_that_keeps_every_line(name: str) -> None:
    # The UN's files break the unxml profile on the same points over and over; each repeated
    # error (with the same value or another) is reported once, at its first element, with the
    # count and lines of the others.
    # Left out: libxml2's warning about an eId it did not validate, which only repeats the
    # error that eId or its element has (unxml.validate.uniqueness).
    path = DATA / name
    schema = profile_schema()
    schema.validate(etree.parse(str(path)))
    errors = [e for e in schema.error_log if "No precomputed value available" not in e.message]
    raw = Counter(_error(e.message) for e in errors)
    raw_lines: dict[str, set[int]] = {}
    for entry in errors:
        raw_lines.setdefault(_error(entry.message), set()).add(entry.line)
    findings = Validator(select=["UNX020"]).validate(path).findings
    assert 0 < len(findings) < raw.total()
    reported: Counter[str] = Counter()
    reported_lines: dict[str, set[int]] = {}
    for finding in findings:
        more = _MORE.search(finding.message)
        message = _error(finding.message[: more.start()] if more else finding.message)
        reported[message] += 1 + (int(more["count"]) if more else 0)
        lines = (
            {finding.line} | {int(n) for n in (more["lines"] or "").split(", ") if n}
            if more
            else {finding.line}
        )
        reported_lines.setdefault(message, set()).update(lines)
    assert reported == raw  # every error counted, none twice
    assert reported_lines == raw_lines  # and every line named


def test_the_lines_of_repeats_are_named_once_each_in_order_but_the_firsts_and_unknown_ones() -> None:
    assert _more_like_it(5, []) == ""
    assert _more_like_it(5, [5, 5]) == " (and 2 more like it)"
    assert _more_like_it(5, [9, 0, 7, 9, None, 5]) == " (and 6 more like it, on lines 9, 7)"
    assert _more_like_it(None, [0, 12]) == " (and 2 more like it, on line 12)"


@given(
    line=st.none() | st.integers(min_value=0, max_value=20),
    more=st.lists(st.none() | st.integers(min_value=0, max_value=20), max_size=12),
)
def test_repeats_name_each_other_known_line_once(line: int | None, more: list[int | None]) -> None:
    written = _MORE.search(_more_like_it(line, more) or " (and 0 more like it)")
    assert written is not None and int(written["count"]) == len(more)
    named = [int(n) for n in (written["lines"] or "").split(", ") if n]
    assert named == [n for n in dict.fromkeys(more) if n and n != line]


def test_one_error_with_different_values_is_one_finding_that_quotes_the_first() -> None:
    # Every container of the UN's preamble has an eId off the profile's pattern, each another.
    findings = Validator(select=["UNX020"]).validate(DATA / "A_RES_78_248.xml").findings
    containers = [f for f in findings if "'container', attribute 'eId': [facet 'pattern']" in f.message]
    assert len(containers) == 1
    assert containers[0].message.startswith(
        "Element 'container', attribute 'eId': [facet 'pattern'] The value 'container_2' is not accepted"
    )
    assert _MORE.search(containers[0].message)
