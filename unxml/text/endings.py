"""How a line ends: with which punctuation mark, after any closing quotes and brackets.

Segmenting asks this of every line. A regular expression anchored at the end
(``[.;][”’)]*$``) is tried by ``re.search`` at every position of the line; reading the end
of the line directly costs the same for a line of any length.
"""

from __future__ import annotations


class Ending:
    """Line ends with one of ``marks``, followed by nothing but ``closers``."""

    def __init__(self, marks: str, closers: str) -> None:
        self.marks = frozenset(marks)
        self.closers = closers

    def __call__(self, text: str) -> bool:
        """Whether ``text`` ends so (a final line break aside, as with a regex's ``$``)."""
        if text.endswith("\n"):
            text = text[:-1]
        return text.rstrip(self.closers)[-1:] in self.marks
