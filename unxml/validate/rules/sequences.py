"""Label sequences as the six languages print them: 1, 2, 3; a, b, c; i, ii, iii; أ, ب, ج; а, б, в.

A printed label ("(a)", "b)", "1.", "1 -", "(أ)") is reduced to its core ("a", "b", "1", "أ");
:func:`scheme_of` finds which sequence a first label starts, :func:`successor` gives the label
that should follow another in that sequence.
"""

from __future__ import annotations

import re
from functools import lru_cache

# The Arabic abjad order, used for lettered sub-paragraphs in the UN's Arabic texts.
ARABIC_LETTERS = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"
# Russian lettered lists skip й, ъ, ы, ь (letters that cannot open a word or look like others).
CYRILLIC_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"
LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyz"

# Possessive edges and a core that must end on a non-decoration: linear on long labels.
_DECORATION = re.compile(r"^[\s(（\[]*+(?P<core>(?:.*[^\s)）\].\-–])?)[\s)）\].\-–]*+$", re.DOTALL)
_ROMAN = re.compile(r"^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


@lru_cache(maxsize=4096)
def core(label: str) -> str:
    """The label without parentheses, dots, dashes or spaces: "(a)" → "a", "1 -" → "1".
    Cached: the same labels recur in every file ("1.", "(a)")."""
    match = _DECORATION.match(label.replace("ـ", ""))  # drop Arabic tatweel ("هـ" is "ه")
    return match.group("core").strip() if match else label.strip()


def _roman_value(text: str) -> int:
    total, previous = 0, 0
    for char in reversed(text):
        value = _ROMAN_VALUES[char]
        total += -value if value < previous else value
        previous = max(previous, value)
    return total


def _roman(number: int) -> str:
    out = []
    for value, digits in (
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ):
        while number >= value:
            out.append(digits)
            number -= value
    return "".join(out)


def _letter_successor(letter: str, alphabet: str) -> str | None:
    """The next letter; after the last, the doubled first ("z" → "aa" → "bb"), as the UN prints."""
    base = letter[0]
    if letter != base * len(letter) or base not in alphabet:
        return None
    position = alphabet.index(base)
    if position + 1 < len(alphabet):
        return alphabet[position + 1] * len(letter)
    return alphabet[0] * (len(letter) + 1)


SCHEMES = ("digits", "latin", "roman", "arabic", "cyrillic")


def scheme_of(first: str) -> str | None:
    """The sequence a list's first label starts, None if it starts none."""
    value = first.lower()
    if value == "1":
        return "digits"
    if value == "a":
        return "latin"
    if value == "i":
        return "roman"
    if value == ARABIC_LETTERS[0] or value == "ا":
        return "arabic"
    if value == CYRILLIC_LETTERS[0]:
        return "cyrillic"
    return None


def successor(label: str, scheme: str) -> str | None:
    """The label that follows ``label`` (a core, lower case except digits) in ``scheme``."""
    value = label.lower()
    if scheme == "digits":
        return str(int(value) + 1) if value.isdigit() else None
    if scheme == "roman":
        return _roman(_roman_value(value) + 1) if _ROMAN.match(value) else None
    alphabet = {"latin": LATIN_LETTERS, "arabic": ARABIC_LETTERS, "cyrillic": CYRILLIC_LETTERS}[scheme]
    if value == "ا":  # a plain alif is sometimes typed for the hamza form
        value = ARABIC_LETTERS[0]
    return _letter_successor(value, alphabet)


def belongs(label: str, scheme: str) -> bool:
    """Whether a core label is a member of ``scheme`` (so that it has a successor there)."""
    return successor(label, scheme) is not None


def rescheme(label: str, current: str) -> str:
    """The scheme to go on in after an unexpected label: the current one if it holds the label,
    else the first that does ("b" after a Cyrillic "а" goes on in Latin letters)."""
    if belongs(label, current):
        return current
    return next((s for s in SCHEMES if belongs(label, s)), current)


def same_label(printed: str, expected: str) -> bool:
    """Whether a printed core is the expected label (case-insensitively; alif forms alike)."""
    value = printed.lower()
    if value == "ا":
        value = ARABIC_LETTERS[0]
    return value == expected
