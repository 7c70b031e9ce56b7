"""The writer: valid, deterministic AKN4UN with resolvable references and unique eIds."""

from datetime import date

import pytest
from lxml import etree

from tests.akn_checks import NS, dangling_references, duplicate_eids, unused_tlcs
from unxml.akn.writer import to_xml
from unxml.model import (
    Annex,
    Emphasis,
    Footnote,
    Meeting,
    NoteRef,
    OperativeParagraph,
    Part,
    Point,
    PreambularParagraph,
    PrintedDate,
    Ref,
    Resolution,
    Section,
)
from unxml.validate.schemas import oasis_schema


def resolution(**changes) -> Resolution:
    fields = dict(
        language="en",
        symbol="A/RES/56/121",
        session=56,
        session_text="Fifty-sixth session",
        number="56/121",
        title=("Combating the criminal misuse of information technologies",),
        formula="The General Assembly,",
        preamble=(PreambularParagraph(phrase="Recalling", text=("the Declaration,", NoteRef(marker="1"))),),
        body=(
            OperativeParagraph(num="1.", verb="Invites", text=("Member States;",)),
            OperativeParagraph(num="2.", verb="Decides", text=("to defer,", NoteRef(marker="1"))),
        ),
        adoption_date=date(2001, 12, 19),
        footnotes=(
            Footnote(marker="1", text=("See ", Ref(text="55/2", href="/akn/un/doc/A/RES/55/2"), ".")),
        ),
    )
    fields.update(changes)
    return Resolution(**fields)


def parse(data: bytes) -> etree._Element:
    return etree.fromstring(data)


def assert_sound(data: bytes) -> etree._Element:
    root = parse(data)
    schema = oasis_schema()
    assert schema.validate(root), schema.error_log
    assert duplicate_eids(root) == []
    assert dangling_references(root) == []
    assert unused_tlcs(root) == []
    return root


def test_same_model_same_bytes():
    assert to_xml(resolution()) == to_xml(resolution())


def test_markup_date_is_the_callers_else_the_publication_date():
    res = resolution(distribution_date=PrintedDate(value=date(2002, 1, 23), text="23 January 2002"))
    root = parse(to_xml(res))
    assert root.xpath("//a:FRBRManifestation/a:FRBRdate/@date", namespaces=NS) == ["2002-01-23"]
    root = parse(to_xml(res, markup_date=date(2026, 11, 22)))
    assert root.xpath("//a:FRBRManifestation/a:FRBRdate/@date", namespaces=NS) == ["2026-11-22"]


def test_repeated_citation_repeats_the_note_with_a_new_eid():
    root = assert_sound(to_xml(resolution()))
    notes = root.xpath("//a:authorialNote", namespaces=NS)
    assert [n.get("marker") for n in notes] == ["1", "1"]
    assert [n.get("eId") for n in notes] == ["authorialNote_1", "authorialNote_2"]
    assert etree.tostring(notes[0][0]) == etree.tostring(notes[1][0])


@pytest.mark.parametrize("lang, style", [("en", "italic"), ("zh", "bold"), ("ar", "bold italic")])
def test_phrase_and_verb_span_style_follows_the_language(lang, style):
    root = assert_sound(to_xml(resolution(language=lang)))
    assert set(root.xpath("//a:span/@class", namespaces=NS)) == {style}


@pytest.mark.parametrize(
    "nums, eids",
    [
        (["1.", "2.", "3."], ["para_1", "para_2", "para_3"]),
        (["1.", "1.", None], ["para_1", "para_2", "para_3"]),
        (["1.", None, "2."], ["para_1", "para_2-2", "para_2"]),
        (["(a)", "(a)", "2"], ["para_a", "para_2-2", "para_2"]),
        ([None, None], ["para_1", "para_2"]),
    ],
)
def test_printed_numbers_give_eids_and_positions_fill_the_gaps(nums, eids):
    body = tuple(OperativeParagraph(num=num, text=("x",)) for num in nums)
    root = assert_sound(to_xml(resolution(body=body, preamble=(), footnotes=())))
    assert root.xpath("//a:paragraph/@eId", namespaces=NS) == eids


def test_nested_points_sections_and_wrap_ups():
    inner = Point(num="(i)", text=("inner",))
    point = Point(num="(b)", text=("intro:",), points=(inner,), wrap_up=("after",))
    section = Section(
        num="II.",
        heading=("Follow-up", Emphasis(text="ad hoc")),
        preamble=(
            PreambularParagraph(phrase="Noting", text=("x",), points=(Point(num="(a)", text=("y",)),)),
        ),
        body=(
            OperativeParagraph(num="3.", verb="Requests", text=("z:",), points=(point,), wrap_up=("end",)),
        ),
    )
    root = assert_sound(to_xml(resolution(body=(*resolution().body, section))))
    eids = root.xpath("//a:section//@eId", namespaces=NS)
    assert "sec_II__para_3__list_1__point_b__list_1__point_i" in eids
    assert "sec_II__crossHeading_1__point_a" in eids
    assert root.xpath("//a:section/a:heading/a:i/text()", namespaces=NS) == ["ad hoc"]
    assert root.xpath(
        "//a:point[@eId='sec_II__para_3__list_1__point_b']//a:wrapUp/a:p/text()", namespaces=NS
    ) == ["after"]


def _children(root: etree._Element) -> list[str]:
    """The mainBody's children as ``name eId``, a heading paragraph as ``heading: its words``."""
    shown = []
    for element in root.find("a:statement/a:mainBody", NS):
        subheading = element.find("a:subheading", NS)
        name = etree.QName(element).localname
        shown.append(
            f"heading: {subheading.text}" if subheading is not None else f"{name} {element.get('eId')}"
        )
    return shown


def _paragraphs(*nums: str) -> tuple[OperativeParagraph, ...]:
    return tuple(OperativeParagraph(num=num, verb="Decides", text=("x;",)) for num in nums)


def test_unnumbered_headings_are_heading_paragraphs_before_their_paragraphs():
    """The UN's shape: <paragraph><subheading/></paragraph>, then the paragraphs as siblings."""
    body = (
        *_paragraphs("1."),
        Section(heading=("Budget estimates",), body=_paragraphs("2.", "3.")),
        Section(heading=("Financing",), body=_paragraphs("4.")),
    )
    root = assert_sound(to_xml(resolution(body=body, preamble=(), footnotes=())))
    assert _children(root) == [
        "paragraph para_1",
        "heading: Budget estimates",
        "paragraph para_2",
        "paragraph para_3",
        "heading: Financing",
        "paragraph para_4",
    ]
    # A heading paragraph has no number: it takes its position among the paragraphs.
    assert root.xpath("//a:paragraph[a:subheading]/@eId", namespaces=NS) == ["para_2-2", "para_5"]
    assert not root.xpath("//a:section", namespaces=NS)


@pytest.mark.parametrize(
    "body, shown",
    [
        # numbered: a section with num and heading
        ((Section(num="I.", heading=("A",), body=_paragraphs("1.")),), ["section sec_I"]),
        # a paragraph after the group: the flat shape would take it into the group
        (
            (Section(heading=("A",), body=_paragraphs("1.")), *_paragraphs("2.")),
            ["section sec_1", "paragraph para_2"],
        ),
        # a group with preambular paragraphs of its own
        (
            (Section(heading=("A",), preamble=(PreambularParagraph(phrase="Noting", text=("x,",)),)),),
            ["section sec_1"],
        ),
        # a group holding a group
        (
            (Section(heading=("A",), body=(Section(heading=("B",), body=_paragraphs("1.")),)),),
            ["section sec_1"],
        ),
    ],
)
def test_headings_the_flat_shape_cannot_hold_stay_sections(body, shown):
    root = assert_sound(to_xml(resolution(body=body, preamble=(), footnotes=())))
    assert _children(root) == shown


def test_preamble_points_are_a_block_list_in_the_container():
    para = PreambularParagraph(phrase="Recalling", text=("x:",), points=(Point(num="(a)", text=("y",)),))
    root = assert_sound(to_xml(resolution(preamble=(para,), footnotes=(), body=resolution().body[:1])))
    assert root.xpath("//a:container/a:blockList/a:item/a:num/text()", namespaces=NS) == ["(a)"]


def test_parts_become_a_collection_of_statements():
    part = dict(formula="The General Assembly,", body=(OperativeParagraph(num="1.", text=("x",)),))
    res = resolution(
        symbol="A/RES/75/101",
        number="75/101",
        session=75,
        formula=None,
        preamble=(),
        body=(),
        footnotes=(),
        adoption_date=date(2020, 12, 10),
        parts=(Part(letter="A", title=("First",), **part), Part(letter="B", **part)),
        meeting=Meeting(text="41st plenary meeting", number=41),
        meeting_date=PrintedDate(value=date(2020, 12, 10), text="10 December 2020"),
    )
    root = assert_sound(to_xml(res))
    assert root.xpath("//a:documentCollection/a:meta//a:FRBRWork/a:FRBRuri/@value", namespaces=NS) == [
        "/akn/un/statement/deliberation/unga/2020-12-10/75-101A-B"
    ]
    component_uris = root.xpath("//a:component/a:statement//a:FRBRWork/a:FRBRuri/@value", namespaces=NS)
    assert [u.rsplit("/", 1)[1] for u in component_uris] == ["75-101A", "75-101B"]
    assert "cmp_B__para_1" in root.xpath("//@eId")


def test_annexes_and_unprinted_session_are_kept():
    res = resolution(session_text=None, annexes=(Annex(heading=("Annex", "Plan"), paragraphs=(("x",),)),))
    root = assert_sound(to_xml(res))
    assert root.xpath("//a:attachment/a:doc/a:preface/a:p/text()", namespaces=NS) == ["Annex", "Plan"]
    assert root.xpath("//a:proprietary/*/@value", namespaces=NS) == ["56"]


def test_resumed_meeting_is_marked():
    res = resolution(meeting=Meeting(text="50th (resumed) plenary meeting", number=50, resumed=True))
    root = assert_sound(to_xml(res))
    assert root.xpath("//a:location/@class", namespaces=NS) == ["resumed"]
