"""The whole workbook stays true on other corpora: 40 articles from one year, one article (undated
articles: see ``test_report.py``; several outlets: the report of ``test_report_exports.py``, 32 articles of
three outlets by source, checked with :func:`assert_states_no_seed_fact`; the ``groups`` option reaching every
notebook: the Dask report of ``test_dask.py``).

Each test renders the full report with the workbook's notebooks and checks that no notebook
fails, that the index counts what the test wrote, and that no reader page (the prose and the
outputs; code is not checked) states a fact of the two seed articles (their people, places,
outlets and years) that these invented corpora do not contain.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis.report import DEFAULT_NOTEBOOKS, build_report, list_notebooks
from corpora import write_corpus
from test_report import Page

#: Facts of the seed articles (data/articles): none of them occurs in tests/corpora.py's texts.
SEED_FACTS = ["Biden", "Blinken", "Rafah", "Hamas", "Gaza", "Israel", "Netanyahu", "Hady Amr", "Amr ",
              "Palestin", "Laurine Ortiz", "Washington Post", "Egypt", "2021", "2024", "seed"]


def render(tmp_path, errors, **options) -> tuple[Path, object]:
    out = tmp_path / "report"
    report = build_report(tmp_path / "data", out, data_label="data", errors=errors.append, **options)
    return out, report


def assert_true_to_the_corpus(out: Path, report, errors: list[str]) -> None:
    assert list_notebooks(DEFAULT_NOTEBOOKS)
    assert report.ok, errors
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


_REPORTS: dict[str, tuple] = {}


def forty_report(tmp_path_factory) -> tuple[Path, object, list[str]]:
    """``(out_dir, report, errors)`` of the session's report on 40 articles from 2023 (one group by year),
    rendered once: ``test_terms_notebooks.py`` reads its notebooks 01 and 02 too."""
    if "forty" not in _REPORTS:
        base = tmp_path_factory.mktemp("forty-report")
        write_corpus(base / "data", 40, years=[2023], seed=40)
        errors: list[str] = []
        out, report = render(base, errors)
        _REPORTS["forty"] = (out, report, errors)
    return _REPORTS["forty"]


def test_forty_articles_from_one_year(tmp_path_factory):
    out, report, errors = forty_report(tmp_path_factory)
    assert_true_to_the_corpus(out, report, errors)
    index = Page((out / "index.html").read_text(encoding="utf-8")).visible
    assert "40 articles" in index and "1 group by year" in index
    assert re.search(r"2023-\d\d-\d\d to 2023-\d\d-\d\d publication dates", index)


def test_one_article(tmp_path):
    write_corpus(tmp_path / "data", 1, years=[2019], seed=1)
    errors: list[str] = []
    out, report = render(tmp_path, errors)
    assert_true_to_the_corpus(out, report, errors)
    index = Page((out / "index.html").read_text(encoding="utf-8")).visible
    assert "1 article" in index and "1 group by year" in index


@pytest.mark.parametrize("fact", ["Rafah", "2024"])
def test_seed_facts_are_detected_in_a_page(tmp_path, fact):
    """The check above can fail: a page stating a seed fact is caught."""
    (tmp_path / "page.html").write_text(f"<html><body><p>Coverage of {fact} rose.</p></body></html>", encoding="utf-8")
    text = Page((tmp_path / "page.html").read_text(encoding="utf-8")).visible
    assert [f for f in SEED_FACTS if re.search(re.escape(f), text, re.I)] == [fact]
