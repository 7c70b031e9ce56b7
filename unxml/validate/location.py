"""XPath-like locations of elements, for findings people can follow.

``/akomaNtoso/statement/mainBody/paragraph[3]/num``: local names (the AKN namespace is the
default one, so prefixes would only add noise), with a 1-based position wherever an element
has same-named siblings.
"""

from __future__ import annotations

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


def element_path(element: etree._Element) -> str:
    """The XPath-like location of ``element`` in its tree."""
    steps: list[str] = []
    node: etree._Element | None = element
    while node is not None:
        tag = node.tag
        if not isinstance(tag, str):  # comments and processing instructions
            steps.append("comment()")
            node = node.getparent()
            continue
        step = local_name(tag)
        parent = node.getparent()
        if parent is not None:
            same = [child for child in parent if child.tag == tag]
            if len(same) > 1:
                step += f"[{same.index(node) + 1}]"
        steps.append(step)
        node = parent
    return "/" + "/".join(reversed(steps))


def shorten_names(message: str) -> str:
    """Replace ``{namespace}name`` in libxml2 messages by the names people write."""
    for ns, prefix in _PREFIXES.items():
        message = message.replace("{" + ns + "}", prefix)
    return message
