"""Term frequency: counts and rates of every term per group of articles.

Rates are per 1,000 words, where words are the word tokens of the article or group (stop words included,
clitics not: the ``n_words`` of the articles table), for n-grams as for unigrams. Counts come from
:func:`analysis.counts.term_counts` (one code path on one core, every core or a Dask cluster).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .analyzer import excluded_terms, without_terms
from .counts import TermCounts, count_terms, group_term_counts
from .display import decimal
from .execute import require_pandas
from .units import STOP_WORDS

FREQUENCY_COLUMNS = ["group", "term", "ngram", "count", "words", "rate_per_1000", "rank"]


def term_frequency(articles: pd.DataFrame, *, by: str = "article_id", ngram_range: tuple[int, int] = (1, 1),
                   stop_words: frozenset[str] | None = STOP_WORDS, exclude_sources: bool | None = None,
                   progress: bool | None = None, counts: TermCounts | None = None, scheduler: str | None = None,
                   workers: int | None = None) -> pd.DataFrame:
    """Counts and rates of every term per group of ``by`` (``"article_id"``: per article).

    rate_per_1000 = 1000 · count / words, where words = the word tokens of the group.

    Parameters
    ----------
    articles : DataFrame or dask DataFrame
        The articles table.
    by : str
        Grouping column (``"article_id"``: one group per article).
    ngram_range, stop_words
        Term rules (:func:`analysis.analyzer.analyze`).
    exclude_sources : bool, optional
        Leave out the words of the outlets' own names (:func:`analysis.analyzer.source_terms`) as if stop words;
        None (default): when ``by == "source"``.
    progress : bool, optional
        A progress bar (:mod:`analysis.progress`).
    counts : TermCounts, optional
        :func:`analysis.counts.term_counts` of ``articles``, to skip tokenising.
    scheduler, workers
        Where the counting runs (:func:`analysis.execute.executor_for`); the same table in every mode.

    Returns
    -------
    DataFrame
        Columns group, term, ngram (1 = unigram), count, words, rate_per_1000, rank (1 = most frequent in the
        group); sorted by group, then count descending, then term.
    """
    excluded = excluded_terms(articles, by=by, exclude_sources=exclude_sources)
    table = frequency_table(*group_term_counts(articles, by=by, ngram_range=ngram_range, stop_words=stop_words,
                                               progress=progress, counts=counts, scheduler=scheduler,
                                               workers=workers))
    return without_terms(table, excluded, groups=["group"])


def frequency_table(freq: pd.DataFrame, group_words: pd.Series) -> pd.DataFrame:
    """The :func:`term_frequency` table from per-group counts (group, term, ngram, count) and word totals."""
    freq = freq.copy()
    freq["words"] = group_words.reindex(freq["group"]).to_numpy()
    freq["rate_per_1000"] = 1000 * freq["count"] / freq["words"]
    freq = freq.sort_values(["group", "count", "term"], ascending=[True, False, True], ignore_index=True)
    freq["rank"] = freq.groupby("group").cumcount() + 1
    return freq[FREQUENCY_COLUMNS]


#: Words every news story uses (reporting verbs, courtesy titles): never picked as a default keyword by
#: :func:`most_frequent`, which would otherwise choose "said" on almost any corpus. They are still counted.
NEWS_WORDS = frozenset("said says say told tells added adds according mr mrs ms dr".split())


def most_frequent(articles: pd.DataFrame, n: int = 4, *, stop_words: frozenset[str] | None = STOP_WORDS,
                  skip: frozenset[str] = NEWS_WORDS) -> list[str]:
    """The ``n`` most frequent single-word terms of all ``articles`` together (count, then term), except ``skip``
    (:data:`NEWS_WORDS`: a default keyword should say what the articles are about)."""
    require_pandas(articles, "most_frequent")
    counted = count_terms(articles["text"], stop_words=stop_words)
    totals = pd.DataFrame({"term": counted.terms, "count": np.asarray(counted.matrix.sum(axis=0)).ravel()})
    totals = totals[~totals["term"].isin(skip)]
    return list(totals.sort_values(["count", "term"], ascending=[False, True])["term"].head(n))


def top_terms(frequency: pd.DataFrame, *, top: int = 10, value: str = "count") -> pd.DataFrame:
    """The ``top`` rows of each group of a frequency or TF-IDF table, by ``value`` then term."""
    ordered = frequency.sort_values(["group", value, "term"], ascending=[True, False, True], kind="stable")
    return ordered.groupby("group", sort=False).head(top).reset_index(drop=True)


def describe_frequency(frequency: pd.DataFrame, *, top: int = 3) -> list[str]:
    """Sentences stating each group's most frequent terms (count and rate), from :func:`term_frequency`."""
    if frequency.empty:
        return ["No terms were found (empty texts, or stop words only)."]
    out = []
    for group, rows in frequency.groupby("group", sort=True):
        rows = rows.sort_values(["count", "term"], ascending=[False, True]).head(top)
        terms = ", ".join(f"{r.term} ({r.count}×, {decimal(r.rate_per_1000)} per 1,000 words)"
                          for r in rows.itertuples(index=False))
        out.append(f"{group} ({rows['words'].iloc[0]:,} words): most frequent {terms}.")
    return out


def describe_exclusive(frequency: pd.DataFrame, *, top: int = 10) -> list[str]:
    """Sentences naming, per group, the terms among its ``top`` most frequent that no other group uses."""
    groups = sorted(frequency["group"].unique())
    if len(groups) < 2:
        return []
    out = []
    for group in groups:
        mine = frequency[frequency["group"] == group].sort_values(["count", "term"], ascending=[False, True])
        others = set(frequency.loc[frequency["group"] != group, "term"])
        only = [t for t in mine["term"].head(top) if t not in others]
        verb = "occurs" if len(only) == 1 else "occur"
        out.append(f"Of the {top} most frequent terms of {group}, {len(only)} never {verb} in the other groups"
                   + (f": {', '.join(only)}." if only else "."))
    return out
