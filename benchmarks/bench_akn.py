"""Speed of the AKN writer and reader on real resolutions.

    python benchmarks/bench_akn.py [XML_FILE ...]

Without arguments it uses the golden A/RES/56/121 and the typical UN files in
tests/data/un-corpus/en. Each file is read once into a model; then the model is written
(``to_xml``) and the XML read back (``read_report``) repeatedly, for at least a second each.
Prints documents per second for both, per file and overall.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from unxml.akn.reader import read_report
from unxml.akn.writer import to_xml

REPO = Path(__file__).resolve().parents[1]
DEFAULT = [
    REPO / "samples" / "A_RES_56_121.en.xml",
    *sorted((REPO / "tests/data/un-corpus/en").glob("*.xml")),
]


def rate(action, minimum_seconds: float = 1.0) -> float:
    """Calls of ``action`` per second, timed over at least ``minimum_seconds``."""
    calls, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < minimum_seconds:
        action()
        calls += 1
    return calls / elapsed


def main(paths: list[Path]) -> None:
    written = read = 0.0
    usable = []
    for path in paths:
        try:
            model, _ = read_report(path)
        except Exception as err:  # a file the reader refuses: not part of the measure
            print(f"{path.name}: skipped ({err})")
            continue
        xml = to_xml(model)
        usable.append(path)
        w = rate(lambda model=model: to_xml(model), 0.3)
        r = rate(lambda xml=xml: read_report(xml), 0.3)
        written += 1 / w
        read += 1 / r
        print(f"{path.name:40s} {len(xml) / 1024:7.1f} KiB  write {w:7.1f} docs/s  read {r:7.1f} docs/s")
    n = len(usable)
    print(
        f"\n{n} documents: write {n / written:.1f} docs/s, read {n / read:.1f} docs/s (sequential, one core)"
    )


if __name__ == "__main__":
    main([Path(p) for p in sys.argv[1:]] or DEFAULT)
