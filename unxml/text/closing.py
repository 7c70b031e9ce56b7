"""The closing lines: "88th plenary meeting" and the adoption date under it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from unxml.lexicons import Lexicon
from unxml.model import Meeting, PrintedDate

# The longest meeting line the UN prints is shorter than this ("10-е (возобновленное)
# пленарное заседание": 41 characters).
_WRAPPED_MEETING = 60


@dataclass(frozen=True)
class Closing:
    """A meeting line found at ``start``; the lines up to ``end`` (exclusive) belong to it."""

    start: int
    end: int
    meeting: Meeting
    date: PrintedDate | None


def find_closing(lines: Sequence[str], lex: Lexicon, first: int = 0) -> Closing | None:
    """The first meeting line at or after ``first``, with its date (same or next line).

    ``lines`` are single-spaced, as recognition reads them (``" ".join(line.split())``).
    """
    for i in range(first, len(lines)):
        found = _closing_at(lines, i, lex)
        if found:
            return found
    return None


def _closing_at(lines: Sequence[str], i: int, lex: Lexicon) -> Closing | None:
    line = lines[i]
    # Each form below starts with a date or a meeting line: two anchored tests tell most
    # lines apart without searching them for a date.
    if not line:
        return None
    opens_closing = lex.parse_date(line) is not None or lex.starts_with_meeting(line)
    # Only a short line may be a meeting line that a narrow page wrapped; the next line with
    # text is looked for only past that test, which most lines of a resolution fail.
    if not opens_closing and len(line) > _WRAPPED_MEETING:
        return None
    following = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
    if not opens_closing:
        if following is None:
            return None
        if lex.parse_meeting(f"{line} {lines[following]}") is None:
            return None
    found = lex.find_date(line)
    value = _whole_date(line, found, lex)
    if value and following is not None:
        # Chinese prints the date above the meeting line ("2000年12月4日" / "第81次全体会议").
        below = lines[following]
        parsed = lex.parse_meeting(below)
        if parsed:
            meeting = Meeting(text=below, number=parsed[0], resumed=parsed[1])
            return Closing(i, following + 1, meeting, PrintedDate(value=value, text=line))
    # Meeting lines start with a word in Chinese and Arabic ("第45次全体会议", "الجلسة العامة 45").
    parsed = lex.parse_meeting(line)
    last = i
    if not parsed and following is not None:
        # A narrow page wraps a long meeting line ("10-е (возобновленное) пленарное" / "заседание").
        joined = f"{line} {lines[following]}"
        parsed = lex.parse_meeting(joined)
        if parsed:
            line, last = joined, following
    if parsed:
        meeting = Meeting(text=line, number=parsed[0], resumed=parsed[1])
        following = next((j for j in range(last + 1, len(lines)) if lines[j].strip()), None)
        if following is not None:
            printed = lines[following]
            value = _whole_date(printed, lex.find_date(printed), lex)
            if value:
                return Closing(i, following + 1, meeting, PrintedDate(value=value, text=printed))
        return Closing(i, last + 1, meeting, None)
    # "88th plenary meeting 19 December 2001" on one line.
    if found and found.end() == len(line):
        parsed = lex.parse_meeting(line[: found.start()])
        value = lex.parse_date(found.group())
        if parsed and value:
            meeting = Meeting(text=line[: found.start()].strip(), number=parsed[0], resumed=parsed[1])
            return Closing(i, i + 1, meeting, PrintedDate(value=value, text=found.group()))
    return None


def _whole_date(line: str, found: re.Match[str] | None, lex: Lexicon) -> date | None:
    """The date ``line`` prints, if the line is nothing but a date (``found``: the first date in it)."""
    if found and found.start() == 0 and found.end() == len(line):
        return lex.parse_date(line)
    return None
