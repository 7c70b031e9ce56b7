"""clean(), one noise kind at a time, on small snippets of real extractions (A/RES/78/...)."""

import pytest

from unxml.text.clean import Removal, clean
from unxml.text.marks import note_mark

N = note_mark

# Page 1 and the top of page 2 of A/RES/78/10, shortened: masthead, a spaced citation, a
# footnote block with the footer interleaved, a form feed, a running title on two lines.
PAGE_ONE = """A/RES/78/10

United Nations

General Assembly

Distr.: General
27 November 2023

78/10.

Building a peaceful and better world through sport and the
Olympic ideal
The General Assembly,
the 2005 World Summit Outcome, 1 sports can contribute to an atmosphere of
tolerance and understanding among peoples and nations,

__________________
1

23-23443 (E)

Resolution 60/1.

011223

*2323443*

"""
PAGE_TWO_TOP = """\fBuilding a peaceful and better world through sport
and the Olympic ideal

A/RES/78/10

Welcoming the designation of 6 April as the International Day of Sport for
Development and Peace,
"""
LAST_PAGE = """38th plenary meeting
21 November 2023

23-23443

2/2

\f"""


def reasons(result) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for removal in result.removed:
        found.setdefault(removal.reason, []).append(removal.text)
    return found


def test_footer_header_and_footnote_block_removed_masthead_kept():
    result = clean(PAGE_ONE + PAGE_TWO_TOP + LAST_PAGE)
    assert result.lines == (
        "A/RES/78/10",
        "United Nations",
        "General Assembly",
        "Distr.: General",
        "27 November 2023",
        "78/10.",
        "Building a peaceful and better world through sport and the",
        "Olympic ideal",
        "The General Assembly,",
        f"the 2005 World Summit Outcome,{N('1')} sports can contribute to an atmosphere of",
        "tolerance and understanding among peoples and nations,",
        "Welcoming the designation of 6 April as the International Day of Sport for",
        "Development and Peace,",
        "38th plenary meeting",
        "21 November 2023",
    )
    assert result.footnotes == (("1", "Resolution 60/1."),)
    found = reasons(result)
    assert found["job number"] == ["23-23443 (E)", "23-23443"]
    assert found["print date"] == ["011223"]
    assert found["barcode"] == ["*2323443*"]
    assert found["page number"] == ["2/2"]
    assert found["running header"] == [
        "Building a peaceful and better world through sport",
        "and the Olympic ideal",
        "A/RES/78/10",
    ]
    assert found["footnote separator"] == ["__________________"]
    assert Removal(19, "1", "footnote marker") in result.removed


def test_a_body_line_equal_to_a_title_line_below_the_header_is_kept():
    page_two = PAGE_TWO_TOP.replace("Development and Peace,", "and the Olympic ideal")
    result = clean(PAGE_ONE + page_two + LAST_PAGE)
    assert result.lines.count("and the Olympic ideal") == 1
    assert "Olympic ideal" in result.lines


def test_page_fraction_removed_only_when_it_counts_this_documents_pages():
    result = clean(PAGE_ONE + PAGE_TWO_TOP + "2/5\n" + LAST_PAGE)
    assert "2/5" in result.lines


def test_job_number_with_print_date_on_one_line():
    text = PAGE_ONE.replace("23-23443 (E)", "23-24514 (E) 151223")
    result = clean(text + PAGE_TWO_TOP + LAST_PAGE)
    assert reasons(result)["job number"][0] == "23-24514 (E) 151223"
    assert result.footnotes == (("1", "Resolution 60/1."),)


def test_paragraph_cut_by_a_footnote_block_continues_on_the_next_page():
    # A/RES/56/19, as pdftotext gives it: the block interrupts "maintaining international".
    text = (
        "A/RES/56/19\n\n56/19. Developments in the field of information\n"
        "Expressing concern that these technologies can potentially be used for purposes"
        " that are inconsistent with the objectives of maintaining international, 1\n"
        "__________________\n1\nSee A/51/261, annex.\n23-00001\n\f"
        "Developments in the field of information\n\nA/RES/56/19\n\n"
        "stability and security and may adversely affect the security of States,\n\f"
    )
    result = clean(text)
    assert result.lines[2:] == (
        "Expressing concern that these technologies can potentially be used for purposes"
        f" that are inconsistent with the objectives of maintaining international,{N('1')}",
        "stability and security and may adversely affect the security of States,",
    )
    assert result.footnotes == (("1", "See A/51/261, annex."),)


def test_separator_glued_to_the_last_body_line():
    # A/RES/78/150: "... medium__________________"
    text = (
        "Sustainable Development 3 is crucial;\n"
        "financial services, particularly women and women-led micro-, small and medium__________________\n\n"
        "Resolution 70/1.\n3\n\n2/2\n\n23-25910\n\f"
        "A/RES/78/150\n\n3. Invites Member States;\n\f"
    )
    result = clean(text)
    assert result.lines[1] == "financial services, particularly women and women-led micro-, small and medium"
    assert result.lines[0] == f"Sustainable Development{N('3')} is crucial;"
    assert result.footnotes == (("3", "Resolution 70/1."),)


def test_seed_footnotes_in_the_middle_of_text_and_superscript_citations():
    text = (
        "United Nations A/RES/56/121\n\n"
        "Recalling the United Nations Millennium Declaration,¹ in which Member States resolved\n\n"
        "¹ See resolution 55/2.\n\n"
        "Noting the work of the Council of Europe, ⁴ as well\n"
        "- 1. *Invites* Member States, when developing national law,\n"
        " - (a) General appreciation of the issues of information security;\n"
        "*71st plenary meeting\n8 December 2003*\n\n2\n\n"
        "⁴ Council of Europe, European Treaty Series, No. 185.\n"
    )
    result = clean(text)
    assert result.lines == (
        "United Nations A/RES/56/121",
        f"Recalling the United Nations Millennium Declaration,{N('1')} in which Member States resolved",
        f"Noting the work of the Council of Europe,{N('4')} as well",
        "1. Invites Member States, when developing national law,",
        "(a) General appreciation of the issues of information security;",
        "71st plenary meeting",
        "8 December 2003",
    )
    assert result.footnotes == (
        ("1", "See resolution 55/2."),
        ("4", "Council of Europe, European Treaty Series, No. 185."),
    )
    found = reasons(result)
    assert found["page number"] == ["2"]
    assert found["markdown bullet"] == ["-", "-"]
    assert found["markdown emphasis"] == ["*"] * 4


def test_curly_quotes_and_dashes_are_text():
    text = "the item entitled “Sport for development and peace” – economic, social –\n"
    assert clean(text).lines == (text.strip(),)


def test_issue_note_of_a_reissued_document():
    # A/RES/78/68*: the asterisk note is about the printing, not the resolution.
    text = (
        "A/RES/78/68*\n\nUnited Nations\n"
        "Recalling the Convention, 1 and bearing in mind\n"
        "__________________\n\n* Reissued for technical reasons on 15 January 2024.\n1\n"
        "United Nations, Treaty Series, vol. 1833, No. 31363.\n\f"
    )
    result = clean(text)
    assert result.lines[0] == "A/RES/78/68*"
    assert reasons(result)["issue note"] == ["* Reissued for technical reasons on 15 January 2024."]
    assert result.footnotes == (("1", "United Nations, Treaty Series, vol. 1833, No. 31363."),)


def test_an_uncited_footnote_is_kept_and_reported():
    text = (
        "The General Assembly,\nRecalling its resolution 70/1,\n__________________\n1\nResolution 70/1.\n\f"
    )
    result = clean(text)
    assert result.lines == ("The General Assembly,", "Recalling its resolution 70/1,")
    assert result.footnotes == (("1", "Resolution 70/1."),)
    assert reasons(result)["citation not found"] == ["1"]


def test_removals_are_in_input_order_and_point_at_their_lines():
    text = PAGE_ONE + PAGE_TWO_TOP + LAST_PAGE
    result = clean(text)
    lines = text.split("\n")
    assert [r.line for r in result.removed] == sorted(r.line for r in result.removed)
    for removal in result.removed:
        assert removal.text in lines[removal.line - 1]


def test_empty_and_blank_input():
    assert clean("") == clean("\n\n\f\n")
    assert clean("").lines == ()


def test_markdown_emphasis_wrapped_over_two_lines_is_removed():
    """Bug 20 of docs/robustness.md: the asterisks of a long verb wrapped after "1."."""
    result = clean("- 1. *Acknowledges and profoundly\nregrets* the loss of life;\n")
    assert result.lines == ("1. Acknowledges and profoundly", "regrets the loss of life;")
    assert reasons(result)["markdown emphasis"] == ["*", "*"]


def test_an_asterisk_far_below_an_open_emphasis_is_kept():
    """An opening asterisk whose closing one never comes does not swallow a later footnote call."""
    text = "1. *Decides to continue\nits work\non the item\nentitled Oceans* and the seas;\n"
    assert clean(text).lines[-1] == "entitled Oceans* and the seas;"


def test_the_print_date_of_a_one_page_document_is_furniture():
    """Bug 50: with no page break, "011223" under the job number stayed in the text."""
    body = "1. Decides to continue.\n\n88th plenary meeting\n1 January 2000\n"
    text = body + "\n23-23443 (E)\n\n011223\n\n*2323443*\n"
    result = clean(text)
    assert result.lines == ("1. Decides to continue.", "88th plenary meeting", "1 January 2000")
    assert reasons(result)["print date"] == ["011223"]


def test_a_number_line_without_a_job_number_is_kept():
    assert clean("1. Decides to fund:\n\n123456\n").lines == ("1. Decides to fund:", "123456")


def test_a_number_under_a_line_that_goes_on_is_text():
    """Bug 49: "Agenda items 1 and" / "2" lost its last item, dropped as a page number."""
    result = clean("Twenty-first session Agenda items 1 and\n2\n\n56/121. Title\n")
    assert result.lines == ("Twenty-first session Agenda items 1 and", "2", "56/121. Title")


def _blank_lines_carry_form_feeds(text: str) -> str:
    """``text`` with a form feed on each blank line next to a page break, as extractors may."""
    lines = text.split("\n")
    out = list(lines)
    for at, line in enumerate(lines):
        if line.startswith("\f"):
            for near in (at - 1, at + 1):
                if 0 <= near < len(lines) and not lines[near].strip():
                    out[near] = "\f"
    return "\n".join(out)


@pytest.mark.parametrize(
    "layout",
    [
        lambda t: t.replace("\n\f", "\n\f\n"),  # the form feed alone on a line
        lambda t: t.replace("\n\f", "\n\f\n\n"),  # then a blank line
        lambda t: t.replace("\n\f", "\f\n"),  # at the end of the page's last line
        _blank_lines_carry_form_feeds,
    ],
    ids=["alone", "before-blank", "line-end", "blank-lines"],
)
def test_form_feeds_on_blank_lines_start_no_page(layout):
    """Bug 72: blank lines carrying form feeds counted as pages, so "2/2" counted other
    pages than the document's and stayed in the text."""
    text = layout(PAGE_ONE + PAGE_TWO_TOP + LAST_PAGE)
    assert clean(text).lines == clean(PAGE_ONE + PAGE_TWO_TOP + LAST_PAGE).lines
    assert reasons(clean(text))["page number"] == ["2/2"]


@pytest.mark.parametrize("where", ["bottom", "top"])
def test_a_number_alone_at_a_page_edge_is_its_page_number(where):
    """Bug 72: with form feeds, a page number printed alone ("2", as older resolutions print
    it) was taken for text; under a list separator it is still the list's next item."""
    page_one = "56/121. Title\n\nThe General Assembly,\n\n1. Decides to continue;\n"
    page_two = "Also requests a report.\n\n88th plenary meeting\n19 December 2001\n"
    text = page_one + "\n2\n\f" + page_two if where == "bottom" else page_one + "\f2\n\n" + page_two
    result = clean(text)
    assert "2" not in result.lines
    assert reasons(result)["page number"] == ["2"]
    listed = clean("The General Assembly,\n\nRecalling items 1 and\n\f2\n\nof its agenda,\n")
    assert listed.lines == ("The General Assembly,", "Recalling items 1 and", "2", "of its agenda,")


def test_an_unfinished_footnote_above_the_body_stops_after_six_lines():
    """Bug 70's fix holds the limit where body follows: the footnote's end is not known, and
    the lines after its sixth are the resolution's (Chinese ends no footnote with "。")."""
    body = [f"{n}. Decides item {n};" for n in range(1, 9)] + ["9. Decides to close."]
    text = "\n".join(["¹ See the report of the Committee on", *body, "", "88th plenary meeting"])
    result = clean(text)
    assert result.footnotes == (("1", "See the report of the Committee on " + " ".join(body[:6])),)
    assert result.lines == (*body[6:], "88th plenary meeting")
