"""Joining the hard-wrapped lines of one paragraph back into running text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from unxml.lang import CJK

# UN documents do not hyphenate words at line ends: a hyphen printed at a line end belongs
# to a compound ("people-" + "centred", "self-" + "determination", "COVID-" + "19",
# "post-" + "2015", "COVID-19-" + "related") and stays, without a space.
# Only a soft hyphen (U+00AD), which text extractors emit where a typesetter broke a word, is
# a break artifact and is dropped.
_SOFT_HYPHEN = "\u00ad"
_COMPOUND_HYPHENS = "-\u2010\u2011"
# A compound's parts are letters or digits on both sides of its hyphen.
_ALPHANUMERIC = re.compile(r"^[^\W_]")
# A suspended hyphen ("micro- and small-sized"): the next line starts with a conjunction, so
# the hyphen ends a word and the space stays.
_SUSPENDED = re.compile(r"^(?:and|or|to|nor)\b")
# Chinese is written without spaces: a line break next to a Han character or to Chinese
# punctuation is no space (between two Latin words it is one, as elsewhere).
_CJK = re.compile(f"[{CJK}]")


def join_wrapped(lines: Sequence[str]) -> str:
    """Join the hard-wrapped lines of one paragraph into one line of running text.

    Line breaks become single spaces, except after a soft hyphen (dropped: a break inside a
    word), after a compound's hyphen followed by the rest of the word ("people-" +
    "centred" gives "people-centred") and next to Chinese ("决" + "议" gives "决议"). Blank
    lines and surrounding spaces are ignored.
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
        elif _joins_without_space(out, line):
            out += line
        else:
            out += " " + line
    return out


def _joins_without_space(text: str, line: str) -> bool:
    """Whether ``line`` goes on ``text`` with no space: next to Chinese, or after a compound's
    hyphen ("people-" + "centred", but "micro-" + "and small")."""
    if _CJK.match(text[-1]) or _CJK.match(line[0]):
        return True
    return _ends_compound_hyphen(text) and bool(_ALPHANUMERIC.match(line)) and not _SUSPENDED.match(line)


def _ends_compound_hyphen(text: str) -> bool:
    """Whether ``text`` ends in a hyphen right after a letter or digit ("people-", "COVID-19-")."""
    return len(text) >= 2 and text[-1] in _COMPOUND_HYPHENS and _ALPHANUMERIC.match(text[-2]) is not None
