"""What a validation finds: :class:`Finding` and the per-document :class:`Report`.

Plain dataclasses (no pydantic) keep ``unxml validate`` quick to start. ``to_dict`` gives the
stable JSON shape documented in ``docs/validation.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]

SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in one document.

    ``line`` is 1-based (None where no line is known, e.g. an unreadable file); ``location`` is
    an XPath-like path to the element (``/akomaNtoso/statement/mainBody/paragraph[3]/num``).
    """

    code: str
    severity: Severity
    message: str
    file: str
    line: int | None = None
    location: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "file": self.file,
            "line": self.line,
            "location": self.location,
        }


@dataclass(slots=True)
class Report:
    """The findings for one document, in the order the checks ran, then by line.

    ``checks`` names the stages that ran (``wellformed``, ``oasis``, ``profile``, ``rules``);
    ``truncated`` is true when ``max_errors`` stopped the collection early.
    """

    file: str
    findings: list[Finding] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)
    truncated: bool = False

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def errors(self) -> int:
        return self.count("error")

    @property
    def warnings(self) -> int:
        return self.count("warning")

    @property
    def valid(self) -> bool:
        """True when nothing worse than ``info`` was found."""
        return all(f.severity == "info" for f in self.findings)

    def failed(self, fail_on: Severity = "warning") -> bool:
        """Whether this report should fail a CI run that fails on ``fail_on`` or worse."""
        worst = SEVERITIES.index(fail_on)
        return any(SEVERITIES.index(f.severity) <= worst for f in self.findings)

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "valid": self.valid,
            "checks": list(self.checks),
            "truncated": self.truncated,
            "findings": [f.to_dict() for f in self.findings],
        }
