"""Reading how a line ends gives what the end-anchored regular expression gives."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from unxml.text.endings import Ending

MARKS, CLOSERS = ",;:.。！", "”’\"')]」"
# Lines made of the characters that matter, and others.
_LINES = st.text(st.sampled_from([*MARKS, *CLOSERS, "a", " ", "\n", "\u3000", "x"]), max_size=12)


@settings(max_examples=300, deadline=None)
@given(line=_LINES)
def test_ending_is_the_anchored_search(line):
    pattern = re.compile(f"[{re.escape(MARKS)}][{re.escape(CLOSERS)}]*$")
    assert Ending(MARKS, CLOSERS)(line) == (pattern.search(line) is not None)


def test_examples():
    ends = Ending(".;", "”)")
    assert ends("Recalling its resolution 55/63;")
    assert ends("the “Millennium Declaration.”)")
    assert not ends("the Assembly,")
    assert not ends("")
    assert not ends("Decides;  ")
