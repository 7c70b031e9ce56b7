"""The words of a resolution model, in reading order, for checking that nothing was lost."""

from __future__ import annotations

import re
from collections.abc import Iterator

from unxml.model import OperativeParagraph, Point, PreambularParagraph, Resolution, Section, plain
from unxml.text.marks import strip_marks

_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """The words of printed text, note marks dropped."""
    return _WORD.findall(strip_marks(text))


def _points(points: tuple[Point, ...]) -> Iterator[str]:
    for point in points:
        yield point.num
        yield plain(point.text)
        yield from _points(point.points)
        yield plain(point.wrap_up)


def _preamble(paragraphs: tuple[PreambularParagraph, ...]) -> Iterator[str]:
    for paragraph in paragraphs:
        yield paragraph.lead_in
        yield paragraph.phrase
        yield plain(paragraph.text)
        yield from _points(paragraph.points)


def _body(items: tuple[OperativeParagraph | Section, ...]) -> Iterator[str]:
    for item in items:
        if isinstance(item, Section):
            yield item.num or ""
            yield plain(item.heading)
            yield from _preamble(item.preamble)
            yield from _body(item.body)
        else:
            yield item.num or ""
            yield item.lead_in
            yield item.verb
            yield plain(item.text)
            yield from _points(item.points)
            yield plain(item.wrap_up)


def body_words(res: Resolution) -> list[str]:
    """Words from the number line to the end (number, title, formula, paragraphs, meeting, annexes)."""
    pieces = [res.number, plain(res.title), res.formula or ""]
    pieces += [*_preamble(res.preamble), *_body(res.body)]
    for part in res.parts:
        pieces += [part.letter, plain(part.title), part.formula, *_preamble(part.preamble), *_body(part.body)]
        pieces += [
            part.meeting.text if part.meeting else "",
            part.meeting_date.text if part.meeting_date else "",
        ]
    if res.meeting:
        pieces.append(res.meeting.text)
    if res.meeting_date:
        pieces.append(res.meeting_date.text)
    for annex in res.annexes:
        pieces += [*annex.heading, *(plain(p) for p in annex.paragraphs)]
    return words(" ".join(pieces))


def masthead_words(res: Resolution) -> list[str]:
    """Words of the masthead fields the model keeps."""
    agenda = res.agenda
    pieces = [
        res.symbol,
        res.distribution or "",
        res.distribution_date.text if res.distribution_date else "",
        res.session_text or "",
        agenda.text if agenda else "",
        (agenda.title or "") if agenda else "",
        res.heading or "",
        res.origin.text if res.origin else "",
    ]
    return words(" ".join(pieces))


def footnote_words(res: Resolution) -> list[str]:
    return words(" ".join(plain(f.text) for f in res.footnotes))
