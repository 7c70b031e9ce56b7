"""eIds: unique, and following the Akoma Ntoso naming convention.

The convention (AKN-NC, and ``docs/xml-mapping.md``): an eId is ``{abbr}_{label}`` segments
joined by ``__``; each element's eId extends the eId of its nearest ancestor that has one
(``para_8__list_1__point_b``); the label is the printed ``num`` without punctuation ("(b)" →
``b``), or the element's position where the printed number is missing or repeats.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from lxml import etree

from unxml.validate.location import AKN, local_name
from unxml.validate.rules.base import Document, Issue, first_of_each, rule

# AKN-NC abbreviations; every other element uses its own name.
ABBREVIATIONS = {
    "alinea": "al",
    "article": "art",
    "attachment": "att",
    "chapter": "chp",
    "clause": "cl",
    "component": "cmp",
    "division": "dvs",
    "documentRef": "cmpRef",
    "paragraph": "para",
    "section": "sec",
    "subparagraph": "subpara",
    "subsection": "subsec",
    "wrapUp": "wrapup",
}
# Numbered across the whole document rather than within their parent.
_DOCUMENT_WIDE = {AKN + "authorialNote", AKN + "note"}
# Document roots: eIds restart inside each (a component's statement, an annex's doc).
_DOCUMENTS = {AKN + t for t in ("statement", "doc", "documentCollection", "act", "bill", "debate")}

_SEGMENT = re.compile(r"^(?P<abbr>[A-Za-z][A-Za-z0-9]*)(?:_(?P<label>[^_\s]+))?$")
_LABEL_JUNK = re.compile(r"[\W_]+")  # any punctuation, of any script ("一、", "«1»")


@rule("UNX131", "error", "eIds are unique in the document")
def unique_eids(doc: Document) -> Iterator[Issue]:
    seen: set[str] = set()
    for value in doc.root.xpath("//@eId"):
        if value in seen:
            yield value.getparent(), f"eId '{value}' is used more than once"
        seen.add(str(value))


def _expected_label(num: str) -> str:
    """ "(b)" → "b", "1." → "1", "1.1." → "1-1", "(أ)" → "أ"."""
    return "-".join(p for p in _LABEL_JUNK.split(num) if p)


def _scope(element: etree._Element) -> tuple[str | None, bool]:
    """The eId the element's eId must extend (None if none), and whether it sits in a preamble."""
    for ancestor in element.iterancestors():
        if ancestor.tag in _DOCUMENTS:
            return None, False
        if ancestor.tag == AKN + "preamble":
            return ancestor.get("eId") or "preamble", True
        eid = ancestor.get("eId")
        if eid:
            return eid, False
    return None, False


def _num_label(element: etree._Element) -> str | None:
    num = element.find(AKN + "num")
    text = num.text if num is not None else None
    return _expected_label(text) if text and text.strip() else None


class _Siblings:
    """Per parent and tag: the labels the children's nums give, to spot repeats once."""

    def __init__(self) -> None:
        self._cache: dict[tuple[etree._Element, str], tuple[list[etree._Element], Counter[str | None]]] = {}

    def position_and_repeats(self, element: etree._Element, label: str) -> tuple[int, bool]:
        parent = element.getparent()
        key = (parent, element.tag)
        if key not in self._cache:
            same = list(parent.iterchildren(element.tag))
            self._cache[key] = (same, Counter(_num_label(s) for s in same))
        same, counts = self._cache[key]
        return same.index(element) + 1, counts[label] > 1


def _label_problem(element: etree._Element, label: str | None, siblings: _Siblings) -> str | None:
    expected = _num_label(element)
    if expected is None:
        return None
    if label == expected:
        return None
    position, repeats = siblings.position_and_repeats(element, expected)
    if repeats and label == str(position):
        return None
    wanted = str(position) if repeats else expected
    return f"label should be '{wanted}' (from <num>{element.find(AKN + 'num').text.strip()}</num>)"


@rule("UNX132", "warning", "eIds follow the Akoma Ntoso naming convention")
def eid_convention(doc: Document) -> Iterator[Issue]:
    return first_of_each(_convention_problems(doc), "eIds")


def _convention_problems(doc: Document) -> Iterator[tuple[str, etree._Element, str]]:
    """(kind, element, message) for each eId off the convention; kind groups alike problems."""
    # TLC eIds in <meta> are names ("ga", "thirdCommittee"), outside the convention.
    siblings = _Siblings()
    for value in doc.root.xpath("//@eId[not(ancestor::*[local-name()='meta'])]"):
        element = value.getparent()
        eid = str(value)
        segments = eid.split("__")
        matches = [_SEGMENT.match(s) for s in segments]
        if not all(matches):
            yield "syntax", element, f"eId '{eid}' is not '{{abbr}}_{{label}}' segments joined by '__'"
            continue
        name = local_name(element.tag)
        abbr = ABBREVIATIONS.get(name, name)
        last = matches[-1]
        if last["abbr"] != abbr:
            yield (
                f"abbr {name}",
                element,
                f"eId '{eid}' of <{name}> should end in '{abbr}_…', not '{last['abbr']}'",
            )
            continue
        if element.tag not in _DOCUMENT_WIDE:
            scope, _ = _scope(element)
            prefix = "__".join(segments[:-1])
            if scope is not None and prefix != scope:
                yield (
                    f"scope {name}",
                    element,
                    f"eId '{eid}' should start with '{scope}__', the eId of the element it is in",
                )
                continue
        problem = _label_problem(element, last["label"], siblings)
        if problem:
            yield f"label {name}", element, f"eId '{eid}': {problem}"
