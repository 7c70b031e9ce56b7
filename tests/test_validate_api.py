"""unxml.validate.validate(): stages, codes, options and the report."""

from __future__ import annotations

from pathlib import Path

import pytest

import unxml
from unxml.validate import Report, validate
from unxml.validate.schemas import profile_xsd_path

DATA = Path(__file__).parent / "data"
FIXTURE = DATA / "validate" / "A_RES_56_121.xml"
INVALID = DATA / "un-validate" / "GA_A-RES-77-118_eng_XSD-INVALID.xml"

needs_profile = pytest.mark.skipif(
    not profile_xsd_path().is_file(),
    reason="profile schema schemas/unxml-akn4un-1.0.xsd not in this branch yet (written in the akn branch)",
)


def problems(report: Report) -> list[tuple[str, int | None]]:
    return [(f.code, f.line) for f in report.findings if f.severity != "info"]


def test_our_fixture_is_valid_against_oasis_and_every_rule() -> None:
    report = validate(FIXTURE, profile=False)
    assert report.valid
    assert problems(report) == []
    assert report.checks == ["wellformed", "oasis", "rules"]


def test_the_facade_validates_bytes() -> None:
    report = unxml.validate(FIXTURE.read_bytes(), profile=False)
    assert report.file == "<bytes>"
    assert report.valid


def test_not_well_formed_xml_is_reported_with_its_line() -> None:
    report = validate(b"<akomaNtoso>\n<statement>\n</akomaNtoso>")
    assert [(f.code, f.line) for f in report.findings] == [("UNX002", 3)]
    assert not report.valid
    assert report.checks == ["wellformed"]


def test_a_doctype_is_refused_before_parsing() -> None:
    xxe = b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<x>&e;</x>'
    (finding,) = validate(xxe).findings
    assert (finding.code, finding.line) == ("UNX003", 2)
    assert "passwd" not in finding.message


def test_an_unreadable_file_is_reported(tmp_path: Path) -> None:
    report = validate(tmp_path / "missing.xml")
    assert [f.code for f in report.findings] == ["UNX001"]
    assert report.checks == []


def test_oasis_errors_carry_line_location_and_short_names() -> None:
    report = validate(INVALID, profile=False, select=["UNX010"])
    (finding,) = report.findings
    assert finding.line == 472
    assert finding.location == "/akomaNtoso/statement/preamble[2]"
    assert "Element 'preamble': This element is not expected" in finding.message


def test_select_and_ignore_take_prefixes() -> None:
    everything = {f.code for f in validate(INVALID, profile=False).findings}
    assert {"UNX010", "UNX132", "UNX141"} <= everything
    rules_only = {f.code for f in validate(INVALID, profile=False, select=["UNX1"]).findings}
    assert rules_only == {c for c in everything if c.startswith("UNX1")}
    without = {f.code for f in validate(INVALID, profile=False, ignore=["UNX13", "UNX010"]).findings}
    assert without == {c for c in everything if not c.startswith(("UNX13", "UNX010"))}


def test_selecting_only_rules_skips_the_schemas() -> None:
    assert validate(INVALID, select=["UNX1"]).checks == ["wellformed", "rules"]


def test_max_errors_stops_early_and_says_so() -> None:
    full = validate(INVALID, profile=False)
    capped = validate(INVALID, profile=False, max_errors=2)
    assert len(problems(full)) > 2
    assert len(problems(capped)) == 2
    assert capped.truncated and not full.truncated
    assert capped.findings == full.findings[: len(capped.findings)]


def test_report_as_dict_is_the_documented_shape() -> None:
    data = validate(INVALID, profile=False, max_errors=1).to_dict()
    assert set(data) == {"file", "valid", "checks", "truncated", "findings"}
    assert data["findings"][0] == {
        "code": "UNX010",
        "severity": "error",
        "message": data["findings"][0]["message"],
        "file": str(INVALID),
        "line": 472,
        "location": "/akomaNtoso/statement/preamble[2]",
    }


def test_profile_false_skips_the_profile_check() -> None:
    report = validate(FIXTURE, profile=False)
    assert "profile" not in report.checks
    assert not [f for f in report.findings if f.code.startswith("UNX02")]


def test_a_missing_profile_schema_is_a_note_not_a_failure(monkeypatch, tmp_path) -> None:
    # As in an install without the schema: its path names no file, and no copy of it is
    # compiled yet in this process (the OASIS schema's compiled copies are kept).
    from unxml.validate import engine, schemas

    monkeypatch.setattr(schemas, "profile_xsd_path", lambda: tmp_path / "missing.xsd")
    kept = {kind: loader for kind, loader in engine._SCHEMAS.items() if kind.startswith("oasis")}
    monkeypatch.setattr(engine, "_SCHEMAS", kept)
    report = validate(FIXTURE)
    assert [(f.code, f.severity) for f in report.findings if f.code.startswith("UNX02")] == [
        ("UNX021", "info")
    ]
    assert report.valid


@needs_profile
def test_our_fixture_is_valid_against_the_profile() -> None:
    report = validate(FIXTURE, select=["UNX02"])
    assert "profile" in report.checks
    assert report.findings == []


@needs_profile
def test_the_un_file_breaks_the_profile_but_not_with_profile_off() -> None:
    assert "UNX020" in {f.code for f in validate(INVALID, select=["UNX02"]).findings}
    assert validate(INVALID, profile=False, select=["UNX02"]).findings == []
