"""The validator's shortcuts taken for speed give the answers of the lxml calls they stand for."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from unxml.validate.rules.base import Document, _running_text, lead_text, marked_preambular, nums, text_of
from unxml.validate.rules.children import children, first_child, first_children
from unxml.validate.rules.eids import _expected_label, _sibling_labels, _Siblings, unique_eids
from unxml.validate.rules.numbering import _find_operative_paragraphs
from unxml.validate.rules.openings import (
    _MARK_CHARACTERS,
    _MARKS,
    _head,
    _opening,
    _opens_with_known,
    _preambular_paragraphs,
    _unknown_opening,
)
from unxml.validate.uniqueness import eids_distinct

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
_UN_FILES = Path(__file__).parent / "data" / "un-corpus-en"
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


_TREE = st.recursive(
    _KINDS.map(lambda kind: (kind, [])),
    lambda inner: st.tuples(st.sampled_from(_TAGS), st.lists(inner, max_size=4)),
    max_leaves=16,
)


def _add_tree(parent: etree._Element, node: tuple) -> None:
    kind, kids = node
    if kind == "comment":
        parent.append(etree.Comment("num"))
    elif kind == "pi":
        parent.append(etree.ProcessingInstruction("num", "x"))
    else:
        element = etree.SubElement(parent, kind)
        for kid in kids:
            _add_tree(element, kid)


@settings(max_examples=200, deadline=None)
@given(tree=st.lists(_TREE, max_size=4), tag=st.sampled_from(_TAGS))
def test_first_children_from_one_search_are_those_lxml_finds(tree: list, tag: str) -> None:
    root = etree.Element(AKN + "num")  # the root itself is no one's child
    for node in tree:
        _add_tree(root, node)
    found = first_children(root, tag)
    for element in root.iter(etree.Element):
        assert found.get(element) is element.find(tag)
    assert len(found) == sum(1 for element in root.iter(etree.Element) if element.find(tag) is not None)


_NESTING = st.recursive(
    st.sampled_from(["paragraph", "list", "point", "content"]).map(lambda name: (name, [])),
    lambda inner: st.tuples(
        st.sampled_from(["paragraph", "list", "point", "mainBody"]), st.lists(inner, max_size=3)
    ),
    max_leaves=12,
)


def _build(parent: etree._Element, node: tuple[str, list]) -> None:
    name, kids = node
    element = etree.SubElement(parent, AKN + name)
    for kid in kids:
        _build(element, kid)


@settings(max_examples=200, deadline=None)
@given(body=st.lists(_NESTING, max_size=4), wrapped=st.booleans())
def test_operative_paragraphs_are_those_with_no_paragraph_above(body: list, wrapped: bool) -> None:
    root = etree.Element(AKN + "akomaNtoso")
    holder = etree.SubElement(root, AKN + "paragraph") if wrapped else root
    statement = etree.SubElement(holder, AKN + "statement")
    main = etree.SubElement(statement, AKN + "mainBody")
    for node in body:
        _build(main, node)
    document = Document(etree.ElementTree(root), lambda lang: None)
    expected = [
        p for p in main.iter(AKN + "paragraph") if next(p.iterancestors(AKN + "paragraph"), None) is None
    ]
    assert list(_find_operative_paragraphs(document)) == expected


_RUNNING = st.recursive(
    st.tuples(st.sampled_from(["span", "i", "authorialNote", "num", "comment"]), st.just([])),
    lambda inner: st.tuples(
        st.sampled_from(["span", "i", "authorialNote", "p"]), st.lists(inner, max_size=3)
    ),
    max_leaves=8,
)
# Plain spaces, other white space (no-break, line separator, ideographic) and an unprintable
# character that is not white space (soft hyphen): lead_text takes a shortcut on text holding
# only single plain spaces.
_PIECE = st.one_of(st.none(), st.text(st.sampled_from("ab \n\t\xa0\u2028\u3000\xad"), max_size=90))


def _add_text(
    element: etree._Element, node: tuple, data: st.DataObject, piece: st.SearchStrategy = _PIECE
) -> None:
    _, kids = node
    for kid in kids:
        kid_name = kid[0]
        child = (
            etree.Comment(data.draw(st.text("xy ", max_size=5)))
            if kid_name == "comment"
            else etree.SubElement(element, AKN + kid_name)
        )
        if kid_name == "comment":
            element.append(child)
        else:
            child.text = data.draw(piece)
            _add_text(child, kid, data, piece)
        child.tail = data.draw(piece)


def _drawn_paragraph(data: st.DataObject, shape: tuple, piece: st.SearchStrategy) -> etree._Element:
    """A <p> of running text: drawn text, then children of ``shape`` with drawn texts and tails."""
    element = etree.Element(AKN + "p")
    element.text = data.draw(piece)
    _add_text(element, shape, data, piece)
    return element


def _pieces_up_to(element: etree._Element, limit: int) -> list[str]:
    """The specification: the pieces of running text (text and tails, in document order; a
    footnote's or number's own text left out, its tail kept), up to and including the first
    piece that brings them to ``limit`` characters."""
    pieces: list[str] = []

    def visit(node: etree._Element) -> None:
        pieces.append(node.text or "")
        for child in node:
            if child.tag not in (AKN + "authorialNote", AKN + "note", AKN + "num"):
                visit(child)
            pieces.append(child.tail or "")

    visit(element)
    taken, size = [], 0
    for piece in pieces:
        if size >= limit:
            break
        if piece:
            taken.append(piece)
            size += len(piece)
    return taken


@settings(max_examples=300, deadline=None)
@given(data=st.data(), shape=_RUNNING, limit=st.integers(1, 60))
def test_lead_text_collapses_the_running_text_up_to_the_limit(data, shape, limit) -> None:
    element = _drawn_paragraph(data, shape, _PIECE)
    pieces = _pieces_up_to(element, limit)
    read: list[str] = []
    _running_text(element, read, 0, limit)
    assert read == pieces
    assert lead_text(element, limit) == _collapsed_lead(pieces, limit)


def _collapsed_lead(pieces: list[str], limit: int) -> str:
    """The specification: the pieces joined, white space collapsed over twice ``limit``
    characters (over all of them if that leaves fewer than ``limit``), cut at ``limit``."""
    raw = "".join(pieces)
    text = " ".join(raw[: 2 * limit].split())
    if len(text) < limit and len(raw) > 2 * limit:
        text = " ".join(raw.split())
    return text[:limit]


def test_lead_text_of_the_uns_paragraphs_is_the_specified_one() -> None:
    """On real files (long paragraphs, a tab before the first word, footnotes inside)."""
    files = sorted(_UN_FILES.glob("*.xml"))
    assert files
    for path in files:
        root = etree.parse(str(path)).getroot()
        for element in root.iter(AKN + "p", AKN + "crossHeading", AKN + "docTitle"):
            for limit in (160, 40):
                assert lead_text(element, limit) == _collapsed_lead(_pieces_up_to(element, limit), limit)


_SIBLING = st.tuples(
    st.sampled_from(["paragraph", "point", "crossHeading", "comment"]),
    st.booleans(),  # refersTo="#preamble"
    st.sampled_from([None, "", "  ", "1.", "1", "(a)", "2.", "*"]),  # the <num>'s text, None: no <num>
    st.booleans(),  # a child before the <num>
)


def _plain_numbering(element: etree._Element) -> tuple[str, str]:
    """The specification: the element's printed number, and the label of its position among
    its siblings of the same tag that follow the same crossHeading, read with lxml's own calls."""

    def heading(sibling: etree._Element) -> str | None:
        if sibling.get("refersTo") != "#preamble":
            return None
        found = next(sibling.itersiblings(AKN + "crossHeading", preceding=True), None)
        return found.get("eId") if found is not None else None

    same = [s for s in element.getparent().iterchildren(element.tag) if heading(s) == heading(element)]
    nums = [s.find(AKN + "num") for s in same]
    labels = _sibling_labels([_expected_label(n.text) if n is not None and n.text else None for n in nums])
    num = nums[same.index(element)]
    return ((num.text or "").strip() if num is not None else "", labels[same.index(element)])


@settings(max_examples=200, deadline=None)
@given(siblings=st.lists(_SIBLING, min_size=1, max_size=8))
def test_sibling_numbering_is_the_plain_one(siblings: list) -> None:
    root = etree.Element(AKN + "akomaNtoso")
    body = etree.SubElement(root, AKN + "mainBody")
    for position, (name, preambular, num, before) in enumerate(siblings):
        if name == "comment":
            body.append(etree.Comment("num"))
            continue
        element = etree.SubElement(body, AKN + name, eId=f"h{position}")
        if preambular:
            element.set("refersTo", "#preamble")
        if before:
            etree.SubElement(element, AKN + "heading")
        if num is not None:
            etree.SubElement(element, AKN + "num").text = num or None
    document = Document(etree.ElementTree(root), lambda lang: None)
    numbering = _Siblings(set(marked_preambular(document)), nums(document))
    for element in body.iter(AKN + "paragraph", AKN + "point", AKN + "crossHeading"):
        assert numbering.numbering(element) == _plain_numbering(element)


# Words, printed numbers ("1.", "12-"), white space of several kinds, invisible direction
# marks, and long words (the first words may run past the characters lead_text reads).
_WORDY_PIECE = st.one_of(
    st.none(),
    st.text(st.sampled_from("ab1.- \t\xa0\u200f"), max_size=40),
    st.lists(st.text(st.sampled_from("ab"), min_size=1, max_size=90), max_size=5).map(" ".join),
)


def _known_opening(text: str) -> str | None:
    """A lexicon's opening matcher in miniature: whole words, a short form, a form longer than
    the words the rules look at first, and one that only a printed number would give."""
    forms = ("ab a", "a b a b a", "1")
    return next((form for form in forms if text == form or text.startswith(form + " ")), None)


@settings(max_examples=300, deadline=None)
@given(data=st.data(), shape=_RUNNING)
def test_unknown_opening_is_the_plain_check_of_the_whole_opening(data, shape) -> None:
    element = _drawn_paragraph(data, shape, _WORDY_PIECE)
    text = _opening(element)
    head = _head(element)
    assert head is None or head == " ".join(text.split(" ", 3)[:3])
    expected = text if text and not _opens_with_known(_known_opening, text) else None
    assert _unknown_opening(element, _known_opening) == expected


_SECTIONED = st.recursive(
    st.tuples(st.sampled_from(["crossHeading", "paragraph"]), st.just([])),
    lambda inner: st.tuples(
        st.sampled_from(["section", "paragraph", "statement", "mainBody"]), st.lists(inner, max_size=3)
    ),
    max_leaves=10,
)


# A preamble's children (containers of <p>s and other things, a formula, a stray <p>), each with
# children of its own.
_PREAMBLE = st.lists(
    st.tuples(
        st.sampled_from(["container", "container", "formula", "p", "comment"]),
        st.lists(st.sampled_from(["p", "p", "num", "blockList", "comment"]), max_size=3),
    ),
    max_size=4,
)


def _add_child(parent: etree._Element, kind: str) -> etree._Element:
    if kind == "comment":
        parent.append(etree.Comment("p"))
        return parent[-1]
    return etree.SubElement(parent, AKN + kind)


def _build_marked(parent: etree._Element, node: tuple, data: st.DataObject) -> None:
    name, kids = node
    element = etree.SubElement(parent, AKN + name)
    refers = data.draw(st.sampled_from([None, "#preamble", "#other"]))
    if refers:
        element.set("refersTo", refers)
    for kid in kids:
        _build_marked(element, kid, data)


@settings(max_examples=200, deadline=None)
@given(data=st.data(), statements=st.lists(_SECTIONED, min_size=1, max_size=3))
def test_preambular_paragraphs_are_those_a_search_of_each_body_finds(data, statements) -> None:
    root = etree.Element(AKN + "akomaNtoso")
    for shape in statements:
        statement = etree.SubElement(root, AKN + "statement")
        preamble = etree.SubElement(statement, AKN + "preamble")
        for kind, kids in data.draw(_PREAMBLE):
            holder = _add_child(preamble, kind)
            for kid in kids if kind != "comment" else ():
                _add_child(holder, kid)
        _build_marked(statement, ("mainBody", [shape]), data)
    document = Document(etree.ElementTree(root), lambda lang: None)
    expected = []
    for statement in root.iter(AKN + "statement"):
        if (preamble := statement.find(AKN + "preamble")) is not None:
            for container in preamble.iterchildren(AKN + "container"):
                expected += container.iterchildren(AKN + "p")
        if (body := statement.find(AKN + "mainBody")) is not None:
            expected += [h for h in body.iter(AKN + "crossHeading") if h.get("refersTo") == "#preamble"]
    assert list(_preambular_paragraphs(document)) == expected


def _paragraph(text: str, *inline: tuple[str, str]) -> etree._Element:
    element = etree.Element(AKN + "p")
    element.text = text
    for inner, tail in inline:
        span = etree.SubElement(element, AKN + "span")
        span.text, span.tail = inner, tail
    return element


def test_first_words_are_not_taken_from_a_lead_that_cuts_them() -> None:
    # The short lead ends inside the third word, which the next piece of text continues.
    cut = _paragraph("ab " + "b" * 44 + " a", ("b", " c"))
    assert _opening(cut) == "ab " + "b" * 44 + " ab c"
    assert _head(cut) is None
    # The first three words run past the characters _opening reads.
    long = _paragraph("a" * 100 + " " + "b" * 70 + " c d")
    assert _head(long) is None
    assert _unknown_opening(long, lambda text: text if text == long.text[:-2] else None)


def _xml_safe(text: str) -> str:
    """The characters XML can hold (any white space among them), others dropped."""
    return "".join(c for c in text if c in "\t\n\r" or (" " <= c <= "\ud7ff") or ("\ue000" <= c <= "\ufffd"))


# White space of every kind (no-break, next line, line separator, ideographic, zero width which
# is none), letters, and any other character XML can hold.
_ANY_PIECE = st.none() | st.text(
    st.sampled_from(" \t\n\r\xa0\x85\u2028\u3000\u200bab") | st.characters(), max_size=12
).map(_xml_safe)


@settings(max_examples=300, deadline=None)
@given(data=st.data(), shape=_RUNNING)
def test_text_of_is_the_iterated_text_with_white_space_collapsed(data, shape) -> None:
    element = _drawn_paragraph(data, shape, _ANY_PIECE)
    element.append(etree.ProcessingInstruction("pi", "not text"))
    element.tail = "not the element's"
    assert text_of(element) == re.sub(r"\s+", " ", "".join(element.itertext())).strip()


@settings(max_examples=200, deadline=None)
@given(values=st.lists(st.sampled_from(["para_1", "para_2", "para_1 ", "list_1"]), max_size=8))
def test_repeated_eids_are_those_a_plain_scan_finds(values: list[str]) -> None:
    root = etree.Element(AKN + "akomaNtoso")
    for value in values:
        etree.SubElement(root, AKN + "paragraph", eId=value)
    document = Document(etree.ElementTree(root), lambda lang: None)
    seen: set[str] = set()
    plain = []
    for element in root.iter(AKN + "paragraph"):
        value = element.get("eId")
        if value in seen:
            plain.append((element, f"eId '{value}' is used more than once"))
        seen.add(value)
    assert list(unique_eids(document)) == plain
    assert eids_distinct(document) == (not plain)


def test_mark_characters_are_those_of_the_marks_class() -> None:
    """Every character of Unicode: the set the first word's check uses is the regex class."""
    marks = re.compile(f"[{_MARKS}]")
    for code in range(0x110000):
        char = chr(code)
        assert (char in _MARK_CHARACTERS) == bool(marks.match(char)), hex(code)
