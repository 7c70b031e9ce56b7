"""Resolutions in the five other languages written as XML: codes, span styles, text order."""

from __future__ import annotations

import re
from datetime import date

import pytest
from lxml import etree

import unxml
from unxml.lang import LANGUAGES
from unxml.model import (
    Footnote,
    Meeting,
    NoteRef,
    OperativeParagraph,
    Point,
    PreambularParagraph,
    PrintedDate,
    Resolution,
)

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
# Bidirectional controls a writer might be tempted to add around right-to-left text.
BIDI_CONTROLS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")

# The closing lines of A/RES/78/104 as each language prints them.
CLOSING = {
    "ar": ("الجلسة العامة 45", "7 كانون الأول/ديسمبر 2023"),
    "zh": ("第45次全体会议", "2023年12月7日"),
    "fr": ("45e séance plénière", "7 décembre 2023"),
    "ru": ("45-е пленарное заседание", "7 декабря 2023 года"),
    "es": ("45a sesión plenaria", "7 de diciembre de 2023"),
}
# A short resolution per language, in the words the UN prints (A/RES/78/104 and 55/63).
TEXTS = {  # formula, phrase, its text, verb, its text, two sub-paragraph labels
    "ar": ("إن الجمعية العامة،", "إذ تشير", "إلى قرارها 2205 (د-21)،", "تعرب", "عن تقديرها؛", "(أ)", "(ب)"),
    "zh": ("大会，", "回顾", "其第2205(XXI)号决议，", "赞赏地注意到", "上述努力：", "(a)", "(b)"),
    "fr": ("L’Assemblée générale,", "Rappelant", "sa résolution 2205 (XXI),", "Décide", "que :", "a)", "b)"),
    "ru": ("Генеральная Ассамблея,", "ссылаясь", "на резолюцию 2205 (XXI),", "просит", ":", "a)", "b)"),
    "es": ("La Asamblea General,", "Recordando", "su resolución 2205 (XXI),", "Decide", "que:", "a)", "b)"),
}


def resolution(lang: str) -> Resolution:
    formula, phrase, preamble_text, verb, intro, first, second = TEXTS[lang]
    return Resolution(
        language=lang,
        symbol="A/RES/78/104",
        session=78,
        number="78/104",
        title=("عنوان" if lang == "ar" else "Title",),
        formula=formula,
        preamble=(PreambularParagraph(phrase=phrase, text=(preamble_text, NoteRef(marker="1"))),),
        body=(
            OperativeParagraph(
                num="1 -" if lang == "ar" else "1.",
                verb=verb,
                text=(intro,),
                points=(Point(num=first, text=("نص",)), Point(num=second, text=("y",))),
            ),
        ),
        adoption_date=date(2023, 12, 7),
        meeting=Meeting(text=CLOSING[lang][0], number=45),
        meeting_date=PrintedDate(value=date(2023, 12, 7), text=CLOSING[lang][1]),
        footnotes=(Footnote(marker="1", text=("A/78/17",)),),
    )


@pytest.mark.parametrize("lang", list(TEXTS))
def test_expression_carries_the_three_letter_code(lang):
    root = etree.fromstring(unxml.to_xml(resolution(lang)))
    code = LANGUAGES[lang].iso639_2
    assert next(root.iter(f"{AKN}FRBRlanguage")).get("language") == code
    expression = next(root.iter(f"{AKN}FRBRExpression"))
    assert next(expression.iter(f"{AKN}FRBRuri")).get("value").endswith(f"/78-104/{code}@")
    work = next(root.iter(f"{AKN}FRBRWork"))
    assert f"/{code}@" not in next(work.iter(f"{AKN}FRBRuri")).get("value")


@pytest.mark.parametrize("lang", list(TEXTS))
def test_opening_words_in_the_languages_span_style(lang):
    root = etree.fromstring(unxml.to_xml(resolution(lang)))
    phrase, verb = TEXTS[lang][1], TEXTS[lang][3]
    spans = {span.text: span.get("class") for span in root.iter(f"{AKN}span")}
    assert spans[phrase] == spans[verb] == LANGUAGES[lang].phrase_style
    container = next(root.iter(f"{AKN}container"))
    assert container.get("name") == phrase


@pytest.mark.parametrize("lang", list(TEXTS))
def test_written_xml_is_valid(lang):
    report = unxml.validate(unxml.to_xml(resolution(lang)))
    assert report.valid, [str(f) for f in report.findings]


def test_arabic_stays_in_logical_order_without_bidi_controls():
    xml = unxml.to_xml(resolution("ar"))
    text = xml.decode("utf-8")
    assert not BIDI_CONTROLS.search(text)
    root = etree.fromstring(xml)
    container = next(root.iter(f"{AKN}container"))
    words = "".join(next(container.iter(f"{AKN}p")).itertext())
    # The phrase, then the text, in the order they are read (and stored), digits unchanged.
    assert words.startswith("إذ تشير إلى قرارها 2205 (د-21)،")
    labels = [num.text for num in root.iter(f"{AKN}num")]
    assert labels == ["1 -", "(أ)", "(ب)"]
