"""Each semantic rule: a failing example (the fixture, broken one way) and the passing fixture.

The fixture ``tests/data/validate/A_RES_56_121.xml`` is a resolution in unxml's XML shape
(docs/xml-mapping.md) that passes every check; each test breaks exactly one thing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import ClassVar

import pytest
from lxml import etree

from unxml.validate import Validator
from unxml.validate.location import AKN_NS

FIXTURE = Path(__file__).parent / "data" / "validate" / "A_RES_56_121.xml"
NS = {"a": AKN_NS}


class FakeLexicon:
    """A few English words, implementing the part of the lexicon API the rules use."""

    verbs = ("Invites", "Requests", "Decides", "Also requests")
    phrases: ClassVar[tuple[str, ...]] = ("Recalling", "Noting", "Noting also")
    months = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")  # fmt: skip
    sessions: ClassVar[dict[str, int]] = {"Fifty-sixth session": 56, "Fifty-seventh session": 57}

    @staticmethod
    def _longest(known: tuple[str, ...], text: str) -> str | None:
        found = [w for w in known if text == w or text.startswith(w + " ")]
        return max(found, key=len) if found else None

    lead_ins = ("In this regard",)

    def _opening(self, known: tuple[str, ...], text: str) -> tuple[str, str] | None:
        words = self._longest(known, text)
        if words:
            return "", words
        for lead_in in self.lead_ins:
            if text.startswith(lead_in + " "):
                words = self._longest(known, text[len(lead_in) + 1 :])
                return (lead_in, words) if words else None
        return None

    def opening_verb(self, text: str) -> tuple[str, str] | None:
        return self._opening(self.verbs, text)

    def opening_phrase(self, text: str) -> tuple[str, str] | None:
        return self._opening(self.phrases, text)

    def parse_session(self, text: str) -> int | None:
        return self.sessions.get(text)

    def parse_date(self, text: str) -> date | None:
        match = re.fullmatch(r"(\d{1,2}) (\w+) (\d{4})", text)
        if not match or match[2] not in self.months:
            return None
        try:
            return date(int(match[3]), self.months.index(match[2]) + 1, int(match[1]))
        except ValueError:
            return None


def fake_lexicons(lang: str) -> FakeLexicon | None:
    return FakeLexicon() if lang == "en" else None


def check(code: str, edit: Callable[[etree._ElementTree], None] | None = None) -> list:
    """Findings of rule ``code`` on the fixture after ``edit``."""
    tree = etree.parse(str(FIXTURE))
    if edit is not None:
        edit(tree)
    data = etree.tostring(tree, xml_declaration=True, encoding="UTF-8")
    validator = Validator(profile=False, select=[code], lexicons=fake_lexicons)
    return validator.validate(data).findings


def one(tree: etree._ElementTree, xpath: str) -> etree._Element:
    found = tree.xpath(xpath, namespaces=NS)
    assert len(found) == 1, xpath
    return found[0]


def set_text(xpath: str, text: str) -> Callable[[etree._ElementTree], None]:
    def edit(tree: etree._ElementTree) -> None:
        one(tree, xpath).text = text

    return edit


def set_attr(xpath: str, name: str, value: str) -> Callable[[etree._ElementTree], None]:
    def edit(tree: etree._ElementTree) -> None:
        one(tree, xpath).set(name, value)

    return edit


def remove(xpath: str) -> Callable[[etree._ElementTree], None]:
    def edit(tree: etree._ElementTree) -> None:
        element = one(tree, xpath)
        element.getparent().remove(element)

    return edit


PARA = "//a:mainBody/a:paragraph"
POINT_B = "//a:point[@eId='para_2__list_1__point_b']"
WORK = "//a:FRBRWork"

# code, edit that breaks it, expected words in the message, the line of the finding
FAILING = [
    ("UNX101", set_text(f"{PARA}[3]/a:num", "4."), "expected 3", 92),
    ("UNX101", set_text(f"{PARA}[1]/a:num", "2."), "should be 1", 73),
    ("UNX102", remove(f"{PARA}[3]/a:num"), "has no <num>", 91),
    ("UNX103", set_text(f"{POINT_B}/a:num", "(c)"), "expected 'b'", 81),
    ("UNX103", set_text(f"{POINT_B}//a:point[2]/a:num", "(iii)"), "expected 'ii'", 85),
    ("UNX103", set_text(f"{POINT_B}/a:num", "b)"), "printed differently", 81),
    ("UNX111", set_text(f"{PARA}[3]/a:content/a:p/a:span", "Foobars"), "known action verb", 93),
    ("UNX112", set_text("//a:container[2]/a:p/a:span", "Considering"), "known phrase", 68),
    ("UNX121", set_attr("//a:authorialNote[@eId='authorialNote_1']", "marker", "3"), "expected 1", 65),
    ("UNX123", set_text("//a:authorialNote[@eId='authorialNote_2']/a:p", ""), "has no text", 68),
    ("UNX124", set_text("//a:authorialNote[@eId='authorialNote_3']/a:p", "Other."), "two different", 74),
    ("UNX131", set_attr(f"{PARA}[3]", "eId", "para_2"), "more than once", 91),
    ("UNX132", set_attr(f"{PARA}[3]", "eId", "para_7"), "label should be '3'", 91),
    ("UNX132", set_attr(POINT_B, "eId", "para_2__point_b"), "should start with 'para_2__list_1__'", 81),
    ("UNX132", set_attr(POINT_B, "eId", "para_2__list_1_point_b"), "segments joined by '__'", 81),
    ("UNX141", set_attr("//a:docStatus", "refersTo", "#distribution"), "#distribution", 52),
    ("UNX142", set_attr(f"{WORK}/a:FRBRauthor", "href", "ga"), "should be '#ga'", 10),
    ("UNX151", set_text("//a:preface//a:docNumber", "56/112."), "does not agree", 60),
    ("UNX152", set_attr("//a:session", "value", "57"), "not the session", 54),
    ("UNX153", set_text("//a:session", "Fifty-seventh session"), "is session 57", 54),
    (
        "UNX154",
        set_attr(
            f"{WORK}/a:FRBRthis", "value", "/akn/un/statement/deliberation/unga/2001-12-18/56-121/!main"
        ),
        "not the Work's FRBRdate",
        7,
    ),
    (
        "UNX154",
        set_attr(
            "//a:FRBRExpression/a:FRBRuri",
            "value",
            "/akn/un/statement/deliberation/unga/2001-12-19/56-121/fra@",
        ),
        "does not start with",
        17,
    ),
    ("UNX155", set_attr(f"{WORK}/a:FRBRnumber", "value", "56-112"), "should be '56-121'", 13),
    ("UNX161", set_attr("//a:coverPage//a:docDate", "date", "2002-02-30"), "not a real date", 53),
    ("UNX162", set_attr("//a:FRBRManifestation/a:FRBRdate", "date", "0001-01-01"), "before the UN", 25),
    ("UNX163", set_attr("//a:coverPage//a:docDate", "date", "2001-12-01"), "before its adoption", 53),
    ("UNX164", set_attr("//a:conclusions//a:docDate", "date", "2001-12-20"), "not the adoption date", 97),
    ("UNX165", set_text("//a:coverPage//a:docDate", "24 January 2002"), "is 2002-01-24", 53),
    ("UNX171", set_text("//a:docProponent//a:ref", "A/55/574"), "session 55", 57),
]


@pytest.mark.parametrize(
    ("code", "edit", "words", "line"), FAILING, ids=[f"{c[0]}-{i}" for i, c in enumerate(FAILING)]
)
def test_rule_reports_the_broken_fixture(code: str, edit: Callable, words: str, line: int) -> None:
    findings = check(code, edit)
    # One break may surface more than once (a wrong eId also misleads its children's), never as another rule.
    assert findings and {f.code for f in findings} == {code}
    assert words in findings[0].message
    assert findings[0].line == line
    assert findings[0].location.startswith("/akomaNtoso/statement/")


@pytest.mark.parametrize("code", sorted({c[0] for c in FAILING} | {"UNX122"}))
def test_rule_passes_the_fixture(code: str) -> None:
    assert check(code) == []


def test_uncited_editorial_note_is_reported() -> None:
    def add_note(tree: etree._ElementTree) -> None:
        meta = one(tree, "//a:meta")
        notes = etree.SubElement(meta, f"{{{AKN_NS}}}notes", source="#unxml")
        note = etree.SubElement(notes, f"{{{AKN_NS}}}note", eId="note_1")
        etree.SubElement(note, f"{{{AKN_NS}}}p").text = "An editorial note."

    findings = check("UNX122", add_note)
    assert [(f.code, f.location) for f in findings] == [("UNX122", "/akomaNtoso/statement/meta/notes/note")]


def test_repeated_problems_are_reported_once_with_a_count() -> None:
    def dangle(tree: etree._ElementTree) -> None:
        for element in tree.xpath("//a:docAuthority", namespaces=NS):
            element.set("refersTo", "#un")  # the guidelines' target: no TLC of that eId here

    findings = check("UNX141", dangle)
    assert len(findings) == 1
    assert "(and 1 more references like it)" in findings[0].message


def test_rules_needing_a_lexicon_are_skipped_with_a_note_when_there_is_none() -> None:
    tree = etree.parse(str(FIXTURE))
    one(tree, "//a:FRBRlanguage").set("language", "deu")
    data = etree.tostring(tree)
    report = Validator(profile=False, select=["UNX0", "UNX111"], lexicons=fake_lexicons).validate(data)
    assert [(f.code, f.severity) for f in report.findings] == [("UNX009", "info")]
    assert report.valid


def _lead_in(xpath: str, words: str) -> Callable[[etree._ElementTree], None]:
    """Print ``words`` before the span of the paragraph at ``xpath``."""

    def edit(tree: etree._ElementTree) -> None:
        one(tree, xpath).text = words

    return edit


@pytest.mark.parametrize(
    ("code", "p"), [("UNX111", f"{PARA}[3]/a:content/a:p"), ("UNX112", "//a:container[2]/a:p")]
)
def test_a_known_lead_in_before_a_known_opening_is_accepted(code: str, p: str) -> None:
    assert check(code, _lead_in(p, "In this regard ")) == []
    # Words the lexicon does not list before the phrase or verb are no lead-in.
    assert [f.code for f in check(code, _lead_in(p, "Hereby "))] == [code]


def test_openings_longer_than_the_words_first_looked_at_are_found() -> None:
    long_phrase = "Deeply concerned about the lasting and grave effects of"
    FakeLexicon.phrases = (*FakeLexicon.phrases, long_phrase)
    try:
        findings = check("UNX112", set_text("//a:container[2]/a:p/a:span", long_phrase))
    finally:
        FakeLexicon.phrases = FakeLexicon.phrases[:-1]
    assert findings == []


@pytest.mark.parametrize("marks", ["\u200f\u200f\u200f", "\u200e ", "\ufeff"])
@pytest.mark.parametrize(
    ("code", "p"), [("UNX111", f"{PARA}[3]/a:content/a:p"), ("UNX112", "//a:container[2]/a:p")]
)
def test_invisible_direction_marks_before_the_opening_are_not_words(marks: str, code: str, p: str) -> None:
    # The UN's Arabic files put right-to-left marks before the verb ("‏‏‏تحيط علما"), its
    # Chinese files a left-to-right mark and a space ("‎ 重申").
    assert check(code, _lead_in(p, marks)) == []
    assert [f.code for f in check(code, _lead_in(p, marks + "Hereby "))] == [code]
