"""FRBR IRIs of a resolution (AKN naming convention as the UN applies it) and of what it cites.

Work      ``/akn/un/statement/deliberation/unga/2001-12-19/56-121``       (``FRBRuri``)
          ``…/56-121/!main``                                              (``FRBRthis``)
Expression ``…/56-121/eng@`` and ``…/56-121/eng@/!main``
Manifestation ``…/56-121/eng@.xml`` and ``…/56-121/eng@/!main.xml``

A resolution's number becomes the IRI's number segment with ``/`` turned into ``-`` and the
letters kept (``56/121`` → ``56-121``, ``75/101 A`` → ``75-101A``, ``ES-11/1`` → ``ES-11-1``).
Annexes are components of the main document: ``…/!main/annex_1``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from unxml.lang import language

ACTOR = "unga"
"""The actor segment the UN's own files use for the General Assembly."""

PREFIX = f"/akn/un/statement/deliberation/{ACTOR}"
DOC_PREFIX = "/akn/un/doc"

# A resolution number as printed in a citation: "55/63", "ES-10/2", "S-26/2", "75/101 A".
_RESOLUTION_NUMBER = re.compile(r"^(?:(?:ES|S)-)?\d+/\d+(?: ?[A-Z](?:-[A-Z])?)?$")
_RESOLUTION_SYMBOL = re.compile(r"^A/RES/(?P<number>.+)$")


def number_segment(number: str) -> str:
    """The IRI segment for a resolution number: ``56/121`` → ``56-121``, ``75/101 A`` → ``75-101A``."""
    return number.replace("/", "-").replace(" ", "")


def work_uri(number: str, adoption_date: date) -> str:
    """The Work IRI of resolution ``number`` adopted on ``adoption_date`` (FRBRuri, no ``!main``)."""
    return f"{PREFIX}/{adoption_date.isoformat()}/{number_segment(number)}"


@dataclass(frozen=True)
class FrbrIris:
    """The six IRIs of one document's identification block (``this`` names the component)."""

    work_this: str
    work_uri: str
    expression_this: str
    expression_uri: str
    manifestation_this: str
    manifestation_uri: str


def document_iris(number: str, adoption_date: date, lang: str, component: str = "!main") -> FrbrIris:
    """The FRBR IRIs of resolution ``number`` in language ``lang`` (ISO 639-1 or 639-2).

    ``component`` is ``!main`` for the resolution itself, ``!main/annex_1`` for its first annex.
    """
    work = work_uri(number, adoption_date)
    expression = f"{work}/{language(lang).iso639_2}@"
    return FrbrIris(
        work_this=f"{work}/{component}",
        work_uri=work,
        expression_this=f"{expression}/{component}",
        expression_uri=expression,
        manifestation_this=f"{expression}/{component}.xml",
        manifestation_uri=f"{expression}.xml",
    )


def annex_component(index: int) -> str:
    """The component name of the ``index``-th annex (1-based)."""
    return f"!main/annex_{index}"


def doc_iri(symbol: str) -> str:
    """The IRI of a UN document known only by its symbol: ``A/56/574`` → ``/akn/un/doc/A/56/574``.

    Spaces in a symbol ("A/RES/75/101 A") become ``_`` because an IRI has none.
    """
    symbol = symbol.strip()
    if not symbol:
        raise ValueError("a document symbol cannot be empty")
    return f"{DOC_PREFIX}/{'_'.join(symbol.split())}"


def resolution_number(target: str) -> str | None:
    """The resolution number cited by ``target`` ("55/63" or "A/RES/55/63"), or None."""
    target = " ".join(target.split())
    symbol = _RESOLUTION_SYMBOL.match(target)
    if symbol:
        target = symbol.group("number")
    return target if _RESOLUTION_NUMBER.match(target) else None


def cited_href(target: str, adoption_date: date | None = None) -> str:
    """``Ref.href`` for a cited resolution number or document symbol.

    A resolution whose adoption date is known gets its AKN4UN Work IRI with ``/!main``
    (``55/63`` + 4 December 2000 → ``…/unga/2000-12-04/55-63/!main``); without the date, or
    for any other document, the symbol IRI (``55/2`` → ``/akn/un/doc/A/RES/55/2``). Never a
    guess at a date.
    """
    number = resolution_number(target)
    if number is None:
        if adoption_date is not None:
            raise ValueError(f"{target!r} is not a resolution number, so it has no adoption date")
        return doc_iri(target)
    if adoption_date is None:
        return doc_iri(f"A/RES/{number}")
    return f"{work_uri(number, adoption_date)}/!main"
