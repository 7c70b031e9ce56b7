"""Text → :class:`~unxml.model.Resolution`: clean the layout noise, recognise, build the model.

Warnings for what was found but not recognised (an unknown opening phrase or verb, a
footnote never cited, a masthead line) are issued as :class:`~unxml.errors.ConversionWarning`
with their location; :func:`convert_with_issues` returns them instead.
"""

from __future__ import annotations

import warnings

from unxml.errors import ConversionError, ConversionWarning
from unxml.lexicons import available, lexicon
from unxml.model import Resolution
from unxml.text.bidi import drop_direction_marks
from unxml.text.characters import check_characters
from unxml.text.chinese import drop_bold_copies, has_extractor_defects, has_seed_layout, normalise_seed
from unxml.text.clean import clean
from unxml.text.detect import detect_language
from unxml.text.printed import lift_endnotes, one_paragraph_per_block
from unxml.text.recognize import Recognised, recognise
from unxml.text.whitespace import single_spaced


def convert_with_issues(text: str, lang: str | None = None, source: str | None = None) -> Recognised:
    """The resolution in ``text`` and the issues found; ``source`` names the input in errors."""
    if not text.strip():
        raise ConversionError("the input is empty", source=source, hint="pass the text of a resolution")
    check_characters(text, source)
    lang = lang or detect_language(text, source)
    if lang not in available():
        raise ConversionError(
            f"no lexicon for language {lang!r}",
            source=source,
            hint=f"use one of {', '.join(available())}",
        )
    text = drop_direction_marks(single_spaced(text))
    if lang == "zh" and has_extractor_defects(text):
        text = normalise_seed(text).text if has_seed_layout(text) else drop_bold_copies(text)
    lex = lexicon(lang)
    cleaned = clean(lift_endnotes(text, lex), lang=lang)
    return recognise(cleaned, lex, source, per_block=one_paragraph_per_block(text))


def convert(text: str, lang: str | None = None) -> Resolution:
    """The resolution in ``text``; each issue found is issued as a :class:`ConversionWarning`."""
    found = convert_with_issues(text, lang)
    for issue in found.issues:
        warnings.warn(str(issue), ConversionWarning, stacklevel=2)
    return found.resolution
