"""``unxml validate PATH...``: validate files, directories (every ``*.xml`` below) and globs.

Exit codes: 0 every file valid, 1 problems found, 2 usage error or a file that cannot be read.
"""

from __future__ import annotations

import argparse
import glob
import os
import sys
from pathlib import Path

from unxml.validate.report import Severity

_GLOB_CHARS = frozenset("*?[")


def expand_paths(arguments: list[str]) -> tuple[list[Path], list[str]]:
    """Files to check, in a stable order, and the arguments that matched nothing.

    A directory stands for every ``*.xml`` file below it; an argument with ``*``, ``?`` or
    ``[`` is a glob (``**`` recursive); any other argument is a file, whatever its name.
    A named file that does not exist is kept, so that it is reported as unreadable.
    """
    files: list[Path] = []
    unmatched: list[str] = []
    seen: set[Path] = set()
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.xml") if p.is_file())
        elif _GLOB_CHARS & set(argument) and not path.exists():
            found = sorted(Path(p) for p in glob.glob(argument, recursive=True) if Path(p).is_file())
        else:
            found = [path]
        if not found:
            unmatched.append(argument)
        for file in found:
            if file not in seen:
                seen.add(file)
                files.append(file)
    return files, unmatched


def _codes(value: str) -> list[str]:
    codes = [c.strip().upper() for c in value.split(",") if c.strip()]
    if not codes:
        raise argparse.ArgumentTypeError("expected rule codes or prefixes, e.g. UNX1 or UNX010,UNX020")
    return codes


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, got {value!r}")
    return number


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="XML files, directories (*.xml below) or globs"
    )
    parser.add_argument(
        "--profile",
        choices=("unxml", "none"),
        default="unxml",
        help="check the unxml AKN4UN profile schema (default) or not: 'none' for plain AKN files",
    )
    parser.add_argument(
        "--select",
        type=_codes,
        action="extend",
        metavar="CODES",
        help="only these rule codes or prefixes (UNX1,UNX010)",
    )
    parser.add_argument(
        "--ignore", type=_codes, action="extend", metavar="CODES", help="skip these codes or prefixes"
    )
    parser.add_argument("--max-errors", type=_positive, metavar="N", help="stop after N problems in all")
    parser.add_argument(
        "--format",
        choices=("text", "json", "junit", "github"),
        default="text",
        help="output format (default: text)",
    )
    parser.add_argument(
        "--fail-on",
        choices=("error", "warning"),
        default="warning",
        help="lowest severity that makes the exit code 1 (default: warning)",
    )
    parser.add_argument("--list-rules", action="store_true", help="list every rule code and exit")


def catalogue() -> dict[str, tuple[Severity, str]]:
    """Every code a report can carry: code → (severity, summary)."""
    from unxml.validate.rules import all_rules
    from unxml.validate.stages import STAGE_CODES

    entries = {s.code: (s.severity, s.summary) for s in STAGE_CODES}
    entries.update({r.code: (r.severity, r.summary) for r in all_rules()})
    return dict(sorted(entries.items()))


def _use_color(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def run(args: argparse.Namespace) -> int:
    if args.list_rules:
        for code, (severity, summary) in catalogue().items():
            print(f"{code}  {severity:<7}  {summary}")
        return 0
    if not args.paths:
        print("unxml validate: give at least one file, directory or glob", file=sys.stderr)
        return 2
    files, unmatched = expand_paths(args.paths)
    for argument in unmatched:
        print(f"unxml validate: no XML files in or matching {argument!r}", file=sys.stderr)
    if not files:
        return 2

    from unxml.validate.engine import Validator
    from unxml.validate.formats import PRINTERS, Totals
    from unxml.validate.stages import UNREADABLE

    validator = Validator(profile=args.profile == "unxml", select=args.select, ignore=args.ignore)
    printer = PRINTERS[args.format](sys.stdout, color=_use_color(sys.stdout))
    totals = Totals()
    unreadable = False
    budget = args.max_errors
    for path in files:
        report = validator.validate(path, max_errors=budget)
        failed = report.failed(args.fail_on)
        totals.add(report, failed)
        printer.report(report, failed)
        unreadable = unreadable or any(f.code == UNREADABLE.code for f in report.findings)
        if budget is not None:
            budget -= report.errors + report.warnings
            if budget <= 0:
                totals.truncated = True
                break
    printer.finish(totals)
    sys.stdout.flush()
    if unreadable or unmatched:
        return 2
    return 1 if totals.failed else 0
