"""Notebooks 01 and 02 run unchanged on other corpora: several articles per year in three years
(group vs rest), and a single group. Corpora are written by the tests (tests/corpora.py). The three years are a
report of these two notebooks, rendered while other tests run (``report_runs.py``); the single group is the 40
articles from 2023 of ``test_report_corpora.py``: its report's notebooks 01 and 02 are read, not run again."""
import re
import shutil
from pathlib import Path

import nbformat
import pytest

import report_runs
from corpora import write_corpus
from test_report_corpora import forty_report

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
NAMES = ["01_term_frequency.ipynb", "02_tfidf_comparison.ipynb"]


def outputs(executed: Path) -> tuple[list, str]:
    """The error outputs of an executed notebook and its printed text (streams and findings)."""
    nb = nbformat.read(executed, as_version=4)
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    shown = [o for c in nb.cells for o in c.get("outputs", [])]
    printed = "\n".join([o.get("text", "") for o in shown if o.get("output_type") == "stream"]
                        # findings: Markdown, escaped
                        + [re.sub(r"\\(.)", r"\1", o["data"]["text/markdown"]) for o in shown
                           if "text/markdown" in o.get("data", {})])
    return errors, printed


def prepare(base: Path) -> tuple[list[str], None]:
    """Nine articles, three a year in 2021-2023, and the two notebooks: the report's arguments."""
    write_corpus(base / "data", 9, years=[2021, 2022, 2023])
    (base / "notebooks").mkdir()
    for name in NAMES:
        shutil.copy(NOTEBOOKS / name, base / "notebooks" / name)
    return ["data", "--out", "report", "--notebooks", "notebooks"], None


report_runs.add("three_years", prepare, readers={"test_terms_notebooks.py::test_several_articles_per_year_in_three_years"})


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    run = report_runs.rendered("three_years", tmp_path_factory)
    assert run.returncode == 0, run.stderr  # both notebooks ran
    return {("three_years", name): outputs(run.base / "report" / name) for name in NAMES}


@pytest.mark.parametrize("name", NAMES)
def test_several_articles_per_year_in_three_years(name, runs):
    errors, printed = runs[("three_years", name)]
    assert not errors
    assert "9 article(s) in 3 group(s) of 'year': 2021, 2022, 2023" in printed
    if name.startswith("02"):
        assert "Comparisons: 2021 vs rest; 2022 vs rest; 2023 vs rest" in printed
        assert "2022 vs rest, most distinctive of 2022 by log-likelihood" in printed
    else:
        assert "in the other groups" in printed
        assert "and 3 of 3 group(s)" in printed  # the concordance takes hits from every group
    assert "Showing every article: 9 in 3 group(s)." in printed  # 3 per year, per_group = 3


@pytest.mark.parametrize("name", NAMES)
def test_a_single_group(name, tmp_path_factory):
    out, _, _ = forty_report(tmp_path_factory)
    errors, printed = outputs(out / name)
    assert not errors
    assert "40 article(s) in 1 group(s) of 'year': 2023" in printed
    if name.startswith("02"):
        assert "Nothing to compare: a comparison needs two groups of 'year', and the articles chosen form 1 (2023)." in printed
        assert "A comparison needs two groups" in printed
