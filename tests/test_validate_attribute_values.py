"""The attribute values the lighter profile leaves to Python (``unxml.validate.attribute_values``)
are decided as libxml2 decides them, and the lighter copy leaves exactly those unconstrained."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from unxml.validate import attribute_names
from unxml.validate.attribute_values import VALID, Facet, _accepted_by_libxml2, drop_checked_facets, facet_key
from unxml.validate.schemas import profile_xsd_path

ROOT = Path(__file__).parents[1]
TABLE = json.loads(attribute_names.TABLE_PATH.read_text(encoding="utf-8"))
PATTERNS = [entry for entry in TABLE["facets"] if "pattern" in entry]
ASCII = "\t\n\r" + "".join(map(chr, range(0x20, 0x80)))
"""The ASCII characters an XML document may hold."""
PIECES = ["para_", "__", "point_", "list_1", "preamble", "container_", "a", "1", "0", "-", "_", "+", "/"]
"""Pieces of values, some of which match."""


def _derive_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("derive", ROOT / "scripts" / "derive_profile_attributes.py")
    assert spec is not None and spec.loader is not None
    derive = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(derive)
    return derive


def _agree(entry: dict, value: str) -> None:
    """The facet decides ``value`` as libxml2 does, and its shortcut accepts only the values
    libxml2 accepts (for ASCII ones, all of them)."""
    facet = Facet(entry)
    accepted = _accepted_by_libxml2(entry["pattern"], value)
    assert (facet.check(value) == VALID) == accepted, value
    assert bool(facet.accepts(value)) == (accepted and value.isascii()), value


@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_each_ascii_character_anywhere_in_a_matching_value_is_decided_as_libxml2_decides(data) -> None:
    """Every class of a pattern, with every character: one changed or added at a place of a
    value that matches (elementpath's XSD classes are not Python's: ``\\w`` takes ``+``, not
    ``_``)."""
    entry = data.draw(st.sampled_from(PATTERNS))
    valid = data.draw(st.from_regex(entry["regex"], fullmatch=True, alphabet=st.sampled_from(ASCII)))
    _agree(entry, valid)
    at = data.draw(st.integers(min_value=0, max_value=len(valid)))
    for char in ASCII:
        _agree(entry, valid[:at] + char + valid[at + 1 :])
        _agree(entry, valid[:at] + char + valid[at:])
    for char in "éو€𝄞\u0301\u00a0":  # outside ASCII: libxml2 decides
        _agree(entry, valid[:at] + char + valid[at:])


@settings(max_examples=150, deadline=None)
@given(
    entry=st.sampled_from(PATTERNS),
    value=st.text(st.sampled_from(ASCII), max_size=30) | st.lists(st.sampled_from(PIECES)).map("".join),
)
def test_ascii_values_are_decided_as_libxml2_decides(entry: dict, value: str) -> None:
    _agree(entry, value)


def test_enumerations_are_exact_strings() -> None:
    (authors,) = [entry for entry in TABLE["facets"] if entry.get("enumeration") == ["#ga", "#unxml"]]
    facet = Facet(authors)
    assert [facet.check(value) == VALID for value in ["#ga", "#unxml", "#ga ", " #ga", "ga", "#GA", ""]] == [
        True,
        True,
        False,
        False,
        False,
        False,
        False,
    ]


@pytest.mark.parametrize(
    "change",
    [
        ("an element whose value is a container's eId", "<xsd:element name='probe' type='containerId'/>"),
        (
            "a type derived from a container's eId",
            "<xsd:simpleType name='narrow'><xsd:restriction base='containerId'>"
            "<xsd:maxLength value='9'/></xsd:restriction></xsd:simpleType>"
            "<xsd:element name='probe'><xsd:complexType>"
            "<xsd:attribute name='eId' type='narrow'/></xsd:complexType></xsd:element>",
        ),
    ],
    ids=lambda change: change[0],
)
def test_the_derivation_refuses_a_facet_dropped_where_python_would_not_check_it(
    change: tuple[str, str], tmp_path: Path
) -> None:
    derive = _derive_module()
    xsd = profile_xsd_path()
    shutil.copy(xsd.with_name(xsd.stem + "-ext.xsd"), tmp_path)
    text = xsd.read_text(encoding="utf-8").replace("<!-- ===", change[1] + "<!-- ===", 1)
    (tmp_path / xsd.name).write_text(text, encoding="utf-8")
    with pytest.raises(SystemExit):
        derive.derive(tmp_path / xsd.name)


def test_the_lighter_copy_drops_exactly_the_facets_the_table_checks(tmp_path: Path) -> None:
    """Every attribute of every type keeps its facets but those the table lists, which lose
    theirs; every element's value keeps its own."""
    import xmlschema

    derive = _derive_module()
    xsd = profile_xsd_path()
    shutil.copy(xsd.with_name(xsd.stem + "-ext.xsd"), tmp_path)
    dropped = drop_checked_facets(etree.parse(str(xsd)), attribute_names.profile().facet_keys)
    dropped.write(str(tmp_path / xsd.name))
    full = derive.Walk(xmlschema.XMLSchema(str(xsd)))
    lighter = derive.Walk(xmlschema.XMLSchema(str(tmp_path / xsd.name)))
    checked = 0
    for number, (before, after) in enumerate(zip(full.attributes, lighter.attributes, strict=True)):
        values = TABLE["types"][number].get("values", {})
        for name, attribute in before.items():
            kept = facet_key(derive.facets_of(attribute.type))
            now = derive.facets_of(after[name].type)
            if name in values:
                assert kept is not None and now is None
                checked += 1
            else:
                assert derive.facets_of(attribute.type) == now
    assert checked == sum(len(entry.get("values", {})) for entry in TABLE["types"]) > 0
    assert [derive.facets_of(t) for t in full.element_values] == [
        derive.facets_of(t) for t in lighter.element_values
    ]


def test_a_pattern_schema_is_compiled_only_in_its_turn() -> None:
    """The one-pattern schemas of non-ASCII values are compiled while documents are checked,
    perhaps while a schema compiles in the background: they wait for its turn to end."""
    import threading

    from unxml.validate import attribute_values
    from unxml.validate.schemas import COMPILING

    pattern = "[a-z]+_turn"
    attribute_values._schema_of.cache_clear()
    finished = threading.Event()

    def check() -> None:
        attribute_values._accepted_by_libxml2(pattern, "é_turn")
        finished.set()

    with COMPILING:
        worker = threading.Thread(target=check)
        worker.start()
        assert not finished.wait(0.2)
    assert finished.wait(10)
    worker.join()
