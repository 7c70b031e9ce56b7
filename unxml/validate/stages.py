"""Codes of the checks that come before the semantic rules: reading, parsing, the two schemas.

Kept apart from the rules so that the catalogue (``unxml validate --list-rules``,
``docs/rules.md``) lists every code a report can carry.
"""

from __future__ import annotations

from dataclasses import dataclass

from unxml.validate.report import Severity


@dataclass(frozen=True)
class StageCode:
    code: str
    severity: Severity
    summary: str


UNREADABLE = StageCode("UNX001", "error", "the file cannot be read (missing, unreadable, or too large)")
NOT_WELL_FORMED = StageCode("UNX002", "error", "the file is not well-formed XML")
UNSAFE = StageCode("UNX003", "error", "the file declares a DOCTYPE or entities, which are refused for safety")
NO_LEXICON = StageCode(
    "UNX009", "info", "no lexicon for the document's language: the rules that need one were skipped"
)
OASIS = StageCode("UNX010", "error", "invalid against the official OASIS Akoma Ntoso 3.0 schema")
PROFILE = StageCode("UNX020", "error", "invalid against the unxml AKN4UN profile schema")
NO_PROFILE = StageCode("UNX021", "info", "the profile schema is not installed: the profile check was skipped")
RULE_FAILED = StageCode(
    "UNX099", "error", "a rule failed on this document (a bug in unxml: please report it)"
)

STAGE_CODES: tuple[StageCode, ...] = (
    UNREADABLE,
    NOT_WELL_FORMED,
    UNSAFE,
    NO_LEXICON,
    OASIS,
    PROFILE,
    NO_PROFILE,
    RULE_FAILED,
)
