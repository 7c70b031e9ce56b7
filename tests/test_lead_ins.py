"""Words printed before an opening phrase or verb ("在这方面**确认**", "特别**呼吁**"): a lead-in."""

from __future__ import annotations

from datetime import date

import pytest
from lxml import etree
from pydantic import ValidationError

import unxml
from unxml.lexicons import Opening, lexicon
from unxml.model import Meeting, OperativeParagraph, PreambularParagraph, PrintedDate, Resolution
from unxml.render import to_text
from unxml.text.pipeline import convert_with_issues

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"

# A/RES/78/119's tenth preambular paragraph and A/RES/78/70's third and A/RES/78/94's ninth
# operative paragraphs, shortened, as printed.
PRINTED = """1/1. 人道主义援助

大会，

回顾其各项决议，

在这方面确认中央应急基金取得重大成就，

1. 特别呼吁会员国继续努力；

2. 为此欢迎各方继续进行对话；

3. 为此目的请秘书长提交报告。

第1次全体会议
2000年1月1日
"""


def resolution() -> Resolution:
    return Resolution(
        language="zh",
        symbol="A/RES/78/119",
        session=78,
        number="78/119",
        title=("人道主义援助",),
        formula="大会，",
        preamble=(
            PreambularParagraph(lead_in="在这方面", phrase="确认", text=("中央应急基金取得重大成就，",)),
        ),
        body=(
            OperativeParagraph(num="1.", lead_in="特别", verb="呼吁", text=("会员国继续努力；",)),
            OperativeParagraph(num="2.", verb="请", text=("秘书长提交报告。",)),
        ),
        adoption_date=date(2023, 12, 11),
        meeting=Meeting(text="第49次全体会议", number=49),
        meeting_date=PrintedDate(value=date(2023, 12, 11), text="2023年12月11日"),
    )


def test_the_lexicon_finds_a_known_lead_in_before_a_known_phrase_or_verb() -> None:
    zh = lexicon("zh")
    assert zh.opening_phrase("在这方面确认中央") == Opening("在这方面", "确认", 6)
    assert zh.opening_verb("特别呼吁会员国") == Opening("特别", "呼吁", 4)
    # A listed phrase wins over a lead-in and a shorter phrase: "特别强调" is one verb.
    assert zh.opening_verb("特别强调指出") == Opening("", "特别强调", 4)
    # Neither an unknown lead-in nor a lead-in followed by no known words is an opening.
    assert zh.opening_phrase("在那方面确认中央") is None
    assert zh.opening_verb("为此目的请秘书长") is None
    assert lexicon("en").opening_verb("In this regard, requests") is None


def test_only_chinese_lists_lead_ins() -> None:
    # The other languages print such words after the phrase ("*Recognizing*, in this regard,").
    assert {lang: bool(lexicon(lang).lead_ins) for lang in ("ar", "en", "es", "fr", "ru", "zh")} == {
        "ar": False,
        "en": False,
        "es": False,
        "fr": False,
        "ru": False,
        "zh": True,
    }


def test_converting_keeps_the_lead_in_apart_and_reports_an_unknown_one() -> None:
    found = convert_with_issues(PRINTED, "zh")
    res = found.resolution
    assert [(p.lead_in, p.phrase, p.text) for p in res.preamble] == [
        ("", "回顾", ("其各项决议，",)),
        ("在这方面", "确认", ("中央应急基金取得重大成就，",)),
    ]
    body = [p for p in res.body if isinstance(p, OperativeParagraph)]
    assert [(p.num, p.lead_in, p.verb) for p in body] == [
        ("1.", "特别", "呼吁"),
        ("2.", "为此", "欢迎"),
        ("3.", "", ""),
    ]
    reported = [str(issue) for issue in found.issues]
    assert any("operative paragraph 3." in issue and "为此目的" in issue for issue in reported)


def test_the_lead_in_is_written_before_the_span_and_the_container_is_named_after_the_phrase() -> None:
    root = etree.fromstring(unxml.to_xml(resolution()))
    container = next(root.iter(f"{AKN}container"))
    p = container.find(f"{AKN}p")
    assert (container.get("name"), p.text, p.find(f"{AKN}span").text) == ("确认", "在这方面", "确认")
    p = next(root.iter(f"{AKN}paragraph")).find(f"{AKN}content/{AKN}p")
    assert (p.text, p.find(f"{AKN}span").text, p.find(f"{AKN}span").tail) == (
        "特别",
        "呼吁",
        "会员国继续努力；",
    )


def test_a_lead_in_reads_back_and_validates() -> None:
    xml = unxml.to_xml(resolution())
    assert unxml.from_xml(xml) == resolution()
    report = unxml.validate(xml)
    assert report.valid and not [f for f in report.findings if f.code in ("UNX111", "UNX112")]


def test_in_the_uns_files_only_listed_words_before_a_span_are_a_lead_in() -> None:
    # Without unxml's source mark the reader reads a file as the UN's: leniently.
    xml = unxml.to_xml(resolution()).replace(b'source="#unxml"', b'source="#un"', 1)
    assert unxml.from_xml(xml).body[0] == resolution().body[0]
    garbled = xml.replace("特别<".encode(), "特<".encode(), 1)
    first = unxml.from_xml(garbled).body[0]
    assert isinstance(first, OperativeParagraph)
    assert (first.lead_in, first.verb, first.text) == ("", "", ("特呼吁会员国继续努力；",))


def test_render_prints_the_lead_in() -> None:
    printed = to_text(resolution())
    assert "在这方面确认中央应急基金" in printed and "1. 特别呼吁会员国" in printed


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"lead_in": "在这方面", "phrase": "", "text": ("确认",)}, "needs a phrase"),
        ({"lead_in": " 在这方面", "phrase": "确认", "text": ()}, "lead-in must be a single trimmed line"),
        ({"lead_in": "在这\n方面", "phrase": "确认", "text": ()}, "lead-in must be a single trimmed line"),
    ],
)
def test_a_lead_in_needs_a_phrase_after_it(fields: dict, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        PreambularParagraph(**fields)
    with pytest.raises(ValidationError, match=words.replace("phrase", "verb")):
        OperativeParagraph(num="1.", **{k.replace("phrase", "verb"): v for k, v in fields.items()})
