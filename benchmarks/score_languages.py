"""Measure the converter in each language against the UN's own markup.

usage: python benchmarks/score_languages.py XML_ROOT OUT_DIR --tools TOOLS_DIR
           [--langs ar zh fr ru es] [--detect]

XML_ROOT holds one folder per language (``XML_ROOT/zh/A_RES_78_100.xml`` …) of the UN's
AKN4UN files, the answer keys. For each language the script

1. prints the UN's files as plain text in the printed layout with ``TOOLS_DIR/render``
   (into ``OUT_DIR/{lang}/text``);
2. converts each text with ``unxml.convert`` (the language given, or detected with
   ``--detect``) and writes the XML with ``unxml.to_xml`` (into ``OUT_DIR/{lang}/xml``);
   a text that cannot be converted is listed with its error;
3. compares the XML with the UN's field by field with ``TOOLS_DIR/score``.

The scores go to ``OUT_DIR/scores.json`` and, as a Markdown table, to standard output.
The measuring tools are run, never imported: they belong to the corpus, not to unxml.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import unxml

FIELDS = ("number", "session", "title", "adopted", "meeting", "preamble_phrases", "operative_nums",
          "operative_verbs", "points", "footnote_markers", "symbol", "distributed", "agenda_items",
          "report")  # fmt: skip
TARGETS = {"number": 0.98, "session": 0.98, "title": 0.98, "adopted": 0.98, "meeting": 0.98,
           "preamble_phrases": 0.95, "operative_nums": 0.95, "operative_verbs": 0.95,
           "body_text_similarity_mean": 0.995}  # fmt: skip


def run_tool(tool: Path, *args: str) -> str:
    env = dict(os.environ, PYTHON=sys.executable)
    done = subprocess.run([str(tool), *args], env=env, capture_output=True, text=True, check=True)
    return done.stdout


def convert_all(text_dir: Path, xml_dir: Path, lang: str | None) -> dict[str, str]:
    """Convert every text; return the errors by file name."""
    xml_dir.mkdir(parents=True, exist_ok=True)
    for stale in xml_dir.glob("*.xml"):  # a text that fails now must not be scored on old output
        stale.unlink()
    errors: dict[str, str] = {}
    for path in sorted(text_dir.glob("*.txt")):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", unxml.ConversionWarning)
                resolution = unxml.convert(path.read_text(encoding="utf-8"), lang)
            (xml_dir / f"{path.stem}.xml").write_bytes(unxml.to_xml(resolution))
        except unxml.UnxmlError as error:
            errors[path.name] = str(error)
    return errors


def score_language(xml_root: Path, out: Path, tools: Path, lang: str, detect: bool) -> dict:
    text_dir, xml_dir = out / lang / "text", out / lang / "xml"
    run_tool(tools / "render", str(xml_root / lang), str(text_dir))
    errors = convert_all(text_dir, xml_dir, None if detect else lang)
    scored = json.loads(run_tool(tools / "score", str(xml_root / lang), str(xml_dir), "--json"))
    return {"report": scored["report"], "failures": scored["failures"], "errors": errors}


def table(results: dict[str, dict]) -> str:
    langs = list(results)
    rows = ["| field | " + " | ".join(langs) + " | target |", "|---" * (len(langs) + 2) + "|"]
    for field in (*FIELDS, "body_text_similarity_mean", "body_text_similarity_min", "all_fields_exact"):
        cells = [f"{results[lang]['report'][field]:.3f}" for lang in langs]
        target = f"≥ {TARGETS[field]}" if field in TARGETS else ""
        rows.append(f"| {field} | " + " | ".join(cells) + f" | {target} |")
    documents = (str(results[lang]["report"]["documents"]) for lang in langs)
    rows.append("| documents | " + " | ".join(documents) + " | |")
    failed = (str(len(results[lang]["errors"])) for lang in langs)
    rows.append("| not converted | " + " | ".join(failed) + " | |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("xml_root", type=Path, help="folder with one sub-folder of UN XML per language")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--tools", type=Path, required=True, help="folder with the render and score tools")
    parser.add_argument("--langs", nargs="+", default=["ar", "zh", "fr", "ru", "es"])
    parser.add_argument("--detect", action="store_true", help="detect the language instead of passing it")
    args = parser.parse_args(argv)
    results = {
        lang: score_language(args.xml_root, args.out_dir, args.tools, lang, args.detect)
        for lang in args.langs
    }
    scores = json.dumps(results, indent=1, ensure_ascii=False)
    (args.out_dir / "scores.json").write_text(scores, encoding="utf-8")
    print(table(results))
    for lang, result in results.items():
        for name, error in result["errors"].items():
            print(f"{lang} {name}: {error}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
