"""The identifying facts of each resolution in a file, as printed and as recorded in <meta>.

Several rules compare these (symbol with number, session with both, IRIs with the FRBR
values, dates with each other), so they are read once per document element.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from lxml import etree

from unxml.validate.location import AKN
from unxml.validate.rules.base import text_of
from unxml.validate.rules.children import children, first_child

_LEVELS = ("FRBRWork", "FRBRExpression", "FRBRManifestation")


@dataclass
class Facts:
    """What one ``statement`` or ``documentCollection`` says about itself (None where absent)."""

    element: etree._Element
    symbol: etree._Element | None = None  # coverPage docNumber[@refersTo='#symbol']
    number: etree._Element | None = None  # preface docNumber ("56/121.")
    session: etree._Element | None = None  # coverPage session
    issued: etree._Element | None = None  # coverPage docDate[@refersTo='#dateOfIssuance']
    meeting_date: etree._Element | None = None  # conclusions docDate[@refersTo='#adoptionDate']
    proponent: etree._Element | None = None  # coverPage docProponent
    frbr: dict[str, etree._Element] = field(default_factory=dict)  # level → FRBRWork/…
    _frbr_children: dict[tuple[str, str], etree._Element | None] = field(default_factory=dict, repr=False)

    def frbr_child(self, level: str, name: str) -> etree._Element | None:
        """``FRBRuri`` of ``FRBRWork`` …, looked up once: several rules ask for the same ones."""
        key = (level, name)
        if key not in self._frbr_children:
            holder = self.frbr.get(level)
            self._frbr_children[key] = first_child(holder, AKN + name) if holder is not None else None
        return self._frbr_children[key]

    @cached_property
    def symbol_text(self) -> str:
        """The symbol as printed ("A/RES/56/121"), white space collapsed; "" where there is none."""
        return text_of(self.symbol)

    @cached_property
    def number_text(self) -> str | None:
        """The resolution number as printed in the preface, without its final full stop."""
        if self.number is None:
            return None
        return text_of(self.number).rstrip(".").strip() or None

    @property
    def adoption(self) -> etree._Element | None:
        """The Work's FRBRdate (its adoption date)."""
        return self.frbr_child("FRBRWork", "FRBRdate")


def parse_date(value: str | None) -> date | None:
    """An xsd:date or dateTime value as a date; None if it is not a real calendar date."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _first(root: etree._Element | None, name: str, refers_to: str | None = None) -> etree._Element | None:
    """The first ``name`` below ``root`` (with that ``refersTo``, if given). A tag-filtered
    iteration runs in C and costs less than evaluating an XPath expression."""
    if root is None:
        return None
    for found in root.iterdescendants(AKN + name):
        if refers_to is None or found.get("refersTo") == refers_to:
            return found
    return None


def facts_of(element: etree._Element) -> Facts:
    """Read the facts of one ``statement``/``documentCollection`` (not of its components)."""
    facts = Facts(element)
    cover = first_child(element, AKN + "coverPage")
    facts.symbol = _first(cover, "docNumber", "#symbol")
    facts.session = _first(cover, "session")
    facts.issued = _first(cover, "docDate", "#dateOfIssuance")
    facts.proponent = _first(cover, "docProponent")
    facts.number = _first(first_child(element, AKN + "preface"), "docNumber")
    facts.meeting_date = _first(first_child(element, AKN + "conclusions"), "docDate", "#adoptionDate")
    identification = next(
        (
            found
            for meta in children(element, AKN + "meta")
            if (found := first_child(meta, AKN + "identification")) is not None
        ),
        None,
    )
    if identification is not None:
        for level in _LEVELS:
            holder = first_child(identification, AKN + level)
            if holder is not None:
                facts.frbr[level] = holder
    return facts


def documents(elements: list[etree._Element]) -> list[Facts]:
    """Facts of each resolution-like document element (collections and statements) given."""
    return [facts_of(e) for e in elements]
