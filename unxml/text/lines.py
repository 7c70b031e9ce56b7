"""Joining the hard-wrapped lines of one paragraph back into running text."""

from __future__ import annotations

import re
from collections.abc import Sequence

# UN documents do not hyphenate words at line ends: a hyphen printed at a line end belongs
# to a compound ("people-" + "centred", "self-" + "determination") and stays, without a space.
# Only a soft hyphen (U+00AD), which text extractors emit where a typesetter broke a word, is
# a break artifact and is dropped.
_SOFT_HYPHEN = "\u00ad"
_COMPOUND_HYPHENS = "-\u2010\u2011"
_STARTS_WORD = re.compile(r"^[^\W\d_]")
# A suspended hyphen ("micro- and small-sized"): the next line starts with a conjunction, so
# the hyphen ends a word and the space stays.
_SUSPENDED = re.compile(r"^(?:and|or|to|nor)\b")


def join_wrapped(lines: Sequence[str]) -> str:
    """Join the hard-wrapped lines of one paragraph into one line of running text.

    Line breaks become single spaces, except after a soft hyphen (dropped: a break inside a
    word) and after a compound's hyphen followed by the rest of the word ("people-" +
    "centred" gives "people-centred"). Blank lines and surrounding spaces are ignored.
    """
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not out:
            out = line
        # Only the last characters of the growing text are looked at: a search over all of it
        # for each line would make joining a long paragraph quadratic.
        elif out[-1] == _SOFT_HYPHEN:
            out = out[:-1] + line
        elif _ends_compound_hyphen(out) and _STARTS_WORD.match(line) and not _SUSPENDED.match(line):
            out += line
        else:
            out += " " + line
    return out


def _ends_compound_hyphen(text: str) -> bool:
    """Whether ``text`` ends in a hyphen right after a letter ("people-")."""
    return len(text) >= 2 and text[-1] in _COMPOUND_HYPHENS and _STARTS_WORD.match(text[-2]) is not None
