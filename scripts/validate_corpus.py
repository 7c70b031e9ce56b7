"""Summarise how many files in a corpus break which validation rule.

Usage: ``python scripts/validate_corpus.py DIR... [--profile none] [--examples N]``

Prints, for each rule code, the number of files with at least one finding, the number of
findings, the rule's summary and a first example (file:line: message). This is how the
figures in ``docs/validation.md`` were made (on the UN's published AKN4UN files).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from unxml.validate.command import catalogue, expand_paths
from unxml.validate.engine import Validator


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--profile", choices=("unxml", "none"), default="unxml")
    parser.add_argument("--examples", type=int, default=1, help="example findings shown per rule")
    args = parser.parse_args(argv)
    files, missing = expand_paths([str(d) for d in args.dirs])
    if missing:
        parser.error(f"no such file or directory: {', '.join(missing)}")
    validator = Validator(profile=args.profile != "none")
    files_per_code: Counter[str] = Counter()
    findings_per_code: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    clean = 0
    for path in files:
        report = validator.validate(path)
        clean += report.valid
        codes = Counter(f.code for f in report.findings)
        files_per_code.update(codes.keys())
        findings_per_code.update(codes)
        for finding in report.findings:
            if len(examples[finding.code]) < args.examples:
                examples[finding.code].append(f"{path.name}:{finding.line}: {finding.message}")
    summaries = catalogue()
    print(f"{len(files)} files, {clean} without findings\n")
    print("| code | files | findings | rule | example |")
    print("|---|---:|---:|---|---|")
    for code in sorted(files_per_code):
        example = "<br>".join(e.replace("|", "\\|") for e in examples[code])
        counts = f"{files_per_code[code]} | {findings_per_code[code]}"
        print(f"| {code} | {counts} | {summaries[code][1]} | {example} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
