"""Blocks → preamble, operative paragraphs, sub-paragraphs and sections of the model.

Opening phrases and verbs are looked up in the lexicon. One that is not there is kept in
the text, the phrase or verb is left empty, and an :class:`Issue` says where, so a person
can check it; nothing is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from unxml.lexicons import Lexicon, Opening
from unxml.model import OperativeParagraph, Point, PreambularParagraph, Section
from unxml.text.blocks import Block
from unxml.text.inline import InlineReader
from unxml.text.lines import join_wrapped
from unxml.text.marks import strip_marks
from unxml.text.points import OpenList, place

_SECTION_NUMBER = re.compile(r"^([IVXLC]{1,6}\.|[A-Z]\.)\s+")
_ROMAN_NUMBER = re.compile(r"^[IVXLC]{1,6}\.?$")
_SNIPPET = 60


@dataclass(frozen=True)
class Issue:
    """Something found but not recognised: where it is and what it is."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class _Point:
    num: str
    text: str
    points: list[_Point] = field(default_factory=list)


@dataclass
class _Paragraph:
    """A preambular or operative paragraph being built; ``lead`` is its phrase or verb."""

    num: str | None
    lead: str
    text: str
    operative: bool
    points: list[_Point] = field(default_factory=list)
    wrap_up: list[str] = field(default_factory=list)
    lead_in: str = ""  # words printed before the phrase or verb ("在这方面")


@dataclass
class _Section:
    num: str | None
    heading: str
    level: int
    preamble: list[_Paragraph] = field(default_factory=list)
    body: list[_Paragraph | _Section] = field(default_factory=list)


class _Builder:
    def __init__(self, lex: Lexicon, reader: InlineReader, where: str) -> None:
        self.lex = lex
        self.read = reader.text
        self.where = where  # prefix of issue locations ("", or "part B, ")
        self.issues: list[Issue] = []
        self.preamble: list[_Paragraph] = []
        self.body: list[_Paragraph | _Section] = []
        self.sections: list[_Section] = []
        self.current: _Paragraph | None = None
        self.lists: list[OpenList] = []
        self.open_points: list[_Point] = []

    def add(self, block: Block) -> None:
        text = join_wrapped(block.lines)
        if block.note:
            self.issues.append(Issue(f"{self.where}operative paragraph {block.label}", block.note))
        if block.kind in ("phrase", "unknown"):
            self._preambular(text)
        elif block.kind == "operative":
            self._operative(block.label, text)
        elif block.kind == "point":
            self._point(block.label or "", text)
        elif block.kind == "heading":
            self._heading(block.lines)
        elif block.kind == "subheading":
            self._subheading(text)
        else:
            self._wrap_up(text)

    def _preambular(self, text: str) -> None:
        target = self.sections[-1].preamble if self.sections else self.preamble
        opening = self.lex.opening_phrase(text) or Opening("", "", 0)
        paragraph = _Paragraph(None, opening.words, text[opening.end :], False, lead_in=opening.lead_in)
        target.append(paragraph)
        if not opening.words:
            where = f"{self.where}preambular paragraph {len(target)}"
            self.issues.append(Issue(where, f"opening phrase not in the lexicon: {_snippet(text)!r}"))
        self._start(paragraph)

    def _subheading(self, text: str) -> None:
        # The model has no heading inside a preamble; like the UN's own files, keep it as a
        # paragraph whose italic lead words are the whole heading.
        target = self.sections[-1].preamble if self.sections else self.preamble
        target.append(_Paragraph(None, text, "", operative=False))
        where = f"{self.where}preambular paragraph {len(target)}"
        self.issues.append(
            Issue(where, f"heading inside the preamble kept as a paragraph: {_snippet(text)!r}")
        )
        self.current = None

    def _operative(self, num: str | None, text: str) -> None:
        opening = self.lex.opening_verb(text) or Opening("", "", 0)
        paragraph = _Paragraph(num, opening.words, text[opening.end :], True, lead_in=opening.lead_in)
        (self.sections[-1].body if self.sections else self.body).append(paragraph)
        if not opening.words:
            where = f"{self.where}operative paragraph {num or '(unnumbered)'}"
            self.issues.append(Issue(where, f"verb not in the lexicon: {_snippet(text)!r}"))
        self._start(paragraph)

    def _start(self, paragraph: _Paragraph) -> None:
        self.current = paragraph
        self.lists, self.open_points = [], []

    def _point(self, label: str, text: str) -> None:
        if self.current is None:
            # A list straight after a heading: keep its words as an unnumbered paragraph.
            self._operative(None, f"{label} {text}")
            return
        if self.current.wrap_up and self.open_points:
            # Words between two items of a list belong to the item before: the list goes on.
            self.open_points[-1].text = " ".join([self.open_points[-1].text, *self.current.wrap_up])
            self.current.wrap_up = []
        parent_text = self.open_points[-1].text if self.open_points else self.current.text
        opens_list = strip_marks(parent_text).rstrip().endswith(":")
        depth = place(self.lists, self.lex.latin_label(label), opens_list)
        point = _Point(label, text)
        if depth == 0:
            self.current.points.append(point)
        else:
            self.open_points[depth - 1].points.append(point)
        del self.open_points[depth:]
        self.open_points.append(point)

    def _wrap_up(self, text: str) -> None:
        if self.current is None:
            self._operative(None, text)
        elif self.current.points:
            self.current.wrap_up.append(text)
        else:
            self.current.text = f"{self.current.text} {text}"

    def _heading(self, lines: list[str]) -> None:
        text = join_wrapped(lines)
        found = _SECTION_NUMBER.match(text)
        if (_ROMAN_NUMBER.match(lines[0]) or self.lex.section_label.match(lines[0])) and len(lines) > 1:
            num, heading = lines[0], join_wrapped(lines[1:])  # "I", "Part I" printed above its title
        elif found:
            num, heading = found.group(1), text[found.end() :]
        else:
            num, heading = None, text
        level = self._level(num)
        while self.sections and self.sections[-1].level >= level:
            self.sections.pop()
        section = _Section(num, heading, level)
        (self.sections[-1].body if self.sections else self.body).append(section)
        self.sections.append(section)
        self.current = None

    def _level(self, num: str | None) -> int:
        if num and _ROMAN_NUMBER.match(num):
            return 1
        worded = self.lex.section_label.match(num or "")
        if worded:  # "Part I" holds the "Section 1" after it
            return self.lex.section_words.index(worded.group("word")) + 1
        if num:  # "A.": under a roman-numbered section if one is open
            romans = [s for s in self.sections if s.num and _ROMAN_NUMBER.match(s.num)]
            return romans[-1].level + 1 if romans else 1
        if not self.sections:
            return 1
        innermost = self.sections[-1]
        return innermost.level if innermost.num is None else innermost.level + 1

    # --- freezing into the model --------------------------------------------------------------

    def preamble_model(self) -> tuple[PreambularParagraph, ...]:
        return tuple(self._preambular_model(p) for p in self.preamble)

    def body_model(self) -> tuple[OperativeParagraph | Section, ...]:
        return tuple(self._body_item(item) for item in self.body)

    def _preambular_model(self, paragraph: _Paragraph) -> PreambularParagraph:
        return PreambularParagraph(
            lead_in=paragraph.lead_in,
            phrase=paragraph.lead,
            text=self.read(paragraph.text),
            points=tuple(self._point_model(p) for p in paragraph.points),
        )

    def _body_item(self, item: _Paragraph | _Section) -> OperativeParagraph | Section:
        if isinstance(item, _Section):
            return Section(
                num=item.num,
                heading=self.read(item.heading),
                preamble=tuple(self._preambular_model(p) for p in item.preamble),
                body=tuple(self._body_item(i) for i in item.body),
            )
        return OperativeParagraph(
            num=item.num,
            lead_in=item.lead_in,
            verb=item.lead,
            text=self.read(item.text),
            points=tuple(self._point_model(p) for p in item.points),
            wrap_up=self.read(" ".join(item.wrap_up)),
        )

    def _point_model(self, point: _Point) -> Point:
        return Point(
            num=point.num,
            text=self.read(point.text),
            points=tuple(self._point_model(p) for p in point.points),
        )


def _snippet(text: str) -> str:
    text = strip_marks(text)
    return text if len(text) <= _SNIPPET else text[:_SNIPPET].rsplit(" ", 1)[0] + " …"


@dataclass(frozen=True)
class Built:
    """The preamble and operative part read from a list of blocks, with what was not recognised."""

    preamble: tuple[PreambularParagraph, ...]
    body: tuple[OperativeParagraph | Section, ...]
    issues: tuple[Issue, ...]


def build(blocks: list[Block], lex: Lexicon, reader: InlineReader, where: str = "") -> Built:
    """Turn blocks into model paragraphs; ``where`` prefixes issue locations ("part B, ")."""
    builder = _Builder(lex, reader, where)
    for block in blocks:
        builder.add(block)
    return Built(builder.preamble_model(), builder.body_model(), tuple(builder.issues))
