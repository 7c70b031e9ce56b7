"""The writer's element tree, and its serialisation in the bytes lxml gives for the same tree.

Building the document with lxml cost the writer more than all of its own logic (about 2 µs an
element, most of it in setting attributes), and indenting it a walk over the tree before
lxml walked it again to serialise. The writer needs little of lxml: elements with a tag,
attributes in order, text, tail and children. This tree holds just that and is written out in
one pass that also indents, with libxml2's escaping; ``tests/test_xml_tree.py`` holds it to
lxml's bytes.

Every string comes from a validated model, whose strings are all XML-safe (``unxml.model``):
nothing here checks characters again.
"""

from __future__ import annotations

# What libxml2 escapes in text, and in attribute values (where a quote ends the value and
# white space other than spaces would be normalised away by a reader).
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTRIBUTE_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;", "\n": "&#10;", "\t": "&#9;"}
)
_DECLARATION = "<?xml version='1.0' encoding='UTF-8'?>\n"


class Element:
    """An element: tag (``prefix:name`` for a foreign namespace), attributes, text, tail, children."""

    __slots__ = ("attrib", "children", "tag", "tail", "text")

    def __init__(self, tag: str, attrib: dict[str, str], text: str | None = None) -> None:
        self.tag = tag
        self.attrib = attrib
        self.text = text
        self.tail: str | None = None
        self.children: list[Element] = []


def sub_element(parent: Element, tag: str, text: str | None = None, **attrib: str) -> Element:
    """A new last child of ``parent``."""
    element = Element(tag, attrib, text)
    parent.children.append(element)
    return element


def serialise(
    root: Element, namespaces: dict[str | None, str], indented: frozenset[str], indent: str
) -> bytes:
    """The document as UTF-8 bytes with its XML declaration; ``namespaces`` are declared on the root.

    The children of an ``indented`` element that has children go on lines of their own, one
    ``indent`` deeper than it (its text and their tails are replaced by the line breaks), down
    to the first element that is not ``indented``: mixed content is written exactly as built.
    """
    declarations = "".join(
        f' xmlns="{uri}"' if prefix is None else f' xmlns:{prefix}="{uri}"'
        for prefix, uri in namespaces.items()
    )
    out = [_DECLARATION, f"<{root.tag}{declarations}"]
    _write(root, out, "\n", indented, indent)
    return "".join(out).encode()


def _write(element: Element, out: list[str], line_break: str, indented: frozenset[str], indent: str) -> None:
    """The element after its tag's opening ``<name`` (already in ``out``); ``line_break`` is
    the line break and indentation before it."""
    children = element.children
    if not (children and element.tag in indented):
        _write_as_built(element, out)
        return
    _write_attributes(element, out)
    inner = line_break + indent
    out.append(">")
    for child in children:
        out.append(f"{inner}<{child.tag}")
        _write(child, out, inner, indented, indent)
    out.append(f"{line_break}</{element.tag}>")


def _write_as_built(element: Element, out: list[str]) -> None:
    """The element after ``<name``, and everything in it exactly as built: text, children,
    their tails."""
    _write_attributes(element, out)
    text = element.text
    if not element.children:
        out.append("/>" if text is None else f">{_escape_text(text)}</{element.tag}>")
        return
    out.append(">" if text is None else f">{_escape_text(text)}")
    for child in element.children:
        out.append(f"<{child.tag}")
        _write_as_built(child, out)
        if child.tail is not None:
            out.append(_escape_text(child.tail))
    out.append(f"</{element.tag}>")


def _write_attributes(element: Element, out: list[str]) -> None:
    for name, value in element.attrib.items():
        # Five searches in C rule out most values; translating is a loop per character.
        if "&" in value or "<" in value or ">" in value or '"' in value or not value.isprintable():
            value = value.translate(_ATTRIBUTE_ESCAPES)
        out.append(f' {name}="{value}"')


def _escape_text(text: str) -> str:
    # Four searches in C rule out most strings; translating is a loop per character.
    if "&" in text or "<" in text or ">" in text or "\r" in text:
        return text.translate(_TEXT_ESCAPES)
    return text
