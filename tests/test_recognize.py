"""Recognition of a resolution's structure in cleaned lines (the stage after layout cleaning).

Inputs are written here as the cleaning stage hands them over: lines in reading order, no
page furniture, footnotes apart, citations as note marks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

import unxml
from unxml.errors import ConversionError, ConversionWarning
from unxml.lexicons import lexicon
from unxml.model import Emphasis, NoteRef, OperativeParagraph, Ref, Section, plain
from unxml.text.marks import note_mark
from unxml.text.recognize import Recognised, recognise

EN = lexicon("en")

MASTHEAD = """A/RES/78/999
United Nations
General Assembly
Distr.: General
5 December 2023
Seventy-eighth session
Agenda items 13 and 117 (a)
Culture of peace and
sustainable development
Resolution adopted by the General Assembly
on 1 December 2023
[on the report of the Special Political and Decolonization Committee
(Fourth Committee) (A/78/400, para. 12)]
78/999.
An example of a title that
wraps over two lines
The General Assembly,
"""

CLOSING = """55th plenary meeting
1 December 2023
"""


@dataclass(frozen=True)
class Cleaned:
    lines: tuple[str, ...]
    footnotes: tuple[tuple[str, str], ...] = ()


def read(body: str, footnotes: tuple[tuple[str, str], ...] = (), masthead: str = MASTHEAD) -> Recognised:
    return recognise(Cleaned(tuple((masthead + body).splitlines()), footnotes), EN)


SIMPLE = (
    """Recalling its resolution 77/1 of 1 December 2022,
1. Decides to remain seized of the matter.
"""
    + CLOSING
)


def test_masthead_fields() -> None:
    res = read(SIMPLE).resolution
    assert res.symbol == "A/RES/78/999"
    assert res.distribution == "Distr.: General"
    assert res.distribution_date is not None and res.distribution_date.value == date(2023, 12, 5)
    assert (res.session, res.session_text) == (78, "Seventy-eighth session")
    assert res.agenda is not None
    assert res.agenda.items == ("13", "117 (a)")
    assert res.agenda.text == "Agenda items 13 and 117 (a)"
    assert res.agenda.title == "Culture of peace and sustainable development"
    assert res.heading == "Resolution adopted by the General Assembly on 1 December 2023"
    assert res.origin is not None and res.origin.committee == "fourth"
    assert res.origin.document == "A/78/400, para. 12"
    assert res.number == "78/999"
    assert res.title == ("An example of a title that wraps over two lines",)
    assert res.formula == "The General Assembly,"
    assert res.adoption_date == date(2023, 12, 1)
    assert res.meeting is not None and (res.meeting.number, res.meeting.resumed) == (55, False)
    assert res.meeting_date is not None and res.meeting_date.text == "1 December 2023"


def test_masthead_without_committee_and_symbol_derived_from_number() -> None:
    masthead = """General Assembly
Distr.: General 23 January 2002
Fifty-sixth session Agenda item 110
Resolution adopted by the General Assembly
[without reference to a Main Committee (A/56/L.9)]
56/999. Title on the number line
The General Assembly,
"""
    body = "Recalling its resolutions,\n1. Decides to act.\n88th plenary meeting 19 December 2001\n"
    found = read(body, masthead=masthead)
    res = found.resolution
    assert res.symbol == "A/RES/56/999"
    assert res.session == 56 and res.agenda is not None and res.agenda.items == ("110",)
    assert res.origin is not None and res.origin.committee is None and res.origin.document == "A/56/L.9"
    assert res.heading == "Resolution adopted by the General Assembly"
    assert res.title == ("Title on the number line",)
    assert res.adoption_date == date(2001, 12, 19)
    assert res.meeting is not None and res.meeting.text == "88th plenary meeting"
    assert found.issues == ()


@pytest.mark.parametrize(
    "printed",
    [
        "5 December 2023\nOriginal: English\n",
        "5 December 2023\nEnglish\nOriginal:\n",  # A/RES/78/103: the language extracted first
        "5 December 2023\nOriginal:\nEnglish\n",
    ],
)
def test_original_language_line_is_reported_as_not_in_the_model(printed: str) -> None:
    found = read(SIMPLE, masthead=MASTHEAD.replace("5 December 2023\n", printed))
    assert found.unplaced == ("Original: English",)
    assert [str(i) for i in found.issues] == ["masthead: line not in the model: 'Original: English'"]
    assert found.resolution.distribution_date is not None
    assert found.resolution.session_text == "Seventy-eighth session"


def test_original_language_line_is_a_conversion_warning_for_a_real_text() -> None:
    text = (Path(__file__).parent / "data" / "un-corpus-en" / "A_RES_78_103.txt").read_text(encoding="utf-8")
    with pytest.warns(ConversionWarning, match="line not in the model: 'Original: English'"):
        unxml.convert(text, lang="en")


def test_unknown_masthead_line_is_reported_and_listed_as_unplaced() -> None:
    found = read(SIMPLE, masthead=MASTHEAD.replace("5 December 2023\n", "5 December 2023\nEnglish\n"))
    assert found.unplaced == ("English",)
    assert [str(i) for i in found.issues] == ["masthead: line not recognised: 'English'"]


def test_wrapped_preambular_paragraphs_without_blank_lines() -> None:
    body = (
        """Recalling its resolution 77/1 of 1 December 2022, in which it decided to
include in the provisional agenda of its seventy-eighth session the item,
Recognizing with appreciation the work of the Commission, and recognizing also
the need for cooperation,
Bearing in mind also the results,
1. Decides to remain seized of the matter.
"""
        + CLOSING
    )
    res = read(body).resolution
    assert [p.phrase for p in res.preamble] == [
        "Recalling",
        "Recognizing with appreciation",
        "Bearing in mind also",
    ]
    assert (
        plain(res.preamble[1].text)
        == "the work of the Commission, and recognizing also the need for cooperation,"
    )


def test_unknown_opening_phrase_is_kept_and_reported() -> None:
    body = (
        """Recalling its resolution 77/1 of 1 December 2022,
Bewailing the state of things in the world, which is not what it
should be,
1. Decides to remain seized of the matter.
"""
        + CLOSING
    )
    found = read(body)
    paragraph = found.resolution.preamble[1]
    assert paragraph.phrase == ""
    assert plain(paragraph.text).startswith("Bewailing the state of things")
    (issue,) = found.issues
    assert issue.where == "preambular paragraph 2"
    assert (
        issue.message
        == "opening phrase not in the lexicon: 'Bewailing the state of things in the world, which is not …'"
    )


def test_operative_numbers_on_their_own_line_and_unknown_verb() -> None:
    body = (
        """Recalling its resolution 77/1 of 1 December 2022,
1.
Calls upon Member States to act;
2.
Frobnicates the Secretary-General;
3. Also decides to continue.
"""
        + CLOSING
    )
    found = read(body)
    body_items = found.resolution.body
    assert [(p.num, p.verb) for p in body_items if isinstance(p, OperativeParagraph)] == [
        ("1.", "Calls upon"),
        ("2.", ""),
        ("3.", "Also decides"),
    ]
    assert [i.where for i in found.issues] == ["operative paragraph 2."]
    assert plain(body_items[1].text) == "Frobnicates the Secretary-General;"


def test_nested_points_and_text_after_the_list() -> None:
    body = (
        """Recalling its resolution 77/1 of 1 December 2022,
1. Requests the Secretary-General:
(a) To report;
(b) To consider:
(i) The first question;
(ii) The second question;
(c) To act;
and to report thereon to the General Assembly;
2. Decides to remain seized of the matter.
"""
        + CLOSING
    )
    paragraph = read(body).resolution.body[0]
    assert isinstance(paragraph, OperativeParagraph)
    assert [p.num for p in paragraph.points] == ["(a)", "(b)", "(c)"]
    assert [p.num for p in paragraph.points[1].points] == ["(i)", "(ii)"]
    assert plain(paragraph.wrap_up) == "and to report thereon to the General Assembly;"


def test_letter_i_after_h_continues_the_letters() -> None:
    items = "\n".join(f"({c}) Item {c};" for c in "abcdefghij")
    body = f"Recalling its work,\n1. Decides:\n{items}\n" + CLOSING
    paragraph = read(body).resolution.body[0]
    assert isinstance(paragraph, OperativeParagraph)
    assert [p.num for p in paragraph.points] == [f"({c})" for c in "abcdefghij"]


def test_headings_between_paragraph_groups_make_sections() -> None:
    body = (
        """Recalling its work,
I
Budget matters
1. Approves the budget;
2. Decides to review it;
II. Other matters
Noting the report,
3. Requests a report.
"""
        + CLOSING
    )
    res = read(body).resolution
    first, second = res.body
    assert isinstance(first, Section) and isinstance(second, Section)
    assert (first.num, first.heading) == ("I", ("Budget matters",))
    assert [p.num for p in first.body if isinstance(p, OperativeParagraph)] == ["1.", "2."]
    assert (second.num, second.heading) == ("II.", ("Other matters",))
    assert [p.phrase for p in second.preamble] == ["Noting"]


def test_sections_with_long_titles_own_preambles_and_single_unnumbered_paragraphs() -> None:
    # As in A/RES/78/253: a title over four lines under its number, numbering from 1 again
    # after the section's own preambular paragraphs, and sections of one unnumbered paragraph.
    body = (
        """Recalling its work,
1. Approves the budget;
2. Decides to review it;
XI
Revised estimates resulting from resolutions and decisions adopted by the
Human Rights Council at its fifty-second, fifty-third and fifty-fourth regular
sessions, and at its thirty-sixth special session, in 2023
Having considered the report of the Secretary-General,
1.
Takes note of the report of the Secretary-General;
2.
Endorses the conclusions of the Advisory Committee;
XX
International Trade Centre
Approves resources in the amount of 21,723,500 dollars;
XXV
Effects of changes in rates of exchange
Having considered the report of the Secretary-General,
Takes note of the revised estimates;
"""
        + CLOSING
    )
    res = read(body).resolution
    eleven, twenty, twenty_five = res.body[2:]
    assert isinstance(eleven, Section) and isinstance(twenty, Section) and isinstance(twenty_five, Section)
    assert eleven.num == "XI" and plain(eleven.heading).endswith("special session, in 2023")
    assert [p.phrase for p in eleven.preamble] == ["Having considered"]
    assert [(p.num, p.verb) for p in eleven.body if isinstance(p, OperativeParagraph)] == [
        ("1.", "Takes note"),
        ("2.", "Endorses"),
    ]
    assert [(p.num, p.verb) for p in twenty.body if isinstance(p, OperativeParagraph)] == [(None, "Approves")]
    assert [p.phrase for p in twenty_five.preamble] == ["Having considered"]
    assert [(p.num, p.verb) for p in twenty_five.body if isinstance(p, OperativeParagraph)] == [
        (None, "Takes note")
    ]


def test_worded_heading_numbers_nest_parts_and_sections() -> None:
    # As in A/RES/78/252 (the programme budget): "Part I" and "Section 1", each above its title,
    # the two headings printed one after the other before the paragraphs of the section; a
    # title going on after a colon.
    body = (
        """Recalling its work,
1. Decides that the staffing table shall be as set out in the annex;
Part I
Overall policymaking, direction and coordination
Section 1
Overall policymaking, direction and coordination
2. Takes note of paragraph I.9 of the report;
Section 2
General Assembly and Economic and Social Council affairs and
conference management
3. Approves the proposal;
Part II
Political affairs
Section 3
Political affairs
4. Decides not to redeploy one post;
Section 11
United Nations system support for the African Union’s Agenda 2063:
The Africa We Want
5. Recalls that the development of Africa is an established priority;
Income section 2
General income
6. Decides that income from bank interest shall be 12,000,000 dollars;
"""
        + CLOSING
    )
    res = read(body).resolution
    first, part_one, part_two, income = res.body
    assert isinstance(first, OperativeParagraph) and plain(first.text).endswith("set out in the annex;")

    def outline(section: Section) -> tuple:
        inner = [outline(s) if isinstance(s, Section) else s.num for s in section.body]
        return (section.num, plain(section.heading), *inner)

    assert [outline(s) for s in (part_one, part_two, income)] == [
        (
            "Part I",
            "Overall policymaking, direction and coordination",
            ("Section 1", "Overall policymaking, direction and coordination", "2."),
            (
                "Section 2",
                "General Assembly and Economic and Social Council affairs and conference management",
                "3.",
            ),
        ),
        (
            "Part II",
            "Political affairs",
            ("Section 3", "Political affairs", "4."),
            (
                "Section 11",
                "United Nations system support for the African Union’s Agenda 2063: The Africa We Want",
                "5.",
            ),
        ),
        ("Income section 2", "General income", "6."),
    ]


def test_footnotes_are_placed_at_each_citation() -> None:
    body = (
        f"""Recalling the Millennium Declaration,{note_mark("1")} and its resolution 55/63
of 4 December 2000,
1. Takes note of the plan;{note_mark("2")}
2. Decides to defer the matter.{note_mark("2")}
"""
        + CLOSING
    )
    footnotes = (("1", "See resolution 55/2."), ("2", "See Official Records of the Economic and Social "
                 "Council, 2001, Supplement No. 10 (E/2001/30/Rev.1), part two, chap. I."))  # fmt: skip
    found = read(body, footnotes)
    res = found.resolution
    assert [ref.marker for ref in res.citations()] == ["1", "2", "2"]
    assert found.issues == ()
    note = res.footnotes[1].text
    assert (
        Emphasis(text="Official Records of the Economic and Social Council, 2001, Supplement No. 10") in note
    )
    assert Ref(text="E/2001/30/Rev.1", href="/akn/un/doc/E/2001/30/Rev.1") in note


def test_footnote_problems_are_reported_not_dropped() -> None:
    body = f"Recalling the Declaration,{note_mark('7')}\n1. Decides to act.\n" + CLOSING
    found = read(body, (("1", "An uncited note."),))
    res = found.resolution
    assert "7" in plain(res.preamble[0].text)  # the stray marker stays as printed
    assert [ref.marker for ref in res.citations()] == ["1"]  # the uncited note is placed
    assert sorted(i.where for i in found.issues) == ["footnote 1", "footnote 7"]


def test_cited_resolutions_get_dated_iris_where_the_document_prints_the_date() -> None:
    body = (
        """Recalling its resolution 55/63 of 4 December 2000 and Human Rights Council
resolution 48/13,
1. Takes note of the measures set forth in its resolution 55/63 and in A/56/574.
"""
        + CLOSING
    )
    res = read(body).resolution
    dated = Ref(text="55/63", href="/akn/un/statement/deliberation/unga/2000-12-04/55-63/!main")
    assert dated in res.preamble[0].text and dated in res.body[0].text
    assert not any(isinstance(p, Ref) and p.text == "48/13" for p in res.preamble[0].text)
    assert Ref(text="A/56/574", href="/akn/un/doc/A/56/574") in res.body[0].text


def test_resumed_meeting_and_annex() -> None:
    body = """Recalling its work,
1. Adopts the programme contained in the annex to the present resolution.
50th (resumed) plenary meeting
1 December 2023
Annex
Programme of work
1. First item of the programme.
2. Second item.
"""
    res = read(body).resolution
    assert res.meeting is not None and res.meeting.resumed and res.meeting.number == 50
    (annex,) = res.annexes
    assert annex.heading == ("Annex", "Programme of work")
    assert [plain(p) for p in annex.paragraphs] == ["1. First item of the programme.", "2. Second item."]


def test_single_unnumbered_paragraph_and_formula_without_comma() -> None:
    masthead = MASTHEAD.replace("The General Assembly,", "The General Assembly")
    body = "Having considered the report,\nApproves the report of the Credentials Committee.\n" + CLOSING
    res = read(body, masthead=masthead).resolution
    assert res.formula == "The General Assembly"
    (paragraph,) = res.body
    assert isinstance(paragraph, OperativeParagraph) and (paragraph.num, paragraph.verb) == (None, "Approves")


def test_an_unnumbered_paragraph_that_introduces_the_numbered_ones_is_operative() -> None:
    # A/RES/78/256: "The General Assembly" / "Resolves that:" / "1. The Working Capital Fund …"
    masthead = MASTHEAD.replace("The General Assembly,", "The General Assembly")
    body = "Resolves that:\n1. The Fund shall be established;\n2. The Fund shall be kept.\n" + CLOSING
    res = read(body, masthead=masthead).resolution
    assert res.preamble == ()
    assert [(p.num, p.verb) for p in res.body] == [(None, "Resolves"), ("1.", ""), ("2.", "")]


def test_citation_marks_stay_out_of_the_phrase() -> None:
    body = f"Recalling{note_mark('1')} its resolution,\n1. Decides to act.\n" + CLOSING
    res = read(body, (("1", "A note."),)).resolution
    assert res.preamble[0].phrase == "Recalling"
    assert res.preamble[0].text[0] == NoteRef(marker="1")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Minutes of a meeting\nThe Committee met.\n", "no resolution number"),
        (MASTHEAD.replace("The General Assembly,\n", "") + "1. Decides.\n", "no enacting formula"),
        (MASTHEAD + "Recalling its work,\n1. Decides to act.\n", "no adoption date"),
    ],
)
def test_text_that_is_not_a_resolution_raises_a_clear_error(text: str, message: str) -> None:
    with pytest.raises(ConversionError, match=message) as raised:
        recognise(Cleaned(tuple(text.replace("on 1 December 2023\n", "").splitlines())), EN, "doc.txt")
    assert raised.value.hint and raised.value.source == "doc.txt"


def test_dates_that_disagree_raise() -> None:
    body = "Recalling its work,\n1. Decides to act.\n55th plenary meeting\n2 December 2023\n"
    with pytest.raises(ConversionError, match="heading says adopted on 2023-12-01"):
        read(body)


def test_last_line_printed_after_the_number_goes_back_to_the_paragraph_end() -> None:
    body = (
        """Recalling its work,
1. Decides to act;
2.
session.
Decides to continue its consideration of the question at its eightieth
"""
        + CLOSING
    )
    paragraph = read(body).resolution.body[1]
    assert isinstance(paragraph, OperativeParagraph) and paragraph.verb == "Decides"
    assert plain(paragraph.text) == "to continue its consideration of the question at its eightieth session."


def test_numbered_list_inside_an_operative_paragraph() -> None:
    body = (
        """Recalling its work,
1. Decides to act;
2. Approves the following provisional agenda:
1.
Opening of the Congress.
2.
Organizational matters.
3. Requests a report.
"""
        + CLOSING
    )
    res = read(body).resolution
    assert [p.num for p in res.body if isinstance(p, OperativeParagraph)] == ["1.", "2.", "3."]
    assert [p.num for p in res.body[1].points] == ["1.", "2."]
