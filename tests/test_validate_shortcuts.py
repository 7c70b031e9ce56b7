"""The validator's shortcuts taken for speed give the answers of the lxml calls they stand for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from unxml.validate.rules.children import children, first_child

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
