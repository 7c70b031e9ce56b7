"""Numbering: operative paragraphs 1, 2, 3 …; sub-paragraphs (a), (b) … / (i), (ii) … in sequence."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from lxml import etree

from unxml.validate.location import AKN
from unxml.validate.rules.base import Document, Issue, nums, rule
from unxml.validate.rules.children import children, first_child
from unxml.validate.rules.sequences import core, rescheme, same_label, scheme_of, successor

_PARAGRAPH = AKN + "paragraph"


def _num(element: etree._Element, numbers: dict[etree._Element, etree._Element]) -> etree._Element | None:
    """The element's <num> (one of ``numbers``, the document's :func:`nums`), if it has text."""
    num = numbers.get(element)
    return num if num is not None and (num.text or "").strip() else None


def _operative_paragraphs(doc: Document) -> list[etree._Element]:
    """Paragraphs of each resolution's operative part (not nested in another paragraph)."""
    return doc.memo("operative paragraphs", lambda doc: list(_find_operative_paragraphs(doc)))


def _find_operative_paragraphs(doc: Document) -> Iterator[etree._Element]:
    for statement in doc.statements:
        body = first_child(statement, AKN + "mainBody")
        if body is not None and not _in_paragraph(body):
            yield from _outer_paragraphs(body)


def _in_paragraph(element: etree._Element) -> bool:
    """Whether a paragraph is above ``element``: a walk up the few steps to the root costs less
    than lxml's tag-filtered iterancestors()."""
    parent = element.getparent()
    while parent is not None and parent.tag != _PARAGRAPH:
        parent = parent.getparent()
    return parent is not None


def _outer_paragraphs(element: etree._Element) -> Iterator[etree._Element]:
    """The paragraphs below ``element`` that are in no other paragraph, in document order.
    The walk stops at each paragraph: it visits the few elements above the paragraphs (a
    section, a crossHeading) and none of the many inside them, which a search of the whole
    body (iter) would visit."""
    for child in element[:]:
        if child.tag == _PARAGRAPH:
            yield child
        elif len(child):
            yield from _outer_paragraphs(child)


Numbered = tuple[etree._Element, etree._Element | None]
"""An operative paragraph and its <num> (None where it has no printed number)."""


def _groups(doc: Document) -> list[list[Numbered]]:
    """Operative paragraphs grouped by the element holding them (mainBody or a section)."""
    return doc.memo("operative groups", _group_paragraphs)


def _group_paragraphs(doc: Document) -> list[list[Numbered]]:
    groups: dict[etree._Element, list[Numbered]] = {}
    numbers = nums(doc)
    for paragraph in _operative_paragraphs(doc):
        groups.setdefault(paragraph.getparent(), []).append((paragraph, _num(paragraph, numbers)))
    return list(groups.values())


@rule("UNX101", "error", "operative paragraph numbers run 1, 2, 3 … (a section may restart at 1)")
def operative_numbers(doc: Document) -> Iterator[Issue]:
    previous_last = 0
    for group in _groups(doc):
        numbers = [(num, core(num.text)) for _, num in group if num is not None]
        numbers = [(num, value) for num, value in numbers if value.isdigit()]
        if not numbers:
            continue
        first = int(numbers[0][1])
        if first not in (1, previous_last + 1):
            yield (
                numbers[0][0],
                f"operative paragraph {numbers[0][0].text.strip()} should be 1"
                + (f" (or {previous_last + 1}, continuing the previous section)" if previous_last else ""),
            )
        expected = first
        for num, value in numbers[1:]:
            expected += 1
            if int(value) != expected:
                yield (
                    num,
                    f"operative paragraph {num.text.strip()} follows {expected - 1}; expected {expected}",
                )
                expected = int(value)
        previous_last = expected


def _has_text_body(paragraph: etree._Element) -> bool:
    return (
        first_child(paragraph, AKN + "content") is not None
        or first_child(paragraph, AKN + "list") is not None
    )


@rule("UNX102", "warning", "an operative paragraph has no <num> while the paragraphs around it are numbered")
def unnumbered_paragraph(doc: Document) -> Iterator[Issue]:
    for group in _groups(doc):
        if all(num is None for _, num in group):
            continue  # a single unnumbered paragraph, or a text numbered nowhere (decisions)
        for paragraph, num in group:
            if num is None and _has_text_body(paragraph):
                yield (
                    paragraph,
                    "operative paragraph has no <num>, but its neighbours are numbered "
                    "(is the number in the text?)",
                )


def _script(label: str) -> str:
    char = label[:1]
    return unicodedata.name(char, "?").split()[0].capitalize() if char.isalpha() else "digits"


def _scripts(previous: str, value: str) -> str:
    """A note where two labels that may look alike are in different scripts (Cyrillic а, Latin a)."""
    before, now = _script(previous), _script(value)
    return f" ('{previous}' is {before}, '{value}' is {now})" if before != now else ""


def _decoration(label: str, value: str) -> str:
    return label.strip().replace(value, "·", 1)


@rule(
    "UNX103", "error", "sub-paragraph labels run in sequence: (a), (b) …; (i), (ii) …; a), b) …; (أ), (ب) …"
)
def sub_paragraph_labels(doc: Document) -> Iterator[Issue]:
    numbers = nums(doc)
    for container, item_tag in ((AKN + "list", AKN + "point"), (AKN + "blockList", AKN + "item")):
        for list_ in doc.elements(container):
            labels = [num for item in children(list_, item_tag) if (num := _num(item, numbers)) is not None]
            if not labels:
                continue
            first_label = labels[0].text.strip()
            first = core(first_label)
            scheme = scheme_of(first)
            if scheme is None:
                yield labels[0], f"sub-paragraph list starts at '{first_label}', not at (a), (i), 1 or (أ)"
                continue
            style = _decoration(first_label, first)
            previous = first
            for num in labels[1:]:
                label = num.text.strip()
                value = core(label)
                expected = successor(previous, scheme)
                if expected is None or not same_label(value, expected):
                    wanted = f"; expected '{expected}'" if expected else ""
                    yield (
                        num,
                        f"sub-paragraph '{label}' follows '{previous}'{wanted}{_scripts(previous, value)}",
                    )
                    scheme = rescheme(value.lower(), scheme)
                elif _decoration(label, value) != style:
                    yield (
                        num,
                        f"sub-paragraph '{label}' is printed differently from "
                        f"the list's first label '{first_label}'",
                    )
                previous = value.lower()
