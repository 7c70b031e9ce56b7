"""Right-to-left text: kept in logical order, without the invisible direction marks.

Text extracted from Arabic documents is in logical order (the order it is read and typed),
which is the order the XML keeps: unxml never reorders characters and adds no bidirectional
controls; a viewer lays the text out right to left. Word processors sprinkle implicit
direction marks through such text (U+200F RIGHT-TO-LEFT MARK before a bold phrase, U+200E,
U+061C): they say how to lay text out, not what it says, and would otherwise cling to the
opening phrase or verb they precede ("‏‏‏تحيط علما"). They are dropped. The explicit
embeddings and isolates (U+202A–U+202E, U+2066–U+2069) are left alone: they come in pairs
that structure the text, and extracted text does not carry them.
"""

from __future__ import annotations

import re

_IMPLICIT_MARKS = re.compile("[\u200e\u200f\u061c]")


def drop_direction_marks(text: str) -> str:
    """``text`` without implicit direction marks (LRM, RLM, ALM); nothing else changes."""
    return _IMPLICIT_MARKS.sub("", text)
