"""Convert every ``NAME.txt`` of a corpus directory to ``OUT_DIR/NAME.xml``.

usage: python benchmarks/convert_corpus.py CORPUS_DIR OUT_DIR [--lang L]

Then compare with the UN's markup, e.g.::

    PYTHON=/work/venv/bin/python /work/shared/tools/score CORPUS_DIR OUT_DIR

Prints one line per file that failed (with the reason) and a summary of failures and
warnings; exit status 1 if any file failed.
"""

from __future__ import annotations

import argparse
import collections
import sys
import warnings
from pathlib import Path

from unxml import ConversionWarning, UnxmlError, to_xml
from unxml.text.pipeline import convert_with_issues


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default=None)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    failed, issues = 0, collections.Counter()
    paths = sorted(args.corpus.glob("*.txt"))
    for path in paths:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ConversionWarning)
                found = convert_with_issues(path.read_text(encoding="utf-8"), args.lang, source=path.name)
            (args.out / f"{path.stem}.xml").write_bytes(to_xml(found.resolution))
        except UnxmlError as error:
            failed += 1
            print(f"FAILED {error}")
            continue
        for issue in found.issues:
            issues[issue.message.split(":")[0]] += 1
    print(f"{len(paths) - failed}/{len(paths)} converted; warnings: {dict(issues.most_common())}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
