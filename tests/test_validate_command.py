"""``unxml validate PATH...``: paths, output formats and exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from lxml import etree

from unxml.cli import main

DATA = Path(__file__).parent / "data"
GOOD = DATA / "validate" / "A_RES_56_121.xml"
BAD = DATA / "un-validate" / "GA_A-RES-77-118_eng_XSD-INVALID.xml"
QUICK = ["--profile", "none", "--select", "UNX0,UNX10,UNX12"]  # schema + a few rules: fast, stable


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """good.xml, sub/bad.xml, sub/notes.txt and a broken file."""
    shutil.copy(GOOD, tmp_path / "good.xml")
    (tmp_path / "sub").mkdir()
    shutil.copy(BAD, tmp_path / "sub" / "bad.xml")
    (tmp_path / "sub" / "notes.txt").write_text("not XML, not checked")
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["validate", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_valid_file_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *QUICK, str(GOOD))
    assert code == 0
    assert out == "1 file checked: all valid (0 errors, 0 warnings, 0 notes)\n"


def test_text_output_is_file_line_code_message(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *QUICK, str(BAD))
    assert code == 1
    first = out.splitlines()[0]
    assert first.startswith(f"{BAD}:472: UNX010 Element 'preamble': This element is not expected.")
    assert first.endswith("[/akomaNtoso/statement/preamble[2]]")
    assert "\x1b[" not in out  # no colour when not on a terminal
    assert out.splitlines()[-1].startswith("1 file checked: 1 with problems (")


def test_directories_are_searched_for_xml_files(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *QUICK, "--format", "json", str(tree))
    files = [r["file"] for r in json.loads(out)["files"]]
    assert files == [str(tree / "good.xml"), str(tree / "sub" / "bad.xml")]
    assert code == 1


def test_globs_are_expanded(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *QUICK, "--format", "json", str(tree / "**" / "b*.xml"))
    assert code == 1
    assert [r["file"] for r in json.loads(out)["files"]] == [str(tree / "sub" / "bad.xml")]


def test_json_output_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *QUICK, "--format", "json", str(GOOD), str(BAD))
    assert code == 1
    data = json.loads(out)
    assert data["version"] == 1
    assert data["summary"] == {
        "files": 2,
        "failed": 1,
        "errors": data["summary"]["errors"],
        "warnings": 0,
        "infos": 0,
        "truncated": False,
    }
    good, bad = data["files"]
    assert (good["valid"], good["failed"], good["findings"]) == (True, False, [])
    assert bad["findings"][0]["code"] == "UNX010" and bad["findings"][0]["line"] == 472
    assert data["summary"]["errors"] == len(bad["findings"])


def test_junit_has_one_testcase_per_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *QUICK, "--format", "junit", str(GOOD), str(BAD))
    assert code == 1
    suites = etree.fromstring(out.encode())
    (suite,) = suites
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [str(GOOD), str(BAD)]
    assert cases[0].find("failure") is None
    failure = cases[1].find("failure")
    assert "UNX010" in failure.get("type")
    assert "line 472: UNX010 [error]" in failure.text
    assert (suite.get("tests"), suite.get("failures")) == ("2", "1")


def test_github_annotations(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    odd = tmp_path / "a,b:c.xml"
    odd.write_bytes(b"<x>\n</y>")
    code, out, _ = run(capsys, "--format", "github", str(BAD), str(odd))
    lines = out.splitlines()
    assert lines[0].startswith(f"::error file={BAD},line=472,title=UNX010::Element 'preamble'")
    assert any(line.startswith("::warning file=") and "title=UNX132::" in line for line in lines)
    escaped = str(odd).replace(":", "%3A").replace(",", "%2C")
    assert f"::error file={escaped},line=2,title=UNX002::not well-formed XML" in out
    assert code == 1


def test_select_ignore_and_fail_on(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--profile", "none", "--select", "UNX13", str(BAD))[0] == 1
    code, out, _ = run(capsys, "--profile", "none", "--select", "UNX13", "--ignore", "UNX131", str(BAD))
    assert "UNX132" in out and "UNX131" not in out
    code, _, _ = run(capsys, "--profile", "none", "--select", "UNX132", "--fail-on", "error", str(BAD))
    assert code == 0  # only warnings, and only errors fail


def test_max_errors_stops_the_run(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "--profile", "none", "--max-errors", "3", "--format", "json", str(BAD), str(GOOD)
    )
    data = json.loads(out)
    assert len(data["files"]) == 1
    assert len(data["files"][0]["findings"]) == 3
    assert data["summary"]["truncated"] is True
    assert code == 1


def test_unreadable_or_missing_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *QUICK, str(GOOD), str(tmp_path / "missing.xml"))
    assert code == 2
    assert "UNX001 cannot read file" in out
    code, _, err = run(capsys, *QUICK, str(tmp_path / "*.xml"))
    assert code == 2 and "no XML files" in err


@pytest.mark.parametrize(
    "args", [[], ["--format", "yaml", "x.xml"], ["--max-errors", "0", "x.xml"], ["--select", ",", "x.xml"]]
)
def test_usage_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, *args)[0] == 2


def test_list_rules_names_every_code(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--list-rules")
    codes = [line.split()[0] for line in out.splitlines()]
    assert code == 0
    assert codes == sorted(codes)
    assert {"UNX001", "UNX010", "UNX020", "UNX101", "UNX171"} <= set(codes)


def test_every_code_is_documented_in_rules_md() -> None:
    from unxml.validate.command import catalogue

    docs = (Path(__file__).parents[1] / "docs" / "rules.md").read_text(encoding="utf-8")
    missing = [code for code in catalogue() if f"## {code}" not in docs]
    assert missing == []
