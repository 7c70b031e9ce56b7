"""Layout-noise removal: from extracted PDF text to body lines and footnotes.

Input is what a text extractor (``pdftotext``) or a careful hand gives for a resolution:
body text interleaved with page furniture. This stage removes the furniture, lifts the
footnotes out, marks where they are cited, and keeps every other word, in reading order:

* running headers (the symbol, the short title on one or more lines) and footers (page
  numbers "2/5", job numbers "23-23443 (E)", print dates "011223", barcodes "*2323443*");
* footnote blocks after a line of underscores, whose markers ``pdftotext`` detaches from
  their texts and reorders (see :mod:`unxml.text.footnotes`), continued across pages;
* seed-style footnotes ("¹ See resolution 55/2.") anywhere in the text;
* markdown left by converters ("- 1. *Invites*").

Lines stay lines: where a paragraph starts is the recogniser's business. Every removal is
recorded with its input line and reason, so nothing disappears unexplained.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from unxml.lang import HAN
from unxml.lexicons import Lexicon, lexicon
from unxml.text.footnotes import (
    SUPERSCRIPT_DIGITS,
    SUPERSCRIPTS,
    BlockNote,
    apply_citations,
    ends_footnote,
    place_citations,
    read_block,
)
from unxml.text.lines import join_wrapped
from unxml.text.marks import NOTE_MARK, note_mark
from unxml.text.spacing import repair
from unxml.text.uncited import mask_numbers_not_cited


@dataclass(frozen=True)
class Removal:
    """A piece of the input that is not body text: its 1-based line, its text, why it went."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class CleanText:
    """The result of cleaning: body lines, footnotes, and what was removed."""

    lines: tuple[str, ...]
    footnotes: tuple[tuple[str, str], ...]
    removed: tuple[Removal, ...]


Numbered = tuple[int, str]  # (1-based input line, text)

_SEPARATOR = re.compile(r"(?<!_)_{5,}+\s*+$")
_JOB_NUMBER = re.compile(r"^\d{2}-\d{5}\*?(?:\s*\([A-Z]\))?(?:\s+\d{6})?$")
_BARCODE = re.compile(r"^\*\d{5,}\*$")
_PRINT_DATE = re.compile(r"^\d{6}$")
_PAGE_OF = re.compile(r"^(\d{1,3})\s*/\s*(\d{1,3})$")
# Any of the four, in one test: most lines are none of them.
_FURNITURE = re.compile("|".join(f"(?:{p.pattern})" for p in (_JOB_NUMBER, _BARCODE, _PRINT_DATE, _PAGE_OF)))
# The symbol; an asterisk after it refers to a note on the document's issue ("Reissued for
# technical reasons"), which is about the printing, not the resolution. The word boundary
# before it is tested after its "A", so that ``re`` looks for "A/RES/" (a scan in C) rather
# than trying the pattern at every position; the same goes for the emphasis marks below.
_SYMBOL = re.compile(r"A(?<!\wA)/RES/(?:(?:ES|S)-\d+/)?\d+/\d+(?: [A-Z](?:-[A-Z])?)?\*?(?=\s|$)")
_ISSUE_NOTE = re.compile(r"^\*\s+\S.*$")
_MD_BULLET = re.compile(r"^\s*[-•]\s+(?=\S)")
_MD_EMPHASIS_PAIR = re.compile(r"\*(?=\S)([^*]*?\S)\*")
_MD_EMPHASIS_OPEN = re.compile(r"^\*(?=\S)")
_MD_EMPHASIS_CLOSE = re.compile(r"\*(?<=\S\*)$")
# Emphasis wrapped over lines: "- 1. *Acknowledges and profoundly" / "regrets* the loss",
# also after a lead-in printed outside it (Chinese "- 4. 在这方面*关切地指出" / "*一。").
_MD_EMPHASIS_OPEN_AFTER_NUMBER = re.compile(r"^(\d{1,3}\.\s+[^\s*]*)\*(?=\S)")
# Where an emphasis over lines closes: after a character ("regrets* the loss"; Chinese goes
# on with the next character, "…注意" / "到*一。"), or as the line starts (Chinese wraps
# between any two characters: "…指出" / "*一。").
_MD_EMPHASIS_CLOSE_INSIDE = re.compile(r"\*(?<!\s\*)")
# How many lines an emphasis opened on one line may still close on.
_MAX_EMPHASIS_LINES = 2
# A word, or one Han character: Chinese prints no spaces, so a line's end is no word's end.
_WORD = re.compile(f"[{HAN}]|[^\\W_{HAN}]+")
# How many lines a footnote printed without a separator may wrap over.
_MAX_FOOTNOTE_LINES = 6
# How far down a page the running header can reach (non-blank lines).
_HEADER_DEPTH = 8


def clean(text: str, lang: str = "en") -> CleanText:
    """Remove layout noise from one resolution's extracted text.

    The furniture handled here (symbols, numbers, barcodes, underscores) is the same in every
    official language; ``lang`` says how dates and meeting lines are printed, whose numbers
    are never footnote citations, and which words of one letter repairing split words must
    leave alone.
    """
    return _Cleaner(text, lexicon(lang)).run()


class _Cleaner:
    def __init__(self, text: str, lex: Lexicon) -> None:
        self.lex = lex
        self.removed: list[Removal] = []
        self.emphasis_open = 0  # lines left on which an emphasis opened above may close
        self.last_body_line = ""  # of the pages split so far: a list may go on over a page break
        # Ten substring tests over the document are many times faster than searching each
        # line for the character class.
        self.superscripts = any(map(text.__contains__, SUPERSCRIPTS))
        self.pages = self._repaired(_split_pages(text))
        self.page_count = len(self.pages)
        self.paginated = self.page_count > 1 or any(_separator(t) for page in self.pages for _, t in page)
        self.symbol = _find_symbol(self.pages[0]) or _running_symbol(self.pages[1:])
        # The print date ("011223") is told from a number by the footer it belongs to: pages,
        # or, on a one-page document, the job number printed beside it.
        self.footer = self.paginated or any(_JOB_NUMBER.match(t.strip()) for _, t in self.pages[0])
        self.titles = self._running_titles()

    def _repaired(self, pages: list[list[Numbered]]) -> list[list[Numbered]]:
        """Pages with words that extraction cut or glued repaired (see :mod:`unxml.text.spacing`)."""
        flat = [line for page in pages for line in page]
        fixed, repairs = repair([text for _, text in flat], self.lex.one_letter_words)
        for found in repairs:
            self.removed.append(Removal(flat[found.index][0], found.before, found.reason))
        out: list[list[Numbered]] = []
        position = 0
        for page in pages:
            out.append([(lineno, fixed[position + k]) for k, (lineno, _) in enumerate(page)])
            position += len(page)
        return out

    def drop(self, line: Numbered, reason: str) -> None:
        self.removed.append(Removal(line[0], line[1], reason))

    def run(self) -> CleanText:
        notes: dict[str, list[Numbered]] = {}
        last_note: str | None = None
        body: list[str] = []
        for number, page in enumerate(self.pages):
            page_body, block = self._split_page(number, page)
            page_body = self._seed_footnotes(page_body, notes)
            lines = [t for _, t in page_body]
            if block is None:
                body.extend(lines)
                continue
            expect_more = last_note is not None and not ends_footnote(notes[last_note][-1][1])
            read = read_block(block, expect_more, _next_marker(notes))
            for line in read.marker_lines:
                self.drop(line, "footnote marker")
            if read.continuation:
                if last_note is not None:
                    notes[last_note].extend(read.continuation)
                else:
                    body.extend(t for _, t in read.continuation)
            lines = self._cite(lines, read.notes, page_body)
            for note in read.notes:
                if note.marker in notes:
                    self.drop(note.lines[0], f"second footnote numbered {note.marker}")
                    notes[note.marker].extend(note.lines)
                    continue
                notes[note.marker] = list(note.lines)
                last_note = note.marker
            body.extend(lines)
        footnotes = tuple(
            (marker, join_wrapped([t for _, t in notes[marker]]))
            for marker in sorted(notes, key=_marker_order)
        )
        removed = tuple(sorted(self.removed, key=lambda r: r.line))
        return CleanText(tuple(line for line in body if line.strip()), footnotes, removed)

    # --- pages --------------------------------------------------------------------------------

    def _split_page(self, number: int, page: list[Numbered]) -> tuple[list[Numbered], list[Numbered] | None]:
        """The page's body lines (normalised, noise removed) and its footnote block if any."""
        body: list[Numbered] = []
        block: list[Numbered] | None = None
        header = self._header_lines(page) if number > 0 else set()
        edges = _edge_lines(page, self._is_page_furniture) if self.paginated else set()
        for lineno, raw in page:
            text = raw.strip()
            if not text:
                continue
            line = (lineno, text)
            reason = self._noise(number, line)
            if reason:
                self.drop(line, reason)
                continue
            if lineno in header:
                self.drop(line, "running header")
                continue
            if block is not None:
                block.append(line)
                continue
            separator = _separator(text)
            if separator:
                self.removed.append(Removal(lineno, separator.group().strip(), "footnote separator"))
                before = text[: separator.start()].rstrip()
                if before:
                    body.append((lineno, self._normalise((lineno, before))))
                block = []
                continue
            # A page number alone ("2"), unless it is the next item of a list the line before
            # began. Pages of our time print "2/5", but older resolutions print the number
            # alone, and an extraction with form feeds keeps it at the top or the bottom of its
            # page; without form feeds (a hand-cleaned text) it may stand anywhere.
            if (
                len(text) <= 3
                and text.isdecimal()
                and (not self.paginated or lineno in edges)
                and not self._ends_list(body)
            ):
                self.drop(line, "page number")
                continue
            body.append((lineno, self._normalise(line)))
        if body:
            self.last_body_line = body[-1][1]
        return body, block

    def _ends_list(self, body: list[Numbered]) -> bool:
        """Whether the last body line, on this page or the page before, stops after a list
        separator ("items 13 and", "项目100和"), so that a number on the next line is the
        list's next item, not a page number."""
        last = (body[-1][1] if body else self.last_body_line).rstrip()
        if not last:
            return False
        return any(last.endswith(separator.strip()) for separator in self.lex.list_separators())

    def _noise(self, page: int, line: Numbered) -> str | None:
        text = line[1]
        if not _FURNITURE.match(text):
            return self._header_noise(page, text)
        if _JOB_NUMBER.match(text):
            return "job number"
        if _BARCODE.match(text):
            return "barcode"
        if page == 0 and self.footer and _PRINT_DATE.match(text):
            return "print date"
        of = _PAGE_OF.match(text)
        # A first page prints no page number (none of the 320 English extractions of session 78
        # has "1/N"): "1/1" is the number of the Assembly's first resolution, as Arabic and
        # Chinese print it (without a full stop).
        if of and int(of.group(2)) == self.page_count and 2 <= int(of.group(1)) <= self.page_count:
            return "page number"
        return self._header_noise(page, text)

    def _header_noise(self, page: int, text: str) -> str | None:
        """Noise told by what a line says rather than its shape: the symbol atop a page, the issue note."""
        if page > 0 and self.symbol and text.rstrip("*") == self.symbol.rstrip("*"):
            return "running header"
        if page == 0 and self.symbol and self.symbol.endswith("*") and _ISSUE_NOTE.match(text):
            return "issue note"
        return None

    def _header_lines(self, page: list[Numbered]) -> set[int]:
        """Input lines of the running title at the top of a page (symbol and furniture aside)."""
        content = [(lineno, raw.strip()) for lineno, raw in page if raw.strip()]
        content = [(n, t) for n, t in content if not self._is_page_furniture(t)]
        for title in sorted(self.titles, key=len, reverse=True):
            if tuple(t for _, t in content[: len(title)]) == title:
                return {n for n, _ in content[: len(title)]}
        return set()

    def _is_page_furniture(self, text: str) -> bool:
        return _is_furniture(text) or bool(self.symbol and text.rstrip("*") == self.symbol.rstrip("*"))

    def _running_titles(self) -> frozenset[tuple[str, ...]]:
        """The short title (as its printed lines) at the top of every page after the first.

        The first group of lines at a page's top (blank lines separate groups) that is not the
        symbol is a candidate; it is the running title when it heads two or more pages or when
        its words are printed elsewhere in the document too (a two-page document has one
        candidate, and the resolution's title line repeats it, on the first page or the second).
        """
        groups = [self._top_group(page) for page in self.pages[1:]]
        counts: dict[tuple[str, ...], int] = {}
        for group in groups:
            if group:
                counts[group] = counts.get(group, 0) + 1
        elsewhere: str | None = None  # worked out only for a group heading a single page
        titles: set[tuple[str, ...]] = set()
        for group, count in counts.items():
            if count < 2:
                words = " ".join(_WORD.findall(join_wrapped(group).lower()))
                elsewhere = elsewhere if elsewhere is not None else self._words_below_top_groups(groups)
                if not words or f" {words} " not in elsewhere:
                    continue
            titles.add(group)
        return frozenset(titles)

    def _words_below_top_groups(self, groups: list[tuple[str, ...]]) -> str:
        """The document's words, lower-cased and space-separated, without the top group of each
        page after the first and without page furniture: a title cut by a page break reads on
        across the footer and the header between its two halves, and a title printed right
        under its running copy is not that copy. Lines are joined as wrapped lines are (no
        space between Chinese characters, none inside a hyphenated word)."""
        lines: list[str] = []
        for index, page in enumerate(self.pages):
            content = [t for _, raw in page if (t := raw.strip()) and not self._is_page_furniture(t)]
            lines.extend(content[len(groups[index - 1]) :] if index else content)
        return f" {' '.join(_WORD.findall(join_wrapped(lines).lower()))} "

    def _top_group(self, page: list[Numbered]) -> tuple[str, ...]:
        group: list[str] = []
        for _, raw in page:
            text = raw.strip()
            if not text:
                if group:
                    return tuple(group)
                continue
            if self._is_page_furniture(text):
                if group:
                    return tuple(group)
                continue
            group.append(text)
            if len(group) > _HEADER_DEPTH:
                return ()
        return tuple(group)

    # --- line normalisation -------------------------------------------------------------------

    def _normalise(self, line: Numbered) -> str:
        """Strip converter markdown (recorded) and turn superscript digits into note marks."""
        lineno, text = line
        first = text[:1]
        bullet = _MD_BULLET.match(text) if first and (first in "-•" or first.isspace()) else None
        if bullet:
            self.removed.append(Removal(lineno, bullet.group().strip(), "markdown bullet"))
            text = text[bullet.end() :]
        if "*" in text and not _SYMBOL.search(text):
            text = self._strip_emphasis(lineno, text)
        else:
            self.emphasis_open = max(0, self.emphasis_open - 1)
        if self.superscripts and any(map(text.__contains__, SUPERSCRIPTS)):
            text = superscripts_to_marks(text)
        return text

    def _strip_emphasis(self, lineno: int, text: str) -> str:
        """``text`` without markdown asterisks (recorded), following an emphasis over lines."""
        stripped = _MD_EMPHASIS_PAIR.sub(r"\1", text)
        if self.emphasis_open:
            stripped = _MD_EMPHASIS_CLOSE_INSIDE.sub("", stripped, count=1)
            self.emphasis_open = 0
        opened = _MD_EMPHASIS_OPEN.search(stripped) or _MD_EMPHASIS_OPEN_AFTER_NUMBER.search(stripped)
        if opened and "*" not in stripped[opened.end() :]:
            self.emphasis_open = _MAX_EMPHASIS_LINES
        stripped = _MD_EMPHASIS_OPEN.sub("", stripped)
        stripped = _MD_EMPHASIS_OPEN_AFTER_NUMBER.sub(r"\1", stripped)
        stripped = _MD_EMPHASIS_CLOSE.sub("", stripped)
        for _ in range(len(text) - len(stripped)):
            self.removed.append(Removal(lineno, "*", "markdown emphasis"))
        return stripped

    # --- footnotes ----------------------------------------------------------------------------

    def _seed_footnotes(self, body: list[Numbered], notes: dict[str, list[Numbered]]) -> list[Numbered]:
        """Lift footnotes printed as "¹ See resolution 55/2." lines out of the body.

        A footnote whose line does not end a sentence goes on over the next lines (a wrapped
        footnote), for at most a few lines, unless its end, further down, is followed by the
        next footnote or by nothing: then no body follows it to be swallowed.
        """
        kept: list[Numbered] = []
        open_marker: str | None = None
        continued = 0
        limit = _MAX_FOOTNOTE_LINES
        for at, (lineno, text) in enumerate(body):
            # The superscript was already turned into a note mark by _normalise.
            match = _SEED_MARK_LINE.match(text)
            if match:
                open_marker, continued, limit = match.group(1), 0, _MAX_FOOTNOTE_LINES
                notes.setdefault(open_marker, []).append((lineno, match.group(2)))
                self.removed.append(Removal(lineno, open_marker, "footnote marker"))
            elif open_marker is not None and continued < limit:
                notes[open_marker].append((lineno, text))
                continued += 1
                if continued == limit == _MAX_FOOTNOTE_LINES and _ends_before_body(body, at + 1):
                    limit = len(body)  # it runs on to its end, which no body follows
            else:
                kept.append((lineno, text))
                continue
            if ends_footnote(notes[open_marker][-1][1]):
                open_marker = None
        return kept

    def _cite(self, lines: list[str], page_notes: tuple[BlockNote, ...], body: list[Numbered]) -> list[str]:
        """Mark where the page's footnotes are cited in its body lines.

        A footnote whose superscript citation is printed on the page is cited there: a plain
        number elsewhere ("1/CMA.4") is text, not a second citation.
        """
        printed = {mark.group(1) for line in lines for mark in NOTE_MARK.finditer(line)}
        page_notes = tuple(n for n in page_notes if n.marker not in printed)
        markers = [n.marker for n in page_notes]
        placed = place_citations(mask_numbers_not_cited(lines, self.lex), markers)
        for note, citation in zip(page_notes, placed, strict=True):
            if citation is None:
                self.removed.append(
                    Removal(note.lines[0][0] if note.lines else 0, note.marker, "citation not found")
                )
        return apply_citations(lines, [(m, c) for m, c in zip(markers, placed, strict=True) if c is not None])


def superscripts_to_marks(text: str) -> str:
    """``text`` with each run of superscript digits, and the spaces before it, as a note mark.

    The runs are found, and the spaces before each walked back over: a pattern that takes
    the spaces too would have to start at every space of the text.
    """
    out: list[str] = []
    position = 0
    for run_start, run_end in _superscript_runs(text):
        start = run_start
        while start > position and text[start - 1].isspace():
            start -= 1
        out.append(text[position:start])
        out.append(note_mark(text[run_start:run_end].translate(SUPERSCRIPT_DIGITS)))
        position = run_end
    out.append(text[position:])
    return "".join(out)


def _superscript_runs(text: str) -> list[tuple[int, int]]:
    """Where each run of superscript digits starts and ends in ``text``.

    A line holds few superscripts: finding each digit's (``str.find``, in C) is several times
    faster than trying a character class at every character of the line.
    """
    runs: list[tuple[int, int]] = []
    present = [digit for digit in SUPERSCRIPTS if digit in text]  # mostly one or two
    for at in sorted(at for digit in present for at in _occurrences(text, digit)):
        if runs and runs[-1][1] == at:
            runs[-1] = (runs[-1][0], at + 1)
        else:
            runs.append((at, at + 1))
    return runs


def _occurrences(text: str, character: str) -> Iterator[int]:
    at = text.find(character)
    while at >= 0:
        yield at
        at = text.find(character, at + 1)


_SEED_MARK_LINE = re.compile(r"^\ue000(\d+)\ue001\s*(\S.*)$")


def _ends_before_body(body: list[Numbered], start: int) -> bool:
    """Whether the first line from ``start`` on that ends a footnote is followed by the next
    footnote's line or by nothing, with no footnote's line before it.

    A footnote longer than the usual few lines ("See the topics “…”, “…”, …" over ten lines)
    then runs to that line. Without a line that ends a footnote (Chinese prints none that
    ``ends_footnote`` knows) nothing tells its end from the body below it, so the limit holds.
    """
    for at in range(start, len(body)):
        text = body[at][1]
        if _SEED_MARK_LINE.match(text):
            return False
        if ends_footnote(text):
            return at + 1 == len(body) or _SEED_MARK_LINE.match(body[at + 1][1]) is not None
    return False


def _separator(text: str) -> re.Match[str] | None:
    """The footnote separator ending ``text``, if any.

    The pattern is searched for only in lines holding five underscores: as it starts with a
    lookbehind, ``re`` would try it at every position of every line.
    """
    return _SEPARATOR.search(text) if "_____" in text else None


def _next_marker(notes: dict[str, list[Numbered]]) -> int:
    """The marker the next footnote block should start with."""
    numbers = [int(m) for m in notes if m.isdigit()]
    return max(numbers) + 1 if numbers else 1


def _marker_order(marker: str) -> tuple[int, str]:
    return (int(marker), marker) if marker.isdigit() else (10**6, marker)


def _is_furniture(text: str) -> bool:
    return _FURNITURE.match(text) is not None


def _edge_lines(page: list[Numbered], is_furniture: Callable[[str], bool]) -> set[int]:
    """Input lines of the first and the last printed line of a page, furniture aside: where a
    page number printed alone stands (a job number may be printed under it)."""
    content = [lineno for lineno, raw in page if (text := raw.strip()) and not is_furniture(text)]
    return {content[0], content[-1]} if content else set()


def _find_symbol(page: list[Numbered]) -> str | None:
    for _, text in page[:20]:
        match = _SYMBOL.search(text)
        if match:
            return match.group()
    return None


def _running_symbol(pages: list[list[Numbered]]) -> str | None:
    """The symbol in the running header of a later page, where the first page prints none (an
    extraction without masthead): a line of its own near the top of the page."""
    for page in pages:
        top = [text for _, text in page if text.strip() and not _is_furniture(text.strip())]
        for text in top[: _HEADER_DEPTH + 1]:
            match = _SYMBOL.fullmatch(text.strip())
            if match:
                return match.group()
    return None


def _split_pages(text: str) -> list[list[Numbered]]:
    """Numbered lines grouped into pages (a form feed starts a page); blank lines kept.

    A form feed before which nothing was printed since the last one starts no page: blank
    lines around a page break may carry form feeds of their own ("\\f" alone on a line, or
    before and after one), and counting them as pages would make "2/5" count other pages
    than the document's, so that it is no longer told from text.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if "\f" not in text:  # one page (hand-cleaned text): no line to cut at form feeds
        return [[(number, line.rstrip()) for number, line in enumerate(lines, start=1)]]
    pages: list[list[Numbered]] = [[]]
    printed = False  # whether the last page holds a line that is not blank
    for number, line in enumerate(lines, start=1):
        pieces = line.split("\f")
        for k, piece in enumerate(pieces):
            if k and printed:
                pages.append([])
                printed = False
            pages[-1].append((number, piece.rstrip()))
            printed = printed or bool(piece.strip())
    if len(pages) > 1 and not printed:  # the form feed that ends the last page
        pages.pop()
    return pages
