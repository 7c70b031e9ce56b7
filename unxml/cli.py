"""The ``unxml`` command: ``convert``, ``validate`` and ``render``.

Each subcommand lives in its own module and is imported only when used, so that
``unxml validate`` starts fast. A subcommand module provides ``add_arguments(parser)``
and ``run(args) -> int`` (the exit code).

Exit codes for every subcommand: 0 success, 1 problems found in the input, 2 usage error or
unreadable input. Bad input never produces a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from unxml import __version__

SUBCOMMANDS = {
    "convert": ("unxml.batch", "convert resolution text (PDF-extracted) to AKN4UN XML"),
    "validate": ("unxml.validate.command", "validate resolution XML: schemas and semantic rules"),
    "render": ("unxml.render", "print AKN4UN XML as the resolution's printed text"),
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(prog="unxml", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"unxml {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    chosen = argv[0] if argv else None
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        sub = commands.add_parser(name, help=help_text, description=help_text)
        if name == chosen:
            module = importlib.import_module(module_name)
            module.add_arguments(sub)
            sub.set_defaults(_run=module.run)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse exits 2 on usage errors, 0 on --help
        return int(exit_.code or 0)
    try:
        return int(args._run(args))
    except KeyboardInterrupt:
        print("unxml: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1


if __name__ == "__main__":
    sys.exit(main())
