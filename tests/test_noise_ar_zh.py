"""Arabic and Chinese through the layout-noise model: each bug properties 2 and 4 found, on
its smallest example (docs/robustness.md, bugs 23–37)."""

from __future__ import annotations

import warnings
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import unxml
from unxml.lexicons import lexicon
from unxml.model import (
    Agenda,
    Footnote,
    Meeting,
    NoteRef,
    OperativeParagraph,
    Origin,
    Point,
    PreambularParagraph,
    PrintedDate,
    Resolution,
)
from unxml.testing import strategies
from unxml.testing.noise import NoiseOptions, add_noise
from unxml.text.chinese import has_extractor_defects
from unxml.text.clean import clean

ADOPTED = date(2000, 1, 1)


def resolution(
    lang: str, text: tuple, *, points: tuple = (), footnotes: tuple = (), **masthead
) -> Resolution:
    """Resolution 1/1 with one operative paragraph; ``masthead`` fields as given."""
    lex = lexicon(lang)
    paragraph = OperativeParagraph(
        num=lex.paragraph_label(1), verb=lex.operative_verbs[0], text=text, points=points
    )
    return Resolution(
        language=lang,
        symbol="A/RES/1/1",
        session=1,
        number="1/1",
        title=("أشد",) if lang == "ar" else ("一",),
        formula=lex.formula,
        body=(paragraph,),
        adoption_date=ADOPTED,
        meeting=Meeting(text=lex.meeting_text(1), number=1),
        meeting_date=PrintedDate(value=ADOPTED, text=lex.format_date(ADOPTED)),
        footnotes=footnotes,
        **masthead,
    )


def converted(text: str, lang: str) -> Resolution:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return unxml.convert(text, lang)


def masthead(lang: str) -> dict:
    lex = lexicon(lang)
    return dict(
        distribution=lex.distribution,
        distribution_date=PrintedDate(value=ADOPTED, text=lex.masthead_dates().format_date(ADOPTED)),
        session_text=lex.session_text(1),
        agenda=Agenda(text=lex.agenda_text(("1", "2")), items=("1", "2")),
        heading=lex.heading(),
        origin=Origin(text=lex.origin_text(None, "A/1/100"), committee=None, document="A/1/100"),
    )


CITED_ITEM_AR = resolution(
    "ar",
    ("أشد:",),
    points=(Point(num="(أ)", text=("أشد.", NoteRef(marker="1"))),),
    footnotes=(Footnote(marker="1", text=("أشد.",)),),
)
CITED_AFTER_STOP_ZH = resolution(
    "zh",
    ("一。", NoteRef(marker="1"), "一。"),
    footnotes=(Footnote(marker="1", text=("一。",)),),
    **masthead("zh"),
)

SHORT_WORD_CITED_AR = resolution(
    "ar",
    ("أشد:",),
    points=(Point(num="(أ)", text=("إذ.", NoteRef(marker="1"))),),
    footnotes=(Footnote(marker="1", text=("أشد.",)),),
)
TWO_ITEMS_ZH = {**masthead("zh"), "agenda": Agenda(text="议程项目100和101", items=("100", "101"))}

TWO_SENTENCE_ITEM_AR = resolution(
    "ar",
    ("أشد:",),
    points=(Point(num="(أ)", text=("أشد أشد أشد أشد أشد أشد أشد أشد.", NoteRef(marker="1"), " أشد.")),),
    footnotes=(Footnote(marker="1", text=("أشد.",)),),
)
DOUBLE_SPACED_ZH = resolution("zh", ("一：",), points=(Point(num="(a)", text=("一。",)),)).model_copy(
    update={
        "preamble": (
            PreambularParagraph(phrase="严重关切地注意到", text=("一，", NoteRef(marker="1"))),
            PreambularParagraph(phrase="严重关切地注意到", text=("一一，", NoteRef(marker="2"), "一一一，")),
        ),
        "footnotes": (Footnote(marker="1", text=("一。",)), Footnote(marker="2", text=("一。",))),
    }
)

CASES = {
    # 23, 24, 25: "أشد.1" was no citation (only Latin words before a full stop counted); the
    # meeting number "الجلسة العامة 1" and the paragraph number "1 -" were taken instead.
    "ar citation after a full stop": (CITED_ITEM_AR, NoiseOptions(markers="glued")),
    # 32: a two-letter Arabic word before the full stop was taken for an abbreviation ("p.").
    "ar citation after a short word": (SHORT_WORD_CITED_AR, NoiseOptions(markers="glued")),
    # 26: "1/1" on a line of its own (Arabic prints no full stop) was dropped as page "1/1".
    "ar number line alone": (CITED_ITEM_AR, NoiseOptions(num_on_own_line=True)),
    # 27: the agenda line wrapped in the words after its items lost the agenda.
    "ar agenda wrapped after its items": (
        resolution("ar", ("أشد.",), **masthead("ar")),
        NoiseOptions(width=40, masthead="joined"),
    ),
    # 28: bold words repeated in text without the seed's indentation: one block, no formula.
    "zh repeated bold words without indentation": (resolution("zh", ("一。",)), NoiseOptions(bold_repeat=4)),
    # 29: wrapped Chinese lines were joined with a space.
    "zh wrapped lines": (
        resolution("zh", ("一二三四五六七八九十一二三四五六七八九十。",), **masthead("zh")),
        NoiseOptions(width=15),
    ),
    # 33: an agenda line wrapped before its last item: "101" alone was dropped as a page
    # number, and the lines were joined with a space.
    "zh agenda wrapped before its last item": (
        resolution("zh", ("一。",), **TWO_ITEMS_ZH),
        NoiseOptions(width=15, masthead="joined"),
    ),
    # 35: an item of two sentences wrapped after the first: the rest became closing words.
    "ar item of two sentences": (TWO_SENTENCE_ITEM_AR, NoiseOptions(width=40)),
    # 36: a blank line after every line (the seed's extractor) read as one paragraph per block.
    "zh double-spaced lines": (DOUBLE_SPACED_ZH, NoiseOptions(width=15, blank_lines="double")),
    # 37: the seed's layout with pdftotext's footnote rule and "¹ text" footnotes.
    "zh seed layout": (
        DOUBLE_SPACED_ZH,
        NoiseOptions(width=15, blank_lines="double", bold_repeat=4, masthead="joined"),
    ),
    # 30, 31: "一。1一。" was no citation; "议程项目1" (agenda item 1) was taken instead.
    "zh citation after a full stop": (CITED_AFTER_STOP_ZH, NoiseOptions(markers="glued")),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_noisy_arabic_and_chinese_convert_back(case):
    model, options = CASES[case]
    assert converted(add_noise(model, options).text, model.language) == model


def test_a_first_page_prints_no_page_number():
    lines = clean("1/1\nأشد\n\nإن الجمعية العامة،\n", "ar").lines
    assert lines[0] == "1/1"


def test_overprinted_bold_copies_take_no_width():
    """The seed's lines with a repeated phrase are as wide as the others once the copies are
    dropped: the copies are printed over the phrase."""
    model = resolution("zh", ("一二三四五六七八九十一二三四五六七八九十。",))
    lines = add_noise(model, NoiseOptions(width=15, bold_repeat=4)).text.splitlines()
    opening = next(line for line in lines if line.startswith("1. "))
    verb = lexicon("zh").operative_verbs[0]
    assert opening.startswith(f"1. {verb * 4}")
    assert len(opening) - 3 * len(verb) == 15


def test_chinese_wrapping_keeps_latin_symbols_whole():
    model = resolution("zh", ("一。",), **masthead("zh"))
    for width in range(15, 41):
        text = add_noise(model, NoiseOptions(width=width)).text
        assert "A/1/100" in text


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_generated_chinese_text_never_looks_like_repeated_bold_words(data):
    model = data.draw(strategies.realistic_resolutions("zh", masthead=False))
    assert not has_extractor_defects(unxml.render.to_text(model))
