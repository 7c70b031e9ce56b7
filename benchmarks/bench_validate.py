"""How fast ``unxml validate`` is: throughput, cold start and memory over many files.

Usage::

    python benchmarks/bench_validate.py DIR [--profile none] [--runs 5] [--passes 3]

- **throughput**: one ``Validator`` (schemas compiled once), every ``*.xml`` under DIR
  validated with all checks, in this one process (one core for the per-document path);
  reported as documents per second, best of ``--runs``;
- **cold start**: ``python -m unxml.cli validate ONE.xml`` in a fresh interpreter, median
  wall time of ``--runs`` runs (includes interpreter start, imports and schema compilation);
- **memory**: resident set size after each of ``--passes`` passes over the files: flat when
  nothing is kept per document;
- **stages** (``--stages``): CPU time per document of each step (parsing, the OASIS schema
  as the engine checks it, the profile schema's validation, turning its errors into findings,
  each semantic rule), to see where the time goes before changing anything. A step's time
  includes what it is the first to compute of the facts several steps share (the OASIS step:
  the attribute pass, which tells whether the lighter OASIS schema will do).

The figures in docs/validation.md were made with this script on /work/shared/corpus/dev/en.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from unxml.validate.command import expand_paths
from unxml.validate.engine import Validator


def rss_mib() -> float:
    """Resident set size of this process (Linux), in MiB."""
    with open(f"/proc/{os.getpid()}/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def throughput(files: list[Path], profile: bool, runs: int) -> tuple[float, float, int]:
    """Documents per second of wall time and per second of CPU time (best runs), and findings.

    CPU time is what one core spends: on a shared, loaded machine it is the figure that says
    what the code costs, while wall time also counts the waiting for a core.
    """
    validator = Validator(profile=profile)
    # Compilation is not per-document work: wait for the schemas and their lighter copies
    # (which the engine takes only once they are compiled).
    validator.validate(files[0])
    wait_for_schemas(profile)
    best_wall = best_cpu = float("inf")
    findings = 0
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        findings = sum(len(validator.validate(path).findings) for path in files)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return len(files) / best_wall, len(files) / best_cpu, findings


def wait_for_schemas(profile: bool) -> None:
    from unxml.validate.engine import _LIGHTER, _schema

    for full, lighter in _LIGHTER.items():
        if profile or full == "oasis":
            _schema(full)
            _schema(lighter)


def cold_start(one: Path, profile: bool, runs: int) -> list[float]:
    command = [sys.executable, "-m", "unxml.cli", "validate", str(one)]
    if not profile:
        command += ["--profile", "none"]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return times


def memory(files: list[Path], profile: bool, passes: int) -> list[float]:
    validator = Validator(profile=profile)
    sizes = []
    for _ in range(passes):
        for path in files:
            validator.validate(path)
        sizes.append(rss_mib())
    return sizes


def stage_times(files: list[Path], profile: bool) -> dict[str, float]:
    """CPU seconds per document of each step of validation (best of two passes)."""
    from unxml import xmlsafe
    from unxml.validate import attribute_names, uniqueness
    from unxml.validate.engine import _PROFILE_LEAN, _Collector, _schema, default_lexicons
    from unxml.validate.location import OTHER_NODES, Locations
    from unxml.validate.report import Report
    from unxml.validate.rules import all_rules
    from unxml.validate.rules.base import Document

    Validator(profile=profile).validate(files[0])
    wait_for_schemas(profile)
    rules = all_rules()
    datas = [path.read_bytes() for path in files]
    best: dict[str, float] = {}
    for _ in range(2):
        spent: dict[str, float] = {}
        for data in datas:
            clock = time.process_time()
            tree = xmlsafe.parse_bytes(data)
            spent["parse"] = spent.get("parse", 0.0) + time.process_time() - clock
            # As in the engine: the document's one indexed iteration is shared by the rules and
            # the schema errors' locations, and charged to the first step that needs it.
            document = Document(tree, default_lexicons, attribute_names.profile().safe if profile else None)
            locations = Locations(tree, lambda document=document: document.elements(*OTHER_NODES))
            # The OASIS step as the engine takes it (the lighter schema where it may, which
            # needs the document's attribute pass: charged here, as the engine does).
            collect = _Collector(Report("bench"), lambda code: True, None)
            clock = time.process_time()
            Validator._oasis_findings(document, collect, locations)
            spent["OASIS schema"] = spent.get("OASIS schema", 0.0) + time.process_time() - clock
            if profile:
                # The schema the engine picks (the attribute pass it needs is done by now).
                schema = _schema(_PROFILE_LEAN if uniqueness.eids_distinct(document) else "profile")
                clock = time.process_time()
                schema.validate(tree)
                validation = time.process_time() - clock
                # _profile_findings validates again: its time less one validation is the
                # conversion of libxml2's errors into findings.
                collect = _Collector(Report("bench"), lambda code: True, None)
                clock = time.process_time()
                Validator._profile_findings(document, collect, locations, data)
                conversion = time.process_time() - clock - validation
                spent["profile schema"] = spent.get("profile schema", 0.0) + validation
                spent["profile findings"] = spent.get("profile findings", 0.0) + conversion
            for rule in rules:
                clock = time.process_time()
                list(rule.check(document))
                spent[rule.code] = spent.get(rule.code, 0.0) + time.process_time() - clock
        for step, seconds in spent.items():
            best[step] = min(best.get(step, seconds), seconds)
    return {step: seconds / len(datas) for step, seconds in best.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--profile", choices=("unxml", "none"), default="unxml")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--stages", action="store_true", help="CPU time per document of each step")
    args = parser.parse_args(argv)
    files, _ = expand_paths([str(args.dir)])
    if not files:
        parser.error(f"no XML files under {args.dir}")
    profile = args.profile == "unxml"
    load = os.getloadavg()[0]
    print(f"{len(files)} files under {args.dir}; profile {args.profile}; load average {load:.1f}")
    if args.stages:
        times = stage_times(files, profile)
        rules = sum(seconds for step, seconds in times.items() if step.startswith("UNX"))
        print(
            f"CPU time per document: {sum(times.values()) * 1e3:.2f} ms, of which rules {rules * 1e3:.2f} ms"
        )
        for step, seconds in sorted(times.items(), key=lambda item: -item[1]):
            print(f"  {step:18} {seconds * 1e3:6.3f} ms")
        return 0
    wall_rate, cpu_rate, findings = throughput(files, profile, args.runs)
    print(
        f"throughput: {cpu_rate:.0f} documents per CPU-second, {wall_rate:.0f} per wall-second "
        f"(all checks, one process, {findings} findings)"
    )
    times = cold_start(files[0], profile, args.runs)
    median = statistics.median(times)
    print(f"cold start: median {median:.2f} s wall (min {min(times):.2f} s) for {files[0].name}")
    sizes = memory(files, profile, args.passes)
    print("memory: RSS after each pass " + ", ".join(f"{s:.1f}" for s in sizes) + " MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
