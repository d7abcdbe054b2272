"""Notebooks on a corpus whose default grouping compares nothing: six undated articles from two outlets
(``by="year"`` puts every article in ``unknown``), an empty file that loading skips, and no gold annotation.
The pages say so in one sentence each, and show no red box of loader warnings and no NaN table.
The corpus is written by the test (tests/corpora.py); the two runs share two workers."""
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest

from analysis.report.kernels import execute_notebook

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


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    root = tmp_path_factory.mktemp("notes")
    write_corpus(root / "data", 6, sources=["Wire", "Paper"], dated=False)
    (root / "data" / "empty.txt").write_bytes(b"")
    with ThreadPoolExecutor(max_workers=2) as pool:
        jobs = {name: pool.submit(execute_notebook, NOTEBOOKS / name, root / name, {"data_path": str(root / "data")},
                                  cwd=NOTEBOOKS) for name in NAMES}
        for job in jobs.values():
            job.result()
    return {name: outputs(root / name) for name in NAMES}


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
