"""Notebooks on a corpus whose default grouping compares nothing: six undated articles from two outlets
(``by="year"`` puts every article in ``unknown``), an empty file that loading skips, and no gold annotation.
The pages say so in one sentence each, and show no red box of loader warnings and no NaN table.
The corpus is written by the test (tests/corpora.py); the two notebooks are a report, rendered while other tests
run (``report_runs.py``)."""
import re
import shutil
from pathlib import Path

import nbformat
import pytest

import report_runs
from corpora import write_corpus

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
NAMES = ["02_tfidf_comparison.ipynb", "03_quote_attribution.ipynb"]


def outputs(path):
    """(stderr streams, Markdown outputs unescaped, HTML tables) of an executed notebook."""
    nb = nbformat.read(path, as_version=4)
    every = [o for c in nb.cells for o in c.get("outputs", [])]
    assert not [o for o in every if o.get("output_type") == "error"]
    stderr = [o["text"] for o in every if o.get("output_type") == "stream" and o.get("name") == "stderr"]
    markdown = [re.sub(r"\\(.)", r"\1", o["data"]["text/markdown"]) for o in every if "text/markdown" in o.get("data", {})]
    tables = [o["data"]["text/html"] for o in every if "text/html" in o.get("data", {})]
    return stderr, "\n".join(markdown), tables


def prepare(base: Path) -> tuple[list[str], None]:
    """The corpus and the two notebooks: the report's arguments."""
    write_corpus(base / "data", 6, sources=["Wire", "Paper"], dated=False)
    (base / "data" / "empty.txt").write_bytes(b"")
    (base / "notebooks").mkdir()
    for name in NAMES:
        shutil.copy(NOTEBOOKS / name, base / "notebooks" / name)
    return ["data", "--out", "report", "--notebooks", "notebooks"], None


report_runs.add("notes", prepare, readers={"test_notebook_notes.py"})


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    run = report_runs.rendered("notes", tmp_path_factory)
    assert run.returncode == 0, run.stderr  # both notebooks ran
    return {name: outputs(run.base / "report" / name) for name in NAMES}


@pytest.mark.parametrize("name", NAMES)
def test_the_page_names_a_grouping_that_compares_something(name, pages):
    stderr, markdown, _ = pages[name]
    assert "No article has a value for year: all 6 fall in the group 'unknown'" in markdown
    assert "Columns that would group it: source (2 groups)" in markdown
    # loader problems: one line pointing to notebook 00, not a red box of warnings
    assert "Loading skipped 1 file(s)" in markdown and "notebook 00" in markdown
    assert not [text for text in stderr if "empty.txt" in text]
    assert "one or two articles" not in markdown  # the one group has six


def test_comparisons_say_why_they_are_empty(pages):
    _, markdown, tables = pages["02_tfidf_comparison.ipynb"]
    assert markdown.count("Nothing to compare: a comparison needs two groups of 'year'") >= 4
    assert "A comparison needs two groups" in markdown  # the findings


def test_quality_without_gold_is_one_sentence(pages):
    _, markdown, tables = pages["03_quote_attribution.ipynb"]
    assert "Quality is not measured here: none of the 6 article(s) loaded has a gold annotation" in markdown
    assert not [t for t in tables if re.search(r">(NaN|None|NaT|nan)<", t)]
