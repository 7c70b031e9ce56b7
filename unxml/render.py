"""A resolution as the UN prints it: the plain text a clean PDF extraction would give.

:func:`to_text` lays a :class:`~unxml.model.Resolution` out in the printed order: the masthead,
the number and title, the enacting formula, the preambular paragraphs (opening phrase, the
language's separator, the text), the operative paragraphs with their numbers, sub-paragraphs,
sections and parts, the meeting line with its date, the footnotes, then the annexes. Every
printed form comes from the model itself (the model keeps what was printed).
``unxml convert`` reads the text back.

Layout ``"print"`` (the only layout so far) is one block per printed line group, blocks
separated by one blank line, no line wrapping, no page furniture (that is what
:mod:`unxml.testing.noise` adds). Footnotes are printed once, after the meeting line of the
whole resolution, one per line as ``marker text`` (``¹ See resolution 55/2.``), and annexes
follow them. Footnote citations are printed, per ``markers``:

- ``"superscript"`` (default): glued to the preceding word, digits as superscript digits
  (``Declaration,¹ in``); a marker that is not all digits (``*``, ``a``) as ``[*]``;
- ``"bracket"``: ``Declaration,[1] in``, footnotes as ``[1] text``;
- ``"plain"``: what pdftotext gives, the marker as a word of its own (``Declaration, 1 in``),
  footnotes as ``1 text``; ambiguous with numbers in the text, so only for noisy input tests.

``italics=True`` wraps opening phrases, action verbs and emphasised words in ``*…*``, as some
cleaned extractions do (``1. *Invites* Member States``).

The ``unxml render FILE.xml [-o OUT]`` subcommand prints an XML file this way.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from unxml.errors import UnxmlError
from unxml.lang import language
from unxml.model import (
    Annex,
    BodyItem,
    Emphasis,
    Inline,
    Meeting,
    NoteRef,
    OperativeParagraph,
    Part,
    Point,
    PreambularParagraph,
    PrintedDate,
    Resolution,
    Section,
)

Layout = Literal["print"]
Markers = Literal["superscript", "bracket", "plain"]

LAYOUTS: tuple[str, ...] = ("print",)
MARKERS: tuple[str, ...] = ("superscript", "bracket", "plain")

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
"""Digits to the superscript digits PDF extraction gives for footnote markers."""

# Whether the number before the title takes a full stop ("56/121." but Arabic "56/121").
NUMBER_SUFFIX: dict[str, str] = {"ar": "", "zh": ".", "en": ".", "fr": ".", "ru": ".", "es": "."}


def to_text(
    resolution: Resolution,
    layout: Layout = "print",
    *,
    markers: Markers = "superscript",
    italics: bool = False,
) -> str:
    """The resolution as printed, as one string ending in a newline (see the module doc)."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; expected one of {', '.join(LAYOUTS)}")
    if markers not in MARKERS:
        raise ValueError(f"unknown markers style {markers!r}; expected one of {', '.join(MARKERS)}")
    printer = Printer(resolution.language, markers, italics)
    return "\n\n".join(printer.blocks(resolution)) + "\n"


class Printer:
    """Turns model parts into blocks (groups of lines separated by blank lines).

    :mod:`unxml.testing.noise` subclasses it to mark phrases and citations while it lays out
    pages; :meth:`citation`, :meth:`note_marker` and :meth:`emphasised` are the hooks.
    """

    def __init__(self, lang: str, markers: Markers, italics: bool) -> None:
        self.lang = lang
        self.typography = language(lang)
        self.markers = markers
        self.italics = italics

    # --- the document ------------------------------------------------------------------------

    def blocks(self, res: Resolution) -> Iterator[str]:
        yield from self.masthead(res)
        yield self.joined(f"{res.number}{NUMBER_SUFFIX[self.lang]}", self.inline(res.title), " ")
        if res.formula:
            yield res.formula
        yield from self.preamble(res.preamble)
        yield from self.body(res.body)
        for part in res.parts:
            yield from self.part(part)
        conclusion = self.conclusion(res.meeting, res.meeting_date)
        if conclusion:
            yield conclusion
        if res.footnotes:
            yield "\n".join(
                self.joined(self.note_marker(f.marker), self.inline(f.text), " ") for f in res.footnotes
            )
        for annex in res.annexes:
            yield from self.annex(annex)

    def masthead(self, res: Resolution) -> Iterator[str]:
        # A source that printed no masthead (the Chinese seed starts at the number) has none of
        # these fields, and the number line gives the symbol.
        fields = (res.publisher, res.issuing_body, res.distribution, res.distribution_date)
        fields += (res.session_text, res.agenda, res.heading, res.origin)
        if all(f is None for f in fields):
            return
        yield _lines(
            res.publisher,
            res.symbol,
            res.issuing_body,
            res.distribution,
            res.distribution_date.text if res.distribution_date else None,
        )
        agenda = res.agenda
        session = _lines(res.session_text, agenda.text if agenda else None, agenda.title if agenda else None)
        if session:
            yield session
        adopted = _lines(res.heading, res.origin.text if res.origin else None)
        if adopted:
            yield adopted

    def part(self, part: Part) -> Iterator[str]:
        yield part.letter
        if part.title:
            yield self.inline(part.title)
        yield part.formula
        yield from self.preamble(part.preamble)
        yield from self.body(part.body)
        conclusion = self.conclusion(part.meeting, part.meeting_date)
        if conclusion:
            yield conclusion

    def conclusion(self, meeting: Meeting | None, when: PrintedDate | None) -> str:
        return _lines(meeting.text if meeting else None, when.text if when else None)

    def annex(self, annex: Annex) -> Iterator[str]:
        yield "\n".join(annex.heading)
        for paragraph in annex.paragraphs:
            yield self.inline(paragraph)

    # --- paragraphs --------------------------------------------------------------------------

    def preamble(self, paragraphs: tuple[PreambularParagraph, ...]) -> Iterator[str]:
        for para in paragraphs:
            yield self.opening(para.phrase, self.inline(para.text), para.lead_in)
            yield from self.points(para.points)

    def body(self, items: tuple[BodyItem, ...]) -> Iterator[str]:
        for item in items:
            if isinstance(item, Section):
                yield self.joined(item.num or "", self.inline(item.heading), " ")
                yield from self.preamble(item.preamble)
                yield from self.body(item.body)
            else:
                yield from self.operative(item)

    def operative(self, para: OperativeParagraph) -> Iterator[str]:
        words = self.opening(para.verb, self.inline(para.text), para.lead_in)
        yield self.joined(para.num or "", words, " ")
        yield from self.points(para.points)
        if para.wrap_up:
            yield self.inline(para.wrap_up)

    def points(self, points: tuple[Point, ...]) -> Iterator[str]:
        for point in points:
            yield self.joined(point.num, self.inline(point.text), " ")
            yield from self.points(point.points)
            if point.wrap_up:
                yield self.inline(point.wrap_up)

    # --- running text ------------------------------------------------------------------------

    def inline(self, text: tuple[Inline, ...]) -> str:
        out: list[str] = []
        for piece in text:
            if isinstance(piece, str):
                out.append(piece)
            elif isinstance(piece, NoteRef):
                out.append(self.citation(piece.marker))
            elif isinstance(piece, Emphasis):
                out.append(self.emphasised(piece.text))
            else:
                out.append(piece.text)
        return "".join(out)

    def citation(self, marker: str) -> str:
        if self.markers == "plain":
            return f" {marker}"
        return self.note_marker(marker)

    def note_marker(self, marker: str) -> str:
        if self.markers == "superscript" and marker.isascii() and marker.isdigit():
            return marker.translate(SUPERSCRIPT)
        if self.markers == "plain":
            return marker
        return f"[{marker}]"

    def emphasised(self, words: str) -> str:
        return f"*{words}*" if self.italics and words else words

    def opening(self, words: str, text: str, lead_in: str = "") -> str:
        """A lead-in, an opening phrase or verb, then the text, separated as the language
        prints them."""
        opened = self.joined(self.emphasised(words), text, self.typography.separator_before(text))
        return self.joined(lead_in, opened, self.typography.phrase_separator)

    @staticmethod
    def joined(head: str, tail: str, separator: str) -> str:
        """``head`` and ``tail`` with ``separator`` between them, or whichever is not empty."""
        if head and tail:
            return f"{head}{separator}{tail}"
        return head or tail


def _lines(*lines: str | None) -> str:
    return "\n".join(line for line in lines if line)


# --- the ``unxml render`` subcommand ---------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE.xml", type=Path, help="AKN4UN XML of one resolution")
    parser.add_argument("-o", "--output", type=Path, help="write the text here (default: standard output)")
    parser.add_argument(
        "--markers",
        choices=MARKERS,
        default="superscript",
        help="how footnote citations are printed (default: superscript)",
    )
    parser.add_argument("--italics", action="store_true", help="print phrases and verbs as *italics*")


def run(args: argparse.Namespace) -> int:
    from unxml.akn.reader import from_xml

    try:
        resolution = from_xml(args.file)
    except UnxmlError as err:
        print(f"unxml render: {err}", file=sys.stderr)
        return 2
    text = to_text(resolution, markers=args.markers, italics=args.italics)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        args.output.write_text(text, encoding="utf-8")
    except OSError as err:
        print(f"unxml render: cannot write {args.output}: {err.strerror or err}", file=sys.stderr)
        return 2
    return 0
