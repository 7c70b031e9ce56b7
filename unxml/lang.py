"""The six official languages of the United Nations and what the XML needs to know of each.

Everything here is a fact about a language's typography or its codes, not about resolutions:
the per-language vocabulary of resolutions (phrases, verbs, month names) lives in
``unxml/lexicons``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

LanguageCode = Literal["ar", "zh", "en", "fr", "ru", "es"]

# The Han ideographs (CJK Unified Ideographs, Extension A, Compatibility Ideographs), as the
# inside of a regex character class: Chinese prints no spaces between them.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Han ideographs, CJK punctuation and full-width forms (、。《》「」，): a line of Chinese may
# break next to any of them.
CJK = f"\u3000-\u303f{HAN}\uff00-\uffef"

# Punctuation that attaches to the word before it, in the six languages' scripts.
_CLOSING_PUNCTUATION = frozenset(",;:.)]»،؛，；：。、）")


@dataclass(frozen=True)
class Language:
    """Codes and typography of one official language."""

    code: LanguageCode  # ISO 639-1, what users type (``--lang fr``)
    iso639_2: str  # ISO 639-2/T, what AKN IRIs and FRBRlanguage carry
    name: str
    right_to_left: bool
    # How the UN sets the opening phrase of a paragraph: class of the <span> around it.
    phrase_style: str
    # What separates the opening phrase from the rest of the paragraph in print.
    phrase_separator: str

    def separator_before(self, following: str) -> str:
        """The separator after an opening phrase, given the text that follows it.

        Punctuation follows the phrase directly ("*Recalling*, in this connection, …"), as
        printed; a space there would be a word the print does not have.
        """
        if following[:1] in _CLOSING_PUNCTUATION:
            return ""
        return self.phrase_separator


LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language("ar", "ara", "Arabic", True, "bold italic", " "),
        Language("zh", "zho", "Chinese", False, "bold", ""),
        Language("en", "eng", "English", False, "italic", " "),
        Language("fr", "fra", "French", False, "italic", " "),
        Language("ru", "rus", "Russian", False, "italic", " "),
        Language("es", "spa", "Spanish", False, "italic", " "),
    )
}

BY_ISO639_2: dict[str, Language] = {lang.iso639_2: lang for lang in LANGUAGES.values()}


def language(code: str) -> Language:
    """The language for an ISO 639-1 or 639-2 code; ``KeyError`` names the known codes."""
    found = LANGUAGES.get(code) or BY_ISO639_2.get(code)
    if found is None:
        known = ", ".join(sorted(LANGUAGES))
        raise KeyError(f"unknown language {code!r}; expected one of {known}")
    return found
