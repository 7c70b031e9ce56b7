"""Resolutions adopted in parts: "75/101. Questions relating to information", then "A", its
title, its own enacting formula, paragraphs and meeting line, then "B" and so on.

This module finds where each part's lines are; recognition reads each part's paragraphs as it
reads a resolution's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from unxml.errors import ConversionError
from unxml.lexicons import Lexicon
from unxml.text.closing import Closing, find_closing

# "A" on a line of its own, or "A. Title" where the title follows on the same line.
_PART_HEADING = re.compile(r"^(?P<letter>[A-Z])(?:\.?$|\.\s+(?P<title>\S.*))$")


@dataclass(frozen=True)
class PartLines:
    """Where one part is printed: its letter, its title lines, its formula and its paragraphs."""

    letter: str
    title: tuple[str, ...]
    formula_at: int
    body_start: int
    closing: Closing | None

    @property
    def body_end(self) -> int | None:
        return self.closing.start if self.closing else None


def first_part(lines: Sequence[str], start: int, formula_at: int) -> int | None:
    """The line of part A's heading, if one is printed between ``start`` and the first formula."""
    for i in range(start, formula_at):
        found = _PART_HEADING.match(lines[i])
        if found and found["letter"] == "A":
            return i
    return None


def find_parts(lines: Sequence[str], first: int, lex: Lexicon, source: str | None) -> list[PartLines]:
    """The parts from part A's heading at ``first``, each up to its meeting line and date.

    A part ends at its meeting line; the next part must start on the next printed line with
    the next letter. Whatever follows the last part (annexes) is left to the caller.
    """
    parts: list[PartLines] = []
    at: int | None = first
    letter = "A"
    while at is not None:
        found = _PART_HEADING.match(lines[at])
        if not found or found["letter"] != letter:
            break
        formula_at = next((i for i in range(at + 1, len(lines)) if lex.is_formula(lines[i])), None)
        if formula_at is None:
            raise ConversionError(
                f"part {letter} has no enacting formula {lex.formula!r}",
                source=source,
                hint="each part of a resolution adopted in parts opens with its own formula",
            )
        title = tuple(line for line in (found["title"], *lines[at + 1 : formula_at]) if line)
        closing = find_closing(lines, lex, formula_at + 1)
        parts.append(PartLines(letter, title, formula_at, formula_at + 1, closing))
        if closing is None:
            break
        at = next((i for i in range(closing.end, len(lines)) if lines[i]), None)
        letter = chr(ord(letter) + 1)
    return parts
