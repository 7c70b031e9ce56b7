"""How reports are printed: human text, JSON, JUnit XML and GitHub workflow annotations.

Each format is a :class:`Printer` fed one report at a time, so that validating thousands of
files keeps memory flat: text, GitHub and JSON output are written as each file is checked.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TextIO

from unxml.validate.report import Finding, Report

JSON_FORMAT_VERSION = 1
"""Version of the JSON output's shape (``docs/validation.md``); bumped on incompatible change."""


@dataclass
class Totals:
    files: int = 0
    failed: int = 0
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    truncated: bool = False

    def add(self, report: Report, failed: bool) -> None:
        self.files += 1
        self.failed += failed
        self.errors += report.errors
        self.warnings += report.warnings
        self.infos += report.count("info")


class Printer:
    """Receives each report as it is made, then the totals."""

    def __init__(self, out: TextIO, color: bool = False) -> None:
        self.out = out
        self.color = color

    def report(self, report: Report, failed: bool) -> None:
        raise NotImplementedError

    def finish(self, totals: Totals) -> None:
        raise NotImplementedError


_COLORS = {"error": "31", "warning": "33", "info": "36", "file": "1", "dim": "2"}


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


class TextPrinter(Printer):
    """``file:line: CODE message``, grouped by file, coloured on a terminal, then a summary line."""

    def _paint(self, text: str, style: str) -> str:
        return f"\x1b[{_COLORS[style]}m{text}\x1b[0m" if self.color else text

    def report(self, report: Report, failed: bool) -> None:
        if not report.findings:
            return
        for finding in report.findings:
            where = f"{finding.file}:{finding.line}" if finding.line else finding.file
            location = self._paint(f" [{finding.location}]", "dim") if finding.location else ""
            code = self._paint(finding.code, finding.severity)
            self.out.write(f"{where}: {code} {finding.message}{location}\n")
        if report.truncated:
            self.out.write(f"{report.file}: stopped after --max-errors problems\n")
        self.out.write("\n")

    def finish(self, totals: Totals) -> None:
        counts = (
            f"{_plural(totals.errors, 'error')}, {_plural(totals.warnings, 'warning')}, "
            f"{_plural(totals.infos, 'note')}"
        )
        if totals.failed:
            line = f"{_plural(totals.files, 'file')} checked: {totals.failed} with problems ({counts})"
            self.out.write(self._paint(line, "error") + "\n")
        else:
            self.out.write(f"{_plural(totals.files, 'file')} checked: all valid ({counts})\n")
        if totals.truncated:
            self.out.write("stopped early: --max-errors reached\n")


class JsonPrinter(Printer):
    """``{"version": 1, "files": [report…], "summary": {…}}``, streamed file by file."""

    def __init__(self, out: TextIO, color: bool = False) -> None:
        super().__init__(out, color)
        self.out.write(f'{{"version": {JSON_FORMAT_VERSION}, "tool": "unxml validate", "files": [')
        self._first = True

    def report(self, report: Report, failed: bool) -> None:
        data = report.to_dict()
        data["failed"] = failed
        self.out.write(("\n  " if self._first else ",\n  ") + json.dumps(data, ensure_ascii=False))
        self._first = False

    def finish(self, totals: Totals) -> None:
        summary = {
            "files": totals.files,
            "failed": totals.failed,
            "errors": totals.errors,
            "warnings": totals.warnings,
            "infos": totals.infos,
            "truncated": totals.truncated,
        }
        self.out.write(f'\n], "summary": {json.dumps(summary)}}}\n')


def _finding_line(finding: Finding) -> str:
    where = f"line {finding.line}" if finding.line else "file"
    at = f" at {finding.location}" if finding.location else ""
    return f"{where}: {finding.code} [{finding.severity}] {finding.message}{at}"


class JunitPrinter(Printer):
    """JUnit XML: one test suite, one test case per file, a failure listing its findings."""

    def __init__(self, out: TextIO, color: bool = False) -> None:
        super().__init__(out, color)
        from lxml import etree

        self._etree = etree
        self._suite = etree.Element("testsuite", name="unxml validate")

    def report(self, report: Report, failed: bool) -> None:
        case = self._etree.SubElement(self._suite, "testcase", classname="unxml.validate", name=report.file)
        if failed:
            codes = sorted({f.code for f in report.findings if f.severity != "info"})
            failure = self._etree.SubElement(
                case,
                "failure",
                message=f"{_plural(report.errors, 'error')}, {_plural(report.warnings, 'warning')}",
                type=" ".join(codes),
            )
            failure.text = "\n".join(_finding_line(f) for f in report.findings)
        elif report.findings:
            output = self._etree.SubElement(case, "system-out")
            output.text = "\n".join(_finding_line(f) for f in report.findings)

    def finish(self, totals: Totals) -> None:
        self._suite.set("tests", str(totals.files))
        self._suite.set("failures", str(totals.failed))
        self._suite.set("errors", "0")
        suites = self._etree.Element("testsuites", name="unxml validate")
        suites.append(self._suite)
        text = self._etree.tostring(suites, encoding="unicode", pretty_print=True)
        self.out.write('<?xml version="1.0" encoding="UTF-8"?>\n' + text)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


class GithubPrinter(Printer):
    """GitHub Actions workflow commands: ``::error file=…,line=…,title=CODE::message``."""

    def report(self, report: Report, failed: bool) -> None:
        for finding in report.findings:
            props = [f"file={_escape_property(finding.file)}"]
            if finding.line:
                props.append(f"line={finding.line}")
            props.append(f"title={_escape_property(finding.code)}")
            message = finding.message + (f" (at {finding.location})" if finding.location else "")
            self.out.write(
                f"::{_GITHUB_LEVEL[finding.severity]} {','.join(props)}::{_escape_data(message)}\n"
            )

    def finish(self, totals: Totals) -> None:
        self.out.write(
            f"unxml validate: {_plural(totals.files, 'file')}, {totals.failed} with problems, "
            f"{_plural(totals.errors, 'error')}, {_plural(totals.warnings, 'warning')}\n"
        )


PRINTERS: dict[str, type[Printer]] = {
    "text": TextPrinter,
    "json": JsonPrinter,
    "junit": JunitPrinter,
    "github": GithubPrinter,
}
