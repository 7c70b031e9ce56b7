"""Repairing words that pdftotext cut or glued, from the document's own vocabulary."""

from unxml.lexicons import lexicon
from unxml.text.spacing import Vocabulary, rejoin_merged_break, repair, repair_line


def fixed(line: str, *context: str) -> str:
    return repair_line(line, Vocabulary([line, *context]))[0]


def test_split_word_joined_when_the_whole_word_is_printed_elsewhere():
    assert fixed("the effective imp lementation of the", "its implementation") == (
        "the effective implementation of the"
    )
    assert fixed("a nd the", "and") == "and the"
    assert fixed("th e Assembly", "the") == "the Assembly"


def test_split_word_recurring_in_the_document_is_still_joined():
    # "a nd" twice: "nd" is only ever printed next to "a".
    assert repair(["harassment, a nd concerned", "intimidation a nd harassment", "and"])[0][:2] == [
        "harassment, and concerned",
        "intimidation and harassment",
    ]


def test_two_real_words_are_not_joined():
    # "in" and "to" are both words of the document; "into" being printed proves nothing.
    assert fixed("to put in to practice", "went into it", "stay in it", "go to it") == "to put in to practice"
    assert fixed("the United Nations", "UnitedNations") == "the United Nations"


def test_split_joined_from_another_form_of_the_word():
    assert fixed("the observ ers to the", "observer") == "the observers to the"


def test_nothing_joined_without_evidence():
    assert fixed("the legendary oracle of Delphi") == "the legendary oracle of Delphi"
    assert fixed("the accelerat ion of") == "the accelerat ion of"


def test_stray_letter_goes_with_the_broken_word():
    assert fixed("a s mooth transition", "smooth", "a") == "a smooth transition"
    assert fixed("the Commissio n on", "Commission", "on") == "the Commission on"


def test_year_cut_in_two():
    assert fixed("the Dakar 20 26 Youth Olympic Games", "in 2026") == "the Dakar 2026 Youth Olympic Games"
    assert fixed("paragraphs 20 26 and", "in 2027") == "paragraphs 20 26 and"


def test_lost_hyphen_restored_when_the_document_prints_the_compound():
    assert fixed("peoples to achieve selfdetermination,", "self-determination") == (
        "peoples to achieve self-determination,"
    )
    assert fixed("Non-SelfGoverning Territories", "Non-Self-Governing") == "Non-Self-Governing Territories"


def test_glued_form_that_is_the_usual_spelling_stays():
    line = "international cooperation and cooperation"
    assert fixed(line, "Organisation for Economic Co-operation and Development") == line


def test_addresses_are_left_as_printed():
    assert (
        fixed("see www.un.org/selfdetermination", "self-determination") == "see www.un.org/selfdetermination"
    )


def test_merged_line_gets_its_compound_hyphen_back_at_the_break():
    lines = ["a" * 85] * 30 + [
        "the Office of the Secretary-General and the Secretary-General",
        "allegations referred to in paragraphs 18 and 19 above, and requests the Secretary General to report",
    ]
    vocabulary = Vocabulary(lines)
    line, repairs = rejoin_merged_break(lines[-1], vocabulary)
    assert line.endswith("and requests the Secretary-General to report")
    assert repairs[0].reason == "hyphen restored"
    normal = "the Secretary General of the conference, who is not hyphenated in this short line"
    assert rejoin_merged_break(normal, vocabulary) == (normal, [])


def test_repairs_are_reported_with_their_line():
    lines, repairs = repair(["x", "th e end", "the"])
    assert lines[1] == "the end"
    assert [(r.index, r.before, r.after, r.reason) for r in repairs] == [
        (1, "th e", "the", "split word joined")
    ]


def test_a_split_is_no_evidence_for_itself():
    # "foisses" would be "fois" with a doubled consonant and "es" only because "fois" is
    # printed in the pair being judged (a French title "Fois ses", property 2).
    assert fixed("Fois ses") == "Fois ses"


def test_elided_french_words_are_never_joined():
    # A/RES/78/208 in French: "que l’importance" became "quel’importance" ("quel" is printed).
    assert fixed("ainsi que l’importance de", "quel est", "quel") == "ainsi que l’importance de"
    assert fixed("de s'engager", "des pays") == "de s'engager"


def test_one_letter_words_of_the_language_stay_words():
    # A/RES/78/284 in Russian ("наркотикам и" beside "наркотиками"), 78/119 in Spanish ("y a").
    russian = lexicon("ru").one_letter_words
    assert repair_line("по наркотикам и веществам", Vocabulary(["наркотиками", "и"], russian))[0] == (
        "по наркотикам и веществам"
    )
    assert repair(["y a la", "ya", "y", "a"], lexicon("es").one_letter_words)[0][0] == "y a la"
    assert fixed("man y countries", "many", "y") == "many countries"  # English: no such words


def test_a_word_cut_before_its_possessive_is_joined_again() -> None:
    # A/RES/78/71: "Scientific Com mittee’s global survey" (the elision rule is French only)
    lines = ["the Scientific Committee met", "the Scientific Com mittee’s global survey"]
    fixed, _ = repair(lines)
    assert fixed[1] == "the Scientific Committee’s global survey"
