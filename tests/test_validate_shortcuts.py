"""The validator's shortcuts taken for speed give the answers of the lxml calls they stand for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from unxml.validate.rules.base import Document
from unxml.validate.rules.children import children, first_child
from unxml.validate.rules.numbering import _find_operative_paragraphs

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
_TAGS = [AKN + "num", AKN + "content", AKN + "p", "{urn:other}num", "num"]
_KINDS = st.sampled_from([*_TAGS, "comment", "pi"])


def _element_with_children(kinds: list[str]) -> etree._Element:
    parent = etree.Element(AKN + "paragraph")
    for kind in kinds:
        if kind == "comment":
            parent.append(etree.Comment("num"))
        elif kind == "pi":
            parent.append(etree.ProcessingInstruction("num", "x"))
        else:
            etree.SubElement(parent, kind)
    return parent


@settings(max_examples=200, deadline=None)
@given(kinds=st.lists(_KINDS, max_size=8), tag=st.sampled_from(_TAGS))
def test_children_by_tag_are_those_lxml_finds(kinds: list[str], tag: str) -> None:
    parent = _element_with_children(kinds)
    assert first_child(parent, tag) is parent.find(tag)
    assert children(parent, tag) == list(parent.iterchildren(tag))


_NESTING = st.recursive(
    st.sampled_from(["paragraph", "list", "point", "content"]).map(lambda name: (name, [])),
    lambda inner: st.tuples(
        st.sampled_from(["paragraph", "list", "point", "mainBody"]), st.lists(inner, max_size=3)
    ),
    max_leaves=12,
)


def _build(parent: etree._Element, node: tuple[str, list]) -> None:
    name, kids = node
    element = etree.SubElement(parent, AKN + name)
    for kid in kids:
        _build(element, kid)


@settings(max_examples=200, deadline=None)
@given(body=st.lists(_NESTING, max_size=4), wrapped=st.booleans())
def test_operative_paragraphs_are_those_with_no_paragraph_above(body: list, wrapped: bool) -> None:
    root = etree.Element(AKN + "akomaNtoso")
    holder = etree.SubElement(root, AKN + "paragraph") if wrapped else root
    statement = etree.SubElement(holder, AKN + "statement")
    main = etree.SubElement(statement, AKN + "mainBody")
    for node in body:
        _build(main, node)
    document = Document(etree.ElementTree(root), lambda lang: None)
    expected = [
        p for p in main.iter(AKN + "paragraph") if next(p.iterancestors(AKN + "paragraph"), None) is None
    ]
    assert list(_find_operative_paragraphs(document)) == expected
