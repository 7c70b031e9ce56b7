"""Footnotes: markers 1, 2, 3 … in order of first citation; each note cited; each citation resolving.

In AKN a footnote (``authorialNote``) sits at the point where it is cited; a footnote cited
twice is written at both places with the same marker, so both copies must say the same.
Editorial notes (``meta/notes/note``) are cited by ``noteRef/@href``.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from unxml.validate.location import AKN
from unxml.validate.rules.base import Document, Issue, rule, text_of


def _footnotes(doc: Document) -> list[tuple[etree._Element, str]]:
    """Every footnote (``authorialNote``) with its text, read once for the rules that compare them."""
    return doc.memo("footnotes", lambda doc: [(n, text_of(n)) for n in doc.elements(AKN + "authorialNote")])


@rule("UNX121", "error", "numbered footnote markers run 1, 2, 3 … in order of first citation")
def marker_sequence(doc: Document) -> Iterator[Issue]:
    seen: set[str] = set()
    expected = 1
    for note in doc.elements(AKN + "authorialNote"):
        marker = (note.get("marker") or "").strip()
        if not marker.isdigit() or marker in seen:
            continue  # "*" notes on titles are outside the sequence; a repeat is a second citation
        seen.add(marker)
        if int(marker) != expected:
            yield note, f"footnote marker {marker} is the next new footnote; expected {expected}"
        expected = int(marker) + 1


@rule("UNX122", "error", "every note in meta/notes is cited by a noteRef")
def uncited_notes(doc: Document) -> Iterator[Issue]:
    cited = {(ref.get("href") or "")[1:] for ref in doc.elements(AKN + "noteRef")}
    for note in doc.elements(AKN + "note"):
        if note.get("eId") not in cited:
            yield note, f"note '{note.get('eId')}' is never cited (no noteRef points to it)"


@rule("UNX123", "error", "every footnote citation resolves: a noteRef's note exists, a footnote has text")
def unresolved_citations(doc: Document) -> Iterator[Issue]:
    for ref in doc.elements(AKN + "noteRef"):
        href = ref.get("href", "")
        if not href.startswith("#") or href[1:] not in doc.ids:
            yield ref, f"noteRef points to '{href}', which is no note in this document"
    for note, text in _footnotes(doc):
        if not text:
            yield note, f"footnote {note.get('marker', '')} is cited here but has no text"


@rule("UNX124", "error", "a footnote cited more than once says the same at every citation")
def repeated_markers(doc: Document) -> Iterator[Issue]:
    first_text: dict[str, str] = {}
    for note, text in _footnotes(doc):
        marker = (note.get("marker") or "").strip()
        if marker not in first_text:
            first_text[marker] = text
        elif text != first_text[marker]:
            yield note, f"footnote marker {marker} is used for two different footnotes"
