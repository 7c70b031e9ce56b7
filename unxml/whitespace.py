"""Text with its whitespace as single spaces, as the converter compares printed lines."""

from __future__ import annotations


def single_spaced(text: str) -> str:
    """``" ".join(text.split())``: runs of whitespace as one space, none at either end.

    Most lines the converter sees are so already, and are asked again at every stage:
    a line of printable characters (no whitespace but the ASCII space is printable) with no
    double space and no space at either end is returned as it is, without splitting it.
    """
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())
