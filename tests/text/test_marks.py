"""The inline sentinel for footnote citations."""

import pytest

from unxml.text.marks import NOTE_CLOSE, NOTE_MARK, NOTE_OPEN, note_mark, strip_marks


def test_note_mark_wraps_the_marker_in_private_use_characters():
    assert note_mark("3") == "\ue0003\ue001"
    assert note_mark("12") == NOTE_OPEN + "12" + NOTE_CLOSE


def test_marks_found_and_stripped():
    text = f"the Outcome,{note_mark('1')} sports and the Agenda{note_mark('12')} of"
    assert NOTE_MARK.findall(text) == ["1", "12"]
    assert strip_marks(text) == "the Outcome, sports and the Agenda of"


@pytest.mark.parametrize("bad", ["", NOTE_OPEN, f"1{NOTE_CLOSE}"])
def test_not_a_marker(bad):
    with pytest.raises(ValueError, match="not a footnote marker"):
        note_mark(bad)
