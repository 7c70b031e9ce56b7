"""The inline sentinel that stands for a footnote citation inside cleaned body text.

The cleaning stage finds where a footnote is cited and replaces the printed superscript with
``NOTE_OPEN + marker + NOTE_CLOSE``. The two characters come from the Unicode Private Use
Area, so they can never occur in a real resolution and survive any line handling unchanged.
"""

from __future__ import annotations

import re

NOTE_OPEN, NOTE_CLOSE = "\ue000", "\ue001"

NOTE_MARK = re.compile(f"{NOTE_OPEN}([^{NOTE_CLOSE}]+){NOTE_CLOSE}")
"""Finds note marks; group 1 is the marker."""


def note_mark(marker: str) -> str:
    """The sentinel for a citation of footnote ``marker`` ("3" → "\\ue0003\\ue001")."""
    if not marker or NOTE_OPEN in marker or NOTE_CLOSE in marker:
        raise ValueError(f"not a footnote marker: {marker!r}")
    return f"{NOTE_OPEN}{marker}{NOTE_CLOSE}"


def strip_marks(text: str) -> str:
    """The text with every note mark removed."""
    return NOTE_MARK.sub("", text) if NOTE_OPEN in text else text  # most lines have none
