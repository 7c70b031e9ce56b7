"""XPath-like locations of elements, for findings people can follow.

``/akomaNtoso/statement/mainBody/paragraph[3]/num``: local names (the AKN namespace is the
default one, so prefixes would only add noise), with a 1-based position wherever an element
has same-named siblings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import islice

from lxml import etree

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
AKN = "{" + AKN_NS + "}"
_PREFIXES = {
    AKN_NS: "",
    "http://un.org/akn4un": "akn4un:",
    # Reserved: the prefix xml is bound to this namespace in every document.
    "http://www.w3.org/XML/1998/namespace": "xml:",
}
OTHER_NODES = (etree.Comment, etree.ProcessingInstruction, etree.Entity)
"""lxml's tags of the nodes that are children in lxml but not elements in libxml2's node paths."""
_NOT_ELEMENTS = (etree._Comment, etree._ProcessingInstruction, etree._Entity)
"""Their classes: asking an element its class costs less than making the string of its tag."""


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


Step = int | tuple[str | None, str, int]
"""A step below the root: ``*[n]`` as the 0-based position ``n - 1``, any other as ``_node_step`` gives it."""


@lru_cache(maxsize=4096)
def _path_steps(node_path: str) -> tuple[Step, ...] | None:
    """A libxml2 node path's steps below its root (``/*/*/*[6]`` → ``(0, 5)``); None where a
    step names no element (or none at position 0). Cached: the same node paths recur from
    file to file (``/*/*/*[5]/*[12]/*[2]``)."""
    steps = node_path.split("/")
    if len(steps) > 1 and not steps[0]:  # the leading "/"
        del steps[0]
    parsed: list[Step] = []
    for step in steps:
        node_step = _node_step(step)
        if node_step is None or node_step[2] < 1:
            return None
        prefix, name, index = node_step
        parsed.append(index - 1 if name == "*" and prefix is None else node_step)
    return tuple(parsed[1:])


class Locations:
    """The locations of one document's elements.

    Elements come from the rules, and from the schemas as libxml2 node paths (``/*/*/*[6]``,
    ``…/akn4un:voters[2]``), which name no element in a default namespace: those are resolved
    back to the element first. A location is lxml's ``getelementpath()`` (the same steps, made
    in C) with the namespaces shortened. Node paths are resolved step by step from the root
    (their steps parsed once per process); a step ``*[6]`` is the parent's sixth child, except
    under the few parents that also hold comments or processing instructions, which libxml2
    does not count.
    """

    def __init__(
        self,
        tree: etree._ElementTree,
        other_nodes: Callable[[], Iterable[etree._Element]] | None = None,
    ) -> None:
        """``other_nodes()`` gives the document's comments, processing instructions and entity
        references, where a caller already has them (the rules' index of the document);
        otherwise they are looked for here, when a node path first needs them."""
        self._tree = tree
        self._root = "/" + local_name(tree.getroot().tag)
        self._nodes: dict[str, etree._Element | None] = {}
        self._located: dict[str, str] = {}
        self._other_nodes = other_nodes or (lambda: tree.getroot().iter(*OTHER_NODES))
        self._mixed: dict[etree._Element, list[etree._Element] | None] | None = None

    def of(self, element: etree._Element) -> str:
        """The XPath-like location of ``element``."""
        if isinstance(element, _NOT_ELEMENTS):
            parent = element.getparent()
            return (self.of(parent) if parent is not None else "") + "/comment()"
        path = self._tree.getelementpath(element)
        return self._root if path == "." else f"{self._root}/{_short_steps(path)}"

    def element_at(self, node_path: str) -> etree._Element | None:
        """The element at a libxml2 node path, or None if there is none."""
        nodes = self._nodes
        if node_path in nodes:
            return nodes[node_path]
        steps = _path_steps(node_path)
        node = nodes[node_path] = None if steps is None else self._walk(steps)
        return node

    def _walk(self, steps: tuple[Step, ...]) -> etree._Element | None:
        """The element the steps below the root lead to, or None. A step ``*[n]`` is lxml's
        ``parent[n - 1]`` (found in C), or the ``n``-th of the parent's element children where
        lxml also counts a comment or the like among its children."""
        node = self._tree.getroot()
        mixed = self._parents_of_other_nodes()
        for step in steps:
            if step.__class__ is not int:
                node = self._child_at(node, step)
                if node is None:
                    return None
                continue
            # The node itself, or the element children of a parent of comments (every UN file's
            # root), listed once.
            children = mixed.get(node, node) if mixed else node
            if children is None:
                children = mixed[node] = list(node.iterchildren(etree.Element))
            try:  # lxml walks the children to the one asked for: len(node) would walk them all first
                node = children[step]
            except IndexError:
                return None
        return node

    def of_node_path(self, node_path: str) -> str:
        """The location of the element at a libxml2 node path (the node path itself if none).
        Kept: one element often breaks a schema in two ways (a wrong child, a missing one)."""
        location = self._located.get(node_path)
        if location is None:
            node = self.element_at(node_path)
            location = self._located[node_path] = node_path if node is None else self.of(node)
        return location

    def _child_at(self, parent: etree._Element, step: tuple[str | None, str, int]) -> etree._Element | None:
        """The child a libxml2 node path step names. libxml2 counts "*" (an element in a default
        namespace) among all element siblings, and a named step among siblings of that name."""
        prefix, name, index = step
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

    def _parents_of_other_nodes(self) -> dict[etree._Element, list[etree._Element] | None]:
        """The elements with a comment, processing instruction or entity among their children:
        lxml counts those as children (``parent[5]``), libxml2's node paths do not. Each maps
        to its element children, once a node path needs them."""
        if self._mixed is None:
            self._mixed = dict.fromkeys(node.getparent() for node in self._other_nodes())
        return self._mixed


_NAMESPACES = tuple(("{" + ns + "}", prefix) for ns, prefix in _PREFIXES.items())


@lru_cache(maxsize=4096)
def _short_steps(path: str) -> str:
    """``{AKN namespace}p[2]/{akn4un namespace}voters`` → ``p[2]/akn4un:voters``. Cached: the
    same paths recur from file to file (``statement/meta/identification``, ``paragraph[3]``)."""
    for clark, prefix in _NAMESPACES:
        path = path.replace(clark, prefix)
        if "{" not in path:  # most paths are AKN elements only
            break
    return path


@lru_cache(maxsize=4096)
def shorten_names(message: str) -> str:
    """Replace ``{namespace}name`` in libxml2 messages by the names people write. The same
    messages recur from file to file ("Element 'p': This element is not expected …")."""
    if "{" not in message:
        return message
    for ns, prefix in _PREFIXES.items():
        message = message.replace("{" + ns + "}", prefix)
    return message
