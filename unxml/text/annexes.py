"""Annexes: what the resolution prints after its meeting line.

Each annex opens with a line "Annex" / "Annex I" …; its heading is that line and the title
lines after it (up to a blank line or the first paragraph); its paragraphs are cut like the
operative part's. Words after the meeting line that no annex heading introduces are kept in
an annex of their own and reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from unxml.lexicons import Lexicon
from unxml.model import Annex
from unxml.text.blocks import segment
from unxml.text.inline import InlineReader
from unxml.text.lines import join_wrapped
from unxml.text.structure import Issue

_MAX_TITLE_LINES = 4
_ENDS_SENTENCE = re.compile(r"[.;:]$")
_STARTS_PARAGRAPH = re.compile(r"^(?:\d{1,3}\.|\([a-z]{1,3}\))(?:\s|$)")


def _is_annex_line(line: str, lex: Lexicon) -> bool:
    word, _, rest = line.partition(" ")
    return word == lex.annex_word and (
        not rest or re.fullmatch(r"[IVXLC]{1,6}|[A-Z]|\d{1,2}", rest) is not None
    )


def read_annexes(
    lines: Sequence[str], lex: Lexicon, reader: InlineReader
) -> tuple[tuple[Annex, ...], tuple[Issue, ...]]:
    """The annexes printed in ``lines`` (everything after the meeting line)."""
    clean = [" ".join(line.split()) for line in lines]
    starts = [i for i, line in enumerate(clean) if _is_annex_line(line, lex)]
    issues: list[Issue] = []
    first_text = next((i for i, line in enumerate(clean) if line), None)
    if first_text is None:
        return (), ()
    if not starts or first_text < starts[0]:
        issues.append(
            Issue("after the meeting line", "text that no annex heading introduces (kept as an annex)")
        )
        starts.insert(0, first_text)
    annexes = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(clean)
        annexes.append(_annex(clean[start:end], lex, reader))
    return tuple(annexes), tuple(issues)


def _annex(lines: list[str], lex: Lexicon, reader: InlineReader) -> Annex:
    heading = [lines[0]]
    position = 1
    title: list[str] = []
    while position < len(lines) and len(title) < _MAX_TITLE_LINES:
        line = lines[position]
        if not line:
            if title:
                break
            position += 1
            continue
        if _STARTS_PARAGRAPH.match(line) or _ENDS_SENTENCE.search(line):
            break
        title.append(line)
        position += 1
    if title:
        heading.append(join_wrapped(title))
    paragraphs = []
    for block in segment(lines[position:], lex, in_body=True):
        words = join_wrapped(block.lines)
        text = reader.text(f"{block.label} {words}" if block.label else words)
        if text:
            paragraphs.append(text)
    return Annex(heading=tuple(heading), paragraphs=tuple(paragraphs))
