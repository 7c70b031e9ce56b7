"""Hand-built resolutions shared by the render and noise tests."""

from datetime import date

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
    Ref,
    Resolution,
)


def seed_56_121(**changes) -> Resolution:
    """A/RES/56/121, shortened: masthead, two cited footnotes, three operative paragraphs."""
    fields = dict(
        language="en",
        publisher="United Nations",
        symbol="A/RES/56/121",
        issuing_body="General Assembly",
        distribution="Distr.: General",
        distribution_date=PrintedDate(value=date(2002, 1, 23), text="23 January 2002"),
        session=56,
        session_text="Fifty-sixth session",
        agenda=Agenda(text="Agenda item 110", items=("110",)),
        heading="Resolution adopted by the General Assembly",
        origin=Origin(
            text="[on the report of the Third Committee (A/56/574)]", committee="third", document="A/56/574"
        ),
        number="56/121",
        title=("Combating the criminal misuse of information technologies",),
        formula="The General Assembly,",
        preamble=(
            PreambularParagraph(
                phrase="Recalling",
                text=("the United Nations Millennium Declaration,", NoteRef(marker="1"), " in which,"),
            ),
            PreambularParagraph(phrase="Recognizing", text=("that the free flow of information,",)),
        ),
        body=(
            OperativeParagraph(num="1.", verb="Invites", text=("Member States;",)),
            OperativeParagraph(num="2.", verb="Takes note", text=("of the value;",)),
            OperativeParagraph(
                num="3.", verb="Decides", text=("to defer consideration.", NoteRef(marker="2"))
            ),
        ),
        adoption_date=date(2001, 12, 19),
        meeting=Meeting(text="88th plenary meeting", number=88),
        meeting_date=PrintedDate(value=date(2001, 12, 19), text="19 December 2001"),
        footnotes=(
            Footnote(
                marker="1", text=("See resolution ", Ref(text="55/2", href="/akn/un/doc/A/RES/55/2"), ".")
            ),
            Footnote(marker="2", text=("See Official Records, 2001.",)),
        ),
    )
    fields.update(changes)
    return Resolution(**fields)


def seed_55_63_zh() -> Resolution:
    """A/RES/55/63 in Chinese, shortened: no masthead (the seed has none), bold phrases."""
    return Resolution(
        language="zh",
        symbol="A/RES/55/63",
        session=55,
        number="55/63",
        title=("打击非法滥用信息技术",),
        formula="大会，",
        preamble=(
            PreambularParagraph(
                phrase="回顾",
                text=(
                    "联合国千年宣言，",
                    NoteRef(marker="1"),
                    "其中会员国决心依照经济及社会理事会2000年实质性会议高级别部分的部长级宣言"
                    "所载建议，确保人人均可享受新技术，",
                ),
            ),
            PreambularParagraph(phrase="又回顾", text=("其1990年12月14日第45/121号决议，",)),
        ),
        body=(
            OperativeParagraph(
                num="1.",
                verb="赞赏地注意到",
                text=("上述机构为防止非法滥用信息技术而开展的努力：",),
                points=(
                    Point(
                        num="(a)",
                        text=("各国应确保其法律和做法能够消除向非法滥用信息技术的人提供的安全庇护所；",),
                    ),
                    Point(num="(b)", text=("有关各国家之间应协调开展执法合作；",)),
                ),
            ),
            OperativeParagraph(num="2.", verb="决定", text=("继续将非法滥用信息技术的问题列入议程。",)),
        ),
        adoption_date=date(2000, 12, 4),
        meeting=Meeting(text="第81次全体会议", number=81),
        meeting_date=PrintedDate(value=date(2000, 12, 4), text="2000年12月4日"),
        footnotes=(Footnote(marker="1", text=("见第55/2号决议。",)),),
    )
