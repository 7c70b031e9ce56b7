"""The closing lines: "88th plenary meeting" and the adoption date under it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from unxml.lexicons import Lexicon
from unxml.model import Meeting, PrintedDate


@dataclass(frozen=True)
class Closing:
    """A meeting line found at ``start``; the lines up to ``end`` (exclusive) belong to it."""

    start: int
    end: int
    meeting: Meeting
    date: PrintedDate | None


def find_closing(lines: Sequence[str], lex: Lexicon, first: int = 0) -> Closing | None:
    """The first meeting line at or after ``first``, with its date (same or next line)."""
    for i in range(first, len(lines)):
        found = _closing_at(lines, i, lex)
        if found:
            return found
    return None


def _date_line(lines: Sequence[str], j: int | None, lex: Lexicon) -> PrintedDate | None:
    """The date printed alone on line ``j``, if it is one."""
    if j is None:
        return None
    printed = " ".join(lines[j].split())
    value = lex.parse_date(printed)
    if value and "".join(lex.format_date(value).split()) == "".join(printed.split()):
        return PrintedDate(value=value, text=printed)
    return None


def _closing_at(lines: Sequence[str], i: int, lex: Lexicon) -> Closing | None:
    line = " ".join(lines[i].split())
    if not line:
        return None
    parsed = lex.parse_meeting(line)
    if parsed:
        meeting = Meeting(text=line, number=parsed[0], resumed=parsed[1])
        following = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
        dated = _date_line(lines, following, lex)
        if dated:
            return Closing(i, following + 1, meeting, dated)
        preceding = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
        dated = _date_line(lines, preceding, lex)
        if dated:
            return Closing(preceding, i + 1, meeting, dated)
        return Closing(i, i + 1, meeting, None)
    # "88th plenary meeting 19 December 2001" on one line.
    found = lex.find_date(line)
    if found and found.end() == len(line):
        parsed = lex.parse_meeting(line[: found.start()])
        value = lex.parse_date(found.group())
        if parsed and value:
            meeting = Meeting(text=line[: found.start()].strip(), number=parsed[0], resumed=parsed[1])
            return Closing(i, i + 1, meeting, PrintedDate(value=value, text=found.group()))
    return None
