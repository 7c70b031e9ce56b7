"""Read every AKN file of a corpus, write it back, and count what was lost.

    python scripts/corpus_roundtrip.py CORPUS_DIR [--verbose]

For each ``*.xml`` under CORPUS_DIR: read with :func:`unxml.akn.reader.read_report`, write
with :func:`unxml.akn.writer.to_xml`, validate the output against the OASIS schema and the
unxml profile, and compare the words of body, footnotes and masthead (see
``unxml.akn.wordcount``). Files that are not resolutions (decisions, Security Council texts)
are counted as refused with their reason. Exit status 1 if a body or footnote word is lost or
an output is invalid.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from lxml import etree

from unxml.akn.reader import read_report
from unxml.akn.wordcount import count_words
from unxml.akn.writer import to_xml
from unxml.errors import XmlInputError
from unxml.validate.schemas import oasis_schema, profile_schema


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--verbose", action="store_true", help="list every loss and finding")
    args = parser.parse_args(argv)
    files = sorted(args.corpus.rglob("*.xml"))
    totals: Counter[str] = Counter()
    lost: Counter[str] = Counter()
    findings: Counter[str] = Counter()
    refused: list[str] = []
    crashed: list[str] = []
    bad_files: list[str] = []
    for path in files:
        totals["files"] += 1
        try:
            resolution, found = read_report(path)
        except XmlInputError as err:
            refused.append(str(err))
            continue
        except Exception as err:  # a bug in unxml: count it and go on with the corpus
            crashed.append(f"{path}: {type(err).__name__}: {err}")
            continue
        out = to_xml(resolution)
        out_root = etree.fromstring(out)
        valid = oasis_schema().validate(out_root) and profile_schema().validate(out_root)
        totals["valid outputs"] += valid
        before, after = count_words(etree.parse(str(path)).getroot()), count_words(out_root)
        file_loss = 0
        for region in ("body", "footnotes", "masthead"):
            source, kept = getattr(before, region), getattr(after, region)
            missing = source - kept
            totals[f"{region} words"] += sum(source.values())
            lost[region] += sum(missing.values())
            if region != "masthead":
                file_loss += sum(missing.values())
            if missing and args.verbose:
                print(f"{path}: {region} lost {dict(missing)}")
        for finding in found:
            findings[f"{finding.severity}: {_kind(finding.message)}"] += 1
            if args.verbose and finding.severity == "warning":
                print(f"{path}: {finding}")
        if file_loss or not valid:
            bad_files.append(f"{path} (lost {file_loss} words{'' if valid else ', INVALID output'})")
    read = totals["files"] - len(refused) - len(crashed)
    print(f"files: {totals['files']}, read: {read}, refused: {len(refused)}, crashed: {len(crashed)}")
    print(f"valid outputs (OASIS + profile): {totals['valid outputs']}/{read}")
    for region in ("body", "footnotes", "masthead"):
        print(f"{region} words: {totals[f'{region} words']}, lost: {lost[region]}")
    for reason in refused:
        print(f"refused: {reason}")
    print("findings:")
    for kind, n in findings.most_common():
        print(f"  {n:6d}  {kind}")
    for bad in bad_files:
        print(f"LOSS: {bad}")
    for crash in crashed:
        print(f"CRASH: {crash}")
    return 1 if bad_files or crashed else 0


def _kind(message: str) -> str:
    """A finding's message without the particulars, for counting kinds."""
    return message.split("'")[0].split('"')[0].strip()


if __name__ == "__main__":
    sys.exit(main())
