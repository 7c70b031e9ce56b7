"""The masthead: the printed lines above the resolution's number.

The organ lines, symbol, distribution and date, session, agenda item(s) with their title, the heading
("Resolution adopted by the General Assembly [on …]") and the origin line. Text extraction
may put several of them on one line ("Fifty-sixth session Agenda item 110") or wrap one over
two lines ("… General Assembly on" / "19 December 2023"), so each field is searched for,
taken out of its line, and what is left over is reported, never dropped silently.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from unxml.lexicons import Lexicon
from unxml.model import Agenda, Origin, PrintedDate
from unxml.text.lines import join_wrapped

SYMBOL = re.compile(r"A/RES/(?:(?:ES|S)-)?\d{1,3}/\d{1,4}(?: [A-Z](?:-[A-Z])?(?![\w/]))?(?![\w/])")
# A language name on a line of its own, as pdftotext splits "Original: English".
_LANGUAGE_NAME = re.compile(r"[^\W\d_]+")


@dataclass
class Masthead:
    """The masthead fields found; ``leftover`` holds printed words no field accounts for."""

    publisher: str | None = None
    symbol: str | None = None
    issuing_body: str | None = None
    distribution: str | None = None
    distribution_date: PrintedDate | None = None
    session: int | None = None
    session_text: str | None = None
    agenda: Agenda | None = None
    heading: str | None = None
    heading_date: date | None = None
    origin: Origin | None = None
    original: str | None = None  # "Original: English": printed, but the model has no field for it
    leftover: list[str] = field(default_factory=list)


@functools.cache
def _origin_regexes(lex: Lexicon) -> dict[str | None, re.Pattern[str]]:
    out = {}
    for key, pattern in lex.origin_patterns().items():
        before, after = pattern.split("{document}")
        # Extraction drops or doubles a space ("Committee(Fourth Committee)"), or puts one
        # inside a long word ("Decolo nization").
        loose = [r"\s*".join(re.escape(c) for c in part if not c.isspace()) for part in (before, after)]
        out[key] = re.compile(rf"{loose[0]}\s*(?P<document>.+?)\s*{loose[1]}")
    return out


def parse_masthead(lines: Sequence[str], lex: Lexicon) -> Masthead:
    """Read the masthead from the lines above the number line."""
    rest = [_rejoin_split_words(" ".join(line.split()), lex) for line in lines]
    head = Masthead()
    _take_heading(rest, lex, head)
    if head.heading is None:
        _take_heading(rest, lex, head, plural=True)  # a resolution adopted in parts
    _take_original(rest, lex, head)
    _take_origin(rest, lex, head)
    _take_symbol(rest, head)
    _take_distribution(rest, lex, head)
    _take_session(rest, lex, head)
    # The organ lines are printed above the agenda line, whose item title may end in the same
    # words ("… of the" / "United Nations"); a line of them below is taken only if left over.
    agenda_at = next((i for i, line in enumerate(rest) if lex.find_agenda(line)), len(rest))
    _take_organ_lines(rest, lex, head, agenda_at)
    _take_agenda(rest, lex, head)
    _take_organ_lines(rest, lex, head)
    head.leftover = [line for line in rest if line]
    return head


def _take_organ_lines(rest: list[str], lex: Lexicon, head: Masthead, end: int | None = None) -> None:
    """The organ lines ("United Nations", "General Assembly") above line ``end``: lines of
    their own once the symbol is cut from theirs."""
    for i, line in enumerate(rest[:end]):
        if line == lex.publisher and head.publisher is None:
            head.publisher, rest[i] = line, ""
        elif line == lex.assembly_name and head.issuing_body is None:
            head.issuing_body, rest[i] = line, ""


def _rejoin_split_words(line: str, lex: Lexicon) -> str:
    """``line`` with a masthead word that extraction cut in two joined again
    ("Четырн адцатая сессия"): the joined word is one the language prints in mastheads and
    a piece is not ("cuarto" is, "Decimo" is not: "Decimo cuarto" is "Decimocuarto")."""
    tokens = line.split(" ")
    # The first join's head is a whole token: where no token begins a masthead word (most
    # lines), nothing is joined and the tokens need not be looked at one by one.
    if lex.masthead_word_heads.isdisjoint(map(str.lower, tokens)):
        return line
    words = lex.masthead_words
    out: list[str] = []
    for token in tokens:
        if out and out[-1].isalpha() and token.rstrip(",;:)]").isalpha():
            joined = (out[-1] + token.rstrip(",;:)]")).lower()
            pieces = (out[-1].lower(), token.rstrip(",;:)]").lower())
            if joined in words and not all(piece in words for piece in pieces):
                out[-1] += token
                continue
        out.append(token)
    return " ".join(out)


def _take_heading(rest: list[str], lex: Lexicon, head: Masthead, plural: bool = False) -> None:
    undated = _apostrophes(lex.heading(plural=plural))
    for i, line in enumerate(rest):
        line, lines = _unwrapped_heading(rest, i, undated)
        # The date comes before the words in Chinese ("2023年12月7日大会决议").
        if undated not in _apostrophes(line):
            continue
        following = _next_nonblank(rest, lines[-1])
        candidates = [(line, lines)]
        if following is not None:
            candidates.insert(0, (f"{line} {rest[following]}", [*lines, following]))
        for text, used in candidates:
            found = lex.find_date(text)
            adopted = lex.parse_date(found.group()) if found else None
            if adopted and _apostrophes(lex.heading(adopted, plural)) == _apostrophes(text):
                head.heading, head.heading_date = text, adopted
                _clear(rest, used)
                return
        if _apostrophes(line) == undated:
            head.heading = line
            _clear(rest, lines)
            return


def _unwrapped_heading(rest: list[str], i: int, undated: str) -> tuple[str, list[int]]:
    """Line ``i``, joined with the next one where a narrow page wrapped the heading there
    ("Resolution adopted by the General" / "Assembly"); and the lines it took."""
    line = rest[i]
    following = _next_nonblank(rest, i)
    if line and undated not in _apostrophes(line) and following is not None:
        joined = f"{line} {rest[following]}"
        if undated.startswith(_apostrophes(line)) and undated in _apostrophes(joined):
            return joined, [i, following]
    return line, [i]


def _take_original(rest: list[str], lex: Lexicon, head: Masthead) -> None:
    """The line "Original: English". Extraction may print the language on a line of its own,
    before or after the label (the line is right-aligned beside the distribution date)."""
    label = lex.original_label
    if label is None:
        return
    for i, line in enumerate(rest):
        if not line.startswith(label):
            continue
        language, used = line[len(label) :].strip(), [i]
        if not language:
            for j in (_previous_nonblank(rest, i), _next_nonblank(rest, i)):
                if j is not None and _LANGUAGE_NAME.fullmatch(rest[j]):
                    language, used = rest[j], [i, j]
                    break
        if language:
            head.original = f"{label} {language}"
            _clear(rest, used)
        return


def _take_origin(rest: list[str], lex: Lexicon, head: Masthead) -> None:
    start = next((i for i, line in enumerate(rest) if line.startswith("[")), None)
    if start is None:
        return
    end = next((j for j in range(start, len(rest)) if "]" in rest[j]), None)
    if end is None:
        return
    used = [j for j in range(start, end + 1) if rest[j]]
    text = join_wrapped([rest[j] for j in used])
    for committee, regex in _origin_regexes(lex).items():
        found = regex.fullmatch(text)
        if found:
            head.origin = Origin(text=text, committee=committee, document=found["document"])
            _clear(rest, used)
            return


def _take_symbol(rest: list[str], head: Masthead) -> None:
    for i, line in enumerate(rest):
        found = SYMBOL.search(line)
        if found:
            head.symbol = head.symbol or found.group()
            rest[i] = _cut(line, found.start(), found.end())


def _take_distribution(rest: list[str], lex: Lexicon, head: Masthead) -> None:
    for i, line in enumerate(rest):
        at = line.find(lex.distribution)
        if at < 0:
            continue
        head.distribution = lex.distribution
        rest[i] = _cut(line, at, at + len(lex.distribution))
        # The date is printed after the distribution, on the same line or the next one.
        for j in (i, _next_nonblank(rest, i)):
            if j is None:
                continue
            # The issuance date stays in English in the Arabic, Chinese and Russian mastheads.
            dates = lex.masthead_dates()
            found = dates.find_date(rest[j])
            value = dates.parse_date(found.group()) if found else None
            if found and value:
                head.distribution_date = PrintedDate(value=value, text=found.group())
                rest[j] = _cut(rest[j], found.start(), found.end())
                return
        return


def _take_session(rest: list[str], lex: Lexicon, head: Masthead) -> None:
    for i, line in enumerate(rest):
        found = lex.find_session(line)
        following = _next_nonblank(rest, i)
        if not found and line and following is not None:
            # A narrow page wraps a long session line ("Quincuagésimo segundo período de" /
            # "sesiones Tema 1 del programa").
            joined = f"{line} {rest[following]}"
            longer = lex.find_session(joined)
            if longer and longer[2] < len(line) < longer[3]:
                line, found = joined, longer
                rest[following] = ""
        if found:
            head.session, head.session_text, start, end = found
            rest[i] = _cut(line, start, end)
            return


def _take_agenda(rest: list[str], lex: Lexicon, head: Masthead) -> None:
    for i, line in enumerate(rest):
        found = lex.find_agenda(line)
        # A narrow page wraps the line: in the list of items ("Agenda items 13 and" / "117"),
        # or in the words after it (Spanish "Tema 1 del" / "programa", Arabic
        # "البندان 1 و 2 من جدول" / "الأعمال").
        following = _next_nonblank(rest, i)
        if following is not None and line:
            joined = join_wrapped([line, rest[following]])
            longer = lex.find_agenda(joined)
            if found is None:
                wrapped = longer is not None and longer[1] < len(line) < longer[2]
            else:
                wrapped = longer is not None and longer[1] == found[1] and len(longer[0]) > len(found[0])
            if wrapped:
                line, found = joined, longer
                rest[following] = ""
        if not found:
            continue
        items, start, end = found
        printed = line[start:end]
        rest[i] = _cut(line, start, end)
        # The item's title: the lines after the agenda line that no other field took, up to
        # a blank line or the end of the masthead.
        title_lines = []
        for j in range(i + 1, len(rest)):
            if not rest[j]:
                if title_lines:
                    break
                continue
            title_lines.append(rest[j])
            rest[j] = ""
        title = join_wrapped(title_lines) or None
        head.agenda = Agenda(text=" ".join(printed.split()), items=items, title=title)
        return


def _apostrophes(text: str) -> str:
    """``text`` with typographic apostrophes as plain ones ("l’Assemblée" = "l'Assemblée")."""
    return text.replace("\u2019", "'")


def _previous_nonblank(rest: list[str], i: int) -> int | None:
    return next((j for j in range(i - 1, -1, -1) if rest[j]), None)


def _next_nonblank(rest: list[str], i: int) -> int | None:
    return next((j for j in range(i + 1, len(rest)) if rest[j]), None)


def _cut(line: str, start: int, end: int) -> str:
    return " ".join((line[:start] + " " + line[end:]).split())


def _clear(rest: list[str], used: list[int]) -> None:
    for j in used:
        rest[j] = ""
