"""Text in a renderer's printed layout: one paragraph per block, footnotes at the end."""

from __future__ import annotations

import re
from pathlib import Path

from unxml.lexicons import lexicon
from unxml.model import OperativeParagraph
from unxml.text.closing import find_closing
from unxml.text.pipeline import convert_with_issues
from unxml.text.printed import lift_endnotes, one_paragraph_per_block

SEED = Path(__file__).parent.parent / "samples" / "A_RES_55_63.zh.txt"
FRENCH = """78/98. Question des îles Turques et Caïques

L'Assemblée générale,

Ayant examiné le rapport du Comité spécial pour l'année 20231,

1. Prie le Comité spécial de poursuivre l'examen de la question2.

45e séance plénière 7 décembre 2023

1 Documents officiels, Supplément no 23 (A/78/23).
2 A/AC.109/2023/15.
"""


def test_the_renderers_layout_is_told_from_extracted_text():
    assert one_paragraph_per_block(FRENCH)
    wrapped = "78/98. Title\n\nL'Assemblée générale,\nAyant examiné le rapport\ndu Comité spécial,\n" * 3
    assert not one_paragraph_per_block(wrapped)
    assert not one_paragraph_per_block(FRENCH.replace("\n\n1.", "\f\n1."))


def test_plain_digit_markers_become_superscripts_but_not_in_dates():
    lifted = lift_endnotes(FRENCH, lexicon("fr"))
    assert "l'année 2023¹," in lifted
    assert "la question²." in lifted
    assert "45e séance plénière 7 décembre 2023" in lifted  # a day is not a citation
    assert lifted.endswith("¹ Documents officiels, Supplément no 23 (A/78/23).\n² A/AC.109/2023/15.\n")


def test_a_marker_folded_onto_a_year_is_not_taken_for_the_day():
    # A/RES/78/208 in French: "du 7 octobre 2021⁷" printed "du 7 octobre 20217".
    text = (
        "La Asamblea General,\n\nRecordando su resolución 48/2, de 1 de octubre de 20211,\n\n"
        "1. Decide seguir examinando la cuestión.\n\n45a sesión plenaria\n7 de diciembre de 2023\n\n"
        "1 A/78/1.\n"
    )
    assert "de 1 de octubre de 2021¹," in lift_endnotes(text, lexicon("es"))


def test_arabic_citations_in_parentheses():
    text = (
        "إذ تشير إلى التقرير(1)، وإلى القرار 75/1(2)،\n\n"
        "الجلسة العامة 42 4 كانون الأول/ديسمبر 2023\n\n1 () A/78/116.\n2 () A/75/1.\n"
    )
    lifted = lift_endnotes(text, lexicon("ar"))
    assert "التقرير(¹)، وإلى القرار 75/1(²)،" in lifted
    assert "الجلسة العامة 42 4 كانون" in lifted


def test_other_layouts_are_left_alone():
    paged = "text 1\f\n____________\n1 note\n"
    assert lift_endnotes(paged, lexicon("en")) == paged
    no_notes = "78/1. Title\n\nThe General Assembly,\n"
    assert lift_endnotes(no_notes, lexicon("en")) == no_notes
    out_of_order = FRENCH.replace("2 A/AC", "3 A/AC")
    assert lift_endnotes(out_of_order, lexicon("fr")) == out_of_order


def test_a_paragraph_printed_without_its_number_gets_the_next_one_and_is_reported():
    text = FRENCH.replace(
        "1. Prie le Comité spécial de poursuivre l'examen de la question2.",
        "1. Prie le Comité spécial de poursuivre ;\n\n"
        "Prie également le Comité de faire rapport :\n\na) sur la question2.",
    )
    found = convert_with_issues(text, "fr")
    nums = [p.num for p in found.resolution.body if isinstance(p, OperativeParagraph)]
    assert nums == ["1.", "2."]
    assert any("'2.' assumed" in str(issue) for issue in found.issues)


def test_a_short_paragraph_is_not_taken_for_an_extraction_slip():
    # pdftotext may print a paragraph's short last line after its label; a renderer never
    # does, so a short numbered paragraph before a longer unnumbered one stays where it is
    # (A/RES/78/100 in French: paragraphs 4 and 5 were swapped).
    long = "de continuer à prendre les mesures voulues " * 8
    text = FRENCH.replace(
        "1. Prie le Comité spécial de poursuivre l'examen de la question2.",
        f"1. Prie le Comité de mettre à jour le site ;\n\nPrie le Département {long}:\n\n"
        "a) de publier les informations ;\n\nb) de rendre compte2.",
    )
    body = convert_with_issues(text, "fr").resolution.body
    assert [(p.num, "".join(map(str, p.text))[:30], len(p.points)) for p in body] == [
        ("1.", "le Comité de mettre à jour le ", 0),
        ("2.", "le Département de continuer à ", 2),
    ]


def test_unnumbered_operative_paragraphs_are_numbered_from_the_first():
    # The renderer printed none of the numbers (A/RES/78/240 in French): the first paragraph,
    # first taken for a resolution's only one, is numbered once a second one follows.
    text = FRENCH.replace(
        "1. Prie le Comité spécial de poursuivre l'examen de la question2.",
        "Encourage la coopération ;\n\nPrie le Secrétaire général de faire rapport ;\n\n"
        "Décide de poursuivre l'examen de la question2.",
    )
    found = convert_with_issues(text, "fr")
    assert [(p.num, p.verb) for p in found.resolution.body] == [
        ("1.", "Encourage"),
        ("2.", "Prie"),
        ("3.", "Décide"),
    ]
    assert any("'1.' assumed" in str(issue) for issue in found.issues)


def test_the_chinese_seed_converts_whole():
    found = convert_with_issues(SEED.read_text(encoding="utf-8"))
    res = found.resolution
    assert (res.language, res.symbol, res.number, res.session) == ("zh", "A/RES/55/63", "55/63", 55)
    assert res.formula == "大会"  # printed without its comma; none is invented
    assert [p.phrase for p in res.preamble] == [
        "回顾", "又回顾", "强调", "认识到", "注意到", "表示关切", "注意到", "认识到", "注意到",
        "确认", "强调", "欢迎", "注意到",
    ]  # fmt: skip
    body = [p for p in res.body if isinstance(p, OperativeParagraph)]
    assert [(p.num, p.verb) for p in body] == [("1.", "赞赏地注意到"), ("2.", "促请"), ("3.", "决定")]
    assert [pt.num for pt in body[0].points] == [f"({c})" for c in "abcdefghij"]
    assert res.meeting.number == 81 and res.adoption_date.isoformat() == "2000-12-04"
    assert [f.marker for f in res.footnotes] == ["1", "2", "3", "4", "5", "6"]
    assert not found.issues


def test_no_chinese_character_of_the_seed_is_lost():
    from collections import Counter

    from unxml.model import plain
    from unxml.text.chinese import normalise_seed

    raw = SEED.read_text(encoding="utf-8")
    res = convert_with_issues(raw).resolution
    body = [p for p in res.body if isinstance(p, OperativeParagraph)]
    pieces = [res.number, plain(res.title), res.formula or "", res.meeting.text, res.meeting_date.text]
    pieces += [p.phrase + plain(p.text) for p in res.preamble]
    pieces += [(p.num or "") + p.verb + plain(p.text) for p in body]
    pieces += [pt.num + plain(pt.text) for p in body for pt in p.points]
    pieces += [plain(f.text) for f in res.footnotes]
    han = re.compile(r"[\u3400-\u9fff]")
    assert Counter(han.findall("".join(pieces))) == Counter(han.findall(normalise_seed(raw).text))


def test_a_meeting_line_wrapped_on_a_narrow_page():
    # Property 2: "10-е (возобновленное) пленарное заседание" is wider than a 40-character page.
    lines = ["10-е (возобновленное) пленарное", "заседание", "1 января 2000 года"]
    found = find_closing(lines, lexicon("ru"))
    assert found is not None and (found.meeting.number, found.meeting.resumed, found.end) == (10, True, 3)
    assert found.meeting.text == "10-е (возобновленное) пленарное заседание"


def test_an_opening_phrase_wrapped_on_a_narrow_page_opens_its_paragraph():
    # Property 2: a 40-character page wraps "Se déclarant de nouveau vivement" / "préoccupée".
    text = FRENCH.replace(
        "Ayant examiné le rapport du Comité spécial pour l'année 20231,",
        "Ayant examiné le rapport du Comité spécial pour l'année 20231,\nSe déclarant de nouveau vivement\n"
        "préoccupée par la situation,",
    ).replace("\n\n1. Prie", "\n1. Prie")
    preamble = convert_with_issues(text, "fr").resolution.preamble
    assert [p.phrase for p in preamble] == ["Ayant examiné", "Se déclarant de nouveau vivement préoccupée"]
