"""single_spaced(): white space between two words of a line becomes one plain space."""

from hypothesis import given, settings
from hypothesis import strategies as st

from unxml.text.whitespace import single_spaced


def test_a_run_between_words_is_one_space_and_indentation_stays():
    text = "  Official\tRecords  of\u00a0the\vGeneral \t Assembly \n\tSee\f2 \r\nx\ry"
    assert single_spaced(text) == "  Official Records of the General Assembly \n\tSee\f2 \r\nx\ry"


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from("ab \t\u00a0\u3000\v\n\r\f"), max_size=40))
def test_only_white_space_inside_a_line_changes(text: str):
    """No word, line break or form feed is lost or added, and no loose space is left."""
    spaced = single_spaced(text)
    assert spaced.split() == text.split()
    assert [spaced.count(c) for c in "\n\r\f"] == [text.count(c) for c in "\n\r\f"]
    for line in spaced.replace("\r", "\n").replace("\f", "\n").split("\n"):
        inside = line.strip()
        assert " ".join(inside.split()) == inside
