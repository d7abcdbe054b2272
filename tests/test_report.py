"""The report command: every page written, provenance complete, hostile text inert, failures named.

One report is built per session (:func:`hostile_report`) on five undated articles plus one
article full of hostile markup, running the workbook's notebooks and a probe notebook that
deliberately pushes article text through raw ``HTML()`` and ``Markdown()`` displays.
``test_browser.py`` opens the same report in Chromium.
"""
from __future__ import annotations

import hashlib
import html
import json
import os
import pty
import re
import shutil
import subprocess
import sys
import urllib.parse
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

import analysis
import analysis.report
from analysis.cli import main as cli_main
from analysis.report import DEFAULT_NOTEBOOKS, clean_html, list_notebooks
from analysis.report import kernels
from analysis.cli.report import show_progress
import report_runs
from corpora import XSS_FILE, XSS_IMG, XSS_LINK, XSS_SCRIPT, write_corpus

ROOT = Path(__file__).resolve().parents[1]
HOSTILE_TITLE = "<script>alert(1)</script> & <img src=x onerror=alert(1)> coverage"
KERNELSPEC = {"name": "python3", "display_name": "Python 3", "language": "python"}


def make_notebook(path: Path, *cells) -> Path:
    nb = new_notebook(cells=list(cells))
    nb.metadata["kernelspec"] = KERNELSPEC
    nbformat.write(nb, path)
    return path


def parameters_cell(source: str):
    return new_code_cell(source, metadata={"tags": ["parameters"]})


def probe_notebook(path: Path) -> Path:
    """A notebook that shows article text every way a careless notebook could."""
    return make_notebook(
        path,
        new_markdown_cell("# Probe: article text in every kind of output"),
        parameters_cell('data_path = "../data"\nby = "year"\ngroups = None\ntitle = "Probe"'),
        new_code_cell("import analysis\nfrom analysis.plots import plot_article_sizes\n"
                      "from IPython.display import HTML, Markdown, display\n"
                      "articles = analysis.load_articles(data_path)"),
        new_code_cell("articles[['article_id', 'title', 'text']]"),
        new_code_cell("for t in articles['title'] + '\\n' + articles['text']:\n    print(t)"),
        new_code_cell("display(HTML('<br>'.join(articles['title'])))\n"
                      "display(HTML('<p>' + '</p><p>'.join(articles['text']) + '</p>'))"),
        new_code_cell("display(Markdown('\\n\\n'.join(articles['text'])))\ndisplay(Markdown('# ' + title))"),
        new_code_cell("plot_article_sizes(articles, by=by);"),
    )


def prepare_hostile_report(base: Path) -> tuple[list[str], dict]:
    """The hostile-text report's inputs in ``base``: the arguments of its command and the notebooks' bytes."""
    data = base / "data"
    write_corpus(data, 5, dated=False, xss=True)
    (data / "scan.pdf").write_bytes(b"%PDF-1.4 not an article")  # skipped: listed, without a hash
    (data / "drafts").mkdir()
    (data / "drafts" / "empty.txt").write_text("  \n", encoding="utf-8")
    notebooks = base / "notebooks"
    notebooks.mkdir()
    for nb in list_notebooks(DEFAULT_NOTEBOOKS):
        shutil.copy(nb, notebooks / nb.name)
    probe_notebook(notebooks / "zz_probe.ipynb")
    before = {p.name: p.read_bytes() for p in list_notebooks(notebooks)}
    # relative paths, as typed by a user
    return ["data", "--out", "report", "--notebooks", "notebooks", "--title", HOSTILE_TITLE], before


report_runs.add("hostile", prepare_hostile_report, readers={"test_browser.py", "test_report.py"})


def hostile_report(tmp_path_factory):
    """``(out_dir, data_dir, notebooks_dir, returncode, stderr)`` of the session's hostile-text report."""
    run = report_runs.rendered("hostile", tmp_path_factory)
    notebooks = run.base / "notebooks"
    after = {p.name: p.read_bytes() for p in list_notebooks(notebooks)}
    assert run.context == after, "the report modified the notebooks it ran"
    return run.base / "report", run.base / "data", notebooks, run.returncode, run.stderr


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return hostile_report(tmp_path_factory)


class Page(HTMLParser):
    """Elements, attributes and visible text of an HTML page."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self._stack: list[str] = []
        self.script_text: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag not in {"br", "img", "meta", "link", "hr", "input", "col"}:
            self._stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self._stack:
            while self._stack and self._stack.pop() != tag:
                pass

    def handle_data(self, data):
        if "script" in self._stack:
            self.script_text.append(data)
        elif "style" not in self._stack:
            self.text.append(data)

    @property
    def visible(self) -> str:
        return " ".join(" ".join(self.text).split())

    def links(self) -> list[str]:
        return [a["href"] for tag, a in self.elements if tag == "a" and a.get("href")]


def active_markup(page: Page) -> list[str]:
    """Every way the page could run script: script elements, on* attributes, javascript: URLs."""
    found = [f"<script> element: {''.join(page.script_text)[:80]!r}" for tag, _ in page.elements if tag == "script"]
    for tag, attrs in page.elements:
        for name, value in attrs.items():
            if name.startswith("on"):
                found.append(f"<{tag} {name}={value!r}>")
            if name in {"href", "src", "action", "formaction", "xlink:href"} and value and \
                    re.sub(r"\s", "", value).lower().startswith(("javascript:", "vbscript:")):
                found.append(f"<{tag} {name}={value!r}>")
    return found


def html_pages(out: Path) -> list[Path]:
    return sorted(out.glob("*.html"))


# --- the report as a whole ------------------------------------------------------------------

def test_the_kernel_process_logs_to_a_file_not_the_terminal(tmp_path):
    """ipykernel and tornado may print errors while a kernel shuts down; the report's stderr must stay
    quiet, so the kernel process's own stderr is a file."""
    import asyncio
    log = tmp_path / "kernel.log"
    manager = kernels.kernel_manager_class(str(tmp_path), log)(kernel_name=kernels.KERNEL_NAME)

    async def open_files():
        await manager.start_kernel(extra_arguments=["--IPKernelApp.log_level=CRITICAL"])
        try:
            pid = manager.provisioner.process.pid
            links = set()
            for fd in os.listdir(f"/proc/{pid}/fd"):
                try:
                    links.add(os.readlink(f"/proc/{pid}/fd/{fd}"))
                except FileNotFoundError:
                    pass  # a descriptor the starting kernel closed between the listing and the reading
            return links
        finally:
            await manager.shutdown_kernel(now=True)

    assert str(log) in asyncio.run(open_files())


def test_a_failed_run_carries_the_kernel_log(tmp_path, monkeypatch):
    import papermill

    def failing_run(*args, kernel_manager_class, **kwargs):
        kernel_manager_class.stderr_log.write_text("the kernel died: out of memory\n", encoding="utf-8")
        raise RuntimeError("Kernel died")

    monkeypatch.setattr(papermill, "execute_notebook", failing_run)
    with pytest.raises(RuntimeError, match="Kernel died") as raised:
        kernels.execute_notebook(tmp_path / "a.ipynb", tmp_path / "b.ipynb", {}, cwd=tmp_path)
    assert any("out of memory" in note for note in raised.value.__notes__)


def test_workbook_has_notebooks():
    assert list_notebooks(DEFAULT_NOTEBOOKS), "notebooks/ holds no notebook for the report to run"


def test_report_succeeds_quietly(report):
    out, data, notebooks, rc, err = report
    assert rc == 0, err
    assert err == ""  # not a terminal: no progress lines, no kernel chatter


def test_every_notebook_has_executed_full_and_reader_pages(report):
    out, data, notebooks, rc, err = report
    names = [p.stem for p in list_notebooks(notebooks)]
    assert "zz_probe" in names and len(names) >= 2
    links = Page((out / "index.html").read_text(encoding="utf-8")).links()
    assert all(link.startswith("./") for link in links), links  # relative file links, never a scheme
    links = {urllib.parse.unquote(link[2:]) for link in links}
    for stem in names:
        for suffix in (".ipynb", ".html", ".reader.html"):
            assert (out / f"{stem}{suffix}").is_file(), f"{stem}{suffix} missing"
            assert f"{stem}{suffix}" in links, f"index.html does not link {stem}{suffix}"
        executed = nbformat.read(out / f"{stem}.ipynb", as_version=4)
        assert executed.metadata["papermill"].get("exception") in (None, False), stem
    for link in links:
        assert (out / link).is_file(), f"index.html links to a missing file: {link}"


def test_reader_pages_have_no_code(report):
    out, data, notebooks, rc, err = report
    reader = (out / "zz_probe.reader.html").read_text(encoding="utf-8")
    full = (out / "zz_probe.html").read_text(encoding="utf-8")
    assert "plot_article_sizes" in full
    assert "plot_article_sizes" not in reader
    def classes(page):
        return " ".join(a.get("class", "") for _, a in Page(page).elements).split()
    assert "hl-ipython3" in classes(full) and "jp-InputPrompt" in classes(full)
    assert "hl-ipython3" not in classes(reader) and "jp-InputPrompt" not in classes(reader)


def test_charts_are_embedded(report):
    out, data, notebooks, rc, err = report
    page = Page((out / "zz_probe.reader.html").read_text(encoding="utf-8"))
    images = [a["src"] for tag, a in page.elements if tag == "img"]
    assert images and all(src.startswith("data:image/png;base64,") for src in images)


def test_index_lists_every_input_file_with_sha256(report):
    """Files that gave articles with the SHA-256 of their bytes; skipped files listed with their reason, and
    "not read" for those the loader never opened (an unsupported type, an empty file)."""
    out, data, notebooks, rc, err = report
    index = (out / "index.html").read_text(encoding="utf-8")
    rows = re.findall(r"<tr><td><code>([^<]+)</code></td><td>([^<]*)</td><td class=\"hash\">([^<]*)</td></tr>", index)
    listed = {file: sha for file, _, sha in rows}
    skipped = {"scan.pdf", "drafts/empty.txt"}
    expected = {p.relative_to(data).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in data.rglob("*") if p.is_file()}
    assert XSS_FILE in listed and "articles.csv" not in listed  # undated corpus: no manifest
    assert listed == {file: "not read" if file in skipped else sha for file, sha in expected.items()}
    status = {file: text for file, text, _ in rows}
    assert status["scan.pdf"].startswith("skipped: unsupported file type .pdf")
    assert status["drafts/empty.txt"].startswith("skipped: no text")
    assert status[XSS_FILE] == "article: council-hostile-markup"
    assert "is listed as not read" in Page(index).visible


def test_index_summarises_the_corpus_and_software(report):
    out, data, notebooks, rc, err = report
    page = Page((out / "index.html").read_text(encoding="utf-8"))
    text = page.visible
    assert "6 articles" in text  # the two files that are not articles are not counted
    assert "none publication dates (all 6 undated)" in text
    # words: every word of the body (headline line and "By" byline excluded, entities decoded), counted here by regex
    words = int(re.search(r"([\d,]+) words", text).group(1).replace(",", ""))
    expected = 0
    for path in data.glob("*.txt"):
        body = [html.unescape(line) for line in path.read_text(encoding="utf-8").splitlines()[1:]
                if not line.startswith("By ")]
        expected += len(re.findall(r"[^\W_]+(?:[-'’][^\W_]+)*", "\n".join(body)))
    assert words == expected
    assert re.search(r"(\d+|n/a) quotes attributed", text)
    for package in ("python", "pandas", "numpy", "scikit-learn", "nltk", "matplotlib", "papermill", "nbconvert"):
        assert re.search(rf"\b{re.escape(package)} \d", text), package
    assert "Data: data" in text  # the data path as given on the command line
    assert str(data.resolve()) not in (out / "index.html").read_text(encoding="utf-8")


def test_no_absolute_path_of_the_data_in_pages(report):
    """The kernel gets the absolute path; pages show paths relative to the data folder."""
    out, data, notebooks, rc, err = report
    for page in html_pages(out):
        assert str(data.resolve()) not in page.read_text(encoding="utf-8"), page.name


# --- safe to share ----------------------------------------------------------------------------

def test_hostile_text_is_never_markup_in_any_page(report):
    out, data, notebooks, rc, err = report
    pages = html_pages(out)
    assert len(pages) >= 5
    for path in pages:
        page = Page(path.read_text(encoding="utf-8"))
        assert active_markup(page) == [], path.name


def test_hostile_text_is_shown_as_text(report):
    """Escaped, the hostile strings stay readable: the reader sees them as the article wrote them."""
    out, data, notebooks, rc, err = report
    index = Page((out / "index.html").read_text(encoding="utf-8")).visible
    assert HOSTILE_TITLE in index
    probe = Page((out / "zz_probe.reader.html").read_text(encoding="utf-8")).visible
    assert "Council Vote <script>alert(1)</script> Stalls Budget" in probe  # print() output and the table
    assert XSS_IMG in probe


def test_hostile_text_is_only_text_in_the_workbook_notebook_outputs(report):
    """The workbook's own notebooks (not the probe) never emit article text as markup."""
    out, data, notebooks, rc, err = report
    for nb_path in list_notebooks(DEFAULT_NOTEBOOKS):
        nb = nbformat.read(out / nb_path.name, as_version=4)
        for i, cell in enumerate(nb.cells):
            for output in cell.get("outputs", []):
                markup = output.get("data", {}).get("text/html")
                if markup:
                    assert active_markup(Page(markup)) == [], f"{nb_path.name} cell {i}"
                for key in ("text/markdown",):
                    assert XSS_SCRIPT not in output.get("data", {}).get(key, ""), f"{nb_path.name} cell {i}"


def test_clean_html_keeps_tables_and_drops_active_content():
    table = "<table class='dataframe'><thead><tr><th>t</th></tr></thead><tbody><tr><td>&lt;b&gt;</td></tr></tbody></table>"
    assert "<thead>" in clean_html(table) and "&lt;b&gt;" in clean_html(table)
    dirty = (f"<p>{XSS_SCRIPT} {XSS_IMG} {XSS_LINK} <a href='JaVaScRiPt:alert(1)'>x</a>"
             "<svg onload=alert(1)></svg><iframe src='https://example.org'></iframe></p>")
    cleaned = Page(clean_html(dirty))
    assert active_markup(cleaned) == []
    assert not [tag for tag, _ in cleaned.elements if tag in {"script", "iframe", "svg"}]
    assert "full statement" in cleaned.visible


def test_manifest_entry_outside_the_data_folder_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("Private Notes\n\nThe password is swordfish, the treasurer said.\n", encoding="utf-8")
    data = tmp_path / "data"
    write_corpus(data, 2)
    with open(data / "articles.csv", "w", encoding="utf-8") as f:
        f.write("file,source\n../secret.txt,Leak\n")
    corpus = analysis.load_corpus(data)
    assert len(corpus.articles) == 2 and "swordfish" not in " ".join(corpus.articles["text"])
    refused = corpus.problems[corpus.problems["action"] == "refused"]
    assert len(refused) == 1 and "outside the data folder" in refused["reason"].iloc[0]


# --- failures and messages ----------------------------------------------------------------------

def test_failing_notebook_is_named_and_the_others_still_run(tmp_path):
    data = tmp_path / "data"
    write_corpus(data, 1)
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    make_notebook(notebooks / "01_breaks.ipynb", new_markdown_cell("# Breaks"),
                  parameters_cell('data_path = "../data"'), new_code_cell("x = 1"),
                  new_code_cell("import os\nos.path.isdir(data_path)"),
                  new_code_cell("raise LookupError('no group called ' + repr(x))"), new_code_cell("print('never')"))
    make_notebook(notebooks / "02_fine.ipynb", new_markdown_cell("# Fine"), parameters_cell('data_path = "../data"'),
                  new_code_cell("print('fine')"))
    # stderr on a terminal (a pty), CI unset: progress notebook by notebook
    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    proc = subprocess.Popen([sys.executable, "-m", "analysis", "report", str(data), "--out", str(tmp_path / "out"),
                             "--notebooks", str(notebooks)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=follower)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    rc = proc.wait(timeout=300)
    os.close(leader)
    err = b"".join(chunks).decode().replace("\r\n", "\n")
    assert rc == 1
    assert re.search(r"\[1/2\] 01_breaks\.ipynb \.\.\. failed \(\d+\.\d s\)", err), err
    assert re.search(r"\[2/2\] 02_fine\.ipynb \.\.\. ok \(\d+\.\d s\)", err), err
    message = next(line for line in err.splitlines() if line.startswith("error: 01_breaks"))
    # cell 5 of the committed notebook: markdown, parameters, x = 1, isdir, raise
    assert "01_breaks.ipynb failed at cell 5" in message
    assert "raise LookupError" in message and "LookupError: no group called 1" in message
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    row = re.search(r'<tr id="nb-01_breaks">.*?</tr>\s*<tr>.*?</tr>', index, re.S).group()
    assert 'class="failed">failed<' in row and "LookupError: no group called 1" in row
    assert re.search(r'<tr id="nb-02_fine">.*?class="ok">ok<', index, re.S)
    assert "1 of 2 notebook(s) failed: 01_breaks.ipynb" in index
    # the failed notebook's pages still exist, showing the error
    assert "LookupError" in (tmp_path / "out" / "01_breaks.reader.html").read_text(encoding="utf-8")


def test_progress_only_for_a_person_at_a_terminal(monkeypatch):
    class Terminal:
        def isatty(self):
            return True

    class Pipe:
        def isatty(self):
            return False

    monkeypatch.delenv("CI", raising=False)
    assert show_progress(Terminal()) and not show_progress(Pipe())
    monkeypatch.setenv("CI", "true")
    assert not show_progress(Terminal())


@pytest.mark.parametrize("args, message", [
    (["--by", "outlet"], "no column 'outlet'"),
    (["--by", "year", "--groups", "2019", "2020"], "group(s) 2019, 2020 not found"),
])
def test_bad_options_fail_before_running_anything(tmp_path, capsys, args, message):
    data = tmp_path / "data"
    write_corpus(data, 2, years=[2023])
    rc = cli_main(["report", str(data), "--out", str(tmp_path / "out"), "--notebooks", str(tmp_path), *args])
    assert rc == 2 and message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_output_inside_the_data_folder_and_missing_data_are_refused(tmp_path, capsys):
    data = tmp_path / "data"
    write_corpus(data, 1)
    assert cli_main(["report", str(data), "--out", str(data / "report")]) == 2
    assert "inside the data folder" in capsys.readouterr().err
    assert cli_main(["report", str(tmp_path / "missing"), "--out", str(tmp_path / "out")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_folder_without_any_article_is_an_error(tmp_path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    (data / "notes.pdf").write_bytes(b"%PDF-1.4")
    assert cli_main(["report", str(data), "--out", str(tmp_path / "out"), "--notebooks", str(tmp_path)]) == 2
    assert "no article could be loaded" in capsys.readouterr().err


def test_executed_notebook_records_the_parameters(report):
    out, data, notebooks, rc, err = report
    nb = nbformat.read(out / "zz_probe.ipynb", as_version=4)
    params = nb.metadata["papermill"]["parameters"]
    assert params == {"data_path": str(data.resolve()), "by": "year", "title": HOSTILE_TITLE}
    assert json.dumps(params)  # plain JSON values


def test_only_declared_parameters_are_passed(tmp_path):
    """Read from the parameters cell itself: a comment holding ``=`` (which papermill's own
    inspection cannot parse) still declares its parameter; undeclared options are not injected."""
    nb = make_notebook(tmp_path / "nb.ipynb", new_markdown_cell("# P"), parameters_cell(
        'data_path = "../data"  # a folder\n'
        'groups = None  # e.g. ["a", "b"]; None = every group\n'
        'top: int = 10\n'
        'terms = [\n    "one",  # first = best\n    "two",\n]'))
    values = {"data_path": "/abs/data", "by": "source", "groups": ["a", "b"], "title": "T", "top": None}
    assert analysis.report.declared_parameters(nbformat.read(nb, as_version=4)) == ["data_path", "groups", "top", "terms"]
    assert analysis.report.notebook_parameters(nb, values) == {"data_path": "/abs/data", "groups": ["a", "b"]}


def test_input_files_come_from_the_loaded_corpus_without_reading_the_folder_again(tmp_path):
    """The provenance table is the loader's record: files that gave articles with the SHA-256 of the bytes read,
    a file of several records as one row, the manifest with its hash, an entry never opened as 'not read'. The data folder is
    gone when the table is made: nothing is listed or read again."""
    from analysis.report import input_files

    data = tmp_path / "data"
    data.mkdir()
    files = {
        "a.txt": b"Council opens library\n\nThe council said the library would open in May.\n",
        "wire.jsonl": (b'{"text": "The mayor said the budget was final."}\n{"text": ""}\n'
                       b'{"text": "Residents said the vote was a surprise."}\n'),
        "scan.pdf": b"%PDF-1.4 not an article",
        "articles.csv": b"file,title\na.txt,Declared title\n",
    }
    for name, content in files.items():
        (data / name).write_bytes(content)
    corpus = analysis.load_corpus(data)
    shutil.rmtree(data)
    table = input_files(corpus).set_index("file")
    assert list(table.index) == ["a.txt", "articles.csv", "scan.pdf", "wire.jsonl"]
    assert table.loc["a.txt", "sha256"] == hashlib.sha256(files["a.txt"]).hexdigest()
    assert table.loc["wire.jsonl", "sha256"] == hashlib.sha256(files["wire.jsonl"]).hexdigest()
    assert (table.loc["a.txt", "status"], table.loc["wire.jsonl", "status"]) == ("article", "articles")
    assert table.loc["wire.jsonl", "detail"].endswith("(1 record(s) skipped)")
    assert table.loc["articles.csv", "status"] == "manifest" and table.loc["scan.pdf", "status"] == "skipped"
    assert table.loc["articles.csv", "sha256"] == hashlib.sha256(files["articles.csv"]).hexdigest()
    assert table.loc["scan.pdf", "sha256"] == "not read"  # an unsupported type is never opened
    assert table.loc["scan.pdf", "detail"].startswith("unsupported file type .pdf")


def test_a_run_writes_the_executed_notebook_at_its_start_and_end_even_when_the_kernel_dies(tmp_path, monkeypatch):
    """Not before and after every cell (each write serialised the whole notebook, charts included); a kernel that
    dies still leaves the cells run so far in the executed notebook."""
    import papermill.engines

    writes = []
    write = papermill.engines.write_ipynb
    monkeypatch.setattr(papermill.engines, "write_ipynb", lambda nb, path: (writes.append(path), write(nb, path)))
    src = make_notebook(tmp_path / "dies.ipynb", new_code_cell("print('first cell ran')"), new_code_cell("x = 1"),
                        new_code_cell("import os\nos._exit(1)"), new_code_cell("print('never')"))
    with pytest.raises(Exception, match="(?i)dead|died"):
        kernels.execute_notebook(src, tmp_path / "out.ipynb", {}, cwd=tmp_path)
    assert writes == [str(tmp_path / "out.ipynb")] * 2
    executed = nbformat.read(tmp_path / "out.ipynb", as_version=4)
    assert [o.get("text") for o in executed.cells[0].outputs] == ["first cell ran\n"]
    assert "never" not in json.dumps([c.get("outputs") for c in executed.cells])


def test_both_pages_of_a_notebook_sanitise_each_output_once(monkeypatch):
    """The page with code and the reader's page show the same Markdown and HTML: each is sanitised once."""
    from nbformat.v4 import new_output

    import analysis.report.render as render
    seen = []
    monkeypatch.setattr(render, "clean_html", lambda markup: (seen.append(str(markup)), clean_html(markup))[1])
    nb = new_notebook(cells=[new_markdown_cell("# Title\n\nSome *prose*."),
                             new_code_cell("show()", execution_count=1, outputs=[new_output(
                                 "display_data", data={"text/html": "<b>bold</b>", "text/plain": "bold"})])])
    pages = render.render_pages(nb)
    assert "<b>bold</b>" in pages["html"] and "<b>bold</b>" in pages["reader"]
    assert len(seen) == len(set(seen)) == 2
