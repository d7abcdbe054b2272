"""Which articles a per-article view shows: the same number from each group, chosen by a stated rule."""
from __future__ import annotations

import pandas as pd

from .groups import group_labels, pick_groups
from .terms import centrality
from .units import count_words


#: Rules of :func:`sample_articles`, with the words that name them in a sentence.
SAMPLE_RULES = {"longest": "the longest, by words", "central": "the closest to their group's TF-IDF centroid"}


def sample_articles(articles: pd.DataFrame, *, by: str, per_group: int | None = 3,
                    rule: str = "longest") -> pd.DataFrame:
    """The same number of articles from each group of ``by``, chosen by a stated rule, for per-article views.

    Parameters
    ----------
    articles : pandas.DataFrame
        The articles table.
    by : str
        The grouping (:func:`analysis.group_labels`).
    per_group : int or None
        Articles per group; a group with fewer gives all of them; None keeps every article.
    rule : {"longest", "central"}
        ``"longest"``: most words (``n_words``); ``"central"``: highest cosine between the article's TF-IDF
        vector and its group's mean vector (:func:`analysis.terms.centrality`; the most typical article).
        Ties go to the smaller ``article_id``.

    Returns
    -------
    pandas.DataFrame
        Rows of ``articles`` (same columns), groups in :func:`~analysis.groups.pick_groups` order, each
        group's best first.
    """
    if rule not in SAMPLE_RULES:
        raise ValueError(f"rule must be one of {', '.join(map(repr, SAMPLE_RULES))}, not {rule!r}")
    if per_group is not None and int(per_group) < 1:
        raise ValueError(f"per_group must be at least 1 (or None for every article), not {per_group!r}")
    labels = group_labels(articles, by=by).to_numpy()
    if rule == "central":
        score = centrality(articles, by=by).round(10).to_numpy()  # equal up to float noise = a tie
    elif "n_words" in articles.columns:
        score = articles["n_words"].to_numpy()
    else:
        score = articles["text"].map(count_words).to_numpy()
    order = {g: i for i, g in enumerate(pick_groups(pd.Series(labels)))}
    ranked = pd.DataFrame({"group": [order[g] for g in labels], "score": score,
                           "article_id": articles["article_id"].astype(str).to_numpy(), "row": range(len(articles))})
    ranked = ranked.sort_values(["group", "score", "article_id"], ascending=[True, False, True], kind="mergesort")
    if per_group is not None:
        ranked = ranked.groupby("group", sort=False).head(int(per_group))
    return articles.iloc[ranked["row"].to_numpy()].reset_index(drop=True)


def describe_sample(sample: pd.DataFrame, articles: pd.DataFrame, *, by: str, rule: str = "longest") -> str:
    """One sentence saying how many articles a per-article view shows, of how many, chosen how.

    Parameters
    ----------
    sample : pandas.DataFrame
        :func:`sample_articles` of ``articles``.
    articles : pandas.DataFrame
        The articles it was drawn from.
    by : str
        The grouping it was drawn by.
    rule : str
        The rule it was drawn with (:data:`SAMPLE_RULES`).

    Returns
    -------
    str
        E.g. "Showing 3 of 29 articles per group (the longest, by words): 21 of 200 articles in 7 groups."
    """
    sizes = group_labels(articles, by=by).value_counts()
    shown = group_labels(sample, by=by).value_counts().reindex(sizes.index, fill_value=0)
    if (shown == sizes).all():
        return f"Showing every article: {len(articles)} in {len(sizes)} group(s)."
    of = f"{sizes.min()}" if sizes.min() == sizes.max() else f"{sizes.min()}–{sizes.max()}"
    most, rule_text = int(shown.max()), SAMPLE_RULES.get(rule, rule)
    if (shown == most).all():
        lead = f"Showing {most} of {of} articles per group ({rule_text})"
    else:
        lead = f"Showing up to {most} of {of} articles per group ({rule_text}; smaller groups show all theirs)"
    return f"{lead}: {len(sample)} of {len(articles)} articles in {len(sizes)} group(s)."
