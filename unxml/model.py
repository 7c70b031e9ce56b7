"""The model of a General Assembly resolution.

One class per printed part. Values that are *printed* (the masthead lines, paragraph numbers,
sub-paragraph labels, footnote markers) are kept exactly as printed, next to the values parsed
from them (session number, agenda item numbers, dates), so that the XML can carry both and a
validator can check that they agree.

Running text is a :data:`Text`: a tuple of plain strings and inline pieces (footnote
citations, cross-references, emphasis). Text is normalised on construction (adjacent strings
merged, whitespace runs collapsed, ends trimmed), so two models that print the same are equal
and ``from_xml(to_xml(m)) == m`` holds.

Validation is strict: a model that cannot be written as valid Akoma Ntoso cannot be built
(characters XML cannot hold, a footnote that is never cited, a citation of a missing footnote).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from unxml.lang import LanguageCode

# Characters XML 1.0 cannot carry, even escaped.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# Whitespace we collapse; no-break spaces are typography (French « », numbers) and stay.
_COLLAPSIBLE = re.compile(r"[ \t\r\n]+")


def _xml_safe(value: str) -> str:
    # Every character XML cannot carry is a control character, a surrogate or a
    # noncharacter, none of them printable: most strings are told safe without the pattern.
    bad = None if value.isprintable() else _XML_ILLEGAL.search(value)
    if bad:
        raise ValueError(f"character U+{ord(bad.group()):04X} cannot be written in XML")
    return value


def _collapse(value: str) -> str:
    """``value`` with runs of collapsible whitespace as single spaces.

    Most strings hold single spaces only, each of which a substitution would replace by
    itself: such strings are returned as they are, without scanning them with the pattern.
    """
    if "  " in value or "\n" in value or "\t" in value or "\r" in value:
        return _COLLAPSIBLE.sub(" ", value)
    return value


def _clean_line(value: str) -> str:
    """One printed line: XML-safe, single-spaced, trimmed, not empty."""
    value = _collapse(_xml_safe(value)).strip()
    if not value:
        raise ValueError("must not be empty")
    return value


XmlStr = Annotated[str, AfterValidator(_xml_safe)]
Line = Annotated[str, AfterValidator(_clean_line)]
"""A single printed line of text: no newlines, single spaces, trimmed, not empty."""


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strict=True)


# --- inline content --------------------------------------------------------------------------


class NoteRef(_Model):
    """The point where a footnote is cited: the printed superscript marker."""

    kind: Literal["note"] = "note"
    marker: Line


class Ref(_Model):
    """A cross-reference: a document symbol or a cited resolution, with the IRI it resolves to.

    ``href`` is an AKN4UN IRI (``/akn/un/statement/deliberation/unga/2000-12-04/55-63/!main``)
    where the target's adoption date is known, otherwise a document-symbol IRI
    (``/akn/un/doc/A/56/574``): either way an absolute path, never a guess at a date.
    """

    kind: Literal["ref"] = "ref"
    text: Line
    href: Annotated[str, Field(pattern=r"^/\S+$"), AfterValidator(_xml_safe)]


class Emphasis(_Model):
    """Words printed in italics inside running text (titles of publications, Latin words)."""

    kind: Literal["emphasis"] = "emphasis"
    text: Line


InlinePiece = Annotated[NoteRef | Ref | Emphasis, Field(discriminator="kind")]
Inline = str | InlinePiece


def _normalise_text(pieces: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """Merge adjacent strings, collapse whitespace, trim both ends, drop empty strings."""
    if len(pieces) == 1 and isinstance(pieces[0], str):  # the common case: plain words only
        text = _collapse(_xml_safe(pieces[0])).strip(" ")
        return (text,) if text else ()
    merged: list[Inline] = []
    for piece in pieces:
        if isinstance(piece, str):
            piece = _collapse(_xml_safe(piece))
            if merged and isinstance(merged[-1], str):
                merged[-1] = _collapse(merged[-1] + piece)
                continue
        merged.append(piece)
    if merged and isinstance(merged[0], str):
        merged[0] = merged[0].lstrip(" ")
    if merged and isinstance(merged[-1], str):
        merged[-1] = merged[-1].rstrip(" ")
    return tuple(p for p in merged if p != "")


Text = Annotated[tuple[Inline, ...], AfterValidator(_normalise_text)]
"""Running text: strings and inline pieces, normalised."""


def plain(text: tuple[Inline, ...]) -> str:
    """The words of a text with citations dropped and inline pieces as their printed words."""
    out: list[str] = []
    for piece in text:
        if isinstance(piece, str):
            out.append(piece)
        elif not isinstance(piece, NoteRef):
            out.append(piece.text)
    return "".join(out)


# --- masthead --------------------------------------------------------------------------------


class PrintedDate(_Model):
    """A date as printed ("23 January 2002", "2000年12月4日") and its value."""

    value: date
    text: Line


class Agenda(_Model):
    """The agenda line: "Agenda item 110", "Agenda items 13 and 117", "Agenda item 71 (b)"."""

    text: Line
    items: tuple[Annotated[str, Field(pattern=r"^\d+(?: \([a-z]{1,2}\))?$")], ...] = Field(min_length=1)
    title: Line | None = None  # the item's title where the masthead prints it


CommitteeKey = Literal["first", "second", "third", "fourth", "fifth", "sixth"]


class Origin(_Model):
    """The bracketed line naming where the draft came from.

    "[on the report of the Third Committee (A/56/574)]" has ``committee="third"`` and
    ``document="A/56/574"``; "[without reference to a Main Committee (A/78/L.9)]" has
    ``committee=None``. ``document`` is what the parentheses print ("A/78/432, para. 8").
    """

    text: Line
    committee: CommitteeKey | None
    document: Line


class Meeting(_Model):
    """The plenary meeting line: "88th plenary meeting", "50th (resumed) plenary meeting"."""

    text: Line
    number: int = Field(ge=1, le=999)
    resumed: bool = False


# --- paragraphs ------------------------------------------------------------------------------


class Point(_Model):
    """A lettered or numbered sub-paragraph: "(a)", "(ii)", "a)", "(أ)", "1.1."."""

    num: Line
    text: Text
    points: tuple[Point, ...] = ()
    wrap_up: Text = ()  # text after a nested list that belongs to this point

    @model_validator(mode="after")
    def _has_content(self) -> Point:
        _require_content(self.text, self.points, f"sub-paragraph {self.num}")
        _wrap_up_needs_list(self.wrap_up, self.points, f"sub-paragraph {self.num}")
        return self


def _check_opening(lead_in: str, words: str, what: str) -> None:
    """An opening phrase or verb, and the words printed before it, are single trimmed lines;
    a lead-in only comes before a phrase or verb."""
    for value, name in ((words, what), (lead_in, "lead-in")):
        if value != value.strip() or "\n" in value:
            raise ValueError(f"{name} must be a single trimmed line")
    if lead_in and not words:
        raise ValueError(f"a lead-in ({lead_in!r}) needs a {what} after it")


class PreambularParagraph(_Model):
    """A preambular paragraph: its opening phrase ("Recalling also") and the text after it.

    ``phrase`` is empty where the paragraph opens with no recognised phrase; the converter
    then reports it. ``lead_in`` holds words printed before the phrase and not set with it
    (Chinese "在这方面" in "在这方面**确认**", "in this regard, recognizes").
    ``points`` are lettered sub-items printed under the paragraph.
    """

    lead_in: XmlStr = ""
    phrase: XmlStr = ""
    text: Text
    points: tuple[Point, ...] = ()

    @model_validator(mode="after")
    def _has_content(self) -> PreambularParagraph:
        _check_opening(self.lead_in, self.phrase, "phrase")
        if not self.phrase and not self.text:
            raise ValueError("preambular paragraph has neither phrase nor text")
        return self


class OperativeParagraph(_Model):
    """A numbered operative paragraph: number as printed ("1."), action verb, text.

    ``text`` is the rest of the paragraph after the verb; where the paragraph has
    sub-paragraphs it is the words that introduce them, and ``wrap_up`` the words after them.
    ``num`` is None for a resolution's single unnumbered paragraph. ``lead_in`` holds words
    printed before the verb and not set with it (Chinese "特别" in "特别**呼吁**").
    """

    num: Line | None = None
    lead_in: XmlStr = ""
    verb: XmlStr = ""
    text: Text
    points: tuple[Point, ...] = ()
    wrap_up: Text = ()

    @model_validator(mode="after")
    def _has_content(self) -> OperativeParagraph:
        _check_opening(self.lead_in, self.verb, "verb")
        where = f"operative paragraph {self.num or '(unnumbered)'}"
        if not self.verb:
            _require_content(self.text, self.points, where)
        _wrap_up_needs_list(self.wrap_up, self.points, where)
        return self


class Section(_Model):
    """A heading that groups operative paragraphs ("I. Sustainable development", or unnumbered).

    A section may open with preambular paragraphs of its own and may contain sections.
    """

    num: Line | None = None
    heading: Text
    preamble: tuple[PreambularParagraph, ...] = ()
    body: tuple[OperativeParagraph | Section, ...] = ()

    @model_validator(mode="after")
    def _has_heading(self) -> Section:
        if not self.heading:
            raise ValueError("a section needs a heading")
        return self


BodyItem = OperativeParagraph | Section


class Part(_Model):
    """One resolution of several adopted under one number ("75/101 A", "75/101 B")."""

    letter: Annotated[str, Field(pattern=r"^[A-Z]{1,2}$")]
    title: Text = ()
    formula: Line
    preamble: tuple[PreambularParagraph, ...] = ()
    body: tuple[BodyItem, ...] = Field(min_length=1)
    meeting: Meeting | None = None
    meeting_date: PrintedDate | None = None


class Annex(_Model):
    """An annex printed after the meeting line: its heading lines and its paragraphs."""

    heading: tuple[Line, ...] = Field(min_length=1)  # "Annex", then a title line if printed
    paragraphs: tuple[Text, ...] = ()


class Footnote(_Model):
    """A footnote: its printed marker and its text. Cited at one or more points."""

    marker: Line
    text: Text

    @model_validator(mode="after")
    def _no_nested_citation(self) -> Footnote:
        if not self.text:
            raise ValueError(f"footnote {self.marker} is empty")
        if any(isinstance(p, NoteRef) for p in self.text):
            raise ValueError(f"footnote {self.marker} cites another footnote")
        return self


# --- the resolution --------------------------------------------------------------------------

# "56/121", "75/101 A", and special / emergency special sessions "S-26/2", "ES-11/1".
_SYMBOL = r"^A/RES/(?:(?:ES|S)-)?\d+/\d+(?: [A-Z](?:-[A-Z])?)?$"
_NUMBER = r"^(?:(?:ES|S)-)?\d+/\d+(?: [A-Z](?:-[A-Z])?)?$"


class Resolution(_Model):
    """An adopted General Assembly resolution, in one language.

    Masthead fields are optional because some sources print no masthead (the Chinese seed
    starts at the number); ``symbol`` and ``session`` can always be derived from ``number``.
    The organ lines ``publisher`` and ``issuing_body`` are the same on every resolution of a
    language, but are kept only where the source printed them (an extraction may lose either).
    A resolution adopted in parts has ``parts`` and no preamble or body of its own.
    """

    language: LanguageCode
    publisher: Line | None = None  # "United Nations", the organ line above the symbol
    symbol: Annotated[str, Field(pattern=_SYMBOL)]
    issuing_body: Line | None = None  # "General Assembly", beside the UN logo
    distribution: Line | None = None  # "Distr.: General"
    distribution_date: PrintedDate | None = None
    session: int = Field(ge=1, le=200)
    session_text: Line | None = None  # "Fifty-sixth session"
    agenda: Agenda | None = None
    heading: Line | None = None  # "Resolution adopted by the General Assembly [on 21 November 2023]"
    origin: Origin | None = None
    number: Annotated[str, Field(pattern=_NUMBER)]
    title: Text
    formula: Line | None = None  # "The General Assembly,"; None only for a resolution in parts
    preamble: tuple[PreambularParagraph, ...] = ()
    body: tuple[BodyItem, ...] = ()
    parts: tuple[Part, ...] = ()
    adoption_date: date
    meeting: Meeting | None = None
    meeting_date: PrintedDate | None = None  # the date printed under the meeting line
    footnotes: tuple[Footnote, ...] = ()
    annexes: tuple[Annex, ...] = ()

    @model_validator(mode="after")
    def _consistent(self) -> Resolution:
        if not self.title:
            raise ValueError("the resolution has no title")
        if self.parts:
            if self.preamble or self.body:
                raise ValueError("a resolution in parts keeps its paragraphs in its parts")
            letters = [p.letter for p in self.parts]
            if len(set(letters)) != len(letters):
                raise ValueError(f"part letters repeat: {letters}")
        else:
            if not self.body:
                raise ValueError("the resolution has no operative paragraph")
            if self.formula is None:
                raise ValueError("the resolution has no enacting formula")
        if self.meeting_date is not None and self.meeting_date.value != self.adoption_date:
            raise ValueError("the date under the meeting line must be the adoption date")
        self._check_footnotes()
        return self

    def _check_footnotes(self) -> None:
        markers = [f.marker for f in self.footnotes]
        if len(set(markers)) != len(markers):
            raise ValueError(f"footnote markers repeat: {markers}")
        cited = {ref.marker for ref in self.citations()}
        missing = cited - set(markers)
        if missing:
            raise ValueError(f"footnote(s) cited but not given: {sorted(missing)}")
        uncited = [m for m in markers if m not in cited]
        if uncited:
            raise ValueError(f"footnote(s) never cited, so they have no place in the text: {uncited}")

    def texts(self) -> Iterator[tuple[Inline, ...]]:
        """Every running text of the resolution in reading order (footnote texts excluded)."""
        yield self.title
        yield from _texts_of_body(self.preamble, self.body)
        for part in self.parts:
            yield part.title
            yield from _texts_of_body(part.preamble, part.body)
        for annex in self.annexes:
            yield from annex.paragraphs

    def citations(self) -> Iterator[NoteRef]:
        """Every footnote citation in reading order."""
        for text in self.texts():
            for piece in text:
                if isinstance(piece, NoteRef):
                    yield piece


def _texts_of_points(points: tuple[Point, ...]) -> Iterator[tuple[Inline, ...]]:
    for point in points:
        yield point.text
        yield from _texts_of_points(point.points)
        yield point.wrap_up


def _texts_of_body(
    preamble: tuple[PreambularParagraph, ...], body: tuple[BodyItem, ...]
) -> Iterator[tuple[Inline, ...]]:
    for para in preamble:
        yield para.text
        yield from _texts_of_points(para.points)
    for item in body:
        if isinstance(item, Section):
            yield item.heading
            yield from _texts_of_body(item.preamble, item.body)
        else:
            yield item.text
            yield from _texts_of_points(item.points)
            yield item.wrap_up


def _require_content(text: tuple[Inline, ...], points: tuple[Point, ...], where: str) -> None:
    if not text and not points:
        raise ValueError(f"{where} is empty")


def _wrap_up_needs_list(wrap_up: tuple[Inline, ...], points: tuple[Point, ...], where: str) -> None:
    if wrap_up and not points:
        raise ValueError(f"{where} has text after a list but no list")


Point.model_rebuild()
Section.model_rebuild()
