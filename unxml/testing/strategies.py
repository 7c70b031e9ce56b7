"""Hypothesis strategies for valid :class:`~unxml.model.Resolution` models.

Every part of the model is covered: masthead fields, preambles with sub-items, operative
paragraphs with nested points and wrap-ups, sections, parts A/B, footnotes cited once or
several times, references, emphasis, annexes, all six languages and dates 1946–2030.

The strategies are generic and shrink well: words are drawn from small alphabets (Latin
with accents, Cyrillic, Arabic, CJK, XML-special characters), so a failing example shrinks to
a few short words. Each strategy is built once per argument set, because building and
validating a strategy costs more than drawing from it. Projects wanting realistic text pass
their own ``words`` strategy::

    resolutions(language="fr", words=my_french_words)

Footnotes are listed in the order of their first citation, which is the order a reader of the
XML recovers them in (the XML places each note at its citations and has no separate list).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from hypothesis import assume
from hypothesis import strategies as st

from unxml.akn.iri import cited_href
from unxml.lang import LANGUAGES
from unxml.lang import language as language_of
from unxml.model import (
    Agenda,
    Annex,
    Emphasis,
    Footnote,
    Inline,
    Meeting,
    NoteRef,
    OperativeParagraph,
    Origin,
    Part,
    Point,
    PreambularParagraph,
    PrintedDate,
    Ref,
    Resolution,
    Section,
    plain,
)

if TYPE_CHECKING:
    from unxml.lexicons import Lexicon, Opening

ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    "éèçàôüñÉß"  # Latin with diacritics
    "абвгдежзийклмнопрстуфхцчшщыэюяАБВ"  # Cyrillic
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"  # Arabic
    "的一是不了人我在有他这中大来上国"  # CJK
    "&<>\"'.,;:()-/«»“”"  # characters XML must escape, and print punctuation
)
"""Characters of generated words; never whitespace, never characters XML cannot hold."""

FIRST_YEAR, LAST_YEAR = 1946, 2030

SAMPLE_WORDS = (
    "the", "Assembly", "résolution", "Генеральная", "ассамблея", "الجمعية", "العامة", "大会",
    "决议", "A&B", "<i>", "“quoted”", "l'homme", "États", "año", "1.", "(a)", "2030",
)  # fmt: skip
"""Words in all six languages' scripts, and words XML must escape."""

WORDS = st.sampled_from(SAMPLE_WORDS) | st.text(alphabet=ALPHABET, min_size=1, max_size=6)
"""The default word strategy: mostly sample words (one draw each, cheap), sometimes any word."""

MARKERS = ("1", "2", "3", "4", "*", "**")
"""Footnote markers the strategies cite."""


@cache
def lines(words: st.SearchStrategy[str] = WORDS, max_words: int = 4) -> st.SearchStrategy[str]:
    """One printed line: words separated by single spaces."""
    return st.lists(words, min_size=1, max_size=max_words).map(" ".join)


@cache
def dates(first: int = FIRST_YEAR, last: int = LAST_YEAR) -> st.SearchStrategy[date]:
    return st.dates(min_value=date(first, 1, 1), max_value=date(last, 12, 31))


def printed_dates(value: date | None = None) -> st.SearchStrategy[PrintedDate]:
    """A date and a printed form of it (the form is arbitrary text: language-neutral)."""
    values = st.just(value) if value is not None else dates()
    return values.map(lambda d: PrintedDate(value=d, text=f"{d.day} {d.month} {d.year}"))


@cache
def refs(words: st.SearchStrategy[str] = WORDS) -> st.SearchStrategy[Ref]:
    """A cross-reference to a resolution (with or without its date) or to a document symbol."""
    resolution = st.builds(
        lambda s, n, d: (f"{s}/{n}", cited_href(f"{s}/{n}", d)),
        st.integers(1, 80),
        st.integers(1, 330),
        st.none() | dates(),
    )
    document = st.builds(lambda s, n: f"A/{s}/{n}", st.integers(1, 80), st.integers(1, 999)).map(
        lambda symbol: (symbol, cited_href(symbol))
    )
    return (resolution | document).map(lambda t: Ref(text=t[0], href=t[1]))


@cache
def texts(
    words: st.SearchStrategy[str] = WORDS,
    *,
    markers: tuple[str, ...] = MARKERS,
    min_size: int = 1,
    max_size: int = 3,
) -> st.SearchStrategy[tuple[Inline, ...]]:
    """Running text: mostly words, sometimes a footnote citation, a reference or emphasis.

    ``markers=()`` gives text without footnote citations (for footnotes themselves).
    """
    piece: st.SearchStrategy[Any] = lines(words).map(lambda s: s + " ")
    piece = piece | refs(words) | st.builds(Emphasis, text=lines(words, 3))
    if markers:
        piece = piece | st.sampled_from(markers).map(lambda m: NoteRef(marker=m))
    # A text always opens with words, so it is never empty after normalisation.
    return st.tuples(lines(words), st.lists(piece, min_size=min_size - 1, max_size=max_size)).map(
        lambda t: (t[0] + " ", *t[1])
    )


@cache
def _nums(words: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Printed numbers: mostly realistic ("1.", "(a)", "a)", "(ii)"), sometimes any line."""
    realistic = st.sampled_from(["1.", "2.", "3.", "(a)", "(b)", "a)", "(ii)", "1.1.", "(أ)", "一、", "1 -"])
    return realistic | lines(words, 1)


@cache
def points(words: st.SearchStrategy[str] = WORDS, depth: int = 2) -> st.SearchStrategy[tuple[Point, ...]]:
    """Sub-paragraphs, nested up to ``depth`` levels, with wrap-ups after nested lists."""

    def point(
        nested: tuple[Point, ...], text: tuple[Inline, ...], wrap: tuple[Inline, ...], num: str
    ) -> Point:
        return Point(num=num, text=text, points=nested, wrap_up=wrap if nested else ())

    children = points(words, depth - 1) if depth > 1 else st.just(())
    return st.lists(
        st.builds(point, children, texts(words), st.just(()) | texts(words, max_size=1), _nums(words)),
        min_size=1,
        max_size=2,
    ).map(tuple)


@cache
def preambular_paragraphs(words: st.SearchStrategy[str] = WORDS) -> st.SearchStrategy[PreambularParagraph]:
    phrase = lines(words, 3)
    return st.builds(
        PreambularParagraph,
        lead_in=st.just("") | lines(words, 2),
        phrase=phrase,
        text=st.just(()) | texts(words),
        points=st.just(()) | points(words, 1),
    ) | st.builds(PreambularParagraph, phrase=st.just(""), text=texts(words))


@cache
def operative_paragraphs(words: st.SearchStrategy[str] = WORDS) -> st.SearchStrategy[OperativeParagraph]:
    def build(num, lead_in, verb, text, nested, wrap):
        if not verb and not text and not nested:
            text = ("text",)
        return OperativeParagraph(
            num=num,
            lead_in=lead_in if verb else "",
            verb=verb,
            text=text,
            points=nested,
            wrap_up=wrap if nested else (),
        )

    return st.builds(
        build,
        st.none() | _nums(words),
        st.just("") | lines(words, 2),
        st.just("") | lines(words, 2),
        st.just(()) | texts(words),
        st.just(()) | points(words),
        st.just(()) | texts(words, max_size=1),
    )


@cache
def bodies(words: st.SearchStrategy[str] = WORDS, depth: int = 2) -> st.SearchStrategy[tuple[Any, ...]]:
    """Operative parts: paragraphs, and sections (with preambles) nested up to ``depth``."""
    paragraph = operative_paragraphs(words)
    if depth <= 1:
        return st.lists(paragraph, min_size=1, max_size=4).map(tuple)
    section = st.builds(
        Section,
        num=st.none() | st.sampled_from(["I.", "II.", "A.", "B."]) | lines(words, 1),
        heading=texts(words, markers=("1", "*"), max_size=2),
        preamble=st.lists(preambular_paragraphs(words), max_size=2).map(tuple),
        body=bodies(words, depth - 1),
    )
    return st.lists(paragraph | section, min_size=1, max_size=3).map(tuple)


@st.composite
def _numbering(draw: st.DrawFn) -> tuple[str, int]:
    """A resolution number and its session: "56/121", or a special session's "ES-11/1"."""
    n = draw(st.integers(1, 330))
    if draw(st.booleans()):
        session = draw(st.integers(1, 85))
        return f"{session}/{n}", session
    prefix, session = draw(st.sampled_from(["ES", "S"])), draw(st.integers(1, 32))
    return f"{prefix}-{session}/{n}", session


@st.composite
def resolutions(
    draw: st.DrawFn,
    language: str | None = None,
    words: st.SearchStrategy[str] = WORDS,
    parts: bool | None = None,
) -> Resolution:
    """A valid resolution; ``language`` and ``parts`` fix those choices when given."""
    lang = language or draw(st.sampled_from(sorted(LANGUAGES)))
    number, session = draw(_numbering())
    adoption = draw(dates())
    in_parts = draw(st.booleans()) if parts is None else parts
    optional_line = st.none() | lines(words, 4)
    fields: dict[str, Any] = dict(
        language=lang,
        symbol=f"A/RES/{number}",
        number=number,
        session=session,
        publisher=draw(optional_line),
        issuing_body=draw(optional_line),
        distribution=draw(optional_line),
        distribution_date=draw(st.none() | printed_dates()),
        session_text=draw(optional_line),
        agenda=draw(st.none() | agendas(words)),
        heading=draw(optional_line),
        origin=draw(st.none() | origins(words)),
        title=draw(texts(words, markers=("*",), max_size=2)),
        adoption_date=adoption,
        meeting=draw(st.none() | meetings(words)),
        meeting_date=draw(st.none() | printed_dates(adoption)),
        annexes=draw(st.lists(annexes(words), max_size=2).map(tuple)),
    )
    if in_parts:
        letters = "ABCD"[: draw(st.integers(1, 3))]
        fields["formula"] = draw(st.none() | lines(words, 3))
        fields["parts"] = tuple(draw(part(words, letter)) for letter in letters)
    else:
        fields["formula"] = draw(lines(words, 3))
        fields["preamble"] = draw(st.lists(preambular_paragraphs(words), max_size=3).map(tuple))
        fields["body"] = draw(bodies(words))
    # The footnotes are those cited, in order of first citation.
    unchecked = Resolution.model_construct(**{"parts": (), "preamble": (), "body": (), **fields})
    cited = list(dict.fromkeys(ref.marker for ref in unchecked.citations()))
    fields["footnotes"] = tuple(
        Footnote(marker=marker, text=draw(texts(words, markers=()))) for marker in cited
    )
    return Resolution(**fields)


@cache
def agendas(words: st.SearchStrategy[str] = WORDS) -> st.SearchStrategy[Agenda]:
    item = st.builds(lambda n, sub: f"{n}{sub}", st.integers(1, 180), st.sampled_from(["", " (a)", " (bb)"]))
    return st.builds(
        Agenda,
        text=lines(words, 3),
        items=st.lists(item, min_size=1, max_size=3).map(tuple),
        title=st.none() | lines(words, 4),
    )


@cache
def origins(words: st.SearchStrategy[str] = WORDS) -> st.SearchStrategy[Origin]:
    """The bracketed origin line, printing its document in parentheses as the UN does."""
    document = st.builds(lambda s, n: f"A/{s}/{n}", st.integers(1, 80), st.integers(1, 999))
    committee = st.none() | st.sampled_from(["first", "second", "third", "fourth", "fifth", "sixth"])
    return st.builds(
        lambda lead, doc, c: Origin(text=f"[{lead} ({doc})]", committee=c, document=doc),
        lines(words, 4),
        document,
        committee,
    )


@cache
def meetings(words: st.SearchStrategy[str] = WORDS) -> st.SearchStrategy[Meeting]:
    return st.builds(Meeting, text=lines(words, 3), number=st.integers(1, 999), resumed=st.booleans())


@cache
def annexes(words: st.SearchStrategy[str] = WORDS) -> st.SearchStrategy[Annex]:
    return st.builds(
        Annex,
        heading=st.lists(lines(words, 3), min_size=1, max_size=2).map(tuple),
        paragraphs=st.lists(texts(words, markers=("1", "4")), max_size=3).map(tuple),
    )


@cache
def part(words: st.SearchStrategy[str], letter: str) -> st.SearchStrategy[Part]:
    return st.builds(
        Part,
        letter=st.just(letter),
        title=st.just(()) | texts(words, max_size=1),
        formula=lines(words, 3),
        preamble=st.lists(preambular_paragraphs(words), max_size=2).map(tuple),
        body=bodies(words, 1),
        meeting=st.none() | meetings(words),
        meeting_date=st.none() | printed_dates(),
    )


# --- language-realistic resolutions ----------------------------------------------------------
#
# The strategies above cover every model the XML can carry. The converter reads *printed text*,
# and printed text only determines a model when it is written the way the UN writes: known
# opening phrases and verbs, masthead lines in the lexicon's forms, footnote markers 1, 2, 3 in
# order of first citation, numbering 1., 2. and (a), (b). ``realistic_resolutions`` draws such
# models, so that ``convert(render.to_text(m)) == m`` is a property one can state.
#
# Running text is made of words taken from the language's own phrases and verbs (lower-cased),
# minus every word that could start a paragraph, so a wrapped line never opens with a phrase or
# a verb by accident; no digits, so no word can be mistaken for a footnote marker.


@cache
def vocabulary(language: str) -> tuple[str, ...]:
    """Words (Chinese: characters) for realistic running text in ``language``."""
    from unxml.lexicons import lexicon

    lex = lexicon(language)
    openings = (*lex.preamble_phrases, *lex.operative_verbs, lex.formula)
    if language == "zh":
        starts = {opening[0] for opening in openings}
        pieces = {char for opening in openings for char in opening if char.isalpha()}
        return tuple(sorted(pieces - starts))
    words = {w.casefold() for opening in openings for w in opening.split() if w.isalpha()}
    return tuple(
        sorted(
            w
            for w in words
            if not any(lex.match_phrase(form) or lex.match_verb(form) for form in (w, w.capitalize()))
        )
    )


def _reads_back(
    match: Callable[[str], Opening | None],
    language: str,
    lead_in: str,
    opening: str,
    text: tuple[Inline, ...],
) -> bool:
    """Whether the printed paragraph opens with ``lead_in`` and ``opening`` and no longer known form.

    "Acknowledging" followed by "further, …" prints as the phrase "Acknowledging further": plain
    text cannot tell them apart, so such a draw is no model a converter could give back.
    """
    typography = language_of(language)
    head = lead_in + typography.phrase_separator if lead_in else ""
    found = match(head + opening + typography.separator_before(plain(text)) + plain(text))
    return found is not None and (found.lead_in, found.words) == (lead_in, opening)


def _lead_in(lex: Lexicon) -> st.SearchStrategy[str]:
    """No lead-in, or one the language prints before a phrase or verb (Chinese "在这方面")."""
    return st.just("") | st.sampled_from(lex.lead_ins) if lex.lead_ins else st.just("")


@cache
def _sentences(language: str, min_words: int = 1, max_words: int = 8) -> st.SearchStrategy[str]:
    from unxml.text.chinese import has_extractor_defects

    separator = "" if language == "zh" else " "
    words = st.lists(st.sampled_from(vocabulary(language)), min_size=min_words, max_size=max_words)
    if language != "zh":
        return words.map(separator.join)
    # Chinese text never prints a character run four times over (none of the UN's 40 Chinese
    # files of session 78 does): that is how the seed's extractor shows bold words.
    return words.map(separator.join).filter(lambda text: not has_extractor_defects(text))


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


@st.composite
def _running_text(draw: st.DrawFn, language: str, end: str, cite: list[int] | None) -> tuple[Inline, ...]:
    """Words ending in ``end``; with ``cite`` (the list of markers cited so far), maybe a citation."""
    words = draw(_sentences(language))
    if cite is None or not draw(st.booleans()):
        return (words + end,)
    cite.append(len(cite) + 1)
    note = NoteRef(marker=str(len(cite)))
    if not draw(st.booleans()):
        return (words + end, note)
    # Cited mid-paragraph, after a comma ("Declaration,¹ in which"): a full stop there would
    # make the words after it read as a new paragraph, or as the words closing a list.
    comma, separator = ("，", "") if language == "zh" else (",", " ")
    return (words + comma, note, separator + draw(_sentences(language)) + end)


@cache
def point_labels(language: str) -> tuple[str, ...]:
    """Sub-paragraph labels (a), (b), ... as ``language`` prints them ("a)", "(أ)"), from the lexicon."""
    from unxml.lexicons import lexicon

    lex = lexicon(language)
    arabic = {lex.point_letter(chr(c)): chr(c) for c in range(0x0621, 0x064B)}  # letters in abjad order
    labels = []
    for latin in "abcdefghij":
        letter = arabic.get(latin, latin)
        label = next(form for form in (f"({letter})", f"{letter})") if lex.point_label.fullmatch(form + " "))
        labels.append(label)
    return tuple(labels)


@st.composite
def realistic_resolutions(
    draw: st.DrawFn,
    language: str = "en",
    *,
    masthead: bool | None = None,
    max_paragraphs: int = 4,
    sub_paragraphs: bool = True,
) -> Resolution:
    """A resolution as the UN would print it in ``language`` (see the comment above)."""
    from unxml.lexicons import lexicon

    lex = lexicon(language)
    comma, semicolon, stop = ("，", "；", "。") if language == "zh" else (",", ";", ".")
    cited: list[int] = []
    session = draw(st.integers(1, 85))
    number = f"{session}/{draw(st.integers(1, 330))}"
    adoption = draw(dates())
    with_masthead = draw(st.booleans()) if masthead is None else masthead
    meeting, resumed = draw(st.integers(1, 120)), draw(st.booleans())

    preamble = tuple(
        PreambularParagraph(
            lead_in=draw(_lead_in(lex)),
            phrase=draw(st.sampled_from(lex.preamble_phrases)),
            text=draw(_running_text(language, comma, cited)),
        )
        for _ in range(draw(st.integers(0, max_paragraphs)))
    )
    assume(all(_reads_back(lex.opening_phrase, language, p.lead_in, p.phrase, p.text) for p in preamble))
    count = draw(st.integers(1, max_paragraphs))
    body = []
    for index in range(1, count + 1):
        end = stop if index == count else semicolon
        lead_in, verb = draw(_lead_in(lex)), draw(st.sampled_from(lex.operative_verbs))
        if sub_paragraphs and draw(st.integers(0, 3)) == 0:  # a paragraph with lettered sub-paragraphs
            items = draw(st.integers(1, 3))
            points = tuple(
                Point(
                    num=point_labels(language)[i],
                    text=draw(_running_text(language, end if i == items - 1 else semicolon, cited)),
                )
                for i in range(items)
            )
            intro = (draw(_sentences(language)) + ("：" if language == "zh" else ":"),)
            assume(_reads_back(lex.opening_verb, language, lead_in, verb, intro))
            body.append(
                OperativeParagraph(
                    num=lex.paragraph_label(index), lead_in=lead_in, verb=verb, text=intro, points=points
                )
            )
        else:
            text = draw(_running_text(language, end, cited))
            assume(_reads_back(lex.opening_verb, language, lead_in, verb, text))
            body.append(
                OperativeParagraph(num=lex.paragraph_label(index), lead_in=lead_in, verb=verb, text=text)
            )

    fields: dict[str, Any] = dict(
        language=language,
        symbol=f"A/RES/{number}",
        number=number,
        session=session,
        # Never one letter: "A" under the number line is the letter of a part.
        title=(_capitalised(draw(_sentences(language, 1, 6).filter(lambda t: len(t) > 1))),),
        formula=lex.formula,
        preamble=preamble,
        body=tuple(body),
        adoption_date=adoption,
        meeting=Meeting(text=lex.meeting_text(meeting, resumed), number=meeting, resumed=resumed),
        meeting_date=PrintedDate(value=adoption, text=lex.format_date(adoption)),
        footnotes=tuple(
            Footnote(marker=str(marker), text=(_capitalised(draw(_sentences(language))) + stop,))
            for marker in cited
        ),
    )
    if with_masthead:
        issued = draw(st.dates(min_value=adoption, max_value=adoption + timedelta(days=60)))
        items = tuple(str(n) for n in sorted(draw(st.sets(st.integers(1, 180), min_size=1, max_size=2))))
        committee = draw(st.none() | st.sampled_from(sorted(lex.committees())))
        document = f"A/{session}/{draw(st.integers(100, 999))}"
        fields.update(
            # An extraction may lose either organ line (the seeds 56/121 and 58/32 each lost one).
            publisher=draw(st.sampled_from([lex.publisher, None])),
            issuing_body=draw(st.sampled_from([lex.assembly_name, None])),
            distribution=lex.distribution,
            distribution_date=PrintedDate(value=issued, text=lex.masthead_dates().format_date(issued)),
            session_text=lex.session_text(session),
            agenda=Agenda(
                text=lex.agenda_text(items),
                items=items,
                title=draw(st.none() | _sentences(language, 1, 12).map(_capitalised)),
            ),
            heading=lex.heading(draw(st.none() | st.just(adoption))),
            origin=Origin(text=lex.origin_text(committee, document), committee=committee, document=document),
        )
    assume(not any(_cited_after_a_short_word(text) for text in _texts(fields["preamble"], fields["body"])))
    resolution = Resolution(**fields)
    assume(_no_word_looks_split(resolution))
    return resolution


def _no_word_looks_split(resolution: Resolution) -> bool:
    """Whether no two printed words read as one word the extraction cut in two.

    A short document of few words may print "In to" and "into": the first then reads as a
    word cut by a justified line, which the converter joins (:mod:`unxml.text.spacing`). Such a
    draw is no model a converter could give back, as a real document prints "in" elsewhere.
    """
    from unxml.render import to_text
    from unxml.text.spacing import repair

    return not repair(to_text(resolution).splitlines())[1]


# In the UN's files a citation never follows a word of one or two letters and a full stop
# ("la.¹"); where a PDF extractor glues the marker as a plain digit, "no.1" or "p.1" are
# abbreviations with a number, which a converter must not read as citations.
_SHORT_WORD_AT_STOP = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,2}\.$")


def _cited_after_a_short_word(text: tuple[Inline, ...]) -> bool:
    return any(
        isinstance(note, NoteRef) and isinstance(before, str) and _SHORT_WORD_AT_STOP.search(before)
        for before, note in pairwise(text)
    )


def _texts(preamble: tuple[PreambularParagraph, ...], body: tuple[Any, ...]) -> list[tuple[Inline, ...]]:
    """The running texts of paragraphs and their sub-paragraphs."""
    paragraphs = [*preamble, *body]
    return [p.text for p in paragraphs] + [point.text for p in paragraphs for point in p.points]
