"""Opening words: each operative paragraph opens with a known action verb, each preambular
paragraph with a known phrase, in the document's language (``unxml.lexicons``); a known
lead-in may come first (Chinese "在这方面<span>确认</span>")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from lxml import etree

from unxml.validate.location import AKN
from unxml.validate.rules.base import LEAD, Document, Issue, lead_text, marked_preambular, raw_lead, rule
from unxml.validate.rules.children import children, first_child
from unxml.validate.rules.numbering import _operative_paragraphs

# Invisible marks the UN's files put before a paragraph's first word (U+200F RIGHT-TO-LEFT
# MARK in Arabic, U+200E LEFT-TO-RIGHT MARK in Chinese), and a number printed in the text
# instead of in <num> (the UN's Arabic files: "1 -\t…"): neither is the opening word.
_MARKS = "\u061c\u200b-\u200f\u2060\ufeff"
_BEFORE_WORDS = re.compile(rf"^[\s{_MARKS}]*(?:\d+\s*[.\-–][\s{_MARKS}]*)?")
_MARK_CHARACTERS = frozenset("\u061c\u200b\u200c\u200d\u200e\u200f\u2060\ufeff")  # _MARKS, one by one
_SHOWN = 40
_CONTENT, _LIST, _INTRO, _P = AKN + "content", AKN + "list", AKN + "intro", AKN + "p"
_CROSS_HEADING, _CONTAINER = AKN + "crossHeading", AKN + "container"
# The rules only ask *whether* a text opens with a known form. A form found in the text's first
# words also opens the whole text, so the lexicon is asked about those first words, and the
# answers are cached (the same openings recur: "Requests the Secretary-General"); only where the
# first words hold no known form is the whole text asked about (a form may be longer).
_HEAD_WORDS = 3
# Most paragraphs open with a known form in their first words, so the first words are read from
# a short lead of the running text, and only paragraphs whose first words are unknown (or that
# this lead cannot tell) have their whole opening read.
_HEAD_LEAD = 48


@lru_cache(maxsize=8192)
def _match_head(match: Callable[[str], object | None], head: str) -> bool:
    return match(head) is not None


def _opens_with_known(match: Callable[[str], object | None], text: str) -> bool:
    """Whether ``match`` (a lexicon's ``opening_verb`` or ``opening_phrase``) finds an opening of
    ``text``."""
    words = text.split(" ", _HEAD_WORDS)
    if _match_head(match, " ".join(words[:_HEAD_WORDS])):
        return True
    return len(words) > _HEAD_WORDS and match(text) is not None


def _opening(element: etree._Element) -> str:
    return _BEFORE_WORDS.sub("", lead_text(element))


def _head(element: etree._Element) -> str | None:
    """The first words of ``_opening(element)``, as :func:`_opens_with_known` cuts them, read
    from a short lead of the running text; None where that lead cannot tell: it has no word
    after them (the last may be cut short), it opens with a digit or an invisible mark (which
    ``_opening`` drops), or the words run past what ``_opening`` reads."""
    words = raw_lead(element, _HEAD_LEAD).split(None, _HEAD_WORDS)
    if len(words) <= _HEAD_WORDS or (first := words[0][0]).isdigit() or first in _MARK_CHARACTERS:
        return None
    head = " ".join(words[:_HEAD_WORDS])
    return head if len(head) <= LEAD else None


def _unknown_opening(element: etree._Element, match: Callable[[str], object | None]) -> str | None:
    """``_opening(element)`` where ``match`` finds no known opening in it; None where it does,
    or where the element has no text."""
    head = _head(element)
    if head is not None and _match_head(match, head):
        return None
    text = _opening(element)
    if not text or _opens_with_known(match, text):
        return None
    return text


def _shown(text: str) -> str:
    return text if len(text) <= _SHOWN else text[:_SHOWN] + "…"


def _operative_text(paragraph: etree._Element) -> etree._Element | None:
    """The <p> where an operative paragraph's words start: its content, or its list's intro."""
    kids = paragraph[:]  # read once for both looks
    for content in kids:
        if content.tag == _CONTENT and (p := first_child(content, _P)) is not None:
            return p
    for list_ in kids:
        if list_.tag != _LIST:
            continue
        for intro in children(list_, _INTRO):
            if (p := first_child(intro, _P)) is not None:
                return p
    return None


@rule("UNX111", "warning", "every operative paragraph opens with a known action verb", needs_lexicon=True)
def operative_verbs(doc: Document) -> Iterator[Issue]:
    match = doc.lexicon.opening_verb
    for paragraph in _operative_paragraphs(doc):
        p = _operative_text(paragraph)
        if p is not None and (text := _unknown_opening(p, match)):
            yield p, f"operative paragraph does not open with a known action verb: '{_shown(text)}'"


def _preambular_paragraphs(doc: Document) -> Iterator[etree._Element]:
    headings = [e for e in marked_preambular(doc) if e.tag == _CROSS_HEADING]
    for statement in doc.statements:
        preamble = first_child(statement, AKN + "preamble")
        if preamble is not None:
            # children(preamble, container), then children(container, p), without the calls
            for container in preamble[:]:
                if container.tag == _CONTAINER:
                    for p in container[:]:
                        if p.tag == _P:
                            yield p
        body = first_child(statement, AKN + "mainBody")
        if body is not None:
            yield from (heading for heading in headings if _inside(heading, body))


def _inside(element: etree._Element, ancestor: etree._Element) -> bool:
    """Whether ``ancestor`` is above ``element`` (few steps: a walk up costs less than lxml's
    iterancestors(), or than a search of ``ancestor``)."""
    parent = element.getparent()
    while parent is not None and parent is not ancestor:
        parent = parent.getparent()
    return parent is not None


@rule(
    "UNX112",
    "warning",
    "every preambular paragraph opens with a known preambular phrase",
    needs_lexicon=True,
)
def preambular_phrases(doc: Document) -> Iterator[Issue]:
    match = doc.lexicon.opening_phrase
    for p in _preambular_paragraphs(doc):
        if text := _unknown_opening(p, match):
            yield p, f"preambular paragraph does not open with a known phrase: '{_shown(text)}'"
