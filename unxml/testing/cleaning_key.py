"""What the UN's own markup says the cleaning stage should find: footnotes and body words.

Shared by the cleaning stage's corpus test and ``scripts/check_clean.py``, which measures the
stage on any corpus of ``NAME.txt`` (extracted text) and ``NAME.xml`` (the UN's markup).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from unxml.text.clean import CleanText
from unxml.text.marks import NOTE_MARK, strip_marks
from unxml.xmlsafe import parse_xml

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
NS = {"a": AKN[1:-1]}
CONTEXT = 4  # words before a citation that locate it
_TOKEN = re.compile(r"[^\W_]+")
_FOLD = str.maketrans({"\u2011": "-", "\u2010": "-", "\u00ad": None, "\u2019": "'", "\u2018": "'"})


def words(text: str) -> list[str]:
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).translate(_FOLD).lower())


@dataclass(frozen=True)
class Expected:
    markers: list[str]
    notes: dict[str, list[str]]
    body: list[str]  # preamble, main body and annex bodies, notes left out
    cited_after: dict[str, tuple[str, ...]]  # marker -> the words just before its citation


def expected(xml: Path) -> Expected:
    root = parse_xml(xml).getroot()
    statement = root.find(f".//{AKN}statement")
    scope = statement if statement is not None else root
    notes = scope.findall(f".//{AKN}authorialNote")
    body: list[str] = []
    cited_after: dict[str, tuple[str, ...]] = {}
    for part in scope.xpath("a:preamble | a:mainBody | a:attachments//a:mainBody", namespaces=NS):
        _walk(part, body, cited_after)
    return Expected(
        [n.get("marker", "") for n in notes],
        {n.get("marker", ""): words("".join(n.itertext())) for n in notes},
        body,
        cited_after,
    )


def _walk(element: etree._Element, body: list[str], cited_after: dict[str, tuple[str, ...]]) -> None:
    if element.text:
        body.extend(words(element.text))
    for child in element:
        if child.tag == f"{AKN}authorialNote":
            cited_after.setdefault(child.get("marker", ""), tuple(body[-CONTEXT:]))
        else:
            _walk(child, body, cited_after)
        if child.tail:
            body.extend(words(child.tail))


def body_words(result: CleanText) -> list[str]:
    return words(" ".join(strip_marks(line) for line in result.lines))


def cited_after(result: CleanText) -> dict[str, tuple[str, ...]]:
    """For each citation in the cleaned lines, the words just before it."""
    seen: list[str] = []
    found: dict[str, tuple[str, ...]] = {}
    for line in result.lines:
        position = 0
        for match in NOTE_MARK.finditer(line):
            seen.extend(words(line[position : match.start()]))
            found.setdefault(match.group(1), tuple(seen[-CONTEXT:]))
            position = match.end()
        seen.extend(words(line[position:]))
    return found
