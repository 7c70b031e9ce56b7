"""Identity: symbol, number, session (value and printed text) and FRBR IRIs agree with each other.

For A/RES/56/121: symbol "A/RES/56/121", preface number "56/121.", ``session/@value`` 56,
"Fifty-sixth session", and IRIs ``/akn/un/statement/deliberation/unga/2001-12-19/56-121/…``
whose date is the Work's FRBRdate and whose language is the Expression's FRBRlanguage.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from unxml.validate.location import AKN
from unxml.validate.rules.base import Document, Issue, rule, text_of
from unxml.validate.rules.facts import Facts

_SYMBOL = re.compile(r"^A/(?:RES|DEC)/(?P<rest>(?:(?:ES|S)-)?\d+/\d+.*)$")
_NUMBER = re.compile(r"^(?P<session>(?:(?:ES|S)-)?\d+)/\d+(?: ?[A-Z](?:-[A-Z])?)?$")
_GA = ("A/RES/", "A/DEC/")
_LETTER = re.compile(r"^[A-Z]{1,2}$")
_LETTERS_AT_END = re.compile(r" ?[A-Z](?:-[A-Z])*$")  # "75/101 A-B" → "75/101"
_IRI_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _symbol_number(facts: Facts) -> str | None:
    """The number part of the symbol: "A/RES/75/101 A-B" → "75/101 A-B"."""
    if facts.symbol is None:
        return None
    match = _SYMBOL.match(facts.symbol_text)
    return match["rest"] if match else None


def _full_number(doc: Document, facts: Facts) -> str | None:
    """The resolution's number, letters included ("75/101 A" for part A of a collection)."""
    return next(iter(_numbers(doc, facts)), None)


def _numbers(doc: Document, facts: Facts) -> list[str]:
    """The forms the resolution's number may take in its IRIs, the preferred first.

    Part A of a collection is "75/101 A"; a collection whose symbol prints no letters is
    "75/101 A-B" (its parts' letters, as the UN and unxml name it; "A-C" or "A-B-C" for three).
    """
    number = _symbol_number(facts) or facts.number_text
    if not number:
        return []
    if _LETTER.match(number):
        collection = next(facts.element.iterancestors(AKN + "documentCollection"), None)
        parent = next((f for f in doc.facts if f.element is collection), None)
        base = _LETTERS_AT_END.sub("", parent.number_text or "") if parent is not None else ""
        return [f"{base} {number}"] if base else []
    if facts.element.tag == AKN + "documentCollection" and _NUMBER.match(number) and " " not in number:
        letters = [
            text
            for f in doc.facts
            if f.element is not facts.element and (text := f.number_text or "") and _LETTER.match(text)
        ]
        if letters:
            return [f"{number} {'-'.join(letters)}", f"{number} {letters[0]}-{letters[-1]}", number]
    return [number]


def _iri_number(number: str) -> str:
    """The IRI form of a number: "56/121" → "56-121", "75/101 A" → "75-101A"."""
    return number.replace("/", "-").replace(" ", "")


@rule(
    "UNX151",
    "error",
    "a GA symbol (A/RES/56/121) is well formed and agrees with the preface number (56/121.)",
)
def symbol_and_number(doc: Document) -> Iterator[Issue]:
    for facts in doc.facts:
        from_symbol = _symbol_number(facts)
        number = facts.number_text
        if facts.symbol is not None and from_symbol is None and facts.symbol_text.startswith(_GA):
            yield facts.symbol, f"symbol '{facts.symbol_text}' is not a document symbol like A/RES/56/121"
        elif from_symbol and number and from_symbol != number and not from_symbol.startswith(number + " "):
            yield facts.number, f"number '{number}' does not agree with the symbol '{facts.symbol_text}'"


@rule(
    "UNX152", "error", "session/@value is the session of the number (56 for 56/121; special sessions aside)"
)
def session_value(doc: Document) -> Iterator[Issue]:
    for facts in doc.facts:
        number = _full_number(doc, facts)
        match = _NUMBER.match(number) if number else None
        if facts.session is None or match is None or not match["session"].isdigit():
            continue  # a special session's resolution may be adopted during any regular session
        value = facts.session.get("value")
        if value is None:
            yield facts.session, "session has no @value (the session number)"
        elif value != match["session"].rpartition("-")[2]:  # "ES-10/21" is of (special) session 10
            yield facts.session, f"session value {value} is not the session of resolution {number}"


@rule(
    "UNX153", "error", "the printed session ('Fifty-sixth session') says session/@value", needs_lexicon=True
)
def session_text(doc: Document) -> Iterator[Issue]:
    for facts in doc.facts:
        if facts.session is None or not (facts.session.get("value") or "").isdigit():
            continue
        printed = text_of(facts.session)
        parsed = doc.lexicon.parse_session(printed)
        value = int(facts.session.get("value"))
        if parsed is None:
            yield facts.session, f"'{printed}' is not a session the lexicon can read"
        elif parsed != value:
            yield facts.session, f"'{printed}' is session {parsed}, but session/@value is {value}"


def _iri_parts(iri: str) -> tuple[str | None, str | None]:
    """The date and number segments of a Work-level IRI."""
    segments = iri.split("/")
    for i, segment in enumerate(segments):
        if _IRI_DATE.match(segment) and i + 1 < len(segments):
            return segment, segments[i + 1].split("!")[0]
    return None, None


def _value(element: etree._Element | None, attribute: str = "value") -> str | None:
    return element.get(attribute) if element is not None else None


@rule("UNX154", "error", "FRBR IRIs agree with the adoption date, the number, the language and each other")
def frbr_iris(doc: Document) -> Iterator[Issue]:
    for facts in doc.facts:
        work_uri = _value(facts.frbr_child("FRBRWork", "FRBRuri"))
        adoption = _value(facts.adoption, "date")
        numbers = _numbers(doc, facts)
        segments = {_iri_number(n) for n in numbers} | {
            n.replace("/", "-").replace(" ", "_") for n in numbers
        }
        for name in ("FRBRthis", "FRBRuri"):
            element = facts.frbr_child("FRBRWork", name)
            if element is None:
                continue
            date, segment = _iri_parts(element.get("value", ""))
            if date is None:
                yield element, f"{name} '{element.get('value')}' has no date segment"
                continue
            if adoption and date != adoption[:10]:
                yield element, f"{name} date {date} is not the Work's FRBRdate {adoption}"
            if numbers and segment not in segments:
                expected = _iri_number(numbers[0])
                yield element, f"{name} number '{segment}' is not '{expected}' (resolution {numbers[0]})"
        language = _value(facts.frbr_child("FRBRExpression", "FRBRlanguage"), "language")
        if work_uri and language:
            yield from _prefixed(facts, "FRBRExpression", work_uri.rstrip("/") + f"/{language}@")
        expression_uri = _value(facts.frbr_child("FRBRExpression", "FRBRuri"))
        if expression_uri:
            yield from _prefixed(facts, "FRBRManifestation", expression_uri.rstrip("/"))


def _prefixed(facts: Facts, level: str, prefix: str) -> Iterator[Issue]:
    for name in ("FRBRthis", "FRBRuri"):
        element = facts.frbr_child(level, name)
        if element is not None and not element.get("value", "").startswith(prefix):
            yield element, f"{level}/{name} '{element.get('value')}' does not start with '{prefix}'"


@rule("UNX155", "error", "FRBRnumber's value and showAs agree with the printed number")
def frbr_number(doc: Document) -> Iterator[Issue]:
    for facts in doc.facts:
        element = facts.frbr_child("FRBRWork", "FRBRnumber")
        numbers = _numbers(doc, facts)
        if element is None or not numbers:
            continue
        if element.get("value") not in {_iri_number(n) for n in numbers}:
            yield element, f"FRBRnumber value '{element.get('value')}' should be '{_iri_number(numbers[0])}'"
        if element.get("showAs") not in (None, *numbers):
            yield element, f"FRBRnumber showAs '{element.get('showAs')}' should be '{numbers[0]}'"
