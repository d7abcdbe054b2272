"""Render the whole workbook on a corpus into a folder anyone can open.

:func:`build_report` runs every notebook of ``notebooks/`` on a data path and
writes into an output folder:

* ``NAME.ipynb``: the executed notebook (papermill; the committed one is never modified);
* ``NAME.html``: the executed notebook as one self-contained page (charts embedded);
* ``NAME.reader.html``: the same without code, for readers;
* ``index.html``: links to every page, a summary of the corpus and its provenance
  (every input file with its SHA-256, the parameters, the software versions).

Safety: article text is untrusted. Pages are rendered by nbconvert with the
``offline`` template of ``resources/report/nbconvert``: no remote script is loaded,
a Content-Security-Policy forbids all scripts, and every HTML or Markdown output is
passed through :func:`clean_html` (an allow-list sanitiser, as nbviewer does).
``index.html`` comes from a jinja2 template with autoescaping.

A failing notebook does not stop the others: it is reported (notebook, cell,
exception) and marked failed in ``index.html``.
"""
from __future__ import annotations

import ast
import hashlib
import importlib
import importlib.metadata
import importlib.util
import json
import multiprocessing
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from bleach import html5lib_shim
import jinja2
import nbformat
import pandas as pd
from bleach.css_sanitizer import CSSSanitizer
from bleach.sanitizer import Cleaner

from .groups import group_labels, pick_groups
from .engine import LOCAL, distribute
from .load import list_inputs, load_corpus, open_regular
from .progress import ENV as PROGRESS_ENV

#: The repository's notebooks folder (next to the ``analysis`` package).
DEFAULT_NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
RESOURCES = Path(__file__).resolve().parent / "resources" / "report"
#: Kernel the notebooks run on: ipykernel's ``python3``, which jupyter_client starts with
#: the running interpreter (``sys.executable``), i.e. the project's environment.
KERNEL_NAME = "python3"
#: Packages whose versions are recorded in the provenance table.
KEY_PACKAGES = ("pandas", "numpy", "scipy", "scikit-learn", "nltk", "matplotlib",
                "papermill", "nbconvert", "nbformat", "ipykernel", "jinja2", "bleach")

_ALLOWED_TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "col", "colgroup", "dd", "del", "details",
    "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
    "img", "ins", "kbd", "li", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "style",
    "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
})
_ALLOWED_ATTRIBUTES = {
    "*": ["class", "id", "title", "style", "align", "valign", "colspan", "rowspan", "border", "scope"],
    "a": ["href", "name"],
    "img": ["src", "alt", "width", "height"],
}
#: URL schemes allowed in ``href``/``src``; ``javascript:`` and the like are dropped.
_ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto", "data"})


class _EmbeddedImagesOnly(html5lib_shim.Filter):
    """Drops ``<img>`` elements whose source is not an embedded ``data:image/`` URL: a shared
    page must not fetch anything (and a broken image is not a chart)."""

    def __iter__(self):
        for token in super().__iter__():
            if token["type"] in ("StartTag", "EmptyTag") and token["name"] == "img":
                if not dict(token["data"]).get((None, "src"), "").startswith("data:image/"):
                    continue
            yield token


_CLEANER = Cleaner(tags=_ALLOWED_TAGS, attributes=_ALLOWED_ATTRIBUTES, protocols=_ALLOWED_PROTOCOLS,
                   strip=True, strip_comments=True, css_sanitizer=CSSSanitizer(),
                   filters=[_EmbeddedImagesOnly])


def clean_html(markup: str) -> str:
    """Allow-list sanitiser for HTML outputs: formatting and table tags survive; scripts,
    event-handler attributes, ``javascript:`` URLs and non-embedded images are removed
    (tags stripped, their text kept)."""
    return _CLEANER.clean(str(markup))


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

    @property
    def stem(self) -> str:
        return Path(self.name).stem

    def parameters_text(self, data_label: str) -> str:
        """The parameters passed, ``data_path`` shown as the user gave it (no absolute path)."""
        shown = {**self.parameters, "data_path": data_label} if "data_path" in self.parameters else self.parameters
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


def list_notebooks(folder: Path) -> list[Path]:
    """The ``*.ipynb`` files of ``folder`` (not hidden, not checkpoints), sorted by name."""
    return sorted(p for p in Path(folder).glob("*.ipynb") if not p.name.startswith("."))


def sha256_file(path: Path) -> str:
    with open(path, "rb") as f:
        return sha256_of(f)


def sha256_of(f) -> str:
    """SHA-256 of what the open binary file ``f`` holds, read in blocks."""
    digest = hashlib.sha256()
    for block in iter(lambda: f.read(1 << 20), b""):
        digest.update(block)
    return digest.hexdigest()


def notebook_heading(nb: nbformat.NotebookNode, default: str) -> str:
    """The first Markdown heading of the notebook, else ``default``."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip() or default
    return default


def declared_parameters(nb: nbformat.NotebookNode) -> list[str]:
    """Names assigned in the cell tagged ``parameters`` (read with :mod:`ast`; papermill's own
    inspection skips any line with a second ``=``, e.g. in a comment)."""
    for cell in nb.cells:
        if cell.cell_type != "code" or "parameters" not in cell.get("metadata", {}).get("tags", []):
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:  # IPython magics: fall back to ``name =`` at the start of a line
            return re.findall(r"^([A-Za-z_]\w*)\s*(?::[^=\n]*)?=(?!=)", cell.source, re.M)
        names = []
        for node in tree.body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
            names += [t.id for t in targets if isinstance(t, ast.Name)]
        return names
    return []


def notebook_parameters(path: Path, values: dict) -> dict:
    """The entries of ``values`` that the notebook's ``parameters`` cell declares (None values
    are left out, so the notebook keeps its default)."""
    declared = set(declared_parameters(nbformat.read(path, as_version=4)))
    return {k: v for k, v in values.items() if k in declared and v is not None}


def failing_cell(executed: nbformat.NotebookNode, committed: nbformat.NotebookNode) -> tuple[int | None, str]:
    """``(number, description)`` of the first cell with an error output: its 1-based position in
    the committed notebook (None if not found) and ``In [n]: first line of code``."""
    for cell in executed.cells:
        errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        if not errors:
            continue
        number = next((i + 1 for i, c in enumerate(committed.cells) if c.get("id") == cell.get("id")), None)
        first = next((line.strip() for line in cell.source.splitlines() if line.strip()), "")
        first = first if len(first) <= 80 else first[:79] + "…"
        return number, f"In [{cell.get('execution_count') or ' '}]: {first}"
    return None, ""


def _ipc_kernel_manager(folder: str, log: Path | None = None):
    """A kernel manager whose sockets are files in ``folder``: kernels started at once in parallel
    processes cannot race for the same TCP port ("Address already in use", "Kernel didn't respond").
    The kernel process's own stderr goes to ``log`` (appended) when given."""
    from jupyter_client.manager import AsyncKernelManager

    class IPCKernelManager(AsyncKernelManager):
        stderr_log = log

        def __init__(self, **kwargs):
            kwargs.setdefault("transport", "ipc")
            kwargs.setdefault("ip", os.path.join(folder, "kernel"))
            super().__init__(**kwargs)

        async def _async_pre_start_kernel(self, **kw):
            # No progress bars in notebooks that are run to be shared (their outputs would vary).
            kw["env"] = {**kw.get("env", os.environ), PROGRESS_ENV: "off"}
            return await super()._async_pre_start_kernel(**kw)

        async def _async_launch_kernel(self, kernel_cmd, **kw):
            if log is None:
                return await super()._async_launch_kernel(kernel_cmd, **kw)
            with open(log, "ab") as fh:  # the kernel holds its own copy of the file once started
                return await super()._async_launch_kernel(kernel_cmd, **{**kw, "stderr": fh})

    return IPCKernelManager


def execute(src: Path, dest: Path, parameters: dict, cwd: Path) -> None:
    """Run ``src`` with papermill into ``dest`` on the project's kernel (raises on a failing cell).

    The kernel process's own log stays off the terminal: ipykernel and tornado can print errors while
    a kernel shuts down ("Socket operation on non-socket") that say nothing about the notebook. It is
    kept in a file and added to the error when the run fails.
    """
    import papermill

    with tempfile.TemporaryDirectory(prefix="analysis-kernel-") as sockets:
        log = Path(sockets) / "kernel-stderr.log"
        try:
            papermill.execute_notebook(str(src), str(dest), parameters=parameters, kernel_name=KERNEL_NAME,
                                       cwd=str(cwd), progress_bar=False, log_output=False,
                                       kernel_manager_class=_ipc_kernel_manager(sockets, log),
                                       extra_arguments=["--IPKernelApp.log_level=CRITICAL"])
        except Exception as exc:
            kernel_log = log.read_text(encoding="utf-8", errors="replace").strip() if log.exists() else ""
            if kernel_log:
                exc.add_note(f"the kernel's own stderr (last 2,000 characters):\n{kernel_log[-2000:]}")
            raise


def render_html(nb: nbformat.NotebookNode, *, reader: bool) -> str:
    """One self-contained HTML page of an executed notebook (images embedded, no scripts);
    ``reader=True`` leaves out code and prompts."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="offline", extra_template_basedirs=[str(RESOURCES / "nbconvert")],
                            embed_images=True, exclude_input=reader, exclude_input_prompt=reader,
                            exclude_output_prompt=reader)
    exporter.register_filter("report_clean_html", clean_html)
    body, _ = exporter.from_notebook_node(nb)
    return body


def input_files(data_path: Path, corpus) -> pd.DataFrame:
    """Every entry under the data path as the loader lists it (:func:`analysis.load.list_inputs`): columns
    ``file`` (relative to the data folder), ``status`` (``article``/``articles`` when it gave articles,
    ``manifest``, ``skipped``), ``detail`` (article ids, or the reasons it or its records were skipped) and
    ``sha256`` of its bytes. Only the regular files the loader accepted are opened: any other entry (a link,
    FIFO, device...) is ``skipped`` with its reason and ``not read``. Sorted by file. A file holding several
    records (``file#key`` in the articles table) is one row."""
    listing = list_inputs(data_path)

    def belongs(names: pd.Series, rel: str) -> pd.Series:
        names = names.astype(str)
        return (names == rel) | names.str.startswith(rel + "#")

    rows = [(file, "skipped", reason, "not read") for file, _, reason in listing.problems]
    for p in listing.files:
        rel = listing.name(p)
        ids = corpus.articles.loc[belongs(corpus.articles["path"], rel), "article_id"].tolist()
        skipped = corpus.skipped.loc[belongs(corpus.skipped["file"], rel), "reason"].drop_duplicates().tolist()
        if ids:
            detail = ", ".join(ids) if len(ids) <= 3 else f"{len(ids)} articles: {', '.join(ids[:3])}, …"
            if skipped:
                detail += f" ({len(skipped)} record(s) skipped)"
            rows.append((rel, "article" if len(ids) == 1 else "articles", detail, _regular_sha256(p)))
        else:
            rows.append((rel, "skipped", "; ".join(skipped), _regular_sha256(p)))
    if listing.manifest is not None and listing.manifest not in listing.files:  # not when it is the file named
        rows.append((listing.name(listing.manifest), "manifest", "", _regular_sha256(listing.manifest)))
    return pd.DataFrame(rows, columns=["file", "status", "detail", "sha256"]).sort_values("file", kind="stable")


def _regular_sha256(path: Path) -> str:
    """SHA-256 of a regular file, opened as the loader opens it (no link followed, no FIFO waited on)."""
    try:
        with open_regular(path) as f:
            return sha256_of(f)
    except OSError as exc:
        return f"unreadable: {exc.strerror or exc}"


def count_quotes(articles: pd.DataFrame) -> tuple[int | None, str | None]:
    """``(rows of analysis.quotes.extract_quotes(articles), None)``, or ``(None, why)`` when that
    stage is missing or fails (the failure is also visible in the quotes notebook)."""
    if importlib.util.find_spec("analysis.quotes") is None:
        return None, "quote attribution (analysis.quotes) is not installed"
    extract = getattr(importlib.import_module("analysis.quotes"), "extract_quotes", None)
    if extract is None:
        return None, "analysis.quotes has no extract_quotes function"
    try:
        return len(extract(articles)), None
    except Exception as exc:  # noqa: BLE001 - the index still gets written
        return None, f"extract_quotes failed: {type(exc).__name__}: {exc}"


def corpus_summary(articles: pd.DataFrame, *, by: str, groups=None, n_quotes: int | None = None,
                   quotes_note: str | None = None) -> dict:
    """Figures for the index page: articles, date range, undated, words, quotes and one row
    per group (``group``, ``articles``, ``words``, ``compared``), groups in :func:`pick_groups` order."""
    labels = group_labels(articles, by)
    compared = set(pick_groups(labels, groups))
    dated = articles["published"].dropna()
    if dated.empty:
        dates = "none"
    else:
        first, last = dated.min().date().isoformat(), dated.max().date().isoformat()
        dates = first if first == last else f"{first} to {last}"
    table = (articles.assign(group=labels).groupby("group")
             .agg(articles=("article_id", "size"), words=("n_words", "sum")))
    order = pick_groups(labels)
    rows = [{"group": g, "articles": int(table.at[g, "articles"]), "words": f"{int(table.at[g, 'words']):,}",
             "compared": g in compared} for g in order]
    return {
        "by": by, "n_articles": len(articles), "dates": dates,
        "n_undated": int(articles["published"].isna().sum()), "n_groups": len(order),
        "n_words": f"{int(articles['n_words'].sum()):,}", "groups": rows,
        "n_quotes": "n/a" if n_quotes is None else f"{n_quotes:,}",
        "quotes_note": None if n_quotes is not None else f"Quotes: n/a ({quotes_note or 'not counted'}).",
    }


def workbook_version() -> str:
    """This package's version and, in a git checkout, its commit (``-dirty`` with local changes)."""
    try:
        version = importlib.metadata.version("analysis")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    root = Path(__file__).resolve().parents[1]
    try:
        commit = subprocess.run(["git", "-C", str(root), "describe", "--always", "--dirty", "--abbrev=12"],
                                capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return version
    return f"{version} (git {commit.stdout.strip()})" if commit.returncode == 0 and commit.stdout.strip() else version


def package_versions() -> list[tuple[str, str]]:
    """``(name, version)`` of the workbook, Python and :data:`KEY_PACKAGES` (``not installed`` when absent)."""
    rows = [("analysis (this workbook)", workbook_version()),
            ("python", f"{platform.python_version()} ({platform.python_implementation()})")]
    for name in KEY_PACKAGES:
        try:
            rows.append((name, importlib.metadata.version(name)))
        except importlib.metadata.PackageNotFoundError:
            rows.append((name, "not installed"))
    return rows


def render_index(context: dict) -> str:
    """``index.html`` from ``resources/report/index.html.j2`` (jinja2, autoescaped)."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(RESOURCES)), autoescape=True,
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    return env.get_template("index.html.j2").render(**context)


def _progress_default(message: str) -> None:
    sys.stderr.write(message)
    sys.stderr.flush()


def run_notebook(src: Path, out_dir: Path, parameters: dict, *, cwd: Path, data_label: str) -> NotebookRun:
    """Execute one notebook into ``out_dir`` and render its two pages; never raises for a failing cell."""
    committed = nbformat.read(src, as_version=4)
    run = NotebookRun(name=src.name, sha256=sha256_file(src), heading=notebook_heading(committed, src.stem),
                      parameters=parameters)
    dest = out_dir / src.name
    start = time.perf_counter()
    try:
        execute(src, dest, parameters, cwd=cwd)
        run.status = "ok"
    except Exception as exc:  # noqa: BLE001 - any failure is reported and the others go on
        run.status = "failed"
        run.error = _describe_failure(src, dest, committed, exc)
    run.seconds = time.perf_counter() - start
    if dest.is_file():
        run.executed = dest.name
        executed = nbformat.read(dest, as_version=4)
        if "data_path" in parameters:
            executed = _show_data_path(executed, parameters["data_path"], data_label)
        for attr, reader, suffix in (("html", False, ".html"), ("reader", True, ".reader.html")):
            page = out_dir / f"{src.stem}{suffix}"
            page.write_text(render_html(executed, reader=reader), encoding="utf-8")
            setattr(run, attr, page.name)
    return run


def default_jobs() -> int:
    """Notebooks run at once: one per CPU, at most 4 (each runs its own kernel)."""
    return max(1, min(4, os.cpu_count() or 1))


def build_report(data_path, out_dir, *, by: str = "year", groups=None, title: str | None = None,
                 notebooks_dir=None, data_label: str | None = None, jobs: int | None = None,
                 scheduler: str | None = None, progress: Callable[[str], None] | None = None,
                 errors: Callable[[str], None] = _progress_default) -> Report:
    """Run every notebook on ``data_path`` and write the report into ``out_dir`` (see module doc).

    ``jobs`` notebooks run at once (default :func:`default_jobs`), each in its own process.
    ``scheduler``: the notebooks run their analyses on this Dask cluster (an address such as
    ``tcp://host:8786``, passed to each notebook's ``scheduler`` parameter; ``"local"``: a
    ``LocalCluster`` started for this report and closed after it). Default: one process per notebook.
    ``progress`` receives one ``[i/n] NAME ... ok (3.2 s)`` line per notebook as it finishes
    (None: quiet); ``errors`` one line per failing notebook. ``data_label`` is how the data path
    is shown (default: as given). Raises ``FileNotFoundError`` for a missing path, ``ValueError``
    when no article loads, ``KeyError``/``ValueError`` for a bad ``by``/``groups``.
    """
    with ExitStack() as stack:
        label = scheduler
        if scheduler == LOCAL:  # one cluster for every notebook, not one per notebook kernel
            from .engine import dask_client
            client = stack.enter_context(dask_client(None))
            scheduler = client.scheduler.address
            label = f"{LOCAL} (a LocalCluster of {len(client.scheduler_info()['workers'])} workers on this machine)"
        return _build_report(data_path, out_dir, by=by, groups=groups, title=title, notebooks_dir=notebooks_dir,
                             data_label=data_label, jobs=jobs, scheduler=scheduler or None, scheduler_label=label,
                             progress=progress, errors=errors)


def _build_report(data_path, out_dir, *, by, groups, title, notebooks_dir, data_label, jobs, scheduler,
                  scheduler_label, progress, errors) -> Report:
    data_path = Path(data_path)
    out_dir = Path(out_dir)
    notebooks_dir = Path(notebooks_dir) if notebooks_dir is not None else DEFAULT_NOTEBOOKS
    corpus = load_corpus(data_path)
    articles = corpus.articles
    if articles.empty:
        raise ValueError(f"no article could be loaded from {data_label or data_path} "
                         f"({len(corpus.skipped)} file(s) skipped)")
    n_quotes, quotes_note = count_quotes(distribute(articles, scheduler))
    summary = corpus_summary(articles, by=by, groups=groups, n_quotes=n_quotes, quotes_note=quotes_note)
    label = data_label if data_label is not None else str(data_path)
    out_dir.mkdir(parents=True, exist_ok=True)

    values = {"data_path": str(data_path.resolve()), "by": by, "groups": list(groups) if groups else None,
              "title": title, "scheduler": scheduler}
    notebooks = list_notebooks(notebooks_dir)
    tasks = [(src, out_dir, notebook_parameters(src, values)) for src in notebooks]
    jobs = max(1, min(jobs or default_jobs(), len(tasks) or 1))
    runs: dict[str, NotebookRun] = {}

    if progress:
        progress(f"running {len(tasks)} notebook(s) on {label}, {jobs} at a time\n")

    def finished(run: NotebookRun) -> None:
        runs[run.name] = run
        if progress:
            position = [src.name for src in notebooks].index(run.name) + 1
            progress(f"[{position}/{len(notebooks)}] {run.name} ... {run.status} ({run.seconds:.1f} s)\n")
        if run.error:
            errors(f"error: {run.error}\n")

    if jobs == 1:
        for src, out, params in tasks:
            finished(run_notebook(src, out, params, cwd=notebooks_dir, data_label=label))
    else:
        # papermill changes the process's working directory while it runs: one process per notebook
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method)) as pool:
            futures = [pool.submit(run_notebook, src, out, params, cwd=notebooks_dir, data_label=label)
                       for src, out, params in tasks]
            for future in as_completed(futures):
                finished(future.result())
    report = Report(out_dir=out_dir, runs=[runs[src.name] for src in notebooks])

    context = {
        "title": title or "News coverage report",
        "data_label": label,
        "generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "summary": summary, "runs": report.runs, "failed": [r.name for r in report.failed],
        "parameters": [("data_path", label), ("by", by),
                       ("groups", " ".join(groups) if groups else "all"), ("title", title or ""),
                       ("scheduler", scheduler_label or "none (one process per notebook)")],
        "inputs": input_files(data_path, corpus).to_dict("records"),
        "problems": corpus.problems.to_dict("records"),
        "versions": package_versions(),
    }
    (out_dir / "index.html").write_text(render_index(context), encoding="utf-8")
    return report


def _show_data_path(nb: nbformat.NotebookNode, absolute: str, label: str) -> nbformat.NotebookNode:
    """For the HTML pages only: papermill's injected-parameters cell shows the data path as the
    user gave it, not the absolute path the kernel received (which would leak local folders)."""
    from papermill.translators import PythonTranslator

    for cell in nb.cells:
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            shown = PythonTranslator.translate(absolute)
            if shown in cell.source:
                cell.source = (cell.source.replace(shown, PythonTranslator.translate(label))
                               + "\n# data_path as given to the report command; the kernel received its absolute path")
    return nb


def _describe_failure(src: Path, dest: Path, committed, exc: Exception) -> str:
    """``NAME: cell N (In [k]: code) raised Error: message`` for the error message and the index."""
    ename = getattr(exc, "ename", type(exc).__name__)
    evalue = getattr(exc, "evalue", str(exc))
    where = ""
    if dest.is_file():
        try:
            number, code = failing_cell(nbformat.read(dest, as_version=4), committed)
        except (OSError, ValueError, json.JSONDecodeError):
            number, code = None, ""
        if number is not None:
            where = f" at cell {number} ({code})"
        elif code:
            where = f" at {code}"
    message = f"{src.name} failed{where}: {ename}: {evalue}".rstrip(": ")
    return message


__all__ = ["Report", "NotebookRun", "build_report", "clean_html", "corpus_summary", "input_files",
           "declared_parameters", "default_jobs", "list_notebooks", "notebook_parameters", "run_notebook", "render_html", "render_index"]
