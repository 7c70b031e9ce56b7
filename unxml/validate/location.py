"""XPath-like locations of elements, for findings people can follow.

``/akomaNtoso/statement/mainBody/paragraph[3]/num``: local names (the AKN namespace is the
default one, so prefixes would only add noise), with a 1-based position wherever an element
has same-named siblings.
"""

from __future__ import annotations

import re

from lxml import etree

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
AKN = "{" + AKN_NS + "}"
_PREFIXES = {AKN_NS: "", "http://un.org/akn4un": "akn4un:"}


def local_name(tag: str) -> str:
    """``{ns}name`` → ``name`` for the AKN namespace, ``akn4un:name`` for the UN's extensions."""
    if tag[:1] != "{":
        return tag
    ns, _, name = tag[1:].partition("}")
    return _PREFIXES.get(ns, "{" + ns + "}") + name


def _step(node: etree._Element) -> str:
    tag = node.tag
    if not isinstance(tag, str):  # comments and processing instructions
        return "comment()"
    step = local_name(tag)
    before = sum(1 for _ in node.itersiblings(tag, preceding=True))
    if before or next(node.itersiblings(tag), None) is not None:
        step += f"[{before + 1}]"
    return step


def element_path(element: etree._Element, cache: dict[etree._Element, str] | None = None) -> str:
    """The XPath-like location of ``element`` in its tree.

    ``cache`` (one per document) keeps the paths of elements already located, so that many
    findings in one document share the work for their common ancestors.
    """
    if cache is not None and element in cache:
        return cache[element]
    parent = element.getparent()
    prefix = element_path(parent, cache) if parent is not None else ""
    path = f"{prefix}/{_step(element)}"
    if cache is not None:
        cache[element] = path
    return path


# A step of a libxml2 node path: "*[6]" (default namespace), "akn4un:voters[2]", "name".
_STEP = re.compile(r"^(?:(?P<prefix>[^:\[]+):)?(?P<name>[^:\[]+)(?:\[(?P<index>\d+)\])?$")


def _matches(child: etree._Element, prefix: str | None, name: str) -> bool:
    if not isinstance(child.tag, str):
        return False
    if name == "*":
        return child.prefix is None
    return child.prefix == prefix and etree.QName(child).localname == name


def resolve_path(
    tree: etree._ElementTree, path: str, cache: dict[str, etree._Element | None] | None = None
) -> etree._Element | None:
    """The element at a libxml2 node path (``/*/*/*[6]``, ``…/akn4un:voters``), or None.

    ``cache`` (one per document) keeps the elements of paths already resolved: a schema's
    findings in one file share most of their ancestors.
    """
    if cache is not None and path in cache:
        return cache[path]
    parent_path, _, step = path.rpartition("/")
    if not parent_path:  # the root step
        node = tree.getroot() if _STEP.match(step) else None
    else:
        parent = resolve_path(tree, parent_path, cache)
        node = _child_at(parent, step) if parent is not None else None
    if cache is not None:
        cache[path] = node
    return node


def _child_at(node: etree._Element, step: str) -> etree._Element | None:
    match = _STEP.match(step)
    if match is None:
        return None
    same = [child for child in node if _matches(child, match["prefix"], match["name"])]
    index = int(match["index"] or 1) - 1
    return same[index] if index < len(same) else None


def shorten_names(message: str) -> str:
    """Replace ``{namespace}name`` in libxml2 messages by the names people write."""
    for ns, prefix in _PREFIXES.items():
        message = message.replace("{" + ns + "}", prefix)
    return message
