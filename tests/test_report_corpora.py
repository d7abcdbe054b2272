"""The whole workbook stays true on other corpora: 40 articles from one year, one article (undated
articles: see ``test_report.py``; several outlets: the report of ``test_report_exports.py``, 32 articles of
three outlets by source, checked with :func:`assert_states_no_seed_fact`; the ``groups`` option reaching every
notebook: the Dask report of ``test_dask.py``).

Each report is rendered by ``python -m analysis report`` with the workbook's notebooks while the tests before
these run (``report_runs.py``); each test checks that no notebook fails, that the index counts what the test
wrote, and that no reader page (the prose and the outputs; code is not checked) states a fact of the two seed
articles (their people, places, outlets and years) that these invented corpora do not contain.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import report_runs
from analysis.report import DEFAULT_NOTEBOOKS, list_notebooks
from corpora import write_corpus
from test_report import Page

#: Facts of the seed articles (data/articles): none of them occurs in tests/corpora.py's texts.
SEED_FACTS = ["Biden", "Blinken", "Rafah", "Hamas", "Gaza", "Israel", "Netanyahu", "Hady Amr", "Amr ",
              "Palestin", "Laurine Ortiz", "Washington Post", "Egypt", "2021", "2024", "seed"]


def corpus_of(n_articles: int, year: int):
    """Writes ``n_articles`` from ``year`` into ``BASE/data``; the report (default options) goes to
    ``BASE/report``, the data shown as ``data``, as typed in ``BASE``."""
    def prepare(base: Path) -> tuple[list[str], None]:
        write_corpus(base / "data", n_articles, years=[year], seed=n_articles)
        return ["data", "--out", "report"], None
    return prepare


report_runs.add("forty", corpus_of(40, 2023), readers={"test_report_corpora.py::test_forty_articles_from_one_year",
                                                       "test_terms_notebooks.py::test_a_single_group"})
report_runs.add("one", corpus_of(1, 2019), readers={"test_report_corpora.py::test_one_article"})


def rendered(name: str, tmp_path_factory) -> tuple[Path, int, str]:
    """``(out_dir, returncode, stderr)`` of the session's report ``name``."""
    run = report_runs.rendered(name, tmp_path_factory)
    return run.base / "report", run.returncode, run.stderr


def forty_report(tmp_path_factory) -> tuple[Path, int, str]:
    """:func:`rendered` of the session's report on 40 articles from 2023 (one group by year):
    ``test_terms_notebooks.py`` reads its notebooks 01 and 02 too."""
    return rendered("forty", tmp_path_factory)


def assert_true_to_the_corpus(out: Path, returncode: int, stderr: str) -> None:
    assert list_notebooks(DEFAULT_NOTEBOOKS)
    assert returncode == 0, stderr  # 0: every notebook ran (1 when one failed)
    assert_states_no_seed_fact(out)


def assert_states_no_seed_fact(out: Path) -> None:
    """No reader page of the report in ``out``, nor its index, states one of :data:`SEED_FACTS`."""
    pages = sorted(out.glob("*.reader.html")) + [out / "index.html"]  # the sentences, not the code
    assert len(pages) > 1
    for page in pages:
        text = Page(page.read_text(encoding="utf-8")).visible
        stated = [fact for fact in SEED_FACTS if re.search(re.escape(fact), text, re.I)]
        assert stated == [], (f"{page.name} mentions {stated}, words of the seed articles that this corpus never "
                              "uses: a default parameter or static text tied to the seeds?")


def test_forty_articles_from_one_year(tmp_path_factory):
    out, returncode, stderr = forty_report(tmp_path_factory)
    assert_true_to_the_corpus(out, returncode, stderr)
    index = Page((out / "index.html").read_text(encoding="utf-8")).visible
    assert "40 articles" in index and "1 group by year" in index
    assert re.search(r"2023-\d\d-\d\d to 2023-\d\d-\d\d publication dates", index)


def test_one_article(tmp_path_factory):
    out, returncode, stderr = rendered("one", tmp_path_factory)
    assert_true_to_the_corpus(out, returncode, stderr)
    index = Page((out / "index.html").read_text(encoding="utf-8")).visible
    assert "1 article" in index and "1 group by year" in index


@pytest.mark.parametrize("fact", ["Rafah", "2024"])
def test_seed_facts_are_detected_in_a_page(tmp_path, fact):
    """The check above can fail: a page stating a seed fact is caught."""
    (tmp_path / "page.html").write_text(f"<html><body><p>Coverage of {fact} rose.</p></body></html>", encoding="utf-8")
    text = Page((tmp_path / "page.html").read_text(encoding="utf-8")).visible
    assert [f for f in SEED_FACTS if re.search(re.escape(f), text, re.I)] == [fact]
