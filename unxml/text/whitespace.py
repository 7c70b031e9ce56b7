"""White space inside a line, made one plain space before any stage reads the text.

Extractors and editors put a tab, several spaces, an em space or a vertical tab where the
print has one space between two words. Every stage looks for single spaces: the end
block's "1 text" footnotes, word repair ("internation al"), the lexicon's emphasis patterns
("Official Records of the General Assembly"), so the text is made single-spaced once, at the
pipeline's entrance.
"""

from __future__ import annotations

import re

# White space that is not a line or page break ("\n", "\r", and the form feed that separates
# pages), in a run between two printed characters that is not already one plain space. A
# line's indentation is left alone: it tells an extractor's paragraph starts (the Chinese seed).
# No-break spaces (U+00A0, figure and narrow ones) are typography the model keeps (French
# "« texte »", "10 000"), not loose space.
_LOOSE_SPACE = re.compile(r"(?<=\S)(?! \S)[^\S\n\r\f\u00a0\u2007\u202f]++(?=\S)")
# Such a run holds two plain spaces or one of these: the white space other than the plain
# space and the kept breaks and no-break spaces, listed (a class of listed characters is
# scanned for several times faster than a negated one; a test holds the two equal). Most texts
# hold neither, and are returned as they are after two scans, where the pattern above, with
# its look-behind tried at every character, costs about 30 µs a kilobyte.
_LOOSE_CHARACTER = re.compile("[\t\x0b\x1c-\x1f\x85\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]")


def single_spaced(text: str) -> str:
    """``text`` with each run of white space between two words of a line as one space.

    No character other than white space is touched, and no line is joined or split, so the
    line numbers of errors and removals still point into the input.
    """
    if "  " not in text and _LOOSE_CHARACTER.search(text) is None:
        return text
    return _LOOSE_SPACE.sub(" ", text)
