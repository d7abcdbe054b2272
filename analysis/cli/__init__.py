"""Command line: ``python -m analysis COMMAND PATH ...``.

Each command is a module of this package (``analysis/cli/``) exposing
``add_cli(subparsers)`` that registers a sub-parser whose ``func(args)`` returns
the exit code. The modules are listed in :data:`COMMAND_MODULES`.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import sys

from ..terminal import write_line

COMMAND_MODULES = ["analysis.cli.load", "analysis.cli.report", "analysis.cli.terms", "analysis.cli.quotes", "analysis.cli.bench",
                   "analysis.cli.people", "analysis.cli.trends",
                   "analysis.cli.similar"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).add_cli(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    # The loader logs each problem; the commands print them once themselves.
    logging.basicConfig(level=logging.ERROR, format="%(message)s")
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except FileNotFoundError as exc:
        write_line(sys.stderr, f"error: {exc}")
        return 2
    except BrokenPipeError:
        return 0
