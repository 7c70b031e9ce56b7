"""Running text of cleaned lines → the model's :data:`~unxml.model.Text`.

Footnote citations arrive from the cleaning stage as note marks (``unxml.text.marks``) and
become :class:`~unxml.model.NoteRef`; cross-references become :class:`~unxml.model.Ref`;
titles the UN always sets in italics (the lexicon's emphasis patterns: "Official Records of
the General Assembly, …, Supplement No. 3", "Treaty Series") become
:class:`~unxml.model.Emphasis`; every other character stays as printed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from datetime import date

from unxml.lexicons import Lexicon
from unxml.model import Emphasis, Inline, NoteRef, Ref
from unxml.text.marks import NOTE_MARK, strip_marks
from unxml.text.references import cited_dates, find_references


class InlineReader:
    """Reads the inline content of one document's texts.

    ``known_dates`` are the adoption dates the document prints beside cited resolutions, so
    that a later citation of the same resolution without its date still gets the dated IRI.
    """

    def __init__(self, lex: Lexicon, known_dates: Mapping[str, date] | None = None) -> None:
        self.lex = lex
        self.known_dates = dict(known_dates or {})

    @classmethod
    def for_document(cls, lex: Lexicon, texts: Iterable[str]) -> InlineReader:
        """A reader that knows every adoption date printed anywhere in ``texts``."""
        return cls(lex, cited_dates(" ".join(strip_marks(t) for t in texts), lex))

    def text(self, raw: str) -> tuple[Inline, ...]:
        """``raw`` (one paragraph, lines already joined) as text with its inline pieces."""
        pieces: list[Inline] = []
        position = 0
        for mark in NOTE_MARK.finditer(raw):
            pieces.extend(self._pieces(raw[position : mark.start()]))
            pieces.append(NoteRef(marker=mark.group(1)))
            position = mark.end()
        pieces.extend(self._pieces(raw[position:]))
        return tuple(pieces)

    def _pieces(self, text: str) -> list[Inline]:
        spans: list[tuple[int, int, Ref | Emphasis]] = [
            (found.start, found.end, found.ref) for found in find_references(text, self.lex, self.known_dates)
        ]
        for pattern in self.lex.emphasis_patterns:
            literals = _literal_alternatives(pattern)
            if literals is not None and not any(literal in text for literal in literals):
                continue
            for match in pattern.finditer(text):
                if not any(match.start() < end and start < match.end() for start, end, _ in spans):
                    spans.append((match.start(), match.end(), Emphasis(text=match.group())))
        pieces: list[Inline] = []
        position = 0
        for start, end, piece in sorted(spans, key=lambda span: span[0]):
            pieces.append(text[position:start])
            pieces.append(piece)
            position = end
        pieces.append(text[position:])
        return pieces


# Characters with a meaning in a pattern besides "|" (the pattern's flags rule out the others).
_PATTERN_SYNTAX = frozenset(".^$*+?{}[]\\()")


@functools.cache
def _literal_alternatives(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The strings a pattern of literal alternatives matches ("European Treaty Series|Treaty
    Series"), or None for any other pattern.

    ``re`` looks at every character of a text for the first letters of such a pattern's
    alternatives; ``in`` tells, several times faster, whether the text holds one at all.
    """
    alternatives = tuple(pattern.pattern.split("|"))
    if pattern.flags != re.UNICODE or any(_PATTERN_SYNTAX.intersection(a) for a in alternatives):
        return None
    return alternatives
