"""Arabic and Chinese text in the renderers' layout (one paragraph per block, a blank line
between blocks): what the UN's own files, printed, showed the converter getting wrong
(docs/languages.md)."""

from __future__ import annotations

from unxml.lexicons import lexicon
from unxml.text.pipeline import convert_with_issues

ARABIC = """1/1 أشد

إن الجمعية العامة،

إذ تشير إلى أشد،

وبعد أن أصغت إلى أشد،

1 - تطلب أشد؛

2 – تطلب أيضا أشد؛

3 - تطلب أشد؛

4 - تطلب أشد؛

5 - تطلب أشد.

الجلسة العامة 1
1 كانون الثاني/يناير 2000
"""

CHINESE = """1/1. 一

大会，

回顾一，

在这方面确认一，

支持一，

1. 请一；

2. 又请一；

3. 请一；

4. 请一；

5. 请一。

第1次全体会议
2000年1月1日
"""


def test_a_paragraph_number_typed_with_an_en_dash_is_read():
    """The UN's Arabic files type some numbers themselves, with an en dash ("6 – تشجع")."""
    found = lexicon("ar").paragraph_number.match("6 – تشجع")
    assert found is not None and found["num"] == "6"
    body = convert_with_issues(ARABIC, "ar").resolution.body
    assert [(p.num, p.verb) for p in body][:3] == [("1 -", "تطلب"), ("2 –", "تطلب أيضا"), ("3 -", "تطلب")]


def test_a_block_with_unknown_opening_words_stays_a_paragraph_and_is_reported():
    found = convert_with_issues(ARABIC, "ar")
    assert [p.phrase for p in found.resolution.preamble] == ["إذ تشير", ""]
    assert "".join(found.resolution.preamble[1].text) == "وبعد أن أصغت إلى أشد،"
    assert any("preambular paragraph 2" in str(issue) for issue in found.issues)


def test_a_block_opening_with_a_verb_before_numbered_paragraphs_is_preambular():
    """The rendering tool drops a list's introduction; its items, one a verb ("支持"), must not
    end the preamble when numbered paragraphs follow."""
    found = convert_with_issues(CHINESE, "zh").resolution
    # "在这方面确认" is "确认" after a lead-in (see test_lead_ins.py); "支持" is no phrase.
    assert [(p.lead_in, p.phrase) for p in found.preamble] == [("", "回顾"), ("在这方面", "确认"), ("", "")]
    assert [p.num for p in found.body] == ["1.", "2.", "3.", "4.", "5."]
