"""Print candidate opening phrases and operative verbs from the UN's own AKN4UN markup.

usage: python scripts/extract_lexicon.py CORPUS_DIR LANG [--min N]

Reads every ``*.xml`` in CORPUS_DIR (the UN's files, the answer keys of the dev corpus) and
counts the preambular container names and the first italic (or bold) span of each operative
paragraph. The output is a starting point for curating ``unxml/lexicons/{LANG}.toml`` by hand:
the UN's markup has slips (a span that also covers the following word, a missing span), so
nothing here is copied into the lexicon without reading it.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

from lxml import etree

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
LEAD_STYLES = ("italic", "bold")


def _lead_span(element: etree._Element) -> str | None:
    """The words of the first italic/bold span under ``element``, single-spaced."""
    for span in element.iter(f"{AKN}span"):
        if any(style in (span.get("class") or "") for style in LEAD_STYLES):
            words = " ".join("".join(span.itertext()).split()).strip(" ,;:")
            return words or None
    return None


def harvest(corpus: Path, lang: str) -> tuple[collections.Counter, collections.Counter]:
    """Counts of preambular phrases and operative verbs over the corpus's XML files."""
    phrases: collections.Counter = collections.Counter()
    verbs: collections.Counter = collections.Counter()
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    for path in sorted(corpus.glob("*.xml")):
        root = etree.parse(str(path), parser).getroot()
        language = root.find(f".//{AKN}FRBRlanguage")
        if language is not None and not language.get("language", "").startswith(lang[:2]):
            continue
        for container in root.iter(f"{AKN}container"):
            if container.getparent().tag == f"{AKN}preamble":
                name = " ".join((container.get("name") or "").split())
                if name:
                    phrases[name] += 1
        for paragraph in root.iter(f"{AKN}paragraph"):
            lead = paragraph.find(f"{AKN}content")
            if lead is None:
                lead = paragraph.find(f"{AKN}list/{AKN}intro")
            verb = _lead_span(lead) if lead is not None else None
            if verb:
                verbs[verb] += 1
    return phrases, verbs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("lang")
    parser.add_argument("--min", type=int, default=1, help="print only forms seen at least N times")
    args = parser.parse_args(argv)
    phrases, verbs = harvest(args.corpus, args.lang)
    for title, counts in (("preamble phrases", phrases), ("operative verbs", verbs)):
        print(f"# {title}: {len(counts)} forms")
        for form, n in counts.most_common():
            if n >= args.min:
                print(f"{n:6d}  {form}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
