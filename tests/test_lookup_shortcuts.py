"""The shortcuts taken for speed give the answers of the full lookups they stand for."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from unxml.lexicons import available, lexicon
from unxml.model import _XML_ILLEGAL
from unxml.text.blocks import _Segmenter
from unxml.text.clean import _MD_EMPHASIS_CLOSE, _MD_EMPHASIS_CLOSE_INSIDE, superscripts_to_marks
from unxml.text.clean import _SYMBOL as _CLEAN_SYMBOL
from unxml.text.footnotes import SUPERSCRIPT_DIGITS, SUPERSCRIPTS, _marker_pattern
from unxml.text.inline import _literal_alternatives
from unxml.text.marks import note_mark
from unxml.text.masthead import _rejoin_split_words
from unxml.text.references import _SYMBOL, find_references
from unxml.text.spacing import (
    _ADJACENT,
    _WORD,
    _WORD_BREAKS,
    Vocabulary,
    _adjacent_tokens,
    _has_glued_compound,
    _hyphenated_tokens,
    _word_pairs,
    _words,
)
from unxml.text.uncited import mask_numbers_not_cited


@pytest.mark.parametrize("lang", available())
@settings(max_examples=50, deadline=None)
@given(data=st.data())
def test_remembered_opening_words_are_those_found_afresh(lang, data):
    lex = lexicon(lang)
    for prefixes in (lex._phrases, lex._verbs):
        forms = sorted(prefixes.by_key.values())
        opening = data.draw(st.sampled_from([form for bucket in forms for form, _ in bucket]))
        marks = "".join(sorted(prefixes.folding.ignore))
        tail = data.draw(st.text(st.sampled_from(f"ab ,.{marks}"), max_size=2 * prefixes.longest + 8))
        for text in (opening + tail, opening + tail[:3], tail):
            fresh = prefixes._match(text, len(text[: 2 * prefixes.longest + 2]))
            assert prefixes.match(text) == fresh
            assert prefixes.match(text) == fresh  # now from memory


def test_a_cited_resolution_starts_a_word():
    lex = lexicon("en")
    assert [f.ref.text for f in find_references("recalling resolution 55/63 of the", lex)] == ["55/63"]
    assert find_references("the subresolution 55/63 of the", lex) == []
    assert [f.ref.text for f in find_references("resolutions 55/63 and 56/1", lex)] == ["55/63", "56/1"]


_SYMBOL_PIECES = ["A", "E", "RES", "C.2", "56", "574", "Rev.1", "/", "-", ".", " ", "a", "é", "_", "x"]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(_SYMBOL_PIECES), max_size=10).map("".join))
@example(text="A/56/574 REMJA-III/doc.14/00rev.2 xA/1/2 /A/1/2")
def test_document_symbols_are_found_as_by_the_pattern_looking_behind_first(text):
    # The symbol pattern as first written: the look-behind before the series' first letter.
    part = r"[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*"
    original = re.compile(rf"(?<![\w/-])[A-Z][A-Z0-9]*(?:\.\d+)?(?:/{part}){{2,}}(?![\w/])")
    assert [m.span() for m in _SYMBOL.finditer(text)] == [m.span() for m in original.finditer(text)]


# The patterns as first written, each with its test of what precedes it in front.
_FIRST_WRITTEN = {
    _CLEAN_SYMBOL: r"\bA/RES/(?:(?:ES|S)-\d+/)?\d+/\d+(?: [A-Z](?:-[A-Z])?)?\*?(?=\s|$)",
    _MD_EMPHASIS_CLOSE: r"(?<=\S)\*$",
    _MD_EMPHASIS_CLOSE_INSIDE: r"(?:^|(?<=\S))\*",
}
_MARKDOWN_PIECES = ["A/RES/56/121", "A/RES/S-26/2", " A", "xA", "_", "/RES/", "*", " ", "\n", "a", "1", "é"]


@pytest.mark.parametrize("pattern", list(_FIRST_WRITTEN), ids=lambda p: p.pattern)
@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(_MARKDOWN_PIECES), max_size=8).map("".join))
def test_cleaning_patterns_find_what_they_found_as_first_written(pattern, text):
    original = re.compile(_FIRST_WRITTEN[pattern])
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in original.finditer(text)]
    assert bool(pattern.fullmatch(text)) == bool(original.fullmatch(text))


_EMPHASIS_PATTERNS = [
    *lexicon("en").emphasis_patterns,
    re.compile("Treaty Series|Series|a"),
    re.compile("Treaty.Series|Series"),
    re.compile("(Treaty) Series"),
    re.compile("treaty series", re.IGNORECASE),
]
_EMPHASIS_PIECES = ["European Treaty Series", "Treaty Series", "Treaty", "Series", "treaty series", " ", "."]


def test_only_patterns_of_literal_alternatives_are_taken_for_them():
    literal = [_literal_alternatives(pattern) for pattern in _EMPHASIS_PATTERNS]
    assert literal == [None, ("European Treaty Series", "Treaty Series"), ("Treaty Series", "Series", "a"),
                       None, None, None]  # fmt: skip


@pytest.mark.parametrize("pattern", _EMPHASIS_PATTERNS, ids=lambda p: p.pattern)
@settings(max_examples=200, deadline=None)
@given(text=st.lists(st.sampled_from(_EMPHASIS_PIECES), max_size=6).map("".join))
def test_a_pattern_of_literal_alternatives_matches_where_one_is_printed(pattern, text):
    literals = _literal_alternatives(pattern)
    if literals is not None:
        assert (pattern.search(text) is not None) == any(literal in text for literal in literals)


_SUPERSCRIPT_TEXT = st.text(st.sampled_from(["¹", "²", "⁰", " ", "\t", "\u00a0", "a", ",", "1"]), max_size=14)


@settings(max_examples=300, deadline=None)
@given(text=_SUPERSCRIPT_TEXT)
def test_superscripts_become_the_marks_the_full_pattern_gives(text):
    # The pattern that takes a run of superscripts with the spaces before it, from their start.
    pattern = re.compile(rf"(?<!\s)\s*+([{SUPERSCRIPTS}]+)")
    expected = pattern.sub(lambda m: note_mark(m.group(1).translate(SUPERSCRIPT_DIGITS)), text)
    assert superscripts_to_marks(text) == expected


@settings(max_examples=300, deadline=None)
@given(text=st.text(st.sampled_from(["-", "\u2010", "\u2011", " ", "\n", "\u3000", "a", "b"]), max_size=16))
def test_hyphenated_tokens_are_those_of_a_split(text):
    expected = [t for t in text.split() if "-" in t or "\u2010" in t or "\u2011" in t]
    assert list(_hyphenated_tokens(text)) == expected


@settings(max_examples=300, deadline=None)
@given(
    marker=st.sampled_from(["1", "3", "12", "06"]),
    line=st.lists(st.sampled_from(["1", "2", "0", "3", "6", "19", "20", " ", "a", "-"]), max_size=8).map(
        "".join
    ),
)
def test_footnote_marker_pattern_finds_what_the_lookbehind_pattern_finds(marker, line):
    original = re.compile(rf"(?:(?<!\d)|(?<=(?:19|20)\d\d)){re.escape(marker)}(?!\d)")
    found = [m.span() for m in _marker_pattern(marker).finditer(line)]
    assert found == [m.span() for m in original.finditer(line)]


@pytest.mark.parametrize("lang", available())
@settings(max_examples=60, deadline=None)
@given(session=st.integers(1, 200), before=st.sampled_from(["", "x ", "Agenda "]), upper=st.booleans())
def test_session_lines_are_found_as_by_the_plain_alternation(lang, session, before, upper):
    lex = lexicon(lang)
    plain = re.compile("|".join(re.escape(s) for s in sorted(lex._sessions, key=len, reverse=True)), re.I)
    line = before + lex.session_text(session) + " Agenda item 110"
    line = line.upper() if upper else line
    found = lex.find_session(line)
    expected = plain.search(line)
    assert (found[2], found[3]) == expected.span()
    assert found[0] == session


def test_every_character_xml_cannot_carry_is_unprintable():
    # model._xml_safe trusts printable strings without searching them.
    illegal = _XML_ILLEGAL.findall("".join(map(chr, range(0x110000))))
    assert len(illegal) == 29 + 2 + 2048
    assert not any(c.isprintable() for c in illegal)


# Letters, marks and digits that are no letters, the breaks made spaces first, white space.
_WORD_TEXT_CHARACTERS = ["a", "É", "1", " ", "_", "\n", "é", "\u00a0", "²", "ǅ", "\u0307", "’", *_WORD_BREAKS]


@settings(max_examples=300, deadline=None)
@given(text=st.text(st.sampled_from(_WORD_TEXT_CHARACTERS)))
def test_words_are_those_the_word_pattern_finds(text):
    assert _words(text) == _WORD.findall(text)


_LINE_CHARACTERS = ["a", "B", "é", "1", "9", "_", " ", " ", "\t", "\n", "\u00a0", "(", ",", "-"]
_LINE = st.text(st.sampled_from(_LINE_CHARACTERS), max_size=12)


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(_LINE, max_size=4))
@example(lines=["a\n a"])  # a token ending in a line break meets nothing after it
def test_adjacent_tokens_meet_at_the_pairs_of_the_full_pattern(lines):
    expected = {
        (head, tail)
        for line in lines
        for head, tail in _ADJACENT.findall(line)
        if head.isalpha() and tail.isalpha() and tail[0].islower()
    }
    assert set(_word_pairs(_adjacent_tokens(lines))) == expected


# Pieces of split words and years, from few letters so that their joins and inflections are
# printed words often; letters whose lower case is not one letter for one ("İ", "Σ"); word
# characters that are no letters ("²", "_"); a caseless letter.
_SPLIT_WORD_PIECES = st.sampled_from(
    ["ab", "cd", "e", "abcd", "abcde", "s", "ed", "a", "Ab", "İ", "Σ", "σ", "²", "_", "中", "19", "20",
     "26", "1926", "(", ",", "’"]
)  # fmt: skip
_SPLIT_WORD_LINE = st.lists(
    st.lists(_SPLIT_WORD_PIECES, min_size=1, max_size=3).map("".join), max_size=6
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(lines=st.lists(_SPLIT_WORD_LINE, max_size=5))
@example(lines=["ab19 26 1926"])  # "ab19" is no year's first half
@example(lines=["19 20 26 2026"])  # a year's second half is the first half of the next
@example(lines=["e abcds", "e", "eabcd"])  # a letter printed alone elsewhere is still no word
# A sigma after a letter and an apostrophe is a final one in the line, not alone: "σ" + "ab".
@example(lines=["a'Σ ab σab"])
# Where a joined pair is printed as more than the letters where two tokens meet, or with its
# second piece capitalised; where two of its places overlap.
@example(lines=["ab cd abcd", "xAb cd"])
@example(lines=["ab cd abcd", "ab cDx"])
@example(lines=["ab cd abcd", "Ab Cd"])
@example(lines=["e E e", "ee"])
def test_split_words_are_the_adjacent_pairs_judged_one_by_one(lines):
    vocabulary = Vocabulary(lines)
    expected = {pair for line in lines for pair in _ADJACENT.findall(line) if vocabulary._should_join(*pair)}
    assert vocabulary.splits == expected


@settings(max_examples=300, deadline=None)
@given(
    lines=st.lists(_SPLIT_WORD_LINE, max_size=4),
    word=st.lists(_SPLIT_WORD_PIECES, min_size=1, max_size=3).map("".join),
    cut=st.integers(0, 12),
)
@example(lines=["abcd"], word="abcdments", cut=4)  # the longest inflection
@example(lines=["defer"], word="deferred", cut=5)  # a doubled letter
def test_inflections_are_found_as_when_every_one_is_tried(lines, word, cut):
    vocabulary = Vocabulary(lines)
    word = word.lower()
    head, tail = word[:cut], word[cut:]
    assert vocabulary.inflects(word, head, tail) == vocabulary._inflects(word, head, tail)


# Pairs joined as forms of a printed word: a doubled letter ("deferred" of "defer"), the
# shortest such word ("abc" of "abccments"), the longest inflection added.
_JOINED_AS_FORMS = [(["defer"], "deferr", "ed"), (["abc"], "abcc", "ments"), (["abcdments"], "ab", "cd")]


@pytest.mark.parametrize(("lines", "head", "tail"), _JOINED_AS_FORMS)
def test_pairs_joined_as_forms_of_printed_words(lines, head, tail):
    vocabulary = Vocabulary([*lines, f"{head} {tail}"])
    assert head + tail not in vocabulary.words
    assert vocabulary._should_join(head, tail)
    assert vocabulary._may_inflect(head, tail)


@settings(max_examples=400, deadline=None)
@given(
    lines=st.lists(_SPLIT_WORD_LINE, max_size=4),
    head=_SPLIT_WORD_PIECES.map(str.lower),
    tail=st.lists(_SPLIT_WORD_PIECES, min_size=1, max_size=2).map("".join).map(str.lower),
)
def test_pairs_joined_as_forms_of_printed_words_pass_the_first_search(lines, head, tail):
    # _joined_word_pairs judges a pair whose joined word is not printed only past _may_inflect.
    vocabulary = Vocabulary(lines)
    if head + tail not in vocabulary.words and vocabulary._should_join(head, tail):
        assert vocabulary._may_inflect(head, tail)


def _mask_every_line(body: list[str], lex) -> list[str]:
    """``mask_numbers_not_cited`` as first written: every mask tried on every line."""
    regexes = (lex.date_regex, lex.masthead_dates().date_regex)
    patterns = {re.compile(regex.removesuffix(r"(?!\d)")) for regex in regexes}
    out = []
    for line in body:
        if lex.parse_meeting(line):
            out.append("x" * len(line))
            continue
        number = lex.paragraph_number.match(line)
        if number:
            line = "x" * number.end() + line[number.end() :]
        agenda = lex.find_agenda(line)
        if agenda:
            line = line[: agenda[1]] + "x" * (agenda[2] - agenda[1]) + line[agenda[2] :]
        for pattern in patterns:
            line = pattern.sub(lambda m: "x" * len(m.group()), line)
        out.append(line)
    return out


@pytest.mark.parametrize("lang", available())
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_numbers_are_masked_as_when_every_line_is_tried(lang, data):
    lex = lexicon(lang)
    pieces = [
        lex.meeting_text(88),
        lex.format_date(date(2023, 12, 7)),
        lex.agenda_text(["13", "117"]),
        "1. ",
        "1 - ",
        "12",
        "7",
        " ",
        "a",
        ",",
    ]
    words = st.lists(st.sampled_from(pieces), max_size=6).map("".join)
    body = data.draw(st.lists(words, max_size=4))
    assert mask_numbers_not_cited(body, lex) == _mask_every_line(body, lex)


def _rejoin_walking_every_token(line: str, lex) -> str:
    """``_rejoin_split_words`` without the test that lets most lines through untouched."""
    words = lex.masthead_words
    out: list[str] = []
    for token in line.split(" "):
        if out and out[-1].isalpha() and token.rstrip(",;:)]").isalpha():
            joined = (out[-1] + token.rstrip(",;:)]")).lower()
            pieces = (out[-1].lower(), token.rstrip(",;:)]").lower())
            if joined in words and not all(piece in words for piece in pieces):
                out[-1] += token
                continue
        out.append(token)
    return " ".join(out)


@pytest.mark.parametrize("lang", available())
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_masthead_words_are_rejoined_as_when_every_token_is_walked(lang, data):
    lex = lexicon(lang)
    word = data.draw(st.sampled_from(sorted(lex.masthead_words)))
    cut = data.draw(st.integers(0, len(word)))
    pieces = [word[:cut], word[cut:], word.upper()[:cut], "x", ",", "Σ", "General"]
    line = data.draw(st.lists(st.sampled_from(pieces), max_size=5).map(" ".join))
    assert _rejoin_split_words(line, lex) == _rejoin_walking_every_token(line, lex)


@settings(max_examples=200, deadline=None)
@given(lines=st.lists(st.sampled_from(["", "a", "1.", "(a)", "Takes note"]), max_size=8))
def test_the_next_line_with_text_is_the_one_searched_for(lines):
    segmenter = _Segmenter(lines, lexicon("en"), in_body=True, per_block=True)
    for position in range(len(segmenter.items)):
        following = next((text for _, text in segmenter.items[position + 1 :] if text), "")
        assert segmenter._next_text[position] == following


_SPLIT_PIECES = [
    "internation",
    "al",
    "international",
    "th",
    "e",
    "the",
    "(th",
    "e,",
    "20",
    "26",
    "2026",
    " ",
    "x",
]


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(st.lists(st.sampled_from(_SPLIT_PIECES), max_size=6).map(" ".join), max_size=5))
def test_lines_holding_a_split_word_are_those_whose_word_pairs_hold_one(lines):
    vocabulary = Vocabulary(["internation al international", "th e the", "20 26 2026", *lines])
    assert vocabulary.splits  # the first lines print split words and their whole forms
    for line in lines:
        assert vocabulary.holds_split(line) == (not vocabulary.splits.isdisjoint(_ADJACENT.findall(line)))


_COMPOUND_PIECES = [
    "self",
    "determination",
    "selfdetermination",
    "Selfdetermination",
    "Self-determination",
    "ΑΣΒ",
    "ΑΣ",
    "ΑΣ-Β",
    "'",
    " ",
    "x",
]


@settings(max_examples=300, deadline=None)
@given(
    document=st.lists(st.sampled_from(_COMPOUND_PIECES), min_size=1, max_size=6).map(" ".join),
    line=st.lists(st.sampled_from(_COMPOUND_PIECES), max_size=6).map("".join),
)
# A final sigma lower-cased alone is not one inside a line: "ΑΒΓΣ" gives "αβγς", "ΑΒΓΣ'Δ" "αβγσ'δ".
@example(document="ΑΒ-ΓΣ", line="ΑΒΓΣ'Δ")
def test_lines_holding_a_glued_compound_are_those_whose_words_hold_one(document, line):
    vocabulary = Vocabulary([document, "self-determination", line])
    expected = vocabulary.may_be_damaged and not vocabulary.damaged.isdisjoint(
        map(str.lower, _WORD.findall(line))
    )
    assert _has_glued_compound(line, vocabulary) == expected
