"""``render.to_text`` prints hand-built models in the UN's printed layout."""

from datetime import date

import pytest
from models import seed_56_121

from unxml.model import (
    Agenda,
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
    Section,
)
from unxml.render import to_text


def test_prints_the_whole_resolution_in_order():
    assert to_text(seed_56_121()) == (
        "United Nations\n"
        "A/RES/56/121\n"
        "General Assembly\n"
        "Distr.: General\n"
        "23 January 2002\n"
        "\n"
        "Fifty-sixth session\n"
        "Agenda item 110\n"
        "\n"
        "Resolution adopted by the General Assembly\n"
        "[on the report of the Third Committee (A/56/574)]\n"
        "\n"
        "56/121. Combating the criminal misuse of information technologies\n"
        "\n"
        "The General Assembly,\n"
        "\n"
        "Recalling the United Nations Millennium Declaration,¹ in which,\n"
        "\n"
        "Recognizing that the free flow of information,\n"
        "\n"
        "1. Invites Member States;\n"
        "\n"
        "2. Takes note of the value;\n"
        "\n"
        "3. Decides to defer consideration.²\n"
        "\n"
        "88th plenary meeting\n"
        "19 December 2001\n"
        "\n"
        "¹ See resolution 55/2.\n"
        "² See Official Records, 2001.\n"
    )


@pytest.mark.parametrize(
    "markers, cited, note",
    [
        ("bracket", "Declaration,[1] in which,", "[1] See resolution 55/2."),
        ("plain", "Declaration, 1 in which,", "1 See resolution 55/2."),
    ],
)
def test_marker_styles(markers, cited, note):
    text = to_text(seed_56_121(), markers=markers)
    assert cited in text
    assert f"\n{note}\n" in text


def test_non_digit_markers_are_bracketed_even_in_superscript_style():
    res = seed_56_121(
        body=(OperativeParagraph(num="1.", verb="Decides", text=("so.", NoteRef(marker="*"))),),
        preamble=(),
        footnotes=(Footnote(marker="*", text=("Reissued.",)),),
    )
    text = to_text(res)
    assert "1. Decides so.[*]\n" in text
    assert text.endswith("[*] Reissued.\n")


def test_italics_mark_phrases_verbs_and_emphasis():
    res = seed_56_121(
        preamble=(PreambularParagraph(phrase="Noting", text=("the ", Emphasis(text="travaux"), " done,")),),
        footnotes=(Footnote(marker="2", text=("x",)),),
    )
    text = to_text(res, italics=True)
    assert "*Noting* the *travaux* done," in text
    assert "1. *Invites* Member States;" in text
    assert "Noting the travaux done," in to_text(res)


def test_sub_paragraphs_nested_lists_and_wrap_up():
    para = OperativeParagraph(
        num="4.",
        verb="Requests",
        text=("the Secretary-General:",),
        points=(
            Point(num="(a)", text=("to report;",)),
            Point(
                num="(b)",
                text=("to consult:",),
                points=(Point(num="(i)", text=("States;",)), Point(num="(ii)", text=("experts;",))),
                wrap_up=("and to publish the results;",),
            ),
        ),
        wrap_up=("all within existing resources;",),
    )
    text = to_text(seed_56_121(body=(para,), preamble=(), footnotes=()))
    assert (
        "4. Requests the Secretary-General:\n\n(a) to report;\n\n(b) to consult:\n\n(i) States;\n\n"
        "(ii) experts;\n\nand to publish the results;\n\nall within existing resources;\n\n88th plenary"
    ) in text


def test_sections_with_their_own_preamble_and_unnumbered_paragraph():
    body = (
        Section(
            num="I.",
            heading=("Oceans",),
            preamble=(PreambularParagraph(phrase="Noting", text=("the report,",)),),
            body=(OperativeParagraph(num="1.", verb="Welcomes", text=("it;",)),),
        ),
        Section(heading=("Seas",), body=(OperativeParagraph(verb="Decides", text=("to continue.",)),)),
    )
    text = to_text(seed_56_121(body=body, preamble=(), footnotes=()))
    assert "I. Oceans\n\nNoting the report,\n\n1. Welcomes it;\n\nSeas\n\nDecides to continue.\n" in text


def test_parts_each_with_formula_and_meeting():
    def part(letter, verb, meeting, ordinal):
        return Part(
            letter=letter,
            title=(f"Title {letter}",),
            formula="The General Assembly,",
            body=(OperativeParagraph(num="1.", verb=verb, text=("all States;",)),),
            meeting=Meeting(text=f"{meeting}{ordinal} plenary meeting", number=meeting),
            meeting_date=PrintedDate(value=date(2020, 12, 10), text="10 December 2020"),
        )

    res = seed_56_121(
        number="75/101 A-B",
        symbol="A/RES/75/101 A-B",
        formula=None,
        preamble=(),
        body=(),
        parts=(part("A", "Urges", 41, "st"), part("B", "Invites", 42, "nd")),
        footnotes=(),
        meeting=None,
        meeting_date=None,
        adoption_date=date(2020, 12, 10),
    )
    text = to_text(res)
    assert (
        "A\n\nTitle A\n\nThe General Assembly,\n\n1. Urges all States;\n\n41st plenary meeting\n"
        "10 December 2020\n\nB\n\nTitle B\n\nThe General Assembly,\n\n1. Invites all States;\n\n"
        "42nd plenary meeting\n10 December 2020\n"
    ) in text
    assert text.endswith("10 December 2020\n")


def test_annexes_follow_the_footnotes():
    res = seed_56_121(
        annexes=(Annex(heading=("Annex", "Plan of action"), paragraphs=(("First.",), ("Second.",))),)
    )
    text = to_text(res)
    assert text.endswith("² See Official Records, 2001.\n\nAnnex\nPlan of action\n\nFirst.\n\nSecond.\n")


def test_no_masthead_when_none_was_printed():
    printed = ("publisher", "issuing_body", "distribution", "distribution_date", "session_text")
    res = seed_56_121(**dict.fromkeys((*printed, "agenda", "heading", "origin")))
    assert to_text(res).startswith("56/121. Combating")


def test_agenda_title_is_printed_under_the_agenda_line():
    res = seed_56_121(agenda=Agenda(text="Agenda item 11", items=("11",), title="Sport for development"))
    assert "\n\nFifty-sixth session\nAgenda item 11\nSport for development\n\n" in to_text(res)


def test_chinese_joins_phrase_without_space_and_arabic_number_has_no_full_stop():
    zh = seed_56_121(
        language="zh",
        publisher=None,
        issuing_body=None,
        distribution=None,
        distribution_date=None,
        session_text=None,
        agenda=None,
        heading=None,
        origin=None,
        title=("打击非法滥用信息技术",),
        formula="大会,",
        preamble=(PreambularParagraph(phrase="回顾", text=("联合国千年宣言,",)),),
        body=(OperativeParagraph(num="1.", verb="决定", text=("继续审议。",)),),
        footnotes=(),
        meeting=Meeting(text="第81次全体会议", number=81),
        meeting_date=PrintedDate(value=date(2001, 12, 19), text="2001年12月19日"),
    )
    assert to_text(zh) == (
        "56/121. 打击非法滥用信息技术\n\n大会,\n\n回顾联合国千年宣言,\n\n1. 决定继续审议。\n\n"
        "第81次全体会议\n2001年12月19日\n"
    )
    ar = seed_56_121(
        language="ar",
        publisher="الأمــم المتحـدة",
        issuing_body="الجمعية العامة",
        title=("مكافحة",),
        preamble=(),
        body=zh.body,
        footnotes=(),
    )
    assert "\n\n56/121 مكافحة\n\n" in to_text(ar)
    assert to_text(ar).startswith("الأمــم المتحـدة\nA/RES/56/121\nالجمعية العامة\n")


def test_paragraph_without_phrase_or_verb_prints_its_text():
    res = seed_56_121(
        preamble=(PreambularParagraph(text=("Something unusual,",)),),
        body=(OperativeParagraph(num="1.", text=("Text without a verb.",)),),
        footnotes=(),
    )
    text = to_text(res)
    assert "\n\nSomething unusual,\n\n1. Text without a verb.\n\n" in text


@pytest.mark.parametrize("option", [{"layout": "pages"}, {"markers": "stars"}])
def test_unknown_options_are_refused(option):
    with pytest.raises(ValueError, match="unknown"):
        to_text(seed_56_121(), **option)


def test_render_command_prints_an_xml_file(tmp_path, capsys):
    import unxml
    from unxml.cli import main

    source = tmp_path / "56_121.xml"
    source.write_bytes(unxml.to_xml(seed_56_121()))
    assert main(["render", str(source), "-o", str(tmp_path / "out.txt")]) == 0
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == to_text(unxml.from_xml(source))
    assert main(["render", str(source), "--markers", "bracket"]) == 0
    assert "Declaration,[1] in which," in capsys.readouterr().out


@pytest.mark.parametrize("content", [None, b"<not xml", b"<!DOCTYPE r><r/>"])
def test_render_command_refuses_unreadable_input_with_exit_2(tmp_path, capsys, content):
    from unxml.cli import main

    source = tmp_path / "bad.xml"
    if content is not None:
        source.write_bytes(content)
    assert main(["render", str(source)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("unxml render: ") and "bad.xml" in err and "Traceback" not in err


def test_only_the_organ_lines_the_source_printed_are_printed():
    """The seed 56/121 lost "General Assembly" in extraction, 58/32 "United Nations"."""
    without_organ = to_text(seed_56_121(issuing_body=None))
    assert without_organ.startswith("United Nations\nA/RES/56/121\nDistr.: General\n")
    without_publisher = to_text(seed_56_121(publisher=None))
    assert without_publisher.startswith("A/RES/56/121\nGeneral Assembly\nDistr.: General\n")
