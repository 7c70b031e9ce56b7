"""Numbers in a resolution's lines that are never footnote citations.

Dates, meeting lines, agenda lines and paragraph numbers print digits that a citation
marker folded to plain digits by extraction would look like. Both the cleaning stage
(pdftotext's pages) and the reader of renderers' layouts blank them out before placing
citations.
"""

from __future__ import annotations

import re
from functools import cache

from unxml.lexicons import Lexicon

# How the lexicon's date patterns end: no digit after the year.
_NO_DIGIT_AFTER = r"(?!\d)"
# Paragraph numbers, agenda items and dates (their years) all hold a digit.
_DIGIT = re.compile(r"\d")
# How far from a line's end the day of a date the next line finishes can be: the day and the
# first words of the month's name ("1 كانون" of "1 كانون الثاني/يناير").
_DATE_HEAD = 24


@cache
def _date_patterns(*regexes: str) -> tuple[re.Pattern[str], ...]:
    """The lexicon's date patterns, compiled once, without their end: a marker may be glued
    to the year."""
    return tuple(re.compile(regex.removesuffix(_NO_DIGIT_AFTER)) for regex in dict.fromkeys(regexes))


def mask_numbers_not_cited(body: list[str], lex: Lexicon) -> list[str]:
    """The lines with every printed date, meeting line, agenda line and paragraph number
    blanked out (same length, so positions still hold): their numbers ("7 décembre 2023",
    Arabic "الجلسة العامة 45" and "3 -", Chinese "议程项目1") are never footnote citations.

    A date counts even with a marker folded to digits and glued to it ("7 octobre 20217"
    cites footnote 7 after the year): the day must not be taken for that citation.
    """
    patterns = _date_patterns(lex.date_regex, lex.masthead_dates().date_regex)
    out = []
    for index, line in enumerate(body):
        if lex.parse_meeting(line):
            out.append("x" * len(line))
            continue
        if not _DIGIT.search(line):  # most lines of text: nothing else to mask
            out.append(line)
            continue
        number = lex.paragraph_number.match(line)
        if number:
            line = "x" * number.end() + line[number.end() :]
        agenda = lex.find_agenda(line)
        if agenda:
            line = line[: agenda[1]] + "x" * (agenda[2] - agenda[1]) + line[agenda[2] :]
        elif index + 1 < len(body):
            # an agenda line the next line finishes ("… sesiones Tema 1 del" / "programa")
            wrapped = lex.find_agenda(f"{line} {body[index + 1]}")
            if wrapped and wrapped[1] < len(line) < wrapped[2]:
                line = line[: wrapped[1]] + "x" * (len(line) - wrapped[1])
        for pattern in patterns:
            line = pattern.sub(lambda m: "x" * len(m.group()), line)
        if index + 1 < len(body) and _DIGIT.search(line, len(line) - _DATE_HEAD):
            line = _mask_date_the_next_line_finishes(line, body[index + 1], patterns)
        out.append(line)
    return out


def _mask_date_the_next_line_finishes(
    line: str, following: str, patterns: tuple[re.Pattern[str], ...]
) -> str:
    """``line`` with the start of a date that the next line finishes blanked out: a heading
    wrapped as "… Ассамблеей 1" / "января 2000 года" ends with a day, and Arabic "… في 1
    كانون" / "الثاني/يناير 2000" with a day and half a month's name, not with a citation."""
    joined = f"{line} {following}"
    for pattern in patterns:
        for found in pattern.finditer(joined):
            if found.start() < len(line) < found.end():
                return line[: found.start()] + "x" * (len(line) - found.start())
    return line
