"""The errors unxml raises: each says what went wrong, where, and how to fix it.

Every failure that bad *input* can cause is an :class:`UnxmlError`; anything else escaping
the library is a bug in unxml.
"""

from __future__ import annotations


class UnxmlError(Exception):
    """Bad input, reported with its location and a hint.

    ``source`` is a file name (or ``"<string>"``), ``line``/``column`` are 1-based where known.
    """

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        self.line = line
        self.column = column
        self.hint = hint

    @property
    def location(self) -> str:
        """``file:line:column`` with whatever parts are known."""
        parts = [self.source or "<input>"]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def __str__(self) -> str:
        text = f"{self.location}: {self.message}"
        if self.hint:
            text += f" (hint: {self.hint})"
        return text


class ConversionError(UnxmlError):
    """Text that cannot be read as a resolution (no number, no paragraphs, unreadable date...)."""


class XmlInputError(UnxmlError):
    """XML that is unsafe, not well-formed, or not a resolution unxml can read."""


class ModelError(UnxmlError):
    """Parts that were found but do not make a valid resolution model."""


class ConversionWarning(UserWarning):
    """Something the converter found but could not recognise (an unknown opening phrase or verb).

    The text is kept; the warning says where it is so a person can check it.
    """
