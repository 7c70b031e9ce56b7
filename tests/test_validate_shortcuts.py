"""The validator's shortcuts taken for speed give the answers of the lxml calls they stand for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from unxml.validate.rules.base import Document, _running_text, lead_text
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


_RUNNING = st.recursive(
    st.tuples(st.sampled_from(["span", "i", "authorialNote", "num", "comment"]), st.just([])),
    lambda inner: st.tuples(
        st.sampled_from(["span", "i", "authorialNote", "p"]), st.lists(inner, max_size=3)
    ),
    max_leaves=8,
)
_PIECE = st.one_of(st.none(), st.text(st.sampled_from("ab \n\t"), max_size=90))


def _add_text(element: etree._Element, node: tuple, data: st.DataObject) -> None:
    _, kids = node
    for kid in kids:
        kid_name = kid[0]
        child = (
            etree.Comment(data.draw(st.text("xy ", max_size=5)))
            if kid_name == "comment"
            else etree.SubElement(element, AKN + kid_name)
        )
        if kid_name == "comment":
            element.append(child)
        else:
            child.text = data.draw(_PIECE)
            _add_text(child, kid, data)
        child.tail = data.draw(_PIECE)


def _pieces_up_to(element: etree._Element, limit: int) -> list[str]:
    """The specification: the pieces of running text (text and tails, in document order; a
    footnote's or number's own text left out, its tail kept), up to and including the first
    piece that brings them to ``limit`` characters."""
    pieces: list[str] = []

    def visit(node: etree._Element) -> None:
        pieces.append(node.text or "")
        for child in node:
            if child.tag not in (AKN + "authorialNote", AKN + "note", AKN + "num"):
                visit(child)
            pieces.append(child.tail or "")

    visit(element)
    taken, size = [], 0
    for piece in pieces:
        if size >= limit:
            break
        if piece:
            taken.append(piece)
            size += len(piece)
    return taken


@settings(max_examples=300, deadline=None)
@given(data=st.data(), shape=_RUNNING, limit=st.integers(1, 60))
def test_lead_text_collapses_the_running_text_up_to_the_limit(data, shape, limit) -> None:
    element = etree.Element(AKN + "p")
    element.text = data.draw(_PIECE)
    _add_text(element, shape, data)
    pieces = _pieces_up_to(element, limit)
    read: list[str] = []
    _running_text(element, read, 0, limit)
    assert read == pieces
    raw = "".join(pieces)
    text = " ".join(raw[: 2 * limit].split())
    if len(text) < limit and len(raw) > 2 * limit:
        text = " ".join(raw.split())
    assert lead_text(element, limit) == text[:limit]
