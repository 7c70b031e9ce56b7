"""Cutting the lines between the enacting formula and the meeting line into blocks.

A block is one printed paragraph, sub-paragraph or heading, still as lines. Text extraction
keeps no indentation and often no blank line between paragraphs, so a line starts a new block
only when its first words say so (an opening phrase, "12.", "(b)", "II.") *and* the line before
has ended a paragraph (its last character is "," ";" ":" or "."), or a blank line separates
them. A preambular paragraph whose opening phrase the lexicon does not know is still found
when the previous line stops short of the margin and the line opens with a participle or an
adjective ("Deploring", "Mindful"); the converter then reports it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from unxml.lexicons import Lexicon, Opening
from unxml.text.endings import Ending
from unxml.text.marks import NOTE_CLOSE, strip_marks
from unxml.text.points import styles_of, successor

BlockKind = Literal["phrase", "unknown", "operative", "point", "heading", "subheading", "text"]

_NUMBER = re.compile(r"^(\d{1,3})\.(?=\s|$)\s*")
_SUBNUMBER = re.compile(r"^(\d{1,3}\.\d{1,3}\.?)(?=\s|$)\s*")
_POINT = re.compile(r"^(\((?:[a-z]{1,3}|[ivxlc]{1,7}|\d{1,2})\))(?=\s|$)\s*")
_SECTION = re.compile(r"^([IVXLC]{1,6}\.?|[A-Z]\.)(?=\s|$)\s*")
_LONE_SECTION_NUMBER = re.compile(r"^[IVXLC]{1,6}\.?$")
_FIRST_LABELS = ("(a)", "(i)", "(1)")
_STARTS_BLOCK = re.compile(r"^(?:\d{1,3}\.|\((?:[a-z]{1,3}|[ivxlc]{1,7}|\d{1,2})\))(?:\s|$)")
_LABEL_ONLY = re.compile(
    r"^(?:\d{1,3}\.(?:\d{1,3}\.?)?|\((?:[a-z]{1,3}|[ivxlc]{1,7}|\d{1,2})\)|[IVXLC]{1,6}\.)$"
)
_CLOSERS = "”’\"')]」』）"
_ENDS_PARAGRAPH = Ending(",;:.!?،؛؟，；：。！？", _CLOSERS)
_ENDS_SENTENCE = Ending(";.!?؛؟；。！？", _CLOSERS)
_ENDS_PREAMBULAR = Ending(",;", "”’\"')]")
# First word of an unlisted opening: a participle or an adjective, possibly after an adverb.
_OPENING_WORD = re.compile(r"^(?:[A-Z][a-z]+ly\s+)?[A-Z][a-z-]+(?:ing|ed|ful|ous|ive|ant|ent|ware)\b")
_STARTS_UPPER = re.compile(r"^[A-Z“\"]")
_TITLE_CASE = re.compile(r"^ (?:of|and|for|on|in|to) [A-Z]")
# A paragraph's last line stops short of the margin; other lines run to it.
_SHORT_LINE = 0.8
# How many lines a heading may take: up to three, or six where the section's number ("XI")
# stands on a line of its own above a long title.
_HEADING_LINES = 3
_NUMBERED_HEADING_LINES = 6


@dataclass
class Block:
    """One paragraph, sub-paragraph or heading: its kind, printed label and lines."""

    kind: BlockKind
    line: int  # index of its first line in the body, for messages
    label: str | None = None
    lines: list[str] = field(default_factory=list)
    note: str | None = None  # what the segmenter assumed about this block, for the issues


def _merge_label_lines(lines: Sequence[str]) -> list[tuple[int, str]]:
    """Lines with a bare label ("1.", "(a)") joined to the text line after it."""
    out: list[tuple[int, str]] = []
    pending: tuple[int, str] | None = None
    for i, line in enumerate(lines):
        if pending is not None:
            if not line:
                continue
            out.append((pending[0], f"{pending[1]} {line}"))
            pending = None
            continue
        if _LABEL_ONLY.match(line):
            pending = (i, line)
            continue
        out.append((i, line))
    if pending is not None:
        out.append(pending)
    return out


def _restore_last_lines(items: list[tuple[int, str]], lex: Lexicon) -> list[tuple[int, str]]:
    """Undo an extraction slip: a paragraph's short last line printed right after its label.

    pdftotext sometimes gives "12." / "session." / "Decides to continue … at its eightieth":
    the label, then the paragraph's last line, then its first. Where the line after the label
    is short and ends a sentence and the next one opens the paragraph (a verb after a
    number, a capital after a letter), the short line goes back to the paragraph's end.
    """
    out = list(items)
    width = _width(out)
    k = 0
    while k < len(out):
        label = _NUMBER.match(out[k][1]) or _POINT.match(out[k][1])
        nxt = next((j for j in range(k + 1, len(out)) if out[j][1]), None)
        if label and nxt is not None:
            stray = out[k][1][label.end() :]
            opening = out[nxt][1]
            opens = lex.opening_verb(opening) if _NUMBER.match(out[k][1]) else not opening[:1].islower()
            if (
                opens
                and len(stray) < width * 0.5
                and _ENDS_PARAGRAPH(strip_marks(stray))
                and not _STARTS_BLOCK.match(opening)
            ):
                end = next((j for j in range(nxt + 1, len(out)) if _STARTS_BLOCK.match(out[j][1])), len(out))
                out[k] = (out[k][0], f"{label.group(0)}{opening}")
                out[nxt:end] = [*out[nxt + 1 : end], (out[nxt][0], stray)]
        k += 1
    return out


def _width(items: list[tuple[int, str]]) -> int:
    """The usual length of a full line (the 90th percentile), for telling short lines."""
    lengths = sorted(len(line) for _, line in items if line)
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


def _printed_opening(opening: Callable[[str], Opening | None]) -> Callable[[str], str | None]:
    """``opening`` (a lexicon's ``opening_phrase`` or ``opening_verb``) as the words of the
    line it covers, lead-in included, or None."""

    def printed(line: str) -> str | None:
        found = opening(line)
        return line[: found.end] if found else None

    return printed


class _Segmenter:
    def __init__(self, lines: Sequence[str], lex: Lexicon, in_body: bool, per_block: bool = False) -> None:
        self.per_block = per_block
        items = _merge_label_lines(lines)
        # The slip is pdftotext's: with one block per paragraph (a renderer's layout, the
        # Chinese seed) no line can have slipped out of its paragraph.
        self.items = items if per_block else _restore_last_lines(items, lex)
        self.lex = lex
        self.width = _width(self.items)
        # A resolution with numbered paragraphs has no unnumbered operative paragraph before
        # them, except one that introduces them ("Resolves that:" / "1.", A/RES/78/256).
        self.numbered = any(
            (found := lex.paragraph_number.match(line)) and found["num"] == "1" for _, line in self.items
        )
        self.blocks: list[Block] = []
        self.in_body = in_body
        self.expected = 1
        self.list_next: int | None = None  # the next item of a numbered list being read
        self.following = ""  # the next line with text after the one being read
        # The next line with text after each position, found in one backward pass: searching
        # the rest of the items at every line cost time quadratic in a document's length.
        self._next_text: list[str] = []
        after = ""
        for _, text in reversed(self.items):
            self._next_text.append(after)
            after = text or after
        self._next_text.reverse()
        # A line is asked for its opening words several times: the lexicon remembers answers.
        # A lead-in belongs to the opening ("在这方面确认" opens a paragraph as "确认" does).
        self.phrase_of = _printed_opening(lex.opening_phrase)
        self.verb_of = _printed_opening(lex.opening_verb)

    def run(self) -> list[Block]:
        previous = ","  # the enacting formula ends a "paragraph"
        blank = False
        skip_until = -1
        for position, (index, line) in enumerate(self.items):
            if position < skip_until:
                continue
            if not line:
                blank = True
                continue
            bare_previous = strip_marks(previous).rstrip()
            ended = self.per_block or blank or _ENDS_PARAGRAPH(bare_previous)
            cited_last = previous.rstrip().endswith(NOTE_CLOSE)
            ended = ended or (cited_last and bool(self.phrase_of(line)))
            short = blank or len(previous) < self.width * _SHORT_LINE
            heading_end = self._heading_lines(position, bare_previous, blank)
            if heading_end:
                lines = [line for _, line in self.items[position:heading_end] if line]
                self._open(self._heading_kind(lines, heading_end), index, None, lines)
                skip_until = heading_end
                previous, blank = self.items[heading_end - 1][1] + ".", False
                continue
            self.following = self._next_text[position]
            if not self._starts_block(index, line, bare_previous, ended, short):
                self._continue(index, line, bare_previous, short)
            previous, blank = line, False
        return self.blocks

    def _opening_phrase(self, line: str) -> str | None:
        """The opening phrase ``line`` starts with, also one that a narrow page wrapped onto
        the next line ("Se déclarant de nouveau vivement" / "préoccupée")."""
        found = self.phrase_of(line)
        if found or not self.following:
            return found
        wrapped = self.phrase_of(f"{line} {self.following}")
        return wrapped if wrapped and len(wrapped) > len(line) else None

    def _open(self, kind: BlockKind, index: int, label: str | None, lines: list[str]) -> None:
        self.blocks.append(Block(kind, index, label, lines))

    def _continue(self, index: int, line: str, previous: str, short: bool) -> None:
        last = self.blocks[-1] if self.blocks else None
        if last is None:
            self._open("unknown", index, None, [line])
        elif last.kind == "point" and self.in_body and short and _ENDS_SENTENCE(previous):
            # Text after a completed list item is the paragraph's closing words (an item's line
            # that runs to the margin goes on: "… plan.¹" / "It …" is one item of two sentences).
            self._open("text", index, None, [line])
        else:
            last.lines.append(line)

    def _starts_block(self, index: int, line: str, previous: str, ended: bool, short: bool) -> bool:
        found = self.lex.paragraph_number.match(line)
        if found and self.in_body and self._numbered_item(int(found.group(1)), previous):
            self._open("point", index, found.group(0).strip(), [line[found.end() :]])
            return True
        if found and self._numbered_verb(int(found.group(1)), line[found.end() :]):
            # "7. Decides …" starts a paragraph even where extraction garbled the line before.
            self._open("operative", index, found.group(0).strip(), [line[found.end() :]])
            self.in_body = True
            self.expected = int(found.group(1)) + 1
            return True
        phrase = self._opening_phrase(line)
        if not self.in_body and phrase and line[0].isupper() and not _TITLE_CASE.match(line[len(phrase) :]):
            # A known opening phrase is capitalised only where a paragraph starts (or in a
            # title: "Marking of Fishing Gear"), so it is trusted even where a stray line of
            # page furniture ends the line before. Arabic has no capitals and Russian prints
            # its phrases in lower case: there the words may be a wrapped line's first words
            # in mid-sentence, so the line before must have ended a paragraph (below).
            self._open("phrase", index, None, [line])
            return True
        found = self.lex.point_label.match(line)
        if found and not ended and self._next_label(found.group(1), line[found.end() :]):
            self._open("point", index, found.group(1), [line[found.end() :]])
            return True
        if not ended:
            return False
        found = _SUBNUMBER.match(line)
        if found:
            self._open("point", index, found.group(1), [line[found.end() :]])
            return True
        found = self.lex.paragraph_number.match(line)
        if found and self._accept_number(int(found.group(1)), previous):
            self._open("operative", index, found.group(0).strip(), [line[found.end() :]])
            self.in_body = True
            self.expected = int(found.group(1)) + 1
            return True
        found = self.lex.point_label.match(line)
        if found:
            self._open("point", index, found.group(1), [line[found.end() :]])
            return True
        if self._opening_phrase(line) and self._phrase_allowed():
            self._open("phrase", index, None, [line])
            return True
        if (
            self.in_body
            and self.blocks
            and self.blocks[-1].kind in ("heading", "phrase")
            and self.verb_of(line)
        ):
            # A section's single paragraph is printed without a number.
            self._open("operative", index, None, [line])
            return True
        if not self.in_body:
            introduces = line.rstrip().endswith(":")
            if self.verb_of(line) and not self.phrase_of(line) and (introduces or not self.numbered):
                # A resolution with a single operative paragraph prints no number.
                self._open("operative", index, None, [line])
                self.in_body = True
                return True
            if self.per_block and not line[:1].islower():
                # A block is a paragraph even where its opening words are not in the lexicon
                # (Arabic "وقد أصغت", Chinese "在这方面确认…"): kept apart, and reported. (One
                # that starts in lower case goes on the paragraph a page break cut.)
                self._open("unknown", index, None, [line])
                return True
            if short and previous.endswith((",", ";")) and _OPENING_WORD.match(line):
                self._open("unknown", index, None, [line])
                return True
        elif _ENDS_SENTENCE(previous) and self.verb_of(line):
            self._number_lone_first()
            label = self.lex.paragraph_label(self.expected)
            self._open("operative", index, label, [line])
            self.blocks[-1].note = f"paragraph printed without its number; {label!r} assumed"
            self.expected += 1
            return True
        return False

    def _number_lone_first(self) -> None:
        """Number the first operative paragraph, taken for a resolution's only one, once a
        second paragraph printed without its number shows the renderer lost them all."""
        at = next((i for i, b in enumerate(self.blocks) if b.kind == "operative"), None)
        if at is None or self.expected != 1 or any(b.kind == "heading" for b in self.blocks[at:]):
            return
        first = self.blocks[at]
        if first.label is None:
            first.label = self.lex.paragraph_label(1)
            first.note = f"paragraph printed without its number; {first.label!r} assumed"
            self.expected = 2

    def _accept_number(self, number: int, previous: str) -> bool:
        if number == self.expected:
            return True
        # Numbering restarts (a new section) or skips a number the extraction lost only after
        # a paragraph that has ended for good.
        restarts = number < self.expected or number == self.expected + 1
        return self.in_body and restarts and _ENDS_SENTENCE(previous)

    def _numbered_item(self, number: int, previous: str) -> bool:
        """Whether "1." … is an item of a numbered list inside an operative paragraph.

        Such a list follows words ending with ":" and counts from 1 while the paragraphs
        are numbered far beyond; it ends where the paragraph numbering goes on.
        """
        if number == 1 and self.expected > 2 and previous.endswith(":"):
            self.list_next = 2
            return True
        if self.list_next is not None and number == self.list_next and number != self.expected:
            self.list_next += 1
            return True
        self.list_next = None
        return False

    def _numbered_verb(self, number: int, rest: str) -> bool:
        expected = number in (self.expected, self.expected + 1) or (number == 1 and self._section_opens())
        return expected and self.verb_of(rest) is not None

    def _section_opens(self) -> bool:
        """Whether a section has begun and has no numbered paragraph yet: its numbering may
        start from 1 again, after its own preambular or unnumbered paragraphs."""
        for block in reversed(self.blocks):
            if block.kind == "heading":
                return True
            if block.kind == "operative" and block.label:
                return False
        return False

    def _next_label(self, label: str, rest: str) -> bool:
        """Whether ``label`` is the next item of the list being read and opens a sentence.

        The first item, "(a)", may follow its paragraph directly (Chinese extraction loses
        the colon that would end the paragraph's opening words).
        """
        if not rest or rest[0].islower():
            return False
        last = next((b for b in reversed(self.blocks) if b.kind != "text"), None)
        if last is None:
            return False
        if last.kind in ("operative", "phrase"):
            return label in _FIRST_LABELS
        if last.kind != "point" or not last.label or not self.lex.point_label.match(last.label):
            return False
        previous, label = self.lex.latin_label(last.label), self.lex.latin_label(label)
        return any(successor(style, previous) == label.strip("()") for style in styles_of(previous))

    def _phrase_allowed(self) -> bool:
        if not self.in_body:
            return True
        # In the operative part, only a section may open with preambular paragraphs.
        return bool(self.blocks) and self.blocks[-1].kind in ("heading", "phrase")

    def _heading_lines(self, position: int, previous: str, blank: bool) -> int | None:
        """If a heading starts at ``position``, the position after its last line."""
        # A heading follows a finished paragraph: an operative one, or the last preambular
        # one where the first section opens the operative part.
        finished = _ENDS_SENTENCE if self.in_body else _ENDS_PREAMBULAR
        if not (blank or finished(previous)):
            return None
        line = self.items[position][1]
        if (
            not _STARTS_UPPER.match(line)
            or self.lex.paragraph_number.match(line)
            or self.lex.point_label.match(line)
            or self.verb_of(line)
            or self.phrase_of(line)
        ):
            return None
        lone_number = _LONE_SECTION_NUMBER.match(line) or self.lex.section_label.match(line)
        limit = _NUMBERED_HEADING_LINES if lone_number else _HEADING_LINES
        # A numbered section may hold a single paragraph, printed without a number.
        numbered = lone_number is not None or _SECTION.match(line) is not None
        for end in range(position, min(position + limit + 1, len(self.items))):
            text = self.items[end][1]
            if not text:
                continue
            if end > position and (self._opens_after_heading(text) or (numbered and self.verb_of(text))):
                return end
            # A title under a number on its own line may go on after a colon ("…Agenda 2063:",
            # "The Africa We Want"); any other punctuation at a line's end ends a paragraph.
            if lone_number and end > position and text.rstrip().endswith(":"):
                continue
            if _ENDS_PARAGRAPH(strip_marks(text).rstrip()):
                return None
        return None

    def _opens_after_heading(self, text: str) -> bool:
        number = self.lex.paragraph_number.match(text)
        if number:
            return self.in_body or int(number.group(1)) == self.expected
        return bool(_SECTION.match(text) or self.lex.section_label.match(text) or self.phrase_of(text))

    def _heading_kind(self, lines: list[str], end: int) -> BlockKind:
        """A section heading, or (in the preamble) a heading that only groups paragraphs."""
        if self.in_body or _SECTION.match(lines[0]) or self.lex.paragraph_number.match(self.items[end][1]):
            self.in_body = True
            return "heading"
        return "subheading"


def segment(
    lines: Sequence[str], lex: Lexicon, in_body: bool = False, per_block: bool = False
) -> list[Block]:
    """The blocks of the lines after the enacting formula, in order; ``lines`` are single-spaced,
    as recognition reads them (``" ".join(line.split())``).

    ``in_body`` starts in the operative part (for a part of a resolution without preamble);
    ``per_block``: each line is a whole paragraph, ended whatever its last character.
    """
    return _Segmenter(lines, lex, in_body, per_block).run()
