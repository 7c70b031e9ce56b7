"""References: every ``#…`` reference resolves to an eId in the document; FRBRauthor uses one."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from lxml import etree

from unxml.validate.location import AKN, local_name
from unxml.validate.rules.base import Document, Issue, first_of_each, rule


@rule("UNX141", "error", 'every refersTo and href="#…" resolves to an eId in the document')
def local_references(doc: Document) -> Iterator[Issue]:
    return first_of_each(_dangling(doc), "references")


def _dangling(doc: Document) -> Iterator[tuple[str, etree._Element, Callable[[], str]]]:
    ids = doc.ids
    for element, attribute, value in doc.attributes.references:
        for token in value.split():
            if token.startswith("#") and token[1:] not in ids:
                yield token, element, _dangling_message(attribute, token, element)


def _dangling_message(attribute: str, token: str, element: etree._Element) -> Callable[[], str]:
    return lambda: (
        f'{attribute}="{token}" on <{local_name(element.tag)}> points to no eId in this document '
        "(add a TLC with that eId to <references>)"
    )


@rule("UNX142", "warning", "FRBRauthor/@href and @as are '#' references to TLCs")
def frbr_author_references(doc: Document) -> Iterator[Issue]:
    return first_of_each(_bare_author_references(doc), "FRBRauthor references")


def _bare_author_references(doc: Document) -> Iterator[tuple[str, etree._Element, Callable[[], str]]]:
    for author in doc.elements(AKN + "FRBRauthor"):
        for attribute in ("href", "as"):
            value = author.get(attribute)
            if value is not None and not value.startswith("#"):
                yield (
                    attribute,
                    author,
                    f"FRBRauthor {attribute}=\"{value}\" should be '#{value}', a reference to a TLC",
                )
