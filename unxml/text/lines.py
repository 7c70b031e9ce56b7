"""Joining the hard-wrapped lines of one paragraph back into running text."""

from __future__ import annotations

import re
from collections.abc import Sequence

# UN documents do not hyphenate words at line ends: a hyphen printed at a line end belongs
# to a compound ("people-" + "centred", "self-" + "determination") and stays, without a space.
# Only a soft hyphen (U+00AD), which text extractors emit where a typesetter broke a word, is
# a break artifact and is dropped.
_SOFT_HYPHEN_END = re.compile("\u00ad$")
_COMPOUND_HYPHEN_END = re.compile(r"(?<=[^\W\d_])[-\u2010\u2011]$")
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
        elif _SOFT_HYPHEN_END.search(out):
            out = out[:-1] + line
        elif _COMPOUND_HYPHEN_END.search(out) and _STARTS_WORD.match(line) and not _SUSPENDED.match(line):
            out += line
        else:
            out += " " + line
    return out
