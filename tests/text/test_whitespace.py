"""single_spaced(): white space between two words of a line becomes one plain space."""

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from unxml.text.whitespace import _LOOSE_CHARACTER, _LOOSE_SPACE, single_spaced

# White space between two printed characters of one line.
_INNER_RUN = re.compile(r"(?<=\S)[^\S\n\r\f]+(?=\S)")


def test_a_run_between_words_is_one_space_and_indentation_stays():
    text = "  Official\tRecords  of\u2003the\vGeneral \t Assembly \n\tSee\f2 \r\nx\ry"
    assert single_spaced(text) == "  Official Records of the General Assembly \n\tSee\f2 \r\nx\ry"


def test_no_break_spaces_are_typography_and_stay():
    text = "«\u00a0texte\u00a0»\t10\u202f000"
    assert single_spaced(text) == "«\u00a0texte\u00a0» 10\u202f000"


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from("ab \t\u00a0\u3000\v\n\r\f"), max_size=40))
def test_only_white_space_inside_a_line_changes(text: str):
    """No word, line break, form feed or no-break space is lost or added, and every run of
    white space between two words is one space, unless it holds a no-break space."""
    spaced = single_spaced(text)
    assert spaced.split() == text.split()
    assert [spaced.count(c) for c in "\n\r\f\u00a0"] == [text.count(c) for c in "\n\r\f\u00a0"]
    for run in _INNER_RUN.findall(spaced):
        assert run == " " or "\u00a0" in run


def test_the_listed_loose_characters_are_the_white_space_the_pattern_makes_a_space():
    """The quick test for loose space lists exactly the white space ``_LOOSE_SPACE`` takes
    alone between two words; plain spaces count only two or more together."""
    characters = [chr(code) for code in range(sys.maxunicode + 1)]
    taken = {c for c in characters if _LOOSE_SPACE.search(f"a{c}b")}
    listed = {c for c in characters if _LOOSE_CHARACTER.fullmatch(c)}
    assert listed == taken  # a single plain space between words is already what it should be
    assert _LOOSE_SPACE.search("a  b")
