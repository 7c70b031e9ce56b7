"""Write a :class:`~unxml.model.Resolution` as AKN4UN XML (the shape in docs/xml-mapping.md).

One small function per construct. The document is built as a tree of
:class:`~unxml.akn.tree.Element` and serialised with structural elements indented (mixed
content is never touched); the same model always gives the same bytes. ``<references>`` is
filled last, with exactly the TLCs that were referred to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from unxml.akn import iri
from unxml.akn.names import NO_MAIN_COMMITTEE, NSMAP, TLCS, committee_eid, sibling_labels
from unxml.akn.tree import Element, serialise
from unxml.akn.tree import sub_element as _sub
from unxml.lang import language
from unxml.model import (
    Agenda,
    Annex,
    Emphasis,
    Footnote,
    Inline,
    Meeting,
    NoteRef,
    OperativeParagraph,
    Origin,
    Part,
    Point,
    PreambularParagraph,
    PrintedDate,
    Ref,
    Resolution,
    Section,
)

STRUCTURAL = frozenset(
    {
        "akomaNtoso", "statement", "documentCollection", "doc", "meta", "identification",
        "FRBRWork", "FRBRExpression", "FRBRManifestation", "references", "proprietary",
        "coverPage", "preface", "preamble", "formula", "container", "blockList", "item",
        "mainBody", "paragraph", "list", "intro", "point", "content", "wrapUp", "section",
        "conclusions", "attachments", "attachment", "collectionBody", "component", "components",
    }
)  # fmt: skip
"""Elements whose children are indented; every other element holds mixed content as written."""

INDENT = "  "


# The comma that ends a document symbol in an origin line, in each script.
_LIST_COMMA = re.compile("[,،，]")


def _is_flat(item: OperativeParagraph | Section, after: Sequence[OperativeParagraph | Section]) -> bool:
    """Whether a section can be written as a heading paragraph followed by its paragraphs.

    That shape (the UN's) says only "this heading groups the paragraphs after it, up to the next
    heading or section", so it is used for an unnumbered heading whose section holds nothing but
    operative paragraphs and is followed by no paragraph outside it; any other section is written
    as a ``section``, so that reading the XML back gives the same model.
    """
    return (
        isinstance(item, Section)
        and item.num is None
        and not item.preamble
        and all(isinstance(i, OperativeParagraph) for i in item.body)
        and all(isinstance(i, Section) for i in after)
    )


def _append_string(element: Element, value: str) -> None:
    if element.children:
        last = element.children[-1]
        last.tail = (last.tail or "") + value
    else:
        element.text = (element.text or "") + value


class _Writer:
    """The state of writing one resolution: its language, footnotes and the TLCs used."""

    def __init__(self, resolution: Resolution, markup_date: date | None) -> None:
        self.res = resolution
        self.lang = language(resolution.language)
        self.footnotes: dict[str, Footnote] = {f.marker: f for f in resolution.footnotes}
        self.note_count = 0
        self.used: set[str] = set()
        self.publication_date = (
            resolution.distribution_date.value if resolution.distribution_date else resolution.adoption_date
        )
        self.markup_date = markup_date or self.publication_date

    def refer(self, eid: str) -> str:
        """``#eid`` for a TLC, remembering that the document refers to it."""
        self.used.add(eid)
        return f"#{eid}"

    # --- running text ------------------------------------------------------------------------

    def text(self, element: Element, pieces: Sequence[Inline]) -> None:
        for piece in pieces:
            if isinstance(piece, str):
                _append_string(element, piece)
            elif isinstance(piece, NoteRef):
                self.note(element, piece)
            elif isinstance(piece, Ref):
                _sub(element, "ref", piece.text, href=piece.href)
            elif isinstance(piece, Emphasis):
                _sub(element, "i", piece.text)

    def note(self, element: Element, citation: NoteRef) -> None:
        """A footnote written in full at its citation; a repeated citation repeats the note."""
        self.note_count += 1
        note = _sub(
            element,
            "authorialNote",
            marker=citation.marker,
            placement="bottom",
            eId=f"authorialNote_{self.note_count}",
        )
        self.text(_sub(note, "p"), self.footnotes[citation.marker].text)

    def lead(self, element: Element, words: str, pieces: Sequence[Inline], lead_in: str = "") -> None:
        """Lead-in words as plain text (the UN's way: "在这方面<span>确认</span>"), the opening
        phrase or verb in the language's span style, then the text."""
        if lead_in:
            _append_string(element, lead_in + self.lang.phrase_separator)
        if words:
            _sub(element, "span", words, **{"class": self.lang.phrase_style})
            if pieces:
                first = pieces[0] if isinstance(pieces[0], str) else "x"
                _append_string(element, self.lang.separator_before(first))
        self.text(element, pieces)

    # --- meta --------------------------------------------------------------------------------

    def meta(self, parent: Element, iris: iri.FrbrIris, number: str | None) -> Element:
        meta = _sub(parent, "meta")
        ident = _sub(meta, "identification", source=self.refer("unxml"))
        work = _sub(ident, "FRBRWork")
        _sub(work, "FRBRthis", value=iris.work_this)
        _sub(work, "FRBRuri", value=iris.work_uri)
        _sub(work, "FRBRdate", date=self.res.adoption_date.isoformat(), name="adoption")
        _sub(work, "FRBRauthor", href=self.refer("ga"), **{"as": self.refer("author")})
        _sub(work, "FRBRcountry", value="un")
        _sub(work, "FRBRsubtype", value="deliberation")
        if number is not None:
            _sub(work, "FRBRnumber", value=iri.number_segment(number), showAs=number)
        expression = _sub(ident, "FRBRExpression")
        _sub(expression, "FRBRthis", value=iris.expression_this)
        _sub(expression, "FRBRuri", value=iris.expression_uri)
        _sub(expression, "FRBRdate", date=self.publication_date.isoformat(), name="publication")
        _sub(expression, "FRBRauthor", href=self.refer("ga"), **{"as": self.refer("issuer")})
        _sub(expression, "FRBRlanguage", language=self.lang.iso639_2)
        manifestation = _sub(ident, "FRBRManifestation")
        _sub(manifestation, "FRBRthis", value=iris.manifestation_this)
        _sub(manifestation, "FRBRuri", value=iris.manifestation_uri)
        _sub(manifestation, "FRBRdate", date=self.markup_date.isoformat(), name="markup")
        _sub(manifestation, "FRBRauthor", href=self.refer("unxml"), **{"as": self.refer("editor")})
        _sub(manifestation, "FRBRformat", value="application/akn+xml")
        return meta

    def references(self, meta: Element) -> None:
        """Exactly the TLCs referred to anywhere in the document, in catalogue order."""
        refs = _sub(meta, "references", source=self.refer("unxml"))
        for eid, tlc in TLCS.items():
            if eid in self.used:
                _sub(refs, tlc.element, eId=eid, href=tlc.href, showAs=tlc.show_as)

    def session_fallback(self, meta: Element) -> None:
        """The session number where no session line is printed to carry it."""
        proprietary = _sub(meta, "proprietary", source=self.refer("unxml"))
        _sub(proprietary, "akn4un:session", value=str(self.res.session))

    # --- masthead ----------------------------------------------------------------------------

    def cover_page(self, parent: Element) -> None:
        res = self.res
        cover = _sub(parent, "coverPage")
        # The organ lines as the UN's own files write them, so tools for those read ours.
        if res.publisher:
            _sub(_sub(cover, "p"), "docAuthority", res.publisher, refersTo=self.refer("publisher"))
        _sub(_sub(cover, "p"), "docNumber", res.symbol, refersTo=self.refer("symbol"))
        if res.issuing_body:
            _sub(_sub(cover, "p"), "docAuthority", res.issuing_body, refersTo=self.refer("issuingBody"))
        if res.distribution:
            _sub(_sub(cover, "p"), "docStatus", res.distribution, refersTo=self.refer("generalDistribution"))
        if res.distribution_date:
            self.printed_date(_sub(cover, "p"), res.distribution_date, "dateOfIssuance")
        if res.session_text:
            _sub(
                _sub(cover, "p"),
                "session",
                res.session_text,
                value=str(res.session),
                refersTo=self.refer("ga"),
            )
        if res.agenda:
            self.agenda(cover, res.agenda)
        if res.heading:
            _sub(_sub(cover, "p"), "docTitle", res.heading)
        if res.origin:
            self.origin(_sub(cover, "p"), res.origin)

    def agenda(self, cover: Element, agenda: Agenda) -> None:
        """The agenda line, with the UN's own inline names so tools for the UN's files read it."""
        _sub(_sub(cover, "p"), "inline", agenda.text, name="agenda item", title=";".join(agenda.items))
        if agenda.title:
            _sub(_sub(cover, "p"), "inline", agenda.title, name="agenda item name")

    def printed_date(self, parent: Element, printed: PrintedDate, tlc: str) -> None:
        _sub(parent, "docDate", printed.text, date=printed.value.isoformat(), refersTo=self.refer(tlc))

    def origin(self, parent: Element, origin: Origin) -> None:
        """The bracketed origin line; the document it names becomes a ``ref``."""
        tlc = committee_eid(origin.committee) if origin.committee else NO_MAIN_COMMITTEE
        proponent = _sub(parent, "docProponent", refersTo=self.refer(tlc))
        before, found, after = origin.text.rpartition(origin.document)
        if not found:
            proponent.text = origin.text
            return
        # "A/56/574", "A/78/433, para. 13", Arabic "A/78/433، الفقرة 13", Chinese "A/78/429，第33段".
        symbol = _LIST_COMMA.split(origin.document)[0].strip()
        proponent.text = before
        document = _sub(proponent, "inline", name="originating document")
        document.tail = after
        _sub(document, "ref", origin.document, href=iri.doc_iri(symbol))

    def preface(self, parent: Element, number: str, title: Sequence[Inline], refers: bool) -> None:
        p = _sub(_sub(parent, "preface"), "p")
        _sub(p, "docNumber", number)
        if title:
            p.children[-1].tail = " "
            attrs = {"refersTo": self.refer("resolutionTitle")} if refers else {}
            self.text(_sub(p, "docTitle", **attrs), title)

    # --- preamble ----------------------------------------------------------------------------

    def preamble(
        self, parent: Element, formula: str | None, paragraphs: Sequence[PreambularParagraph], prefix: str
    ) -> None:
        if formula is None and not paragraphs:
            return
        preamble = _sub(parent, "preamble")
        if formula is not None:
            _sub(_sub(preamble, "formula", name="enactingFormula"), "p", formula)
        for index, para in enumerate(paragraphs, 1):
            self.preambular_paragraph(preamble, para, f"{prefix}preamble__container_{index}")

    def preambular_paragraph(self, parent: Element, para: PreambularParagraph, eid: str) -> None:
        container = _sub(parent, "container", name=para.phrase, eId=eid)
        self.lead(_sub(container, "p"), para.phrase, para.text, para.lead_in)
        if para.points:
            self.block_list(container, para.points, f"{eid}__blockList_1", ())

    def block_list(
        self, parent: Element, points: Sequence[Point], eid: str, wrap_up: Sequence[Inline]
    ) -> None:
        """Preambular sub-items: ``blockList/item`` (``num`` + ``p``), nested the same way."""
        block = _sub(parent, "blockList", eId=eid)
        for point, label in zip(points, sibling_labels([p.num for p in points]), strict=True):
            item_eid = f"{eid}__item_{label}"
            item = _sub(block, "item", eId=item_eid)
            _sub(item, "num", point.num)
            if point.text:
                self.text(_sub(item, "p"), point.text)
            if point.points:
                self.block_list(item, point.points, f"{item_eid}__blockList_1", point.wrap_up)
        if wrap_up:
            self.text(_sub(block, "listWrapUp"), wrap_up)

    # --- operative part ----------------------------------------------------------------------

    def body(self, parent: Element, items: Sequence[OperativeParagraph | Section], prefix: str) -> None:
        """Paragraphs and sections in order; a heading that only groups the paragraphs after it
        is written the UN's way, as a paragraph holding a ``subheading`` (see ``_is_flat``)."""
        # (element name, item): "heading" is a flat section's heading paragraph.
        entries: list[tuple[str, OperativeParagraph | Section]] = []
        for index, item in enumerate(items):
            if isinstance(item, OperativeParagraph):
                entries.append(("paragraph", item))
            elif _is_flat(item, items[index + 1 :]):
                entries.append(("heading", item))
                entries.extend(("paragraph", p) for p in item.body)
            else:
                entries.append(("section", item))
        labels: dict[int, str] = {}
        for kinds, abbr in ((("paragraph", "heading"), "para"), (("section",), "sec")):
            group = [(index, item.num) for index, (kind, item) in enumerate(entries) if kind in kinds]
            for (index, _), label in zip(group, sibling_labels([num for _, num in group]), strict=True):
                labels[index] = f"{prefix}{abbr}_{label}"
        for index, (kind, item) in enumerate(entries):
            if kind == "heading" and isinstance(item, Section):
                paragraph = _sub(parent, "paragraph", eId=labels[index])
                self.text(_sub(paragraph, "subheading"), item.heading)
            elif isinstance(item, Section):
                self.section(parent, item, labels[index])
            else:
                self.operative_paragraph(parent, item, labels[index])

    def operative_paragraph(self, parent: Element, para: OperativeParagraph, eid: str) -> None:
        element = _sub(parent, "paragraph", eId=eid)
        if para.num is not None:
            _sub(element, "num", para.num)
        if para.points:
            self.list(
                element, para.verb, para.text, para.points, para.wrap_up, f"{eid}__list_1", para.lead_in
            )
        else:
            self.lead(_sub(_sub(element, "content"), "p"), para.verb, para.text, para.lead_in)

    def list(
        self,
        parent: Element,
        verb: str,
        intro: Sequence[Inline],
        points: Sequence[Point],
        wrap_up: Sequence[Inline],
        eid: str,
        lead_in: str = "",
    ) -> None:
        element = _sub(parent, "list", eId=eid)
        if verb or intro:
            self.lead(_sub(_sub(element, "intro"), "p"), verb, intro, lead_in)
        for point, label in zip(points, sibling_labels([p.num for p in points]), strict=True):
            self.point(element, point, f"{eid}__point_{label}")
        if wrap_up:
            self.text(_sub(_sub(element, "wrapUp"), "p"), wrap_up)

    def point(self, parent: Element, point: Point, eid: str, refers_to: str | None = None) -> None:
        attrs = {"refersTo": self.refer(refers_to)} if refers_to else {}
        element = _sub(parent, "point", eId=eid, **attrs)
        _sub(element, "num", point.num)
        if point.points:
            self.list(element, "", point.text, point.points, point.wrap_up, f"{eid}__list_1")
        else:
            self.text(_sub(_sub(element, "content"), "p"), point.text)

    def section(self, parent: Element, section: Section, eid: str) -> None:
        element = _sub(parent, "section", eId=eid)
        if section.num is not None:
            _sub(element, "num", section.num)
        self.text(_sub(element, "heading"), section.heading)
        for index, para in enumerate(section.preamble, 1):
            self.section_preamble(element, para, f"{eid}__crossHeading_{index}")
        self.body(element, section.body, f"{eid}__")

    def section_preamble(self, parent: Element, para: PreambularParagraph, eid: str) -> None:
        """A preambular paragraph inside a section: ``crossHeading``, its sub-items as points."""
        self.lead(
            _sub(parent, "crossHeading", eId=eid, refersTo=self.refer("preamble")),
            para.phrase,
            para.text,
            para.lead_in,
        )
        for point, label in zip(para.points, sibling_labels([p.num for p in para.points]), strict=True):
            self.point(parent, point, f"{eid}__point_{label}", refers_to="preamble")

    # --- closing -----------------------------------------------------------------------------

    def conclusions(self, parent: Element, meeting: Meeting | None, meeting_date: PrintedDate | None) -> None:
        if meeting is None and meeting_date is None:
            return
        event = _sub(_sub(_sub(parent, "conclusions"), "p"), "event", refersTo=self.refer("adoption"))
        if meeting is not None:
            attrs = {"class": "resumed"} if meeting.resumed else {}
            _sub(
                event,
                "location",
                meeting.text,
                refersTo=self.refer("adoptionMeeting"),
                title=str(meeting.number),
                **attrs,
            )
        if meeting is not None and meeting_date is not None:
            _sub(event, "eol")
        if meeting_date is not None:
            self.printed_date(event, meeting_date, "adoptionDate")

    def attachments(self, parent: Element, annexes: Sequence[Annex]) -> None:
        if not annexes:
            return
        attachments = _sub(parent, "attachments")
        for index, annex in enumerate(annexes, 1):
            self.annex(_sub(attachments, "attachment", eId=f"att_{index}"), annex, index)

    def annex(self, parent: Element, annex: Annex, index: int) -> None:
        doc = _sub(parent, "doc", name="annex")
        res = self.res
        iris = iri.document_iris(res.number, res.adoption_date, res.language, iri.annex_component(index))
        self.meta(doc, iris, None)
        preface = _sub(doc, "preface")
        for line in annex.heading:
            _sub(preface, "p", line)
        main = _sub(doc, "mainBody")
        # mainBody cannot be empty: an annex with a heading only keeps one empty paragraph.
        for paragraph in annex.paragraphs or ((),):
            self.text(_sub(main, "p"), paragraph)

    # --- documents ---------------------------------------------------------------------------

    def statement(self) -> Element:
        res = self.res
        root = Element("akomaNtoso", {})
        statement = _sub(root, "statement", name="resolution")
        meta = self.meta(
            statement, iri.document_iris(res.number, res.adoption_date, res.language), res.number
        )
        self.cover_page(statement)
        self.preface(statement, f"{res.number}.", res.title, refers=True)
        self.preamble(statement, res.formula, res.preamble, "")
        self.body(_sub(statement, "mainBody"), res.body, "")
        self.conclusions(statement, res.meeting, res.meeting_date)
        self.attachments(statement, res.annexes)
        self.finish_meta(meta)
        return root

    def collection(self) -> Element:
        """A resolution adopted in parts: a collection of one statement per part."""
        res = self.res
        root = Element("akomaNtoso", {})
        collection = _sub(root, "documentCollection", name="resolutions")
        number = collection_number(res)
        meta = self.meta(collection, iri.document_iris(number, res.adoption_date, res.language), number)
        self.cover_page(collection)
        self.preface(collection, f"{res.number}.", res.title, refers=True)
        self.preamble(collection, res.formula, (), "")
        body = _sub(collection, "collectionBody")
        for part in res.parts:
            ref = _sub(body, "component", eId=f"cmpRef_{part.letter}")
            _sub(
                ref,
                "documentRef",
                eId=f"cmpRef_{part.letter}__documentRef",
                href=f"#cmp_{part.letter}",
                showAs=f"Resolution {part.letter}",
            )
        self.conclusions(collection, res.meeting, res.meeting_date)
        self.attachments(collection, res.annexes)
        components = _sub(collection, "components")
        for part in res.parts:
            self.part(_sub(components, "component", eId=f"cmp_{part.letter}"), part)
        self.finish_meta(meta)
        return root

    def part(self, parent: Element, part: Part) -> None:
        res = self.res
        number = f"{base_number(res.number)} {part.letter}"
        statement = _sub(parent, "statement", name="resolution")
        self.meta(statement, iri.document_iris(number, res.adoption_date, res.language), number)
        self.preface(statement, part.letter, part.title, refers=False)
        prefix = f"cmp_{part.letter}__"
        self.preamble(statement, part.formula, part.preamble, prefix)
        self.body(_sub(statement, "mainBody"), part.body, prefix)
        self.conclusions(statement, part.meeting, part.meeting_date)

    def finish_meta(self, meta: Element) -> None:
        """Complete the document's own meta once the whole document is built.

        Components and annexes refer to the TLCs of this one ``<references>``: eIds are
        unique across the whole file, so the TLCs cannot be repeated in their meta.
        """
        self.references(meta)
        if self.res.session_text is None:
            self.session_fallback(meta)


def base_number(number: str) -> str:
    """A resolution number without its part letters: ``75/101 A-B`` → ``75/101``."""
    return number.split(" ")[0]


def collection_number(resolution: Resolution) -> str:
    """The number of a resolution in parts with its letters: ``75/101`` + A, B → ``75/101 A-B``."""
    if " " in resolution.number:
        return resolution.number
    return f"{resolution.number} {'-'.join(p.letter for p in resolution.parts)}"


def to_xml(resolution: Resolution, *, markup_date: date | None = None) -> bytes:
    """The resolution as AKN4UN XML bytes (UTF-8); the same model always gives the same bytes.

    ``markup_date`` is the manifestation date; by default the publication date, so that no
    clock reading makes output differ between runs.
    """
    writer = _Writer(resolution, markup_date)
    root = writer.collection() if resolution.parts else writer.statement()
    return serialise(root, NSMAP, STRUCTURAL, INDENT) + b"\n"
