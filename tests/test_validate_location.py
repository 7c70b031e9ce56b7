"""Locations in findings: XPath-like element paths, and libxml2's node paths resolved back."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from unxml.validate.location import element_path, local_name, resolve_path

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


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_element_has_its_path_and_libxml2_paths_resolve(path: Path) -> None:
    tree = etree.parse(str(path))
    cache: dict[etree._Element, str] = {}
    for element in tree.getroot().iter(etree.Element):
        assert element_path(element, cache) == element_path(element) == naive_path(element)
        assert resolve_path(tree, tree.getpath(element)) is element


def test_paths_use_positions_only_among_same_named_siblings() -> None:
    tree = etree.parse(str(FILES[0]))
    container = tree.find(".//{*}preamble/{*}container[2]")
    assert element_path(container) == "/akomaNtoso/statement/preamble/container[2]"
    assert element_path(tree.find(".//{*}preamble/{*}formula")) == "/akomaNtoso/statement/preamble/formula"


def test_unknown_node_paths_resolve_to_nothing() -> None:
    tree = etree.parse(str(FILES[0]))
    assert resolve_path(tree, "/*/*[99]") is None
    assert resolve_path(tree, "/*/text()") is None
