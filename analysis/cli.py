"""Command line: ``python -m analysis COMMAND PATH ...``.

Each command lives next to the stage it runs, in a module exposing
``add_cli(subparsers)`` that registers a sub-parser whose ``func(args)`` returns
the exit code. The modules are listed in :data:`COMMAND_MODULES`.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import sys

import pandas as pd

COMMAND_MODULES = ["analysis.load_cli", "analysis.report_cli", "analysis.terms_cli", "analysis.quotes_cli", "analysis.bench_cli"]


def write_table(frame: pd.DataFrame, fmt: str, out=None) -> None:
    """Print ``frame`` as an aligned table, CSV or JSON records (dates as ISO 8601)."""
    out = out or sys.stdout
    if fmt == "csv":
        frame.to_csv(out, index=False)
    elif fmt == "json":
        out.write(frame.to_json(orient="records", date_format="iso", force_ascii=False, indent=1))
        out.write("\n")
    else:
        with pd.option_context("display.max_rows", None, "display.max_columns", None,
                               "display.width", 200, "display.max_colwidth", 60):
            out.write(frame.to_string(index=False) + "\n")


def add_format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=["table", "csv", "json"], default="table",
                        help="output format (default: table)")


def report_problems(problems: pd.DataFrame, err=None) -> None:
    """One line per problem on stderr: ``problem: FILE: REASON (ACTION)``."""
    err = err or sys.stderr
    for row in problems.itertuples(index=False):
        err.write(f"problem: {row.file}: {row.reason} ({row.action})\n")


def load_or_report(path):
    """Load ``path`` for a command: problems on stderr; None (after a one-line error) when no article loaded."""
    from .load import load_corpus

    corpus = load_corpus(path)
    report_problems(corpus.problems)
    if corpus.articles.empty:
        n = int((corpus.problems["action"] == "skipped").sum())
        sys.stderr.write(f"error: no article could be loaded from {path} ({n} file(s) skipped, see above)\n")
        return None
    return corpus


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
        sys.stderr.write(f"error: {exc}\n")
        return 2
    except BrokenPipeError:
        return 0
