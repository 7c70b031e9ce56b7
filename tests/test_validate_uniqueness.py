"""The schemas without their uniqueness constraints, used where those cannot add anything,
give the findings of the full schemas (``unxml.validate.uniqueness``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from unxml import xmlsafe
from unxml.validate import stages
from unxml.validate.attribute_names import profile
from unxml.validate.engine import Validator, _Collector, _schema
from unxml.validate.location import AKN_NS, Locations
from unxml.validate.report import Report
from unxml.validate.rules.base import Document
from unxml.validate.schemas import oasis_xsd_path, profile_xsd_path
from unxml.validate.uniqueness import OPEN_CONTENT, constraints_add_nothing, eids_distinct

DATA = Path(__file__).parent / "data"
FILES = sorted(
    [
        *(DATA / "un-validate").glob("*.xml"),
        *(DATA / "validate").glob("*.xml"),
        *(DATA / "un-corpus-en").glob("*.xml"),
    ]
)
A = "{" + AKN_NS + "}"


@pytest.fixture(autouse=True)
def _every_schema_compiled() -> None:
    """The engine takes a lighter copy only once it is compiled (before that, the full schema,
    which gives the same findings): wait for all of them, so that the copies are what runs."""
    for kind in ("oasis", "oasis without unique", "profile", "profile without unique, any attribute"):
        _schema(kind)


def _findings(data: bytes, route: Callable) -> list:
    tree = xmlsafe.parse_bytes(data)
    document = Document(tree, lambda lang: None, profile().safe)
    collect = _Collector(Report("x"), lambda code: True, None)
    route(document, collect, Locations(tree))
    return collect.report.findings


def _full(document: Document, collect: _Collector, locations: Locations) -> None:
    Validator._schema_findings(_schema("oasis"), document.tree, stages.OASIS, collect, locations)


def _same_as_full_schema(data: bytes) -> None:
    assert _findings(data, Validator._oasis_findings) == _findings(data, _full)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_the_uns_files_get_the_full_schemas_findings(path: Path) -> None:
    _same_as_full_schema(path.read_bytes())


def _edited(edit: Callable[[etree._Element], None]) -> bytes:
    root = etree.parse(str(DATA / "validate" / "A_RES_56_121.xml")).getroot()
    edit(root)
    return etree.tostring(root, encoding="UTF-8")


def _paragraphs(root: etree._Element) -> list[etree._Element]:
    return list(root.iter(A + "paragraph"))


def _duplicate_eid(root: etree._Element) -> None:
    first, second = _paragraphs(root)[:2]
    second.set("eId", first.get("eId"))


def _eids_alike_but_for_spaces(root: etree._Element) -> None:
    first, second = _paragraphs(root)[:2]
    second.set("eId", first.get("eId") + " ")


def _duplicate_guid(root: etree._Element) -> None:
    for paragraph in _paragraphs(root)[:2]:
        paragraph.set("GUID", "same")


def _foreign_element_with_eid(root: etree._Element) -> None:
    proprietary = next(root.iter(A + "proprietary"), None)
    if proprietary is None:
        proprietary = etree.SubElement(next(root.iter(A + "meta")), A + "proprietary", source="#unxml")
    etree.SubElement(proprietary, "{urn:example}note", eId="note_x")


def _akn_element_below_a_foreign_one(root: etree._Element) -> None:
    proprietary = next(root.iter(A + "proprietary"), None)
    if proprietary is None:
        proprietary = etree.SubElement(next(root.iter(A + "meta")), A + "proprietary", source="#unxml")
    holder = etree.SubElement(proprietary, "{urn:example}holder")
    etree.SubElement(holder, A + "p", eId="p_1")


def _namespace_declared_below_the_root(root: etree._Element) -> None:
    paragraph = _paragraphs(root)[0]
    paragraph.append(etree.Element("{urn:example}mark", nsmap={None: "urn:example"}, eId="mark_1"))


@pytest.mark.parametrize(
    "edit",
    [
        _duplicate_eid,
        _eids_alike_but_for_spaces,
        _duplicate_guid,
        _foreign_element_with_eid,
        _akn_element_below_a_foreign_one,
        _namespace_declared_below_the_root,
    ],
)
def test_documents_the_constraints_speak_about_get_the_full_schemas_findings(edit) -> None:
    data = _edited(edit)
    assert not _lighter_schema_will_do(data)
    _same_as_full_schema(data)


def _lighter_schema_will_do(data: bytes) -> bool:
    tree = xmlsafe.parse_bytes(data)
    document = Document(tree, lambda lang: None)
    return constraints_add_nothing(document) and _schema("oasis without unique").validate(tree)


def test_a_plain_valid_file_takes_the_lighter_schema() -> None:
    assert _lighter_schema_will_do((DATA / "validate" / "A_RES_56_121.xml").read_bytes())


def test_the_open_content_elements_are_the_schemas() -> None:
    """Those whose type (named, derived from a named one, or their own) holds an ``xsd:any``."""
    xsd = "{http://www.w3.org/2001/XMLSchema}"
    schema = etree.parse(str(oasis_xsd_path())).getroot()
    types = {t.get("name"): t for t in schema.iterchildren(xsd + "complexType")}
    open_types = {name for name, t in types.items() if next(t.iter(xsd + "any"), None) is not None}
    grown = True
    while grown:
        derived = {
            name
            for name, t in types.items()
            if any(d.get("base") in open_types for d in t.iter(xsd + "extension", xsd + "restriction"))
        }
        grown = not derived <= open_types
        open_types |= derived
    names = set()
    for element in schema.iter(xsd + "element"):
        own = element.get("type") is None and (
            next(element.iter(xsd + "any"), None) is not None
            or any(d.get("base") in open_types for d in element.iter(xsd + "extension", xsd + "restriction"))
        )
        if element.get("name") and (element.get("type") in open_types or own):
            names.add(A + element.get("name"))
    assert names == set(OPEN_CONTENT)


XSD = "{http://www.w3.org/2001/XMLSchema}"


def test_the_profile_has_one_uniqueness_constraint_and_no_open_content() -> None:
    """What makes the profile's lighter copy safe (``unxml.validate.uniqueness``): its one
    constraint is on eIds, and nothing in it escapes validation, so libxml2's warning about an
    eId it did not validate always follows an error of its own."""
    schemas = [etree.parse(str(path)).getroot() for path in profile_xsd_path().parent.glob("*.xsd")]
    uniques = [u for schema in schemas for u in schema.iter(XSD + "unique", XSD + "key")]
    assert [(u.find(XSD + "selector").get("xpath"), u.find(XSD + "field").get("xpath")) for u in uniques] == [
        (".//*", "@eId")
    ]
    for schema in schemas:
        assert next(schema.iter(XSD + "any", XSD + "anyAttribute"), None) is None
        assert not [e for e in schema.iter() if "anyType" in (e.get("type") or e.get("base") or "")]


def _engine_profile(data: bytes) -> Callable:
    """The profile's findings as the engine gets them for ``data``."""

    def route(document: Document, collect: _Collector, locations: Locations) -> None:
        Validator._profile_findings(document, collect, locations, data)

    return route


def _full_profile(document: Document, collect: _Collector, locations: Locations) -> None:
    Validator._schema_findings(_schema("profile"), document.tree, stages.PROFILE, collect, locations)


def _without_the_warning(findings: list) -> list:
    return [f for f in findings if "No precomputed value" not in f.message]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_the_profile_findings_are_the_full_profiles_but_the_warning(path: Path) -> None:
    data = path.read_bytes()
    assert _findings(data, _engine_profile(data)) == _without_the_warning(_findings(data, _full_profile))


def test_the_uns_eids_off_the_pattern_are_reported_once_not_again_as_a_warning() -> None:
    data = (DATA / "un-corpus-en" / "A_RES_78_10.xml").read_bytes()
    full = [f.message for f in _findings(data, _full_profile)]
    messages = [f.message for f in _findings(data, _engine_profile(data))]
    assert any("No precomputed value" in m for m in full)
    assert not any("No precomputed value" in m for m in messages)
    assert any("'container', attribute 'eId': [facet 'pattern']" in m for m in messages)


def test_duplicate_eids_take_the_full_profile_which_reports_them() -> None:
    data = _edited(_duplicate_eid)
    assert not eids_distinct(Document(xmlsafe.parse_bytes(data), lambda lang: None))
    findings = _findings(data, _engine_profile(data))
    assert findings == _without_the_warning(_findings(data, _full_profile))
    assert any("Duplicate key-sequence" in f.message for f in findings)


def test_eids_alike_but_for_spaces_are_distinct_and_reported_as_off_the_pattern() -> None:
    """As strings the eIds differ, so the lighter profile is used; the full one would find no
    duplicate either: the spaced eId breaks its pattern, and has no value to compare."""
    data = _edited(_eids_alike_but_for_spaces)
    assert eids_distinct(Document(xmlsafe.parse_bytes(data), lambda lang: None))
    findings = _findings(data, _engine_profile(data))
    assert findings == _without_the_warning(_findings(data, _full_profile))
    assert any("[facet 'pattern']" in f.message and "eId" in f.message for f in findings)


def test_a_copy_being_compiled_is_not_waited_for() -> None:
    """Until the lighter copy is compiled, documents take the full schema (same findings)."""
    import threading

    from unxml.validate.engine import _Background

    release = threading.Event()
    slow = _Background(lambda: release.wait(5) and "compiled")
    assert not slow.done()
    release.set()
    assert slow.get() == "compiled"
    assert slow.done()


def test_schemas_are_compiled_one_at_a_time() -> None:
    """libxml2 fails now and then when two schemas are compiled at once: compilations in the
    background take turns."""
    import threading
    import time

    from unxml.validate.engine import _Background, _one_at_a_time

    running, most = [0], [0]
    lock = threading.Lock()

    def compile_() -> str:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.02)
        with lock:
            running[0] -= 1
        return "compiled"

    started = [_Background(_one_at_a_time(compile_)) for _ in range(4)]
    assert [job.get() for job in started] == ["compiled"] * 4
    assert most[0] == 1
