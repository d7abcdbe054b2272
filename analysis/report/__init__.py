"""Render the whole workbook on a corpus into a folder anyone can open.

:func:`build_report` runs every notebook of ``notebooks/`` on a data path and
writes into an output folder:

* ``NAME.ipynb``: the executed notebook (papermill; the committed one is never modified);
* ``NAME.html``: the executed notebook as one self-contained page (charts embedded);
* ``NAME.reader.html``: the same without code, for readers;
* ``tables/`` and ``charts/``: the tables (CSV) and charts (PNG, SVG) the notebooks exported;
* ``index.html``: links to every page, a summary of the corpus and its provenance
  (every input file with its SHA-256, the parameters, the software versions).

A failing notebook does not stop the others: it is reported (notebook, cell,
exception) and marked failed in ``index.html``.

The modules, from the top down:

* :mod:`.build`: :func:`build_report`: checks the output folder before any work, loads the corpus,
  runs the notebooks in order (a few at a time) and writes ``index.html``;
* :mod:`.kernels`: executing one notebook (papermill on a kernel of this environment) and each
  kernel's memory (:func:`plan_memory`);
* :mod:`.notebooks`: what is read from a notebook (heading, declared parameters, the failing cell);
* :mod:`.render`: the HTML pages, ``index.html`` and the exported charts and tables;
* :mod:`.provenance`: the corpus's figures, its input files with their hashes, software versions;
* :mod:`.sanitise`: what makes a page safe to share (allow-list HTML and CSS, shown output types,
  local paths left out, SVG files checked).

Safety: article text and notebook outputs are untrusted. Pages are rendered by nbconvert with the
``offline`` template of ``resources/report/nbconvert``: no remote script is loaded, the
:data:`CONTENT_SECURITY_POLICY` forbids scripts, fetches, forms and ``<base>``, only the output types of
:data:`SHOWN_TYPES` are shown (others become a note), and every HTML or Markdown output is passed
through :func:`clean_html` (an allow-list sanitiser, as nbviewer does). ``index.html`` comes from a
jinja2 template with autoescaping, bidi and control characters shown as escapes. :func:`check_output`
refuses, before any work, an output folder among the inputs or one that cannot be written; files are
renamed into place (:func:`write_replacing`). Each kernel's memory is capped (:func:`plan_memory`).
"""
from .build import DEFAULT_NOTEBOOKS, NotebookRun, Report, build_report, check_output, stderr_message
from .kernels import KERNEL_ADDRESS_SLACK, MemoryPlan, default_jobs, plan_memory
from .notebooks import declared_parameters, list_notebooks, notebook_parameters
from .provenance import corpus_summary, input_files
from .render import export_charts, render_index, render_pages, write_replacing
from .sanitise import CONTENT_SECURITY_POLICY, SHOWN_TYPES, clean_html, path_shortener, safe_svg, shareable, shown_data

__all__ = ["CONTENT_SECURITY_POLICY", "DEFAULT_NOTEBOOKS", "KERNEL_ADDRESS_SLACK", "SHOWN_TYPES", "MemoryPlan",
           "NotebookRun", "Report", "build_report", "check_output", "clean_html", "corpus_summary", "declared_parameters",
           "default_jobs", "export_charts", "input_files", "list_notebooks", "notebook_parameters", "path_shortener",
           "plan_memory", "render_index", "render_pages", "safe_svg", "shareable", "shown_data", "stderr_message",
           "write_replacing"]
