"""No regular expression of unxml backtracks pathologically on adversarial input.

Every compiled pattern the package keeps at module level (and those a lexicon compiles) is
run against long runs of what resolution text is made of (digits, dots, brackets, spaces,
numbering, symbols) followed by a character that makes the match fail late, the classic
trigger of catastrophic backtracking. A pattern with nested quantifiers never finishes on
such input; a sound one takes milliseconds. The work runs in a subprocess, so the test asserts
that it *completes* within a generous limit (a hang, not a speed), and names the pattern it
was stuck on otherwise.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
GENEROUS_SECONDS = 120  # the whole sweep takes about a second; only a hang gets near this

# Run in the child: collect the patterns, then search each adversarial string with each.
CHILD = textwrap.dedent(
    r"""
    import importlib, pkgutil, re, sys
    import unxml

    RUN = 1000
    UNITS = ["1", ".", "1.", " ", "\n", "(", "(a) ", "[1]", "a", "a ", "A/RES/", "/", "- ", "_", "*",
             ", ", "¹", "回顾", "\u00a0", "Agenda item 1 "]
    ENDINGS = ["!", "", " x"]

    def patterns():
        seen = {}
        for info in pkgutil.walk_packages(unxml.__path__, "unxml."):
            try:
                module = importlib.import_module(info.name)
            except ImportError:  # an optional piece not installed
                continue
            for name, value in vars(module).items():
                if isinstance(value, re.Pattern):
                    seen.setdefault(value, f"{info.name}.{name}")
        try:
            from unxml.lexicons import available, lexicon
        except ImportError:
            return seen
        for lang in available():
            for name, value in vars(lexicon(lang)).items():
                if isinstance(value, re.Pattern):
                    seen.setdefault(value, f"lexicon({lang!r}).{name}")
        return seen

    found = patterns()
    print(f"PATTERNS {len(found)}", flush=True)
    subjects = [unit * RUN + ending for unit in UNITS for ending in ENDINGS]
    encoded = [subject.encode() for subject in subjects]
    for pattern, where in found.items():
        print(f"RUN {where}", flush=True)  # the last one printed is the one that hung
        for subject in encoded if isinstance(pattern.pattern, bytes) else subjects:
            pattern.search(subject)
            pattern.match(subject)
    print("DONE", flush=True)
    """
)


def _run_to_the_end(child: str, what: str) -> str:
    """Run ``child`` in a fresh interpreter; fail naming the last ``RUN`` line if it hangs."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", child],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=GENEROUS_SECONDS,
        )
    except subprocess.TimeoutExpired as hung:
        output = hung.stdout.decode() if isinstance(hung.stdout, bytes) else (hung.stdout or "")
        last = [line for line in output.splitlines() if line.startswith("RUN ")][-1:]
        pytest.fail(f"{what} did not finish in {GENEROUS_SECONDS}s: {last}")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "DONE"
    return done.stdout


def test_no_pattern_backtracks_catastrophically():
    output = _run_to_the_end(CHILD, "a regex")
    count = int(output.splitlines()[0].split()[1])
    assert count >= 5  # the sweep really found the package's patterns


# The cleaning stage on one huge adversarial paragraph each: a quadratic step (a regex retried
# from every position of a long run, a list rebuilt per line) turns these 50 000 characters
# into minutes; linear code needs a fraction of a second for each.
LONG_INPUT_CHILD = textwrap.dedent(
    r"""
    from unxml.errors import UnxmlError
    from unxml.text.clean import clean

    SIZE = 50_000
    RUNS = ["a", "ab ", "1", "1.", "1. ", "(", "(a) ", ".", " ", "\n", "_", "¹", "A/RES/56/", "- ",
            "*", "Recalling ", "self-determination ", "1\n", "\n\n"]
    CASES = [(run, "en") for run in RUNS] + [("回顾联合国千年宣言", "zh"), ("，", "zh")]
    for run, lang in CASES:
        body = run * (SIZE // len(run))
        print(f"RUN clean {run!r} {lang}", flush=True)
        try:
            clean("56/121. Title\n\nThe General Assembly,\n\nRecalling " + body + ",\n", lang=lang)
        except UnxmlError:
            pass
    print("DONE", flush=True)
    """
)


def test_cleaning_huge_adversarial_input_finishes():
    _run_to_the_end(LONG_INPUT_CHILD, "cleaning")


# The whole conversion on one long line of would-be footnote citations or resolution
# citations: scoring each candidate once read the whole line before it (bug 51), and each
# citation once split the whole text before it into words (bug 53); minutes at these sizes,
# where linear code takes seconds.
CONVERT_CHILD = textwrap.dedent(
    r"""
    import warnings
    import unxml
    from unxml.errors import UnxmlError

    warnings.simplefilter("ignore")
    HEAD = "56/121. Title\n\nThe General Assembly,\n\nRecalling "
    TAIL = ",1\n\n1. Decides.\n\n88th plenary meeting\n19 December 2001\n\n__________\n1 See 55/2.\n"
    RUNS = {"1. ": 100_000, "word.1 ": 100_000, "a,1 ": 100_000, "resolution 55/2 ": 300_000}
    for run, size in RUNS.items():
        print(f"RUN convert {run!r}", flush=True)
        try:
            unxml.convert(HEAD + run * (size // len(run)) + TAIL, "en")
        except UnxmlError:
            pass
    print("DONE", flush=True)
    """
)


def test_converting_a_huge_line_of_numbers_finishes():
    _run_to_the_end(CONVERT_CHILD, "conversion")
