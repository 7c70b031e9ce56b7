"""The printed vocabulary of resolutions, one data file per language.

``lexicon(lang)`` loads ``unxml/lexicons/{lang}.toml`` once and answers every question about
the words of a resolution in that language: the enacting formula, the opening phrases of
preambular paragraphs, the operative verbs, and how the masthead and closing lines are
printed ("Fifty-sixth session", "88th plenary meeting", "19 December 2001", ...). Consumers
(the converter, the validator, the renderer, test strategies) use only this API, so a
language is added by adding its TOML file; no code changes.

The TOML keys (see ``en.toml`` for a complete, commented example):

``language``, ``locale``
    The ISO 639-1 code, and the CLDR locale babel uses for month names.
``formula``, ``distribution``
    "The General Assembly," and "Distr.: General" as printed.
``preamble_phrases``, ``operative_verbs``
    Opening words as the UN sets them in italics (bold in Chinese). Matching takes the
    longest listed form at the start of a paragraph, so list longer forms only where the UN
    sets the longer form ("Taking note with appreciation", not "Taking note of").
``lead_ins`` (optional)
    Words the UN prints before an opening phrase or verb, outside its span (Chinese
    "在这方面" in "在这方面**确认**"); only those the UN's own markup shows.
``[dates] pattern``
    A CLDR pattern using ``d``, ``M``/``MM`` (month number), ``MMMM`` (month name) and ``y``;
    other characters are printed as they stand ("y年M月d日").
``[session] pattern``, ``capitalize``
    "{ordinal} session"; ``capitalize`` upper-cases the first letter of the result.
``[ordinals] words``, ``bases``, ``compound``
    Spelled ordinals: ``words[n]`` if listed, else ``compound`` with ``{base}`` = ``bases[b]``
    for the largest base ``b <= n`` and ``{unit}`` = the ordinal of ``n - b``.
``[meeting] pattern``, ``resumed_pattern``, ``suffixes``
    "{n}{suffix} plenary meeting"; the suffix is looked up by ``n % 100``, then ``n % 10``,
    then ``default``.
``[agenda] one``, ``many``, ``separator``, ``last_separator``
    "Agenda item {items}" / "Agenda items {items}" with items joined as "13, 15 and 117".
``[heading] undated``, ``dated``
    "Resolution adopted by the General Assembly" and the form with ``{date}``.
``[origin] committee``, ``plenary``; ``[committees]``
    The bracketed origin line with ``{committee}`` and ``{document}``; committee names by key
    (``first`` ... ``sixth``).
``[references] resolution_words``, ``date_link``, ``other_bodies``, ``assembly``
    How cited resolutions are introduced ("resolutions 53/70 of 4 December 1998 and 54/49"),
    and the words that mark another body's resolution ("Security Council resolution").
``[emphasis] patterns``
    Regular expressions for words the UN always prints in italics (titles of publications:
    "Official Records of the General Assembly, …, Supplement No. 3", "Treaty Series").
``[markers] annex``
    The word that heads an annex.

Optional keys, for what other languages print differently:

``[matching] word_boundary``, ``optional_prefixes``, ``ignore``
    ``word_boundary = false`` where words are not separated by spaces (Chinese: a phrase may
    end anywhere); prefixes that may precede a listed phrase and then belong to it (the
    Arabic conjunction "و": "وإذ تشير" is "إذ تشير"); characters ignored when matching (Arabic
    short vowels and shadda, which the UN writes only now and then). Matching also treats
    compatibility forms as equal (full-width "，" and ","; "’" and "'"), and always returns
    the words *as the text prints them*.
``[matching] one_letter_words``
    Conjunctions and prepositions of one letter (Russian "и", Spanish "y", French "à"), which
    repairing words cut by extraction never joins to a word beside them.
``[dates] day_forms``, ``month_locales``, ``month_separator``, ``month_spellings``, ``masthead_language``
    Printed days other than the number (French "1er"); months printed under the names of
    several CLDR locales joined by a separator (Arabic "كانون الأول/ديسمبر"), with the UN's
    spelling where it differs from CLDR's; the language of the masthead's issuance date
    (English in the Arabic, Chinese and Russian documents).
``[ordinals] compounds``
    A compound pattern for one base instead of ``compound`` (Arabic "... بعد المائة").
``[masthead] original``
    The label of the masthead line naming the language the text was drafted in
    ("Original:" in "Original: English"); the model has no field for that line, so the
    converter reports it.
``[heading] undated_plural``, ``dated_plural``
    The heading of a resolution adopted in parts ("Resolutions adopted by the General
    Assembly [on <date>]").
``[labels] lookalikes``
    Letters of the language's script that typists put for the Latin letters they look like
    in sub-paragraph labels and agenda items (the Cyrillic "а)" for "a)" in Russian), each
    mapped to its Latin letter. The label keeps its printed letter; it counts as the Latin one.
``[origin] by_committee``
    An origin pattern for one committee instead of ``committee`` (the Chinese Fourth
    Committee line adds "通过").
``[labels] section_words``
    Words printed before a heading's number on a line of its own ("Part I", "Section 29B"),
    outermost first; without them only "I", "II." and "A." number headings.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from typing import Any, NamedTuple

from babel.dates import get_month_names

from unxml.lang import LANGUAGES

__all__ = ["Lexicon", "Opening", "available", "lexicon"]

# Highest session number we spell; the model accepts sessions up to 200.
_MAX_SESSION = 200
_DATE_TOKEN = re.compile(r"d{1,2}|M{1,4}|y+|'[^']*'|[^dMy']+")
# What may end the enacting formula: a comma (Latin, Arabic, full-width) and spaces.
_FORMULA_END = ",，،  "
# How many paragraph starts each list of opening words remembers its answer for.
_MEMO_SIZE = 4096
# Characters that print alike and are matched alike, beyond Unicode compatibility forms.
# Dashes a printed label may use for its hyphen.
_DASH = "[-\u2010\u2011\u2013]"
_EQUIVALENT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-"})


def _equivalent(text: str) -> str:
    """``text`` with the characters of ``_EQUIVALENT`` replaced.

    ``str.translate`` with a table costs a lookup per character on any text that is not
    pure ASCII (every resolution's, with its curly quotes), while most texts hold none of
    these four characters: looking for them first is many times faster.
    """
    if "\u2019" in text or "\u2018" in text or "\u2010" in text or "\u2011" in text:
        return text.translate(_EQUIVALENT)
    return text


@functools.cache  # the package's files do not change while it runs; listing them is slow
def available() -> tuple[str, ...]:
    """The languages that have a lexicon file, as ISO 639-1 codes."""
    files = resources.files(__name__).iterdir()
    return tuple(sorted(f.name[:-5] for f in files if f.name.endswith(".toml")))


@functools.cache
def lexicon(lang: str) -> Lexicon:
    """The lexicon of ``lang`` (ISO 639-1), loaded once; ``KeyError`` if there is none."""
    if lang not in LANGUAGES or lang not in available():
        raise KeyError(f"no lexicon for language {lang!r}; available: {', '.join(available())}")
    with resources.files(__name__).joinpath(f"{lang}.toml").open("rb") as handle:
        return Lexicon(tomllib.load(handle))


@dataclass(frozen=True)
class _Folding:
    """How a language's text is compared with its listed forms (see ``[matching]``)."""

    ignore: frozenset[str] = frozenset()
    word_boundary: bool = True
    optional_prefixes: tuple[str, ...] = ()

    def fold(self, text: str) -> tuple[str, list[int] | None]:
        """``text`` as compared, and for each compared character the end of its source in ``text``.

        The ends are None where folding maps one character to one (character ``i`` ends at
        ``i + 1``).
        """
        if unicodedata.is_normalized("NFKC", text) and not (self.ignore and self.ignore.intersection(text)):
            # Already normalised (the common case): one character for one, so the folding is
            # a translation and the per-character normalisation below, which would dominate
            # conversion time, is not needed.
            return _equivalent(text), None
        out: list[str] = []
        ends: list[int] = []
        for i, ch in enumerate(text):
            if ch in self.ignore:
                continue
            folded = unicodedata.normalize("NFKC", ch).translate(_EQUIVALENT)
            out.append(folded)
            ends.extend([i + 1] * len(folded))
        return "".join(out), ends


@dataclass(frozen=True)
class _Prefixes:
    """Known opening forms, folded, indexed by their first ``key_length`` characters (the
    shortest form's length, so that a bucket holds only a few forms), longest first."""

    by_key: dict[str, tuple[tuple[str, int], ...]]  # (form, its length)
    key_length: int
    folding: _Folding
    longest: int
    memo: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, forms: list[str], folding: _Folding) -> _Prefixes:
        index: dict[str, list[tuple[str, int]]] = {}
        folded = {folding.fold(form)[0] for form in forms}
        key_length = min(map(len, folded), default=1)
        for form in sorted(folded, key=len, reverse=True):
            index.setdefault(form[:key_length], []).append((form, len(form)))
        longest = max(map(len, folded), default=0) + max(map(len, folding.optional_prefixes), default=0)
        return cls({k: tuple(v) for k, v in index.items()}, key_length, folding, longest)

    def match(self, text: str) -> str | None:
        # Only the start of a text is looked at (as much as the longest form can cover, marks
        # that are ignored included), so answers are remembered by it: segmenting and building
        # ask about the same paragraph starts.
        start = text[: 2 * self.longest + 2]
        known = self.memo.get(start, self)
        if known is self:
            known = self._match(text, len(start))
            # A phrase running to the end of the start may go on with ignored marks after it,
            # which depend on the rest of the text: such an answer is not remembered.
            if known is None or len(known) < len(start):
                if len(self.memo) >= _MEMO_SIZE:
                    self.memo.clear()
                self.memo[start] = known
        return known

    def _match(self, text: str, limit: int) -> str | None:
        head, ends = self.folding.fold(text[:limit])
        starts = [0] + [len(p) for p in self.folding.optional_prefixes if head.startswith(p)]
        for start in starts:
            for form, size in self.by_key.get(head[start : start + self.key_length], ()):
                stop = start + size
                # A form must end at a word boundary: "Noting" does not open "Notingham".
                if head.startswith(form, start) and not (
                    self.folding.word_boundary and head[stop : stop + 1].isalnum()
                ):
                    end = ends[stop - 1] if ends is not None else stop
                    while text[end : end + 1] in self.folding.ignore and end < len(text):
                        end += 1  # marks on the last letter belong to the phrase
                    return text[:end]
        return None


class Opening(NamedTuple):
    """The opening words of a paragraph as printed: a lead-in ("" if none), the phrase or verb,
    and where in the text they end."""

    lead_in: str
    words: str
    end: int


class Lexicon:
    """Everything language-specific about the printed words of a resolution."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.language: str = data["language"]
        self.locale: str = data["locale"]
        self.formula: str = data["formula"]
        self.distribution: str = data["distribution"]
        self.preamble_phrases: tuple[str, ...] = tuple(data["preamble_phrases"])
        self.operative_verbs: tuple[str, ...] = tuple(data["operative_verbs"])
        self.annex_word: str = data["markers"]["annex"]
        refs = data["references"]
        self.resolution_words: tuple[str, ...] = tuple(refs["resolution_words"])
        self.date_link: str = refs["date_link"]
        self.other_bodies: frozenset[str] = frozenset(refs["other_bodies"])
        self.assembly_name: str = refs["assembly"]
        self.publisher: str = data["masthead"]["publisher"]
        self.original_label: str | None = data["masthead"].get("original")
        matching = data.get("matching", {})
        self.one_letter_words: frozenset[str] = frozenset(matching.get("one_letter_words", ()))
        folding = _Folding(
            ignore=frozenset(matching.get("ignore", "")),
            word_boundary=matching.get("word_boundary", True),
            optional_prefixes=tuple(matching.get("optional_prefixes", ())),
        )
        # Optional prefixes are a feature of preambular phrases only ("وإذ تشير").
        self._phrases = _Prefixes.of(data["preamble_phrases"], folding)
        plain_folding = _Folding(folding.ignore, folding.word_boundary)
        self._verbs = _Prefixes.of(data["operative_verbs"], plain_folding)
        self.lead_ins: tuple[str, ...] = tuple(data.get("lead_ins", ()))
        # Most languages have none: their openings are then their phrases and verbs alone.
        self._match_lead_in = (
            _Prefixes.of(list(self.lead_ins), plain_folding).match if self.lead_ins else None
        )
        self.emphasis_patterns: tuple[re.Pattern[str], ...] = tuple(
            re.compile(pattern) for pattern in data.get("emphasis", {}).get("patterns", [])
        )
        self._data = data
        self._months = _month_names(self.locale, data["dates"])
        self._day_forms = {int(k): v for k, v in data["dates"].get("day_forms", {}).items()}
        self._days_printed = {v: k for k, v in self._day_forms.items()}
        self._date_tokens = _DATE_TOKEN.findall(data["dates"]["pattern"])
        self._date_re = re.compile(self._date_regex())
        self._sessions = {self.session_text(n).casefold(): n for n in range(1, _MAX_SESSION + 1)}
        self._session_re = _longest_of(self._sessions, re.IGNORECASE)
        meeting = data["meeting"]
        self._meeting_re = re.compile(
            "|".join(
                f"(?P<{name}>{_pattern_regex(meeting[key], name)})"
                for name, key in (("resumed", "resumed_pattern"), ("plain", "pattern"))
            )
        )

    # --- opening words ---------------------------------------------------------------------

    def match_phrase(self, text: str) -> str | None:
        """The longest known preambular phrase at the start of ``text``, or None."""
        return self._phrases.match(text)

    def match_verb(self, text: str) -> str | None:
        """The longest known operative verb at the start of ``text``, or None."""
        return self._verbs.match(text)

    def opening_phrase(self, text: str) -> Opening | None:
        """The preambular phrase opening ``text``, with a known lead-in before it if there is one."""
        return _opening(text, self._phrases.match, self._match_lead_in)

    def opening_verb(self, text: str) -> Opening | None:
        """The operative verb opening ``text``, with a known lead-in before it if there is one."""
        return _opening(text, self._verbs.match, self._match_lead_in)

    def is_formula(self, line: str) -> bool:
        """Whether ``line`` prints the enacting formula.

        Compatibility forms count as equal ("大会," and "大会，"), and so does a formula whose
        final comma an extractor dropped (the Chinese seed prints "大会").
        """
        fold = self._phrases.folding.fold
        return fold(line)[0].strip().rstrip(_FORMULA_END) == fold(self.formula)[0].rstrip(_FORMULA_END)

    # --- paragraph labels --------------------------------------------------------------------

    @functools.cached_property
    def paragraph_number(self) -> re.Pattern[str]:
        """A printed paragraph number at the start of a line ("1.", Arabic "1 -"); group ``num``."""
        pattern = self._data.get("labels", {}).get("paragraph", "{n}.")
        return re.compile("^" + _label_regex(pattern, {"n": r"(?P<num>\d{1,3})"}) + r"(?=\s|$)\s*")

    @functools.cached_property
    def point_label(self) -> re.Pattern[str]:
        """A printed sub-paragraph label at the start of a line ("(a)", "a)", "(أ)"); group ``label``."""
        labels = self._data.get("labels", {})
        letters = labels.get("letters", "")
        latin = f"[a-z{self._lookalikes}]"
        core = rf"{latin}{{1,3}}|[ivxlc]{{1,7}}|\d{{1,2}}" + (f"|[{letters}]{{1,2}}" if letters else "")
        pattern = _label_regex(labels.get("point", "({label})"), {"label": f"(?:{core})"})
        return re.compile(f"^(?P<label>{pattern})(?=\\s|$)\\s*")

    @functools.cached_property
    def section_words(self) -> tuple[str, ...]:
        """Words printed before a heading's number on a line of its own ("Part I", "Section 29B"),
        outermost first: a "Section" heading goes inside the "Part" before it."""
        return tuple(self._data.get("labels", {}).get("section_words", ()))

    @functools.cached_property
    def section_label(self) -> re.Pattern[str]:
        """A line that is only a worded heading number ("Part I", "Section 29B"); group ``word``."""
        if not self.section_words:
            return re.compile(r"(?!)")
        words = "|".join(re.escape(word) for word in self.section_words)
        return re.compile(rf"^(?P<word>{words}) (?:[IVXLC]{{1,6}}|\d{{1,3}}[A-Z]?)$")

    def paragraph_label(self, n: int) -> str:
        """Paragraph number ``n`` as printed ("5.", Arabic "5 -")."""
        return self._data.get("labels", {}).get("paragraph", "{n}.").format(n=n)

    def point_letter(self, letter: str) -> str:
        """The Latin letter a printed sub-paragraph letter stands for ("ب" → "b", Cyrillic "а" → "a")."""
        letters = self._data.get("labels", {}).get("letters", "")
        at = letters.find(letter)
        if len(letter) == 1 and at >= 0:
            return chr(ord("a") + at)
        return letter.translate(self._latin_of_lookalike)

    def latin_label(self, label: str) -> str:
        """A printed label with the language's lookalike letters read as Latin ("а)" → "a)")."""
        return label.translate(self._latin_of_lookalike)

    @functools.cached_property
    def _lookalikes(self) -> str:
        return "".join(self._data.get("labels", {}).get("lookalikes", {}))

    @functools.cached_property
    def _latin_of_lookalike(self) -> dict[int, str]:
        return str.maketrans(self._data.get("labels", {}).get("lookalikes", {}))

    # --- dates -----------------------------------------------------------------------------

    def format_date(self, value: date) -> str:
        """A date as the resolution prints it ("19 December 2001")."""
        out = []
        for token in self._date_tokens:
            if token.startswith("d"):
                out.append(self._day_forms.get(value.day) or f"{value.day:0{len(token)}d}")
            elif token == "MMMM":
                out.append(self._months[value.month - 1])
            elif token.startswith("M"):
                out.append(f"{value.month:0{len(token)}d}")
            elif token.startswith("y"):
                out.append(str(value.year))
            else:
                out.append(token.strip("'"))
        return "".join(out)

    def parse_date(self, text: str) -> date | None:
        """The date printed at the start of ``text`` (whole words), or None."""
        found = self._date_re.match(text.strip())
        if not found:
            return None
        month = found["month"]
        number = self._months.index(month) + 1 if month in self._months else int(month)
        day = self._days_printed.get(found["day"]) or int(found["day"])
        try:
            return date(int(found["year"]), number, day)
        except ValueError:
            return None

    @property
    def date_regex(self) -> str:
        """The regex of a printed date, with groups ``day``, ``month`` and ``year``."""
        return self._date_re.pattern

    def find_date(self, text: str) -> re.Match[str] | None:
        """The first printed date anywhere in ``text`` (groups ``day``, ``month``, ``year``)."""
        return self._date_re.search(text)

    def _date_regex(self) -> str:
        parts = []
        for token in self._date_tokens:
            if token.startswith("d"):
                forms = "".join(re.escape(form) + "|" for form in self._day_forms.values())
                parts.append(rf"(?P<day>{forms}\d{{1,2}})")
            elif token == "MMMM":
                parts.append("(?P<month>" + "|".join(map(re.escape, self._months)) + ")")
            elif token.startswith("M"):
                parts.append(r"(?P<month>\d{1,2})")
            elif token.startswith("y"):
                parts.append(r"(?P<year>\d{4})")
            elif token.isspace():
                parts.append(r"\s+")
            else:
                # Layout may put spaces around printed words ("2000年 12月 4日").
                parts.append(r"\s*" + re.escape(token.strip("'").strip()) + r"\s*")
        return "".join(parts) + r"(?!\d)"

    def masthead_dates(self) -> Lexicon:
        """The lexicon whose dates the masthead prints (English in ar, zh and ru documents)."""
        other = self._data["dates"].get("masthead_language", self.language)
        return self if other == self.language else lexicon(other)

    # --- masthead and closing lines -----------------------------------------------------------

    def ordinal(self, n: int) -> str:
        """The spelled-out ordinal of ``n`` ("fifty-sixth")."""
        table = self._data["ordinals"]
        words, bases = table["words"], table["bases"]
        if str(n) in words:
            return words[str(n)]
        base = max((int(b) for b in bases if int(b) <= n), default=None)
        if base is None:
            raise ValueError(f"cannot spell the ordinal of {n} in {self.language}")
        compound = table.get("compounds", {}).get(str(base), table["compound"])
        return compound.format(base=bases[str(base)], unit=self.ordinal(n - base))

    def session_text(self, n: int) -> str:
        """The session line: "Fifty-sixth session"."""
        spec = self._data["session"]
        text = spec["pattern"].format(ordinal=self.ordinal(n))
        return text[:1].upper() + text[1:] if spec.get("capitalize") else text

    def parse_session(self, text: str) -> int | None:
        """The session number of a printed session line, or None."""
        return self._sessions.get(" ".join(text.split()).casefold())

    def find_session(self, text: str) -> tuple[int, str, int, int] | None:
        """The first session line inside ``text``: (number, printed words, start, end), or None."""
        found = self._session_re.search(text)
        if not found:
            return None
        return self._sessions[found.group().casefold()], found.group(), found.start(), found.end()

    def starts_with_meeting(self, text: str) -> bool:
        """Whether ``text`` starts with a meeting line (what may follow it aside)."""
        return self._meeting_re.match(" ".join(_equivalent(text).split())) is not None

    def meeting_text(self, n: int, resumed: bool = False) -> str:
        """The meeting line: "88th plenary meeting", "50th (resumed) plenary meeting"."""
        spec = self._data["meeting"]
        suffixes = spec["suffixes"]
        suffix = suffixes.get(str(n % 100), suffixes.get(str(n % 10), suffixes["default"]))
        return spec["resumed_pattern" if resumed else "pattern"].format(n=n, suffix=suffix)

    def parse_meeting(self, text: str) -> tuple[int, bool] | None:
        """(number, resumed) of a printed meeting line, or None."""
        found = self._meeting_re.fullmatch(" ".join(_equivalent(text).split()))
        if not found:
            return None
        resumed = found["resumed"] is not None
        return int(found["n_resumed" if resumed else "n_plain"]), resumed

    def agenda_text(self, items: tuple[str, ...] | list[str]) -> str:
        """The agenda line: "Agenda item 110", "Agenda items 13 and 117"."""
        spec = self._data["agenda"]
        printed = [self._printed_item(item) for item in items]
        if len(printed) == 1:
            return spec["one"].format(items=printed[0])
        joined = spec["separator"].join(printed[:-1]) + spec["last_separator"] + printed[-1]
        return spec["many"].format(items=joined)

    def _printed_item(self, item: str) -> str:
        """An item in the model's form ("71 (b)") as the language prints it ("71 b)", "71 (ب)")."""
        number, _, letter = item.partition(" ")
        if not letter:
            return number
        labels = self._data.get("labels", {})
        letters = labels.get("letters", "")
        core = letter.strip("()")
        if letters:
            core = "".join(letters[ord(c) - ord("a")] for c in core)
        return f"{number} " + labels.get("point", "({label})").format(label=core)

    def find_agenda(self, text: str) -> tuple[tuple[str, ...], int, int] | None:
        """The first agenda line in ``text``: (items in the model's form, start, end), or None."""
        found = self._agenda_re.search(text)
        if not found:
            return None
        return self.agenda_items(found["many"] or found["one"]), found.start(), found.end()

    @functools.cached_property
    def _agenda_re(self) -> re.Pattern[str]:
        # The UN's Chinese prints "71 (b)" and "99(j)": the space before the letter is optional.
        item = rf"\d{{1,3}}(?:\s?{self._agenda_letter})?"
        separator, last = (re.escape(s.strip()) for s in self.list_separators())
        items = rf"{item}(?:\s*(?:{separator}|{last})\s*{item})*"
        forms = []
        for key in ("many", "one"):
            before, after = self._data["agenda"][key].split("{items}")
            forms.append(rf"{_loose(before)}\s*(?P<{key}>{items})\s*{_loose(after)}")
        return re.compile("|".join(f"(?:{form})" for form in forms))

    def agenda_items(self, printed: str) -> tuple[str, ...]:
        """The items of a printed list in the model's form: "99 j)", "71 (ب)" → "99 (j)", "71 (b)"."""
        out = []
        for number, letters in re.findall(rf"(\d{{1,3}})\s?({self._agenda_letter})?", printed):
            core = "".join(self.point_letter(c) for c in re.sub(r"[()\s]", "", letters))
            out.append(f"{number} ({core})" if core else number)
        return tuple(out)

    @functools.cached_property
    def _agenda_letter(self) -> str:
        letters = self._data.get("labels", {}).get("letters", "")
        core = f"[a-z{self._lookalikes}]{{1,2}}" + (f"|[{letters}](?: ?[{letters}])?" if letters else "")
        # Agenda items print their letter as the language prints sub-paragraph labels.
        pattern = self._data.get("labels", {}).get("point", "({label})")
        return _label_regex(pattern, {"label": f"(?:{core})"})

    def agenda_prefixes(self) -> tuple[str, str]:
        """The words before the item numbers, plural form first ("Agenda items", "Agenda item")."""
        spec = self._data["agenda"]
        return spec["many"].split("{")[0].strip(), spec["one"].split("{")[0].strip()

    def list_separators(self) -> tuple[str, str]:
        """The separators of a printed list of items (", " and " and ")."""
        spec = self._data["agenda"]
        return spec["separator"], spec["last_separator"]

    def heading(self, adoption_date: date | None = None, plural: bool = False) -> str:
        """The heading line, "Resolution adopted by the General Assembly [on <date>]".

        ``plural``: the heading of a resolution adopted in parts ("Resolutions adopted …"),
        where the lexicon lists one.
        """
        spec = self._data["heading"]
        suffix = "_plural" if plural and "undated_plural" in spec else ""
        if adoption_date is None:
            return spec[f"undated{suffix}"]
        return spec[f"dated{suffix}"].format(date=self.format_date(adoption_date))

    @functools.cached_property
    def masthead_words(self) -> frozenset[str]:
        """Every word (lower case) of the masthead lines the language prints: organ names,
        distribution, session words of sessions 1–120, agenda, heading, origin lines."""
        lines = [
            self.publisher,
            self.assembly_name,
            self.distribution,
            self.heading(plural=False),
            *(self.session_text(n) for n in range(1, 121)),
            *self._data["agenda"].values(),
            *self.origin_patterns().values(),
        ]
        return frozenset(word.lower() for line in lines for word in re.findall(r"[^\W\d_]+", line))

    @functools.cached_property
    def masthead_word_heads(self) -> frozenset[str]:
        """Every beginning of a masthead word, shorter than the word: the first piece of any
        masthead word that extraction cut in two is one of them."""
        return frozenset(word[:cut] for word in self.masthead_words for cut in range(1, len(word)))

    def committee_name(self, key: str) -> str:
        """The printed name of a Main Committee by key ("third" → "Third Committee")."""
        return self._data["committees"][key]

    def committees(self) -> dict[str, str]:
        """Every Main Committee: key → printed name."""
        return dict(self._data["committees"])

    def origin_text(self, committee: str | None, document: str) -> str:
        """The origin line for a committee key, or None for "without reference to a Main Committee"."""
        spec = self._data["origin"]
        if committee is None:
            return spec["plenary"].format(document=document)
        pattern = spec.get("by_committee", {}).get(committee, spec["committee"])
        return pattern.format(committee=self.committee_name(committee), document=document)

    def origin_patterns(self) -> dict[str | None, str]:
        """The origin line pattern for each committee key (None: no Main Committee), {document} open."""
        patterns: dict[str | None, str] = {
            key: self.origin_text(key, "{document}") for key in self._data["committees"]
        }
        patterns[None] = self.origin_text(None, "{document}")
        return patterns


def _longest_of(words: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """A pattern finding any of ``words``, the longest where several start at one place.

    The words are arranged as a tree of their shared beginnings ("fifty-(?:first|second…)"),
    each ending optional after what may follow it: ``re`` tries an alternation's branches one
    by one at every position, so 200 session lines as branches would cost 200 tests per
    character. Where two branches of a node could match the same character under ``flags``,
    the longest-first alternation of the words is used, which gives the same matches.
    """
    words = sorted(words, key=len, reverse=True)
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}  # a word ends here

    character_patterns: dict[str, re.Pattern[str]] = {}

    def ambiguous(node: dict[str, dict]) -> bool:
        keys = [k for k in node if k]
        if len(keys) > 1:
            for a in keys:
                if a not in character_patterns:
                    character_patterns[a] = re.compile(re.escape(a), flags)
            if any(character_patterns[a].fullmatch(b) for a in keys for b in keys if a != b):
                return True
        return any(ambiguous(child) for child in node.values())

    def pattern(node: dict[str, dict]) -> str:
        branches = [re.escape(k) + pattern(child) for k, child in node.items() if k]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    if ambiguous(tree):
        return re.compile("|".join(re.escape(word) for word in words), flags)
    return re.compile(pattern(tree), flags)


def _loose(words: str) -> str:
    """Printed words as a regex: any run of spaces, either apostrophe."""
    return r"\s+".join(re.escape(word) for word in words.split()).replace("’", "['’]")


def _label_regex(pattern: str, fields: dict[str, str]) -> str:
    """A label pattern ("({label})", "{n} -") as a regex: fields as given, spaces optional, a
    hyphen as any dash (the UN's Arabic files type some numbers "6 –")."""
    out = []
    for piece in re.split(r"(\{\w+\})", pattern):
        if piece[1:-1] in fields and piece.startswith("{"):
            out.append(fields[piece[1:-1]])
        elif piece:
            escaped = (re.escape(part).replace(r"\-", _DASH) for part in piece.split())
            out.append(r"\s*".join(escaped))
    return r"\s*".join(out) if " " in pattern else "".join(out)


def _opening(
    text: str, match: Callable[[str], str | None], match_lead_in: Callable[[str], str | None] | None
) -> Opening | None:
    """Known words at the start of ``text``, else a known lead-in followed by known words.

    The words alone win ("特别强调" is a verb, not "特别" + "强调"); an unknown lead-in is no
    opening at all, so that the converter reports the paragraph rather than guess.
    """
    words = match(text)
    if words:
        return Opening("", words, len(words))
    lead_in = match_lead_in(text) if match_lead_in is not None else None
    if not lead_in:
        return None
    rest = text[len(lead_in) :]
    start = len(text) - len(rest.lstrip())
    words = match(text[start:])
    return Opening(lead_in, words, start + len(words)) if words else None


def _month_names(locale: str, dates: dict[str, Any]) -> list[str]:
    """Month names from CLDR: of ``locale``, or of several locales joined (``[dates]`` keys)."""
    locales = dates.get("month_locales", [locale])
    spellings = dates.get("month_spellings", {})
    tables = [get_month_names("wide", locale=name) for name in locales]
    return [
        dates.get("month_separator", " ").join(spellings.get(t[m], t[m]) for t in tables)
        for m in range(1, 13)
    ]


def _pattern_regex(pattern: str, name: str) -> str:
    """A meeting pattern as a regex: {n} digits (group ``n_{name}``), {suffix} letters."""
    out = []
    for piece in re.split(r"(\{n\}|\{suffix\})", pattern):
        if piece == "{n}":
            out.append(rf"(?P<n_{name}>\d{{1,3}})")
        elif piece == "{suffix}":
            out.append(r"[^\W\d]*+")
        elif piece.strip():
            out.append(r"\s++".join(map(re.escape, piece.split())))
    # Optional space between the pieces ("第 81次"); possessive, so long runs of spaces stay linear.
    return r"\s*+".join(out)
