"""The lexicon API: printed forms and their parsers agree, matching takes the longest form."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unxml.lexicons import available, lexicon

EN = lexicon("en")


def test_every_language_file_loads_and_lists_opening_words() -> None:
    for lang in available():
        lex = lexicon(lang)
        assert lex.language == lang
        assert lex.preamble_phrases and lex.operative_verbs
        assert lex.formula


def test_unknown_language_names_the_available_ones() -> None:
    with pytest.raises(KeyError, match=r"available: .*en"):
        lexicon("xx")


@pytest.mark.parametrize(
    ("n", "printed"),
    [
        (56, "Fifty-sixth session"),
        (78, "Seventy-eighth session"),
        (12, "Twelfth session"),
        (60, "Sixtieth session"),
        (101, "One hundred and first session"),
    ],
)
def test_session_lines_are_spelled_as_printed(n: int, printed: str) -> None:
    assert EN.session_text(n) == printed
    assert EN.parse_session(printed) == n


@given(st.integers(1, 200))
def test_session_text_round_trips(n: int) -> None:
    assert EN.parse_session(EN.session_text(n)) == n


@pytest.mark.parametrize(
    ("n", "resumed", "printed"),
    [
        (88, False, "88th plenary meeting"),
        (1, False, "1st plenary meeting"),
        (42, False, "42nd plenary meeting"),
        (113, False, "113th plenary meeting"),
        (50, True, "50th (resumed) plenary meeting"),
        (103, False, "103rd plenary meeting"),
    ],
)
def test_meeting_lines(n: int, resumed: bool, printed: str) -> None:
    assert EN.meeting_text(n, resumed) == printed
    assert EN.parse_meeting(printed) == (n, resumed)


@given(st.integers(1, 999), st.booleans())
def test_meeting_text_round_trips(n: int, resumed: bool) -> None:
    assert EN.parse_meeting(EN.meeting_text(n, resumed)) == (n, resumed)


def test_meeting_parser_rejects_other_lines() -> None:
    assert EN.parse_meeting("the high-level plenary meeting of the General Assembly") is None


@settings(max_examples=200)
@given(st.dates(date(1946, 1, 1), date(2100, 12, 31)))
def test_dates_round_trip(value: date) -> None:
    assert EN.parse_date(EN.format_date(value)) == value


def test_dates_use_babel_month_names_and_reject_impossible_days() -> None:
    assert EN.format_date(date(2001, 12, 19)) == "19 December 2001"
    assert EN.parse_date("4 December 2000") == date(2000, 12, 4)
    assert EN.parse_date("31 February 2001") is None
    assert EN.parse_date("December 2001") is None


def test_agenda_heading_and_origin_lines() -> None:
    assert EN.agenda_text(["110"]) == "Agenda item 110"
    assert EN.agenda_text(["13", "117"]) == "Agenda items 13 and 117"
    assert EN.agenda_text(["13", "15", "71 (b)"]) == "Agenda items 13, 15 and 71 (b)"
    assert EN.heading() == "Resolution adopted by the General Assembly"
    assert EN.heading(date(2023, 11, 21)) == "Resolution adopted by the General Assembly on 21 November 2023"
    assert EN.origin_text("third", "A/56/574") == "[on the report of the Third Committee (A/56/574)]"
    assert EN.origin_text(None, "A/78/L.9") == "[without reference to a Main Committee (A/78/L.9)]"
    assert EN.committee_name("fourth").startswith("Special Political and Decolonization Committee")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Recognizing with appreciation the work", "Recognizing with appreciation"),
        ("Recognizing that gaps", "Recognizing"),
        ("Recalling also its resolutions", "Recalling also"),
        ("Taking note of the report", "Taking note"),
        ("Bearing in mind also the results", "Bearing in mind also"),
        ("Recallings", None),
        ("The General Assembly,", None),
    ],
)
def test_phrase_matching_takes_the_longest_known_form(text: str, phrase: str | None) -> None:
    assert EN.match_phrase(text) == phrase


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Calls upon Member States", "Calls upon"),
        ("Takes note of the value", "Takes note"),
        ("Also reaffirms its commitment to", "Also reaffirms its commitment"),
        ("Invites all Member States", "Invites"),
        ("Decided to", None),
    ],
)
def test_verb_matching(text: str, verb: str | None) -> None:
    assert EN.match_verb(text) == verb


def test_every_listed_form_matches_itself() -> None:
    for phrase in EN.preamble_phrases:
        assert EN.match_phrase(phrase + " the") == phrase
    for verb in EN.operative_verbs:
        assert EN.match_verb(verb + " the") == verb


@pytest.mark.parametrize(
    "line, word",
    [
        ("Part I", "Part"),
        ("Section 29B", "Section"),
        ("Income section 2", "Income section"),
        ("Section 2 of the report", None),  # a line of running text, not a number alone
        ("Part", None),
        ("Income section 3 total", None),
    ],
)
def test_worded_heading_numbers_are_whole_lines(line, word):
    found = EN.section_label.match(line)
    assert (found.group("word") if found else None) == word


def test_a_language_without_worded_heading_numbers_matches_none():
    assert lexicon("fr").section_words == ()
    assert lexicon("fr").section_label.match("Part I") is None
