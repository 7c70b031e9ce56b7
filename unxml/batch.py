"""``unxml convert``: resolution texts to AKN4UN XML, one file or thousands.

    unxml convert INPUT... [-o FILE | --out-dir DIR] [--lang L]

INPUT is a text file, a directory (its ``*.txt`` files) or ``-`` for standard input. One
input is written to ``-o FILE`` or to standard output; several need ``--out-dir DIR``, where
``NAME.txt`` becomes ``DIR/NAME.xml``. A file that fails is reported with its reason and the
others go on; each output is written to a temporary file and renamed, so an interrupted run
never leaves a partial XML file. Warnings (an unknown opening phrase or verb, …) are printed
with the file and the place in it.

Exit status: 0 all converted, 1 some input could not be converted, 2 usage error or an input
that cannot be read.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from unxml.errors import UnxmlError
from unxml.lexicons import available

STDIN = "-"
_BAR_WIDTH = 30


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="text file, directory of *.txt, or - for stdin"
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument(
        "-o", "--output", metavar="FILE", type=Path, help="write the XML of a single input here"
    )
    output.add_argument("--out-dir", metavar="DIR", type=Path, help="write NAME.xml for each NAME.txt here")
    parser.add_argument(
        "--lang", choices=available(), help="language of the texts (detected from the text if not given)"
    )


@dataclass(frozen=True)
class _Job:
    name: str  # as shown in messages
    path: Path | None  # None: standard input
    target: Path | None  # None: standard output


class _UsageError(Exception):
    pass


def run(args: argparse.Namespace) -> int:
    err: TextIO = sys.stderr
    try:
        jobs = list(_jobs(args))
    except _UsageError as error:
        print(f"unxml convert: {error}", file=err)
        return 2
    if args.out_dir is not None:
        try:
            args.out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            print(f"unxml convert: cannot create {args.out_dir}: {error.strerror}", file=err)
            return 2
    progress = _Progress(len(jobs), err) if err.isatty() and len(jobs) > 1 else None

    def say(message: str) -> None:
        if progress:
            progress.clear()
        print(message, file=err)

    failed = unreadable = 0
    for number, job in enumerate(jobs, 1):
        if progress:
            progress.show(number - 1, job.name)
        outcome = _convert_one(job, args.lang, say)
        failed += outcome == 1
        unreadable += outcome == 2
    if progress:
        progress.clear()
    if len(jobs) > 1:
        converted = len(jobs) - failed - unreadable
        print(f"unxml convert: {converted} of {len(jobs)} converted", file=err)
    return 2 if unreadable else 1 if failed else 0


def _jobs(args: argparse.Namespace) -> Iterator[_Job]:
    paths: list[Path | None] = []
    for given in args.inputs:
        if given == STDIN:
            paths.append(None)
        elif Path(given).is_dir():
            found = sorted(Path(given).glob("*.txt"))
            if not found:
                raise _UsageError(f"{given}: no *.txt files in this directory")
            paths.extend(found)
        else:
            paths.append(Path(given))
    if paths.count(None) > 1:
        raise _UsageError("standard input (-) can be given only once")
    if len(paths) > 1 and args.out_dir is None:
        raise _UsageError("several inputs need --out-dir DIR (NAME.txt is written as DIR/NAME.xml)")
    for path in paths:
        name = "<stdin>" if path is None else str(path)
        if args.out_dir is not None:
            stem = "stdin" if path is None else path.stem
            yield _Job(name, path, args.out_dir / f"{stem}.xml")
        else:
            yield _Job(name, path, args.output)


def _convert_one(job: _Job, lang: str | None, say: Callable[[str], None]) -> int:
    """Convert one input; 0 done, 1 not a convertible resolution, 2 unreadable or unwritable."""
    from unxml import to_xml
    from unxml.text.pipeline import convert_with_issues

    try:
        text = sys.stdin.read() if job.path is None else _read(job.path)
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
        say(f"{job.name}: error: cannot read: {reason}")
        return 2
    try:
        found = convert_with_issues(text, lang, source=job.name)
        xml = to_xml(found.resolution)
    except UnxmlError as error:
        say(f"error: {error}")
        return 1
    for issue in found.issues:
        say(f"{job.name}: warning: {issue}")
    try:
        _write(job.target, xml)
    except OSError as error:
        say(f"{job.name}: error: cannot write {job.target}: {error.strerror}")
        return 2
    return 0


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8-sig")


def _write(target: Path | None, data: bytes) -> None:
    """Write ``data`` to ``target`` atomically (temporary file, then rename), or to stdout."""
    if target is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    directory = target.parent
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class _Progress:
    """A one-line progress bar on a terminal's standard error."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total, self.stream = total, stream

    def show(self, done: int, name: str) -> None:
        filled = _BAR_WIDTH * done // self.total
        bar = "#" * filled + "." * (_BAR_WIDTH - filled)
        self.stream.write(f"\r[{bar}] {done}/{self.total} {Path(name).name[:40]:40s}")
        self.stream.flush()

    def clear(self) -> None:
        self.stream.write("\r" + " " * (_BAR_WIDTH + 60) + "\r")
        self.stream.flush()
