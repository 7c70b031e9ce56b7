"""eIds: unique, and following the Akoma Ntoso naming convention.

The convention (AKN-NC, and ``docs/xml-mapping.md``): an eId is ``{abbr}_{label}`` segments
joined by ``__``; each element's eId extends the eId of its nearest ancestor that has one
(``para_8__list_1__point_b``); the label is the printed ``num`` without punctuation ("(b)" →
``b``), or the element's position where the printed number is missing or repeats.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from lxml import etree

from unxml.validate.location import AKN, local_name
from unxml.validate.rules.base import Document, Issue, first_of_each, marked_preambular, nums, rule
from unxml.validate.rules.children import children

# AKN-NC abbreviations; every other element uses its own name.
ABBREVIATIONS = {
    "alinea": "al",
    "article": "art",
    "attachment": "att",
    "chapter": "chp",
    "clause": "cl",
    "component": "cmp",
    "division": "dvs",
    "paragraph": "para",
    "section": "sec",
    "subparagraph": "subpara",
    "subsection": "subsec",
    "wrapUp": "wrapup",
}
# Numbered across the whole document rather than within their parent.
_DOCUMENT_WIDE = {AKN + "authorialNote", AKN + "note"}

# A component of a collection's body refers to a component document (docs/xml-mapping.md).
_REFERENCE_COMPONENT = (AKN + "collectionBody", "cmpRef")


@lru_cache(maxsize=1024)
def _naming(tag: str) -> tuple[str, str]:
    """An element's name and the abbreviation its eIds use, by tag (the same few recur)."""
    name = local_name(tag)
    return name, ABBREVIATIONS.get(name, name)


def _component_abbreviation(component: etree._Element) -> str:
    """The abbreviation of a component's eId, which depends on its parent (looked at only for
    components: each access makes a proxy)."""
    parent = component.getparent()
    if parent is not None and parent.tag == _REFERENCE_COMPONENT[0]:
        return _REFERENCE_COMPONENT[1]
    return ABBREVIATIONS["component"]


_PREAMBLE = AKN + "preamble"
_SEGMENT = re.compile(r"^(?P<abbr>[A-Za-z][A-Za-z0-9]*)(?:_(?P<label>[^_\s]+))?$")
_LABEL_RUN = re.compile(r"[^\W_]+")


@rule("UNX131", "error", "eIds are unique in the document")
def unique_eids(doc: Document) -> Iterator[Issue]:
    if len(doc.eid_values) == len(doc.eids):
        return  # no value repeats: nothing to look for
    seen: set[str] = set()
    for element, value in doc.eids:
        if value in seen:
            yield element, f"eId '{value}' is used more than once"
        seen.add(value)


@lru_cache(maxsize=4096)
def _expected_label(num: str) -> str | None:
    """The label a printed number gives: its runs of letters and digits (any script) joined by
    "-": "(b)" → "b", "1." → "1", "1.1." → "1-1", "(أ)" → "أ", "一、" → "一"."""
    return "-".join(_LABEL_RUN.findall(num)) or None


_UNSEEN = object()


class _Scopes:
    """The eId an element's eId must extend: the nearest ancestor's eId, with ``preamble``
    added for a preamble in between (which has no eId of its own); None at the top.

    Worked out once per parent (siblings share it), with the eIds the document's attribute
    pass already read: a dictionary look-up costs less than asking lxml for an attribute.
    The eIds outside ``<meta>`` are enough: no ancestor of an element outside it is inside it.
    """

    def __init__(self, body_eids: list[tuple[etree._Element, str]]) -> None:
        self._eid_of = dict(body_eids)
        self._below: dict[etree._Element | None, str | None] = {}

    def of(self, element: etree._Element) -> str | None:
        parent = element.getparent()
        scope = self._below.get(parent, _UNSEEN)
        if scope is _UNSEEN:
            scope = self._below[parent] = self._walk_up(parent)
        return scope

    def _walk_up(self, ancestor: etree._Element | None) -> str | None:
        in_preamble = False
        while ancestor is not None:
            eid = self._eid_of.get(ancestor)
            if eid:
                return f"{eid}__preamble" if in_preamble else eid
            if ancestor.tag == _PREAMBLE:
                in_preamble = True
            ancestor = ancestor.getparent()
        return "preamble" if in_preamble else None


def _heading_scope(element: etree._Element, preamble_headed: set[etree._Element]) -> str | None:
    """Sub-items of a preambular paragraph in a section follow its crossHeading as siblings
    (docs/xml-mapping.md) and extend the crossHeading's eId."""
    if element not in preamble_headed:
        return None
    heading = next(element.itersiblings(AKN + "crossHeading", preceding=True), None)
    return heading.get("eId") if heading is not None else None


def _sibling_labels(labels: list[str | None]) -> list[str]:
    """The eId labels of siblings of one kind (docs/xml-mapping.md): each its printed label,
    except one with no number, or whose number an earlier sibling already used, which takes
    its position ("3", or "3-2", "3-3" … where a printed label already is "3")."""
    used = set()
    named: list[str | None] = []
    for label in labels:
        keep = label is not None and label not in used
        named.append(label if keep else None)
        if keep:
            used.add(label)
    result = []
    for position, label in enumerate(named, 1):
        if label is None:
            label, suffix = str(position), 1
            while label in used:
                suffix += 1
                label = f"{position}-{suffix}"
            used.add(label)
        result.append(label)
    return result


Numbering = tuple[str, str]
"""An element's printed number (stripped; empty where it has none) and the label the
convention gives it."""


class _Siblings:
    """The printed number and the label the convention gives each element, worked out for all
    its siblings of the same kind (same parent, tag and crossHeading) at once, when the first
    of them asks: each later sibling finds its own answer with one look-up. Each element's
    <num> comes from the document's table of them (:func:`nums`), not from its children."""

    def __init__(
        self, preamble_headed: set[etree._Element], nums: dict[etree._Element, etree._Element]
    ) -> None:
        self._preamble_headed = preamble_headed
        self._nums = nums
        self._numbering: dict[etree._Element, Numbering] = {}

    def known(self, element: etree._Element) -> Numbering | None:
        """The element's numbering if a sibling's question already worked it out."""
        return self._numbering.get(element)

    def numbering(self, element: etree._Element) -> Numbering:
        """The element's numbering, working out that of its kind of siblings."""
        found = self._numbering.get(element)
        if found is None:
            self._number_siblings(element)
            found = self._numbering[element]
        return found

    def _number_siblings(self, element: etree._Element) -> None:
        preamble_headed = self._preamble_headed
        same = children(element.getparent(), element.tag)
        if preamble_headed:  # counted per crossHeading (where no element has one, all are alike)
            heading = _heading_scope(element, preamble_headed)
            same = [sibling for sibling in same if _heading_scope(sibling, preamble_headed) == heading]
        numbers = self._nums.get
        texts = tuple([num.text if (num := numbers(sibling)) is not None else None for sibling in same])
        self._numbering.update(zip(same, _numbering_of(texts), strict=True))


@lru_cache(maxsize=1024)
def _numbering_of(texts: tuple[str | None, ...]) -> tuple[Numbering, ...]:
    """The numbering of siblings of one kind from the texts of their <num>s (None where one has
    none). Cached: the same runs recur from file to file ("1.", "2.", … "12."; "(a)", "(b)")."""
    labels = _sibling_labels([_expected_label(text) if text else None for text in texts])
    return tuple(((text or "").strip(), label) for text, label in zip(texts, labels, strict=True))


def _label_problem(
    element: etree._Element, label: str | None, siblings: _Siblings, num: etree._Element
) -> str | None:
    """What is wrong with the label of an element that has a <num>, if anything."""
    numbering = siblings.known(element)
    if numbering is None:
        if not (num.text or "").strip():
            return None
        numbering = siblings.numbering(element)
    printed, wanted = numbering
    if not printed or label == wanted:
        return None
    return f"label should be '{wanted}' (from <num>{printed}</num>)"


@rule("UNX132", "warning", "eIds follow the Akoma Ntoso naming convention")
def eid_convention(doc: Document) -> Iterator[Issue]:
    return first_of_each(_convention_problems(doc), "eIds")


def _convention_problems(doc: Document) -> Iterator[tuple[str, etree._Element, str]]:
    """(kind, element, message) for each eId off the convention; kind groups alike problems."""
    preamble_headed = set(marked_preambular(doc))
    numbers = nums(doc)
    siblings = _Siblings(preamble_headed, numbers)
    scopes = _Scopes(doc.attributes.body_eids)
    # TLC eIds in <meta> are names ("ga", "thirdCommittee"), outside the convention.
    for element, eid in doc.attributes.body_eids:
        parsed = _parse_eid(eid)
        if parsed is None:
            yield (
                "syntax",
                element,
                f"eId '{eid}' is not '{{abbr}}_{{label}}' segments joined by '__'",
            )
            continue
        tag = element.tag
        name, abbr = _naming(tag)
        if name == "component":
            abbr = _component_abbreviation(element)
        found, label, prefix = parsed
        if found != abbr:
            yield (
                f"abbr {name}",
                element,
                f"eId '{eid}' of <{name}> should end in '{abbr}_…', not '{found}'",
            )
            continue
        if tag not in _DOCUMENT_WIDE:
            scope = scopes.of(element)
            if scope is not None and prefix != scope and prefix != _heading_scope(element, preamble_headed):
                yield (
                    f"scope {name}",
                    element,
                    f"eId '{eid}' should start with '{scope}__', the eId of the element it is in",
                )
                continue
        num = numbers.get(element)  # most elements have none, and so no label to check
        if num is None:
            continue
        problem = _label_problem(element, label, siblings, num)
        if problem:
            yield f"label {name}", element, f"eId '{eid}': {problem}"


@lru_cache(maxsize=4096)
def _segment(segment: str) -> tuple[str, str | None] | None:
    """``para_1`` → ("para", "1"), ``intro`` → ("intro", None); None if not a segment."""
    match = _SEGMENT.match(segment)
    return (match["abbr"], match["label"]) if match else None


@lru_cache(maxsize=8192)
def _parse_eid(eid: str) -> tuple[str, str | None, str] | None:
    """The abbreviation and label of an eId's last segment and the eId it extends:
    ``para_8__list_1`` → ("list", "1", "para_8"); None where a segment is not ``{abbr}_{label}``.
    The same eIds recur from file to file (``para_1``, ``preamble__container_2``)."""
    segments = eid.split("__")
    matches = [_segment(s) for s in segments]
    if not all(matches):
        return None
    abbr, label = matches[-1]
    return abbr, label, eid[: -len(segments[-1]) - 2] if len(segments) > 1 else ""
