"""Does conversion time grow linearly with the size of the input?

Builds one English resolution at 1×, 10× and 100× its base size (paragraphs, sub-paragraphs
and footnotes multiplied, so every part of the converter gets more work), prints it as the UN
does (optionally through the layout-noise model), converts it, and reports the time per
kilobyte at each size. Linear growth keeps the time per kilobyte flat; quadratic growth
multiplies it by ten at each step. The script exits 1 if the 100× time per kilobyte is more
than ``--tolerance`` times the 1× one.

    PYTHONPATH=. python benchmarks/bench_scale.py [--base 10] [--noise] [--repeat 3]

Run by hand (timings are machine-dependent, so they stay out of the test suite).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from datetime import date

from unxml import convert
from unxml.model import (
    Footnote,
    Meeting,
    NoteRef,
    OperativeParagraph,
    Point,
    PreambularParagraph,
    PrintedDate,
    Resolution,
)
from unxml.render import to_text
from unxml.testing.noise import NoiseOptions, add_noise

PHRASES = ("Recalling", "Noting", "Reaffirming", "Welcoming", "Expressing concern")
VERBS = ("Invites", "Requests", "Urges", "Encourages", "Decides")
FILLER = (
    "the importance of international cooperation and coordination among Member States and the "
    "relevant organizations of the United Nations system in that regard"
)


def resolution(paragraphs: int) -> Resolution:
    """A resolution with ``paragraphs`` preambular and ``paragraphs`` operative paragraphs."""
    preamble, body, footnotes = [], [], []
    for i in range(paragraphs):
        marker = str(len(footnotes) + 1)
        footnotes.append(Footnote(marker=marker, text=(f"See the report of the Committee, part {i + 1}.",)))
        preamble.append(
            PreambularParagraph(
                phrase=PHRASES[i % len(PHRASES)], text=(f"{FILLER},", NoteRef(marker=marker), f" {FILLER},")
            )
        )
        points = tuple(Point(num=f"({c})", text=(f"{FILLER};",)) for c in "abc") if i % 3 == 0 else ()
        body.append(
            OperativeParagraph(
                num=f"{i + 1}.",
                verb=VERBS[i % len(VERBS)],
                text=(f"{FILLER}:" if points else f"{FILLER};",),
                points=points,
            )
        )
    adopted = date(2023, 12, 19)
    return Resolution(
        language="en",
        symbol="A/RES/78/999",
        session=78,
        number="78/999",
        title=("International cooperation at scale",),
        formula="The General Assembly,",
        preamble=tuple(preamble),
        body=tuple(body),
        adoption_date=adopted,
        meeting=Meeting(text="50th plenary meeting", number=50),
        meeting_date=PrintedDate(value=adopted, text="19 December 2023"),
        footnotes=tuple(footnotes),
    )


def seconds_to_convert(text: str, repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            convert(text, "en")
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=10, help="paragraphs of each kind at 1× (default 10)")
    parser.add_argument("--noise", action="store_true", help="convert pdftotext-like text (pages, wrapping)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the median is kept")
    parser.add_argument("--tolerance", type=float, default=3.0, help="allowed growth of time per kB")
    args = parser.parse_args(argv)

    noise = NoiseOptions(
        width=85, page_lines=48, markers="detached", blank_lines="remove", num_on_own_line=True
    )
    seconds_to_convert(to_text(resolution(1)), 1)  # load lexicons and compile patterns first
    print(f"{'size':>5} {'paragraphs':>10} {'kB':>9} {'seconds':>9} {'ms per kB':>10}")
    per_kb = []
    for factor in (1, 10, 100):
        model = resolution(args.base * factor)
        text = add_noise(model, noise).text if args.noise else to_text(model)
        kilobytes = len(text.encode()) / 1024
        seconds = seconds_to_convert(text, args.repeat)
        per_kb.append(seconds * 1000 / kilobytes)
        print(f"{factor:>4}× {args.base * factor:>10} {kilobytes:>9.1f} {seconds:>9.3f} {per_kb[-1]:>10.3f}")
    growth = per_kb[-1] / per_kb[0]
    print(f"time per kB at 100× is {growth:.2f} × the time per kB at 1× (linear: about 1)")
    return 0 if growth <= args.tolerance else 1


if __name__ == "__main__":
    sys.exit(main())
