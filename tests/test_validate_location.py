"""Locations in findings: XPath-like element paths, and libxml2's node paths resolved back."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from unxml.validate.location import OTHER_NODES, Locations, local_name
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
