"""The writer's own element tree gives the bytes lxml gave for the same tree, indented as before."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from unxml.akn.names import NSMAP
from unxml.akn.tree import Element, serialise, sub_element
from unxml.akn.writer import INDENT, STRUCTURAL

# Structural and mixed-content tags, and the one foreign-namespace tag the writer writes.
_TAGS = ["p", "i", "span", "container", "paragraph", "content", "akn4un:session"]
_CLARK = {"akn4un:session": f"{{{NSMAP['akn4un']}}}session"}
# Everything the escaping must get right, in the characters XML can carry.
_TEXT = st.text(
    st.sampled_from(["a", "é", "中", "😀", " ", "\u00a0", "&", "<", ">", '"', "'", "\t", "\r", "\n", ";"])
)
_MAYBE_TEXT = st.none() | _TEXT


@dataclass
class _Spec:
    tag: str
    attrib: dict[str, str]
    text: str | None
    tail: str | None
    children: list[_Spec]


_SPECS = st.recursive(
    st.builds(_Spec, st.sampled_from(_TAGS), st.dictionaries(st.sampled_from(["eId", "name", "href"]), _TEXT),
              _MAYBE_TEXT, _MAYBE_TEXT, st.just([])),
    lambda children: st.builds(
        _Spec, st.sampled_from(_TAGS), st.dictionaries(st.sampled_from(["eId", "class"]), _TEXT, max_size=2),
        _MAYBE_TEXT, _MAYBE_TEXT, st.lists(children, max_size=3),
    ),
    max_leaves=12,
)  # fmt: skip


def _ours(specs: list[_Spec]) -> bytes:
    def build(parent: Element, spec: _Spec) -> None:
        element = sub_element(parent, spec.tag, spec.text, **spec.attrib)
        element.tail = spec.tail
        for child in spec.children:
            build(element, child)

    root = Element("akomaNtoso", {})
    for spec in specs:
        build(root, spec)
    return serialise(root, NSMAP, STRUCTURAL, INDENT)


def _lxml(specs: list[_Spec]) -> bytes:
    """The writer's former way: an lxml tree, indented, then serialised by lxml."""

    def build(parent: etree._Element, spec: _Spec) -> None:
        element = etree.SubElement(parent, _CLARK.get(spec.tag, spec.tag), spec.attrib)
        element.text, element.tail = spec.text, spec.tail
        for child in spec.children:
            build(element, child)

    def indent(element: etree._Element, level: int = 0) -> None:
        if element.tag not in STRUCTURAL or not len(element):
            return
        inner = "\n" + INDENT * (level + 1)
        element.text = inner
        for child in element:
            child.tail = inner
            indent(child, level + 1)
        element[-1].tail = "\n" + INDENT * level

    root = etree.Element("akomaNtoso", nsmap={p: uri for p, uri in NSMAP.items() if p is not None})
    for spec in specs:
        build(root, spec)
    indent(root)
    written = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    return written.replace(b"<akomaNtoso", f'<akomaNtoso xmlns="{NSMAP[None]}"'.encode(), 1)


@settings(max_examples=300, deadline=None)
@given(specs=st.lists(_SPECS, max_size=3))
def test_a_tree_is_written_as_lxml_wrote_it(specs):
    assert _ours(specs) == _lxml(specs)


def test_an_empty_text_is_not_an_empty_element():
    root = Element("akomaNtoso", {})
    sub_element(root, "p", "")
    sub_element(root, "p")
    assert (
        serialise(root, {}, frozenset(), "")
        == b"<?xml version='1.0' encoding='UTF-8'?>\n<akomaNtoso><p></p><p/></akomaNtoso>"
    )
