"""``unxml convert``: files, directories, stdin; bad files reported; atomic output; exit codes."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from unxml.cli import main

SAMPLES = Path(__file__).parent.parent / "samples"
SEED = SAMPLES / "A_RES_56_121.en.txt"


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_bytes(SEED.read_bytes())
    (folder / "bad.txt").write_text("Minutes of the Bureau.\n", encoding="utf-8")
    (folder / "notes.md").write_text("not an input", encoding="utf-8")
    return folder


def test_one_file_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(SEED)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("<?xml") and "A/RES/56/121" in out
    assert err == ""


def test_stdin_to_stdout(monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes()), encoding="utf-8"))
    assert main(["convert", "-", "--lang", "en"]) == 0
    assert b'<docNumber refersTo="#symbol">A/RES/56/121</docNumber>' in capsysbinary.readouterr().out


def test_directory_with_a_bad_file_goes_on_and_exits_1(
    inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "out"
    assert main(["convert", str(inputs), "--out-dir", str(out_dir)]) == 1
    assert sorted(p.name for p in out_dir.iterdir()) == ["good.xml"]
    err = capsys.readouterr().err
    assert "bad.txt: no resolution number found" in err and "hint:" in err
    assert "1 of 2 converted" in err
    assert "\r[" not in err  # no progress bar when stderr is not a terminal


def test_several_inputs_need_an_output_directory(inputs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(inputs / "good.txt"), str(inputs / "bad.txt")]) == 2
    assert "--out-dir" in capsys.readouterr().err


def test_unreadable_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "latin1.txt").write_bytes("Résolution".encode("latin-1"))
    assert (
        main(
            [
                "convert",
                str(tmp_path / "missing.txt"),
                str(tmp_path / "latin1.txt"),
                "--out-dir",
                str(tmp_path),
            ]
        )
        == 2
    )
    err = capsys.readouterr().err
    assert (
        "missing.txt: error: cannot read" in err and "latin1.txt: error: cannot read: not UTF-8 text" in err
    )


def test_output_file_is_replaced_only_by_a_complete_conversion(inputs: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.xml"
    target.write_text("previous", encoding="utf-8")
    assert main(["convert", str(inputs / "bad.txt"), "-o", str(target)]) == 1
    assert target.read_text(encoding="utf-8") == "previous"
    assert main(["convert", str(inputs / "good.txt"), "-o", str(target)]) == 0
    assert target.read_bytes().startswith(b"<?xml")
    assert sorted(os.listdir(tmp_path)) == ["in", "out.xml"]  # no temporary file left


def test_a_failed_write_leaves_no_partial_file(
    inputs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.xml"
    target.write_text("previous", encoding="utf-8")

    def fail(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    assert main(["convert", str(inputs / "good.txt"), "-o", str(target)]) == 2
    assert target.read_text(encoding="utf-8") == "previous"
    assert sorted(os.listdir(tmp_path)) == ["in", "out.xml"]
    assert "No space left on device" in capsys.readouterr().err


def test_warnings_name_the_file_and_the_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "odd.txt"
    source.write_text(SEED.read_text(encoding="utf-8").replace("*Invites*", "*Beseeches*"), encoding="utf-8")
    assert main(["convert", str(source), "-o", str(tmp_path / "odd.xml")]) == 0
    assert f"{source}: warning: operative paragraph 1.: verb not in the lexicon" in capsys.readouterr().err


def test_empty_directory_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(tmp_path), "--out-dir", str(tmp_path / "out")]) == 2
    assert "no *.txt files" in capsys.readouterr().err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_only(
    inputs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    (inputs / "bad.txt").unlink()
    (inputs / "again.txt").write_bytes(SEED.read_bytes())
    assert main(["convert", str(inputs), "--out-dir", str(tmp_path / "out")]) == 0
    shown = terminal.getvalue()
    assert "\r[" in shown and "0/2" in shown and "1/2" in shown
    assert shown.rstrip().endswith("2 of 2 converted")
