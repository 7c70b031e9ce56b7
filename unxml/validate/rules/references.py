"""References: every ``#…`` reference resolves to an eId in the document; FRBRauthor uses one."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from unxml.validate.location import local_name
from unxml.validate.rules.base import Document, Issue, first_of_each, rule

# Attributes that hold references (AKN ``referenceRef`` / ``listReferenceRef`` / ``anyURI``).
_REFERENCE_ATTRIBUTES = ("refersTo", "href", "source", "as", "by", "outcome", "src", "to", "from")
_XPATH = " | ".join(f"//@{name}[contains(., '#')]" for name in _REFERENCE_ATTRIBUTES)


@rule("UNX141", "error", 'every refersTo and href="#…" resolves to an eId in the document')
def local_references(doc: Document) -> Iterator[Issue]:
    return first_of_each(_dangling(doc), "references")


def _dangling(doc: Document) -> Iterator[tuple[str, etree._Element, str]]:
    ids = doc.ids
    for value in doc.root.xpath(_XPATH):
        for token in str(value).split():
            if token.startswith("#") and token[1:] not in ids:
                element = value.getparent()
                message = (
                    f'{value.attrname}="{token}" on <{local_name(element.tag)}> points to no eId in this '
                    "document (add a TLC with that eId to <references>)"
                )
                yield token, element, message


@rule("UNX142", "warning", "FRBRauthor/@href and @as are '#' references to TLCs")
def frbr_author_references(doc: Document) -> Iterator[Issue]:
    return first_of_each(_bare_author_references(doc), "FRBRauthor references")


def _bare_author_references(doc: Document) -> Iterator[tuple[str, etree._Element, str]]:
    for author in doc.root.xpath("//*[local-name()='FRBRauthor']"):
        for attribute in ("href", "as"):
            value = author.get(attribute)
            if value is not None and not value.startswith("#"):
                yield (
                    attribute,
                    author,
                    f"FRBRauthor {attribute}=\"{value}\" should be '#{value}', a reference to a TLC",
                )
