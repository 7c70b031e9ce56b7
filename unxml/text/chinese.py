"""Chinese text as a PDF extractor leaves it: back to one block per printed paragraph.

Older Chinese resolutions (the seed A/RES/55/63) come out of the extractor with four
typical defects, repaired here before recognition:

- bold words are printed four times (``回顾回顾回顾回顾`` is one bold ``回顾``): the copies are
  dropped and the phrase is kept in :attr:`SeedText.emphasised`, a layout cue the recognizer
  may trust more than its lexicon;
- full-width punctuation is lost and left as spaces: the spaces are kept as they are (they
  are layout; inventing the lost punctuation would put words in the UN's mouth);
- lines break inside words: continuation lines are joined without a space (Chinese has no
  spaces between words), except between two Latin letters or digits;
- footnote markers stand on lines of their own, and each page's footnotes sit in the middle
  of the text: markers are put back where they were cited (as superscript digits) and the
  footnote texts gathered at the end.

The output is the printed layout the rest of the converter reads: blocks separated by blank
lines, footnotes last, each on a line that starts with its superscript marker
(``¹ 见第 55/2号决议``). No character of the input is lost but the copies of repeated bold words
and layout whitespace.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from unxml.lexicons import lexicon

# A bold run printed four times by the extractor, at the start of a block (after its number,
# if any); the longest phrase seen in GA resolutions is well under 20 characters.
_REPEATED = re.compile(r"([\u3400-\u9fff]{1,20}?)\1{3}")
_LEAD = re.compile(r"^(?:[-•]\s+)?(?:\d{1,3}\.|\([a-z]{1,4}\))?\s*")
# The seed's extractor indents the first line of each paragraph; pdftotext indents nothing.
_INDENTED = re.compile(r"^[ \t]+\S", re.MULTILINE)
# A footnote marker alone on its line (the extractor's rendering of a superscript).
_MARKER = re.compile(r"^(\d{1,3})([ \t]*)$")
# The footnote separator: a long run of spaces on a line of its own (the seed's extractor),
# or of underscores (pdftotext's rule).
_SEPARATOR = re.compile(r"^(?:[ \t]{10,}|_{5,}[ \t]*)$")
# Lines printed on their own under the text: the adoption date and the meeting line. They
# have no indent in the extractor's output, so only their shape tells them apart.
_CLOSING = re.compile(r"^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|第\s*\d{1,3}\s*次.*会议.*)$")
_LATIN = re.compile(r"[A-Za-z0-9]")
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# A footnote printed as "¹ 见第 55/2号决议" (the cleaned form of the seed's footnotes).
_NOTE_LINE = re.compile(r"^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(\S.*)$")
_SPACES = re.compile(r"[ \t]+")


@dataclass(frozen=True)
class SeedText:
    """Repaired text and the bold phrases found in it, in reading order."""

    text: str
    emphasised: tuple[str, ...]


def has_extractor_defects(raw: str) -> bool:
    """Whether ``raw`` shows the extractor's bold words printed four times.

    Lone number lines alone prove nothing: pdftotext prints page numbers that way.
    """
    return _REPEATED.search(raw) is not None


def has_seed_layout(raw: str) -> bool:
    """Whether ``raw`` marks paragraph starts by indentation, as the seed's extractor does
    (:func:`normalise_seed` reads that layout; other layouts only need :func:`drop_bold_copies`)."""
    return _INDENTED.search(raw) is not None


def drop_bold_copies(raw: str) -> str:
    """``raw`` with the extractor's copies of the bold phrase that opens a line dropped.

    For text laid out as ``pdftotext`` lays it out (no indentation, page furniture), which
    the cleaning stage reads; line breaks are kept.
    """
    return "\n".join(_dedupe_lead(line, []) for line in raw.split("\n"))


def normalise_seed(raw: str) -> SeedText:
    """Repair extractor output of a Chinese resolution (see the module docstring)."""
    blocks: list[str] = []
    footnotes: list[tuple[str, str]] = []
    emphasised: list[str] = []
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if _SEPARATOR.match(line):
            i = _read_footnotes(lines, i + 1, footnotes)
            continue
        if not line.strip():
            i += 1
            continue
        note = _NOTE_LINE.match(line.strip())
        if note:
            footnotes.append((note.group(1).translate(_DIGITS), note.group(2)))
            i += 1
            continue
        marker = _MARKER.match(line)
        if marker and blocks:
            blocks[-1] += marker.group(1).translate(_SUPERSCRIPT) + marker.group(2)
        elif line[0].isspace() or _CLOSING.match(line.strip()) or not blocks:
            blocks.append(line.strip())
        else:
            blocks[-1] = _join(blocks[-1], line)
        i += 1
    body = [_dedupe_lead(_SPACES.sub(" ", b).strip(), emphasised) for b in blocks]
    text = "\n\n".join(b for b in body if b)
    if footnotes:
        notes = (f"{m.translate(_SUPERSCRIPT)} {_SPACES.sub(' ', t).strip()}" for m, t in footnotes)
        text += "\n\n" + "\n".join(notes)
    return SeedText(text + "\n", tuple(emphasised))


def _read_footnotes(lines: list[str], i: int, footnotes: list[tuple[str, str]]) -> int:
    """Read the footnotes under a separator; return the index of the first line after them.

    A footnote is a marker line, a first text line (indented), and continuation lines each
    after a blank line. The page's text resumes on a line that follows the last footnote line
    directly (no blank line between) or that is indented without a marker before it.
    """
    after_blank = True
    expecting_text = False
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            after_blank = True
            i += 1
            continue
        marker = _MARKER.match(line)
        if marker and after_blank:
            footnotes.append((marker.group(1), ""))
            expecting_text = True
        elif expecting_text:
            footnotes[-1] = (footnotes[-1][0], line)
            expecting_text = False
        elif footnotes and after_blank and not line[0].isspace():
            footnotes[-1] = (footnotes[-1][0], _join(footnotes[-1][1], line))
        else:
            return i
        after_blank = False
        i += 1
    return i


@functools.cache
def _lead_ins() -> tuple[str, ...]:
    """Words printed before a bold phrase, not in bold ("在这方面" in "在这方面确认"), longest first."""
    return tuple(sorted(lexicon("zh").lead_ins, key=len, reverse=True))


def _dedupe_lead(line: str, emphasised: list[str]) -> str:
    """Drop the extractor's copies of the bold phrase that opens a block, after its lead-in if any."""
    start = _LEAD.match(line).end()
    match = _REPEATED.match(line, start)
    if match is None:
        lead_in = next((w for w in _lead_ins() if line.startswith(w, start)), "")
        match = _REPEATED.match(line, start + len(lead_in)) if lead_in else None
    if match is None:
        return line
    emphasised.append(match.group(1))
    return line[: match.start()] + match.group(1) + line[match.end() :]


def _join(text: str, line: str) -> str:
    """Join a continuation line: no space inside Chinese, one between Latin words."""
    if text and line and _LATIN.match(text[-1]) and _LATIN.match(line[0]):
        return f"{text} {line}"
    return text + line
