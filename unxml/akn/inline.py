"""Reading mixed content (``p``, ``heading``, ``docTitle`` …) into model :data:`~unxml.model.Text`.

Shared by the reader for unxml's own XML and for the UN's files. unxml's own inline markup
(``ref``, ``i``, ``authorialNote``, the lead ``span``) maps back one to one. The UN's files add
layout and web markup, mapped as follows (and reported where the model cannot hold it):

- ``a href`` to the UN document resolver → :class:`Ref` with the document's symbol IRI;
  any other web link → its words, reported;
- ``span class="italic"`` inside running text → :class:`Emphasis`; other span classes and
  ``b``/``u`` → their words (bold and underline are not in the model: reported);
- ``sup`` holding a footnote marker of a note given elsewhere → a repeat citation; ``sup``
  holding Arabic citation brackets "(" ")" → dropped (layout);
- ``eol``/``br`` → a space; ``img`` → nothing (the logo);
- any other inline element → its words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from lxml import etree
from pydantic import TypeAdapter

from unxml.akn.links import href_of_link
from unxml.akn.names import AKN_NS
from unxml.model import Emphasis, Inline, NoteRef, Ref, Text

Severity = Literal["info", "warning"]

_WS = re.compile(r"[ \t\r\n]+")
_MARKER = re.compile(r"^(?:\d{1,3}|[a-z]|\*{1,3})$")
_WORD_START = re.compile(r"\w+")
_BRACKETS = re.compile(r"^[\s()]*$")
# The empty "()" (Arabic) that stands for the marker at the start of a footnote's text.
_NOTE_PLACEHOLDER = re.compile(r"^\s*\(\s*\)\s*")
_BREAKS = frozenset({"eol", "br", "eop"})
_SILENT = frozenset({"img"})
_TEXT: TypeAdapter[tuple[Inline, ...]] = TypeAdapter(Text)
_EMPHASIS_TAGS = frozenset({"i", "em"})
_DROPPED_STYLE_TAGS = frozenset({"b", "u", "strong"})


@dataclass(frozen=True)
class Finding:
    """Something in the XML that the model cannot hold exactly, or that was ignored.

    ``warning``: words or structure changed or lost (say what); ``info``: known layout or
    metadata that the model has no place for (logo, recorded votes).
    """

    severity: Severity
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line else ""
        return f"{self.severity}: {where}{self.message}"


def local(element: etree._Element) -> str:
    """The local name of an element ("" for comments and processing instructions)."""
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def children(element: etree._Element, *names: str) -> list[etree._Element]:
    """Element children (AKN namespace) with one of ``names``, or all when none given."""
    return [
        c
        for c in element
        if isinstance(c.tag, str)
        and etree.QName(c).namespace == AKN_NS
        and (not names or etree.QName(c).localname in names)
    ]


def child(element: etree._Element, name: str) -> etree._Element | None:
    found = children(element, name)
    return found[0] if found else None


def words(element: etree._Element) -> str:
    """All the text inside an element (not its tail), whitespace collapsed, ``eol`` a space."""
    out: list[str] = []
    _collect_words(element, out)
    return _WS.sub(" ", "".join(out)).strip()


def _collect_words(element: etree._Element, out: list[str]) -> None:
    name = local(element)
    if name in _BREAKS:
        out.append(" ")
    elif name and name not in _SILENT:
        out.append(element.text or "")
        for c in element:
            _collect_words(c, out)
            out.append(c.tail or "")


class InlineReader:
    """Turns mixed content into Text, collecting footnotes and findings as it goes."""

    def __init__(self, findings: list[Finding], notes_in_document: dict[str, etree._Element]) -> None:
        self.findings = findings
        # The footnotes met so far, by marker, in order of first citation.
        self.notes: dict[str, tuple[Inline, ...]] = {}
        # Every authorialNote in the file by marker, so that a bare superscript citing a note
        # given elsewhere (the UN's way of repeating a citation) resolves.
        self.notes_in_document = notes_in_document
        self.in_note = False  # reading a footnote's own text, where no citation can be
        self.spaced = True  # whether the language separates words with spaces
        # Repairs for the UN's layout (a verb span cut inside a word, an Arabic "()" opening a
        # footnote), off for unxml's own XML, which has none and must read back exactly.
        self.lenient = True

    def report(self, severity: Severity, message: str, element: etree._Element | None = None) -> None:
        self.findings.append(Finding(severity, message, element.sourceline if element is not None else None))

    # --- public entry points -----------------------------------------------------------------

    def text(self, element: etree._Element, *, start: int = 0, head: str | None = None) -> tuple[Inline, ...]:
        """The Text of ``element``'s content from child ``start`` on.

        ``head`` replaces ``element.text`` (or, with ``start`` > 0, the tail of the child
        before ``start``).
        """
        pieces: list[Inline] = []
        elements = list(element)
        if start == 0:
            pieces.append(element.text or "" if head is None else head)
        else:
            pieces.append(elements[start - 1].tail or "" if head is None else head)
        for c in elements[start:]:
            pieces.extend(self._piece(c))
            pieces.append(c.tail or "")
        return _TEXT.validate_python(tuple(pieces))

    def lead(self, p: etree._Element) -> tuple[str, str, tuple[Inline, ...]]:
        """``(before, lead words, text)`` of a paragraph that may open with a span.

        ``before`` is whatever precedes the span (a paragraph number the UN typed into the
        text, in Arabic); the span is the lead only if nothing but that precedes it.
        """
        elements = [c for c in p if isinstance(c.tag, str)]
        first = elements[0] if elements else None
        if first is None or local(first) != "span" or list(p).index(first) != 0 or len(first):
            return "", "", self.text(p)
        before = p.text or ""
        lead = _WS.sub(" ", first.text or "").strip()
        if not lead:
            return before, "", self.text(p, start=1)
        tail = first.tail or ""
        # A span that ends inside a word ("<span>Encourage</span>s") takes the rest of the word.
        # (Not in Chinese, written without spaces: there a word after the span is the text.)
        ends_inside = (
            self.lenient and self.spaced and lead[-1:].isalnum() and first.text == first.text.rstrip()
        )
        cut = _WORD_START.match(tail) if ends_inside else None
        if cut:
            lead, tail = lead + cut.group(), tail[cut.end() :]
        return before, lead, self.text(p, start=1, head=tail)

    # --- pieces ------------------------------------------------------------------------------

    def _piece(self, element: etree._Element) -> Iterator[Inline]:
        name = local(element)
        if not name:
            return
        if name == "authorialNote":
            yield from self._note(element)
        elif name == "ref":
            yield from self._ref(element, element.get("href", ""))
        elif name == "a":
            yield from self._link(element)
        elif name in _EMPHASIS_TAGS or (name == "span" and "italic" in (element.get("class") or "")):
            yield from self._emphasis(element)
        elif name == "sup":
            yield from self._sup(element)
        elif name in _BREAKS:
            yield " "
        elif name in _SILENT:
            return
        else:
            if name in _DROPPED_STYLE_TAGS or (name == "span" and "bold" in (element.get("class") or "")):
                self.report("info", f"<{name}> styling not kept (the model has italics only)", element)
            yield element.text or ""
            for c in element:
                yield from self._piece(c)
                yield c.tail or ""

    def _padded(
        self, element: etree._Element, make: type[Ref] | type[Emphasis], **extra: str
    ) -> Iterator[Inline]:
        """An inline piece whose words are trimmed; the trimmed spaces stay outside it."""
        raw = "".join(self._plain_parts(element))
        text = _WS.sub(" ", raw).strip()
        if not text:
            yield raw
            return
        if raw[:1].isspace():
            yield " "
        yield make(text=text, **extra)
        if raw[-1:].isspace():
            yield " "

    def _plain_parts(self, element: etree._Element) -> list[str]:
        out: list[str] = []
        _collect_words(element, out)
        return out

    def _ref(self, element: etree._Element, href: str) -> Iterator[Inline]:
        if href.startswith("/") and not any(ch.isspace() for ch in href):
            yield from self._padded(element, Ref, href=href)
        else:
            self.report("warning", f"reference to {href!r} is not an AKN IRI; kept as words", element)
            yield from self._words_of(element)

    def _link(self, element: etree._Element) -> Iterator[Inline]:
        url = element.get("href", "")
        href = href_of_link(url, words(element))
        if href is None:
            self.report("warning", f"web link {url!r} names no UN document; kept as words", element)
            yield from self._words_of(element)
        else:
            yield from self._padded(element, Ref, href=href)

    def _emphasis(self, element: etree._Element) -> Iterator[Inline]:
        if len(element):  # italics around a link or a note: keep what is inside
            self.report("info", "italics around other markup not kept", element)
            yield from self._words_of(element)
        else:
            yield from self._padded(element, Emphasis)

    def _words_of(self, element: etree._Element) -> Iterator[Inline]:
        yield element.text or ""
        for c in element:
            yield from self._piece(c)
            yield c.tail or ""

    def _sup(self, element: etree._Element) -> Iterator[Inline]:
        content = words(element)
        if len(element):
            yield from self._words_of(element)
        elif _BRACKETS.match(content):
            return  # the brackets the Arabic text prints around a footnote call
        elif _MARKER.match(content) and content in self.notes_in_document and not self.in_note:
            note = self.notes_in_document[content]
            if content not in self.notes:
                self._register(content, note)
            yield NoteRef(marker=content)
        else:
            self.report(
                "info", f"superscript {content!r} (no footnote citation) kept as plain words", element
            )
            yield element.text or ""

    def _note(self, element: etree._Element) -> Iterator[Inline]:
        marker = _WS.sub(" ", element.get("marker") or "").strip()
        if not marker:
            self.report("warning", "footnote without a marker; its text is kept in parentheses", element)
            yield " ("
            yield from self._note_text(element)
            yield ") "
            return
        if marker in self.notes:
            if self._note_text(element) != self.notes[marker]:
                self.report(
                    "warning", f"footnote {marker} is given twice with different texts; first kept", element
                )
        else:
            self._register(marker, element)
        yield NoteRef(marker=marker)

    def _register(self, marker: str, note: etree._Element) -> None:
        text = self._note_text(note)
        if not text:
            self.report("warning", f"footnote {marker} has no text", note)
            text = ("(empty footnote)",)
        self.notes[marker] = text

    def _note_text(self, note: etree._Element) -> tuple[Inline, ...]:
        outer, self.in_note = self.in_note, True
        try:
            return self._paragraphs_of_note(note)
        finally:
            self.in_note = outer

    def _paragraphs_of_note(self, note: etree._Element) -> tuple[Inline, ...]:
        paragraphs = children(note, "p") or [note]
        pieces: list[Inline] = []
        for p in paragraphs:
            head = _NOTE_PLACEHOLDER.sub("", p.text or "") if self.lenient else None
            text = [x for x in self.text(p, head=head) if not isinstance(x, NoteRef)]
            if len(text) != len(self.text(p, head=head)):
                self.report("warning", "a footnote cites another footnote; the inner citation is dropped", p)
            pieces.extend([*text, " "])
        return _TEXT.validate_python(tuple(pieces))
