"""Render the whole workbook on a corpus into a folder anyone can open.

:func:`build_report` runs every notebook of ``notebooks/`` on a data path and
writes into an output folder:

* ``NAME.ipynb``: the executed notebook (papermill; the committed one is never modified);
* ``NAME.html``: the executed notebook as one self-contained page (charts embedded);
* ``NAME.reader.html``: the same without code, for readers;
* ``index.html``: links to every page, a summary of the corpus and its provenance
  (every input file with its SHA-256, the parameters, the software versions).

Safety: article text and notebook outputs are untrusted. Pages are rendered by nbconvert with the
``offline`` template of ``resources/report/nbconvert``: no remote script is loaded, the
:data:`CONTENT_SECURITY_POLICY` forbids scripts, fetches, forms and ``<base>``, only the output types of
:data:`SHOWN_TYPES` are shown (others become a note), and every HTML or Markdown output is passed
through :func:`clean_html` (an allow-list sanitiser, as nbviewer does). ``index.html`` comes from a
jinja2 template with autoescaping, bidi and control characters shown as escapes. :func:`check_output`
refuses, before any work, an output folder among the inputs or one that cannot be written; files are
renamed into place (:func:`write_replacing`). Each kernel's memory is capped (:func:`plan_memory`).

A failing notebook does not stop the others: it is reported (notebook, cell,
exception) and marked failed in ``index.html``.
"""
from __future__ import annotations

import ast
import copy
import hashlib
import importlib
import importlib.metadata
import importlib.util
import json
import multiprocessing
import os
import platform
import re
import site
import subprocess
import sys
import sysconfig
import tempfile
import time
import urllib.parse
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
import tinycss2
from bleach.css_sanitizer import CSSSanitizer
from bleach.sanitizer import Cleaner

from .groups import group_labels, grouping_advice, pick_groups
from .execute import LOCAL, distribute
from .load import MAX_BYTES, MAX_FILE_ENV, list_inputs, load_corpus, open_regular
from .progress import ENV as PROGRESS_ENV
from .terminal import printable, write_line

#: The repository's notebooks folder (next to the ``analysis`` package).
DEFAULT_NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
RESOURCES = Path(__file__).resolve().parent / "resources" / "report"
#: Kernel the notebooks run on: ipykernel's ``python3``, which jupyter_client starts with
#: the running interpreter (``sys.executable``), i.e. the project's environment.
KERNEL_NAME = "python3"
#: Packages whose versions are recorded in the provenance table.
KEY_PACKAGES = ("pandas", "numpy", "scipy", "scikit-learn", "nltk", "matplotlib",
                "papermill", "nbconvert", "nbformat", "ipykernel", "jinja2", "bleach")

#: The policy of every page (``index.html`` and the notebook pages, as a ``<meta>`` element): nothing is
#: fetched or run, images only embedded, inline styles only, no form can submit, no ``<base>`` can
#: redirect relative links. (``frame-ancestors`` is ignored in a ``<meta>`` policy: browsers honour it
#: only as an HTTP header, which a page opened from a file or a plain file server does not have.)
CONTENT_SECURITY_POLICY = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
                           "form-action 'none'; base-uri 'none'")

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
#: URL schemes bleach lets through in ``href``/``src``; :class:`_SafeUrls` then keeps ``data:`` only
#: for embedded images.
_ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto", "data"})
#: Schemes a link may have (a link without a scheme is relative to the page's folder).
_LINK_SCHEMES = frozenset({"", "http", "https", "mailto"})
#: The only image source kept: an embedded PNG, JPEG or GIF (a shared page fetches nothing; a chart
#: that is not embedded is broken anyway, and an SVG is a document of its own).
_EMBEDDED_IMAGE = re.compile(r"data:image/(?:png|jpeg|gif);base64,[A-Za-z0-9+/=\s]*", re.I)

#: CSS properties kept in ``style`` attributes and in DataFrame ``<style>`` rules: colours, fonts,
#: borders, spacing, alignment and sizes (what pandas' tables and Styler use). Not kept: anything that
#: moves a box out of its place or hides it (``position``, ``display``, ``float``, ``overflow``...),
#: generated ``content``, and text direction (``direction``, ``unicode-bidi``: text spoofing).
CSS_PROPERTIES = frozenset({
    "background", "background-color", "border", "border-bottom", "border-bottom-color", "border-bottom-style",
    "border-bottom-width", "border-collapse", "border-color", "border-left", "border-left-color",
    "border-left-style", "border-left-width", "border-right", "border-right-color", "border-right-style",
    "border-right-width", "border-spacing", "border-style", "border-top", "border-top-color", "border-top-style",
    "border-top-width", "border-width", "color", "font", "font-family", "font-size", "font-style",
    "font-variant", "font-weight", "height", "letter-spacing", "line-height", "margin", "margin-bottom",
    "margin-left", "margin-right", "margin-top", "max-height", "max-width", "min-height", "min-width", "padding",
    "padding-bottom", "padding-left", "padding-right", "padding-top", "text-align", "text-decoration",
    "text-indent", "text-transform", "vertical-align", "white-space", "width", "word-break", "word-wrap",
})
#: CSS functions a value may call (colours, gradients as in Styler's bars, arithmetic); ``url()``,
#: ``image-set()``, ``attr()`` and every other function make the declaration go.
CSS_FUNCTIONS = frozenset({"rgb", "rgba", "hsl", "hsla", "linear-gradient", "calc"})
#: Selectors kept in a ``<style>`` block: rules for a DataFrame's table (``.dataframe``, pandas'
#: default) or a pandas Styler's (``#T_...``) and their descendants, never for the rest of the page.
TABLE_SELECTOR = re.compile(r"(?:\.dataframe|#T_[\w-]+)(?:[\s>]*[\w.#:-]+)*")


def _plain_css_value(tokens) -> bool:
    """Whether a declaration's value fetches nothing and calls only :data:`CSS_FUNCTIONS` (and
    holds no ``<``, which could end a ``<style>`` element)."""
    for token in tokens:
        if token.type == "url" or (token.type == "function" and token.lower_name not in CSS_FUNCTIONS):
            return False
        if token.type == "function" and not _plain_css_value(token.arguments):
            return False
    return "<" not in tinycss2.serialize(tokens)


class TableCSS(CSSSanitizer):
    """bleach's CSS sanitiser with this module's allow-lists: a declaration stays when its property is
    in :data:`CSS_PROPERTIES` and its value is plain (:func:`_plain_css_value`)."""

    def __init__(self):
        super().__init__(allowed_css_properties=CSS_PROPERTIES, allowed_svg_properties=frozenset())

    def sanitize_css(self, style: str) -> str:
        kept = [d for d in tinycss2.parse_declaration_list(style, skip_comments=True, skip_whitespace=True)
                if d.type == "declaration" and d.lower_name in CSS_PROPERTIES and _plain_css_value(d.value)]
        return " ".join(f"{d.lower_name}: {tinycss2.serialize(d.value).strip()}{' !important' if d.important else ''};"
                        for d in kept)

    def sanitize_stylesheet(self, css: str) -> str:
        """The rules of a ``<style>`` block whose every selector matches :data:`TABLE_SELECTOR`, each
        with its declarations sanitised; at-rules (``@import``, ``@font-face``, ``@media``...) go."""
        rules = []
        for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
            if rule.type != "qualified-rule":
                continue
            selectors = [" ".join(s.split()) for s in tinycss2.serialize(rule.prelude).split(",")]
            declarations = self.sanitize_css(tinycss2.serialize(rule.content))
            if declarations and all(TABLE_SELECTOR.fullmatch(s) for s in selectors):
                rules.append(f"{', '.join(selectors)} {{ {declarations} }}")
        return "\n".join(rules)


_CSS = TableCSS()


def _url_scheme(url: str) -> str:
    """The lower-case scheme of ``url`` ('' for a relative URL), read as bleach reads it: character
    references decoded, blanks, control and non-ASCII characters ignored."""
    normalised = re.sub(r"[`\x00-\x20\x7f-\xa0\s]+|[^\x00-\x7f]", "", html5lib_shim.convert_entities(url)).lower()
    match = re.match(r"([a-z][a-z0-9+.-]*):", normalised)
    return match.group(1) if match else ""


class _SafeUrls(html5lib_shim.Filter):
    """After bleach: ``<img>`` elements go unless their source is an embedded image
    (:data:`_EMBEDDED_IMAGE`); links keep their ``href`` only with a scheme of :data:`_LINK_SCHEMES`
    (``data:`` and the rest go); the text of a ``<style>`` element is passed through
    :meth:`TableCSS.sanitize_stylesheet`."""

    def __iter__(self):
        style: list[str] | None = None
        for token in super().__iter__():
            kind, name = token["type"], token.get("name")
            if style is not None and kind in ("Characters", "SpaceCharacters"):
                style.append(token["data"])
                continue
            if kind == "StartTag" and name == "style":
                style = []
            elif kind == "EndTag" and name == "style" and style is not None:
                yield {"type": "Characters", "data": _CSS.sanitize_stylesheet("".join(style))}
                style = None
            elif kind in ("StartTag", "EmptyTag"):
                attrs = dict(token["data"])
                if name == "img" and not _EMBEDDED_IMAGE.fullmatch(attrs.get((None, "src"), "")):
                    continue
                if (None, "href") in attrs and _url_scheme(attrs[(None, "href")]) not in _LINK_SCHEMES:
                    del attrs[(None, "href")]
                token["data"] = attrs
            yield token


_CLEANER = Cleaner(tags=_ALLOWED_TAGS, attributes=_ALLOWED_ATTRIBUTES, protocols=_ALLOWED_PROTOCOLS,
                   strip=True, strip_comments=True, css_sanitizer=_CSS, filters=[_SafeUrls])


def clean_html(markup: str) -> str:
    """Allow-list sanitiser for HTML outputs: formatting and table tags survive; scripts, forms,
    event-handler attributes, links other than ``http(s):``/``mailto:``/relative, images other than
    embedded PNG/JPEG/GIF are removed (tags stripped, their text kept); styles keep only
    :data:`CSS_PROPERTIES` with plain values, and ``<style>`` blocks only DataFrame table rules."""
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


#: Run as ``python -c _LIMITED LIMIT CMD...``: caps the address space of the process, then becomes
#: ``CMD`` (``exec`` keeps the limit). A kernel over its cap gets ``MemoryError`` in the cell that asked.
_LIMITED = ("import os, resource, sys; limit = int(sys.argv[1]); hard = resource.getrlimit(resource.RLIMIT_AS)[1]; "
            "resource.setrlimit(resource.RLIMIT_AS, (limit, limit if hard == resource.RLIM_INFINITY else min(limit, hard))); "
            "os.execv(sys.argv[2], sys.argv[2:])")


def _ipc_kernel_manager(folder: str, log: Path | None = None, *, memory: int | None = None, env: dict | None = None):
    """A kernel manager whose sockets are files in ``folder``: kernels started at once in parallel
    processes cannot race for the same TCP port ("Address already in use", "Kernel didn't respond").
    The kernel process's own stderr goes to ``log`` (appended) when given; its address space is capped
    at ``memory`` bytes when given (RLIMIT_AS, POSIX); ``env`` is added to its environment."""
    from jupyter_client.manager import AsyncKernelManager

    class IPCKernelManager(AsyncKernelManager):
        stderr_log = log

        def __init__(self, **kwargs):
            kwargs.setdefault("transport", "ipc")
            kwargs.setdefault("ip", os.path.join(folder, "kernel"))
            super().__init__(**kwargs)

        async def _async_pre_start_kernel(self, **kw):
            # No progress bars in notebooks that are run to be shared (their outputs would vary).
            kw["env"] = {**kw.get("env", os.environ), PROGRESS_ENV: "off", **(env or {})}
            return await super()._async_pre_start_kernel(**kw)

        async def _async_launch_kernel(self, kernel_cmd, **kw):
            if memory and importlib.util.find_spec("resource") is not None:
                kernel_cmd = [sys.executable, "-c", _LIMITED, str(int(memory)), *kernel_cmd]
            if log is None:
                return await super()._async_launch_kernel(kernel_cmd, **kw)
            with open(log, "ab") as fh:  # the kernel holds its own copy of the file once started
                return await super()._async_launch_kernel(kernel_cmd, **{**kw, "stderr": fh})

    return IPCKernelManager


def execute(src: Path, dest: Path, parameters: dict, cwd: Path, *, memory: int | None = None,
            env: dict | None = None) -> None:
    """Run ``src`` with papermill into ``dest`` on the project's kernel (raises on a failing cell);
    ``memory`` and ``env``: see :func:`_ipc_kernel_manager`.

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
                                       kernel_manager_class=_ipc_kernel_manager(sockets, log, memory=memory, env=env),
                                       extra_arguments=["--IPKernelApp.log_level=CRITICAL"])
        except Exception as exc:
            kernel_log = log.read_text(encoding="utf-8", errors="replace").strip() if log.exists() else ""
            if kernel_log:
                exc.add_note(f"the kernel's own stderr (last 2,000 characters):\n{kernel_log[-2000:]}")
            raise


#: Output types a page shows, in nbconvert's order of preference; the offline template renders each
#: safely (HTML and Markdown through :func:`clean_html`, LaTeX and text escaped). Every other type
#: (JavaScript, widgets, Mermaid, Vega, Plotly, SVG...) is denied: :func:`shown_data`. A chart's SVG is
#: never in a page: the report saves it as a file beside the PNG and links it (:func:`export_charts`).
SHOWN_TYPES = ("text/html", "text/markdown", "text/latex", "image/png", "image/jpeg", "text/plain")


def shown_data(data: dict) -> dict:
    """The part of an output's data a page shows (deny by default): its :data:`SHOWN_TYPES`. An output
    that held other types and keeps no shown type but text becomes a note naming the types left out
    (its text is a Python repr such as ``<IPython.core.display.Javascript object>``)."""
    kept = {kind: value for kind, value in data.items() if kind in SHOWN_TYPES}
    left_out = sorted(kind for kind in data if kind not in SHOWN_TYPES)
    if left_out and set(kept) <= {"text/plain"}:
        return {"text/plain": f"({', '.join(left_out)} output not included in this report)"}
    return kept


def install_folders() -> list[str]:
    """Folders whose absolute paths pages leave out of tracebacks and warnings: where Python's standard
    library and the packages are installed, and the folder holding this package (as given and resolved)."""
    paths = sysconfig.get_paths()
    folders = {paths[key] for key in ("stdlib", "platstdlib", "purelib", "platlib")}
    folders |= {*site.getsitepackages(), site.getusersitepackages(), str(Path(__file__).resolve().parents[1])}
    return sorted({*folders, *map(os.path.realpath, folders)}, key=len, reverse=True)


def path_shortener(data_path: str | None = None, data_label: str | None = None) -> Callable[[str], str]:
    """A function rewriting local absolute paths in a text: ``data_path`` (absolute) becomes
    ``data_label`` (the path as the user gave it) and a path under an :func:`install_folders` folder
    becomes relative to it (``/…/site-packages/pandas/core/frame.py`` → ``pandas/core/frame.py``)."""
    replacements = {folder.rstrip(os.sep) + os.sep: "" for folder in install_folders()}
    patterns = [re.escape(folder) for folder in replacements]
    if data_path and data_label is not None:
        replacements[data_path] = data_label
        patterns.append(re.escape(data_path) + r"(?![\w.-])")  # not the start of a longer name
    pattern = re.compile("|".join(sorted(patterns, key=len, reverse=True)))
    return lambda text: pattern.sub(lambda m: replacements[m.group()], text)


def shareable(nb: nbformat.NotebookNode, shorten: Callable[[str], str] = str) -> nbformat.NotebookNode:
    """A copy of an executed notebook fit for a shared page: each output's data cut to
    :func:`shown_data`, image file names from output metadata dropped (images are embedded), and
    ``shorten`` applied to text outputs, warnings and tracebacks."""
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if "data" in output:
                output["data"] = nbformat.from_dict({
                    kind: shorten(value) if kind.startswith("text/") and isinstance(value, str) else value
                    for kind, value in shown_data(output["data"]).items()})
                output.get("metadata", {}).pop("filenames", None)
            for key in ("text", "evalue"):
                if isinstance(output.get(key), str):
                    output[key] = shorten(output[key])
            if "traceback" in output:
                output["traceback"] = [shorten(str(line)) for line in output["traceback"]]
    return nb


#: Elements and attributes that make an SVG file active or make it fetch something when opened on its own.
_ACTIVE_SVG_TAGS = frozenset({"script", "foreignobject", "iframe", "embed", "object", "handler", "listener", "set",
                              "animate", "animatemotion", "animatetransform", "a"})
_SVG_HREF = re.compile(r"#[\w.:-]*|data:image/(?:png|jpeg|gif);base64,[A-Za-z0-9+/=\s]*")


def safe_svg(text: str) -> bool:
    """Whether ``text`` is an SVG document that can be saved as a file and opened on its own: well-formed
    XML with an ``svg`` root, no entity declarations, no scripts, event handlers or foreign content, and
    no link or ``url()`` except to its own elements or an embedded image (what matplotlib writes)."""
    import xml.etree.ElementTree as ET

    if "<!ENTITY" in text.upper():
        return False
    try:
        root = ET.fromstring(text)
    except ET.ParseError:
        return False
    if root.tag.rpartition("}")[2] != "svg":
        return False
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag.rpartition("}")[2].lower() in _ACTIVE_SVG_TAGS:
            return False
        for name, value in element.attrib.items():
            local = name.rpartition("}")[2].lower()
            if local.startswith("on") or (local in ("href", "src") and not _SVG_HREF.fullmatch(value.strip())):
                return False
        texts = " ".join(filter(None, (element.text, *element.attrib.values())))
        if re.search(r"url\(\s*['\"]?(?!#)", texts, re.I) or "@import" in texts.lower():
            return False
    return True


def _download_output(links: list[tuple[str, str]]) -> nbformat.NotebookNode:
    """A display output with ``Download: PNG / SVG`` links (``(label, path relative to --out)``)."""
    anchors = " / ".join(f'<a href="{file_href(path)}">{label}</a>' for label, path in links)
    return nbformat.v4.new_output("display_data", data={
        "text/html": f'<p class="chart-download">Download: {anchors}</p>',
        "text/plain": "Download: " + " / ".join(f"{label} {path}" for label, path in links)})


def export_charts(nb: nbformat.NotebookNode, out_dir: Path, stem: str) -> tuple[nbformat.NotebookNode, list[str]]:
    """Save every chart of an executed notebook as ``charts/STEM-N.svg`` (and ``.png`` when it has one)
    in ``out_dir``, N counting the notebook's SVG outputs from 1. Returns a copy of the notebook without
    the SVG data, each chart followed by its download links, and the files written (relative to
    ``out_dir``). An SVG that is not :func:`safe_svg` is neither saved nor shown."""
    import base64

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
    from .exports import EXPORTS_KEY

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


def render_html(nb: nbformat.NotebookNode, *, reader: bool, shorten: Callable[[str], str] = str) -> str:
    """One self-contained HTML page of an executed notebook (images embedded, no scripts, only
    :data:`SHOWN_TYPES`: see :func:`shareable`); ``reader=True`` leaves out code and prompts.
    Images named in Markdown are not read from disk (``embed_images`` off): only attachments and
    outputs are embedded, and :func:`clean_html` drops any other image."""
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    exporter = HTMLExporter(config=Config({"NbConvertBase": {"display_data_priority": list(SHOWN_TYPES)}}),
                            template_name="offline", extra_template_basedirs=[str(RESOURCES / "nbconvert")],
                            embed_images=False, exclude_input=reader, exclude_input_prompt=reader,
                            exclude_output_prompt=reader)
    exporter.register_filter("report_clean_html", clean_html)
    page = shareable(nb, shorten)
    page.metadata["title"] = notebook_heading(page, "Notebook")  # the page's <title>
    body, _ = exporter.from_notebook_node(page, resources={"report_csp": CONTENT_SECURITY_POLICY})
    return body


def write_replacing(path: Path, text: str | bytes) -> None:
    """Write ``text`` (or bytes) to ``path`` through a new file renamed over it: whatever was at ``path``
    (a link, a hard link to another file, a FIFO) is replaced, never written through."""
    partial = path.with_name(f".{path.name}.partial")
    partial.unlink(missing_ok=True)
    if isinstance(text, bytes):
        partial.write_bytes(text)
    else:
        partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)


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


def count_quotes(articles: pd.DataFrame, *, progress: bool | None = None) -> tuple[int | None, str | None]:
    """``(rows of analysis.quotes.extract_quotes(articles), None)``, or ``(None, why)`` when that
    stage is missing or fails (the failure is also visible in the quotes notebook). ``progress``:
    its progress bar (see :mod:`analysis.progress`)."""
    if importlib.util.find_spec("analysis.quotes") is None:
        return None, "quote attribution (analysis.quotes) is not installed"
    extract = getattr(importlib.import_module("analysis.quotes"), "extract_quotes", None)
    if extract is None:
        return None, "analysis.quotes has no extract_quotes function"
    try:
        return len(extract(articles, progress=progress)), None
    except Exception as exc:  # noqa: BLE001 - the index still gets written
        return None, f"extract_quotes failed: {type(exc).__name__}: {exc}"


def corpus_summary(articles: pd.DataFrame, *, by: str, groups=None, n_quotes: int | None = None,
                   quotes_note: str | None = None) -> dict:
    """Figures for the index page: articles, date range, undated, words, quotes, one row per group
    (``group``, ``articles``, ``words``, ``compared``), groups in :func:`pick_groups` order, and
    ``advice``: :func:`~analysis.groups.grouping_advice` (None when ``by`` groups the corpus)."""
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
        "by": by, "advice": grouping_advice(articles, by), "n_articles": len(articles), "dates": dates,
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


def show_hidden(value):
    """``value`` with control and bidi characters written as visible escapes (``\\u202e``, ``\\x1b``:
    :func:`analysis.terminal.printable`, line by line, so that a message keeps its lines); non-strings
    as they are."""
    if not isinstance(value, str):
        return value
    return "\n".join(printable(line) for line in value.split("\n"))


def file_href(name: str) -> str:
    """A link to the file ``name`` of the report's folder (``tables/x.csv``: a file in one of its
    folders): ``./`` and each part URL-quoted, so that no file name (``javascript:x.html``, ``#``,
    ``?``, ``%``) is read as a scheme, a fragment or a query."""
    return "./" + "/".join(urllib.parse.quote(part, safe="") for part in name.split("/"))


def render_index(context: dict) -> str:
    """``index.html`` from ``resources/report/index.html.j2`` (jinja2, autoescaped; every value with
    :func:`show_hidden` applied; links through the ``href`` filter, :func:`file_href`)."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(RESOURCES)), autoescape=True,
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=True, finalize=show_hidden)
    env.filters["href"] = file_href
    return env.get_template("index.html.j2").render(csp=CONTENT_SECURITY_POLICY, **context)


def data_folder(data_path: Path) -> Path:
    """The folder of the data: ``data_path`` itself, or the folder of a one-file report's file."""
    return data_path if data_path.is_dir() else data_path.parent


def check_output(data_path: Path, out_dir: Path, notebooks: list[Path]) -> None:
    """Raise ``ValueError("--out DIR: why")`` when the report must not or cannot write into ``out_dir``,
    before any work: it is inside the data folder (:func:`data_folder`: a one-file report's folder too)
    or is the notebooks' folder (files there would be replaced), it is not a folder, a file the report
    writes is a folder there, or no folder can be created or written there."""
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


#: Folders of ``--out`` that receive the exported tables (CSV, written by the notebooks through their
#: ``export_dir`` parameter: :mod:`analysis.exports`) and charts (SVG and PNG, by :func:`export_charts`).
TABLES_FOLDER, CHARTS_FOLDER = "tables", "charts"


def report_files(src: Path) -> dict[str, str]:
    """The files a report writes for notebook ``src``: ``executed`` (``NAME.ipynb``), ``html``
    (``NAME.html``) and ``reader`` (``NAME.reader.html``)."""
    return {"executed": src.name, "html": f"{src.stem}.html", "reader": f"{src.stem}.reader.html"}


def run_notebook(src: Path, out_dir: Path, parameters: dict, *, cwd: Path, data_label: str,
                 memory: int | None = None, env: dict | None = None) -> NotebookRun:
    """Execute one notebook into ``out_dir`` and render its two pages; never raises for a failing cell.
    Every file is written under a temporary name and renamed over the old one (:func:`write_replacing`).
    ``memory``, ``env``: the kernel's address-space cap and environment (:func:`_ipc_kernel_manager`)."""
    committed = nbformat.read(src, as_version=4)
    run = NotebookRun(name=src.name, sha256=sha256_file(src), heading=notebook_heading(committed, src.stem),
                      parameters=parameters)
    files = report_files(src)
    dest, partial = out_dir / files["executed"], out_dir / f".{src.stem}.partial.ipynb"  # papermill warns about other suffixes
    partial.unlink(missing_ok=True)
    start = time.perf_counter()
    failure = None
    try:
        execute(src, partial, parameters, cwd=cwd, memory=memory, env=env)
        run.status = "ok"
    except Exception as exc:  # noqa: BLE001 - any failure is reported and the others go on
        run.status, failure = "failed", exc
    run.seconds = time.perf_counter() - start
    written = partial.is_file()
    if written:
        os.replace(partial, dest)
    if failure is not None:
        run.error = _describe_failure(src, dest if written else None, committed, failure)
        if memory and getattr(failure, "ename", None) == "MemoryError":
            run.error += f" (this notebook's kernel may use {memory / 2**30:.1f} GB of address space: --kernel-memory-gb)"
    if written:
        run.executed = dest.name
        executed = nbformat.read(dest, as_version=4)
        if "data_path" in parameters:
            executed = _show_data_path(executed, parameters["data_path"], data_label)
        if "export_dir" in parameters:
            executed = _show_data_path(executed, parameters["export_dir"], TABLES_FOLDER, EXPORT_DIR_NOTE)
        executed, charts = export_charts(executed, out_dir, src.stem)
        run.exports = exported_tables(executed, out_dir) + charts
        shorten = path_shortener(parameters.get("data_path"), data_label)
        for attr, reader in (("html", False), ("reader", True)):
            write_replacing(out_dir / files[attr], render_html(executed, reader=reader, shorten=shorten))
            setattr(run, attr, files[attr])
    return run


def default_jobs() -> int:
    """Notebooks run at once: one per CPU, at most 4 (each runs its own kernel)."""
    return max(1, min(4, os.cpu_count() or 1))


#: Resident memory of a notebook's kernel: about :data:`KERNEL_BASE` plus :data:`KERNEL_PER_CHARACTER`
#: bytes per character of the corpus's text (each kernel loads the corpus and makes its own tables).
#: Measured with the workbook's notebooks: about 110 bytes per character between 0.2 and 2.1 million
#: characters (README, "Sharing results", Memory); 500 MB is above a kernel's own size (250-350 MB).
KERNEL_BASE = 500 * 2**20
KERNEL_PER_CHARACTER = 110
#: Address space a kernel maps beyond what it uses (libraries, thread stacks, allocator arenas):
#: the cap (RLIMIT_AS) counts it, so it is added to each kernel's share of memory.
KERNEL_ADDRESS_SLACK = 2 * 2**30
#: Share of the memory available when the notebooks start that the report lets them use together.
MEMORY_SHARE = 0.8


def available_memory() -> int | None:
    """Bytes of memory available to new work (``MemAvailable`` of ``/proc/meminfo``, else the
    physical memory), None when this system does not say."""
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return None


@dataclass(frozen=True)
class MemoryPlan:
    """Notebooks run at once, each kernel's address-space cap in bytes (None: no cap) and why the
    jobs were reduced (None when they were not)."""

    jobs: int
    kernel_memory: int | None
    note: str | None = None


def plan_memory(jobs: int, characters: int, available: int | None, kernel_memory: int | None = None) -> MemoryPlan:
    """How many of ``jobs`` notebooks fit at once in :data:`MEMORY_SHARE` of ``available`` memory, each
    kernel taking about ``KERNEL_BASE + KERNEL_PER_CHARACTER * characters``, and each kernel's cap:
    ``kernel_memory`` when given (0: none), else its share of that memory plus
    :data:`KERNEL_ADDRESS_SLACK`. Unknown ``available`` memory: ``jobs`` and no cap."""
    if available is None:
        return MemoryPlan(jobs, kernel_memory or None)
    budget = MEMORY_SHARE * available
    need = KERNEL_BASE + KERNEL_PER_CHARACTER * characters
    fit = max(1, min(jobs, int(budget // need)))
    note = None
    if fit < jobs:
        note = (f"{fit} notebook(s) at a time, not {jobs}: the corpus ({characters / 1e6:,.1f} million characters) "
                f"takes about {need / 2**30:.1f} GB per notebook, and {available / 2**30:.1f} GB of memory is available")
    if kernel_memory is None:
        kernel_memory = int(budget // fit) + KERNEL_ADDRESS_SLACK
    return MemoryPlan(fit, kernel_memory or None, note)


def build_report(data_path, out_dir, *, by: str = "year", groups=None, title: str | None = None,
                 notebooks_dir=None, data_label: str | None = None, jobs: int | None = None,
                 scheduler: str | None = None, max_file_mb: int | None = None, kernel_memory: int | None = None,
                 keyword: str | None = None, dispersion_terms=None, top: int | None = None, ngram_range=None,
                 per_group: int | None = None, stop_words=None,
                 progress: Callable[[str], None] | None = None,
                 errors: Callable[[str], None] = stderr_message) -> Report:
    """Run every notebook on ``data_path`` and write the report into ``out_dir`` (see module doc).

    ``jobs`` notebooks run at once (default :func:`default_jobs`, fewer when the corpus would not fit
    in memory: :func:`plan_memory`), each in its own process.
    ``scheduler``: the notebooks run their analyses on this Dask cluster (an address such as
    ``tcp://host:8786``, passed to each notebook's ``scheduler`` parameter; ``"local"``: a
    ``LocalCluster`` started for this report and closed after it). Default: one process per notebook.
    ``max_file_mb``: files larger than this many MB are refused, by the report and by the notebooks
    (default: the loader's ``MAX_BYTES``). ``kernel_memory``: each kernel's address-space cap in bytes
    (0: none; default: see :func:`plan_memory`).
    ``keyword`` (the concordance's), ``dispersion_terms``, ``top``, ``ngram_range`` (min, max),
    ``per_group`` (articles per group in per-article views) and ``stop_words`` (extra words left out of
    the term counts) go to the notebooks that declare a parameter of that name (None: their default).
    Every notebook that declares ``export_dir`` gets ``OUT/tables``: it writes its tables there as CSV;
    its charts are saved in ``OUT/charts`` (:func:`export_charts`).
    ``progress`` receives one ``[i/n] NAME ... ok (3.2 s)`` line per notebook as it finishes
    (None: quiet, no progress bar either); ``errors`` one line per failing notebook. ``data_label`` is
    how the data path is shown (default: as given). Raises ``FileNotFoundError`` for a missing path,
    ``ValueError`` for an ``out_dir`` it must not or cannot write (:func:`check_output`, before any
    work) and when no article loads, ``KeyError``/``ValueError`` for a bad ``by``/``groups``.
    """
    notebooks_dir = Path(notebooks_dir) if notebooks_dir is not None else DEFAULT_NOTEBOOKS
    check_output(Path(data_path), Path(out_dir), list_notebooks(notebooks_dir))
    with ExitStack() as stack:
        label = scheduler
        if scheduler == LOCAL:  # one cluster for every notebook, not one per notebook kernel
            from .engine import dask_client
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
        "inputs": input_files(data_path, corpus).to_dict("records"),
        "problems": corpus.problems.to_dict("records"),
        "versions": package_versions(),
    }
    write_replacing(out_dir / "index.html", render_index(context))
    return report


#: The comment added under a path shown otherwise than the kernel received it (:func:`_show_data_path`).
DATA_PATH_NOTE = "data_path as given to the report command; the kernel received its absolute path"
EXPORT_DIR_NOTE = "export_dir relative to the report's folder; the kernel received its absolute path"


def _option_text(value) -> str:
    """A notebook option as the index shows it: a list as its items joined."""
    return ", ".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)


def _show_data_path(nb: nbformat.NotebookNode, absolute: str, label: str,
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


def _describe_failure(src: Path, executed: Path | None, committed, exc: Exception) -> str:
    """``NAME: cell N (In [k]: code) raised Error: message`` for the error message and the index
    (``executed``: the executed notebook, when papermill wrote one)."""
    ename = getattr(exc, "ename", type(exc).__name__)
    evalue = getattr(exc, "evalue", str(exc))
    where = ""
    if executed is not None:
        try:
            number, code = failing_cell(nbformat.read(executed, as_version=4), committed)
        except (OSError, ValueError, json.JSONDecodeError):
            number, code = None, ""
        if number is not None:
            where = f" at cell {number} ({code})"
        elif code:
            where = f" at {code}"
    message = f"{src.name} failed{where}: {ename}: {evalue}".rstrip(": ")
    return message


__all__ = ["Report", "NotebookRun", "MemoryPlan", "build_report", "check_output", "clean_html", "corpus_summary",
           "input_files", "declared_parameters", "default_jobs", "list_notebooks", "notebook_parameters", "plan_memory",
           "path_shortener", "run_notebook", "render_html", "render_index", "shareable", "shown_data"]
