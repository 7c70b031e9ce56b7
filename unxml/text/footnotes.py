"""Footnotes: reading a page's footnote block and finding where each footnote is cited.

``pdftotext`` prints a page's footnotes after a line of underscores, but not in print order:
the marker of a footnote is a line of its own that may come before its text, after it, or
gathered with other markers at the end of the block. Two facts make the block readable:
footnote *texts* keep their printed order, and a page's markers are consecutive numbers.
So the texts are cut into as many footnotes as there are markers (a marker line directly
before a text line always starts a footnote; other cuts go where a line ends a sentence and
the next starts a new one) and numbered in order.

A citation in the body is the same number printed as a superscript, which plain text shows
as an ordinary digit: glued to a word ("Secretary-General,1"), spaced ("Outcome, 1 sports")
or, now and then, on a line of its own. Real numbers ("resolution 55/63", "paragraph 3",
"2030 Agenda") are told apart by their context, and because a page's markers are cited in
increasing order, the best-scoring increasing sequence of candidates is chosen.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from unxml.text.marks import note_mark

MARKER_LINE = re.compile(r"^\d{1,3}$")
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUPERSCRIPT_DIGITS = str.maketrans(SUPERSCRIPTS, "0123456789")
SUPERSCRIPT_LEAD = re.compile(rf"^\s*([{SUPERSCRIPTS}]+)\s*(.*)$")
_GLUED_MARKER = re.compile(r"^(\d{1,3})\s+(\S.*)$")
_TERMINAL = re.compile(r"[.!?][”’\"')\]]*$|[.!?]\)$")
_CONTINUES = re.compile(r"(?:[,;:(\[–-]|\b(?:and|or|of|the|to|in|on|for|by|with|at|from|a|an))$")
_STARTS_LOWER = re.compile(r"^[a-z]")
_STARTS_OPEN = re.compile(r"^[(\[]")
# A footnote line that fills the width is seldom the last line of its footnote.
_FULL_WIDTH = 85


@dataclass(frozen=True)
class BlockNote:
    """One footnote read from a page's block: its marker and its (1-based) text lines."""

    marker: str
    lines: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class Block:
    """A page's footnote block, read: the footnotes it starts, and the lines continuing the
    previous page's last footnote."""

    continuation: tuple[tuple[int, str], ...]
    notes: tuple[BlockNote, ...]
    marker_lines: tuple[tuple[int, str], ...]


def _gap_score(before: str, after: str) -> float:
    """How likely a footnote ends after line ``before`` and the next starts at ``after``."""
    score = 0.0
    if ends_footnote(before):
        score += 2
    if _CONTINUES.search(before):
        score -= 2
    if len(before) >= _FULL_WIDTH:
        score -= 1
    else:
        score += 1
    if _STARTS_LOWER.match(after):
        score -= 2
    elif _STARTS_OPEN.match(after):
        score -= 1
    else:
        score += 0.5
    return score


def read_block(
    items: Sequence[tuple[int, str]], continuation_expected: bool, next_marker: int | None = None
) -> Block:
    """Cut the lines of one footnote block (noise already removed) into footnotes.

    ``next_marker`` is the marker the block should start with (one more than the last
    footnote of the previous pages), used to recognise a marker glued to its text.
    """
    items = _unglue_markers(items, next_marker)
    markers: list[tuple[int, str]] = []
    runs: list[list[tuple[int, str]]] = []  # maximal runs of text lines
    led: list[bool] = []  # whether a marker line comes directly before the run
    after_marker = False
    for lineno, text in items:
        if MARKER_LINE.match(text):
            markers.append((lineno, text))
            after_marker = True
            continue
        if after_marker or not runs:
            runs.append([])
            led.append(after_marker)
        runs[-1].append((lineno, text))
        after_marker = False
    ordered = sorted((m for _, m in markers), key=int)
    wanted = len(ordered) + (1 if continuation_expected and runs and not led[0] else 0)
    groups = _cut(runs, wanted)
    continuation: list[tuple[int, str]] = []
    if wanted > len(ordered) and groups:
        continuation = groups.pop(0)
    notes = [BlockNote(marker, tuple(lines)) for marker, lines in zip(ordered, groups, strict=False)]
    for extra in groups[len(ordered) :]:
        # More text than markers: keep the words with the last footnote rather than lose them.
        if notes:
            last = notes[-1]
            notes[-1] = BlockNote(last.marker, last.lines + tuple(extra))
        else:
            continuation.extend(extra)
    return Block(tuple(continuation), tuple(notes), tuple(markers))


def _unglue_markers(items: Sequence[tuple[int, str]], next_marker: int | None) -> list[tuple[int, str]]:
    """Split "45 See ISBA/26/A/19." into marker and text where 45 is a marker the block lacks.

    A text line may well start with a number ("13 February 1946, the Convention"), so only a
    number that fills a gap in the block's own run of markers counts.
    """
    items = [split for item in items for split in _superscript_marker(item)]
    present = {int(text) for _, text in items if MARKER_LINE.match(text)}
    low = next_marker if next_marker is not None else min(present, default=None)
    if low is None:
        return list(items)
    high = max(present, default=low)
    missing = {n for n in range(low, high + 1) if n not in present}
    out: list[tuple[int, str]] = []
    for lineno, text in items:
        glued = _GLUED_MARKER.match(text)
        if glued and int(glued.group(1)) in missing:
            missing.discard(int(glued.group(1)))
            out.extend([(lineno, glued.group(1)), (lineno, glued.group(2))])
        else:
            out.append((lineno, text))
    return out


def _superscript_marker(item: tuple[int, str]) -> list[tuple[int, str]]:
    """A line opening with a superscript marker ("¹ See resolution 55/2.") as marker and text."""
    lineno, text = item
    found = SUPERSCRIPT_LEAD.match(text)
    if not found:
        return [item]
    marker = found.group(1).translate(SUPERSCRIPT_DIGITS)
    return [(lineno, marker), (lineno, found.group(2))] if found.group(2) else [(lineno, marker)]


def _cut(runs: list[list[tuple[int, str]]], wanted: int) -> list[list[tuple[int, str]]]:
    """Cut text runs into ``wanted`` groups: runs are kept apart, then the best inner gaps cut."""
    if not runs:
        return []
    if wanted <= len(runs):
        # Fewer footnotes than runs: join the surplus runs to the one before.
        groups = [list(r) for r in runs[: max(wanted, 1)]]
        for extra in runs[max(wanted, 1) :]:
            groups[-1].extend(extra)
        return groups
    gaps: list[tuple[float, int, int]] = []
    for r, run in enumerate(runs):
        for i in range(1, len(run)):
            gaps.append((_gap_score(run[i - 1][1], run[i][1]), r, i))
    gaps.sort(key=lambda g: (-g[0], g[1], g[2]))
    chosen = {(r, i) for _, r, i in gaps[: wanted - len(runs)]}
    groups = []
    for r, run in enumerate(runs):
        groups.append([run[0]])
        for i in range(1, len(run)):
            if (r, i) in chosen:
                groups.append([])
            groups[-1].append(run[i])
    return groups


def ends_footnote(text: str) -> bool:
    """Whether a footnote's last line reads as its end (so the next page cannot continue it).

    The full stop of an abbreviation that a number follows ends nothing: a footnote wrapped
    as "… (A/61/33), para." / "72." goes on with its number.
    """
    text = text.rstrip()
    if not _TERMINAL.search(text):
        return False
    word = _WORD_AT_STOP.search(text)
    return word is None or word.group(1).lower() not in _ABBREVIATIONS_BEFORE_DOT


# --- citations --------------------------------------------------------------------------------

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# A number followed by these is a quantity or a date, not a citation.
_AFTER_REAL_NUMBER = re.compile(rf"^(?:\s*(?:{_MONTHS})\b|\s*per\s?cent|\s*%|\s*°|[/:]\w|[.,]\d|[-–][\w\d])")
# Words after which a number is part of the text ("paragraph 3", "resolution 2"); lower case.
_NUMBER_WORDS = frozenset(
    {
        "paragraph",
        "paragraphs",
        "para.",
        "paras.",
        "para",
        "paras",
        "article",
        "articles",
        "annex",
        "annexes",
        "no.",
        "nos.",
        "no",
        "nos",
        "vol.",
        "vol",
        "volume",
        "volumes",
        "chap.",
        "chapter",
        "chapters",
        "sect.",
        "section",
        "sections",
        "goal",
        "target",
        "principle",
        "rule",
        "rules",
        "item",
        "items",
        "page",
        "pages",
        "part",
        "parts",
        "phase",
        "level",
        "levels",
        "category",
        "step",
        "table",
        "figure",
        "box",
        "appendix",
        "recommendation",
        "recommendations",
        "option",
        "options",
        "stage",
        "tier",
        "grade",
        "class",
        "number",
        "numbers",
        "of",
        "and",
        "or",
        "to",
        "from",
        "between",
        "than",
        "in",
        "on",
        "by",
        "at",
        "the",
        "with",
        "over",
        "under",
        "about",
        "for",
        "a",
        "an",
        "some",
        "all",
        "its",
        "their",
        "his",
        "her",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "nearly",
        "almost",
        "least",
        "most",
        "only",
        "within",
        "after",
        "before",
        "since",
        "until",
        "during",
        "cycle",
        "line",
        "lines",
        "plus",
        "minus",
        "times",
    }
)
# Words after which a number is more often text than a citation, but not always
# ("the relevant review resolutions 3 and", "including the decision 20 on").
_WEAK_NUMBER_WORDS = frozenset({"resolution", "resolutions", "decision", "decisions"})
_WEAK_SCORE = 0.8
_LINE_END_BONUS = 0.3
_AFTER_SENTENCE_NUMBER_SCORE = 1.5
_ABBREVIATIONS_BEFORE_DOT = frozenset(
    {
        "rev",
        "add",
        "corr",
        "no",
        "nos",
        "para",
        "paras",
        "vol",
        "chap",
        "sect",
        "p",
        "pp",
        "art",
        "arts",
        "par",  # French "par. 33"
        "párr",  # Spanish "párr. 33"
        "núm",  # Spanish "Suplemento núm. 5"
    }
)
_GLUED_TO_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d\d{1,3}$")
_GLUED_TO_YEAR_SCORE = 1.0
_GLUED_BOTH_SCORE = 1.0
_AFTER_NUMBER_SCORE = 1.2
_YEAR_AT_STOP = re.compile(r"\d{4}\.")
_WORD_AT_STOP = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\.$")  # letters of any script
# Punctuation of other scripts a citation follows: Arabic "،" "؛", Chinese clause ends and
# closing brackets ("》" before most citations in the UN's Chinese files), and the Chinese full
# stop, which unlike "." never ends an abbreviation or a number.
_CLAUSE_ENDS = "،؛，；：、）》〉」』"
_FULL_STOPS = "。"
_AFTER_STOP_SCORE = 2.5
# Scripts whose short words before a full stop are abbreviations: Latin (with its accented
# letters) and Cyrillic.
_ABBREVIATING_SCRIPT = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff]+")
_ROMAN = re.compile(r"[IVX]{1,4}")
_UPPER_CODE = re.compile(r"(?:^|[^\w])([A-Z]{1,5})$")
# Starts only at a word start and never backtracks: linear even on one very long "word".
_WORD_BEFORE = re.compile(r"(?<!\S)(\S++)\s*+$")
# How many characters either side of a candidate its score reads: a bounded window, so that
# scoring every digit of a very long line stays linear.
_CONTEXT = 80


@dataclass(frozen=True)
class Citation:
    """Where a footnote is cited: line index in the page body, and the span of its marker."""

    line: int
    start: int
    end: int
    spaced: bool  # a space before the marker belongs to the citation and goes with it
    score: float


@cache
def _marker_pattern(marker: str) -> re.Pattern[str]:
    """The digits of ``marker`` as a whole number, or glued to a year ("20306").

    The marker comes first and what precedes it is looked at from its end (not preceded by a
    digit; or preceded by a year): a pattern that opens with the marker's digits is searched
    for quickly, one that opens with a lookbehind is tried at every position of every line.
    """
    digits = re.escape(marker)
    return re.compile(rf"{digits}(?:(?<!\d{{{len(marker) + 1}}})|(?<=(?:19|20)\d\d{digits}))(?!\d)")


def _candidates(lines: Sequence[str], marker: str) -> list[Citation]:
    found: list[Citation] = []
    pattern = _marker_pattern(marker)
    for index, line in enumerate(lines):
        if line.strip() == marker:
            found.append(Citation(index, 0, len(line), False, 1.5))
            continue
        bounds = (len(line) - len(line.lstrip()), len(line.rstrip()))
        for match in pattern.finditer(line):
            score = _score(line, match.start(), match.end(), lines[index - 1] if index else "", bounds)
            if score > 0:
                spaced = match.start() > 0 and line[match.start() - 1] == " "
                found.append(Citation(index, match.start(), match.end(), spaced, score))
    return found


def _score(line: str, start: int, end: int, previous_line: str, bounds: tuple[int, int]) -> float:
    """How much the digits at ``line[start:end]`` look like a superscript marker (0: not).

    ``bounds``: where the line's text starts and ends (its spaces aside).
    """
    after = line[end : end + _CONTEXT]
    before = line[max(0, start - _CONTEXT) : start]
    if start and line[start - 1].isdigit():
        # Only reached for a marker glued to a year ("Reduction 2015–20306"): weak evidence.
        glued_to_year = _GLUED_TO_YEAR.search(line[max(0, end - _CONTEXT) : end])
        return _GLUED_TO_YEAR_SCORE if glued_to_year and not after[:1].isalnum() else 0
    at_line_start = start <= bounds[0]
    if after and _AFTER_REAL_NUMBER.match(after):
        return 0
    if after[:1].isalnum():
        # "Agreement4and": glued on both sides between letters, as extraction sometimes does.
        glued_both = before[-1:].isalpha() and after[0].islower() and not _UPPER_CODE.search(before)
        # Chinese glues the text after a citation too ("决议，¹以及"): after its punctuation,
        # a number cannot begin a word.
        chinese = before[-1:] in _CLAUSE_ENDS or before[-1:] in _FULL_STOPS
        return _GLUED_BOTH_SCORE if glued_both or chinese else 0
    if at_line_start:
        # "3." or "(3)" opening a line numbers a paragraph; it cites nothing.
        if after[:1] in ".)":
            return 0
        before = previous_line[-_CONTEXT:]
        if not before.strip():
            return 0
    last = before.rstrip()[-1:] if before.strip() else ""
    glued = not at_line_start and not before.endswith(" ")
    if glued:
        if last.isdigit() or last in "/-–.+#$€£(":
            if last == "." and _glued_after_word(before):
                return 2.5
            return 0
        if last.isalpha():
            # A marker glued to a code ("G20", "COP28") is part of it; to a Roman numeral
            # ("Additional Protocol I6") it is a citation.
            code = _UPPER_CODE.search(before)
            return 0 if code and not _ROMAN.fullmatch(code.group(1)) else 3
        if last in ",;:)]”’\"'" or last in _CLAUSE_ENDS:
            return 3
        return _AFTER_STOP_SCORE if last in _FULL_STOPS else 0
    word = _WORD_BEFORE.search(before)
    token = word.group(1) if word else ""
    after_stop = last in _FULL_STOPS or (last == "." and _glued_after_word(before.rstrip()))
    if last in ',;:)”’"' or last in _CLAUSE_ENDS or after_stop:
        score = 3.0
    elif token.lower() in _NUMBER_WORDS or token.lower().rstrip(",") in _NUMBER_WORDS:
        return 0
    elif token.lower() in _WEAK_NUMBER_WORDS:
        score = _WEAK_SCORE
    elif _YEAR_AT_STOP.fullmatch(token):
        # A year closing a sentence: "no later than February 2025. 14"
        score = _AFTER_SENTENCE_NUMBER_SCORE
    elif last.isalpha():
        score = 2.0
    elif last.isdigit():
        # After a year, a range or a symbol ("Reduction 2015–2030 6", "resolution 59/300 9").
        score = _AFTER_NUMBER_SCORE
    else:
        return 0
    if end >= bounds[1]:
        # Nothing follows on the line: where a citation most often ends a clause.
        score += _LINE_END_BONUS
    return score - (0.5 if at_line_start else 0)


def _glued_after_word(before: str) -> bool:
    """``before`` ends "word." where word is not an abbreviation that takes a number.

    Two letters are a word when lower-case ("to.¹"), a code when upper-case ("L.1", "C.3").
    """
    word = _WORD_AT_STOP.search(before)
    if not word or word.group(1).lower() in _ABBREVIATIONS_BEFORE_DOT:
        return False
    # Short Latin or Cyrillic words before a full stop are abbreviations ("p.", "No.", "г.");
    # Arabic abbreviates nothing so ("إذ." ends a sentence).
    return len(word.group(1)) > 2 or not _ABBREVIATING_SCRIPT.fullmatch(word.group(1))


def place_citations(lines: Sequence[str], markers: Sequence[str]) -> list[Citation | None]:
    """The best increasing placement of ``markers`` (cited in this order) in ``lines``.

    A marker with no acceptable place gets None; the others keep their order.
    """
    options = [_candidates(lines, m) for m in markers]
    # Frontier of partial placements: (total score, position of the last placed marker, key of
    # that choice). Old states stay in the frontier, which is how a marker gets skipped.
    states: list[tuple[float, tuple[int, int], tuple[int, int] | None]] = [(0.0, (-1, -1), None)]
    back: dict[tuple[int, int], tuple[int, int] | None] = {}
    for k, opts in enumerate(options):
        new_states = []
        for j, cit in enumerate(opts):
            pos = (cit.line, cit.start)
            prior = [s for s in states if s[1] < pos]
            if not prior:
                continue
            top = max(prior, key=lambda s: s[0])
            back[(k, j)] = top[2]
            new_states.append((top[0] + cit.score, pos, (k, j)))
        states.extend(new_states)
    final = max(states, key=lambda s: (s[0], -s[1][0], -s[1][1]))
    result: list[Citation | None] = [None] * len(markers)
    key = final[2]
    while key is not None:
        k, j = key
        result[k] = options[k][j]
        key = back[key]
    return result


def apply_citations(lines: list[str], placed: Sequence[tuple[str, Citation]]) -> list[str]:
    """Replace each placed marker with its note mark; marks of line-start markers move to the
    end of the line before, and a line holding only a marker disappears."""
    out = list(lines)
    by_line: dict[int, list[tuple[str, Citation]]] = {}
    for marker, cit in placed:
        by_line.setdefault(cit.line, []).append((marker, cit))
    for index in sorted(by_line, reverse=True):
        line = out[index]
        moved = ""
        for marker, cit in sorted(by_line[index], key=lambda p: -p[1].start):
            start = cit.start - 1 if cit.spaced else cit.start
            if not line[:start].strip() and index > 0:
                moved = note_mark(marker) + moved
                line = line[cit.end :].lstrip()
            else:
                line = line[:start] + note_mark(marker) + line[cit.end :]
        out[index] = line
        if moved:
            out[index - 1] = out[index - 1].rstrip() + moved
    return out
