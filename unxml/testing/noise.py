"""What PDF extraction does to a printed resolution, as a reproducible, shrinkable model.

:func:`add_noise` lays a resolution out as :mod:`unxml.render` prints it and then damages it
the way ``pdftotext`` output of the UN's PDFs is damaged (``/work/shared/corpus/dev`` was the
reference; the seeds show the cleaned variants):

- lines wrapped at a page width, compound words broken after their hyphen (``self-`` /
  ``determination``); Chinese wrapped between any two characters;
- blank lines between paragraphs removed (or, as in the Chinese seed, a blank line after
  every line and the first line of each paragraph indented), paragraph numbers on a line of
  their own (``1.`` / ``Urges …``), the resolution number apart from its title;
- masthead variants: the symbol moved to the top, or joined lines
  (``United Nations A/RES/56/121``, ``Distr.: General 23 January 2002``);
- pages: a ``__________________`` separator and the footnotes cited on the page at its
  bottom, mid-sentence, with the marker on a line of its own; the footer (job number
  ``23-23443 (E)``, print date ``011223`` and barcode ``*2323443*`` on the first page,
  ``23-23443`` and ``2/5`` after); a form feed and the running header (short title and
  symbol) on the next page;
- citations as superscript digits glued to the word, as plain digits glued to it, or as
  plain digits standing alone (``Outcome, 1 sports``);
- the markdown of cleaned extractions (``- 1. *Invites*``, ``*88th plenary meeting``);
- Chinese opening phrases printed bold by overprinting, so extracted four times
  (``回顾回顾回顾回顾``).

All of that is *layout*: a converter can and must undo it. Two kinds of damage cannot be
undone and are only applied with ``lossy=True``: Chinese punctuation dropped
(``，；。《》“”`` become spaces) and, in other languages, a word split by a stray space
(``approach es``). :class:`Noisy` records every line the noise inserted and every word it
damaged, so a property can tell noise from content.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from hypothesis import strategies as st

from unxml.lang import CJK
from unxml.model import Resolution, plain
from unxml.render import SUPERSCRIPT, Printer

# Private-use characters mark phrases and citations in the rendered text until pages are laid
# out; generated and real resolution text does not use them.
_PHRASE = ("\ue000", "\ue001")
_CITE = ("\ue002", "\ue003")
_NOTE = ("\ue004", "\ue005")
# An overprinted bold phrase, and inside it its extra copies, which take no width on the line.
_BOLD = ("\ue008", "\ue009")
_COPIES = ("\ue006", "\ue007")
_COPIES_SPAN = re.compile("\ue006[^\ue007]*\ue007")
_CITATION = re.compile("\ue002([^\ue003]*)\ue003")
_PHRASE_SPAN = re.compile("\ue000([^\ue001]*)\ue001")
_NOTE_LINE = re.compile("^\ue004([^\ue005]*)\ue005 (.*)$")
_SENTINELS = re.compile("[\ue000-\ue009]")
_PARAGRAPH_NUM = re.compile(r"^((?:\d+\.)+|\([a-z]+\)|[a-z]\)|[IVXLC]+\.)\s")
_RESOLUTION_NUM = re.compile(r"^((?:(?:ES|S)-\d+/)?\d+/\d+(?: [A-Z](?:-[A-Z])?)?\.?) ")
_CHINESE_PUNCTUATION = re.compile("[，、；：。《》“”]")
_SPACES = re.compile(" {2,}")
_HYPHEN_BREAK = re.compile(r"(?<=\w-)(?=\w)")
# Han characters and Chinese punctuation (full-width forms, 、。《》「」), next to which a
# Chinese line may break.
_CJK_CHAR = re.compile(f"[{CJK}]")

SEPARATOR = "__________________"
"""The rule pdftotext gives above a page's footnotes."""

JOB_LANGUAGE = {"en": "E", "fr": "F", "es": "S", "ru": "R", "ar": "A", "zh": "C"}
"""The letter after the job number on a first page: the language of the edition."""

MarkerStyle = Literal["superscript", "glued", "detached"]
BlankLines = Literal["keep", "remove", "double"]
Masthead = Literal["print", "symbol_first", "joined"]


@dataclass(frozen=True)
class NoiseOptions:
    """Which kinds of noise to add, and their parameters. The defaults add none."""

    width: int | None = None  # wrap lines at this many characters
    page_lines: int | None = None  # lines per page before a page break
    job: str = "23-23443"  # the document's job number
    printed: date = date(2023, 12, 1)  # the print date coded on the first page
    markers: MarkerStyle = "superscript"
    blank_lines: BlankLines = "keep"
    masthead: Masthead = "print"
    num_on_own_line: bool = False
    markdown: bool = False
    bold_repeat: int = 1  # how many times a bold Chinese phrase is extracted
    lossy: bool = False


@dataclass(frozen=True)
class Noisy:
    """Extracted-looking text and what the noise did to it."""

    text: str
    clean: str  # ``render.to_text`` of the same resolution, for comparison
    inserted: tuple[str, ...]  # what the noise added: lines of page furniture, "-" bullets, bold copies
    damaged: tuple[str, ...] = ()  # words of the resolution that lossy noise altered
    options: NoiseOptions = field(default_factory=NoiseOptions)


class _MarkingPrinter(Printer):
    """Prints like :func:`unxml.render.to_text` but marks phrases, verbs and citations."""

    def __init__(self, lang: str) -> None:
        super().__init__(lang, "bracket", italics=True)

    def citation(self, marker: str) -> str:
        return f"{_CITE[0]}{marker}{_CITE[1]}"

    def note_marker(self, marker: str) -> str:
        return f"{_NOTE[0]}{marker}{_NOTE[1]}"

    def emphasised(self, words: str) -> str:
        return f"{_PHRASE[0]}{words}{_PHRASE[1]}" if words else words


def add_noise(resolution: Resolution, options: NoiseOptions) -> Noisy:
    """``resolution`` printed and then extracted badly, as ``options`` say."""
    return _Extraction(resolution, options).run()


class _Extraction:
    def __init__(self, res: Resolution, options: NoiseOptions) -> None:
        self.res = res
        self.opt = options
        self.cjk = res.language == "zh"
        self.inserted: list[str] = []
        self.damaged: list[str] = []

    def run(self) -> Noisy:
        from unxml.render import to_text

        printed = _MarkingPrinter(self.res.language)
        blocks = list(printed.blocks(self.res))
        notes: dict[str, str] = {}
        body_blocks: list[list[str]] = []
        for block in blocks:
            lines = block.split("\n")
            parsed = [_NOTE_LINE.match(line) for line in lines]
            if all(parsed):
                notes.update((m.group(1), m.group(2)) for m in parsed if m)
            else:
                body_blocks.append(lines)
        lines = self.layout(body_blocks)
        pages = self.paginate(lines, notes)
        text = "\n".join(self.finish(line) for line in pages)
        return Noisy(
            text=text + "\n",
            clean=to_text(self.res),
            inserted=tuple(self.inserted),
            damaged=tuple(self.damaged),
            options=self.opt,
        )

    # --- lines -------------------------------------------------------------------------------

    def layout(self, blocks: list[list[str]]) -> list[str]:
        blocks = self.masthead(blocks)
        out: list[str] = []
        for index, block in enumerate(blocks):
            if index and self.opt.blank_lines == "keep":
                out.append("")
            for line in block:
                line = self.bold_formula(line)
                for piece in self.split_number(line):
                    for position, wrapped in enumerate(self.wrap(self.style(piece))):
                        if self.opt.blank_lines == "double":
                            # The seed's extractor: a blank line after every line, and the
                            # first line of each paragraph indented.
                            out.extend([" " + wrapped if position == 0 else wrapped, ""])
                        else:
                            out.append(wrapped)
        return out

    def masthead(self, blocks: list[list[str]]) -> list[list[str]]:
        res = self.res
        if not blocks or res.symbol not in blocks[0]:
            return blocks  # no masthead printed
        if self.opt.masthead == "symbol_first":
            at = blocks[0].index(res.symbol)
            above, below = blocks[0][:at], blocks[0][at + 1 :]
            return [[res.symbol], *(b for b in (above, below) if b), *blocks[1:]]
        if self.opt.masthead == "joined":
            pairs = [(res.publisher, res.symbol)] if res.publisher else []
            if res.distribution and res.distribution_date:
                pairs.append((res.distribution, res.distribution_date.text))
            if res.session_text and res.agenda:
                pairs.append((res.session_text, res.agenda.text))
            return [_join_pairs(block, pairs) for block in blocks]
        return blocks

    def bold_formula(self, line: str) -> str:
        """Chinese: the formula is bold, so extracted repeatedly, but not its comma (大会大会，)."""
        formulas = {self.res.formula, *(part.formula for part in self.res.parts)}
        if not (self.cjk and self.opt.bold_repeat > 1 and line in formulas):
            return line
        words = line.rstrip("，,")
        self.inserted.append(words * (self.opt.bold_repeat - 1))
        return words * self.opt.bold_repeat + line[len(words) :]

    def split_number(self, line: str) -> list[str]:
        """The paragraph or resolution number on a line of its own, as pdftotext often gives."""
        if not self.opt.num_on_own_line:
            return [line]
        for pattern in (_RESOLUTION_NUM, _PARAGRAPH_NUM):
            found = pattern.match(line)
            if found and found.group(1).rstrip(".") != self.res.symbol:
                return [found.group(1), line[found.end() :]]
        return [line]

    def style(self, line: str) -> str:
        """Phrases, citations and markdown as this extraction shows them."""
        if self.opt.markdown and _PARAGRAPH_NUM.match(line):
            self.inserted.append("-")
            line = f"- {line}"
        line = _CITATION.sub(self.citation, _PHRASE_SPAN.sub(self.phrase, line))
        return _SPACES.sub(" ", line).strip(" ")

    def phrase(self, found: re.Match[str]) -> str:
        words = found.group(1)
        if self.cjk and self.opt.bold_repeat > 1:
            copies = words * (self.opt.bold_repeat - 1)
            self.inserted.append(copies)  # the copies are noise
            return f"{_BOLD[0]}{words}{_COPIES[0]}{copies}{_COPIES[1]}{_BOLD[1]}"
        return f"*{words}*" if self.opt.markdown else words

    def citation(self, found: re.Match[str]) -> str:
        # The marker stays wrapped so pages know which footnotes they cite; the sentinel is
        # dropped in :meth:`finish`.
        if self.opt.markers == "detached":  # spaces around it collapse to one in style()
            return f" {found.group(0)} "
        return found.group(0)

    def wrap(self, line: str) -> list[str]:
        width = self.opt.width
        if width is None or _visible_len(line) <= width:
            return [line]
        if self.cjk:
            return _wrap_characters(line, width)
        return _wrap_words(line, width)

    # --- pages -------------------------------------------------------------------------------

    def paginate(self, lines: list[str], notes: dict[str, str]) -> list[str]:
        size = self.opt.page_lines
        pages = [lines] if size is None else [lines[i : i + size] for i in range(0, len(lines), size)]
        out: list[str] = []
        placed: set[str] = set()
        for number, page in enumerate(pages, start=1):
            if number > 1:
                header = self.header()
                out.append("\f" + header[0])
                out.extend(header[1:])
            out.extend(page)
            cited = [m for line in page for m in _CITATION.findall(line) if m not in placed]
            if number == len(pages):  # a footnote never reached stays on the last page
                cited += [m for m in notes if m not in placed and m not in cited]
            cited = list(dict.fromkeys(m for m in cited if m in notes))
            if cited:
                # pdftotext always gives the rule; the cleaned seeds print "¹ text" after a blank
                if size is not None or self.opt.markers != "superscript":
                    out.append(self.noise_line(SEPARATOR))
                elif self.opt.blank_lines == "keep":
                    out.append("")
                for marker in cited:
                    placed.add(marker)
                    out.extend(self.footnote(marker, notes[marker]))
            if size is not None:
                out.extend(self.footer(number, len(pages)))
        return out

    def footnote(self, marker: str, text: str) -> list[str]:
        text = _CITATION.sub(lambda m: m.group(1), _PHRASE_SPAN.sub(r"\1", text))
        # superscript: "¹ text" as in the cleaned seeds; otherwise as pdftotext gives it, the
        # marker on its own line and the text under it
        superscript = self.opt.markers == "superscript"
        head = [f"{self.marker(marker)} {text}"] if superscript else [marker, text]
        return [wrapped for line in head for wrapped in self.wrap(line)]

    def header(self) -> list[str]:
        title = [self.noise_line(line) for line in self.wrap(plain(self.res.title))]
        symbol = [self.noise_line(self.res.symbol)]
        return [*title, "", *symbol, ""] if self.opt.masthead != "symbol_first" else [*symbol, "", *title, ""]

    def footer(self, number: int, total: int) -> list[str]:
        job = self.opt.job
        if number == 1:
            code = self.opt.printed.strftime("%d%m%y")
            lines = [f"{job} ({JOB_LANGUAGE[self.res.language]})", code, f"*{job.replace('-', '')}*"]
        else:
            lines = [job, f"{number}/{total}"]
            if number % 2:
                lines.reverse()
        out = [""]
        for line in lines:
            out.extend([self.noise_line(line), ""])
        return out

    def noise_line(self, line: str) -> str:
        self.inserted.append(line)
        return line

    def marker(self, marker: str) -> str:
        return marker.translate(SUPERSCRIPT) if marker.isascii() and marker.isdigit() else f"[{marker}]"

    # --- characters --------------------------------------------------------------------------

    def finish(self, line: str) -> str:
        if self.opt.markers == "superscript":
            line = _CITATION.sub(lambda m: self.marker(m.group(1)), line)
        else:
            line = _CITATION.sub(r"\1", line)
        line = _SENTINELS.sub("", line)
        if self.opt.lossy:
            line = self.damage(line)
        return line.rstrip(" ") if self.opt.blank_lines != "double" else line

    def damage(self, line: str) -> str:
        if line.lstrip("\f") in self.inserted:
            return line
        if self.cjk:
            return _CHINESE_PUNCTUATION.sub(" ", line)
        words = line.split(" ")
        for index, word in enumerate(words):
            if len(word) >= 12 and word.isalpha():
                self.damaged.append(word)
                words[index] = f"{word[:6]} {word[6:]}"
        return " ".join(words)


def _visible_len(text: str) -> int:
    return len(_SENTINELS.sub("", _COPIES_SPAN.sub("", text)))


def _wrap_words(line: str, width: int) -> list[str]:
    """Greedy wrap at spaces, and after the hyphen of a compound word (joined back without space)."""
    out: list[str] = []
    current = ""
    for word in line.split(" "):
        for index, piece in enumerate(_HYPHEN_BREAK.split(word)):
            glue = "" if index else " "
            candidate = f"{current}{glue}{piece}" if current else piece
            # A superscript is typeset against its word: no line starts with one, even where
            # the extractor prints it apart ("un un, 2").
            if current and _visible_len(candidate) > width and not piece.startswith(_CITE[0]):
                out.append(current)
                current = piece
            else:
                current = candidate
    out.append(current)
    return out


def _wrap_characters(line: str, width: int) -> list[str]:
    """Chinese: a line may break between any two characters, except next to a space or inside a
    marker, so that joining the lines without a space gives the text back."""
    out: list[str] = []
    start = 0
    while _visible_len(line[start:]) > width:
        cut = _advance(line, start, width)
        while cut < len(line) and not _breakable(line, cut):
            cut += 1
        if cut >= len(line):
            break
        out.append(line[start:cut])
        start = cut
    out.append(line[start:])
    return out


def _advance(line: str, start: int, width: int) -> int:
    """The position ``width`` visible characters after ``start`` (sentinels and overprinted
    copies take no width)."""
    seen, copies, at = 0, False, start
    while at < len(line) and seen < width:
        char = line[at]
        copies = (copies or char == _COPIES[0]) and char != _COPIES[1]
        seen += not (copies or _SENTINELS.match(char))
        at += 1
    return at


def _breakable(line: str, at: int) -> bool:
    before, after = line[at - 1], line[at]
    if " " in (before, after) or after == _CITE[0]:
        return False  # nor before a superscript: it is typeset against the character it follows
    if not (_CJK_CHAR.match(before) or _CJK_CHAR.match(after)):
        return False  # Chinese typesetting breaks a Latin word or a symbol ("A/78/L.9") only at a space
    # never split a marked span: its closing sentinel must stay on the same line
    opened = line.rfind(_CITE[0], 0, at) > line.rfind(_CITE[1], 0, at)
    phrase = line.rfind(_PHRASE[0], 0, at) > line.rfind(_PHRASE[1], 0, at)
    # nor an overprinted phrase: its copies are printed over it, so they go where it goes
    overprinted = line.rfind(_BOLD[0], 0, at) > line.rfind(_BOLD[1], 0, at)
    return not (opened or phrase or overprinted)


def _join_pairs(block: list[str], pairs: list[tuple[str, str]]) -> list[str]:
    """``block`` with each pair of consecutive lines in ``pairs`` joined by a space."""
    out: list[str] = []
    for line in block:
        if out and (out[-1], line) in pairs:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


# Letters, digits and Han characters are counted separately, so that wrapping, glued markers
# and superscript digits do not change the count.
_WORD = re.compile(r"[\u3400-\u9fff]|[^\W\d_]+|\d")
_FROM_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def words(text: str) -> Counter[str]:
    """The words of a text, counted: runs of letters, single digits, single Han characters."""
    return Counter(_WORD.findall(text.translate(_FROM_SUPERSCRIPT)))


def content_words(noisy: Noisy) -> Counter[str]:
    """The words of the noisy text that are the resolution's, not page furniture."""
    furniture = Counter[str]()
    for line in noisy.inserted:
        furniture.update(words(line))
    return words(noisy.text) - furniture


# --- Hypothesis strategies -------------------------------------------------------------------


@st.composite
def noise_options(draw: st.DrawFn, lang: str = "en", *, lossy: bool = False) -> NoiseOptions:
    """Options for :func:`add_noise`; shrinks towards no noise at all."""
    cjk = lang == "zh"
    width = draw(st.none() | st.integers(min_value=15 if cjk else 40, max_value=40 if cjk else 100))
    year = draw(st.integers(min_value=0, max_value=99))
    serial = draw(st.integers(min_value=0, max_value=99999))
    blank_lines = draw(st.sampled_from(["keep", "remove", "double"] if cjk else ["keep", "remove"]))
    # A blank line after every line is the seed's extractor, which leaves no page furniture or
    # markdown and prints superscripts (the cleaned seed: "¹ 见第 55/2号决议"). Chinese prints no
    # space between words, so there is none for a marker to stand apart in.
    seed = blank_lines == "double"
    markers = (
        ["superscript"] if seed else ["superscript", "glued"] if cjk else ["superscript", "glued", "detached"]
    )
    return NoiseOptions(
        width=width,
        page_lines=None if seed else draw(st.none() | st.integers(min_value=8, max_value=60)),
        job=f"{year:02d}-{serial:05d}",
        printed=draw(st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))),
        markers=draw(st.sampled_from(markers)),
        blank_lines=blank_lines,
        masthead=draw(st.sampled_from(["print", "symbol_first", "joined"])),
        num_on_own_line=draw(st.booleans()),
        markdown=False if seed else draw(st.booleans()),
        bold_repeat=draw(st.sampled_from([1, 4])) if cjk else 1,
        lossy=lossy,
    )


def noisy(resolution: Resolution, *, lossy: bool = False) -> st.SearchStrategy[Noisy]:
    """Noisy extractions of one resolution."""
    return noise_options(resolution.language, lossy=lossy).map(lambda o: add_noise(resolution, o))
