"""Locations in findings: XPath-like element paths, and libxml2's node paths resolved back."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from unxml.validate.location import AKN, OTHER_NODES, Locations, local_name
from unxml.validate.rules.base import Document

DATA = Path(__file__).parent / "data"
FILES = [DATA / "validate" / "A_RES_56_121.xml", DATA / "un-validate" / "GA_A-RES-75-100_ara.xml"]


def naive_path(element: etree._Element) -> str:
    steps = []
    for node in [element, *element.iterancestors()]:
        parent = node.getparent()
        same = [c for c in parent if c.tag == node.tag] if parent is not None else [node]
        index = f"[{same.index(node) + 1}]" if len(same) > 1 else ""
        steps.append(local_name(node.tag) + index)
    return "/" + "/".join(reversed(steps))


def every_path_resolves(tree: etree._ElementTree) -> None:
    # The engine hands Locations the comments the rules' index of the document has found.
    document = Document(tree, lambda lang: None)
    indexed = Locations(tree, lambda: document.elements(*OTHER_NODES))
    by_element, by_node_path = Locations(tree), Locations(tree)
    for element in tree.getroot().iter(etree.Element):
        assert by_element.of(element) == naive_path(element)
        node_path = tree.getpath(element)  # libxml2's own node path, as in schema errors
        for locations in (by_node_path, indexed):
            assert locations.element_at(node_path) is element
            assert locations.of_node_path(node_path) == naive_path(element)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_element_has_its_path_and_libxml2_paths_resolve(path: Path) -> None:
    every_path_resolves(etree.parse(str(path)))


def test_node_paths_count_default_namespace_steps_among_all_element_siblings() -> None:
    # libxml2 writes "*[3]" for the third element child, whatever the namespaces of the first two.
    tree = etree.ElementTree(
        etree.fromstring(
            '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0" xmlns:u="http://un.org/akn4un">'
            "<!-- a comment --><u:voters/><p/><u:voters/><p/><x:p xmlns:x='urn:x'/><p/>"
            "<plain xmlns=''/></akomaNtoso>"
        )
    )
    every_path_resolves(tree)
    assert Locations(tree).of_node_path("/*/*[4]") == "/akomaNtoso/p[2]"
    assert Locations(tree).of_node_path("/*/u:voters[2]") == "/akomaNtoso/akn4un:voters[2]"


def test_paths_use_positions_only_among_same_named_siblings() -> None:
    tree = etree.parse(str(FILES[0]))
    locations = Locations(tree)
    container = tree.find(".//{*}preamble/{*}container[2]")
    assert locations.of(container) == "/akomaNtoso/statement/preamble/container[2]"
    assert locations.of(tree.find(".//{*}preamble/{*}formula")) == "/akomaNtoso/statement/preamble/formula"


def test_unknown_node_paths_resolve_to_nothing_and_are_kept_as_they_are() -> None:
    locations = Locations(etree.parse(str(FILES[0])))
    assert locations.element_at("/*/*[99]") is None
    assert locations.element_at("/*/*[0]") is None
    assert locations.element_at("/*/text()") is None
    assert locations.of_node_path("/*/*[99]") == "/*/*[99]"


def test_node_paths_skip_comments_and_processing_instructions_at_any_depth() -> None:
    # lxml counts comments and processing instructions as children (parent[1]); libxml2's node
    # paths count elements only.
    tree = etree.ElementTree(
        etree.fromstring(
            '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement>'
            "<p/><?keep this?><p><!-- x --><num/></p><p/></statement></akomaNtoso>"
        )
    )
    every_path_resolves(tree)
    locations = Locations(tree)
    assert locations.of_node_path("/*/*/*[3]") == "/akomaNtoso/statement/p[3]"
    assert locations.of_node_path("/*/*/*[2]/*") == "/akomaNtoso/statement/p[2]/num"
    comment = next(tree.getroot().iter(etree.Comment))
    assert locations.of(comment) == "/akomaNtoso/statement/p[2]/comment()"


@settings(max_examples=40, deadline=None)
@given(
    inserts=st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=10**6),
            st.integers(min_value=0, max_value=10**6),
            st.sampled_from(["comment", "instruction", "akn", "prefixed", "unprefixed"]),
        ),
        max_size=8,
    )
)
def test_node_paths_resolve_with_comments_and_other_namespaces_anywhere(inserts: list) -> None:
    # Node paths are walked from the root with lxml's parent[n] wherever lxml's children are
    # libxml2's; comments and processing instructions (every UN file has one under its root)
    # and elements of other namespaces are put anywhere to prove where they are not.
    root = etree.parse(str(FILES[0])).getroot()
    elements = list(root.iter(etree.Element))
    for pick, place, kind in inserts:
        parent = elements[pick % len(elements)]
        node = {
            "comment": lambda: etree.Comment("x"),
            "instruction": lambda: etree.PI("keep", "this"),
            "akn": lambda: etree.Element(AKN + "p"),
            "prefixed": lambda: etree.Element("{urn:x}q", nsmap={"x": "urn:x"}),
            "unprefixed": lambda: etree.Element("{urn:y}r", nsmap={None: "urn:y"}),
        }[kind]()
        parent.insert(place % (len(parent) + 1), node)
    every_path_resolves(etree.ElementTree(etree.fromstring(etree.tostring(root))))


def test_messages_name_namespaces_by_the_prefixes_people_write() -> None:
    from unxml.validate.location import shorten_names

    xml, akn = "{http://www.w3.org/XML/1998/namespace}", "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
    message = f"Element '{akn}p', attribute '{xml}space': The attribute '{xml}space' is not allowed."
    assert (
        shorten_names(message)
        == "Element 'p', attribute 'xml:space': The attribute 'xml:space' is not allowed."
    )
    assert shorten_names("Element '{http://un.org/akn4un}voters'") == "Element 'akn4un:voters'"
    assert shorten_names("Element '{urn:other}x'") == "Element '{urn:other}x'"
