"""Build a report: check the output folder, load the corpus, run every notebook (in order, a few at a
time), render its pages and write ``index.html``. See :mod:`analysis.report` for what is written."""
from __future__ import annotations

import multiprocessing
import os
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import nbformat

from ..execute import LOCAL, dask_client, distribute
from ..load import MAX_BYTES, MAX_FILE_ENV, load_corpus
from ..terminal import write_line
from .kernels import available_memory, default_jobs, execute_notebook, plan_memory
from .notebooks import failure_message, list_notebooks, notebook_heading, notebook_parameters
from .provenance import corpus_summary, count_quotes, input_files, package_versions, sha256_file
from .render import (CHARTS_FOLDER, EXPORT_DIR_NOTE, TABLES_FOLDER, export_charts, exported_tables,
                     render_index, render_pages, show_data_path, write_replacing)
from .sanitise import path_shortener

#: The repository's notebooks folder (next to the ``analysis`` package).
DEFAULT_NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"


@dataclass
class NotebookRun:
    """What happened to one notebook. File names are relative to the output folder."""

    name: str
    sha256: str
    heading: str
    parameters: dict
    status: str = "not run"
    seconds: float = 0.0
    executed: str | None = None
    html: str | None = None
    reader: str | None = None
    error: str | None = None
    #: Files exported for this notebook, relative to the output folder (``tables/...``, ``charts/...``).
    exports: list[str] = field(default_factory=list)

    @property
    def stem(self) -> str:
        return Path(self.name).stem

    def export_groups(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """``(label, [(path, file name)...])`` of the exported tables, then charts (for the index)."""
        groups = [(label, [(path, path.partition("/")[2]) for path in self.exports if path.startswith(folder + "/")])
                  for folder, label in ((TABLES_FOLDER, "Tables (CSV)"), (CHARTS_FOLDER, "Charts (PNG, SVG)"))]
        return [(label, files) for label, files in groups if files]

    def parameters_text(self, data_label: str) -> str:
        """The parameters passed, ``data_path`` shown as the user gave it and ``export_dir`` relative to the
        report's folder (no absolute path)."""
        shown = {**self.parameters, "data_path": data_label} if "data_path" in self.parameters else self.parameters
        if "export_dir" in shown:
            shown = {**shown, "export_dir": TABLES_FOLDER}
        return ", ".join(f"{k}={v!r}" for k, v in shown.items())


@dataclass
class Report:
    """The outcome of :func:`build_report`: one :class:`NotebookRun` per notebook."""

    out_dir: Path
    runs: list[NotebookRun] = field(default_factory=list)

    @property
    def failed(self) -> list[NotebookRun]:
        return [r for r in self.runs if r.status != "ok"]

    @property
    def ok(self) -> bool:
        return bool(self.runs) and not self.failed


def data_folder(data_path: Path) -> Path:
    """The folder of the data: ``data_path`` itself, or the folder of a one-file report's file."""
    return data_path if data_path.is_dir() else data_path.parent


def check_output(data_path: Path, out_dir: Path, notebooks: list[Path]) -> None:
    """Refuse, before any work, an output folder the report must not or cannot write into.

    Parameters
    ----------
    data_path : pathlib.Path
        The data (folder or file).
    out_dir : pathlib.Path
        The output folder asked for.
    notebooks : list of pathlib.Path
        The notebooks to run.

    Returns
    -------
    None

    Raises
    ------
    ValueError
        ``"--out DIR: why"`` when ``out_dir`` is inside the data folder (:func:`data_folder`: a one-file
        report's folder too) or is the notebooks' folder (files there would be replaced), is not a folder,
        holds a folder where the report writes a file, or no folder can be created or written there.
    """
    try:
        _check_output(Path(data_path), Path(out_dir), notebooks)
    except (OSError, RuntimeError) as exc:  # a name too long, a link loop...
        raise ValueError(f"--out {out_dir}: {getattr(exc, 'strerror', None) or exc}") from None


def _check_output(data_path: Path, out_dir: Path, notebooks: list[Path]) -> None:
    out = out_dir.resolve()
    data = data_folder(data_path).resolve()
    if out.is_relative_to(data):
        raise ValueError(f"--out {out_dir} is inside the data folder {data_folder(data_path)}: the report must "
                         "not write among its inputs; choose a folder outside it")
    if notebooks and out == notebooks[0].parent.resolve():
        raise ValueError(f"--out {out_dir} is the notebooks' folder: the executed notebooks would replace them")
    if os.path.lexists(out_dir) and not out_dir.is_dir():
        raise ValueError(f"--out {out_dir}: exists and is not a folder")
    for name in ["index.html", *(name for src in notebooks for name in report_files(src).values())]:
        if (out_dir / name).is_dir() and not (out_dir / name).is_symlink():
            raise ValueError(f"--out {out_dir}: {name} there is a folder; the report writes a file of that name")
    for name in (TABLES_FOLDER, CHARTS_FOLDER):
        if os.path.lexists(out_dir / name) and not (out_dir / name).is_symlink() and not (out_dir / name).is_dir():
            raise ValueError(f"--out {out_dir}: {name} there is a file; the report writes its exports into a folder of that name")
    existing = next(folder for folder in (out, *out.parents) if folder.exists())
    if not existing.is_dir():
        raise ValueError(f"--out {out_dir}: {existing} is not a folder")
    try:  # a folder made and removed: the only sure test (root passes os.access, /proc refuses anyway)
        os.rmdir(tempfile.mkdtemp(prefix=".analysis-report-", dir=existing))
    except OSError as exc:
        raise ValueError(f"--out {out_dir}: cannot write in {existing} ({exc.strerror or exc})") from None


def stderr_message(message: str) -> None:
    """A report message on stderr, one escaped line (file names and notebook errors are untrusted)."""
    write_line(sys.stderr, message.removesuffix("\n"))
    sys.stderr.flush()


def report_files(src: Path) -> dict[str, str]:
    """The files a report writes for notebook ``src``: ``executed`` (``NAME.ipynb``), ``html``
    (``NAME.html``) and ``reader`` (``NAME.reader.html``)."""
    return {"executed": src.name, "html": f"{src.stem}.html", "reader": f"{src.stem}.reader.html"}


def run_notebook(src: Path, out_dir: Path, parameters: dict, *, cwd: Path, data_label: str,
                 memory: int | None = None, env: dict | None = None) -> NotebookRun:
    """Execute one notebook into ``out_dir`` and render its two pages; never raises for a failing cell.
    Every file is written under a temporary name and renamed over the old one (:func:`write_replacing`).
    ``memory``, ``env``: the kernel's address-space cap and environment (:func:`~analysis.report.kernels.kernel_manager_class`)."""
    committed = nbformat.read(src, as_version=4)
    run = NotebookRun(name=src.name, sha256=sha256_file(src), heading=notebook_heading(committed, src.stem),
                      parameters=parameters)
    files = report_files(src)
    dest, partial = out_dir / files["executed"], out_dir / f".{src.stem}.partial.ipynb"  # papermill warns about other suffixes
    partial.unlink(missing_ok=True)
    start = time.perf_counter()
    failure = None
    try:
        execute_notebook(src, partial, parameters, cwd=cwd, memory=memory, env=env)
        run.status = "ok"
    except Exception as exc:  # noqa: BLE001 - any failure is reported and the others go on
        run.status, failure = "failed", exc
    run.seconds = time.perf_counter() - start
    written = partial.is_file()
    if written:
        os.replace(partial, dest)
    if failure is not None:
        run.error = failure_message(src, dest if written else None, committed, failure)
        if memory and getattr(failure, "ename", None) == "MemoryError":
            run.error += f" (this notebook's kernel may use {memory / 2**30:.1f} GB of address space: --kernel-memory-gb)"
    if written:
        run.executed = dest.name
        executed = nbformat.read(dest, as_version=4)
        if "data_path" in parameters:
            executed = show_data_path(executed, parameters["data_path"], data_label)
        if "export_dir" in parameters:
            executed = show_data_path(executed, parameters["export_dir"], TABLES_FOLDER, EXPORT_DIR_NOTE)
        executed, charts = export_charts(executed, out_dir, src.stem)
        run.exports = exported_tables(executed, out_dir) + charts
        shorten = path_shortener(parameters.get("data_path"), data_label)
        for attr, page in render_pages(executed, shorten=shorten).items():
            write_replacing(out_dir / files[attr], page)
            setattr(run, attr, files[attr])
    return run


def build_report(data_path, out_dir, *, by: str = "year", groups=None, title: str | None = None,
                 notebooks_dir=None, data_label: str | None = None, jobs: int | None = None,
                 scheduler: str | None = None, max_file_mb: int | None = None, kernel_memory: int | None = None,
                 keyword: str | None = None, dispersion_terms=None, top: int | None = None, ngram_range=None,
                 per_group: int | None = None, stop_words=None,
                 progress: Callable[[str], None] | None = None,
                 errors: Callable[[str], None] = stderr_message) -> Report:
    """Run every notebook on ``data_path`` and write the report into ``out_dir`` (see :mod:`analysis.report`).

    Parameters
    ----------
    data_path : path
        The data: a folder, or one file.
    out_dir : path
        The report's folder (created; files the report writes are replaced). Refused before any work when it
        is among the inputs or cannot be written (:func:`check_output`).
    by, groups, title : optional
        The grouping, the groups compared (None: all) and the index's title, passed to every notebook that
        declares them.
    notebooks_dir : path, optional
        The notebooks run (default: the workbook's ``notebooks/``).
    data_label : str, optional
        How the data path is shown in pages (default: as given); the kernels get its absolute path.
    jobs : int, optional
        Notebooks run at once, each in its own process (default :func:`~analysis.report.kernels.default_jobs`;
        fewer when the corpus would not fit in memory: :func:`~analysis.report.kernels.plan_memory`).
    scheduler : str, optional
        The notebooks run their analyses on this Dask cluster (an address such as ``tcp://host:8786``, passed to
        each notebook's ``scheduler`` parameter; ``"local"``: a ``LocalCluster`` started for this report and
        closed after it). Default: one process per notebook.
    max_file_mb : int, optional
        Files larger than this many MB are refused, by the report and by the notebooks (default: the loader's
        ``MAX_BYTES``).
    kernel_memory : int, optional
        Each kernel's address-space cap in bytes (0: none; default: see
        :func:`~analysis.report.kernels.plan_memory`).
    keyword, dispersion_terms, top, ngram_range, per_group, stop_words : optional
        The concordance's keyword, the dispersion chart's terms, terms per chart, n-gram sizes (min, max),
        articles per group in per-article views and extra words left out of the term counts: passed to the
        notebooks that declare a parameter of that name (None: their default; an option no notebook takes is
        noted on ``errors``). Every notebook that declares ``export_dir`` gets ``OUT/tables`` and writes its
        tables there as CSV; its charts are saved in ``OUT/charts``
        (:func:`~analysis.report.render.export_charts`).
    progress : callable, optional
        Receives one ``[i/n] NAME ... ok (3.2 s)`` line per notebook as it finishes (None: quiet, no progress
        bar either).
    errors : callable
        Receives one line per failing notebook (default: stderr, escaped).

    Returns
    -------
    Report
        One :class:`NotebookRun` per notebook, in the notebooks' order; ``index.html`` is written.

    Raises
    ------
    FileNotFoundError
        ``data_path`` does not exist.
    ValueError
        ``out_dir`` must not or cannot be written (before any work), or no article loads.
    KeyError, ValueError
        A bad ``by`` or ``groups``.
    """
    notebooks_dir = Path(notebooks_dir) if notebooks_dir is not None else DEFAULT_NOTEBOOKS
    check_output(Path(data_path), Path(out_dir), list_notebooks(notebooks_dir))
    with ExitStack() as stack:
        label = scheduler
        if scheduler == LOCAL:  # one cluster for every notebook, not one per notebook kernel
            client = stack.enter_context(dask_client(None))
            scheduler = client.scheduler.address
            label = f"{LOCAL} (a LocalCluster of {len(client.scheduler_info()['workers'])} workers on this machine)"
        options = {"keyword": keyword or None, "dispersion_terms": list(dispersion_terms) if dispersion_terms else None,
                   "top": top, "ngram_range": list(ngram_range) if ngram_range else None, "per_group": per_group,
                   "stop_words": list(stop_words) if stop_words else None}
        return _build_report(data_path, out_dir, by=by, groups=groups, title=title, notebooks_dir=notebooks_dir,
                             data_label=data_label, jobs=jobs, scheduler=scheduler or None, scheduler_label=label,
                             max_file_mb=max_file_mb, kernel_memory=kernel_memory, options=options,
                             progress=progress, errors=errors)


def _build_report(data_path, out_dir, *, by, groups, title, notebooks_dir, data_label, jobs, scheduler,
                  scheduler_label, max_file_mb, kernel_memory, options, progress, errors) -> Report:
    data_path = Path(data_path)
    out_dir = Path(out_dir)
    bars = None if progress else False  # progress bars only where progress lines go
    corpus = load_corpus(data_path, progress=bars,
                         **({"max_bytes": max_file_mb * 2**20} if max_file_mb else {}))
    articles = corpus.articles
    if articles.empty:
        raise ValueError(f"no article could be loaded from {data_label or data_path} "
                         f"({len(corpus.skipped)} file(s) skipped)")
    n_quotes, quotes_note = count_quotes(distribute(articles, scheduler), progress=bars)
    summary = corpus_summary(articles, by=by, groups=groups, n_quotes=n_quotes, quotes_note=quotes_note)
    label = data_label if data_label is not None else str(data_path)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in (TABLES_FOLDER, CHARTS_FOLDER):  # a link there is replaced, never written through
        if (out_dir / name).is_symlink():
            (out_dir / name).unlink()
        (out_dir / name).mkdir(exist_ok=True)

    values = {"data_path": str(data_path.resolve()), "by": by, "groups": list(groups) if groups else None,
              "title": title, "scheduler": scheduler, **options,
              "export_dir": str((out_dir / TABLES_FOLDER).resolve())}
    notebooks = list_notebooks(notebooks_dir)
    requested = max(1, min(jobs or default_jobs(), len(notebooks) or 1))
    plan = plan_memory(requested, int(articles["raw_text"].str.len().sum()), available_memory(), kernel_memory)
    kernel = {"memory": plan.kernel_memory, "env": {MAX_FILE_ENV: str(max_file_mb)} if max_file_mb else None}
    tasks = [(src, out_dir, notebook_parameters(src, values)) for src in notebooks]
    for name, value in options.items():  # an option no notebook takes would otherwise pass unnoticed
        if value is not None and not any(name in params for _, _, params in tasks):
            errors(f"note: --{name.replace('_', '-')} ignored: no notebook has a {name!r} parameter\n")
    runs: dict[str, NotebookRun] = {}

    if progress:
        if plan.note:
            progress(f"{plan.note}\n")
        progress(f"running {len(tasks)} notebook(s) on {label}, {plan.jobs} at a time\n")

    def finished(run: NotebookRun) -> None:
        runs[run.name] = run
        if progress:
            position = [src.name for src in notebooks].index(run.name) + 1
            progress(f"[{position}/{len(notebooks)}] {run.name} ... {run.status} ({run.seconds:.1f} s)\n")
        if run.error:
            errors(f"error: {run.error}\n")

    if plan.jobs == 1:
        for src, out, params in tasks:
            finished(run_notebook(src, out, params, cwd=notebooks_dir, data_label=label, **kernel))
    else:
        # papermill changes the process's working directory while it runs: one process per notebook
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        with ProcessPoolExecutor(plan.jobs, mp_context=multiprocessing.get_context(method)) as pool:
            futures = [pool.submit(run_notebook, src, out, params, cwd=notebooks_dir, data_label=label, **kernel)
                       for src, out, params in tasks]
            for future in as_completed(futures):
                finished(future.result())
    report = Report(out_dir=out_dir, runs=[runs[src.name] for src in notebooks])

    limit = max_file_mb * 2**20 if max_file_mb else MAX_BYTES
    context = {
        "title": title or "News coverage report",
        "data_label": label,
        "generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "summary": summary, "runs": report.runs, "failed": [r.name for r in report.failed],
        "parameters": [("data_path", label), ("by", by),
                       ("groups", " ".join(groups) if groups else "all"), ("title", title or ""),
                       *((name, _option_text(value)) for name, value in options.items() if value is not None),
                       ("scheduler", scheduler_label or "none (one process per notebook)"),
                       ("jobs", f"{plan.jobs} at a time" + (f" ({plan.note})" if plan.note else "")),
                       ("largest file loaded", f"{limit / 2**20:g} MB"),
                       ("memory cap per notebook", f"{plan.kernel_memory / 2**30:.1f} GB of address space"
                        if plan.kernel_memory else "none")],
        "inputs": input_files(corpus).to_dict("records"),
        "problems": corpus.problems.to_dict("records"),
        "versions": package_versions(),
    }
    write_replacing(out_dir / "index.html", render_index(context))
    return report


def _option_text(value) -> str:
    """A notebook option as the index shows it: a list as its items joined."""
    return ", ".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)

