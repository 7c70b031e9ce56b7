"""Attribute names: which ones each element may carry, checked in Python for the lighter profile.

The profile schema declares the attributes each element may carry, and libxml2 reports every
other one ("The attribute 'class' is not allowed."). The UN's files carry Word style names
(``class="SingleTxt"``) and ``xml:space`` on nearly every paragraph: about a hundred such
errors per file, and formatting each message and its node path costs libxml2 about as much
as the rest of the profile's validation. So the lighter copy of the profile accepts any
attribute name (:func:`allow_any_attribute`): libxml2 still checks every content model and
the value of every declared attribute, and the names are checked here instead, from a table
derived from the schema (``scripts/derive_profile_attributes.py``). The pass that gathers the
attributes the rules read (``unxml.validate.rules.base``) notes each name that some element
of that tag may not carry (:attr:`Profile.safe`); only those are looked at again, with the
type the element's place gives it. The values of a few attributes the UN's files break
(``container/@eId``, ``FRBRauthor/@href`` …) are left out of the lighter copy's checks in
the same way and checked here (``unxml.validate.attribute_values``): their names are never
safe, so the attribute pass notes them too.

The findings must be the full profile's, in its order (:func:`merge`). libxml2 validates an
element when it starts: first the parent's content model (an element "not expected" is
skipped, with its subtree and every later sibling), then the values of its declared
attributes (in the element's order), then the names it does not allow and the fixed values
not matched (together, in the element's order), then the required ones missing; an
element's text is checked where it stands among the children, and its missing children and
simple content at its end. Each of libxml2's errors gets that place as a key (its element's
position in document order, the phase, the attribute's position), and the names and values
found here slot in at theirs. Where a document falls outside what the keys model (an error
of another kind, an ``xsi:type``, an element outside the AKN namespace or the AKN namespace
bound to a prefix, where libxml2's node paths name elements), :func:`merge` returns None and
the engine asks the full profile.
``tests/test_validate_attribute_names.py`` compares both on real and edited files.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache, lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any

from lxml import etree

from unxml.validate.attribute_values import INVALID, VALID, Facet, FacetKey, drop_checked_facets, key_of
from unxml.validate.location import AKN_NS

TABLE_PATH = Path(__file__).with_name("profile_attributes.json")
_XSD = "{http://www.w3.org/2001/XMLSchema}"
XSI = "{http://www.w3.org/2001/XMLSchema-instance}"
XSI_LOCATIONS = frozenset((XSI + "schemaLocation", XSI + "noNamespaceSchemaLocation"))
"""The ``xsi:`` attributes libxml2 lets pass on any element (it loads no schema from them);
any other (``xsi:type``, ``xsi:nil``) changes what an element may hold: the full profile
is asked."""


class ProfileType:
    """A type of the profile: the attribute names it allows (None for a simple type, whose
    attributes libxml2 still checks), the facets of the values checked in Python, by name
    (``unxml.validate.attribute_values``), and the types of its child elements, by tag."""

    __slots__ = ("allowed", "children", "values")

    def __init__(self, allowed: frozenset[str] | None, values: dict[str, Facet]) -> None:
        self.allowed = allowed
        self.values = values
        self.children: dict[str, ProfileType] = {}

    def attribute_checks(self) -> tuple[frozenset[str] | None, tuple[tuple[str, int], ...]]:
        """What the checks of an element's attributes read from its type."""
        return self.allowed, tuple(sorted((name, id(facet)) for name, facet in self.values.items()))


class Profile:
    """The profile's types, from the committed table: ``roots`` (the global elements' types,
    by tag), ``safe`` (by tag, the names every element of that tag may carry, wherever it
    is, with a value libxml2 checks: an attribute outside them is looked at again),
    ``facets`` (the values checked in Python, ``unxml.validate.attribute_values``) and
    ``uniform``."""

    def __init__(self, table: dict[str, Any]) -> None:
        self.facets = [Facet(entry) for entry in table["facets"]]
        self.facet_keys: list[FacetKey] = [key_of(entry) for entry in table["facets"]]
        types = [
            ProfileType(
                None if entry["attributes"] is None else frozenset(entry["attributes"]),
                {name: self.facets[number] for name, number in entry.get("values", {}).items()},
            )
            for entry in table["types"]
        ]
        for kind, entry in zip(types, table["types"], strict=True):
            kind.children = {tag: types[number] for tag, number in entry["children"].items()}
        self.roots = {tag: types[number] for tag, number in table["roots"].items()}
        kinds: dict[str, list[ProfileType]] = {}
        for kind in types:
            for tag, child in kind.children.items():
                kinds.setdefault(tag, []).append(child)
        self.safe = {
            tag: frozenset.intersection(*(kind.allowed or frozenset() for kind in found)).difference(
                *(kind.values for kind in found)
            )
            for tag, found in kinds.items()
        }
        self.uniform = {
            tag: found[0]
            for tag, found in kinds.items()
            if found[0].allowed is not None and len({kind.attribute_checks() for kind in found}) == 1
        }
        """A type of the tag, for the tags whose every type allows the same names and checks
        the same values."""


@cache
def profile() -> Profile:
    """The profile's types, loaded once."""
    return Profile(json.loads(TABLE_PATH.read_text(encoding="utf-8")))


def allow_any_attribute(schema: etree._ElementTree) -> etree._ElementTree:
    """Give every complex type of a schema document an attribute wildcard that skips what it
    matches (in place): attributes the type declares are still validated, others accepted."""
    for complex_type in list(schema.getroot().iter(_XSD + "complexType")):
        holder = complex_type
        for content in complex_type.iterchildren(_XSD + "simpleContent", _XSD + "complexContent"):
            holder = next(content.iterchildren(_XSD + "extension", _XSD + "restriction"))
        etree.SubElement(holder, _XSD + "anyAttribute", namespace="##any", processContents="skip")
    return schema


def lighter_profile(schema: etree._ElementTree) -> etree._ElementTree:
    """The lighter copy of the profile's schema document (in place): any attribute name
    accepted (:func:`allow_any_attribute`), and the facets of the values checked in Python
    dropped (``unxml.validate.attribute_values``)."""
    return drop_checked_facets(allow_any_attribute(schema), profile().facet_keys)


Suspect = tuple[int, etree._Element, str, str]
"""An attribute some element of its tag may not carry: the element's position in document
order, the element, its tag, the attribute's name."""

_AKN_PREFIXED = re.compile(rb"xmlns:[^\s=]+\s*=\s*[\"']" + re.escape(AKN_NS.encode()) + rb"[\"']")


def checkable(data: bytes, root: etree._Element) -> bool:
    """Whether libxml2's node paths name this document's AKN elements by position alone
    (``*``), as the grouping by depth assumes: the AKN namespace is the default one, bound to
    no prefix."""
    return root.prefix is None and _AKN_PREFIXED.search(data) is None


NOT_EXPECTED = "This element is not expected"
NO_ELEMENTS = "Element content is not allowed"
"""libxml2's messages for an element it skips (with its later siblings), and for one whose
children it skips."""
_MISSING_CHILD = "Missing child element(s)"
_CHARACTERS = "Character content other than whitespace is not allowed"
_REQUIRED = "is required but missing."
_FIXED = "does not match the fixed value constraint"
_ELEMENT_VALUE = "[facet '"
_AKN = "{" + AKN_NS + "}"
_XML_SPACE = " \t\r\n"

Key = tuple[float, int, int]
"""When libxml2 reports an error: (position in document order, phase at that element, the
attribute's position among the element's where the phase goes attribute by attribute)."""
Group = list[Any]
"""[message, where (a node path or an element), line, lines of the repeats]: one finding."""


class _Places:
    """Positions in document order (from the attribute pass), and what lies after a subtree."""

    def __init__(self, elements: list[etree._Element]) -> None:
        self.order = dict(zip(elements, range(len(elements)), strict=True))

    def end(self, element: etree._Element) -> int:
        """The position of the first element after ``element``'s subtree."""
        order = self.order
        while element is not None:
            following = element.getnext()
            while following is not None:  # a comment or the like has no position: its next sibling
                at = order.get(following)
                if at is not None:
                    return at
                following = following.getnext()
            element = element.getparent()
        return len(order)

    def after(self, element: etree._Element) -> float:
        """Just before the first element after ``element``'s subtree (its end tag's place)."""
        return self.end(element) - 0.5

    def first_text(self, element: etree._Element) -> float:
        """Just before the element child that the element's first text other than white space
        precedes (or its end, where that text comes last)."""
        if (element.text or "").strip(_XML_SPACE):
            child = next(element.iterchildren(etree.Element), None)
            return self.order[child] - 0.5 if child is not None else self.after(element)
        for child in element:
            if (child.tail or "").strip(_XML_SPACE):
                following = next(child.itersiblings(etree.Element), None)
                return self.order[following] - 0.5 if following is not None else self.after(element)
        return self.after(element)

    def key(self, message: str, element: etree._Element) -> Key | None:
        """When libxml2 reports an error of ``message`` on ``element``; None if not modelled."""
        at = self.order.get(element)
        if at is None:
            return None
        if ", attribute '" in message:
            # Values come first, names not allowed and fixed values not matched after them,
            # each in the element's order.
            return (at, 2 if _FIXED in message else 1, _attribute_place(element, message))
        if _REQUIRED in message:
            return (at, 3, 0)
        if NOT_EXPECTED in message:
            return (at, 0, 0)
        if _MISSING_CHILD in message:
            return (self.after(element), 0, 0)
        if _CHARACTERS in message:
            return (self.first_text(element), 0, 0)
        if NO_ELEMENTS in message or _ELEMENT_VALUE in message:
            return (at, 4, 0)
        return None


def _attribute_place(element: etree._Element, message: str) -> int:
    """The position, among the element's attributes, of the one a message names."""
    name = message.partition(", attribute '")[2].partition("'")[0]
    names = element.keys()
    return names.index(name) if name in names else len(names)


def _skipped(
    not_expected: list[str],
    no_elements: list[str],
    element_at: Callable[[str], etree._Element | None],
    places: _Places,
) -> bytearray | None:
    """Whether libxml2 skipped each element (by position in document order): one it did not
    expect, with its subtree and every later sibling's, and the children of one that may hold
    none; None where a node path does not resolve."""
    skipped = bytearray(len(places.order))
    for node_path in not_expected:
        element = element_at(node_path)
        at = places.order.get(element) if element is not None else None
        if at is None:
            return None
        parent = element.getparent()
        end = places.end(parent) if parent is not None else len(skipped)
        skipped[at:end] = b"\x01" * (end - at)
    for node_path in no_elements:
        element = element_at(node_path)
        at = places.order.get(element) if element is not None else None
        if at is None:
            return None
        end = places.end(element)
        skipped[at + 1 : end] = b"\x01" * (end - at - 1)
    return skipped


def _type_of(
    element: etree._Element, types: Profile, known: dict[etree._Element, ProfileType | None]
) -> ProfileType | None:
    """The profile type an element's place gives it (for the few tags whose types differ),
    with those of its ancestors, each worked out once (``known``)."""
    kind = known.get(element, _UNKNOWN)
    if kind is _UNKNOWN:
        parent = element.getparent()
        if parent is None:
            kind = types.roots.get(element.tag)
        else:
            above = _type_of(parent, types, known)
            kind = above.children.get(element.tag) if above is not None else None
        known[element] = kind
    return kind  # type: ignore[return-value]


_UNKNOWN = object()


_ALLOWED, _REPORTED, _NOT_MODELLED = 0, 1, 2


def _verdict(tag: str, name: str, kind: ProfileType | None) -> int | Facet:
    """What libxml2 does with attribute ``name`` on an element of ``tag`` whose type is
    ``kind`` (None, or a simple type: libxml2 checks its attributes itself): the facet its
    value is checked against here, where it has one."""
    if kind is None or kind.allowed is None or name in XSI_LOCATIONS:
        return _ALLOWED
    if name in kind.allowed:
        facet = kind.values.get(name)
        if facet is None:
            return _ALLOWED
        return facet if tag.startswith(_AKN) else _NOT_MODELLED  # grouped by depth: AKN only
    if name.startswith(XSI) or not tag.startswith(_AKN):
        return _NOT_MODELLED
    return _REPORTED


def _reported(suspects: list[Suspect], skipped: bytes, types: Profile) -> list[tuple[Key, Group]] | None:
    """The suspects libxml2 would report (names not allowed, values that break a facet),
    grouped as the engine groups its errors (same message but for the value, same depth),
    each group with its key, in libxml2's order; None where a reported name's node path would
    end in a prefixed step, an ``xsi:`` attribute changes the validation, or a value is one
    whose check is left to libxml2 (``unxml.validate.attribute_values``)."""
    uniform = types.uniform
    # A UN file has about 150 suspects of a few kinds (xml:space on p, class on paragraph, eId
    # on content and container): for a tag of one type, the first suspect of its kind settles
    # the others' verdict and where their groups are, by tag then name (``settled``); for the
    # few other tags, each element's place decides.
    settled: dict[str, dict[str, _Fate]] = {}
    groups: _Groups = {}
    depths: dict[etree._Element, int] = {}
    known: dict[etree._Element, ProfileType | None] = {}
    reported: list[tuple[Key, Group]] = []
    for at, element, tag, name in suspects:
        if skipped[at]:
            continue
        by_name = settled.get(tag)
        fate = by_name.get(name) if by_name is not None else None
        if fate is None:
            fate = _fate(tag, name, uniform.get(tag) or _type_of(element, types, known), groups)
            if tag in uniform:
                settled.setdefault(tag, {})[name] = fate
        verdict, by_depth = fate
        value = None
        if verdict.__class__ is not int:  # a facet the value is checked against
            value = element.get(name)
            if verdict.accepts(value):
                continue
            outcome = verdict.refused(value)
            if outcome == VALID:
                continue
            if outcome != INVALID:
                return None
        elif verdict == _ALLOWED:
            continue
        elif verdict == _NOT_MODELLED:
            return None
        parent = element.getparent()
        depth = depths.get(parent)
        if depth is None:
            depth = _depth(parent, depths)
        # The suspects' elements hold one another (paragraph, content, p): a child finds its
        # parent's depth here.
        depths[element] = depth + 1
        group = by_depth.get(depth)
        if group is None:
            if value is None:  # a name not allowed
                key, message = (at, 2, element.keys().index(name)), _not_allowed(tag, name)
            else:
                key, message = (at, 1, element.keys().index(name)), verdict.message(tag, name, value)
            group = by_depth[depth] = [message, element, element.sourceline, []]
            reported.append((key, group))
        else:
            group[3].append(element.sourceline)
    # The suspects came in document order, each element's in its order, but libxml2 reports
    # an element's values before its names.
    reported.sort(key=itemgetter(0))
    return reported


_Fate = tuple[int | Facet, dict[int, Group]]
"""What libxml2 does with a kind of suspect (:func:`_verdict`), and the groups by depth of
those it reports."""
_Groups = dict[tuple[str, str, Facet | None], dict[int, Group]]
"""By tag, name and facet (the value left out), the groups by depth."""


def _fate(tag: str, name: str, kind: ProfileType | None, groups: _Groups) -> _Fate:
    """The verdict on attribute ``name`` of an element of ``tag`` whose type is ``kind``, and
    the groups (from ``groups``) its errors go in: by name and facet, the value left out."""
    verdict = _verdict(tag, name, kind)
    facet = None if verdict.__class__ is int else verdict
    return verdict, groups.setdefault((tag, name, facet), {})


@lru_cache(maxsize=1024)
def _not_allowed(tag: str, name: str) -> str:
    """libxml2's message for an attribute an element may not carry."""
    return f"Element '{tag}', attribute '{name}': The attribute '{name}' is not allowed."


def _depth(element: etree._Element, depths: dict[etree._Element, int]) -> int:
    """An element's depth (the root's is 1), with those of its ancestors, each worked out once."""
    depth = depths.get(element)
    if depth is None:
        parent = element.getparent()
        depth = depths[element] = 1 if parent is None else _depth(parent, depths) + 1
    return depth


def merge(
    groups: list[tuple[Group, str]],
    not_expected: list[str],
    no_elements: list[str],
    suspects: list[Suspect],
    elements: list[etree._Element],
    element_at: Callable[[str], etree._Element | None],
) -> list[Group] | None:
    """The full profile's findings, in its order: the lighter copy's ``groups`` (each with the
    node path of its first error) and the names it let pass that the full profile reports,
    grouped as the engine groups libxml2's errors (same message, same depth); None where the
    keys do not model the document (the engine then asks the full profile)."""
    if not suspects:  # nothing to slot in: the lighter copy's findings are the full profile's
        return [group for group, _ in groups]
    if not groups:  # nothing reported, nothing skipped: the suspects' findings alone
        reported = _reported(suspects, bytes(len(elements)), profile())
        return None if reported is None else [group for _, group in reported]
    places = _Places(elements)
    keyed: list[tuple[Key, Group]] = []
    for group, node_path in groups:
        element = element_at(node_path) if node_path else None
        key = places.key(group[0], element) if element is not None else None
        if key is None or (keyed and key < keyed[-1][0]):
            return None
        keyed.append((key, group))
    skipped = _skipped(not_expected, no_elements, element_at, places)
    reported = _reported(suspects, skipped, profile()) if skipped is not None else None
    if reported is None:
        return None
    merged: list[Group] = []
    position = 0
    for key, group in reported:
        while position < len(keyed) and keyed[position][0] < key:
            merged.append(keyed[position][1])
            position += 1
        merged.append(group)
    merged.extend(group for _, group in keyed[position:])
    return merged
