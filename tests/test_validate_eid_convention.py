"""UNX132 (eIds follow the naming convention) gives what a plain reading of the convention gives.

The rule takes shortcuts for speed (eIds and tags read through caches, scopes worked out once per
parent, siblings numbered once per run of them, messages written only for the findings it
reports); the plain reading here asks lxml for everything, element by element.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from unxml.validate.rules.base import Document
from unxml.validate.rules.eids import ABBREVIATIONS, _expected_label, _sibling_labels, eid_convention

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
_UN_FILES = Path(__file__).parent / "data" / "un-corpus-en"
_SEGMENT = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:_[^_\s]+)?$")


def _name(element: etree._Element) -> str:
    return etree.QName(element).localname


def _abbreviation(element: etree._Element) -> str:
    name = _name(element)
    if name == "component":
        parent = element.getparent()
        return "cmpRef" if parent is not None and parent.tag == AKN + "collectionBody" else "cmp"
    return ABBREVIATIONS.get(name, name)


def _preamble_headed(element: etree._Element) -> bool:
    return element.get("refersTo") == "#preamble"


def _heading(element: etree._Element) -> str | None:
    """The eId of the crossHeading before a preambular element (docs/xml-mapping.md)."""
    if not _preamble_headed(element):
        return None
    found = next(element.itersiblings(AKN + "crossHeading", preceding=True), None)
    return found.get("eId") if found is not None else None


def _scope(element: etree._Element) -> str | None:
    """The nearest ancestor's (non-empty) eId, with ``__preamble`` for a preamble in between."""
    in_preamble = False
    for ancestor in element.iterancestors():
        if ancestor.get("eId"):
            return ancestor.get("eId") + ("__preamble" if in_preamble else "")
        in_preamble = in_preamble or ancestor.tag == AKN + "preamble"
    return "preamble" if in_preamble else None


def _numbering(element: etree._Element) -> tuple[str, str]:
    """The printed number and the label of its position among its siblings of its tag that
    follow the same crossHeading."""
    same = [s for s in element.getparent().iterchildren(element.tag) if _heading(s) == _heading(element)]
    nums = [s.find(AKN + "num") for s in same]
    labels = _sibling_labels([_expected_label(n.text) if n is not None and n.text else None for n in nums])
    num = nums[same.index(element)]
    return (num.text or "").strip() if num is not None else "", labels[same.index(element)]


def _problem(element: etree._Element, eid: str) -> tuple[str, str] | None:
    """(kind, message) of what is wrong with one eId, if anything."""
    segments = eid.split("__")
    if not all(_SEGMENT.match(segment) for segment in segments):
        return "syntax", f"eId '{eid}' is not '{{abbr}}_{{label}}' segments joined by '__'"
    abbr, _, label = segments[-1].partition("_")
    prefix = "__".join(segments[:-1])
    name = _name(element)
    if abbr != _abbreviation(element):
        return (
            f"abbr {name}",
            f"eId '{eid}' of <{name}> should end in '{_abbreviation(element)}_…', not '{abbr}'",
        )
    if name not in ("authorialNote", "note"):
        scope = _scope(element)
        if scope is not None and prefix not in (scope, _heading(element)):
            return (
                f"scope {name}",
                f"eId '{eid}' should start with '{scope}__', the eId of the element it is in",
            )
    if element.find(AKN + "num") is None:
        return None
    printed, wanted = _numbering(element)
    if printed and (label or None) != wanted:
        return f"label {name}", f"eId '{eid}': label should be '{wanted}' (from <num>{printed}</num>)"
    return None


def _plain_findings(root: etree._Element) -> list[tuple[etree._Element, str]]:
    """The first problem of each kind, with how many more of that kind there are."""
    firsts: dict[str, tuple[etree._Element, str]] = {}
    counts: dict[str, int] = {}
    for element in root.iter(etree.Element):
        eid = element.get("eId")
        if eid is None or any(a.tag == AKN + "meta" for a in element.iterancestors()):
            continue
        problem = _problem(element, eid)
        if problem:
            kind, message = problem
            firsts.setdefault(kind, (element, message))
            counts[kind] = counts.get(kind, -1) + 1
    return [
        (element, message + (f" (and {counts[kind]} more eIds like it)" if counts[kind] else ""))
        for kind, (element, message) in firsts.items()
    ]


def _findings(root: etree._Element) -> list[tuple[etree._Element, str]]:
    return list(eid_convention(Document(etree.ElementTree(root), lambda lang: None)))


def test_the_uns_files_get_the_plain_findings() -> None:
    files = sorted(_UN_FILES.glob("*.xml"))
    assert files
    for path in files:
        root = etree.parse(str(path)).getroot()
        assert _findings(root) == _plain_findings(root), path.name


# Elements of the kinds the convention names specially, and a few it does not; runs of siblings
# of one kind (the numbering of each run), more often than not.
_KINDS = st.sampled_from(
    [
        *["paragraph"] * 4,
        *["point"] * 4,
        *["crossHeading"] * 2,
        "list",
        "content",
        "intro",
        "section",
        "preamble",
        "component",
        "collectionBody",
        "authorialNote",
        "meta",
    ]
)
_SHAPE = st.recursive(
    _KINDS.map(lambda kind: (kind, [])),
    lambda inner: st.tuples(_KINDS, st.lists(inner, max_size=5)),
    max_leaves=14,
)
_NUMS = st.sampled_from([None, None, "1.", "1.", "2.", "(a)", "(a)", "(b)", "  ", "", "1.1."])
_ABBRS = st.sampled_from([*[None] * 8, "para", "point", "list", "sec", "cmp", "cmpRef", "content"])
_LABELS = st.sampled_from([None, "1", "2", "a", "b", "1-1", "3"])


def _eid(data: st.DataObject, element: etree._Element, num: str | None) -> str | None:
    """An eId as the convention would give it, or one of many ways to get it wrong."""
    form = data.draw(st.sampled_from(["none", *["convention"] * 6, "odd"]))
    if form == "none":
        return None
    if form == "odd":
        return data.draw(st.sampled_from(["", "para_1_list", "x y", "__", "para_1__", "1_a", "preamble"]))
    scope = _scope(element)
    heading = _heading(element)
    prefix = data.draw(st.sampled_from([*[scope] * 4, heading, heading, None, "preamble", "para_1"]))
    abbr = data.draw(_ABBRS) or _abbreviation(element)
    printed = _expected_label(num) if num else None
    label = data.draw(st.one_of(_LABELS, st.just(printed)))
    last = f"{abbr}_{label}" if label else abbr
    return f"{prefix}__{last}" if prefix else last


def _grow(parent: etree._Element, node: tuple, data: st.DataObject) -> None:
    kind, kids = node
    element = etree.SubElement(parent, AKN + kind)
    if data.draw(st.booleans()):
        element.set("refersTo", "#preamble")
    num = data.draw(_NUMS)
    if num is not None:
        etree.SubElement(element, AKN + "num").text = num
    eid = _eid(data, element, num)
    if eid is not None:
        element.set("eId", eid)
    for kid in kids:
        _grow(element, kid, data)


@settings(max_examples=300, deadline=None)
@given(data=st.data(), body=st.lists(_SHAPE, min_size=1, max_size=4))
def test_drawn_documents_get_the_plain_findings(data: st.DataObject, body: list) -> None:
    root = etree.Element(AKN + "akomaNtoso")
    holder = etree.SubElement(root, AKN + "mainBody")
    for node in body:
        _grow(holder, node, data)
    assert _findings(root) == _plain_findings(root)
