"""Repairing words that text extraction cut or glued.

``pdftotext`` damages words in two ways that are frequent in UN PDFs:

* justified lines come out with a space inside a word ("internation al", "th e", "20 26");
* a word hyphenated across a line break is put back together *without* its hyphen
  ("selfdetermination" for "self-determination").

Both are repaired from the document's own vocabulary, never from a guess: two pieces are
joined when the joined word is printed elsewhere in the same document and the pieces are not
both words of it (or the pair never occurs as such); a glued compound gets its hyphen back
when the hyphenated form is printed elsewhere in the same document.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise

_WORD = re.compile(r"[^\W\d_]+")
_TOKEN = re.compile(r"\S+")
# Letters or digits ending one token and starting the next, one space between.
_ADJACENT = re.compile(r"(?<![^\W_])([^\W_]+) (?=([^\W_]+))")
_CORE_END = re.compile(r"(?<![^\W_])([^\W_]+)\Z")  # \Z: not before a line break ending the token
_CORE_START = re.compile(r"^([^\W_]+)")
# Starts only at a word start and never gives letters back: linear on long runs of letters.
_HYPHENATED = re.compile(r"(?<![^\W\d_])[^\W\d_]++(?:[-\u2010\u2011][^\W\d_]++)+")
_HYPHEN_CHARACTERS = "-\u2010\u2011"
_HYPHENS = re.compile(f"[{_HYPHEN_CHARACTERS}]")
# Years cut in two ("20 26"): only these, as other digit pairs are often two real numbers.
_YEAR_HEAD = frozenset({"19", "20"})
_FOUR_DIGITS = re.compile(r"\b(?:19|20)\d\d\b")
# Such a cut year where ``_ADJACENT`` would find it: its two halves the letters or digits where
# two tokens meet. The look-behind follows the digits, so that only places where they are
# printed are tried.
_SPLIT_YEAR = re.compile(r"(19|20)(?<![^\W_]\d\d) (\d\d)(?![^\W_])")
# Lower-casing is done letter by letter, one letter for one, but for these two: the dotted
# capital I becomes two characters, and the capital sigma's small form depends on the letters
# around it (final or not).
_IRREGULAR_LOWER = ("\u0130", "\u03a3")
_SINGLE_LETTER_WORDS = frozenset({"a"})
# An elided French word ("l’", "d'", "qu’") is a word, never half of one cut by extraction.
_ELISION = ("'", "’")
# Joining two real words ("inter" + "national") needs stronger evidence: both pieces this
# long, the joined word printed this often, and the pair never printed as such.
_MIN_PIECE = 3
_MIN_JOINED = 2
# English inflections, for recognising a word from another form of it printed in the document.
_INFLECTIONS = ("s", "es", "d", "ed", "ing", "ly", "er", "ers", "ment", "ments", "al", "ally", "ion", "ions")
_MIN_STEM = 4
# A word ``inflects`` finds another form of starts with all but at most this many letters of
# it: a suffix taken away and a doubled letter ("defer" of "deferred").
_INFLECTION_REACH = max(map(len, _INFLECTIONS)) + 1
# pdftotext puts a line that ended in a hyphenated compound together with the next line,
# dropping the hyphen ("highlevel") or turning it into a space ("Secretary General"). Such a
# merged line is longer than the text block is wide: this many characters longer than the
# 90th percentile of line lengths.
_OVERLONG = 12
_MIN_LINES_FOR_WIDTH = 20
# Up to this many split words in a document, a line is searched for them as text first.
_FEW_SPLITS = 32
# Web and e-mail addresses are left exactly as printed.
_IN_ADDRESS = re.compile(r"[/@]|www\.|\.(?:org|com|int|net)\b")


@dataclass(frozen=True)
class Repair:
    """One repair: the index of the line, the text as extracted, what it became, and why."""

    index: int
    before: str
    after: str
    reason: str  # "split word joined" or "hyphen restored"


class Vocabulary:
    """Word, word-pair and hyphenated-compound counts of one document (lower case)."""

    def __init__(self, lines: Iterable[str], one_letter_words: frozenset[str] = frozenset()) -> None:
        # The language's words of one letter ("и", "y", "à"), never joined to a word beside
        # them: far more often words than a letter that extraction cut off ("наркотикам и"
        # stays two words although the document also prints "наркотиками").
        self.one_letter_words = one_letter_words
        lines = list(lines)
        document = "\n".join(lines)
        self._text = document.lower()
        self._tokens = _words(self._text)
        self.words: Counter[str] = Counter(self._tokens)
        self.compounds: dict[str, tuple[str, str]] = {}
        self.compound_counts: Counter[str] = Counter()
        self._joins: dict[tuple[str, str], bool] = {}
        lengths = [len(line) for line in lines if line.strip()]
        for compound in (c for token in _hyphenated_tokens(self._text) for c in _HYPHENATED.findall(token)):
            for head, tail in pairwise(_HYPHENS.split(compound)):
                self.compounds.setdefault(head + tail, (head, tail))
                self.compound_counts[head + tail] += 1
        # The glued forms that ``hyphenated`` gives a hyphen back: most lines contain none.
        self.damaged = frozenset(w for w in self.compounds if self.words[w] <= self.compound_counts[w])
        # Whether a line may hold one of them, decided once for the whole document: a glued
        # form printed in a line is printed in the lower-cased document, since lower-casing
        # is done letter by letter (but for the Greek final sigma, which is left to the
        # line-by-line check).
        printed = tuple(w for w in self.damaged if w in self._text)
        sigma = any("σ" in w or "ς" in w for w in self.damaged)
        self.may_be_damaged = bool(printed) or sigma
        # The same search tells which of the document's lines may hold one: looking in each
        # for the few glued forms printed in the document. None where a glued form has a sigma.
        self.printed_damaged = None if sigma else printed
        self.width = _block_width(lengths)
        # The split words of the whole document, judged once per distinct pair: most
        # documents have none, and then no line needs to be looked at for them.
        self.splits = frozenset(self._split_years(document) | self._split_words(lines, document))

    @functools.cached_property
    def _split_texts(self) -> tuple[str, ...]:
        """The split words as printed, their two pieces and the space between."""
        return tuple({f"{head} {tail}" for head, tail in self.splits})

    def holds_split(self, line: str) -> bool:
        """Whether ``line`` holds one of the document's split words.

        A line holds one only where it holds its pieces and the space between them: where the
        document has few, looking for them as text (in C) rules out most lines before their
        adjacent words are searched for with a pattern tried at every character.
        """
        if not self.splits:
            return False
        texts = self._split_texts
        if len(texts) <= _FEW_SPLITS and not any(text in line for text in texts):
            return False
        return not self.splits.isdisjoint(_ADJACENT.findall(line))

    @functools.cached_property
    def pairs(self) -> Counter[tuple[str, str]]:
        """How often each two words follow each other; only needed where a pair is judged."""
        return Counter(pairwise(self._tokens))

    @functools.cached_property
    def years(self) -> set[str]:
        """The years printed whole; only needed where a pair looks like a year cut in two."""
        return set(_FOUR_DIGITS.findall(self._text))

    def _split_years(self, document: str) -> set[tuple[str, str]]:
        """The years cut in two ("20 26") that ``_should_join`` joins, found in the whole
        ``document`` at once: few documents print one."""
        years = self.years
        return {(head, tail) for head, tail in _SPLIT_YEAR.findall(document) if head + tail in years}

    def _split_words(self, lines: list[str], document: str) -> set[tuple[str, str]]:
        """The words cut in two in ``lines`` ("internation al") that ``_should_join`` joins.

        Whether two pieces are joined depends on their lower-case forms only, once the second
        starts with a lowercase letter. Where lower-casing is done letter by letter, the pieces
        of every pair of adjacent tokens are, in lower case, two words printed one after the
        other, counted in ``pairs``: the pairs to join are found among those, and then where
        the document prints them, without walking its tokens.
        """
        if any(map(document.__contains__, _IRREGULAR_LOWER)):
            return {pair for pair in _word_pairs(_adjacent_tokens(lines)) if self._should_join(*pair)}
        return set(_as_printed(document, self._text, self._joined_word_pairs()))

    def _joined_word_pairs(self) -> set[tuple[str, str]]:
        """The pairs of consecutive words (lower case) that ``_should_join`` joins.

        A pair is joined only when the joined word is printed or when neither piece is a word
        other than beside the other (see ``_should_join``), so that each piece of two letters
        or more is printed as often as the pair: these tests, cheaper than its own, come first.
        """
        words = self.words
        count = words.get
        return {
            (head, tail)
            for (head, tail), together in self.pairs.items()
            if (
                head + tail in words
                or (
                    (count(head) == together or len(head) == 1)
                    and (count(tail) == together or len(tail) == 1)
                )
            )
            and self._should_join(head, tail)
        }

    def is_word(self, piece: str, beside: str = "", first: bool = True) -> bool:
        """Whether ``piece`` is printed as a word other than next to ``beside`` (the other half
        of the split being judged, which may recur: "a nd" twice in one document)."""
        if len(piece) == 1 and piece not in _SINGLE_LETTER_WORDS:
            return False
        pair = (piece, beside) if first else (beside, piece)
        # dict.get, not Counter's []: a missing key would cost a Python-level __missing__ call.
        return self.words.get(piece, 0) - self.pairs.get(pair, 0) > 0

    def should_join(self, head: str, tail: str) -> bool:
        """Whether ``head tail`` is one word cut in two by the extraction."""
        known = self._joins.get((head, tail))
        if known is None:
            known = self._joins[(head, tail)] = self._should_join(head, tail)
        return known

    def _should_join(self, head: str, tail: str) -> bool:
        if head in _YEAR_HEAD and len(tail) == 2 and tail.isdecimal():
            return head + tail in self.years
        # str methods, not patterns: this runs for every pair of adjacent words.
        if not (tail[0].islower() and tail.isalpha() and head.isalpha()):
            return False
        low_head, low_tail = head.lower(), tail.lower()
        if low_tail in self.one_letter_words or low_head in self.one_letter_words:
            return False
        joined = low_head + low_tail
        words = self.words.get
        if not words(joined):
            # Not printed as such: the joined word must be an inflection of one printed
            # elsewhere ("observ ers" beside "observer") and the pieces non-words. The pieces
            # are asked first: two look-ups rule out most pairs (the word pairs are counted
            # in every document anyway), where the inflection tries every suffix.
            return (
                not self.is_word(low_head, low_tail)
                and not self.is_word(low_tail, low_head, first=False)
                and self.inflects(joined, low_head, low_tail)
            )
        split_here = self.pairs.get((low_head, low_tail), 0)
        if not (self.is_word(low_head, low_tail) and self.is_word(low_tail, low_head, first=False)):
            return True
        return (
            len(low_head) >= _MIN_PIECE
            and len(low_tail) >= _MIN_PIECE
            and words(joined, 0) >= _MIN_JOINED
            and split_here <= 1
        )

    def inflects(self, word: str, head: str, tail: str) -> bool:
        """Whether ``word`` is a printed word of the document with an inflection added or
        taken away ("observers" for "observer", "deferred" for "defer", "decide" for "decides").
        ``head`` and ``tail`` are the split pieces being judged, which are no evidence."""
        # Most words judged are no form of a printed word: no printed word even starts like
        # them, which one search of the sorted words tells.
        if not self._prints_word_starting(word[: max(len(word) - _INFLECTION_REACH, 0)]):
            return False
        return self._inflects(word, head, tail)

    @functools.cached_property
    def _sorted_words(self) -> list[str]:
        return sorted(self.words)

    def _prints_word_starting(self, prefix: str) -> bool:
        """Whether a word of the document starts with ``prefix``."""
        ordered = self._sorted_words
        at = bisect.bisect_left(ordered, prefix)
        return at < len(ordered) and ordered[at].startswith(prefix)

    def _inflects(self, word: str, head: str, tail: str) -> bool:
        """``inflects``, trying every inflection."""
        words = self.words.get  # most forms tried are not printed: no Counter.__missing__ calls
        for suffix in _INFLECTIONS:
            if word.endswith(suffix):
                stem = word[: -len(suffix)]
                split_here = self.pairs.get((head, tail), 0)
                printed = words(stem, 0) - (split_here if stem == head else 0)
                # "deferred" from "defer"; "foisses" is no form of "fois" printed only in "fois ses".
                shorter = words(stem[:-1], 0) - (split_here if stem[:-1] == head else 0)
                if len(stem) >= _MIN_STEM and (printed > 0 or (shorter > 0 and stem[-1] == stem[-2])):
                    return True
            if words(word + suffix):
                return True
        return False

    def hyphenated(self, word: str) -> str | None:
        """``word`` with its lost hyphen put back, if the document prints it hyphenated."""
        low = word.lower()
        parts = self.compounds.get(low)
        # Where the glued form is the document's usual spelling ("cooperation" beside one
        # "Co-operation" in an organisation's name), it is a word, not damage.
        if parts is None or self.words[low] > self.compound_counts[low]:
            return None
        cut = len(parts[0])
        return f"{word[:cut]}-{word[cut:]}"


def _words(text: str) -> list[str]:
    """``_WORD.findall(text)``, faster: a whitespace-separated token of letters only (most of
    them) is one word, and only the other tokens are searched."""
    words: list[str] = []
    add, extend, find = words.append, words.extend, _WORD.findall
    for token in text.split():
        if token.isalpha():
            add(token)
        else:
            extend(find(token))
    return words


def _adjacent_tokens(lines: Iterable[str]) -> set[tuple[str, str]]:
    """The distinct pairs of tokens that one space separates in a line, whose letters or digits
    where they meet are the pairs ``_ADJACENT`` finds.

    Splitting and pairing run in C; searching with ``_ADJACENT`` costs a pattern attempt at
    every character.
    """
    pairs: set[tuple[str, str]] = set()
    for line in lines:
        pairs.update(pairwise(line.split(" ")))
    return pairs


def _word_pairs(adjacent: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """The letters where two adjacent tokens meet ("(th" + "e," → "th" + "e"), where the second
    starts with a lowercase letter: the only pairs of letters ``_should_join`` may join."""
    for head, tail in adjacent:
        if not (head.isalpha() and tail.isalpha()):  # most tokens are letters, whole words
            pair = _where_tokens_meet(head, tail)
            if pair is None:
                continue
            head, tail = pair
            if not tail.isalpha():
                continue
        if tail[0].islower():
            yield head, tail


def _as_printed(document: str, lowered: str, pairs: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """Each pair of words (lower case) as ``document`` prints it where the two are the letters
    at which two tokens meet, and the second starts with a lowercase letter; ``lowered`` is
    ``document`` lower-cased letter for letter."""
    for head, tail in pairs:
        found = f"{head} {tail}"
        at = lowered.find(found)
        while at >= 0:
            end = at + len(found)
            if not (document[at - 1 : at].isalnum() or document[end : end + 1].isalnum()):
                printed_tail = document[end - len(tail) : end]
                if printed_tail[0].islower():
                    yield document[at : at + len(head)], printed_tail
            at = lowered.find(found, at + 1)


def _where_tokens_meet(head: str, tail: str) -> tuple[str, str] | None:
    """The letters ending ``head`` and the letters or digits starting ``tail``, where the first
    are letters only and ``tail`` starts with a lowercase letter ("(th" + "e," → "th" + "e").

    The patterns are searched only where the ends tested first leave such a pair.
    """
    core_end = head if head.isalnum() else _core_end(head) if head[-1:].isalnum() else None
    if core_end is None or not (core_end.isalpha() and tail[:1].islower()):
        return None
    core_start = tail if tail.isalnum() else _core_start(tail)
    return None if core_start is None else (core_end, core_start)


def _hyphenated_tokens(text: str) -> Iterator[str]:
    """The whitespace-separated tokens of ``text`` that hold a hyphen, in order.

    Hyphens are few: finding them and the token around each is several times faster than
    splitting the whole text into tokens.
    """
    hyphens = sorted(at for hyphen in _HYPHEN_CHARACTERS for at in _positions(text, hyphen))
    end = 0
    for at in hyphens:
        if at < end:
            continue  # another hyphen of the token just given
        start = at
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = at + 1
        while end < len(text) and not text[end].isspace():
            end += 1
        yield text[start:end]


def _positions(text: str, character: str) -> Iterator[int]:
    at = text.find(character)
    while at >= 0:
        yield at
        at = text.find(character, at + 1)


def _block_width(lengths: list[int]) -> int | None:
    """The width of a hard-wrapped text block (90th percentile of line lengths), or None when
    the text is not hard-wrapped (one line per paragraph, as in hand-cleaned sources)."""
    if len(lengths) < _MIN_LINES_FOR_WIDTH:
        return None
    ordered = sorted(lengths)
    median, p90 = ordered[len(ordered) // 2], ordered[len(ordered) * 9 // 10]
    return p90 if 40 <= median <= 120 and p90 <= 130 else None


def rejoin_merged_break(line: str, vocabulary: Vocabulary, index: int = 0) -> tuple[str, list[Repair]]:
    """Put back the hyphen of the compound at which extraction merged two lines into one.

    Only over-long lines are touched, and only at the place where the first line ended (near
    the block's width): a pair "Secretary General" becomes "Secretary-General" when the
    document prints that compound; a glued "highlevel", printed nowhere else, becomes
    "high-level" when both halves are words of the document.
    """
    width = vocabulary.width
    if width is None or len(line) <= width + _OVERLONG:
        return line, []
    best: tuple[float, int, int, str] | None = None  # (distance, start, end, replacement)
    tokens = [m for m in _WORD.finditer(line) if not _IN_ADDRESS.search(_enclosing(line, m))]
    for k, match in enumerate(tokens):
        if match.end() < width // 2 or match.start() > width + 3:
            continue
        word = match.group()
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None and nxt.start() == match.end() + 1:
            parts = vocabulary.compounds.get((word + nxt.group()).lower())
            if parts == (word.lower(), nxt.group().lower()):
                candidate = (abs(match.end() - width), match.start(), nxt.end(), f"{word}-{nxt.group()}")
                best = min(best, candidate) if best else candidate
    if best is None:
        return line, []
    _, start, end, replacement = best
    return line[:start] + replacement + line[end:], [
        Repair(index, line[start:end], replacement, "hyphen restored")
    ]


def _enclosing(line: str, match: re.Match[str]) -> str:
    """The whitespace-delimited token around a match."""
    start = line.rfind(" ", 0, match.start()) + 1
    end = line.find(" ", match.end())
    return line[start : end if end >= 0 else len(line)]


def repair_line(line: str, vocabulary: Vocabulary, index: int = 0) -> tuple[str, list[Repair]]:
    """The line with split words joined and lost compound hyphens restored, and the repairs."""
    repairs: list[Repair] = []
    # Most lines need nothing: find out with one scan before walking the tokens.
    if not (vocabulary.holds_split(line) or _has_glued_compound(line, vocabulary)):
        return line, repairs
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(line)]
    out: list[str] = []
    position = 0
    i = 0
    while i < len(tokens):
        start, end = tokens[i]
        out.append(line[position:start])
        word = line[start:end]
        # Join while the next token is separated by exactly one space and the join is warranted.
        while i + 1 < len(tokens) and tokens[i + 1][0] == end + 1:
            following = line[tokens[i + 1][0] : tokens[i + 1][1]]
            head_core, tail_core = _core_end(word), _core_start(following)
            if head_core is None or tail_core is None or _elided(following, tail_core):
                break
            if not vocabulary.should_join(head_core, tail_core):
                break
            if (
                len(tail_core) == 1
                and vocabulary.is_word(head_core.lower())
                and _joins_onward(line, tokens, i + 1, vocabulary)
            ):
                # "a s mooth": a stray letter after a whole word belongs to the word after it
                # (but "commissio n on" is "commission on").
                break
            repairs.append(
                Repair(index, f"{head_core} {tail_core}", head_core + tail_core, "split word joined")
            )
            word += following
            end = tokens[i + 1][1]
            i += 1
        restored = _restore_hyphens(word, vocabulary)
        if restored != word:
            repairs.append(Repair(index, word, restored, "hyphen restored"))
        out.append(restored)
        position = end
        i += 1
    out.append(line[position:])
    return "".join(out), repairs


def _elided(token: str, core: str) -> bool:
    """Whether the token opens with an elided word ("l’importance", "qu’il", "jusqu’à"), not
    with a word and its possessive ("mittee’s" of "Com mittee’s")."""
    short = len(core) <= 2 or core.lower().endswith("qu")
    return short and token[len(core) : len(core) + 1] in _ELISION and len(token) > len(core) + 1


def _has_glued_compound(line: str, vocabulary: Vocabulary) -> bool:
    """Whether a word of ``line``, one of the document's lines, is a glued compound that
    ``hyphenated`` repairs."""
    if not vocabulary.may_be_damaged:
        return False
    printed = vocabulary.printed_damaged
    if printed is not None:
        lowered = line.lower()
        if not any(damaged in lowered for damaged in printed):  # most lines
            return False
    return _has_damaged_word(line, vocabulary)


def _has_damaged_word(text: str, vocabulary: Vocabulary) -> bool:
    """Whether a word of ``text`` is a glued compound that ``hyphenated`` repairs."""
    return not vocabulary.damaged.isdisjoint(map(str.lower, _WORD.findall(text)))


def _joins_onward(line: str, tokens: list[tuple[int, int]], k: int, vocabulary: Vocabulary) -> bool:
    """Whether token ``k`` joins the token after it."""
    if k + 1 >= len(tokens) or tokens[k + 1][0] != tokens[k][1] + 1:
        return False
    head = _core_end(line[tokens[k][0] : tokens[k][1]])
    tail = _core_start(line[tokens[k + 1][0] : tokens[k + 1][1]])
    return head is not None and tail is not None and vocabulary.should_join(head, tail)


def _core_end(token: str) -> str | None:
    """The letters or digits ending a token that may continue on the next ("(th" → "th")."""
    match = _CORE_END.search(token)
    return match.group(1) if match else None


def _core_start(token: str) -> str | None:
    """The letters or digits starting a token that may finish the previous ("e," → "e")."""
    match = _CORE_START.match(token)
    return match.group(1) if match else None


def _restore_hyphens(token: str, vocabulary: Vocabulary) -> str:
    if not _has_damaged_word(token, vocabulary) or _IN_ADDRESS.search(token):
        return token
    return _WORD.sub(lambda m: vocabulary.hyphenated(m.group()) or m.group(), token)


def repair(
    lines: list[str], one_letter_words: frozenset[str] = frozenset()
) -> tuple[list[str], list[Repair]]:
    """Repair every line with the vocabulary of all of them (see :class:`Vocabulary`)."""
    vocabulary = Vocabulary(lines, one_letter_words)
    if not (vocabulary.splits or vocabulary.may_be_damaged or vocabulary.width):
        return list(lines), []  # no line can need a repair: not one is looked at
    repaired: list[str] = []
    repairs: list[Repair] = []
    for index, line in enumerate(lines):
        if not vocabulary.holds_split(line) and not _has_glued_compound(line, vocabulary):
            fixed, found = line, []  # what repair_line finds out first, from pairs already found
        else:
            fixed, found = repair_line(line, vocabulary, index)
        fixed, merged = rejoin_merged_break(fixed, vocabulary, index)
        repairs.extend(found + merged)
        repaired.append(fixed)
    return repaired, repairs
