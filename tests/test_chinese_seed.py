"""Repairing Chinese extractor output (the seed A/RES/55/63) before recognition."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from unxml.text.chinese import has_extractor_defects, normalise_seed

SEED = Path(__file__).parent.parent / "samples" / "A_RES_55_63.zh.txt"
FROM_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def seed():
    return normalise_seed(SEED.read_text(encoding="utf-8"))


def blocks_and_notes(text: str) -> tuple[list[str], list[str]]:
    blocks = text.strip().split("\n\n")
    return blocks[:-1], blocks[-1].split("\n")


def test_every_bold_phrase_is_found_once_per_paragraph():
    # The order of the bold runs printed in the seed: formula, 14 preambular phrases, 3 verbs.
    assert seed().emphasised == (
        "大会", "回顾", "又回顾", "强调", "认识到", "注意到", "表示关切", "注意到", "认识到",
        "注意到", "确认", "强调", "欢迎", "注意到", "赞赏地注意到", "促请", "决定",
    )  # fmt: skip
    assert "回顾回顾" not in seed().text


def test_operative_structure_and_closing_lines_are_blocks_of_their_own():
    blocks, notes = blocks_and_notes(seed().text)
    assert blocks[0] == "55/63. 打击非法滥用信息技术"
    assert blocks[1] == "大会"
    heads = [re.match(r"(\d+\.|\([a-z]\))", b) for b in blocks]
    numbered = [m.group(1) for m in heads if m]
    assert numbered == ["1.", *(f"({c})" for c in "abcdefghij"), "2.", "3."]
    assert blocks[-2:] == ["2000年 12月 4日", "第 81次全体会议"]
    assert [n.split(" ", 1)[0] for n in notes] == ["¹", "²", "³", "⁴", "⁵", "⁶"]


def test_footnote_markers_return_to_where_they_were_cited():
    blocks, notes = blocks_and_notes(seed().text)
    assert "联合国千年宣言¹ 其中会员国" in blocks[2]
    assert blocks[13].endswith("所做的工作⁵")
    # A footnote broken over two lines is joined; the next page's text is not taken into it.
    assert notes[2].endswith("秘书处编写的报告 联合国出版物 出售品编号 C.91.IV.2 第一章")
    assert notes[3] == "⁴ 同上 C节 决议 9"
    assert blocks[5].startswith("认识到信息的自由流通")


def test_lines_broken_inside_words_are_joined_without_space():
    blocks, _ = blocks_and_notes(seed().text)
    assert "新技术 特别是信息" in blocks[2]  # the space is the dropped comma, kept as layout
    assert "在华盛顿商定" in blocks[14]


def test_no_character_is_lost():
    raw = SEED.read_text(encoding="utf-8")
    result = seed()
    expected = Counter(re.sub(r"\s", "", raw))
    for phrase in result.emphasised:  # the extractor's three extra copies of each bold run
        expected.subtract(Counter(phrase * 3))
    got = Counter(re.sub(r"\s", "", result.text.translate(FROM_SUPERSCRIPT)))
    assert +expected == got


def test_defects_are_recognised_only_where_present():
    assert has_extractor_defects(SEED.read_text(encoding="utf-8"))
    assert not has_extractor_defects("78/104. 联合国国际贸易法委员会\n\n大会,\n\n回顾其1966年决议,\n")


def test_latin_words_broken_over_lines_keep_a_space():
    raw = " 见 REMJA-III/doc.14/00rev.2 and\n\nfurther 第四章\n"
    assert normalise_seed(raw).text == "见 REMJA-III/doc.14/00rev.2 and further 第四章\n"


CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
PHRASES = ["回顾", "又回顾", "注意到", "表示关切", "赞赏地注意到"]


@st.composite
def paragraphs(draw):
    count = draw(st.integers(1, 6))
    out = []
    for _ in range(count):
        phrase = draw(st.sampled_from(PHRASES))
        body = draw(st.text(CJK, min_size=1, max_size=80))
        out.append((phrase, body))
    return out


@settings(max_examples=60, deadline=None)
@given(paragraphs(), st.integers(5, 40))
def test_wrapped_paragraphs_come_back_whole(paras, width):
    # Lay the paragraphs out as the extractor does: indented first line, bold phrase four
    # times, lines broken every `width` characters and separated by blank lines.
    layout = []
    for phrase, body in paras:
        text = phrase * 4 + body
        lines = [text[i : i + width] for i in range(0, len(text), width)]
        layout.append("\n\n".join([" " + lines[0], *lines[1:]]))
    result = normalise_seed("\n\n".join(layout) + "\n")
    assert result.text.strip().split("\n\n") == [p + b for p, b in paras]
    assert result.emphasised == tuple(p for p, _ in paras)
