"""The machinery every semantic rule shares: the :class:`Rule` registry and :class:`Document`.

A rule is a function from a :class:`Document` to the problems it finds, each an
``(element, message)`` pair; the engine adds the code, severity, file, line and location.
Rules read the lxml tree directly (never the model), so they run on any AKN file, the UN's
own included.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from operator import itemgetter
from typing import Any

from lxml import etree

from unxml.validate.attribute_names import Suspect
from unxml.validate.location import AKN, OTHER_NODES
from unxml.validate.report import Severity
from unxml.validate.rules.children import first_children
from unxml.validate.uniqueness import OPEN_CONTENT

Issue = tuple["etree._Element | None", str]
Check = Callable[["Document"], Iterator[Issue]]
LexiconProvider = Callable[[str], Any]
"""``provider(lang)`` → a lexicon (see ``unxml.lexicons``) for an ISO 639-1 code, or None."""


@dataclass(frozen=True)
class Rule:
    """A semantic rule: stable code, severity, one-line summary, and the check itself."""

    code: str
    severity: Severity
    summary: str
    check: Check
    needs_lexicon: bool = False


RULES: list[Rule] = []


def rule(
    code: str, severity: Severity, summary: str, *, needs_lexicon: bool = False
) -> Callable[[Check], Check]:
    """Register ``check`` under ``code``."""

    def register(check: Check) -> Check:
        RULES.append(Rule(code, severity, summary, check, needs_lexicon))
        return check

    return register


LEAD = 160
"""How many characters of a paragraph :func:`lead_text` gives by default."""
# Elements whose text is not part of the running text a reader sees at that point.
_NUM = AKN + "num"
_NOT_RUNNING_TEXT = {AKN + "authorialNote", AKN + "note", _NUM}


def _running_text(node: etree._Element, parts: list[str], size: int, limit: int) -> int:
    """Append the pieces of ``node``'s running text (its text, its children's, their tails) to
    ``parts`` until they hold ``limit`` characters; the size reached, or -1 once it is reached.
    A plain recursive function: a closure's shared counter costs more at every piece."""
    # lxml makes a new string at each read of .text, .tail and .tag: each is read once. The
    # children come as a list (node[:]), which costs less than lxml's iterator over them.
    text = node.text
    if text:
        parts.append(text)
        size += len(text)
    for child in node[:]:
        if size >= limit:
            return -1
        if child.tag not in _NOT_RUNNING_TEXT:
            if len(child):
                size = _running_text(child, parts, size, limit)
                if size < 0:
                    return -1
            elif text := child.text:  # a leaf (most inline elements): its text, without a call
                parts.append(text)
                size += len(text)
                if size >= limit:
                    return -1
        tail = child.tail
        if tail:
            parts.append(tail)
            size += len(tail)
    return size if size < limit else -1


def raw_lead(element: etree._Element, limit: int) -> str:
    """The pieces of an element's running text (footnotes left out) up to the one that brings
    them to ``limit`` characters, joined as they are: a prefix of the running text, white space
    not collapsed; the raw lead of a smaller limit is a prefix of that of a larger one."""
    parts: list[str] = []
    _running_text(element, parts, 0, limit)
    return "".join(parts)


def lead_text(element: etree._Element, limit: int = LEAD) -> str:
    """The first ``limit`` characters of an element's running text, footnotes left out."""
    raw = raw_lead(element, limit)
    # Collapsing spaces over a whole paragraph to keep its first words is the hot spot of the
    # opening-word rules: collapse a prefix first, and the whole only if spaces ate too much.
    # Most paragraphs need no collapsing past their leading tab: where the first ``limit``
    # characters of the stripped prefix hold no run of spaces and no other white space (all
    # white space but the plain space is unprintable), they are what collapsing gives, and
    # splitting the prefix into words (the slow part) is skipped.
    prefix = raw[: 2 * limit].strip()
    head = prefix[:limit]
    if (len(head) == limit or len(raw) <= 2 * limit) and head.isprintable() and "  " not in head:
        return head
    text = " ".join(prefix.split())
    if len(text) < limit and len(raw) > 2 * limit:
        text = " ".join(raw.split())
    return text[:limit]


def text_of(element: etree._Element | None) -> str:
    """All the text of an element, whitespace collapsed."""
    if element is None:
        return ""
    # libxml2's text serialisation gives what "".join(element.itertext()) gives (text and
    # tails below the element, not its own tail) at a fraction of the cost of the iterator;
    # splitting at white space and joining, what a regular expression's substitution and a
    # strip give (both take white space as str.isspace does), at a fraction of theirs.
    text = etree.tostring(element, method="text", encoding=str, with_tail=False)
    return " ".join(text.split())


def first_of_each(
    issues: Iterator[tuple[str, etree._Element, str | Callable[[], str]]], what: str
) -> Iterator[Issue]:
    """Report the first issue of each kind, saying how many more of that kind the file has.

    Files with a systematic problem (every eId off the convention, the same dangling TLC
    referred to 80 times) get one finding per kind instead of hundreds. A message may be a
    function, so that only the reported ones are written.
    """
    firsts: dict[str, tuple[etree._Element, str | Callable[[], str]]] = {}
    counts: dict[str, int] = {}
    for kind, element, message in issues:
        if kind not in firsts:
            firsts[kind] = (element, message)
            counts[kind] = 0
        else:
            counts[kind] += 1
    for kind, (element, message) in firsts.items():
        more = counts[kind]
        text = message if isinstance(message, str) else message()
        yield element, text + (f" (and {more} more {what} like it)" if more else "")


def marked_preambular(doc: Document) -> list[etree._Element]:
    """The elements with ``refersTo="#preamble"`` (preambular paragraphs in a section and their
    parts), in document order, from the document's attribute pass: cheaper than asking lxml
    for the attribute of every element, or than a search of every body."""
    return doc.memo(
        "marked preambular",
        lambda doc: [
            element
            for element, attribute, value in doc.attributes.references
            if value == "#preamble" and attribute == "refersTo"
        ],
    )


def nums(doc: Document) -> dict[etree._Element, etree._Element]:
    """Each element's (first) ``<num>`` child, for the elements that have one: numbering and eId
    rules ask for the ``<num>`` of many elements, most of which have none."""
    return doc.memo("nums", lambda doc: first_children(doc.root, _NUM))


# Attributes that hold references (AKN ``referenceRef`` / ``listReferenceRef`` / ``anyURI``).
REFERENCE_ATTRIBUTES = frozenset(("refersTo", "href", "source", "as", "by", "outcome", "src", "to", "from"))
_META = AKN + "meta"


@dataclass
class Attributes:
    """The attributes several rules read, gathered in one pass over the document.

    One Python pass over the elements costs less than the five XPath queries (``//@eId``,
    ``//@date`` …) it replaces: each of those walks the whole tree again in libxml2 and wraps
    every result in an attribute object.
    """

    eids: list[tuple[etree._Element, str]] = field(default_factory=list)
    """Every ``(element, eId)``, in document order."""
    body_eids: list[tuple[etree._Element, str]] = field(default_factory=list)
    """The same, outside ``<meta>`` (where TLC eIds are names, not the naming convention)."""
    other_ids: list[str] = field(default_factory=list)
    """Every ``wId`` and ``GUID``."""
    dates: list[tuple[etree._Element, str]] = field(default_factory=list)
    """Every ``(element, @date)``, in document order."""
    references: list[tuple[etree._Element, str, str]] = field(default_factory=list)
    """Every ``(element, attribute, value)`` of a reference attribute whose value has a ``#``."""
    suspects: list[Suspect] = field(default_factory=list)
    """Every attribute some element of its tag may not carry in the profile, with the
    element's position in document order (``unxml.validate.attribute_names``)."""
    elements: list[etree._Element] = field(default_factory=list)
    """Every element, in document order."""


def _gather(root: etree._Element, metas: list[etree._Element], safe: dict[str, frozenset[str]]) -> Attributes:
    found = Attributes()
    in_meta = {e for meta in metas for e in meta.iterdescendants(etree.Element)}
    found.elements = elements = list(root.iter(etree.Element))
    for at, element in enumerate(elements):
        names = element.keys()
        if not names:
            continue
        # An element the profile does not know is never validated (libxml2 does not expect it).
        tag = element.tag
        allowed = safe.get(tag)
        for name in names:
            if allowed is not None and name not in allowed:
                found.suspects.append((at, element, tag, name))
            if name == "eId":
                pair = (element, element.get(name))
                found.eids.append(pair)
                if element not in in_meta:
                    found.body_eids.append(pair)
            elif name == "date":
                found.dates.append((element, element.get(name)))
            elif name in REFERENCE_ATTRIBUTES:
                value = element.get(name)
                if "#" in value:
                    found.references.append((element, name, value))
            elif name == "wId" or name == "GUID":
                found.other_ids.append(element.get(name))
    return found


# The elements the rules look for across the whole document. Each iteration of lxml over the
# tree (root.iter(tag)) visits every element in C, which costs about as much whether it finds
# one element or fifty; one iteration looking for all of these serves every rule, and the
# locations of schema errors (which need the comments and processing instructions), and the
# check of the OASIS schema's uniqueness constraints (which needs the open-content elements).
_INDEXED = (
    *(
        AKN + name
        for name in (
            "statement",
            "documentCollection",
            "meta",
            "FRBRExpression",
            "FRBRauthor",
            "list",
            "blockList",
            "authorialNote",
            "noteRef",
            "note",
            "docDate",
            "date",
        )
    ),
    *OPEN_CONTENT,
    *OTHER_NODES,
)


class Document:
    """One parsed XML file as the rules see it, with the facts several rules share."""

    def __init__(
        self,
        tree: etree._ElementTree,
        lexicons: LexiconProvider,
        safe_names: dict[str, frozenset[str]] | None = None,
    ) -> None:
        """``safe_names``: by tag, the attribute names the attribute pass is not to note as
        suspects (``Attributes.suspects``); None where the profile is not checked."""
        self.tree = tree
        self._safe_names = safe_names
        self.root = tree.getroot()
        self._lexicons = lexicons
        self._memo: dict[str, Any] = {}

    @cached_property
    def lang(self) -> str | None:
        """The expression's language as an ISO 639-1 code (``en``), None if not one of the six."""
        from unxml.lang import BY_ISO639_2

        element = next(
            (
                language
                for expression in self.elements(AKN + "FRBRExpression")
                if (language := expression.find(AKN + "FRBRlanguage")) is not None
            ),
            None,
        )
        code = element.get("language", "") if element is not None else ""
        found = BY_ISO639_2.get(code)
        return found.code if found else None

    @cached_property
    def lexicon(self) -> Any:
        """The lexicon of the document's language, or None where there is none."""
        return self._lexicons(self.lang) if self.lang else None

    @cached_property
    def english(self) -> Any:
        """The English lexicon: the UN prints some masthead dates in English in every language."""
        return self._lexicons("en")

    @cached_property
    def statements(self) -> list[etree._Element]:
        """The resolutions (and decisions) in the file: ``statement`` elements, components included."""
        return self.elements(AKN + "statement")

    @cached_property
    def _index(self) -> tuple[list[tuple[Any, etree._Element]], dict[Any, list[etree._Element]]]:
        # A comment's tag is etree.Comment (a function), a processing instruction's etree.PI …
        ordered = [(element.tag, element) for element in self.root.iter(*_INDEXED)]
        by_tag: dict[Any, list[etree._Element]] = {tag: [] for tag in _INDEXED}
        for tag, element in ordered:
            by_tag[tag].append(element)
        return ordered, by_tag

    def elements(self, *tags: Any) -> list[etree._Element]:
        """Every element with one of these tags (of those in ``_INDEXED``: AKN tags, and
        ``OTHER_NODES`` for comments and the like), in document order, as ``root.iter(*tags)``
        gives them; the list is shared, not to be changed."""
        ordered, by_tag = self._index
        if len(tags) == 1:
            return by_tag[tags[0]]
        return [element for tag, element in ordered if tag in tags]

    @cached_property
    def attributes(self) -> Attributes:
        """eIds, dates and references, gathered once for the rules that read them (and the
        attribute names the profile does not allow, where the profile is checked)."""
        return _gather(self.root, self.elements(_META), self._safe_names or {})

    @property
    def eids(self) -> list[tuple[etree._Element, str]]:
        """Every ``(element, eId)`` in document order."""
        return self.attributes.eids

    @cached_property
    def eid_values(self) -> set[str]:
        """Every ``eId`` value, once: shared by the uniqueness checks (the eIds are distinct
        where this set is as long as :attr:`eids`) and :attr:`ids`. Made in C, from the pairs."""
        return set(map(itemgetter(1), self.eids))

    @cached_property
    def ids(self) -> set[str]:
        """Every ``eId``, ``wId`` and ``GUID`` in the file: what ``#…`` references may point to."""
        return self.eid_values.union(self.attributes.other_ids)

    @property
    def dates(self) -> list[tuple[etree._Element, str]]:
        """Every ``(element, @date)`` in document order."""
        return self.attributes.dates

    def memo(self, key: str, compute: Callable[[Document], Any]) -> Any:
        """``compute(self)``, once per document: for results several rules share."""
        if key not in self._memo:
            self._memo[key] = compute(self)
        return self._memo[key]

    @cached_property
    def facts(self) -> list[Any]:
        """:class:`~unxml.validate.rules.facts.Facts` of each statement and collection in the file."""
        from unxml.validate.rules.facts import documents

        return documents(self.elements(AKN + "statement", AKN + "documentCollection"))
