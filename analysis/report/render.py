"""What the report writes: a notebook's two HTML pages (nbconvert, ``offline`` template), ``index.html``
(jinja2), the charts and tables a notebook exported, each file renamed into place (:func:`write_replacing`)."""
from __future__ import annotations

import base64
import copy
import functools
import os
import urllib.parse
from collections.abc import Callable
from pathlib import Path

import jinja2
import nbformat

from ..exports import EXPORTS_KEY
from .notebooks import notebook_heading
from .sanitise import CONTENT_SECURITY_POLICY, SHOWN_TYPES, clean_html, file_href, safe_svg, shareable, show_hidden

RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "report"


def _download_output(links: list[tuple[str, str]]) -> nbformat.NotebookNode:
    """A display output with ``Download: PNG / SVG`` links (``(label, path relative to --out)``)."""
    anchors = " / ".join(f'<a href="{file_href(path)}">{label}</a>' for label, path in links)
    return nbformat.v4.new_output("display_data", data={
        "text/html": f'<p class="chart-download">Download: {anchors}</p>',
        "text/plain": "Download: " + " / ".join(f"{label} {path}" for label, path in links)})


def export_charts(nb: nbformat.NotebookNode, out_dir: Path, stem: str) -> tuple[nbformat.NotebookNode, list[str]]:
    """Save every chart of an executed notebook as files and link them under the chart.

    Parameters
    ----------
    nb : nbformat.NotebookNode
        The executed notebook (not modified).
    out_dir : pathlib.Path
        The report's folder; files go to its ``charts/``.
    stem : str
        The notebook's name without suffix.

    Returns
    -------
    tuple
        A copy of the notebook without the SVG data, each chart followed by its download links, and the files
        written (``charts/STEM-N.svg`` and ``.png`` when it has one, N counting the notebook's SVG outputs from 1;
        relative to ``out_dir``). An SVG that is not :func:`~analysis.report.sanitise.safe_svg` is neither saved
        nor shown.
    """
    nb = copy.deepcopy(nb)
    written: list[str] = []
    number = 0
    for cell in nb.cells:
        outputs = []
        for output in cell.get("outputs", []):
            outputs.append(output)
            svg = output.get("data", {}).get("image/svg+xml")
            svg = "".join(svg) if isinstance(svg, list) else svg
            if not isinstance(svg, str) or not safe_svg(svg):
                continue  # the page shows no SVG anyway (:data:`SHOWN_TYPES`)
            del output["data"]["image/svg+xml"]
            number += 1
            folder = out_dir / CHARTS_FOLDER
            folder.mkdir(exist_ok=True)
            links = []
            png = output["data"].get("image/png")
            if isinstance(png, str):
                name = f"{CHARTS_FOLDER}/{stem}-{number}.png"
                write_replacing(out_dir / name, base64.b64decode(png))
                links.append(("PNG", name))
            name = f"{CHARTS_FOLDER}/{stem}-{number}.svg"
            write_replacing(out_dir / name, svg)
            links.append(("SVG", name))
            written += [path for _, path in links]
            outputs.append(_download_output(links))
        if "outputs" in cell:
            cell.outputs = outputs
    return nb, written


def exported_tables(nb: nbformat.NotebookNode, out_dir: Path) -> list[str]:
    """The CSV files an executed notebook exported (its outputs' :data:`analysis.exports.EXPORTS_KEY`
    metadata), relative to ``out_dir``, in order; only files that exist in ``out_dir/tables``."""
    folder = (out_dir / TABLES_FOLDER).resolve()
    found = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            for href in output.get("metadata", {}).get(EXPORTS_KEY) or []:
                name = urllib.parse.unquote(str(href)).removeprefix("./")
                path = (out_dir / name).resolve()
                if path.parent == folder and path.is_file() and name not in found:
                    found.append(f"{TABLES_FOLDER}/{path.name}")
    return found


#: The pages of a notebook: with code (``NAME.html``) and for readers, without code (``NAME.reader.html``).
PAGES = {"html": False, "reader": True}


def render_pages(nb: nbformat.NotebookNode, *, shorten: Callable[[str], str] = str) -> dict[str, str]:
    """The self-contained HTML pages of an executed notebook (images embedded, no scripts).

    Parameters
    ----------
    nb : nbformat.NotebookNode
        The executed notebook; it is not modified.
    shorten : callable, optional
        Applied to text outputs, warnings and tracebacks (:func:`~analysis.report.sanitise.path_shortener`).

    Returns
    -------
    dict
        ``{"html": page with code, "reader": page without code or prompts}`` (:data:`PAGES`). The notebook
        is made :func:`~analysis.report.sanitise.shareable` once (only :data:`SHOWN_TYPES`) for both. Images
        named in Markdown are not read from disk (``embed_images`` off): only attachments and outputs are
        embedded, and :func:`~analysis.report.sanitise.clean_html` drops any other image.
    """
    page = shareable(nb, shorten)
    page.metadata["title"] = notebook_heading(page, "Notebook")  # the page's <title>
    sanitised = functools.cache(clean_html)  # both pages show the same outputs: each is sanitised once
    pages = {}
    for name, reader in PAGES.items():
        exporter = page_exporter(reader)
        exporter.register_filter("report_clean_html", sanitised)
        pages[name] = exporter.from_notebook_node(page, resources={"report_csp": CONTENT_SECURITY_POLICY})[0]
    return pages


@functools.cache
def page_exporter(reader: bool):
    """The nbconvert exporter of :func:`render_pages`' pages without code (``reader``) or with it.

    One per process: an exporter compiles its templates once, and a new one for every page spent about
    0.3 s per page doing it again."""
    from nbconvert import HTMLExporter  # here: other commands do not pay for nbconvert's imports
    from traitlets.config import Config

    exporter = HTMLExporter(config=Config({"NbConvertBase": {"display_data_priority": list(SHOWN_TYPES)}}),
                            template_name="offline", extra_template_basedirs=[str(RESOURCES / "nbconvert")],
                            embed_images=False, exclude_input=reader, exclude_input_prompt=reader,
                            exclude_output_prompt=reader)
    exporter.register_filter("report_clean_html", clean_html)  # render_pages registers its own, memoised
    return exporter


def write_replacing(path: Path, text: str | bytes) -> None:
    """Write a file through a new file renamed over it.

    Whatever was at ``path`` (a link, a hard link to another file, a FIFO) is replaced, never written through.

    Parameters
    ----------
    path : pathlib.Path
        The file.
    text : str or bytes
        Its content (text is written as UTF-8).

    Returns
    -------
    None
    """
    partial = path.with_name(f".{path.name}.partial")
    partial.unlink(missing_ok=True)
    if isinstance(text, bytes):
        partial.write_bytes(text)
    else:
        partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)


def render_index(context: dict) -> str:
    """The report's ``index.html``.

    Parameters
    ----------
    context : dict
        The values of ``resources/report/index.html.j2`` (see :func:`~analysis.report.build.build_report`).

    Returns
    -------
    str
        The page: jinja2, autoescaped, every value with :func:`~analysis.report.sanitise.show_hidden` applied,
        links through the ``href`` filter (:func:`~analysis.report.sanitise.file_href`).
    """
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(RESOURCES)), autoescape=True,
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=True, finalize=show_hidden)
    env.filters["href"] = file_href
    return env.get_template("index.html.j2").render(csp=CONTENT_SECURITY_POLICY, **context)


#: Folders of ``--out`` that receive the exported tables (CSV, written by the notebooks through their
#: ``export_dir`` parameter: :mod:`analysis.exports`) and charts (SVG and PNG, by :func:`export_charts`).
TABLES_FOLDER, CHARTS_FOLDER = "tables", "charts"

#: The comment added under a path shown otherwise than the kernel received it (:func:`show_data_path`).
DATA_PATH_NOTE = "data_path as given to the report command; the kernel received its absolute path"

EXPORT_DIR_NOTE = "export_dir relative to the report's folder; the kernel received its absolute path"


def show_data_path(nb: nbformat.NotebookNode, absolute: str, label: str,
                    note: str = DATA_PATH_NOTE) -> nbformat.NotebookNode:
    """For the HTML pages only: papermill's injected-parameters cell shows the data path as the
    user gave it (or another path as ``label``, with ``note``), not the absolute path the kernel
    received (which would leak local folders)."""
    from papermill.translators import PythonTranslator

    for cell in nb.cells:
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            shown = PythonTranslator.translate(absolute)
            if shown in cell.source:
                cell.source = (cell.source.replace(shown, PythonTranslator.translate(label))
                               + f"\n# {note}")
    return nb

