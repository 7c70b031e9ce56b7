"""Cross-references in running text: document symbols and cited General Assembly resolutions.

Two kinds are recognised:

- document symbols ("A/56/574", "E/2001/30/Rev.1", "A/C.2/59/3", "A/RES/55/2"): the whole
  symbol becomes a :class:`~unxml.model.Ref` to its document IRI;
- resolution numbers after the lexicon's "resolution(s)" ("resolution 55/63 of 4 December
  2000", "resolutions 53/70 of 4 December 1998 and 54/49"): the number becomes a Ref, to the
  AKN4UN IRI of the resolution where the document prints its adoption date (beside it, or
  at another citation of the same resolution), otherwise to its symbol's IRI. A number
  cited as another body's resolution ("Human Rights Council resolution 48/13") is left as
  text: we do not know its symbol.

IRIs come from :func:`unxml.akn.iri.cited_href`, so citations and the writer agree.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date

from unxml.akn.iri import cited_href
from unxml.lexicons import Lexicon
from unxml.model import Ref

# A UN document symbol: a series ("A", "E", "S", "ST", "JIU", "A/C.2") then slash-separated
# parts, at least one with a digit; parts never end with a full stop ("A/78/293." ends a
# sentence). "Rev.1", "Add.2", "Corr.1", "L.9" are parts. A hyphen before the series means the
# symbol is another organization's ("REMJA-III/doc.14/00rev.2"), not a UN document. That test
# looks behind the series' first letter, so that ``re`` looks for capitals (a scan in C) rather
# than trying the pattern at every position.
_PART = r"[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*"
_SYMBOL = re.compile(rf"[A-Z](?<![\w/-][A-Z])[A-Z0-9]*(?:\.\d+)?(?:/{_PART}){{2,}}(?![\w/])")
_HAS_DIGIT = re.compile(r"\d")
_NUMBER = r"(?:(?:ES|S)-)?\d{1,3}/\d{1,4}(?: [A-Z](?:-[A-Z])?(?![\w/]))?(?![\w/])"


@dataclass(frozen=True)
class Found:
    """A reference found in a string: where it is and what it becomes."""

    start: int
    end: int
    ref: Ref


@functools.cache
def _citation_regexes(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = "|".join(re.escape(w) for w in sorted(lex.resolution_words, key=len, reverse=True))
    dated = rf"(?P<number>{_NUMBER})(?:\s+{re.escape(lex.date_link)}\s+(?P<date>{lex.date_regex}))?"
    # No ``\b`` in front: a pattern starting with a word is searched for quickly, one starting
    # with ``\b`` is tried at every position; the boundary is checked by ``_at_boundary``.
    head = re.compile(rf"(?:{words})\s+(?={_NUMBER})")
    # After the first number: ", " / " and " / ", and " then the next number.
    item = re.compile(rf"(?:,\s+(?:and\s+)?|\s+and\s+)?{dated}")
    return head, item


def _other_body(text: str, start: int, lex: Lexicon) -> bool:
    """Whether the words before ``start`` name another body ("Security Council resolution")."""
    before = text[:start].rstrip()
    words = before.rsplit(None, 1)  # the last word only: splitting all the text is quadratic
    if not words or words[-1] not in lex.other_bodies:
        return False
    return not before.endswith(lex.assembly_name)


def cited_dates(text: str, lex: Lexicon) -> dict[str, date]:
    """The adoption dates ``text`` prints beside cited resolution numbers: number → date."""
    return {number: adopted for number, adopted, _, _ in _citations(text, lex) if adopted}


def find_references(text: str, lex: Lexicon, known: Mapping[str, date] | None = None) -> list[Found]:
    """Every cross-reference in ``text``, in order, not overlapping.

    ``known`` gives adoption dates printed elsewhere in the document for numbers cited here
    without one.
    """
    if "/" not in text:
        return []  # symbols and resolution numbers all have a slash; most paragraphs none
    found: list[Found] = []
    for match in _SYMBOL.finditer(text):
        symbol = match.group()
        if _HAS_DIGIT.search(symbol):
            found.append(Found(match.start(), match.end(), Ref(text=symbol, href=cited_href(symbol))))
    taken = [(f.start, f.end) for f in found]
    for number, adopted, start, end in _citations(text, lex):
        candidate = Found(start, end, _resolution_ref(number, adopted or (known or {}).get(number)))
        if not _overlaps(candidate, taken):
            found.append(candidate)
    return sorted(found, key=lambda f: f.start)


def _overlaps(candidate: Found, spans: list[tuple[int, int]]) -> bool:
    return any(candidate.start < end and start < candidate.end for start, end in spans)


def _citations(text: str, lex: Lexicon) -> Iterator[tuple[str, date | None, int, int]]:
    """(number, printed adoption date, start, end) of each cited General Assembly resolution."""
    if not any(word in text for word in lex.resolution_words):
        return  # no citation without its introducing word; most paragraphs have none
    head, item = _citation_regexes(lex)
    for intro in head.finditer(text):
        if not _at_boundary(text, intro.start()) or _other_body(text, intro.start(), lex):
            continue
        position = intro.end()
        first = True
        while True:
            match = item.match(text, position)
            if not match or (first and match.start("number") != position):
                break
            first = False
            adopted = lex.parse_date(match["date"]) if match["date"] else None
            yield match["number"], adopted, match.start("number"), match.end("number")
            position = match.end()


def _at_boundary(text: str, position: int) -> bool:
    """Whether ``position`` is at a word boundary, as the regex ``\\b`` tells it."""
    before = position > 0 and _is_word_character(text[position - 1])
    after = position < len(text) and _is_word_character(text[position])
    return before != after


def _is_word_character(character: str) -> bool:
    return character.isalnum() or character == "_"  # the regex ``\\w``


def _resolution_ref(number: str, adopted: date | None) -> Ref:
    return Ref(text=number, href=cited_href(number, adopted))
