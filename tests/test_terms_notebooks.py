"""Notebooks 01 and 02 run unchanged on other corpora: several articles per year in three years
(group vs rest), and a single group. Corpora are written by the tests (tests/corpora.py); the two
three-year runs share two workers, each run with its own kernel. The single group is the 40 articles from
2023 of ``test_report_corpora.py``: its report's notebooks 01 and 02 are read, not run again."""
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest

from analysis.report.kernels import execute_notebook

from corpora import write_corpus
from test_report_corpora import forty_report

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
NAMES = ["01_term_frequency.ipynb", "02_tfidf_comparison.ipynb"]
CORPORA = {"three_years": dict(n_articles=9, years=[2021, 2022, 2023])}


def run(name, data, out):
    # the report's runner: kernels on private IPC sockets, so parallel runs cannot race for a TCP port
    execute_notebook(NOTEBOOKS / name, out, {"data_path": str(data)}, cwd=NOTEBOOKS)
    return outputs(out)


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


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    root = tmp_path_factory.mktemp("term_notebooks")
    jobs = {}
    for corpus, options in CORPORA.items():
        write_corpus(root / corpus, options["n_articles"], years=options["years"])
        for name in NAMES:
            jobs[(corpus, name)] = (name, root / corpus, root / f"{corpus}-{name}")
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {key: pool.submit(run, *args) for key, args in jobs.items()}
        return {key: future.result() for key, future in futures.items()}


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
