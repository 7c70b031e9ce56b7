"""Read AKN4UN XML into a :class:`~unxml.model.Resolution`: unxml's own output and the UN's files.

unxml's own XML is read exactly: writing the model read from it gives the same bytes. The
UN's published files are read leniently, since they carry layout and conventions the model
does not (tabs in numbers, web links, paragraph numbers typed into the text, in-body
headings, recorded votes). Everything the model cannot hold is reported as a
:class:`~unxml.akn.inline.Finding`, never dropped silently:

- :func:`read_report` returns the resolution and the findings;
- :func:`from_xml` returns the resolution and issues each ``warning`` finding as a
  :class:`~unxml.errors.ConversionWarning` (``info`` findings — the logo,
  recorded votes, workflow metadata — are only in :func:`read_report`).

Input that is not a resolution unxml can read (unsafe or malformed XML, a decision, a Security
Council or Human Rights Council text, a resolution without number or operative part) raises
:class:`~unxml.errors.XmlInputError` with the file and line.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from lxml import etree
from pydantic import ValidationError

from unxml.akn.inline import Finding, InlineReader, Severity, child, children, local, words
from unxml.akn.names import AKN4UN_NS, AKN_NS, NO_MAIN_COMMITTEE, committee_eid
from unxml.errors import ConversionWarning, XmlInputError
from unxml.lang import BY_ISO639_2, Language
from unxml.lexicons import lexicon
from unxml.model import (
    Agenda,
    Annex,
    BodyItem,
    Footnote,
    Inline,
    Meeting,
    OperativeParagraph,
    Origin,
    Part,
    Point,
    PreambularParagraph,
    PrintedDate,
    Resolution,
    Section,
    plain,
)
from unxml.xmlsafe import parse_xml

__all__ = ["Finding", "from_xml", "read_report"]

_WS = re.compile(r"[ \t\r\n]+")
_COMMITTEES = {f"#{committee_eid(k)}": k for k in ("first", "second", "third", "fourth", "fifth", "sixth")}
# The organ lines: the UN's files refer to the roles, the AKN4UN guidelines to the organs.
_ORGAN_LINES = {
    "#publisher": "publisher",
    "#un": "publisher",
    "#issuingBody": "issuing_body",
    "#ga": "issuing_body",
}
_AGENDA_ITEM = re.compile(r"(\d+)(?:\s*\(([a-z]{1,2})\))?")
_LAST_PARENTHESES = re.compile(r"\(([^()]*)\)[^()]*$")
# The printed number in the preface: "78/125.", "ES-11/1.", "75/101 A." (anchored: linear time)
_NUMBER = re.compile(r"(?:A/RES/)?(?P<number>(?:(?:ES|S)-)?\d+/\d+(?: [A-Z](?:-[A-Z])?)?)")
# A paragraph number typed into the text (the UN's Arabic files): "1 -", "12 -", "3."
_TYPED_NUM = re.compile(r"^[\s\u200e\u200f]*(\d{1,3})\s*([-–—.])(?=\s)")
# Direction marks and other invisible characters the UN's files carry before a verb.
_INVISIBLE = re.compile(r"[\s\u200b-\u200f\u2060\ufeff]*")
_INVISIBLE_MARKS = re.compile(r"[\u200b-\u200f\u2060\ufeff]+")
_DIGITS = re.compile(r"\d+")
# A heading that is only a number: "A", "II", "IV.", "3."
_NUM_LIKE = re.compile(r"^(?:[A-Z]|[IVXLC]+|\d+)\.?$")
_OTHER_BODIES = (
    ("/unsc/", "a Security Council resolution"),
    ("/unga-hrc/", "a Human Rights Council resolution"),
)
_IGNORED_META = {
    "analysis": "the recorded vote and other analysis in meta",
    "workflow": "the workflow steps in meta (drafts, sponsors)",
    "classification": "the classification keywords in meta (SDGs, UNBIS)",
    "lifecycle": "the lifecycle events in meta",
    "presentation": "the print layout in meta (job number, footers)",
}


def read_report(source: bytes | str | Path) -> tuple[Resolution, list[Finding]]:
    """The resolution in ``source`` (XML bytes or a path) and what the model could not hold."""
    tree = parse_xml(source)
    name = str(source) if not isinstance(source, bytes | bytearray) else "<bytes>"
    reader = _Reader(tree.getroot(), name)
    try:
        return reader.resolution(), reader.findings
    except ValidationError as err:
        # A part the model refuses (a number with a line break, a date out of range …).
        problem = err.errors()[0]
        where = ".".join(str(p) for p in problem["loc"])
        raise XmlInputError(
            f"the document does not make a valid resolution: {err.title} {where}: {problem['msg']}",
            source=name,
        ) from None


def from_xml(source: bytes | str | Path) -> Resolution:
    """The resolution in ``source``; findings that change or lose words become warnings."""
    resolution, findings = read_report(source)
    name = str(source) if not isinstance(source, bytes | bytearray) else "<bytes>"
    for finding in findings:
        if finding.severity == "warning":
            where = f"{name}:{finding.line}" if finding.line else name
            warnings.warn(f"{where}: {finding.message}", ConversionWarning, stacklevel=2)
    return resolution


def _q(name: str) -> str:
    return f"{{{AKN_NS}}}{name}"


def _line(text: str | None) -> str | None:
    """A printed line with whitespace collapsed, or None when nothing is printed."""
    text = _WS.sub(" ", text or "").strip()
    return text or None


class _Reader:
    """Reads one document; ``findings`` collects what the model cannot hold."""

    def __init__(self, root: etree._Element, name: str) -> None:
        self.root = root
        self.name = name
        self.findings: list[Finding] = []
        self.lang_code = "en"  # until the metadata says otherwise
        notes: dict[str, etree._Element] = {}
        for note in root.iter(_q("authorialNote")):
            notes.setdefault(_WS.sub(" ", note.get("marker") or "").strip(), note)
        self.inline = InlineReader(self.findings, notes)

    def error(
        self, message: str, element: etree._Element | None = None, hint: str | None = None
    ) -> XmlInputError:
        line = element.sourceline if element is not None else None
        return XmlInputError(message, source=self.name, line=line, hint=hint)

    def report(self, severity: Severity, message: str, element: etree._Element | None = None) -> None:
        self.inline.report(severity, message, element)

    def assumed_formula(self, element: etree._Element) -> str:
        """The language's enacting formula, for a file that leaves out the one the print has."""
        formula = lexicon(self.lang_code).formula
        self.report("warning", f"no enacting formula in the XML; {formula!r} assumed, as printed", element)
        return formula

    # --- the document ------------------------------------------------------------------------

    def resolution(self) -> Resolution:
        document = self.document()
        fields = self.meta(document)
        self.lang_code = fields["language"]
        fields.update(self.cover_page(document))
        number, title = self.preface(document)
        fields["number"] = number or _number_of_symbol(fields.get("symbol"))
        if fields["number"] is None:
            raise self.error("the resolution has no number (preface/docNumber)", document)
        fields.setdefault("symbol", f"A/RES/{fields['number']}")
        fields["title"] = title
        if "session" not in fields:
            fields["session"] = self.session_of_number(fields["number"], document)
        if local(document) == "documentCollection":
            fields.update(self.collection(document))
        else:
            fields.update(self.statement_body(document))
            if fields["formula"] is None:
                preamble = child(document, "preamble")
                fields["formula"] = self.assumed_formula(preamble if preamble is not None else document)
        meeting, meeting_date = self.conclusions(document)
        fields["meeting"] = meeting
        fields["meeting_date"] = meeting_date
        if meeting_date is not None and meeting_date.value != fields["adoption_date"]:
            self.report(
                "warning",
                f"adoption date in meta ({fields['adoption_date']}) differs from the date under the "
                f"meeting line ({meeting_date.value}); the printed date is kept",
            )
            fields["adoption_date"] = meeting_date.value
        fields["annexes"] = self.annexes(document)
        fields["footnotes"] = tuple(
            Footnote(marker=marker, text=text) for marker, text in self.inline.notes.items()
        )
        try:
            return Resolution(**fields)
        except ValidationError as err:
            problem = err.errors()[0]
            where = ".".join(str(p) for p in problem["loc"])
            raise self.error(
                f"the document does not make a valid resolution: {where}: {problem['msg']}", document
            ) from None

    def document(self) -> etree._Element:
        root = self.root
        if etree.QName(root).namespace != AKN_NS or local(root) != "akomaNtoso":
            raise self.error(
                f"not an Akoma Ntoso 3.0 document: the root is <{root.tag}>",
                root,
                hint=f"the root must be akomaNtoso in namespace {AKN_NS}",
            )
        documents = children(root, "statement", "documentCollection")
        if not documents:
            found = ", ".join(local(c) for c in children(root)) or "nothing"
            raise self.error(f"no statement or documentCollection in akomaNtoso (found {found})", root)
        document = documents[0]
        name = document.get("name", "")
        if local(document) == "statement" and name != "resolution":
            what = "a General Assembly decision" if name == "decision" else f"a statement named {name!r}"
            raise self.error(f"this is {what}, not a resolution; unxml reads resolutions only", document)
        this = root.find(f".//{_q('FRBRWork')}/{_q('FRBRthis')}")
        iri = this.get("value", "") if this is not None else ""
        for segment, what in _OTHER_BODIES:
            if segment in iri:
                raise self.error(
                    f"this is {what} ({iri}), not a General Assembly resolution; unxml reads "
                    "General Assembly resolutions only",
                    this,
                )
        return document

    # --- meta --------------------------------------------------------------------------------

    def meta(self, document: etree._Element) -> dict[str, Any]:
        meta = child(document, "meta")
        if meta is None:
            raise self.error("the document has no meta", document)
        identification = child(meta, "identification")
        # unxml's own XML is read strictly, the UN's with repairs for its layout.
        self.inline.lenient = identification is None or identification.get("source") != "#unxml"
        for name, what in _IGNORED_META.items():
            found = child(meta, name)
            if found is not None:
                self.report("info", f"{what} is not part of the model; ignored", found)
        lang = self.language(meta)
        fields: dict[str, Any] = {"language": lang.code}
        self.inline.spaced = lang.phrase_separator == " "
        adoption = meta.find(f".//{_q('FRBRWork')}/{_q('FRBRdate')}")
        fields["adoption_date"] = self.date_value(adoption, "date")
        session = meta.find(f"{_q('proprietary')}/{{{AKN4UN_NS}}}session")
        if session is not None:
            fields["session"] = self.int_value(session, "value")
        return fields

    def language(self, meta: etree._Element) -> Language:
        found = meta.find(f".//{_q('FRBRExpression')}/{_q('FRBRlanguage')}")
        code = found.get("language", "") if found is not None else ""
        lang = BY_ISO639_2.get(code)
        if lang is None:
            raise self.error(
                f"the expression language {code!r} is none of the six official languages",
                found if found is not None else meta,
                hint="FRBRExpression/FRBRlanguage/@language must be ara, zho, eng, fra, rus or spa",
            )
        return lang

    def date_value(self, element: etree._Element | None, attribute: str) -> date:
        value = element.get(attribute, "") if element is not None else ""
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            raise self.error(f"{attribute}={value!r} is not an ISO date (YYYY-MM-DD)", element) from None

    def int_value(self, element: etree._Element, attribute: str) -> int:
        value = element.get(attribute, "")
        if not value.strip().isdigit():
            raise self.error(f"{attribute}={value!r} is not a number", element)
        return int(value)

    def session_of_number(self, number: str, element: etree._Element) -> int:
        head = number.split("/")[0]
        if head.isdigit():
            return int(head)
        raise self.error(f"no session line, and the session cannot be told from number {number}", element)

    # --- masthead ----------------------------------------------------------------------------

    def cover_page(self, document: etree._Element) -> dict[str, Any]:
        cover = child(document, "coverPage")
        fields: dict[str, Any] = {}
        if cover is None:
            return fields
        agenda_text = agenda_title = None
        agenda_element: etree._Element | None = None
        for element in cover.iter():
            name = local(element)
            if name == "docNumber":
                fields["symbol"] = _line(words(element))
            elif name == "docStatus":
                fields["distribution"] = _line(words(element))
            elif name == "docDate":
                fields["distribution_date"] = self.printed_date(element)
            elif name == "session":
                fields["session_text"] = _line(words(element))
                if element.get("value"):
                    fields["session"] = self.int_value(element, "value")
            elif name == "inline" and element.get("name") in ("agenda item", "agendaItem"):
                agenda_text, agenda_element = _line(words(element)), element
            elif name == "inline" and element.get("name") in ("agenda item name", "agendaItemTitle"):
                title = _line(words(element))
                if agenda_title and title:
                    # The model has one title line; several items print one title each.
                    self.report("warning", "several agenda item titles are joined in one line", element)
                    title = f"{agenda_title} {title}"
                agenda_title = title
            elif name == "docTitle":
                fields["heading"] = _line(words(element))
            elif name == "docProponent":
                fields["origin"] = self.origin(element)
            elif name == "docAuthority" and element.get("refersTo") in _ORGAN_LINES:
                fields[_ORGAN_LINES[element.get("refersTo")]] = _line(words(element))
            elif name == "docAuthority":
                what = f"organ line {words(element)!r}"
                self.report("info", f"{what} refers to no known organ; ignored", element)
        if agenda_element is not None and agenda_text:
            fields["agenda"] = self.agenda(agenda_element, agenda_text, agenda_title)
        return {k: v for k, v in fields.items() if v is not None}

    def printed_date(self, element: etree._Element) -> PrintedDate | None:
        text = _line(words(element))
        if text is None:
            self.report("warning", "a date element prints no date; ignored", element)
            return None
        return PrintedDate(value=self.date_value(element, "date"), text=text)

    def agenda(self, element: etree._Element, text: str, title: str | None) -> Agenda | None:
        source = element.get("title") or text
        items = tuple(f"{n} ({sub})" if sub else n for n, sub in _AGENDA_ITEM.findall(source))
        if not items:
            self.report("warning", f"agenda line {text!r} names no item number; dropped", element)
            return None
        return Agenda(text=text, items=items, title=title)

    def origin(self, element: etree._Element) -> Origin | None:
        text = _line(words(element))
        if text is None:
            return None
        refers = element.get("refersTo", "")
        committee = _COMMITTEES.get(refers)
        if committee is None and refers != f"#{NO_MAIN_COMMITTEE}":
            self.report("warning", f"origin refers to {refers!r}, no Main Committee known to unxml", element)
        document_element = _first(
            element, lambda e: local(e) == "inline" and e.get("name") == "originating document"
        )
        if document_element is None:
            document_element = _first(element, lambda e: local(e) in ("ref", "a"))
        document = _line(words(document_element)) if document_element is not None else None
        if document is None:
            found = _LAST_PARENTHESES.search(text)
            document = _line(found.group(1)) if found else None
        if document is None:
            self.report("warning", f"origin line {text!r} names no document; dropped", element)
            return None
        return Origin(text=text, committee=committee, document=document)

    def preface(self, document: etree._Element) -> tuple[str | None, tuple[Inline, ...]]:
        preface = child(document, "preface")
        number_element = preface.find(f".//{_q('docNumber')}") if preface is not None else None
        title_element = preface.find(f".//{_q('docTitle')}") if preface is not None else None
        number = None
        if number_element is not None:
            printed = _line(words(number_element)) or ""
            found = _NUMBER.match(printed)
            number = found.group("number") if found else None
        title = self.inline.text(title_element) if title_element is not None else ()
        if not title:
            raise self.error(
                "the resolution has no title (preface/docTitle)", preface if preface is not None else document
            )
        return number, title

    # --- preamble ----------------------------------------------------------------------------

    def formula(self, preamble: etree._Element | None) -> str | None:
        formula = child(preamble, "formula") if preamble is not None else None
        return _line(words(formula)) if formula is not None else None

    def preamble(self, preamble: etree._Element | None) -> tuple[PreambularParagraph, ...]:
        paragraphs: list[PreambularParagraph] = []
        if preamble is None:
            return ()
        for element in children(preamble):
            name = local(element)
            if name == "formula":
                continue
            if name == "container":
                paragraph = self.container(element)
                if paragraph is not None:
                    paragraphs.append(paragraph)
            elif name == "p":
                lead_in, phrase, text = self.lead_of(element)
                if phrase or text:
                    paragraphs.append(PreambularParagraph(lead_in=lead_in, phrase=phrase, text=text))
            elif name == "blockList" and paragraphs:
                # The UN places a paragraph's sub-items after its container.
                last = paragraphs[-1]
                points, intro = self.block_list(element)
                paragraphs[-1] = last.model_copy(
                    update={"points": last.points + points, "text": _join(last.text, intro)}
                )
            else:
                self.report("warning", f"<{name}> in the preamble is not read; its words are lost", element)
        return tuple(paragraphs)

    def container(self, container: etree._Element) -> PreambularParagraph | None:
        blocks = children(container, "p")
        lead_in, phrase, text = self.lead_of(blocks[0]) if blocks else ("", "", ())
        for extra in blocks[1:]:
            self.report("info", "a preambular paragraph printed in several blocks is read as one", extra)
            text = _join(text, self.inline.text(extra))
        points: tuple[Point, ...] = ()
        for block in children(container, "blockList"):
            more, intro = self.block_list(block)
            points += more
            text = _join(text, intro)
        for other in children(container):
            if local(other) not in ("p", "blockList"):
                self.report(
                    "warning", f"<{local(other)}> in a preambular paragraph; its words are lost", other
                )
        if not phrase and not text:
            name = _line(container.get("name"))
            if name:
                return PreambularParagraph(phrase=name, text=(), points=points)
            self.report("warning", "an empty preambular paragraph is skipped", container)
            return None
        return PreambularParagraph(lead_in=lead_in, phrase=phrase, text=text, points=points)

    def lead_of(self, p: etree._Element) -> tuple[str, str, tuple[Inline, ...]]:
        """Lead-in, opening phrase and text; a phrase after words that are no lead-in is no
        opening phrase."""
        before, lead, text = self.inline.lead(p)
        lead_in = self.lead_in(before) if lead else ""
        if lead_in is None:
            self.report("info", f"words {before.strip()!r} precede the set phrase {lead!r}: read as text", p)
            return "", "", self.inline.text(p)
        return lead_in, lead, text

    def lead_in(self, before: str) -> str | None:
        """The lead-in printed as ``before`` a set phrase or verb: "" where nothing visible is,
        None where the words cannot be one.

        unxml's own files hold only lead-ins of the model; in the UN's files, words before a
        span are a lead-in only where the lexicon lists them (elsewhere they are a slip of
        markup: "Reques<span>ts the S</span>").
        """
        if not self.inline.lenient:
            return before.strip()
        words = _WS.sub(" ", _INVISIBLE_MARKS.sub("", before)).strip()
        if not words or words in lexicon(self.lang_code).lead_ins:
            return words
        return None

    def block_list(self, block: etree._Element) -> tuple[tuple[Point, ...], tuple[Inline, ...]]:
        """Sub-items of a blockList, and the words of its listIntroduction (if any)."""
        intro = child(block, "listIntroduction")
        intro_text = self.inline.text(intro) if intro is not None else ()
        points = []
        for position, item in enumerate(children(block, "item"), 1):
            num = _line(words(child(item, "num"))) if child(item, "num") is not None else None
            text: tuple[Inline, ...] = ()
            nested: tuple[Point, ...] = ()
            wrap_up: tuple[Inline, ...] = ()
            for p in children(item, "p"):
                text = _join(text, self.inline.text(p))
            for inner in children(item, "blockList"):
                more, more_intro = self.block_list(inner)
                nested += more
                text = _join(text, more_intro)
                wrap = child(inner, "listWrapUp")
                if wrap is not None:
                    wrap_up = _join(wrap_up, self.inline.text(wrap))
            num, text = self.numbered(num, text, position, item)
            points.append(Point(num=num, text=text, points=nested, wrap_up=wrap_up))
        return tuple(points), intro_text

    def numbered(
        self, num: str | None, text: tuple[Inline, ...], position: int, element: etree._Element
    ) -> tuple[str, tuple[Inline, ...]]:
        if num:
            return num, text
        self.report(
            "warning", f"sub-paragraph {position} has no printed number; '({position})' used", element
        )
        return f"({position})", text

    # --- operative part ----------------------------------------------------------------------

    def statement_body(self, statement: etree._Element) -> dict[str, Any]:
        preambles = children(statement, "preamble")
        bodies = children(statement, "mainBody")
        if not bodies:
            raise self.error("the resolution has no operative part (mainBody)", statement)
        if len(preambles) > 1 or len(bodies) > 1:
            self.report(
                "warning",
                "the document repeats preamble/mainBody (invalid Akoma Ntoso); they are read in order as one",
                statement,
            )
        preamble: tuple[PreambularParagraph, ...] = ()
        for element in preambles:
            preamble += self.preamble(element)
        body: list[BodyItem] = []
        for element in bodies:
            builder = self.body(children(element))
            items = builder.finish()
            if builder.preambles:
                self.report(
                    "info", "preambular paragraphs at the start of mainBody are read as preamble", element
                )
                preamble += tuple(builder.preambles)
            body.extend(items)
        return {
            "formula": self.formula(preambles[0] if preambles else None),
            "preamble": preamble,
            "body": tuple(body),
        }

    def body(self, elements: list[etree._Element]) -> _SectionBuilder:
        """Operative paragraphs and sections, with the UN's in-body headings made sections.

        Preambular paragraphs met before any operative one are the builder's ``preambles``.
        """
        items = _SectionBuilder(self)
        for element in elements:
            name = local(element)
            if name == "paragraph":
                heading = _heading_of_paragraph(element)
                if heading is not None:
                    items.heading(heading[0], self.inline.text(heading[1]))
                else:
                    paragraph = self.paragraph(element)
                    if paragraph is not None:
                        items.add(paragraph)
            elif name == "section":
                items.section(self.section(element))
            elif name in ("subheading", "heading"):
                items.heading(None, self.inline.text(element))
            elif name == "crossHeading":
                if element.get("refersTo") == "#preamble":
                    items.preamble(self.cross_heading(element), element)
                else:
                    items.heading(None, self.inline.text(element))
            elif name == "p":
                num = child(element, "num")
                if num is not None and not _line(words(element).replace(words(num), "")):
                    items.heading_number(_line(words(num)))
                elif words(element):
                    items.add(self.loose_paragraph(element))
            elif name in ("container", "blockContainer"):
                self.report(
                    "warning",
                    f"<{name}> (a table?) in the operative part is read as plain paragraphs",
                    element,
                )
                for p in element.iter(_q("p")):
                    if words(p):
                        items.add(OperativeParagraph(text=self.inline.text(p)))
            elif name == "point" and element.get("refersTo") == "#preamble":
                items.preamble_point(self.point(element, 1), element)
            else:
                self.report(
                    "warning", f"<{name}> in the operative part is not read; its words are lost", element
                )
        return items

    def loose_paragraph(self, p: etree._Element) -> OperativeParagraph:
        lead_in, verb, text = self.lead_of(p)
        return OperativeParagraph(lead_in=lead_in, verb=verb, text=text if (verb or text) else ("",))

    def paragraph(self, element: etree._Element) -> OperativeParagraph | None:
        num_element = child(element, "num")
        num = _line(words(num_element)) if num_element is not None else None
        lists = children(element, "list")
        content = child(element, "content")
        blocks = children(content, "p") if content is not None else children(element, "p")
        lead_in, verb, text = "", "", ()
        if lists:
            intro = child(lists[0], "intro")
            blocks = children(intro, "p") if intro is not None else []
        if blocks:
            num, lead_in, verb, text = self.lead_with_number(num, blocks[0])
            for extra in blocks[1:]:
                text = _join(text, self.inline.text(extra))
        points: tuple[Point, ...] = ()
        wrap_up: tuple[Inline, ...] = ()
        for found in lists:
            more, more_wrap = self.list_points(found)
            points += more
            wrap_up = _join(wrap_up, more_wrap)
        if not verb and not text and not points:
            self.report(
                "warning", f"operative paragraph {num or ''} is empty in the source; skipped", element
            )
            return None
        return OperativeParagraph(
            num=num, lead_in=lead_in, verb=verb, text=text, points=points, wrap_up=wrap_up
        )

    def lead_with_number(
        self, num: str | None, p: etree._Element
    ) -> tuple[str | None, str, str, tuple[Inline, ...]]:
        """Number, lead-in, verb and text of a paragraph, taking a number typed into the text
        where no num is."""
        before, verb, text = self.inline.lead(p)
        if num is None and self.inline.lenient:
            typed = _TYPED_NUM.match(before if verb else (p.text or ""))
            if typed:
                dash = typed.group(2) in "-–—"
                num = f"{typed.group(1)} {typed.group(2)}" if dash else f"{typed.group(1)}."
                rest = (before if verb else (p.text or ""))[typed.end() :]
                if verb:
                    before = rest
                else:
                    text = self.inline.text(p, head=rest)
        lead_in = self.lead_in(before) if verb else ""
        if lead_in is None:
            self.report("info", f"words {before.strip()!r} precede the set verb {verb!r}: read as text", p)
            return num, "", "", self.inline.text(p, head=before)
        return num, lead_in, verb, text

    def list_points(self, element: etree._Element) -> tuple[tuple[Point, ...], tuple[Inline, ...]]:
        points: list[Point] = []
        for position, found in enumerate(children(element), 1):
            name = local(found)
            if name == "point":
                points.append(self.point(found, position))
            elif name == "sublist" and points:
                more, wrap = self.list_points(found)
                last = points[-1]
                points[-1] = last.model_copy(
                    update={"points": last.points + more, "wrap_up": _join(last.wrap_up, wrap)}
                )
            elif name not in ("intro", "wrapUp", "num"):
                self.report("warning", f"<{name}> in a list is not read; its words are lost", found)
        wrap = child(element, "wrapUp")
        wrap_up = self.blocks_text(wrap) if wrap is not None else ()
        return tuple(points), wrap_up

    def point(self, element: etree._Element, position: int) -> Point:
        num_element = child(element, "num")
        num = _line(words(num_element)) if num_element is not None else None
        text: tuple[Inline, ...] = ()
        nested: tuple[Point, ...] = ()
        wrap_up: tuple[Inline, ...] = ()
        content = child(element, "content")
        if content is not None:
            text = self.blocks_text(content)
        for found in children(element, "list"):
            intro = child(found, "intro")
            if intro is not None:
                text = _join(text, self.blocks_text(intro))
            more, more_wrap = self.list_points(found)
            nested += more
            wrap_up = _join(wrap_up, more_wrap)
        num, text = self.numbered(num, text, position, element)
        if not text and not nested:
            raise self.error(f"sub-paragraph {num} is empty", element)
        return Point(num=num, text=text, points=nested, wrap_up=wrap_up)

    def blocks_text(self, element: etree._Element) -> tuple[Inline, ...]:
        text: tuple[Inline, ...] = ()
        for p in children(element, "p"):
            text = _join(text, self.inline.text(p))
        return text

    def cross_heading(self, element: etree._Element) -> PreambularParagraph:
        lead_in, phrase, text = self.lead_of(element)
        if not phrase and not text:
            raise self.error("an empty preambular paragraph", element)
        return PreambularParagraph(lead_in=lead_in, phrase=phrase, text=text)

    def section(self, element: etree._Element) -> Section:
        num_element = child(element, "num")
        num = _line(words(num_element)) if num_element is not None else None
        title = child(element, "heading")
        if title is None:
            # The UN's sections have subheadings instead: the first is the section's heading,
            # later ones head sub-sections.
            title = child(element, "subheading")
        heading = self.inline.text(title) if title is not None else ()
        rest = [c for c in children(element) if local(c) != "num" and c is not title]
        # The UN prints a section's number as a paragraph of its own: <p><num>I</num></p>.
        while rest and num is None and local(rest[0]) == "p" and child(rest[0], "num") is not None:
            num = _line(words(child(rest[0], "num")))
            rest = rest[1:]
        builder = self.body(rest)
        body = tuple(builder.finish())
        if not heading:
            if num is None:
                raise self.error("a section has neither number nor heading", element)
            self.report("warning", f"section {num} has no heading; its number is used as heading", element)
            heading, num = (num,), None
        return Section(num=num, heading=heading, preamble=tuple(builder.preambles), body=body)

    # --- parts -------------------------------------------------------------------------------

    def collection(self, collection: etree._Element) -> dict[str, Any]:
        components = [c for c in self.root.iter(_q("component")) if child(c, "statement") is not None]
        if not components:
            raise self.error("a document collection without component resolutions", collection)
        parts = []
        for component in components:
            statement = child(component, "statement")
            assert statement is not None
            parts.append(self.part(statement))
        return {"formula": self.formula(child(collection, "preamble")), "parts": tuple(parts)}

    def part(self, statement: etree._Element) -> Part:
        preface = child(statement, "preface")
        letter_element = preface.find(f".//{_q('docNumber')}") if preface is not None else None
        letter = _line(words(letter_element)) if letter_element is not None else None
        if letter is None or not re.fullmatch(r"[A-Z]{1,2}", letter):
            raise self.error(
                f"a component resolution has no letter (preface/docNumber: {letter!r})", statement
            )
        title_element = preface.find(f".//{_q('docTitle')}") if preface is not None else None
        title = self.inline.text(title_element) if title_element is not None else ()
        body = self.statement_body(statement)
        if body["formula"] is None:
            body["formula"] = self.assumed_formula(statement)
        meeting, meeting_date = self.conclusions(statement)
        return Part(
            letter=letter,
            title=title,
            formula=body["formula"],
            preamble=body["preamble"],
            body=body["body"],
            meeting=meeting,
            meeting_date=meeting_date,
        )

    # --- closing -----------------------------------------------------------------------------

    def conclusions(self, document: etree._Element) -> tuple[Meeting | None, PrintedDate | None]:
        conclusions = child(document, "conclusions")
        if conclusions is None:
            return None, None
        meeting = meeting_date = None
        for element in conclusions.iter():
            name = local(element)
            if name == "location" or (name == "inline" and element.get("name") == "adoptionMeeting"):
                meeting = self.meeting(element)
            elif name in ("docDate", "date") and meeting_date is None:
                meeting_date = self.printed_date(element)
        return meeting, meeting_date

    def meeting(self, element: etree._Element) -> Meeting | None:
        text = _line(words(element))
        if text is None:
            return None
        found = _DIGITS.search(element.get("title") or "") or _DIGITS.search(text)
        if found is None:
            self.report("warning", f"meeting line {text!r} has no meeting number; dropped", element)
            return None
        resumed = element.get("class") == "resumed" or (self.inline.lenient and _is_resumed(text))
        return Meeting(text=text, number=int(found.group()), resumed=resumed)

    def annexes(self, document: etree._Element) -> tuple[Annex, ...]:
        attachments = child(document, "attachments")
        if attachments is None:
            return ()
        annexes = []
        for attachment in children(attachments, "attachment"):
            doc = next(iter(children(attachment)), None)
            if doc is None:
                continue
            annexes.append(self.annex(doc))
        return tuple(annexes)

    def annex(self, doc: etree._Element) -> Annex:
        preface = child(doc, "preface")
        heading = [_line(words(p)) for p in children(preface, "p")] if preface is not None else []
        paragraphs: list[tuple[Inline, ...]] = []
        main = child(doc, "mainBody")
        body = children(main) if main is not None else []
        for element in body:
            name = local(element)
            if name == "p":
                text = self.inline.text(element)
                if text:
                    paragraphs.append(text)
            elif name == "paragraph" and _heading_of_paragraph(element) is not None and not paragraphs:
                heading.append(_line(words(element)))
            else:
                # The UN's annexes are structured like resolutions; the model keeps their words,
                # each block a paragraph with its printed number in front.
                paragraphs.extend(self.flat_paragraphs(element))
        lines = tuple(line for line in heading if line)
        if not lines and paragraphs and all(isinstance(piece, str) for piece in paragraphs[0]):
            # No "Annex" line printed: the annex's first block (its title) heads it.
            lines, paragraphs = ("".join(paragraphs[0]),), paragraphs[1:]  # type: ignore[arg-type]
        if not lines:
            self.report("warning", "an annex without heading or title; 'Annex' used", doc)
            lines = ("Annex",)
        return Annex(heading=lines, paragraphs=tuple(paragraphs))

    def flat_paragraphs(self, element: etree._Element) -> list[tuple[Inline, ...]]:
        """The blocks of a structured element as plain paragraphs, numbers kept as words."""
        if local(element) in ("p", "heading", "subheading", "crossHeading"):
            text = self.inline.text(element)
            return [text] if text else []
        num_element = child(element, "num")
        pending = _line(words(num_element)) if num_element is not None else None
        paragraphs: list[tuple[Inline, ...]] = []
        for part in children(element):
            if part is num_element:
                continue
            found = self.flat_paragraphs(part)
            if found and pending:
                found[0] = (f"{pending} ", *found[0])
                pending = None
            paragraphs.extend(found)
        if pending:
            paragraphs.append((pending,))
        return paragraphs


class _SectionBuilder:
    """Collects body items; a heading (the UN's in-body subheading) opens a section."""

    def __init__(self, reader: _Reader) -> None:
        self.reader = reader
        self.items: list[BodyItem] = []
        self.preambles: list[PreambularParagraph] = []
        self.open: dict[str, Any] | None = None
        self.pending_num: str | None = None

    def heading_number(self, num: str | None) -> None:
        self.close()
        if self.pending_num is not None:  # a number printed alone, with no heading after it
            self.items.append(Section(heading=(self.pending_num,)))
        self.pending_num = num

    def heading(self, num: str | None, text: tuple[Inline, ...]) -> None:
        if (
            self.reader.inline.lenient
            and self.open is not None
            and not self.open["body"]
            and not self.open["preamble"]
        ):
            if num is not None:
                text = (f"{num} ", *text)
            # Two headings in a row: a number printed as a heading ("A", "II") and the title,
            # or a heading and its sub-title ("Annex I", then the title).
            if self.open["num"] is None and _NUM_LIKE.match(plain(self.open["heading"])):
                self.open["num"], self.open["heading"] = plain(self.open["heading"]), text
            else:
                self.open["heading"] = _join(self.open["heading"], text)
            return
        self.close()
        self.open = {"num": num or self.pending_num, "heading": text, "preamble": [], "body": []}
        self.pending_num = None

    def preamble(self, paragraph: PreambularParagraph, element: etree._Element) -> None:
        if self.open is not None and not self.open["body"]:
            self.open["preamble"].append(paragraph)
        elif self.open is None and not self.items:
            self.preambles.append(paragraph)
        else:
            self.reader.report(
                "warning",
                "a preambular paragraph after operative ones is read as an operative paragraph",
                element,
            )
            self.add(
                OperativeParagraph(
                    lead_in=paragraph.lead_in, verb=paragraph.phrase, text=paragraph.text or ("",)
                )
            )

    def preamble_point(self, point: Point, element: etree._Element) -> None:
        target = self.open["preamble"] if self.open is not None else self.preambles
        if not target:
            self.reader.report(
                "warning", "a preambular sub-item with no paragraph before it is lost", element
            )
            return
        target[-1] = target[-1].model_copy(update={"points": (*target[-1].points, point)})

    def add(self, item: BodyItem) -> None:
        if self.open is not None:
            self.open["body"].append(item)
        else:
            self.items.append(item)

    def section(self, section: Section) -> None:
        """A ``section`` element: it ends the group of a heading paragraph before it."""
        self.close()
        self.items.append(section)

    def extend(self, items: list[BodyItem]) -> None:
        for item in items:
            self.add(item)

    def close(self) -> None:
        if self.open is None:
            return
        section = self.open
        self.open = None
        if not section["heading"]:
            section["heading"] = (section["num"] or "",)
        self.items.append(
            Section(
                num=section["num"],
                heading=section["heading"],
                preamble=tuple(section["preamble"]),
                body=tuple(section["body"]),
            )
        )

    def finish(self) -> list[BodyItem]:
        self.close()
        if self.pending_num is not None:
            self.items.append(Section(heading=(self.pending_num,)))
        return self.items


def _first(element: etree._Element, test: Callable[[etree._Element], bool]) -> etree._Element | None:
    """The first descendant of ``element`` that passes ``test``."""
    return next((e for e in element.iter() if e is not element and test(e)), None)


def _heading_of_paragraph(element: etree._Element) -> tuple[str | None, etree._Element] | None:
    """``(num, heading element)`` when a UN paragraph is an in-body heading, else None."""
    if children(element, "content", "list"):
        return None
    for name in ("subheading", "heading"):
        found = child(element, name)
        if found is not None:
            num = child(element, "num")
            return (_line(words(num)) if num is not None else None), found
    return None


_RESUMED = ("resumed", "reprise", "reanudación", "возобновл", "续会", "المستأنفة")
"""The word for "resumed" in the meeting line, in the six languages."""


def _is_resumed(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in _RESUMED)


def _join(first: tuple[Inline, ...], second: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """Two texts as one, separated by a space."""
    if not first:
        return second
    if not second:
        return first
    return (*first, " ", *second)


def _number_of_symbol(symbol: str | None) -> str | None:
    if symbol and symbol.startswith("A/RES/"):
        return symbol[len("A/RES/") :]
    return None
