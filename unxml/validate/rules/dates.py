"""Dates: real calendar dates; adoption ≤ distribution; the meeting date is the adoption date;
each printed date says what its @date says."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from unxml.validate.location import AKN, local_name
from unxml.validate.rules.base import Document, Issue, rule, text_of
from unxml.validate.rules.facts import parse_date

UN_FOUNDED = date(1945, 10, 24)


@rule("UNX161", "error", "every @date is a real calendar date")
def real_dates(doc: Document) -> Iterator[Issue]:
    for element, value in doc.dates:
        if parse_date(value) is None:
            yield element, f'date="{value}" on <{local_name(element.tag)}> is not a real date (YYYY-MM-DD)'


@rule("UNX162", "warning", "no date is earlier than the United Nations (24 October 1945)")
def plausible_dates(doc: Document) -> Iterator[Issue]:
    for element, value in doc.dates:
        parsed = parse_date(value)
        if parsed is not None and parsed < UN_FOUNDED:
            yield (
                element,
                f'date="{value}" on <{local_name(element.tag)}> is before the UN existed (a placeholder?)',
            )


@rule("UNX163", "error", "the adoption date is not after the distribution date")
def adoption_before_distribution(doc: Document) -> Iterator[Issue]:
    for facts in doc.facts:
        adopted = parse_date(facts.adoption.get("date")) if facts.adoption is not None else None
        if adopted is None:
            continue
        published = facts.frbr_child("FRBRExpression", "FRBRdate")
        for element in (facts.issued, published):
            issued = parse_date(element.get("date")) if element is not None else None
            if issued is not None and issued < adopted:
                yield element, f"distributed on {issued}, before its adoption on {adopted}"


@rule("UNX164", "error", "the date under the meeting line is the adoption date")
def meeting_date(doc: Document) -> Iterator[Issue]:
    for facts in doc.facts:
        adopted = parse_date(facts.adoption.get("date")) if facts.adoption is not None else None
        meeting = parse_date(facts.meeting_date.get("date")) if facts.meeting_date is not None else None
        if adopted is not None and meeting is not None and meeting != adopted:
            yield (
                facts.meeting_date,
                f"meeting date {meeting} is not the adoption date {adopted} (Work FRBRdate)",
            )


@rule(
    "UNX165", "error", "each printed date ('19 December 2001') is the date in its @date", needs_lexicon=True
)
def printed_dates(doc: Document) -> Iterator[Issue]:
    # The UN prints the masthead date in English in its Arabic, Chinese and Russian texts; an
    # English text is read once.
    lexicons = [lex for lex in dict.fromkeys((doc.lexicon, doc.english)) if lex is not None]
    for element in doc.elements(AKN + "docDate", AKN + "date"):
        value = parse_date(element.get("date"))
        printed = text_of(element)
        if value is None or not printed:
            continue
        readings = [lex.parse_date(printed) for lex in lexicons]
        if value in readings:
            continue
        read = next((r for r in readings if r is not None), None)
        if read is None:
            yield element, f"printed date '{printed}' cannot be read as a date"
        else:
            yield element, f"printed date '{printed}' is {read}, but date=\"{element.get('date')}\""
