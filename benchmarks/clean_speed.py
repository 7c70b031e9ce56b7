"""How fast the layout-noise removal stage runs on a corpus of extracted texts.

    PYTHONPATH=. python benchmarks/clean_speed.py CORPUS_DIR [--repeat N]

CORPUS_DIR holds NAME.txt files (or an ``en/`` folder of them). Prints files, total size,
the best of N runs and the throughput.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from unxml.text.clean import clean


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    corpus = args.corpus / "en" if (args.corpus / "en").is_dir() else args.corpus
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    if not texts:
        print(f"no .txt files in {corpus}", file=sys.stderr)
        return 2
    best = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        for text in texts:
            clean(text)
        best = min(best, time.perf_counter() - start)
    size = sum(len(t) for t in texts)
    print(f"{len(texts)} files, {size / 1e6:.1f} M characters: best of {args.repeat} runs {best:.2f} s")
    print(f"{1000 * best / len(texts):.1f} ms per file, {size / best / 1e6:.2f} M characters per second")
    return 0


if __name__ == "__main__":
    sys.exit(main())
