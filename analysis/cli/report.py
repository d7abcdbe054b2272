"""``python -m analysis report PATH --out DIR``: run every notebook on PATH and write a shareable report."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..load import MAX_FILE_ENV
from ..terminal import write_line


def show_progress(stream=None) -> bool:
    """Progress lines only for a person watching: stderr is a terminal and ``CI`` is not set."""
    stream = stream or sys.stderr
    return stream.isatty() and not os.environ.get("CI")


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def gigabytes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 <= value < 2**20:
        raise argparse.ArgumentTypeError(f"must be 0 (no cap) or a positive number of GB: {text!r}")
    return value


def word_list(text: str) -> list[str]:
    """``a,b,c`` as ``["a", "b", "c"]`` (blanks around each word dropped; at least one word)."""
    words = [word.strip() for word in text.split(",") if word.strip()]
    if not words:
        raise argparse.ArgumentTypeError(f"no word in {text!r}: give words separated by commas, e.g. a,b,c")
    return words


def _os_error(exc: OSError, out: Path) -> str:
    """One line for an OSError of the report: ``--out`` is named only when the error is about a path in it."""
    where = Path(exc.filename) if exc.filename else None
    what = exc.strerror or str(exc)
    if where is not None and (where == out or out in where.parents):
        return f"--out {out}: {where}: {what}"
    return f"{where}: {what}" if where is not None else what


def run_report(args) -> int:
    data, out = Path(args.path), Path(args.out)
    if args.ngram_range and args.ngram_range[0] > args.ngram_range[1]:
        write_line(sys.stderr, f"error: --ngram-range {args.ngram_range[0]} {args.ngram_range[1]}: MIN must not exceed MAX")
        return 2
    if not data.exists():
        raise FileNotFoundError(f"{data} does not exist")
    given = os.environ.get(MAX_FILE_ENV, "").strip()
    if given and not (given.isdecimal() and int(given) > 0):
        write_line(sys.stderr, f"error: {MAX_FILE_ENV}={given!r} is not a whole number of MB")
        return 2
    from ..report import build_report, stderr_message  # here, so other commands do not pay for nbconvert's imports

    # None when stderr is a log or a pipe: errors only, no progress line or bar
    progress = stderr_message if show_progress() else None
    memory = None if args.kernel_memory_gb is None else int(args.kernel_memory_gb * 2**30)
    try:
        report = build_report(data, out, by=args.by, groups=args.groups, title=args.title,
                              notebooks_dir=args.notebooks, data_label=args.path, jobs=args.jobs,
                              scheduler=args.scheduler, max_file_mb=args.max_file_mb, kernel_memory=memory,
                              keyword=args.keyword, dispersion_terms=args.dispersion_terms, top=args.top,
                              ngram_range=args.ngram_range, per_group=args.per_group, stop_words=args.stop_words,
                              progress=progress, errors=stderr_message)
    except KeyError as exc:
        write_line(sys.stderr, f"error: {exc.args[0] if exc.args else exc}")
        return 2
    except ValueError as exc:  # str(): a UnicodeError's args[0] is only the codec's name
        write_line(sys.stderr, f"error: {exc}")
        return 2
    except OSError as exc:  # the disk filled up, the folder went away, a scheduler did not answer...
        write_line(sys.stderr, f"error: {_os_error(exc, out)}")
        return 1
    if not report.runs:
        write_line(sys.stderr, f"error: no notebook found in {args.notebooks or 'notebooks/'}")
        return 1
    if report.failed:
        write_line(sys.stderr, f"error: {len(report.failed)} of {len(report.runs)} notebook(s) failed; "
                               f"see {out / 'index.html'}")
        return 1
    if progress:
        progress(f"report written to {out / 'index.html'}\n")
    return 0


def add_cli(sub) -> None:
    p = sub.add_parser("report", help="run every notebook on PATH and write HTML reports into --out")
    p.add_argument("path", help="a folder of articles, or one article file")
    p.add_argument("--out", required=True,
                   help="output folder (created; existing report files are replaced). Not inside the data folder "
                        "(for one file: not inside that file's folder)")
    p.add_argument("--by", default="year", help="articles column to group by (default: year)")
    p.add_argument("--groups", nargs=2, metavar=("A", "B"), default=None,
                   help="the two groups to compare (default: every group)")
    p.add_argument("--title", default=None, help="title of the report")
    what = p.add_argument_group("what the notebooks show (each goes to the notebooks that have that parameter; "
                                "default: the notebook's own)")
    what.add_argument("--keyword", default=None, metavar="TEXT",
                      help="keyword of the concordance (notebook 01; default: the most frequent word)")
    what.add_argument("--dispersion-terms", type=word_list, default=None, metavar="A,B,...",
                      help="words located in each article by the dispersion plot (notebook 01; default: the four "
                           "most frequent words)")
    what.add_argument("--top", type=positive_int, default=None, metavar="N",
                      help="rows per group or article in the charts and tables (terms in 01 and 02, speakers "
                           "in 03, articles in 00's size chart)")
    what.add_argument("--ngram-range", type=positive_int, nargs=2, default=None, metavar=("MIN", "MAX"),
                      help="shortest and longest phrase counted, in words (notebooks 01 and 02)")
    what.add_argument("--per-group", type=positive_int, default=None, metavar="N",
                      help="articles shown per group in the per-article charts and tables")
    what.add_argument("--stop-words", type=word_list, default=None, metavar="A,B,...",
                      help="extra words left out of the term counts, TF-IDF and keyness, e.g. said,reuters "
                           "(notebooks 01 and 02)")
    p.add_argument("--notebooks", default=None, help="folder of notebooks to run (default: the workbook's notebooks/)")
    p.add_argument("--jobs", type=positive_int, default=None,
                   help="notebooks run at once (default: one per CPU, at most 4; fewer when the corpus "
                        "would not fit in memory)")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help='run the analyses on a Dask cluster: "local" (a LocalCluster on this machine, started '
                        'for the report) or a scheduler address such as tcp://host:8786 (default: one process)')
    p.add_argument("--max-file-mb", type=positive_int, default=None, metavar="MB",
                   help=f"refuse files larger than this, in the report and its notebooks (default: 10, or "
                        f"{MAX_FILE_ENV})")
    p.add_argument("--kernel-memory-gb", type=gigabytes, default=None, metavar="GB",
                   help="cap each notebook's kernel at this much address space; past it, the notebook fails "
                        "with MemoryError (0: no cap; default: its share of 80%% of the available memory + 2 GB)")
    p.set_defaults(func=run_report)
