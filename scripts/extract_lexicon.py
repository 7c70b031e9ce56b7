"""Print candidate opening phrases and operative verbs from the UN's own AKN4UN markup.

usage: python scripts/extract_lexicon.py CORPUS_DIR LANG [--min N] [--check]

Reads every ``*.xml`` in CORPUS_DIR (the UN's files, the answer keys of the dev corpus) and
counts the preambular container names and the first italic (or bold) span of each operative
paragraph. The output is a starting point for curating ``unxml/lexicons/{LANG}.toml`` by hand:
the UN's markup has slips (a span that also covers the following word, a missing span), so
nothing here is copied into the lexicon without reading it.

``--check`` instead matches the curated lexicon against the start of every such paragraph
and prints where the longest match differs from the UN's span, grouped and counted: a listed
form that is more often too long than right should come out of the lexicon.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from unxml.lexicons import lexicon

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
LEAD_STYLES = ("italic", "bold")
_NUMBER = re.compile(r"^\d+\.\s*")


def _lead_span(element: etree._Element) -> str | None:
    """The words of the first italic/bold span under ``element``, single-spaced."""
    for span in element.iter(f"{AKN}span"):
        if any(style in (span.get("class") or "") for style in LEAD_STYLES):
            words = " ".join("".join(span.itertext()).split()).strip(" ,;:")
            return words or None
    return None


def _words(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def paragraphs(corpus: Path) -> Iterator[tuple[str, str, str]]:
    """(kind, the UN's lead words, the paragraph's text) for every paragraph of the corpus."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    for path in sorted(corpus.glob("*.xml")):
        root = etree.parse(str(path), parser).getroot()
        for container in root.iter(f"{AKN}container"):
            if container.getparent().tag == f"{AKN}preamble":
                name = " ".join((container.get("name") or "").split())
                yield "phrase", name, _words(container)
        for paragraph in root.iter(f"{AKN}paragraph"):
            lead = paragraph.find(f"{AKN}content")
            if lead is None:
                lead = paragraph.find(f"{AKN}list/{AKN}intro")
            if lead is not None:
                text = _NUMBER.sub("", _words(lead))
                yield "verb", _lead_span(lead) or "", text


def harvest(corpus: Path) -> tuple[collections.Counter, collections.Counter]:
    """Counts of preambular phrases and operative verbs over the corpus's XML files."""
    counts: dict[str, collections.Counter] = {"phrase": collections.Counter(), "verb": collections.Counter()}
    for kind, lead, _ in paragraphs(corpus):
        if lead:
            counts[kind][lead] += 1
    return counts["phrase"], counts["verb"]


def check(corpus: Path, lang: str) -> collections.Counter:
    """(kind, the UN's lead, the lexicon's match) → count, where they differ."""
    lex = lexicon(lang)
    differences: collections.Counter = collections.Counter()
    for kind, lead, text in paragraphs(corpus):
        found = (lex.match_phrase if kind == "phrase" else lex.match_verb)(text) or ""
        if found != lead:
            differences[(kind, lead, found)] += 1
    return differences


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("lang")
    parser.add_argument("--min", type=int, default=1, help="print only forms seen at least N times")
    parser.add_argument("--check", action="store_true", help="compare the curated lexicon with the markup")
    args = parser.parse_args(argv)
    if args.check:
        for (kind, lead, found), n in check(args.corpus, args.lang).most_common():
            if n >= args.min:
                print(f"{n:6d}  {kind:6s}  UN: {lead!r:40s} lexicon: {found!r}")
        return 0
    phrases, verbs = harvest(args.corpus)
    for title, counts in (("preamble phrases", phrases), ("operative verbs", verbs)):
        print(f"# {title}: {len(counts)} forms")
        for form, n in counts.most_common():
            if n >= args.min:
                print(f"{n:6d}  {form}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
