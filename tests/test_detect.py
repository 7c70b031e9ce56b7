"""Language detection from the text of a resolution."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from i18n_layout import LANGS, layout, samples

from unxml.errors import ConversionError
from unxml.text.chinese import normalise_seed
from unxml.text.detect import detect_language

FORMULA_LINE = re.compile(r"^(?:The General Assembly|L'Assemblée générale|La Asamblea General),$", re.M)


@pytest.mark.parametrize("lang", LANGS)
def test_the_uns_texts_are_detected_in_their_language(lang):
    for path in samples(lang):
        assert detect_language(layout(path)) == lang, path.name


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_latin_languages_are_told_apart_without_the_formula(lang):
    for path in samples(lang):
        text = FORMULA_LINE.sub("", layout(path))
        assert detect_language(text) == lang, path.name


def test_english_masthead_lines_do_not_outvote_the_script():
    text = layout(samples("ru")[0])
    masthead_only = "\n".join(text.splitlines()[:12])
    assert "Distr.: General" in masthead_only
    assert detect_language(masthead_only) == "ru"


def test_english_with_a_borrowed_name_stays_english():
    text = (
        "The General Assembly,\n\nWelcoming the report of Côte d'Ivoire and of São Tomé,\n\n"
        "1. Requests the Secretary-General to report on the implementation of this resolution;\n"
    )
    assert detect_language(text) == "en"
    assert detect_language(FORMULA_LINE.sub("", text)) == "en"


def test_the_chinese_seed_is_chinese():
    seed = (Path(__file__).parent.parent / "samples" / "A_RES_55_63.zh.txt").read_text(encoding="utf-8")
    assert detect_language(seed) == "zh"
    assert detect_language(normalise_seed(seed).text) == "zh"


@pytest.mark.parametrize("text", ["", "   \n\n", "55/63. 2000 12 4 81"])
def test_text_without_letters_is_an_error_with_a_hint(text):
    with pytest.raises(ConversionError) as caught:
        detect_language(text)
    assert "--lang" in str(caught.value)
