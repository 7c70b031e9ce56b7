"""join_wrapped: the lines of one paragraph back into running text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from unxml.text.lines import join_wrapped


def test_lines_joined_with_single_spaces():
    assert join_wrapped(
        ["Recalling its resolution 76/13 of 2 December 2021, in which", "  it decided to  "]
    ) == ("Recalling its resolution 76/13 of 2 December 2021, in which it decided to")


def test_compound_hyphen_at_a_line_end_stays_without_a_space():
    assert join_wrapped(["options for self-", "determination"]) == "options for self-determination"


def test_suspended_hyphen_keeps_its_space():
    assert (
        join_wrapped(["women-led micro-", "and small enterprises"])
        == "women-led micro- and small enterprises"
    )


def test_soft_hyphen_is_a_break_inside_a_word():
    assert join_wrapped(["imple\u00ad", "mentation"]) == "implementation"


def test_dash_and_blank_lines():
    assert join_wrapped(["in its three dimensions –", "", "economic, social"]) == (
        "in its three dimensions – economic, social"
    )
    assert join_wrapped([]) == ""


_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyz,.;“”", min_size=1, max_size=8)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(_word, min_size=1, max_size=6), min_size=1, max_size=6))
def test_joining_keeps_every_word_in_order(lines):
    assert join_wrapped([" ".join(line) for line in lines]).split() == [w for line in lines for w in line]


def test_compound_hyphen_before_a_digit_stays_without_a_space():
    """Bug 67: a compound broken after its hyphen before a digit ("COVID-" + "19") or after a
    digit ("COVID-19-" + "related") was joined with a space."""
    assert join_wrapped(["effects of the COVID-", "19 pandemic"]) == "effects of the COVID-19 pandemic"
    assert join_wrapped(["the post-", "2015 agenda"]) == "the post-2015 agenda"
    assert join_wrapped(["COVID-19-", "related measures"]) == "COVID-19-related measures"
