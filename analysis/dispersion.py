"""Dispersion: where in each article a term occurs (for a lexical dispersion plot)."""
from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from .concordance import find_terms
from .display import percent
from .execute import require_pandas
from .groups import article_labels
from .units import iter_tokens

DISPERSION_COLUMNS = ["article_id", "group", "term", "position", "relative_position", "tokens"]


def dispersion(articles: pd.DataFrame, terms: Iterable[str], *, by: str = "year") -> pd.DataFrame:
    """Where each of ``terms`` occurs in each article, for a lexical dispersion plot.

    relative_position = position / tokens (0 = start of the article, 1 = end).

    Parameters
    ----------
    articles : DataFrame
        The articles table (pandas).
    terms : iterable of str
        Words or phrases, normalised as every term (:mod:`analysis.analyzer`).
    by : str
        Grouping column.

    Returns
    -------
    DataFrame
        Columns article_id, group (label of ``by``), term (as requested), position (token index),
        relative_position, tokens (tokens in the article); sorted by article, term, position.
    """
    require_pandas(articles, "dispersion")
    terms = list(dict.fromkeys(terms))
    labels = article_labels(articles, by=by)
    n_tokens = {a: sum(1 for _ in iter_tokens(t)) for a, t in zip(articles["article_id"], articles["text"])}
    rows = []
    for row in find_terms(articles, terms).itertuples(index=False):
        n = n_tokens[row.article_id]
        rows.append((row.article_id, labels[row.article_id], row.query, row.position, row.position / n, n))
    out = pd.DataFrame(rows, columns=DISPERSION_COLUMNS)
    return out.sort_values(["article_id", "term", "position"], ignore_index=True)


def describe_dispersion(spread: pd.DataFrame, terms: Iterable[str], n_articles: int) -> list[str]:
    """Sentences stating, per term of a :func:`dispersion` table, how many articles use it and where."""
    out = []
    for term in dict.fromkeys(terms):
        rows = spread[spread["term"] == term]
        if rows.empty:
            out.append(f"{term}: not used in any of the {n_articles} article(s).")
            continue
        out.append(f"{term}: {len(rows)} occurrence(s) in {rows['article_id'].nunique()} of {n_articles} article(s); "
                   f"first at {percent(rows['relative_position'].min(), 0)}, "
                   f"median at {percent(rows['relative_position'].median(), 0)} "
                   "of the way through the text.")
    return out
