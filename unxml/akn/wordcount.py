"""The words of an AKN document by region, to check that reading and re-writing loses none.

A word is a run of letters and digits (each Chinese ideograph is one word), so layout
(tabs, brackets around Arabic footnote calls, indentation) does not count. Footnotes are
counted once per marker: the UN gives a note once and cites it again with a bare
superscript, unxml repeats the note at each citation, and both are the same footnote.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from lxml import etree

from unxml.akn.names import AKN_NS
from unxml.lang import HAN

# Chinese is written without spaces: each ideograph counts as a word, so that markup
# boundaries inside a run of ideographs do not change the count.
_WORD = re.compile(f"[{HAN}]|[^\\W{HAN}]+")
_BODY_REGIONS = ("preface", "preamble", "mainBody", "conclusions", "attachments")


@dataclass(frozen=True)
class Words:
    """Word counts of a document: masthead, body (without notes) and footnotes."""

    masthead: Counter[str]
    body: Counter[str]
    footnotes: Counter[str]


# Elements that separate words; every other element is inline and joins its neighbours.
_BLOCKS = frozenset(
    {
        "p", "num", "heading", "subheading", "crossHeading", "intro", "wrapUp", "content", "item",
        "listIntroduction", "listWrapUp", "paragraph", "point", "section", "container", "formula",
        "list", "sublist", "blockList", "table", "tr", "td", "th", "eol", "br", "docNumber",
        "docTitle", "location", "docDate", "event",
    }
)  # fmt: skip


def _text_without_notes(element: etree._Element, out: list[str], markers: frozenset[str]) -> None:
    if not isinstance(element.tag, str):
        return
    name = etree.QName(element).localname
    if name in ("authorialNote", "meta", "img"):
        return
    if name == "sup" and "".join(element.itertext()).strip() in markers:
        return  # a repeated footnote citation: the marker, not a word of the text
    block = name in _BLOCKS
    out.append(" " if block else "")
    out.append(element.text or "")
    for child in element:
        _text_without_notes(child, out, markers)
        out.append(child.tail or "")
    out.append(" " if block else "")


def _regions(root: etree._Element, names: tuple[str, ...]) -> list[etree._Element]:
    found = [e for e in root.iter() if isinstance(e.tag, str) and etree.QName(e).localname in names]
    # Nested regions (an annex's mainBody inside attachments) are counted with their outer one.
    return [e for e in found if not any(a in found for a in e.iterancestors())]


def count_words(root: etree._Element) -> Words:
    """The words of a parsed AKN document."""
    notes: dict[str, etree._Element] = {}
    for note in root.iter(f"{{{AKN_NS}}}authorialNote"):
        notes.setdefault(note.get("marker", "").strip(), note)
    markers = frozenset(notes)
    note_text: list[str] = []
    for note in notes.values():
        for child in note:
            _text_without_notes(child, note_text, markers)
    masthead: list[str] = []
    for region in _regions(root, ("coverPage",)):
        _text_without_notes(region, masthead, markers)
    body: list[str] = []
    for region in _regions(root, _BODY_REGIONS):
        _text_without_notes(region, body, markers)
    return Words(
        masthead=Counter(_WORD.findall("".join(masthead))),
        body=Counter(_WORD.findall("".join(body))),
        footnotes=Counter(_WORD.findall("".join(note_text))),
    )
