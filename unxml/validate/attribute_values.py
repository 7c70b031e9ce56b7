"""Attribute values: the facets of a few attribute types, checked in Python for the lighter profile.

The UN's files break the profile's patterns and enumerations on a few attributes about 30
times per file (``container/@eId`` 18 times, ``FRBRauthor/@href`` and ``@as``,
``FRBRthis/@value`` …), and each such error costs libxml2 a formatted message and lxml a
log entry (about 30 K instructions). The lighter copy of the profile drops those facets
(:func:`drop_checked_facets`; which ones, ``scripts/derive_profile_attributes.py`` decides
and writes in the profile's table) and they are checked here, on the attributes the
attribute pass found (``unxml.validate.attribute_names`` slots the errors into libxml2's
order). Each dropped facet is the only one of a restriction of ``xs:string`` (libxml2 checks
no base type before it and collapses no whitespace), so the check is a string's:

- an enumeration: the value is one of the set, as it stands;
- a pattern: the value matches elementpath's translation of it, for values in plain ASCII (on
  which the two agree, as ``tests/test_validate_attribute_values.py`` checks); libxml2's
  Unicode tables (``\\w``, ``\\d``) are its own, so a value outside ASCII (a point lettered
  in Arabic or Cyrillic, a meeting numbered in Chinese) is put to libxml2 itself, against a
  schema of that one pattern (:func:`_accepted_by_libxml2`).

libxml2 writes the value in its message as it is, and cuts a message at 64,000 bytes: a
failing value longer than :data:`LONGEST` is left to the full profile, and so is one with a
quote, which the engine's grouping of messages by kind (the value left out) would read
differently.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import cache
from typing import Any

from lxml import etree

from unxml.validate.schemas import COMPILING

XS_STRING = "{http://www.w3.org/2001/XMLSchema}string"
_XSD = "{http://www.w3.org/2001/XMLSchema}"
_FACETS = (_XSD + "pattern", _XSD + "enumeration")

FacetKey = tuple[str, tuple[str, ...]]
"""A facet as both the table and the schema document name it: ("pattern", (pattern,)) or
("enumeration", values)."""

VALID, INVALID, NOT_MODELLED = 0, 1, 2
LONGEST = 10_000
"""The longest failing value whose message is written here (in at most 40,000 bytes of UTF-8,
well within libxml2's 64,000)."""


def facet_key(facets: tuple[str, str, list[str]] | None) -> FacetKey | None:
    """The facet of a type given as (base type, facet kind, values), if it is one Python
    checks as libxml2 does: a restriction of ``xs:string`` by one pattern or by enumerations."""
    if facets is None:
        return None
    base, kind, values = facets
    if base != XS_STRING or kind not in ("pattern", "enumeration"):
        return None
    if kind == "pattern" and len(values) != 1:  # libxml2 names one pattern in its message
        return None
    return kind, tuple(values)


class Facet:
    """A pattern or an enumeration from the profile's table: :meth:`check` decides a value as
    libxml2 does, :meth:`message` writes libxml2's error for one that breaks it, and
    :attr:`accepts` tells at the least cost whether a value is one libxml2 accepts."""

    __slots__ = ("_kind", "_pattern", "_regex", "_says", "_values", "accepts")

    def __init__(self, entry: dict[str, Any]) -> None:
        pattern = entry.get("pattern")
        self._values: frozenset[str] | None = None
        self._regex: re.Pattern[str] | None = None
        self._pattern = pattern
        self.accepts: Callable[[str], object]
        """True (or a match) for a value libxml2 accepts; false for one it may accept or not:
        the regular expression, whose classes and literals are all ASCII, matches ASCII
        values only (a test of :meth:`check`'s first step)."""
        if pattern is not None:
            self._regex = re.compile(entry["regex"])
            self.accepts = self._regex.fullmatch
            self._kind = "pattern"
            self._says = f"' is not accepted by the pattern '{pattern}'."
        else:
            self._values = frozenset(entry["enumeration"])
            self.accepts = self._values.__contains__
            self._kind = "enumeration"
            listed = ", ".join(f"'{value}'" for value in entry["enumeration"])
            self._says = f"' is not an element of the set {{{listed}}}."

    def check(self, value: str) -> int:
        """:data:`VALID`, :data:`INVALID` (with a message written as libxml2 writes it), or
        :data:`NOT_MODELLED` (a value whose fate or message is not proven the same here)."""
        return VALID if self.accepts(value) else self.refused(value)

    def refused(self, value: str) -> int:
        """:meth:`check` for a value :attr:`accepts` refused (without trying it again: about
        30 values per UN file fail)."""
        pattern = self._pattern
        if pattern is not None and not value.isascii() and _accepted_by_libxml2(pattern, value):
            return VALID
        return INVALID if len(value) <= LONGEST and "'" not in value else NOT_MODELLED

    def message(self, tag: str, name: str, value: str) -> str:
        """libxml2's message for a value of attribute ``name`` of an element of ``tag`` (in
        Clark notation) that breaks this facet."""
        return f"Element '{tag}', attribute '{name}': [facet '{self._kind}'] The value '{value}{self._says}"


def _accepted_by_libxml2(pattern: str, value: str) -> bool:
    """Whether libxml2 accepts ``value`` for a string restricted by ``pattern``."""
    element = etree.Element("value", value=value)
    return _schema_of(pattern).validate(etree.ElementTree(element))


@cache
def _schema_of(pattern: str) -> etree.XMLSchema:
    """A schema of one element whose attribute ``value`` is a string restricted by ``pattern``."""
    schema = etree.Element(_XSD + "schema", nsmap={"xs": _XSD[1:-1]})
    element = etree.SubElement(schema, _XSD + "element", name="value")
    complex_type = etree.SubElement(element, _XSD + "complexType")
    attribute = etree.SubElement(complex_type, _XSD + "attribute", name="value")
    restriction = etree.SubElement(etree.SubElement(attribute, _XSD + "simpleType"), _XSD + "restriction")
    restriction.set("base", "xs:string")
    etree.SubElement(restriction, _XSD + "pattern", value=pattern)
    with COMPILING:  # never beside the compilation of another schema (a background one)
        return etree.XMLSchema(schema)


def key_of(entry: dict[str, Any]) -> FacetKey:
    """The key of a facet of the table."""
    if "pattern" in entry:
        return "pattern", (entry["pattern"],)
    return "enumeration", tuple(entry["enumeration"])


def drop_checked_facets(schema: etree._ElementTree, keys: Collection[FacetKey]) -> etree._ElementTree:
    """Drop, from a schema document (in place), every restriction's facets that are one of
    the table's (``keys``): wherever they stand, for the derivation of the table made sure
    only the attribute types it lists have them."""
    for restriction in schema.getroot().iter(_XSD + "restriction"):
        own = [child for child in restriction.iterchildren(etree.Element) if child.tag != _XSD + "annotation"]
        if not own or any(child.tag != own[0].tag for child in own) or own[0].tag not in _FACETS:
            continue
        prefix, _, local = restriction.get("base", "").rpartition(":")
        base = "{" + (restriction.nsmap.get(prefix or None) or "") + "}" + local
        kind = etree.QName(own[0]).localname
        if facet_key((base, kind, [child.get("value", "") for child in own])) in keys:
            for child in own:
                restriction.remove(child)
    return schema
