"""unxml: United Nations General Assembly resolutions as Akoma Ntoso (AKN4UN) XML.

The public facade:

- :func:`convert` – resolution text (as extracted from the UN's PDFs) to a :class:`Resolution`;
- :func:`to_xml` – a :class:`Resolution` to AKN4UN XML bytes;
- :func:`from_xml` – AKN4UN XML (unxml's own or the UN's published files) to a :class:`Resolution`;
- :func:`validate` – check XML against the OASIS schema, the unxml profile and semantic rules;
- :mod:`render` – ``render.to_text(resolution)``: the resolution as the UN prints it.

Heavy modules are imported on first use, so ``import unxml`` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from unxml.errors import ConversionError, ConversionWarning, UnxmlError, XmlInputError

if TYPE_CHECKING:
    from pathlib import Path

    from unxml.model import Resolution
    from unxml.validate.report import Report

__version__ = "0.1.0"

__all__ = [
    "ConversionError",
    "ConversionWarning",
    "Resolution",
    "UnxmlError",
    "XmlInputError",
    "__version__",
    "convert",
    "from_xml",
    "render",
    "to_xml",
    "validate",
]


def convert(text: str, lang: str | None = None) -> Resolution:
    """Recognise a resolution in PDF-extracted text; ``lang`` is detected when not given.

    Unknown opening phrases and verbs are reported as :class:`ConversionWarning`; text that
    is not a resolution raises :class:`ConversionError`.
    """
    from unxml.text.pipeline import convert as _convert

    return _convert(text, lang)


def to_xml(resolution: Resolution, *, markup_date: Any = None) -> bytes:
    """Write a resolution as AKN4UN XML (UTF-8 bytes); deterministic for a given model."""
    from unxml.akn.writer import to_xml as _to_xml

    return _to_xml(resolution, markup_date=markup_date)


def from_xml(source: bytes | str | Path) -> Resolution:
    """Read AKN4UN XML (bytes, or a path) safely into a :class:`Resolution`."""
    from unxml.akn.reader import from_xml as _from_xml

    return _from_xml(source)


def validate(source: bytes | str | Path, **options: Any) -> Report:
    """Validate one XML document (bytes, or a path) and return its :class:`Report`."""
    from unxml.validate import validate as _validate

    return _validate(source, **options)


def __getattr__(name: str) -> Any:
    # ``Resolution`` imports pydantic (0.3 s), which ``unxml validate`` never needs.
    if name == "Resolution":
        from unxml.model import Resolution

        return Resolution
    # ``unxml.render`` is a module (``unxml.render.to_text``), loaded on first use.
    if name == "render":
        import importlib

        return importlib.import_module("unxml.render")
    raise AttributeError(f"module 'unxml' has no attribute {name!r}")
