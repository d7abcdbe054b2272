"""``python -m analysis report PATH --out DIR``: run every notebook on PATH and write a shareable report."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from .terminal import write_line


def _inside(child: Path, parent: Path) -> bool:
    return child.resolve().is_relative_to(parent.resolve())


def show_progress(stream=None) -> bool:
    """Progress lines only for a person watching: stderr is a terminal and ``CI`` is not set."""
    stream = stream or sys.stderr
    return stream.isatty() and not os.environ.get("CI")


def stderr_line(text: str) -> None:
    """One escaped line on stderr (the report's messages end with a newline of their own)."""
    write_line(sys.stderr, text.removesuffix("\n"))
    sys.stderr.flush()


def run_report(args) -> int:
    data, out = Path(args.path), Path(args.out)
    if not data.exists():
        raise FileNotFoundError(f"{data} does not exist")
    if data.is_dir() and _inside(out, data):
        write_line(sys.stderr, f"error: --out {out} is inside the data folder {data}; choose a folder outside it")
        return 2
    from .report import build_report  # here, so other commands do not pay for nbconvert's imports

    progress = stderr_line if show_progress() else None
    try:
        report = build_report(data, out, by=args.by, groups=args.groups, title=args.title,
                              notebooks_dir=args.notebooks, data_label=args.path, jobs=args.jobs,
                              scheduler=args.scheduler, progress=progress, errors=stderr_line)
    except (KeyError, ValueError) as exc:
        write_line(sys.stderr, f"error: {exc.args[0] if exc.args else exc}")
        return 2
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
    p.add_argument("--out", required=True, help="output folder (created; existing report files are replaced)")
    p.add_argument("--by", default="year", help="articles column to group by (default: year)")
    p.add_argument("--groups", nargs=2, metavar=("A", "B"), default=None,
                   help="the two groups to compare (default: every group)")
    p.add_argument("--title", default=None, help="title of the report")
    p.add_argument("--notebooks", default=None, help="folder of notebooks to run (default: the workbook's notebooks/)")
    p.add_argument("--jobs", type=int, default=None,
                   help="notebooks run at once (default: one per CPU, at most 4)")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help='run the analyses on a Dask cluster: "local" (a LocalCluster on this machine, started '
                        'for the report) or a scheduler address such as tcp://host:8786 (default: one process)')
    p.set_defaults(func=run_report)
