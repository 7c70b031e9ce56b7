"""Reading pdftotext footnote blocks and placing citations, on real blocks of A/RES/78/..."""

import pytest

from unxml.text.footnotes import apply_citations, place_citations, read_block
from unxml.text.marks import note_mark


def numbered(*lines: str) -> list[tuple[int, str]]:
    return list(enumerate(lines, start=1))


def texts(block) -> dict[str, str]:
    return {note.marker: " ".join(text for _, text in note.lines) for note in block.notes}


def test_markers_gathered_after_the_texts():
    # A/RES/78/10, page 2: the markers of the first two footnotes come last.
    block = read_block(
        numbered(
            "Resolution 55/2.",
            "Resolution 70/1.",
            "4",
            "United Nations, Treaty Series, vol. 1577, No. 27531.",
            "2",
            "3",
        ),
        continuation_expected=False,
    )
    assert texts(block) == {
        "2": "Resolution 55/2.",
        "3": "Resolution 70/1.",
        "4": "United Nations, Treaty Series, vol. 1577, No. 27531.",
    }
    assert [m for _, m in block.marker_lines] == ["4", "2", "3"]


def test_leading_markers_and_a_wrapped_footnote():
    # A/RES/78/115, page 5: two markers first, then a one-line and a three-line footnote.
    block = read_block(
        numbered(
            "12",
            "13",
            "United Nations, Treaty Series, vol. 2445, No. 44004.",
            "Adopted on 8 July 2005 by the Conference to Consider and Adopt Proposed Amendments to the",
            "Convention on the Physical Protection of Nuclear Material (International Atomic Energy Agency,",
            "document GOV/INF/2005/10-GC(49)/INF/6, attachment).",
        ),
        continuation_expected=False,
    )
    assert texts(block)["12"] == "United Nations, Treaty Series, vol. 2445, No. 44004."
    assert texts(block)["13"].startswith("Adopted on 8 July 2005")
    assert texts(block)["13"].endswith("attachment).")


def test_wrapped_first_footnote_whose_marker_comes_last():
    # A/RES/78/102, page 1.
    block = read_block(
        numbered(
            "Official Records of the General Assembly, Fifty-ninth Session, Supplement No. 19",
            "(A/59/19/Rev.1), part one, chap. III, sect. D, para. 56.",
            "2",
            "See A/59/710.",
            "1",
        ),
        continuation_expected=False,
    )
    assert texts(block) == {
        "1": "Official Records of the General Assembly, Fifty-ninth Session, Supplement No. 19 "
        "(A/59/19/Rev.1), part one, chap. III, sect. D, para. 56.",
        "2": "See A/59/710.",
    }


def test_continuation_of_the_previous_pages_footnote():
    block = read_block(
        numbered("Supplement No. 10 (A/78/10), para. 49.", "5", "Ibid., chap. IV."),
        continuation_expected=True,
    )
    assert [text for _, text in block.continuation] == ["Supplement No. 10 (A/78/10), para. 49."]
    assert texts(block) == {"5": "Ibid., chap. IV."}


def test_marker_glued_to_its_text_fills_the_gap_in_the_markers():
    # A/RES/78/69: "45 See ISBA/26/A/19." while 46 to 48 stand alone; "13 February 1946" is text.
    block = read_block(
        numbered(
            "45 See ISBA/26/A/19.",
            "Ibid.",
            "See the Convention on the Privileges and Immunities of the United Nations of",
            "13 February 1946.",
            "48",
            "See ISBA/26/A/19.",
            "46",
            "47",
        ),
        continuation_expected=False,
        next_marker=45,
    )
    assert texts(block) == {
        "45": "See ISBA/26/A/19.",
        "46": "Ibid.",
        "47": "See the Convention on the Privileges and Immunities of the United Nations of"
        " 13 February 1946.",
        "48": "See ISBA/26/A/19.",
    }


def test_superscript_markers_in_a_block():
    block = read_block(numbered("¹ See resolution 55/2.", "² See Official Records, 2001."), False)
    assert texts(block) == {"1": "See resolution 55/2.", "2": "See Official Records, 2001."}


def placed(lines: list[str], markers: list[str]) -> list[str]:
    citations = place_citations(lines, markers)
    return apply_citations(lines, [(m, c) for m, c in zip(markers, citations, strict=True) if c])


N = note_mark


@pytest.mark.parametrize(
    ("line", "marker", "expected"),
    [
        ("adopted on 22 September 2008,1", "1", f"adopted on 22 September 2008,{N('1')}"),
        ("the Secretary-General,1 and", "1", f"the Secretary-General,{N('1')} and"),
        (
            "the 2005 World Summit Outcome, 1 sports can",
            "1",
            f"the 2005 World Summit Outcome,{N('1')} sports can",
        ),
        (
            "Reaffirming the Paris Agreement 2 and encouraging",
            "2",
            f"Reaffirming the Paris Agreement{N('2')} and encouraging",
        ),
        (
            "Framework Convention on Climate Change3 that have",
            "3",
            f"Framework Convention on Climate Change{N('3')} that have",
        ),
        ("Disaster Risk Reduction 2015–2030 4", "4", f"Disaster Risk Reduction 2015–2030{N('4')}"),
        ("resolutions 71/205 13 and 72/190", "13", f"resolutions 71/205{N('13')} and 72/190"),
        ("Risk Reduction 2015–20306 and the", "6", f"Risk Reduction 2015–2030{N('6')} and the"),
        (
            "codified in Additional Protocol I6 to the",
            "6",
            f"codified in Additional Protocol I{N('6')} to the",
        ),
        ("of 6 October 2020 4 and 54/14", "4", f"of 6 October 2020{N('4')} and 54/14"),
        ("no later than February 2025. 14", "14", f"no later than February 2025.{N('14')}"),
    ],
)
def test_citation_forms(line, marker, expected):
    assert placed([line], [marker]) == [expected]


@pytest.mark.parametrize(
    "line",
    [
        "its resolution 55/63 of 4 December 2000",
        "the 2030 Agenda for Sustainable Development",
        "in paragraph 3 of its resolution",
        "the Group of 20 and the G20",
        "from 3 to 14 June 1992",
        "held on 3 April 2023 in Geneva",
        "COVID-19 pandemic and 1.5°C",
        "3 per cent of gross national income",
        "document A/C.3/56/L.1 and A/AC.105/C.1",
    ],
)
def test_real_numbers_are_not_citations(line):
    for marker in ["3", "1", "20", "19", "14", "63", "4", "2030", "5"]:
        assert placed([line], [marker]) == [line]


def test_paragraph_numbers_on_their_own_line_are_not_citations():
    # A/RES/78/184: "3." opens a paragraph; the citation of 3 comes later.
    lines = [
        "Endorses the report on the work of its seventy-fourth",
        "session;",
        "3.",
        "Recognizes the relevance of the Executive Committee's practice,",
        "Reaffirms the 1951 Convention relating to the Status of Refugees 3 and the",
    ]
    assert placed(lines, ["3"])[2] == "3."
    assert (
        placed(lines, ["3"])[4]
        == f"Reaffirms the 1951 Convention relating to the Status of Refugees{N('3')} and the"
    )


def test_citations_follow_the_order_of_the_markers():
    # The "2" before the citation of 1 cannot be the citation of 2.
    lines = [
        "Noting that 2 experts attended the session of the Commission, 1 held in",
        "Geneva, and the report of the Conference 2 on the matter,",
    ]
    assert placed(lines, ["1", "2"]) == [
        f"Noting that 2 experts attended the session of the Commission,{N('1')} held in",
        f"Geneva, and the report of the Conference{N('2')} on the matter,",
    ]


def test_a_marker_alone_on_a_line_goes_to_the_end_of_the_line_before():
    assert placed(["Accelerated Modalities of Action (SAMOA) Pathway,", "5"], ["5"]) == [
        f"Accelerated Modalities of Action (SAMOA) Pathway,{N('5')}",
        "",
    ]


def test_a_marker_with_no_place_is_not_placed():
    assert place_citations(["in paragraph 3 of resolution 55/63"], ["3"]) == [None]


@pytest.mark.parametrize(
    ("line", "marker", "expected"),
    [
        # Plain digits glued after a full stop that ends a word with letters outside ASCII.
        ("de manifester sa volonté.4", "4", f"de manifester sa volonté.{N('4')}"),
        ("с глубоким беспокойством.1", "1", f"с глубоким беспокойством.{N('1')}"),
    ],
)
def test_glued_citations_after_words_of_any_script(line, marker, expected):
    assert placed([line], [marker]) == [expected]


@pytest.mark.parametrize(
    "line",
    ["(A/78/429, párr. 3)", "Suplemento núm. 3 (A/78/3)", "(A/78/429, par. 3)", "(A/78/429, párr.3)"],
)
def test_french_and_spanish_abbreviations_before_a_number_are_not_citations(line):
    assert placed([line], ["3"]) == [line]
