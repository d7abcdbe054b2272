"""What the commands share: printing tables, reporting load problems."""
from __future__ import annotations

import argparse
import sys

import pandas as pd

from ..load import load_corpus
from ..terminal import printable, write_line


def write_table(frame: pd.DataFrame, fmt: str, out=None) -> None:
    """Print ``frame`` as an aligned table, CSV or JSON records (dates as ISO 8601).

    The table is for a terminal, so its text is :func:`~analysis.terminal.printable`; csv and json are data
    and keep every value exactly (json escapes control characters itself).
    """
    out = out or sys.stdout
    if fmt == "csv":
        frame.to_csv(out, index=False)
    elif fmt == "json":
        out.write(frame.to_json(orient="records", date_format="iso", force_ascii=False, indent=1))
        out.write("\n")
    else:
        with pd.option_context("display.max_rows", None, "display.max_columns", None,
                               "display.width", 200, "display.max_colwidth", 60):
            out.write(printable_frame(frame).to_string(index=False) + "\n")


def printable_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every text value and column name made :func:`~analysis.terminal.printable`."""
    return frame.rename(columns=printable).map(lambda value: printable(value) if isinstance(value, str) else value)


def add_format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=["table", "csv", "json"], default="table",
                        help="output format (default: table)")


def report_problems(problems: pd.DataFrame, err=None) -> None:
    """One line per problem on stderr: ``problem: FILE: REASON (ACTION)``, escaped so that a file name
    cannot break the line or drive the terminal."""
    err = err or sys.stderr
    for row in problems.itertuples(index=False):
        write_line(err, f"problem: {row.file}: {row.reason} ({row.action})")


def load_or_report(path):
    """Load ``path`` for a command: problems on stderr; None (after a one-line error) when no article loaded."""
    corpus = load_corpus(path)
    report_problems(corpus.problems)
    if corpus.articles.empty:
        n = int((corpus.problems["action"] == "skipped").sum())
        write_line(sys.stderr, f"error: no article could be loaded from {path} ({n} file(s) skipped, see above)")
        return None
    return corpus
