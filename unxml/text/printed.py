"""Text in the printed layout that renderers of the XML produce, in any language.

A renderer (``unxml render``, the UN corpus tools) prints one block per paragraph with a
blank line between blocks, no line wrapping and no page furniture, and every footnote at the
end, one per line. Two facts of that layout matter to recognition, and text extraction
from a PDF gives neither:

- **one paragraph per block**: where a paragraph starts is given by the layout, so a
  paragraph that ends without punctuation (the Chinese seed lost all of it, some of the UN's
  files end a paragraph with a footnote citation) still ends there;
- **footnotes at the end with plain-digit markers**: some renderers fold the superscript
  markers to plain digits ("…工作报告附件一,1 以及…", "session1, et"). :func:`lift_endnotes`
  turns the end block's markers and the citations in the text back into superscripts, the
  form the cleaning stage reads wherever footnotes stand.
"""

from __future__ import annotations

import re

from unxml.lexicons import Lexicon
from unxml.text.footnotes import apply_citations, place_citations
from unxml.text.marks import NOTE_MARK
from unxml.text.uncited import mask_numbers_not_cited

# "1 text"; "1 - text" is an Arabic paragraph.
_NOTE_LINE = re.compile(r"^(\d{1,3}) (?![-–] )(\S.*)$")
# Renderers indent nothing; an extractor indents the first line of a paragraph (the Chinese
# seed), and its blank lines separate lines, not paragraphs.
_INDENTED = re.compile(r"^[ \t]+\S", re.MULTILINE)
_PAGED = re.compile(r"\f|^_{5,}\s*$", re.MULTILINE)
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SUPERSCRIPT_NOTE_LINE = re.compile(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]+ \S")
# Arabic prints a citation between parentheses: "الخمسين(¹)".
_PARENTHESISED = "({})"
# Share of the text's blocks that must be single lines for the text to be in this layout.
_SINGLE_LINE_SHARE = 0.9


def one_paragraph_per_block(text: str) -> bool:
    """Whether ``text`` is laid out one paragraph per block (blank lines between blocks).

    Footnote lines at the end are one block of several lines and do not count; pages (form
    feeds) and indented lines mean extracted text, never this layout.
    """
    if "\f" in text or _INDENTED.search(text):
        return False
    blocks = [b for b in re.split(r"\n\s*\n", text.strip()) if b.strip()]
    body = [b for b in blocks if not all(_is_note_line(line) for line in b.splitlines())]
    single = sum(1 for b in body if "\n" not in b.strip())
    return len(body) >= 3 and single >= _SINGLE_LINE_SHARE * len(body)


def lift_endnotes(text: str, lex: Lexicon) -> str:
    """``text`` with an end block of plain-digit footnotes turned into superscript form.

    Citations are looked for as the cleaning stage does, never in dates and meeting lines
    ("45e séance plénière 7 décembre 2023" cites nothing); where every marker is printed between
    parentheses in order (the Arabic "(1)"), those are the citations. Text in any other
    layout (pages, superscript markers already) is returned unchanged.
    """
    if _PAGED.search(text):
        return text
    lines = text.rstrip("\n").split("\n")
    start = len(lines)
    # A date ends the text under its meeting line ("1 January 2000"): it is no footnote "1".
    while start > 0 and _NOTE_LINE.match(lines[start - 1]) and not _is_date_line(lines[start - 1], lex):
        start -= 1
    notes = [_NOTE_LINE.match(line) for line in lines[start:]]
    markers = [note.group(1) for note in notes if note]
    if not markers or markers != [str(n) for n in range(1, len(markers) + 1)]:
        return text
    body = lines[:start]
    in_parentheses = _parenthesised(body, markers)
    if in_parentheses is not None:
        body = in_parentheses
    else:
        placed = place_citations(mask_numbers_not_cited(body, lex), markers)
        body = apply_citations(body, [(m, c) for m, c in zip(markers, placed, strict=True) if c is not None])
        body = [NOTE_MARK.sub(lambda mark: mark.group(1).translate(_SUPERSCRIPT), line) for line in body]
    block = [f"{note.group(1).translate(_SUPERSCRIPT)} {note.group(2)}" for note in notes if note]
    return "\n".join([*body, *block]) + "\n"


def _is_date_line(line: str, lex: Lexicon) -> bool:
    """Whether the whole line is a date as the language prints it (in the body or masthead)."""
    printed = " ".join(line.split())
    patterns = (lex.date_regex, lex.masthead_dates().date_regex)
    return any(re.fullmatch(pattern, printed) for pattern in patterns)


def _is_note_line(line: str) -> bool:
    return bool(_NOTE_LINE.match(line) or _SUPERSCRIPT_NOTE_LINE.match(line))


def _parenthesised(body: list[str], markers: list[str]) -> list[str] | None:
    """The body with every marker cited as "(1)", "(2)"… in order, or None if one is not."""
    out = list(body)
    line, column = 0, 0
    for marker in markers:
        printed = _PARENTHESISED.format(marker)
        while line < len(out) and out[line].find(printed, column) < 0:
            line, column = line + 1, 0
        if line == len(out):
            return None
        at = out[line].find(printed, column)
        cited = _PARENTHESISED.format(marker.translate(_SUPERSCRIPT))
        out[line] = out[line][:at] + cited + out[line][at + len(printed) :]
        column = at + len(cited)
    return out
