"""Write the profile's attribute table: which attributes each element of the profile may carry,
and the facets of the attribute values checked in Python.

Usage::

    python scripts/derive_profile_attributes.py [--check]

The validator's lighter copy of the profile schema accepts any attribute name, and checks
the names in Python instead (``unxml/validate/attribute_names.py``), from this table; it also
leaves the values of a few attributes to Python (:data:`CHECKED_IN_PYTHON`,
``unxml/validate/attribute_values.py``). The table is derived from
``schemas/unxml-akn4un-1.0.xsd`` with the ``xmlschema`` package, which reads an XSD into its
components (types, attribute uses, content models); it is written to
``unxml/validate/profile_attributes.json`` and committed, so that the validator needs no
schema analysis at run time. ``--check`` exits 1 if the committed table differs from the
schema (``tests/test_validate_attribute_names.py`` runs the same comparison).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from unxml.validate.attribute_names import TABLE_PATH  # noqa: E402
from unxml.validate.attribute_values import FacetKey, facet_key  # noqa: E402
from unxml.validate.schemas import profile_xsd_path  # noqa: E402

CHECKED_IN_PYTHON = (
    ("container", "eId"),
    ("point", "eId"),
    ("list", "eId"),
    ("FRBRthis", "value"),
    ("FRBRuri", "value"),
    ("FRBRauthor", "href"),
    ("FRBRauthor", "as"),
    ("location", "title"),
)
"""The attributes (by element and attribute name) whose values the lighter profile leaves to
Python: the ones the UN's files break (about 30 errors per file, each of which costs libxml2
a formatted message), while the values nearly every file gets right (a paragraph's eId)
stay with libxml2, which checks a valid value for less than Python would. Every attribute
whose type has the same facets is checked in Python too: the lighter copy drops those facets
wherever they stand."""

_XS = "{http://www.w3.org/2001/XMLSchema}"


class Walk:
    """The profile's types, from its global elements down: for each type (by number, in the
    order first met) its table entry and its attribute uses (xmlschema's), the numbers of the
    types of the elements of each name, the simple types of elements' values, and ``roots``."""

    def __init__(self, schema: Any) -> None:
        self.types: list[dict[str, Any]] = []
        self.attributes: list[dict[str, Any]] = []
        self.by_element: dict[str, set[int]] = {}
        self.element_values: list[Any] = []
        self._index: dict[int, int] = {}
        globals_ = sorted(schema.elements.values(), key=str)
        self.roots = {element.name: self._type_of(element) for element in globals_}

    def _type_of(self, element: Any) -> int:
        xsd_type = element.type
        numbers = self.by_element.setdefault(element.local_name, set())
        if id(xsd_type) in self._index:
            numbers.add(self._index[id(xsd_type)])
            return self._index[id(xsd_type)]
        number = self._index[id(xsd_type)] = len(self.types)
        numbers.add(number)
        entry: dict[str, Any] = {"attributes": None, "children": {}}
        self.types.append(entry)
        self.attributes.append({})
        if xsd_type.is_simple():
            self.element_values.append(xsd_type)
            return number
        if xsd_type.attributes.get(None) is not None:
            raise SystemExit(f"{element.name}: attribute wildcards are not modelled by the table")
        entry["attributes"] = sorted(xsd_type.attributes)
        self.attributes[number] = dict(xsd_type.attributes)
        children: dict[str, int] = {}
        if xsd_type.has_simple_content():
            self.element_values.append(xsd_type.content)
        elif xsd_type.content is not None:
            for child in xsd_type.content.iter_elements():
                if not hasattr(child, "type"):  # an element wildcard
                    raise SystemExit(f"{element.name}: element wildcards are not modelled by the table")
                found = self._type_of(child)
                if children.setdefault(child.name, found) != found:
                    raise SystemExit(f"{element.name}: two types for child {child.name}")
        entry["children"] = dict(sorted(children.items()))
        return number


def derive(xsd: Path) -> dict[str, Any]:
    """The table: ``types`` (each complex type's attribute names, or None for a simple type,
    its child elements' types by tag, and the attributes whose values Python checks, with
    their facet's number), ``roots`` (the global elements' types) and ``facets``."""
    import xmlschema

    walk = Walk(xmlschema.XMLSchema(str(xsd)))
    checked = _checked_facets(walk.by_element, walk.attributes)
    facets = sorted(checked)
    for entry, declared in zip(walk.types, walk.attributes, strict=True):
        values = {}
        for name, attribute in sorted(declared.items()):
            key = facet_key(facets_of(attribute.type))
            if key in checked:
                _movable(attribute, name)
                values[name] = facets.index(key)
        if values:
            entry["values"] = values
    attribute_types = [attribute.type for declared in walk.attributes for attribute in declared.values()]
    _never_inherited(checked, walk.element_values, attribute_types)
    return {
        "schema": xsd.name,
        "roots": walk.roots,
        "types": walk.types,
        "facets": [_facet_entry(key) for key in facets],
    }


def facets_of(simple_type: Any) -> tuple[str, str, list[str]] | None:
    """A simple type's base type and its own facets, as :func:`facet_key` reads them: (base,
    facet kind, values) where the type restricts its base by facets of one kind only."""
    base = getattr(simple_type, "base_type", None)
    if base is None or not simple_type.is_restriction() or len(simple_type.facets) != 1:
        return None
    (kind, facet), *_ = simple_type.facets.items()
    if kind == _XS + "pattern":
        return base.name, "pattern", list(facet.regexps)
    if kind == _XS + "enumeration":
        return base.name, "enumeration", list(facet.enumeration)
    return None


def _checked_facets(by_element: dict[str, set[int]], attributes: list[dict[str, Any]]) -> set[FacetKey]:
    """The facets of the attributes of :data:`CHECKED_IN_PYTHON`, each of which must be one
    Python can check (:func:`_movable`)."""
    checked = set()
    for element, name in CHECKED_IN_PYTHON:
        numbers = by_element.get(element)
        if not numbers:
            raise SystemExit(f"{element}: no such element in the profile")
        for number in numbers:
            attribute = attributes[number].get(name)
            if attribute is None:
                raise SystemExit(f"{element}/@{name}: not declared")
            _movable(attribute, f"{element}/@{name}")
            checked.add(facet_key(facets_of(attribute.type)))
    return checked


def _movable(attribute: Any, where: str) -> None:
    """Stop unless libxml2's check of the attribute's value is one facet of a string: a
    restriction of ``xs:string`` by one pattern or by enumerations (no base-type error can
    come first, no whitespace is collapsed), of an attribute in no namespace with no fixed or
    default value (which libxml2 checks or fills in on its own)."""
    if facet_key(facets_of(attribute.type)) is None:
        raise SystemExit(f"{where}: not one pattern or enumeration restricting xs:string")
    if attribute.fixed is not None or attribute.default is not None or attribute.qualified:
        raise SystemExit(f"{where}: a fixed or default value, or a namespace, is not modelled")


def _never_inherited(checked: set[FacetKey], element_values: list[Any], attribute_types: list[Any]) -> None:
    """Stop if an element's value, or a type derived from another, would lose a checked facet:
    the lighter copy drops those facets wherever they stand, which only the attribute types
    of the table may undergo."""
    for simple_type, itself in [*((t, True) for t in element_values), *((t, False) for t in attribute_types)]:
        for part in [simple_type, *_ancestors(simple_type)][0 if itself else 1 :]:
            if facet_key(facets_of(part)) in checked:
                raise SystemExit(f"{simple_type}: its value would lose a facet checked in Python")


def _ancestors(simple_type: Any) -> Iterator[Any]:
    """The types a simple type is built from: its base types, list item and union members."""
    for part in (
        getattr(simple_type, "base_type", None),
        getattr(simple_type, "item_type", None),
        *getattr(simple_type, "member_types", ()),
    ):
        if part is not None and part is not simple_type:
            yield part
            yield from _ancestors(part)


def _facet_entry(key: FacetKey) -> dict[str, Any]:
    """A facet as the table holds it: an enumeration's values, or a pattern with the Python
    regular expression that decides it for values in plain ASCII."""
    kind, values = key
    if kind == "enumeration":
        return {"enumeration": list(values)}
    (pattern,) = values
    regex = python_regex(pattern)
    if not regex.isascii():  # it would match values outside ASCII, which libxml2 decides
        raise SystemExit(f"{pattern}: a pattern with characters outside ASCII is not modelled")
    return {"pattern": pattern, "regex": regex}


def python_regex(pattern: str) -> str:
    """An XSD pattern as a Python regular expression for values in plain ASCII (the only ones
    it decides), from elementpath's ``translate_pattern``. elementpath leaves a
    multi-character escape outside brackets (``\\w``) to Python, whose ``\\w`` is not XSD's
    (XSD's takes ``+`` and ``$``, not ``_``), while inside brackets it writes XSD's class out:
    each such escape is put in brackets first. Its classes span Unicode (thousands of ranges,
    a quarter of a second to compile): each is cut to the ASCII characters it holds."""
    from elementpath.regex import translate_pattern

    parts: list[str] = []
    depth = 0
    position = 0
    while position < len(pattern):
        char = pattern[position]
        if char == "\\":
            escape = pattern[position : position + 2]
            multi = depth == 0 and len(escape) == 2 and escape[1] in "sSiIcCdDwW"
            parts.append(f"[{escape}]" if multi else escape)
            position += 2
            continue
        depth += (char == "[") - (char == "]")
        parts.append(char)
        position += 1
    return _ESCAPE_OR_CLASS.sub(_ascii_class, translate_pattern("".join(parts), anchors=False))


_ESCAPE_OR_CLASS = re.compile(r"\\.|\[(?:\\.|[^\]\\])*\]")
"""An escape, or a class, of a translated pattern (elementpath writes no nested classes, and
escapes a bracket inside one)."""


def _ascii_class(match: re.Match[str]) -> str:
    """A class cut to the ASCII characters it holds (an escape, as it is)."""
    if match.group().startswith("\\"):
        return match.group()
    inside = re.compile(match.group())
    codes = [code for code in range(128) if inside.fullmatch(chr(code))]
    if not codes:
        return "(?!)"
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "[" + "".join(_code(a) + (f"-{_code(b)}" if b > a else "") for a, b in ranges) + "]"


def _code(code: int) -> str:
    """A character in a class: itself if a letter or digit, else its ``\\xHH`` escape."""
    return chr(code) if chr(code).isalnum() else f"\\x{code:02x}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed table")
    args = parser.parse_args()
    table = json.dumps(derive(profile_xsd_path()), indent=1, ensure_ascii=False) + "\n"
    if args.check:
        same = TABLE_PATH.read_text(encoding="utf-8") == table
        print("the table matches the schema" if same else f"{TABLE_PATH} is out of date: run this script")
        return 0 if same else 1
    TABLE_PATH.write_text(table, encoding="utf-8")
    print(f"wrote {TABLE_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
