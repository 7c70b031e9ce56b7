"""Characters XML cannot hold, refused where they stand in the input.

XML 1.0 cannot carry a control character other than tab and line breaks, a surrogate or the
noncharacters U+FFFE and U+FFFF, even escaped. The model refuses them too, but only once a
resolution was read, with no place in the input to point at; this check runs first.
"""

from __future__ import annotations

import re

from unxml.errors import ConversionError

# The characters XML cannot carry, less the white space the pipeline turns into layout: the
# form feed separates pages, and a vertical tab or an information separator (U+001C–U+001F)
# between words becomes a space (see :mod:`unxml.text.whitespace`); at a line's ends the
# cleaning stage strips them.
_UNWRITABLE = re.compile("[\x00-\x08\x0e-\x1b\ud800-\udfff\ufffe\uffff]")
# A NUL in the input is most often the sign of a file in UTF-16 (every other byte of ASCII
# text is a NUL) or of a binary file.
_NUL_HINT = "a file in UTF-16 or a binary file has NUL bytes: save the text as UTF-8"
_HINT = "delete the character, or replace it with the one the printed text shows"


def check_characters(text: str, source: str | None = None) -> None:
    """Raise :class:`ConversionError` at the first character of ``text`` XML cannot hold.

    The line and column are counted as the cleaning stage counts lines (a carriage return
    alone or before a line feed ends a line), so errors and warnings point at one place.
    """
    # Most texts hold none: one scan, and no line counting unless one is found.
    bad = _UNWRITABLE.search(text)
    if bad is None:
        return
    before = text[: bad.start()].replace("\r\n", "\n").replace("\r", "\n")
    line = before.count("\n") + 1
    column = len(before) - before.rfind("\n")
    character = bad.group()
    raise ConversionError(
        f"U+{ord(character):04X}, {_kind(character)}, cannot be written in XML",
        source=source,
        line=line,
        column=column,
        hint=_NUL_HINT if character == "\x00" else _HINT,
    )


def _kind(character: str) -> str:
    if "\ud800" <= character <= "\udfff":
        return "half of a surrogate pair (text decoded wrongly)"
    if character in "\ufffe\uffff":
        return "a noncharacter"
    return "a control character"
