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
type the element's place gives it.

The findings must be the full profile's, in its order (:func:`merge`). libxml2 validates an
element when it starts: first the parent's content model (an element "not expected" is
skipped, with its subtree and every later sibling), then the values of its declared
attributes, then the names it does not allow and the fixed values not matched (together, in
the element's order), then the required ones missing; an element's text is checked where
it stands among the children, and its missing children and simple content at its end. Each
of libxml2's errors gets that place as a key (its element's position in document order, and
the phase), and the names found here slot in at theirs. Where a document falls outside what
the keys model (an error of another kind, an ``xsi:type``, an element outside the AKN
namespace or the AKN namespace bound to a prefix, where libxml2's node paths name elements),
:func:`merge` returns None and the engine asks the full profile.
``tests/test_validate_attribute_names.py`` compares both on real and edited files.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from lxml import etree

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
    attributes libxml2 still checks) and the types of its child elements, by tag."""

    __slots__ = ("allowed", "children")

    def __init__(self, allowed: frozenset[str] | None) -> None:
        self.allowed = allowed
        self.children: dict[str, ProfileType] = {}


class Profile:
    """The profile's types, from the committed table: ``roots`` (the global elements' types,
    by tag), ``safe`` (by tag, the names every element of that tag may carry, wherever it
    is: an attribute outside them is looked at again) and ``uniform``."""

    def __init__(self, table: dict[str, Any]) -> None:
        types = [
            ProfileType(None if entry["attributes"] is None else frozenset(entry["attributes"]))
            for entry in table["types"]
        ]
        for kind, entry in zip(types, table["types"], strict=True):
            kind.children = {tag: types[number] for tag, number in entry["children"].items()}
        self.roots = {tag: types[number] for tag, number in table["roots"].items()}
        allowed_sets: dict[str, set[frozenset[str] | None]] = {}
        for kind in types:
            for tag, child in kind.children.items():
                allowed_sets.setdefault(tag, set()).add(child.allowed)
        self.safe = {
            tag: frozenset.intersection(*(allowed or frozenset() for allowed in sets))
            for tag, sets in allowed_sets.items()
        }
        self.uniform = {
            tag: next(iter(sets)) for tag, sets in allowed_sets.items() if len(sets) == 1 and None not in sets
        }
        """The names allowed by tag, for the tags whose every type allows the same ones."""


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
            while following is not None:  # a comment or the like has no position: the next
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
            if _FIXED in message:  # reported with the names not allowed, in the element's order
                return (at, 2, _attribute_place(element, message))
            return (at, 1, 0)
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


def _type_of(element: etree._Element, types: Profile) -> ProfileType | None:
    """The profile type an element's place gives it (for the few tags whose types differ)."""
    tags = [element.tag, *(ancestor.tag for ancestor in element.iterancestors())]
    kind = types.roots.get(tags.pop())
    while tags and kind is not None:
        kind = kind.children.get(tags.pop())
    return kind


_ALLOWED, _REPORTED, _NOT_MODELLED = 0, 1, 2


def _verdict(tag: str, name: str, allowed: frozenset[str] | None) -> int:
    """What libxml2 does with attribute ``name`` on an element of ``tag`` whose type allows
    ``allowed`` (None: a simple type, whose attributes libxml2 checks itself)."""
    if allowed is None or name in allowed or name in XSI_LOCATIONS:
        return _ALLOWED
    if name.startswith(XSI) or not tag.startswith(_AKN):
        return _NOT_MODELLED
    return _REPORTED


def _reported(suspects: list[Suspect], skipped: bytearray, types: Profile) -> list[tuple[Key, Group]] | None:
    """The suspects libxml2 would report, grouped as the engine groups its errors (same
    message, same depth), each group with its key; None where a reported name's node path
    would end in a prefixed step, or an ``xsi:`` attribute changes the validation."""
    uniform = types.uniform
    # By tag and name, the groups by depth of the names libxml2 reports. A UN file has about
    # 120 suspects of three or four kinds (xml:space on p, class on paragraph, eId on content):
    # for a tag of one type, the first suspect of its kind settles the verdict of the others
    # (``settled``); for the few others, each element's place decides (``placed``).
    settled: dict[str, dict[str, dict[int, Group]]] = {}
    placed: dict[str, dict[str, dict[int, Group]]] = {}
    depths: dict[etree._Element, int] = {}
    reported: list[tuple[Key, Group]] = []
    for at, element, tag, name in suspects:
        if skipped[at]:
            continue
        by_name = settled.get(tag)
        by_depth = by_name.get(name) if by_name is not None else None
        if by_depth is None:
            verdict = _verdict(tag, name, _allowed_at(element, tag, types))
            if verdict == _ALLOWED:
                continue
            if verdict == _NOT_MODELLED:
                return None
            by_depth = (settled if tag in uniform else placed).setdefault(tag, {}).setdefault(name, {})
        parent = element.getparent()
        depth = depths.get(parent)
        if depth is None:
            depth = _depth(parent, depths)
        # The suspects' elements hold one another (paragraph, content, p): a child finds its
        # parent's depth here.
        depths[element] = depth + 1
        group = by_depth.get(depth)
        if group is None:
            group = by_depth[depth] = [_not_allowed(tag, name), element, element.sourceline, []]
            reported.append(((at, 2, element.keys().index(name)), group))
        else:
            group[3].append(element.sourceline)
    return reported


def _allowed_at(element: etree._Element, tag: str, types: Profile) -> frozenset[str] | None:
    """The names ``element`` may carry where it stands (None: a simple type's, or no type)."""
    allowed = types.uniform.get(tag)
    if allowed is None:
        kind = _type_of(element, types)
        allowed = kind.allowed if kind is not None else None
    return allowed


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
