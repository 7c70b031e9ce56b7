"""Which of the six official languages a resolution's text is in (used when ``lang=None``).

Two kinds of evidence, both facts about the languages rather than about any one document:

- the script: Arabic, Chinese and Russian are the only official languages written in the
  Arabic, Han and Cyrillic scripts. Their mastheads print English lines ("Distr.: General",
  the issuance date), so a script wins on its share of the letters, not on being present;
- for the three Latin-script languages, the enacting formula where it is printed (as their
  lexicons give it), else the letters each language uses and the others do not (é è à ç in
  French, ñ á í ó in Spanish).

A caller who knows the language passes it (``--lang``) and detection is never run.
"""

from __future__ import annotations

import re
import unicodedata

from unxml.errors import ConversionError
from unxml.lang import HAN, LanguageCode
from unxml.lexicons import lexicon

# Unicode blocks of the non-Latin scripts (base blocks, supplements and presentation forms).
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_HAN = re.compile(f"[{HAN}]")
_CYRILLIC = re.compile("[\u0400-\u052f]")
# Han characters are words or syllables, not letters: one counts for about as much running
# text as three Latin letters.
_HAN_WEIGHT = 3
# A script that holds this share of the (weighted) letters is the document's.
_SCRIPT_SHARE = 0.3

# The Latin-script languages, told apart by their enacting formula (from their lexicons).
_LATIN_LANGUAGES: tuple[LanguageCode, ...] = ("en", "fr", "es")
# Letters of one Latin-script language that the other two do not use in their own words.
_FRENCH_LETTERS = re.compile("[èêàçœùûîâëïÈÊÀÇ]")
_SPANISH_LETTERS = re.compile("[ñáíóúÑÁÍÓÚ¿¡]")
# Share of the letters above which such letters are the language's, not a borrowed name
# ("Côte d'Ivoire" in an English text).
_LETTER_SHARE = 0.003


def detect_language(text: str, source: str | None = None) -> LanguageCode:
    """The language of ``text``; :class:`ConversionError` if it has no letters to go by.

    ``source`` names the input in the error.
    """
    text = unicodedata.normalize("NFC", text)
    latin = sum(1 for ch in text if (ch.isalpha() and ch.isascii()) or "\u00c0" <= ch <= "\u024f")
    scripts: dict[LanguageCode, int] = {
        "ar": len(_ARABIC.findall(text)),
        "zh": len(_HAN.findall(text)) * _HAN_WEIGHT,
        "ru": len(_CYRILLIC.findall(text)),
    }
    total = latin + sum(scripts.values())
    if total == 0:
        raise ConversionError(
            "cannot tell the language of a text without letters",
            source=source,
            hint="give the language explicitly (--lang ar|zh|en|fr|ru|es)",
        )
    lang, count = max(scripts.items(), key=lambda item: item[1])
    if count >= _SCRIPT_SHARE * total:
        return lang
    # The enacting formula opens the preamble on a line of its own.
    lines = [line for line in text.splitlines() if len(line.strip()) < 40]
    for lang in _LATIN_LANGUAGES:
        if any(lexicon(lang).is_formula(line) for line in lines):
            return lang
    french = len(_FRENCH_LETTERS.findall(text))
    spanish = len(_SPANISH_LETTERS.findall(text))
    if max(french, spanish) >= _LETTER_SHARE * latin:
        return "fr" if french > spanish else "es"
    return "en"
