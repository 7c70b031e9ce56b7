"""Right-to-left text stays in logical order; implicit direction marks go."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from unxml.text.bidi import drop_direction_marks


def test_marks_before_an_arabic_verb_are_dropped():
    assert drop_direction_marks("21 - \u200f\u200f\u200fتحيط علما مع التقدير") == "21 - تحيط علما مع التقدير"


def test_embeddings_and_isolates_are_left_alone():
    text = "\u2067العربية\u2069 and \u202bنص\u202c"
    assert drop_direction_marks(text) == text


@settings(max_examples=100, deadline=None)
@given(st.text(st.characters(codec="utf-8")))
def test_only_the_marks_are_removed_and_order_is_kept(text):
    kept = drop_direction_marks(text)
    assert kept == "".join(ch for ch in text if ch not in "\u200e\u200f\u061c")
