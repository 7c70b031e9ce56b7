"""Recognising a resolution in cleaned text: the lines, in order, with footnotes set apart.

The printed order is: masthead; the number and title ("56/121. Combating …"); the enacting
formula; preambular and operative paragraphs; the meeting line and date; annexes. The number
line and the formula anchor everything: text without them is not a resolution. A resolution
adopted in parts prints, after its number and title, each part in turn: its letter and title,
its formula, its paragraphs and its meeting line (see :mod:`unxml.text.parts`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from pydantic import ValidationError

from unxml.errors import ConversionError
from unxml.lexicons import Lexicon
from unxml.model import Footnote, Part, Resolution
from unxml.text.annexes import read_annexes
from unxml.text.blocks import segment
from unxml.text.closing import find_closing
from unxml.text.inline import InlineReader
from unxml.text.lines import join_wrapped
from unxml.text.marks import NOTE_MARK, NOTE_OPEN, note_mark, strip_marks
from unxml.text.masthead import parse_masthead
from unxml.text.parts import PartLines, find_parts, first_part
from unxml.text.structure import Issue, build

_NUMBER_LINE = re.compile(
    r"^(?P<number>(?:(?:ES|S)-)?\d{1,3}/\d{1,4}(?: [A-Z](?:-[A-Z])?)?)\.?(?:\s+(?P<rest>.*))?$"
)
_HINT_INPUT = "pass the text of one adopted resolution, as extracted from its PDF"


class Cleaned(Protocol):
    """What recognition needs from the cleaning stage (``unxml.text.clean.CleanText``)."""

    @property
    def lines(self) -> tuple[str, ...]: ...

    @property
    def footnotes(self) -> tuple[tuple[str, str], ...]: ...


@dataclass(frozen=True)
class Recognised:
    """The resolution, and what the converter found but could not recognise.

    ``unplaced`` are printed lines the model has no place for (a masthead line such as
    "Original: English"); each is also reported in ``issues``.
    """

    resolution: Resolution
    issues: tuple[Issue, ...]
    unplaced: tuple[str, ...] = ()


def recognise(
    cleaned: Cleaned, lex: Lexicon, source: str | None = None, *, per_block: bool = False
) -> Recognised:
    """Read the resolution in ``cleaned``; raise :class:`ConversionError` if there is none.

    ``per_block``: the text was laid out one paragraph per block (see :mod:`unxml.text.printed`).
    """
    try:
        return _recognise(cleaned, lex, source, per_block)
    except ValidationError as error:
        # Parts were found that the model refuses (an empty paragraph, a misplaced date): say
        # which, rather than let the validation error escape.
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or error.title
        raise ConversionError(
            f"the text was read but does not make a valid resolution: {where}: {first['msg']}",
            source=source,
            hint="check the parts named above in the input; report the file if it looks right",
        ) from None


def _recognise(cleaned: Cleaned, lex: Lexicon, source: str | None, per_block: bool) -> Recognised:
    lines = [" ".join(line.split()) for line in cleaned.lines]
    number_at, number, title_start = _number_line(lines, source)
    formula_at, formula = _formula_line(lines, number_at, lex, source)
    part_at = first_part(lines, number_at + 1, formula_at)
    spans = find_parts(lines, part_at, lex, source) if part_at is not None else []
    body_start = formula_at + 1 if formula else formula_at
    # In parts, the last part's meeting line closes the resolution (annexes follow it).
    closing = spans[-1].closing if spans else find_closing(lines, lex, body_start)
    body_end = closing.start if closing else len(lines)
    issues: list[Issue] = []
    if formula is None:
        issues.append(Issue("preamble", f"no enacting formula printed; {lex.formula!r} assumed"))
    footnotes = _footnotes(cleaned.footnotes, lines, body_end, issues)

    reader = InlineReader.for_document(lex, [*lines, *(text for _, text in cleaned.footnotes)])
    head = parse_masthead(lines[:number_at], lex)
    unplaced = ([head.original] if head.original else []) + head.leftover
    if head.original:
        issues.append(Issue("masthead", f"line not in the model: {head.original!r}"))
    issues.extend(Issue("masthead", f"line not recognised: {line!r}") for line in head.leftover)
    title_end = part_at if spans else formula_at
    title = reader.text(join_wrapped([title_start, *lines[number_at + 1 : title_end]]))
    parts = tuple(_part(span, lines, lex, reader, issues, per_block) for span in spans)
    built = (
        build(segment(lines[body_start:body_end], lex, per_block=per_block), lex, reader)
        if not parts
        else None
    )
    issues.extend(built.issues if built else ())
    annexes, annex_issues = read_annexes(lines[closing.end :], lex, reader) if closing else ((), ())
    issues.extend(annex_issues)

    # A resolution in parts has one adoption date in the model: the heading's, else part A's.
    dated = parts[0].meeting_date if parts else (closing.date if closing else None)
    adopted = _adoption_date(head.heading_date, dated.value if dated else None, source)
    symbol = head.symbol or f"A/RES/{number}"
    session = head.session or _session_of(number, source)
    resolution = Resolution(
        language=lex.language,
        publisher=head.publisher,
        symbol=symbol,
        issuing_body=head.issuing_body,
        distribution=head.distribution,
        distribution_date=head.distribution_date,
        session=session,
        session_text=head.session_text,
        agenda=head.agenda,
        heading=head.heading,
        origin=head.origin,
        number=number,
        title=title,
        formula=None if parts else formula or lex.formula,
        preamble=built.preamble if built else (),
        body=built.body if built else (),
        parts=parts,
        adoption_date=adopted,
        meeting=closing.meeting if closing and built else None,
        meeting_date=closing.date if closing and built else None,
        footnotes=tuple(Footnote(marker=m, text=reader.text(strip_marks(t))) for m, t in footnotes),
        annexes=annexes,
    )
    return Recognised(resolution, tuple(issues), tuple(unplaced))


def _part(
    span: PartLines,
    lines: list[str],
    lex: Lexicon,
    reader: InlineReader,
    issues: list[Issue],
    per_block: bool,
) -> Part:
    """One part of a resolution adopted in parts, read like a resolution's preamble and body."""
    end = span.body_end if span.body_end is not None else len(lines)
    blocks = segment(lines[span.body_start : end], lex, per_block=per_block)
    built = build(blocks, lex, reader, where=f"part {span.letter}, ")
    issues.extend(built.issues)
    return Part(
        letter=span.letter,
        title=reader.text(join_wrapped(list(span.title))),
        formula=lines[span.formula_at],
        preamble=built.preamble,
        body=built.body,
        meeting=span.closing.meeting if span.closing else None,
        meeting_date=span.closing.date if span.closing else None,
    )


def _number_line(lines: list[str], source: str | None) -> tuple[int, str, str]:
    for i, line in enumerate(lines):
        found = _NUMBER_LINE.match(line)
        if found:
            return i, found["number"], found["rest"] or ""
    raise ConversionError(
        "no resolution number found (a line such as '56/121. Title')",
        source=source,
        hint=_HINT_INPUT,
    )


def _formula_line(
    lines: list[str], number_at: int, lex: Lexicon, source: str | None
) -> tuple[int, str | None]:
    """Where the enacting formula is, and how it is printed (None: not printed at all).

    Some resolutions print it without its comma ("The General Assembly" / "Resolves that:");
    a few PDFs lose the line, and then the preamble starts at the first opening phrase.
    """
    for i in range(number_at + 1, len(lines)):
        if lex.is_formula(lines[i]):
            return i, lines[i]
    for i in range(number_at + 1, len(lines)):
        if lex.match_phrase(lines[i]):
            return i, None
    raise ConversionError(
        f"no enacting formula {lex.formula!r} after the resolution number",
        source=source,
        hint=_HINT_INPUT,
    )


def _footnotes(
    printed: Sequence[tuple[str, str]], lines: list[str], body_end: int, issues: list[Issue]
) -> tuple[tuple[str, str], ...]:
    """The footnotes, each cited at least once; ``lines`` are fixed up where they are not.

    A citation of a footnote the page does not print stays as its printed marker; a footnote
    nobody cites is cited at the end of the last paragraph (before ``body_end``). Both are
    reported.
    """
    notes: dict[str, str] = {}
    for marker, text in printed:
        if not strip_marks(text).strip():
            issues.append(Issue(f"footnote {marker}", "printed without text; left out"))
        elif marker in notes:
            issues.append(Issue(f"footnote {marker}", "printed twice; the second text is appended"))
            notes[marker] = f"{notes[marker]} {text}"
        else:
            notes[marker] = text
    cited: set[str] = set()
    for i, line in enumerate(lines):
        if NOTE_OPEN not in line:
            continue  # most lines cite nothing
        for mark in NOTE_MARK.finditer(line):
            if mark.group(1) not in notes:
                issues.append(Issue(f"footnote {mark.group(1)}", "cited but not printed; kept as text"))
        lines[i] = NOTE_MARK.sub(lambda m: m.group(0) if m.group(1) in notes else m.group(1), line)
        cited.update(m.group(1) for m in NOTE_MARK.finditer(lines[i]))
    uncited = [m for m in notes if m not in cited]
    if uncited:
        last = max((i for i, line in enumerate(lines[:body_end]) if line), default=0)
        lines[last] += "".join(note_mark(m) for m in uncited)
        issues.extend(Issue(f"footnote {m}", "never cited; placed at the end of the text") for m in uncited)
    return tuple(notes.items())


def _adoption_date(heading: date | None, meeting: date | None, source: str | None) -> date:
    if heading and meeting and heading != meeting:
        raise ConversionError(
            f"the heading says adopted on {heading} but the meeting line's date is {meeting}",
            source=source,
            hint="correct the date that was misprinted or misread",
        )
    adopted = heading or meeting
    if adopted is None:
        raise ConversionError(
            "no adoption date: neither the heading nor a meeting line gives one",
            source=source,
            hint="the text should end with the meeting line and its date ('88th plenary meeting' …)",
        )
    return adopted


def _session_of(number: str, source: str | None) -> int:
    session = number.split("/")[0]
    if session.isdigit():
        return int(session)
    raise ConversionError(
        f"no session line in the masthead, and {number!r} does not give the session",
        source=source,
        hint="the masthead should print the session ('Fifty-sixth session')",
    )
