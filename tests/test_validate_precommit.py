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
    pytest.mark.skipif(not PRE_COMMIT.exists(), reason="pre-commit is not installed (pip install -e '.[test]')"),
    pytest.mark.skipif(
        not _pypi_reachable(),
        reason="pypi.org:443 unreachable: pre-commit must pip-install unxml's dependencies into its environment",
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


def test_the_hook_passes_valid_files_and_fails_invalid_ones(tmp_path: Path) -> None:
    repo = tmp_path / "archive"
    repo.mkdir()
    git(repo, "init", "-q")
    shutil.copy(DATA / "validate" / "A_RES_56_121.xml", repo / "A_RES_56_121.xml")
    (repo / "notes.txt").write_text("not XML: the hook must not look at it\n")
    git(repo, "add", ".")
    git(repo, "-c", "user.email=ci@example.org", "-c", "user.name=ci", "commit", "-qm", "valid")
    home = tmp_path / "pre-commit-home"

    passed = try_repo(repo, home)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "unxml validate (plain Akoma Ntoso)" in passed.stdout and "Passed" in passed.stdout

    shutil.copy(DATA / "un-validate" / "GA_A-RES-77-118_eng_XSD-INVALID.xml", repo / "invalid.xml")
    git(repo, "add", ".")
    failed = try_repo(repo, home)  # the environment is reused: same hook repository and revision
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "invalid.xml:472: UNX010 Element 'preamble'" in failed.stdout
    assert "A_RES_56_121.xml:" not in failed.stdout
