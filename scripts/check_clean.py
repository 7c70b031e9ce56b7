"""Measure the layout-noise removal stage against the UN's own markup.

    PYTHONPATH=. python scripts/check_clean.py CORPUS_DIR [--show N] [--only NAME ...]

CORPUS_DIR holds NAME.txt (pdftotext of the PDF) and NAME.xml (the UN's AKN4UN markup, the
answer key); it may also be a directory with an ``en/`` subfolder. For each pair this runs
``clean()`` on the text and compares:

* footnote markers: the list of ``authorialNote/@marker`` in the key against ours, exactly;
* footnote texts: per key footnote, word-sequence similarity with ours (0 if missing);
* citations: a footnote is cited at the key's place when the four words before it agree;
* body words: the key's preamble, main body and annex bodies without notes, against our
  lines. Our lines also hold the masthead and meeting lines, which the key keeps elsewhere, so
  the comparison runs over the stretch of our words that aligns with the key: similarity is
  ``2 * matched / (key words + our words in that stretch)`` (sequence) and the same with
  multisets (bag).

Prints the summary and the files that fail (markers not exact, body or footnote text below
the bar). Exit status 0 when the bars are met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from unxml.testing.cleaning_key import body_words, cited_after, expected, words
from unxml.text.clean import clean

BODY_BAR = 0.995
MARKER_BAR = 0.98


@dataclass
class Ours:
    markers: list[str]
    notes: dict[str, list[str]]
    words: list[str]
    cited_after: dict[str, tuple[str, ...]]


def read_ours(text: str) -> Ours:
    result = clean(text)
    return Ours(
        [m for m, _ in result.footnotes],
        {m: words(t) for m, t in result.footnotes},
        body_words(result),
        cited_after(result),
    )


def body_similarity(key: list[str], ours: list[str]) -> tuple[float, float]:
    """(sequence, bag) similarity of the key's body with the stretch of ours aligned to it."""
    if not key:
        return (1.0, 1.0)
    matcher = SequenceMatcher(None, ours, key, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return (0.0, 0.0)
    start, end = blocks[0].a, blocks[-1].a + blocks[-1].size
    matched = sum(b.size for b in blocks)
    stretch = ours[start:end]
    sequence = 2 * matched / (len(key) + len(stretch))
    common = sum((Counter(stretch) & Counter(key)).values())
    bag = 2 * common / (len(key) + len(stretch))
    return (sequence, bag)


def note_similarity(key: dict[str, list[str]], ours: dict[str, list[str]]) -> float:
    if not key:
        return 1.0 if not ours else 0.0
    scores = []
    for marker, text in key.items():
        mine = ours.get(marker)
        scores.append(SequenceMatcher(None, mine, text, autojunk=False).ratio() if mine else 0.0)
    return statistics.fmean(scores)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--show", type=int, default=40, help="how many failing files to list")
    parser.add_argument("--only", nargs="*", help="file names (without extension) to check")
    args = parser.parse_args(argv)
    corpus = args.corpus / "en" if (args.corpus / "en").is_dir() else args.corpus
    names = sorted(p.stem for p in corpus.glob("*.txt") if (corpus / f"{p.stem}.xml").exists())
    if args.only:
        names = [n for n in names if n in set(args.only)]
    if not names:
        print(f"no NAME.txt + NAME.xml pairs in {corpus}", file=sys.stderr)
        return 2
    exact = 0
    note_scores, seq_scores, bag_scores = [], [], []
    cited_total = cited_right = 0
    failures: list[str] = []
    for name in names:
        key = expected(corpus / f"{name}.xml")
        ours = read_ours((corpus / f"{name}.txt").read_text(encoding="utf-8"))
        markers_ok = key.markers == ours.markers
        exact += markers_ok
        notes = note_similarity(key.notes, ours.notes)
        sequence, bag = body_similarity(key.body, ours.words)
        note_scores.append(notes)
        seq_scores.append(sequence)
        bag_scores.append(bag)
        for marker, before in key.cited_after.items():
            cited_total += 1
            cited_right += ours.cited_after.get(marker) == before
        problems = []
        if not markers_ok:
            problems.append(f"markers {_span(ours.markers)} vs key {_span(key.markers)}")
        if notes < 0.98:
            problems.append(f"footnote text {notes:.3f}")
        if sequence < BODY_BAR:
            problems.append(f"body {sequence:.4f} (bag {bag:.4f})")
        if problems:
            failures.append(f"  {name}: " + "; ".join(problems))
    n = len(names)
    print(f"files: {n}")
    print(f"footnote markers exact: {exact}/{n} = {exact / n:.1%}")
    print(f"footnote text similarity (mean): {statistics.fmean(note_scores):.4f}")
    if cited_total:
        print(f"citations at the key's place: {cited_right}/{cited_total} = {cited_right / cited_total:.1%}")
    sequence_mean, bag_mean = statistics.fmean(seq_scores), statistics.fmean(bag_scores)
    print(f"body word similarity (mean): sequence {sequence_mean:.4f}, bag {bag_mean:.4f}")
    print(f"body similarity below {BODY_BAR}: {sum(s < BODY_BAR for s in seq_scores)} files")
    print(f"files with a problem: {len(failures)}")
    for line in failures[: args.show]:
        print(line)
    ok = exact / n >= MARKER_BAR and sequence_mean >= BODY_BAR
    return 0 if ok else 1


def _span(markers: list[str]) -> str:
    if not markers:
        return "[]"
    if all(m.isdigit() for m in markers):
        first = int(markers[0])
        if markers == [str(i) for i in range(first, first + len(markers))]:
            return f"{markers[0]}..{markers[-1]}"
    return "[" + ",".join(markers) + "]"


if __name__ == "__main__":
    sys.exit(main())
