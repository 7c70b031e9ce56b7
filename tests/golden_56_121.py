"""A/RES/56/121 built by hand from the printed resolution, for the golden-file test.

Source: United Nations, A/RES/56/121 (distributed 23 January 2002). Every line below was
checked against the printed text; italics in footnotes are those of the printed page.
"""

from datetime import date
from pathlib import Path

from unxml.akn.iri import cited_href
from unxml.model import (
    Agenda,
    Emphasis,
    Footnote,
    Meeting,
    NoteRef,
    OperativeParagraph,
    Origin,
    PreambularParagraph,
    PrintedDate,
    Ref,
    Resolution,
)

GOLDEN_PATH = Path(__file__).parent.parent / "samples" / "A_RES_56_121.en.xml"

RES_55_63 = Ref(text="55/63", href=cited_href("55/63", date(2000, 12, 4)))
MISUSE = "the criminal misuse of information technologies"


def _pre(phrase: str, *text) -> PreambularParagraph:
    return PreambularParagraph(phrase=phrase, text=text)


PREAMBLE = (
    _pre(
        "Recalling",
        "the United Nations Millennium Declaration,",
        NoteRef(marker="1"),
        " in which Member States resolved to ensure that the benefits of new technologies,"
        " especially information and communications technologies, in conformity with the"
        " recommendations contained in the ministerial declaration of the high-level segment of"
        " the substantive session of 2000 of the Economic and Social Council,",
        NoteRef(marker="2"),
        " are available to all, and its resolution ",
        RES_55_63,
        " of 4 December 2000, in which it invited Member States to take into account measures to"
        f" combat {MISUSE},",
    ),
    _pre(
        "Recognizing",
        "that the free flow of information can promote economic and social development,"
        " education and democratic governance,",
    ),
    _pre(
        "Noting",
        "the significant advancements in the development and application of information"
        " technologies and means of telecommunication,",
    ),
    _pre(
        "Expressing concern",
        "that technological advancements have created new possibilities for criminal activity,"
        f" in particular {MISUSE},",
    ),
    _pre(
        "Noting",
        "that reliance on information technologies, while it may vary from State to State, has"
        " resulted in a substantial increase in global cooperation and coordination, with the"
        f" result that {MISUSE} may have a grave impact on all States,",
    ),
    _pre(
        "Recognizing",
        "that gaps in the access to and use of information technologies by States can diminish"
        f" the effectiveness of international cooperation in combating {MISUSE}, and recognizing"
        " also the need to facilitate the transfer of information technologies, in particular to"
        " developing countries,",
    ),
    _pre("Noting", f"the necessity of preventing {MISUSE},"),
    _pre(
        "Recognizing",
        f"the need for cooperation between States and the private sector in combating {MISUSE},",
    ),
    _pre(
        "Underlining",
        "the need for enhanced coordination and cooperation among States in combating"
        f" {MISUSE}, and, in this context, stressing the role that can be played by the United"
        " Nations and other international and regional organizations,",
    ),
    _pre(
        "Welcoming",
        "the work of the Tenth United Nations Congress on the Prevention of Crime and the"
        " Treatment of Offenders,",
    ),
    _pre(
        "Recognizing with appreciation",
        "the work of the Commission on Crime Prevention and Criminal Justice at its ninth and"
        " tenth sessions and the subsequent preparation of a plan of action against"
        " high-technology and computer-related crime, which recognizes, inter alia, the need for"
        " effective law enforcement and the need to maintain effective protections for privacy"
        " and other related basic rights, as well as the need to take into account ongoing work"
        " in other forums,",
        NoteRef(marker="3"),
    ),
    _pre(
        "Noting",
        "the work of international and regional organizations in combating high-technology"
        " crime, including the work of the Council of Europe in elaborating the Convention on"
        " Cybercrime,",
        NoteRef(marker="4"),
        " as well as the work of those organizations in promoting dialogue between government"
        " and the private sector on safety and confidence in cyberspace,",
    ),
)

BODY = (
    OperativeParagraph(
        num="1.",
        verb="Invites",
        text=(
            f"Member States, when developing national law, policy and practice to combat {MISUSE},"
            " to take into account, as appropriate, the work and achievements of the Commission on"
            " Crime Prevention and Criminal Justice and of other international and regional"
            " organizations;",
        ),
    ),
    OperativeParagraph(
        num="2.",
        verb="Takes note",
        text=(
            "of the value of the measures set forth in its resolution ",
            RES_55_63,
            ", and again invites Member States to take them into account in their efforts to"
            f" combat {MISUSE};",
        ),
    ),
    OperativeParagraph(
        num="3.",
        verb="Decides",
        text=(
            "to defer consideration of this subject, pending work envisioned in the plan of action"
            " against high-technology and computer-related crime of the Commission on Crime"
            " Prevention and Criminal Justice.",
            NoteRef(marker="3"),
        ),
    ),
)

FOOTNOTES = (
    Footnote(marker="1", text=("See resolution ", Ref(text="55/2", href=cited_href("55/2")), ".")),
    Footnote(
        marker="2",
        text=(
            "See ",
            Emphasis(text="Official Records of the General Assembly, Fifty-fifth Session, Supplement No. 3"),
            " (",
            Ref(text="A/55/3/Rev.1", href=cited_href("A/55/3/Rev.1")),
            "), chap. III, para. 17.",
        ),
    ),
    Footnote(
        marker="3",
        text=(
            "See ",
            Emphasis(text="Official Records of the Economic and Social Council, 2001, Supplement No. 10"),
            " (",
            Ref(text="E/2001/30/Rev.1", href=cited_href("E/2001/30/Rev.1")),
            "), part two, chap. I.",
        ),
    ),
    Footnote(
        marker="4",
        text=("Council of Europe, ", Emphasis(text="European Treaty Series"), ", No. 185."),
    ),
)

RESOLUTION = Resolution(
    language="en",
    publisher="United Nations",
    symbol="A/RES/56/121",
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
    preamble=PREAMBLE,
    body=BODY,
    adoption_date=date(2001, 12, 19),
    meeting=Meeting(text="88th plenary meeting", number=88),
    meeting_date=PrintedDate(value=date(2001, 12, 19), text="19 December 2001"),
    footnotes=FOOTNOTES,
)
