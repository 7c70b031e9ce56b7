"""Print the UN's AKN4UN files as plain text in the printed layout, for the language tests.

A test helper, not the library's renderer: it reads the UN's own markup (which the library's
reader may not accept in every detail) and lays it out as the converter's input looks: one
block per printed line or paragraph, numbers before paragraphs, footnote markers as
superscripts where they are cited and the footnotes at the end.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from unxml.xmlsafe import parse_xml

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
DATA = Path(__file__).parent / "data" / "un-corpus-i18n"
LANGS = ("ar", "zh", "fr", "ru", "es")
_SPACES = re.compile(r"\s+")
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_NUMBERED = {f"{AKN}paragraph", f"{AKN}point"}
# What prints as a block of its own: paragraphs, and the headings and preambular paragraphs
# of sections (which the UN marks up without <p>).
_BLOCKS = tuple(f"{AKN}{tag}" for tag in ("p", "heading", "subheading", "crossHeading"))


def samples(lang: str) -> list[Path]:
    return sorted((DATA / lang).glob("*.xml"))


def layout(path: Path) -> str:
    """The resolution in ``path`` as printed text."""
    statement = next(parse_xml(path).iter(f"{AKN}statement"))
    notes: list[tuple[str, str]] = []
    blocks: list[str] = []
    for part in ("coverPage", "preface", "preamble", "mainBody", "conclusions"):
        section = statement.find(f"{AKN}{part}")
        if section is None:
            continue
        for p in section.iter(*_BLOCKS):
            if any(a.tag in _BLOCKS or a.tag == f"{AKN}authorialNote" for a in p.iterancestors()):
                continue
            text = _line(p, notes)
            if text:
                blocks.append(_number_of(p) + text)
    out = "\n\n".join(blocks)
    if notes:
        out += "\n\n" + "\n".join(f"{marker} {text}" for marker, text in notes)
    return out + "\n"


def _number_of(p: etree._Element) -> str:
    """The printed number of the paragraph or point that ``p`` opens, with a space."""
    holder = p.getparent()
    while holder is not None and holder.tag not in _NUMBERED:
        if holder.tag not in (f"{AKN}content", f"{AKN}intro", f"{AKN}list"):
            return ""
        holder = holder.getparent()
    if holder is None or next(holder.iter(f"{AKN}p")) is not p:
        return ""
    num = holder.find(f"{AKN}num")
    return "" if num is None else _SPACES.sub(" ", "".join(num.itertext())).strip() + " "


def _line(element: etree._Element, notes: list[tuple[str, str]]) -> str:
    pieces: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.tag == f"{AKN}authorialNote":
            marker = node.get("marker", "")
            notes.append((marker, _SPACES.sub(" ", "".join(node.itertext())).strip()))
            pieces.append(marker.translate(_SUPERSCRIPT))
        else:
            if node.tag == f"{AKN}eol":
                pieces.append(" ")
            pieces.append(node.text or "")
            for child in node:
                walk(child)
        if node is not element:
            pieces.append(node.tail or "")

    walk(element)
    return _SPACES.sub(" ", "".join(pieces)).strip()
