"""XPath-like locations of elements, for findings people can follow.

``/akomaNtoso/statement/mainBody/paragraph[3]/num``: local names (the AKN namespace is the
default one, so prefixes would only add noise), with a 1-based position wherever an element
has same-named siblings.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from lxml import etree

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
AKN = "{" + AKN_NS + "}"
_PREFIXES = {AKN_NS: "", "http://un.org/akn4un": "akn4un:"}


@lru_cache(maxsize=1024)
def local_name(tag: str) -> str:
    """``{ns}name`` → ``name`` for the AKN namespace, ``akn4un:name`` for the UN's extensions."""
    if tag[:1] != "{":
        return tag
    ns, _, name = tag[1:].partition("}")
    return _PREFIXES.get(ns, "{" + ns + "}") + name


# A step of a libxml2 node path: "*[6]" (default namespace), "akn4un:voters[2]", "name".
_STEP = re.compile(r"^(?:(?P<prefix>[^:\[]+):)?(?P<name>[^:\[]+)(?:\[(?P<index>\d+)\])?$")


@lru_cache(maxsize=1024)
def _node_step(step: str) -> tuple[str | None, str, int] | None:
    """``*[6]`` → (None, "*", 6), ``akn4un:voters`` → ("akn4un", "voters", 1); None if no element step."""
    match = _STEP.match(step)
    if match is None or match["name"].endswith(")"):  # text(), comment(): not an element
        return None
    return match["prefix"], match["name"], int(match["index"] or 1)


class Locations:
    """The locations of one document's elements, each computed once.

    Elements come from the rules, and from the schemas as libxml2 node paths (``/*/*/*[6]``,
    ``…/akn4un:voters[2]``), which name no element in a default namespace: those are resolved
    back to the element. A document's findings share most of their ancestors, and often their
    element, so both lookups are cached; a group of same-named siblings is numbered at once.
    """

    def __init__(self, tree: etree._ElementTree) -> None:
        self._tree = tree
        self._paths: dict[etree._Element, str] = {}
        self._steps: dict[etree._Element, str] = {}
        self._nodes: dict[str, tuple[etree._Element | None, str]] = {}

    def of(self, element: etree._Element) -> str:
        """The XPath-like location of ``element``."""
        path = self._paths.get(element)
        if path is None:
            parent = element.getparent()
            prefix = self.of(parent) if parent is not None else ""
            path = self._paths[element] = f"{prefix}/{self._step(element, parent)}"
        return path

    def _step(self, element: etree._Element, parent: etree._Element | None) -> str:
        step = self._steps.get(element)
        if step is not None:
            return step
        tag = element.tag
        if not isinstance(tag, str):  # comments and processing instructions
            return "comment()"
        name = local_name(tag)
        same = list(parent.iterchildren(tag)) if parent is not None else [element]
        if len(same) == 1:
            self._steps[element] = name
        else:
            for position, sibling in enumerate(same, 1):
                self._steps[sibling] = f"{name}[{position}]"
        return self._steps[element]

    def element_at(self, node_path: str) -> etree._Element | None:
        """The element at a libxml2 node path, or None if there is none."""
        return self._at(node_path)[0]

    def of_node_path(self, node_path: str) -> str:
        """The location of the element at a libxml2 node path (the node path itself if none)."""
        return self._at(node_path)[1]

    def _at(self, node_path: str) -> tuple[etree._Element | None, str]:
        """The element at a node path and its location, resolved step by step from the root."""
        found = self._nodes.get(node_path)
        if found is not None:
            return found
        parent_path, _, step = node_path.rpartition("/")
        parsed = _node_step(step)
        node: etree._Element | None = None
        location = node_path
        if parsed is not None and not parent_path:  # the root step
            node = self._tree.getroot()
            location = self.of(node)
        elif parsed is not None:
            parent, parent_location = self._at(parent_path)
            if parent is not None and (node := _child_at(parent, *parsed)) is not None:
                # The parent's location is known: the child's follows without a walk up.
                location = self._paths.get(node) or self._paths.setdefault(
                    node, f"{parent_location}/{self._step(node, parent)}"
                )
        found = self._nodes[node_path] = (node, location)
        return found


def _child_at(parent: etree._Element, prefix: str | None, name: str, index: int) -> etree._Element | None:
    """The child a libxml2 node path step names. libxml2 counts "*" (an element in a default
    namespace) among all element siblings, and a named step among siblings of that name."""
    if name == "*":
        candidates = parent.iterchildren(etree.Element)
    elif prefix is None:
        candidates = parent.iterchildren(name)  # an element in no namespace
    else:
        candidates = (
            child
            for child in parent.iterchildren(etree.Element)
            if child.prefix == prefix and etree.QName(child).localname == name
        )
    return next(islice(candidates, index - 1, None), None)


@lru_cache(maxsize=4096)
def shorten_names(message: str) -> str:
    """Replace ``{namespace}name`` in libxml2 messages by the names people write. The same
    messages recur from file to file ("Element 'p': This element is not expected …")."""
    if "{" not in message:
        return message
    for ns, prefix in _PREFIXES.items():
        message = message.replace("{" + ns + "}", prefix)
    return message
