"""unxml as a pre-commit hook: ``pre-commit try-repo`` this repository in a throwaway git repo.

pre-commit installs unxml (and lxml, pydantic, … from PyPI) into a fresh environment, which
takes about 45 s; deselect with ``-m "not slow"``. Skipped only when PyPI cannot be reached,
or when this checkout is not a git repository (pre-commit clones the hook repository).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"
PRE_COMMIT = Path(sys.executable).with_name("pre-commit")


def _pypi_reachable() -> bool:
    try:
        socket.create_connection(("pypi.org", 443), timeout=5).close()
    except OSError:
        return False
    return True


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (ROOT / ".git").exists(), reason="this checkout is not a git repository"),
    pytest.mark.skipif(
        not PRE_COMMIT.exists(), reason="pre-commit is not installed (pip install -e '.[test]')"
    ),
    pytest.mark.skipif(
        not _pypi_reachable(),
        reason="pypi.org:443 unreachable: pre-commit must pip-install unxml's dependencies",
    ),
]


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def try_repo(repo: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"}
    return subprocess.run(
        [str(PRE_COMMIT), "try-repo", str(ROOT), "unxml-validate-akn", "--all-files", "--color", "never"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def problem_lines(output: str, name: str) -> list[str]:
    """Output lines reporting problems (not notes) in the file ``name``."""
    return [line for line in output.splitlines() if line.startswith(name + ":") and " UNX00" not in line]


def test_the_hook_fails_invalid_files_and_passes_valid_ones(tmp_path: Path) -> None:
    repo = tmp_path / "archive"
    repo.mkdir()
    git(repo, "init", "-q")
    shutil.copy(DATA / "validate" / "A_RES_56_121.xml", repo / "A_RES_56_121.xml")
    shutil.copy(DATA / "un-validate" / "GA_A-RES-77-118_eng_XSD-INVALID.xml", repo / "invalid.xml")
    (repo / "notes.txt").write_text("not XML: the hook must not look at it\n")
    git(repo, "add", ".")

    result = try_repo(repo, tmp_path / "pre-commit-home")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "unxml validate (plain Akoma Ntoso)" in result.stdout and "Failed" in result.stdout
    assert "invalid.xml:472: UNX010 Element 'preamble'" in result.stdout
    assert problem_lines(result.stdout, "A_RES_56_121.xml") == []
    assert "notes.txt" not in result.stdout
