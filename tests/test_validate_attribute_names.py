"""The lighter profile with attribute names checked in Python gives the full profile's findings,
in its order (``unxml.validate.attribute_names``), on real files and on edited ones."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from unxml import xmlsafe
from unxml.validate import attribute_names, stages
from unxml.validate.attribute_values import LONGEST
from unxml.validate.engine import Validator, _Collector, _schema
from unxml.validate.location import AKN_NS, Locations
from unxml.validate.report import Report
from unxml.validate.rules.base import Document
from unxml.validate.uniqueness import eids_distinct

ROOT = Path(__file__).parents[1]
DATA = Path(__file__).parent / "data"
FILES = sorted(
    [
        *(DATA / "un-validate").glob("*.xml"),
        *(DATA / "validate").glob("*.xml"),
        *(DATA / "un-corpus-en").glob("*.xml"),
        *(ROOT / "samples").glob("*.xml"),
    ]
)
A = "{" + AKN_NS + "}"
XML = "{http://www.w3.org/XML/1998/namespace}"
LIGHTER = "profile without unique, any attribute"


@pytest.fixture(autouse=True)
def _every_schema_compiled() -> None:
    for kind in ("profile", LIGHTER):
        _schema(kind)


def _profile_findings(data: bytes, monkeypatch: pytest.MonkeyPatch | None = None) -> tuple[list, bool]:
    """The engine's profile findings for ``data``, and whether the lighter copy gave them."""
    merged = []
    real_merge = attribute_names.merge

    def spy(*args: object) -> object:
        result = real_merge(*args)  # type: ignore[arg-type]
        merged.append(result is not None)
        return result

    tree = xmlsafe.parse_bytes(data)
    document = Document(tree, lambda lang: None, attribute_names.profile().safe)
    collect = _Collector(Report("x"), lambda code: True, None)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(attribute_names, "merge", spy)
        Validator._profile_findings(document, collect, Locations(tree), data)
    return collect.report.findings, any(merged)


def _full_profile_findings(data: bytes) -> list:
    tree = xmlsafe.parse_bytes(data)
    collect = _Collector(Report("x"), lambda code: True, None)
    Validator._schema_findings(
        _schema("profile"), tree, stages.PROFILE, collect, Locations(tree), leave_out="No precomputed value"
    )
    return collect.report.findings


def test_the_committed_table_is_the_one_the_schema_gives() -> None:
    spec = importlib.util.spec_from_file_location("derive", ROOT / "scripts" / "derive_profile_attributes.py")
    assert spec is not None and spec.loader is not None
    derive = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(derive)
    import json

    from unxml.validate.schemas import profile_xsd_path

    assert json.loads(attribute_names.TABLE_PATH.read_text(encoding="utf-8")) == derive.derive(
        profile_xsd_path()
    )


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_real_files_get_the_full_profiles_findings_from_the_lighter_copy(path: Path) -> None:
    data = path.read_bytes()
    findings, lighter = _profile_findings(data)
    assert findings == _full_profile_findings(data)
    # Files with an eId used twice take the full profile, which reports it.
    distinct = eids_distinct(Document(xmlsafe.parse_bytes(data), lambda lang: None))
    assert lighter == distinct


def test_the_uns_word_styles_and_xml_space_are_reported_as_the_full_profile_reports_them() -> None:
    data = (DATA / "un-corpus-en" / "A_RES_78_10.xml").read_bytes()
    messages = [f.message for f in _profile_findings(data)[0]]
    assert any("'p', attribute 'xml:space': The attribute 'xml:space' is not allowed." in m for m in messages)
    assert any("'paragraph', attribute 'class'" in m and "more like it" in m for m in messages)


def test_the_lighter_copy_accepts_any_attribute_name_but_checks_declared_values() -> None:
    """…but for the values the table leaves to Python (a container's eId)."""
    lighter = _schema(LIGHTER)
    sample = etree.parse(str(ROOT / "samples" / "A_RES_56_121.en.xml"))
    container = next(sample.iter(A + "container"))
    container.set("class", "SingleTxt")
    container.set(XML + "space", "preserve")
    container.set("eId", "not an eId")
    assert lighter.validate(sample)
    next(sample.iter(A + "paragraph")).set("eId", "not an eId")
    assert not lighter.validate(sample)
    assert "}paragraph', attribute 'eId'" in str(lighter.error_log.last_error)


def test_a_document_outside_the_model_gets_the_full_profile() -> None:
    """``xsi:type`` changes what an element may hold; an AKN namespace bound to a prefix makes
    libxml2 name elements in its node paths: both go to the full profile."""
    data = (ROOT / "samples" / "A_RES_56_121.en.xml").read_bytes()
    typed = data.replace(
        b"<container ",
        b'<container xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="x" ',
        1,
    )
    findings, lighter = _profile_findings(typed)
    assert not lighter and findings == _full_profile_findings(typed)
    prefixed = data.replace(b"<akomaNtoso ", b'<akomaNtoso xmlns:akn="' + AKN_NS.encode() + b'" ', 1)
    assert not attribute_names.checkable(prefixed, xmlsafe.parse_bytes(prefixed).getroot())
    assert attribute_names.checkable(data, xmlsafe.parse_bytes(data).getroot())


def _checked_names() -> dict[str, set[str]]:
    """By tag, the attributes whose values some type of the tag has checked in Python."""
    found: dict[str, set[str]] = {}
    kinds, seen = list(attribute_names.profile().roots.values()), set()
    while kinds:
        kind = kinds.pop()
        if id(kind) not in seen:
            seen.add(id(kind))
            for tag, child in kind.children.items():
                if child.values:
                    found.setdefault(tag, set()).update(child.values)
                kinds.append(child)
    return found


# Edits that change what the profile reports: attributes it may or may not allow, elements
# it does not expect (which make libxml2 skip them and their later siblings), text where only
# elements may stand, required attributes removed, values of the attributes whose facets are
# checked in Python (``unxml.validate.attribute_values``) set to strings valid, invalid, odd.
NAMES = st.sampled_from(
    [
        "class",
        XML + "space",
        XML + "lang",
        "eId",
        "refersTo",
        "name",
        "title",
        "date",
        "href",
        "as",
        "value",
        "zzz",
        "{http://www.w3.org/2001/XMLSchema-instance}schemaLocation",
        "{http://un.org/akn4un}note",
    ]
)
CHECKED = _checked_names()
VALID_VALUES = [
    "preamble__container_1",
    "cmp_B__preamble__container_12",
    "para_1__list_1",
    "para_3__list_1__point_a",
    "para_3__list_1__point_iv-2",
    "para_1__list_1__point_و",
    "#ga",
    "#unxml",
    "#author",
    "#editor",
    "/akn/un/statement/deliberation/unga/2001-12-19/56-121/!main",
    "/akn/un/statement/deliberation/unga/2001-12-19/56-121",
    "/akn/un/statement/deliberation/unga/2001-12-19/56-121/eng@/!main.xml",
    "88",
    "preamble__container_" + "1" * LONGEST,
]
ODD_VALUES = [
    "container_2",
    "ga",
    "#ga ",
    " #ga",
    "",
    " ",
    "para_1__list_1__point_a_b",
    "para_1__list_1__point_+",
    "para_21_list_point_و",
    "第45次",
    "45-е",
    "0",
    "1000",
    "a'b",
    "a\tb\nc\rd",
    "%s%n",
    "x" * LONGEST,
    "x" * (LONGEST + 1),
]
_AFFIXES = ["", " ", "\t", "\n", "\r", "'", "_", "+", "-", "x", "é", "و", "𝄞", "\u0301"]


def _xml_char(char: str) -> bool:
    code = ord(char)
    return char in "\t\n\r" or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or code >= 0x10000


VALUES = st.one_of(
    st.sampled_from(["preserve", "SingleTxt", "para_1", "#x", "2001-12-19", "bad value"]),
    st.sampled_from(VALID_VALUES + ODD_VALUES),
    st.tuples(st.sampled_from(VALID_VALUES), st.sampled_from(_AFFIXES), st.booleans()).map(
        lambda parts: parts[1] + parts[0] if parts[2] else parts[0] + parts[1]
    ),
    st.text(st.characters(codec="utf-8").filter(_xml_char), max_size=8),
)
EDIT = st.tuples(
    st.sampled_from(["set", "set", "set", "value", "value", "delete", "unexpected", "text", "move"]),
    st.integers(min_value=0, max_value=10**6),
    NAMES,
    VALUES,
)
EDITED_FILES = [path for path in FILES if path.stat().st_size < 200_000]


def _edit(data: bytes, edits: list[tuple[str, int, str, str]]) -> bytes:
    root = etree.fromstring(data)
    elements = list(root.iter(etree.Element))[1:]
    for action, pick, name, value in edits:
        element = elements[pick % len(elements)]
        parent = element.getparent()
        if action == "set":
            element.set(name, value)
        elif action == "value":
            checked = [e for e in elements if e.tag in CHECKED]
            element = checked[pick % len(checked)] if checked else element
            names = sorted(CHECKED.get(element.tag, {name}))
            element.set(names[pick % len(names)], value)
        elif action == "delete" and element.keys():
            del element.attrib[element.keys()[pick % len(element.keys())]]
        elif action == "unexpected" and parent is not None:
            intruder = etree.Element(A + "zzz" if pick % 2 else A + "p", {name: value})
            parent.insert(parent.index(element), intruder)
        elif action == "text":
            element.text = (element.text or "") + " words"
        elif action == "move" and parent is not None and parent.getparent() is not None:
            parent.addnext(element)
    return etree.tostring(root, encoding="utf-8", xml_declaration=True)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(path=st.sampled_from(EDITED_FILES), edits=st.lists(EDIT, min_size=1, max_size=6))
def test_edited_files_get_the_full_profiles_findings(path: Path, edits: list) -> None:
    data = _edit(path.read_bytes(), edits)
    assert _profile_findings(data)[0] == _full_profile_findings(data)


def _container_edit(change: str) -> bytes:
    """The sample with its first container (and the paragraph in it) edited."""
    root = etree.fromstring((ROOT / "samples" / "A_RES_56_121.en.xml").read_bytes())
    container = next(root.iter(A + "container"))
    paragraph = container[0]
    if change == "names, a value and a required one":
        # libxml2's order on one element: the declared attributes' values, the names it does
        # not allow (in the element's order), the required ones missing.
        del container.attrib["name"]
        container.set("zzz", "1")
        container.set("eId", "not an eId")
        container.set("class", "SingleTxt")
    elif change == "a fixed value among names not allowed":
        # A fixed value's error comes in the element's order with the names not allowed.
        container.attrib.clear()
        container.set("class", "SingleTxt")
        container.set("name", "Recalling")
        container.set("eId", "preamble__container_1")
        formula = root.find(f".//{A}formula")
        formula.attrib.clear()
        formula.set("class", "x")
        formula.set("name", "notTheFixedValue")
        formula.set("zzz", "1")
    elif change == "text before the paragraph":
        container.text = "words"
        paragraph.set("class", "SingleTxt")
    elif change == "text after the paragraph":
        paragraph.tail = "words"
        paragraph.set("class", "SingleTxt")
        container.set("class", "SingleTxt")
    elif change == "a paragraph not expected":
        container.append(etree.Element(A + "p", {"class": "x"}))
        container.getnext().set("class", "SingleTxt")
    return etree.tostring(root, encoding="utf-8")


@pytest.mark.parametrize(
    "change",
    [
        "names, a value and a required one",
        "a fixed value among names not allowed",
        "text before the paragraph",
        "text after the paragraph",
        "a paragraph not expected",
    ],
)
def test_findings_on_one_element_and_around_its_text_come_in_libxml2s_order(change: str) -> None:
    data = _container_edit(change)
    findings, lighter = _profile_findings(data)
    assert lighter
    assert [f.message for f in findings] == [f.message for f in _full_profile_findings(data)]
    assert len(findings) >= 2
