"""The report against hostile folders, outputs and names (issue 12, breaks 3, 8, 9, 10 and 12).

Fast tests: the output checks run before any notebook (an empty notebooks folder where the command
goes further), pages are rendered from a notebook built here with hostile outputs, the index from a
context built here, and memory limits are tried with small limits passed as parameters.
"""
from __future__ import annotations

import re
import site
import sysconfig
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output, new_raw_cell

import analysis
import analysis.load
import analysis.progress
import analysis.report as report
import analysis.report.build
import analysis.report.sanitise
from analysis.cli import main as cli_main
from corpora import write_corpus
from test_report import KERNELSPEC, Page, active_markup, make_notebook, parameters_cell

RLO = "\u202e"
#: A file name that reads as ``invoice_fdp.exe`` reversed: shown raw, it would display as ``...exe.pdf``.
SPOOFED = f"invoice_{RLO}fdp.exe.txt"
SITE_PACKAGES = sysconfig.get_paths()["purelib"]
PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="


# --- break 3 and 8: where the report writes, checked before any work ---------------------------------

@pytest.fixture
def one_article(tmp_path):
    """A data folder holding an article and an ``index.html`` that is itself an input."""
    folder = tmp_path / "folder"
    write_corpus(folder, 1)
    (folder / "index.html").write_text("<html><body><p>Council meets on Monday.</p></body></html>",
                                       encoding="utf-8")
    article = next(folder.glob("*.txt"))
    empty = tmp_path / "no-notebooks"
    empty.mkdir()
    return folder, article, empty


def snapshot(folder: Path) -> dict:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("where", [".", "sub", "sub/deeper"])
def test_a_one_file_report_never_writes_into_the_files_folder(one_article, capsys, where):
    folder, article, empty = one_article
    before = snapshot(folder)
    rc = cli_main(["report", str(article), "--out", str(folder / where), "--notebooks", str(empty)])
    err = capsys.readouterr().err
    assert rc == 2 and "inside the data folder" in err and len(err.splitlines()) == 1, err
    assert snapshot(folder) == before and sorted(p.name for p in folder.iterdir()) == sorted(before)


def test_out_through_a_link_to_the_files_folder_is_refused(one_article, tmp_path, capsys):
    folder, article, empty = one_article
    (tmp_path / "alias").symlink_to(folder, target_is_directory=True)
    before = snapshot(folder)
    assert cli_main(["report", str(article), "--out", str(tmp_path / "alias"), "--notebooks", str(empty)]) == 2
    assert "inside the data folder" in capsys.readouterr().err
    assert snapshot(folder) == before


def test_out_as_the_notebooks_folder_is_refused(tmp_path, capsys):
    write_corpus(tmp_path / "data", 1)
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    nb = make_notebook(notebooks / "a.ipynb", new_markdown_cell("# A"), new_code_cell("print(1)"))
    committed = nb.read_bytes()
    assert cli_main(["report", str(tmp_path / "data"), "--out", str(notebooks), "--notebooks", str(notebooks)]) == 2
    assert "notebooks' folder" in capsys.readouterr().err
    assert nb.read_bytes() == committed


@pytest.mark.parametrize("make_out, message", [
    (lambda t: (t / "report.html").write_text("x") and t / "report.html", "exists and is not a folder"),
    (lambda t: (t / "plain").write_text("x") and t / "plain" / "sub", "is not a folder"),
    (lambda t: Path("/proc/analysis-report"), "cannot write in /proc"),
    (lambda t: (t / "dangling").symlink_to(t / "gone") or t / "dangling", "exists and is not a folder"),
    (lambda t: (t / "out" / "index.html").mkdir(parents=True) or t / "out", "index.html there is a folder"),
    (lambda t: t / ("x" * 300), "File name too long"),
])
def test_an_unusable_out_is_one_line_before_any_work(tmp_path, capsys, monkeypatch, make_out, message):
    write_corpus(tmp_path / "data", 1)
    empty = tmp_path / "no-notebooks"
    empty.mkdir()
    out = make_out(tmp_path)
    loaded = []
    monkeypatch.setattr(report.build, "load_corpus", lambda *a, **k: loaded.append(a))  # the work would start here
    rc = cli_main(["report", str(tmp_path / "data"), "--out", str(out), "--notebooks", str(empty)])
    err = capsys.readouterr().err
    assert rc == 2 and err.startswith(f"error: --out {out}") and message in err and err.count("\n") == 1, err
    assert loaded == []


def test_a_link_or_hard_link_in_out_is_replaced_not_written_through(tmp_path, capsys):
    data = tmp_path / "data"
    write_corpus(data, 1)
    secret = tmp_path / "elsewhere.txt"
    secret.write_text("kept as it is\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "index.html").symlink_to(secret)
    empty = tmp_path / "no-notebooks"
    empty.mkdir()
    assert cli_main(["report", str(data), "--out", str(out), "--notebooks", str(empty)]) == 1  # no notebook
    assert secret.read_text(encoding="utf-8") == "kept as it is\n"
    assert not (out / "index.html").is_symlink() and "<html" in (out / "index.html").read_text(encoding="utf-8")


# --- break 12: no progress bar on a stderr that is not a terminal ------------------------------------

def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(analysis.progress, "DELAY", 0)  # a bar would show at once
    monkeypatch.delenv(analysis.progress.ENV, raising=False)
    write_corpus(tmp_path / "data", 3)
    empty = tmp_path / "no-notebooks"
    empty.mkdir()
    assert cli_main(["report", str(tmp_path / "data"), "--out", str(tmp_path / "out"), "--notebooks", str(empty)]) == 1
    assert capsys.readouterr().err == "error: no notebook found in " + str(empty) + "\n"


# --- break 9: pages of any notebook are safe ----------------------------------------------------------

HOSTILE_HTML = ('<form action="https://example.org/steal"><input name="pw"><button>Log in</button></form>'
                '<style>body { display: none } .jp-Cell { background: url(https://example.org/x.png) }</style>'
                '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">open the data</a>'
                '<a href="JaVa&#x09;ScRiPt:alert(1)">run</a>'
                '<iframe src="https://example.org"></iframe><svg onload="alert(1)"><circle r="4"/></svg>'
                '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="><img src="https://example.org/t.gif">'
                '<meta http-equiv="refresh" content="0;url=https://example.org">'
                '<p style="position: fixed; top: 0; color: red; background-image: url(https://example.org/y)">styled</p>')
STYLER = ('<style type="text/css">\n#T_ab12_row0_col0 { background-color: #d65f5f; color: #f1f1f1; }\n</style>\n'
          '<table id="T_ab12"><tr><td id="T_ab12_row0_col0" class="data row0 col0">0.9</td></tr></table>')


def hostile_notebook(install_path: str) -> nbformat.NotebookNode:
    """A notebook whose outputs try every way out of a page; ``install_path`` appears in a traceback
    and a warning as a package's absolute path would."""
    mermaid = 'graph TD; A-->B\n<meta http-equiv="refresh" content="0;url=https://example.org">\n' + HOSTILE_HTML
    outputs = [
        new_output("display_data", data={"text/vnd.mermaid": mermaid, "text/plain": "<Mermaid object>"}),
        new_output("display_data", data={"text/html": HOSTILE_HTML, "text/plain": "html"}),
        new_output("display_data", data={"text/html": STYLER, "text/plain": "styler"}),
        new_output("display_data", data={"application/javascript": "alert(1)", "text/plain": "<Javascript object>"}),
        new_output("display_data", data={"application/vnd.jupyter.widget-view+json": {"model_id": "m1"},
                                         "text/plain": "IntProgress()"}),
        new_output("display_data", data={"application/x-evil": "<script>alert(2)</script>"}),
        new_output("display_data", data={"image/svg+xml": '<svg onload="alert(3)"><script>alert(3)</script></svg>'}),
        new_output("display_data", data={"image/png": PNG},
                   metadata={"filenames": {"image/png": "https://example.org/chart.png"}}),
        new_output("display_data", data={"text/markdown": "[x](javascript:alert(4)) ![local](/etc/hostname)"}),
        new_output("stream", name="stderr", text=f"{install_path}/pandas/core/frame.py:12: FutureWarning: soon\n"),
        new_output("error", ename="KeyError", evalue="'x'",
                   traceback=[f"File {install_path}/pandas/core/indexes/base.py:3805, in Index.get_loc(self, key)"]),
    ]
    nb = new_notebook(cells=[
        new_markdown_cell('# Hostile\n<meta http-equiv="refresh" content="0;url=https://example.org"><form></form>'),
        new_raw_cell('<meta http-equiv="refresh" content="0;url=https://example.org">'),
        new_code_cell("show()", outputs=outputs, execution_count=1),
    ])
    nb.metadata["kernelspec"] = KERNELSPEC
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}, "version_major": 2}}
    return nb


def page_problems(html: str) -> list[str]:
    page = Page(html)
    found = active_markup(page)
    for tag, attrs in page.elements:
        if tag in {"form", "input", "button", "iframe", "svg", "object", "embed", "base", "script"}:
            found.append(f"<{tag}>")
        if tag == "meta" and attrs.get("http-equiv", "").lower() != "content-security-policy" and "http-equiv" in attrs:
            found.append(f"<meta http-equiv={attrs['http-equiv']}>")
        if tag == "a" and re.match(r"\s*(data|javascript|vbscript):", attrs.get("href") or "", re.I):
            found.append(f"<a href={attrs['href'][:30]}>")
        if tag == "img" and not re.match(r"data:image/(png|jpeg|gif|svg\+xml);base64,", attrs.get("src", "")):
            found.append(f"<img src={attrs.get('src', '')[:40]}>")
    found += [f"remote url: {u}" for u in re.findall(r"https://example\.org[^\s\"')]*", html)
              if not re.search(r"(>|^)[^<]*" + re.escape(u), html)]  # only as visible text
    return found


@pytest.fixture(scope="module")
def hostile_pages():
    nb = hostile_notebook(SITE_PACKAGES)
    pages = report.render_pages(nb, shorten=report.path_shortener())
    return {False: pages["html"], True: pages["reader"]}


@pytest.mark.parametrize("reader", [False, True])
def test_a_page_of_hostile_outputs_holds_nothing_active(hostile_pages, reader):
    html = hostile_pages[reader]
    assert page_problems(html) == []
    outputs = html.split("<main>", 1)[1]  # the page's own stylesheet comes before
    assert "body {" not in outputs and "position: fixed" not in outputs and "url(" not in outputs
    assert "application/vnd.jupyter.widget-state+json" not in html


def test_every_output_type_not_shown_is_named_in_a_note(hostile_pages):
    text = Page(hostile_pages[True]).visible
    for kind in ("text/vnd.mermaid", "application/javascript", "application/vnd.jupyter.widget-view+json",
                 "application/x-evil"):
        assert kind in text, kind
    assert "graph TD" not in text  # the diagram's source is not shown as markup or text


def test_the_page_policy_forbids_scripts_forms_and_base(hostile_pages):
    page = Page(hostile_pages[True])
    policies = [a["content"] for tag, a in page.elements
                if tag == "meta" and a.get("http-equiv", "").lower() == "content-security-policy"]
    assert len(policies) == 1
    directives = {d.split()[0]: d.split()[1:] for d in policies[0].split(";") if d.strip()}
    assert directives["default-src"] == ["'none'"] and directives["form-action"] == ["'none'"]
    assert directives["base-uri"] == ["'none'"] and directives["img-src"] == ["data:"]
    assert "script-src" not in directives


def test_dataframe_styles_are_kept_only_for_tables(hostile_pages):
    html = hostile_pages[True]
    assert re.search(r"#T_ab12_row0_col0 \{ background-color: #d65f5f; color: #f1f1f1; \}", html)
    assert "display: none" not in html.split("<main>", 1)[1]


def test_tracebacks_and_warnings_show_package_relative_paths(hostile_pages):
    for html in hostile_pages.values():
        assert SITE_PACKAGES not in html
        text = Page(html).visible
        assert "pandas/core/frame.py:12: FutureWarning" in text
        assert "File pandas/core/indexes/base.py:3805" in text


def test_install_folders_cover_site_packages_and_this_workbook():
    folders = report.sanitise.install_folders()
    assert SITE_PACKAGES in folders and str(Path(analysis.__file__).resolve().parents[1]) in folders
    assert all(site_dir in folders for site_dir in site.getsitepackages())


def test_the_data_path_in_an_output_is_shown_as_given():
    shorten = report.path_shortener("/home/me/private/data", "data")
    assert shorten("/home/me/private/data/a.txt and /home/me/private/data") == "data/a.txt and data"
    assert shorten("/home/me/private/database/x") == "/home/me/private/database/x"


@pytest.mark.parametrize("markup, kept, gone", [
    ('<a href="data:text/html,x">d</a> <a href="https://example.org/a">a</a>',
     '<a>d</a> <a href="https://example.org/a">a</a>', "data:"),
    ('<a href=" DA&#x54;A:text/html,x">d</a>', "<a>d</a>", "DA&#x54;A"),
    ('<img src="data:image/svg+xml;base64,PHN2Zz4="><img src="data:image/gif;base64,R0lGOD==" alt="g">',
     '<img src="data:image/gif;base64,R0lGOD==" alt="g">', "svg"),
    ('<style>.dataframe thead th { text-align: right; } p { color: red } @import url(x);</style>',
     "<style>.dataframe thead th { text-align: right; }</style>", "@import"),
    ('<p style="color: red; cursor: url(x.cur), auto; direction: rtl; display: none">p</p>',
     '<p style="color: red;">p</p>', "cursor"),
])
def test_clean_html_allow_lists(markup, kept, gone):
    cleaned = report.clean_html(markup)
    assert kept in cleaned
    if gone:
        assert gone not in cleaned


# --- break 9: the index -------------------------------------------------------------------------------

def index_context(**runs) -> dict:
    summary = {"by": "year", "n_articles": 1, "dates": "none", "n_undated": 1, "n_groups": 1, "n_words": "3",
               "groups": [{"group": f"{RLO}2024", "articles": 1, "words": "3", "compared": True}],
               "n_quotes": "0", "quotes_note": None}
    return {"title": f"Report {RLO}fdp", "data_label": f"data{RLO}", "generated": "", "summary": summary,
            "runs": list(runs.values()), "failed": [], "parameters": [("data_path", "data")],
            "inputs": [{"file": SPOOFED, "status": "article", "detail": "a", "sha256": "0" * 64}],
            "problems": [{"file": f"bad{RLO}gnp.txt\x1b[2J", "action": "skipped", "reason": "no text"}],
            "versions": [("python", "3")]}


def test_index_links_to_notebook_pages_are_relative_file_links():
    run = report.NotebookRun(name="javascript:alert(1).ipynb", sha256="0" * 64, heading="H", parameters={},
                             status="ok", executed="javascript:alert(1).ipynb", html="javascript:alert(1).html",
                             reader="#top?.reader.html")
    html = report.render_index(index_context(run=run))
    assert Page(html).links() == ["./%23top%3F.reader.html", "./javascript%3Aalert%281%29.html",
                                  "./javascript%3Aalert%281%29.ipynb"]
    assert page_problems(html) == []


def test_index_shows_bidi_and_control_characters_as_escapes():
    html = report.render_index(index_context())
    assert RLO not in html and "\x1b" not in html
    text = Page(html).visible
    assert "invoice_\\u202efdp.exe.txt" in text and "bad\\u202egnp.txt\\x1b[2J" in text
    assert "\\u202e2024" in text and "Report \\u202efdp" in text


def test_index_policy_matches_the_pages():
    page = Page(report.render_index(index_context()))
    policy = next(a["content"] for tag, a in page.elements if tag == "meta" and a.get("http-equiv"))
    assert policy == report.CONTENT_SECURITY_POLICY and "form-action 'none'" in policy


# --- break 10: memory ---------------------------------------------------------------------------------

def test_the_default_file_limit_refuses_a_file_no_article_reaches(tmp_path):
    data = tmp_path / "data"
    write_corpus(data, 1)
    (data / "dump.txt").write_bytes(b"Dump\n\n" + b"word " * (11 * 2**20 // 5))  # 11 MB
    corpus = analysis.load_corpus(data)
    assert len(corpus.articles) == 1
    reason = corpus.problems.set_index("file").loc["dump.txt", "reason"]
    assert "too large" in reason and "10 MB" in reason


@pytest.mark.parametrize("jobs, characters, available, cap, expected", [
    (4, 0, 64 * 2**30, None, (4, int(0.8 * 64 * 2**30 // 4) + report.KERNEL_ADDRESS_SLACK, False)),
    (4, 100_000_000, 16 * 2**30, None, (1, int(0.8 * 16 * 2**30) + report.KERNEL_ADDRESS_SLACK, True)),
    (2, 10_000_000, 16 * 2**30, 3 * 2**30, (2, 3 * 2**30, False)),
    (2, 0, 16 * 2**30, 0, (2, None, False)),
    (3, 10**12, None, None, (3, None, False)),
])
def test_jobs_and_kernel_caps_fit_the_memory(jobs, characters, available, cap, expected):
    plan = report.plan_memory(jobs, characters, available, cap)
    assert (plan.jobs, plan.kernel_memory, plan.note is not None) == expected
    if plan.note:
        assert f"{plan.jobs} notebook(s) at a time, not {jobs}" in plan.note


def test_limits_reach_the_kernel_and_a_runaway_notebook_fails_alone(tmp_path):
    """A 1 MB file limit and a 3 GB cap given to the report: the large file is a problem row, the
    kernel loads with the same limit, and asking for 8 GB is a MemoryError in that notebook."""
    data = tmp_path / "data"
    write_corpus(data, 2)
    (data / "big.txt").write_bytes(b"Big\n\n" + b"word " * (3 * 2**20 // 10))  # 1.5 MB
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    make_notebook(notebooks / "limits.ipynb", new_markdown_cell("# Limits"), parameters_cell('data_path = "."'),
                  new_code_cell("import resource, analysis\n"
                                "print(analysis.load.MAX_BYTES, resource.getrlimit(resource.RLIMIT_AS)[0])\n"
                                "print(len(analysis.load_articles(data_path)))"),
                  new_code_cell("hog = bytearray(8 * 2**30)"), new_code_cell("print('never')"))
    errors: list[str] = []
    result = report.build_report(data, tmp_path / "out", notebooks_dir=notebooks, max_file_mb=1,
                                 kernel_memory=3 * 2**30, errors=errors.append)
    run = result.runs[0]
    assert run.status == "failed" and run.error == (
        "limits.ipynb failed at cell 4 (In [4]: hog = bytearray(8 * 2**30)): MemoryError "
        "(this notebook's kernel may use 3.0 GB of address space: --kernel-memory-gb)")
    cells = nbformat.read(tmp_path / "out" / "limits.ipynb", as_version=4).cells
    outputs = next(c for c in cells if c.source.startswith("import resource")).outputs
    printed = "".join(o.text for o in outputs if o.get("name") == "stdout").split()
    assert printed == [str(2**20), str(3 * 2**30), "2"]
    index = Page((tmp_path / "out" / "index.html").read_text(encoding="utf-8")).visible
    assert "big.txt skipped file too large" in index
    assert "largest file loaded 1 MB" in index and "memory cap per notebook 3.0 GB of address space" in index
