"""Grouping articles: by any column of the articles table (year, source, author...)."""
from __future__ import annotations

import pandas as pd

#: Label of articles whose grouping value is missing (e.g. no date): they stay visible.
UNKNOWN = "unknown"


def group_labels(articles: pd.DataFrame, by: str) -> pd.Series:
    """The ``by`` column as strings, index aligned with ``articles``; missing values → ``"unknown"``.

    Raises ``KeyError`` naming the available columns when ``by`` is not one of them.
    """
    if by not in articles.columns:
        raise KeyError(f"no column {by!r} in the articles table; choose one of: {', '.join(articles.columns)}")
    values = articles[by]
    labels = values.astype("string").str.strip().replace("", pd.NA).fillna(UNKNOWN)
    return labels.astype(str).rename(by)


def pick_groups(labels: pd.Series, groups: list[str] | tuple[str, ...] | None = None) -> list[str]:
    """The groups to compare: ``groups`` as given (each must exist), else every group, sorted
    with ``unknown`` last.

    Raises ``ValueError`` naming the available groups when a requested one is absent.
    """
    present = sorted(set(labels), key=lambda g: (g == UNKNOWN, g))
    if groups is None:
        return present
    wanted = [str(g) for g in groups]
    missing = [g for g in wanted if g not in present]
    if missing:
        raise ValueError(f"group(s) {', '.join(missing)} not found; the data has: {', '.join(present)}")
    return wanted


#: Columns never suggested for grouping: identifiers, text, provenance and sizes (one value per article, or
#: nothing a reader compares).
NOT_GROUPING = {"article_id", "path", "sha256", "title", "url", "notes", "text", "raw_text", "encoding", "published",
                "n_words", "n_sentences", "n_paragraphs", "title_origin", "author_origin", "published_origin",
                "source_origin"}


def grouping_columns(articles: pd.DataFrame) -> dict[str, int]:
    """Columns that would group ``articles``, with their number of groups: a value in more than half of the
    articles, and 2 to n/2 distinct values (groups of two articles or more on average). Identifier, text,
    provenance and size columns (:data:`NOT_GROUPING`) are never proposed."""
    n = len(articles)
    out = {}
    for column in articles.columns:
        if column in NOT_GROUPING:
            continue
        labels = group_labels(articles, column)
        known = labels[labels != UNKNOWN]
        distinct = known.nunique()
        if len(known) > n / 2 and 2 <= distinct <= max(2, n // 2):
            out[column] = int(distinct)
    return out


def grouping_advice(articles: pd.DataFrame, by: str) -> str | None:
    """One sentence when grouping by ``by`` compares little, else None. It does when half of the articles or
    more have no ``by`` value (they fall in ``unknown``), or when fewer than two ``by`` values are known (the
    only comparison left is with ``unknown``, or none). The sentence names the columns of
    :func:`grouping_columns` that would group the corpus instead."""
    labels = group_labels(articles, by)
    n, unknown = len(labels), int((labels == UNKNOWN).sum())
    known = sorted(set(labels) - {UNKNOWN})
    if n == 0:
        return None
    if unknown == n:
        problem = f"No article has a value for {by}: all {n} fall in the group '{UNKNOWN}', so nothing is compared."
    elif unknown >= n / 2:
        problem = (f"{unknown} of {n} articles have no value for {by} and fall in the group '{UNKNOWN}': comparisons "
                   f"by {by} set them against the articles that have one.")
    elif len(known) == 1 and unknown:
        problem = (f"Only one value of {by} is known ('{known[0]}'); the other {unknown} article(s) fall in "
                   f"'{UNKNOWN}': comparisons by {by} set articles with a value against articles without one.")
    elif len(known) == 1:
        problem = f"Every article falls in one group of {by} ('{known[0]}'), so nothing is compared."
    else:
        return None
    others = {column: k for column, k in grouping_columns(articles).items() if column != by}
    if not others:
        return problem + " No other column of the articles table groups this corpus."
    names = ", ".join(f"{column} ({k} groups)" for column, k in others.items())
    return problem + f" Columns that would group it: {names} (parameter by; report: --by COLUMN)."


#: Rules of :func:`sample_articles`, with the words that name them in a sentence.
SAMPLE_RULES = {"longest": "the longest, by words", "central": "the closest to their group's TF-IDF centroid"}


def sample_articles(articles: pd.DataFrame, by: str, per_group: int | None = 3, rule: str = "longest") -> pd.DataFrame:
    """The same number of articles from each group of ``by``, chosen by ``rule``, for per-article views.

    ``rule``: ``"longest"`` (most words, ``n_words``) or ``"central"`` (highest cosine between the article's TF-IDF
    vector and its group's mean vector: :func:`analysis.terms.centrality`; the most typical article). Ties go to the
    smaller article_id. A group with fewer than ``per_group`` articles gives all of them; ``per_group=None`` keeps
    every article. Rows of ``articles`` (same columns), groups in :func:`pick_groups` order, each group's best first.
    """
    if rule not in SAMPLE_RULES:
        raise ValueError(f"rule must be one of {', '.join(map(repr, SAMPLE_RULES))}, not {rule!r}")
    if per_group is not None and int(per_group) < 1:
        raise ValueError(f"per_group must be at least 1 (or None for every article), not {per_group!r}")
    labels = group_labels(articles, by).to_numpy()
    if rule == "central":
        from .terms import centrality  # terms imports this module
        score = centrality(articles, by=by).round(10).to_numpy()  # equal up to float noise = a tie
    elif "n_words" in articles.columns:
        score = articles["n_words"].to_numpy()
    else:
        from .units import count_words
        score = articles["text"].map(count_words).to_numpy()
    order = {g: i for i, g in enumerate(pick_groups(pd.Series(labels)))}
    ranked = pd.DataFrame({"group": [order[g] for g in labels], "score": score,
                           "article_id": articles["article_id"].astype(str).to_numpy(), "row": range(len(articles))})
    ranked = ranked.sort_values(["group", "score", "article_id"], ascending=[True, False, True], kind="mergesort")
    if per_group is not None:
        ranked = ranked.groupby("group", sort=False).head(int(per_group))
    return articles.iloc[ranked["row"].to_numpy()].reset_index(drop=True)


def describe_sample(sample: pd.DataFrame, articles: pd.DataFrame, by: str, rule: str = "longest") -> str:
    """One sentence saying how many articles a per-article view shows, of how many, chosen how (``sample``:
    :func:`sample_articles` of ``articles``), e.g. "Showing 3 of 29 articles per group (the longest, by words):
    21 of 200 articles in 7 groups."."""
    sizes = group_labels(articles, by).value_counts()
    shown = group_labels(sample, by).value_counts().reindex(sizes.index, fill_value=0)
    if (shown == sizes).all():
        return f"Showing every article: {len(articles)} in {len(sizes)} group(s)."
    of = f"{sizes.min()}" if sizes.min() == sizes.max() else f"{sizes.min()}–{sizes.max()}"
    most, rule_text = int(shown.max()), SAMPLE_RULES.get(rule, rule)
    if (shown == most).all():
        lead = f"Showing {most} of {of} articles per group ({rule_text})"
    else:
        lead = f"Showing up to {most} of {of} articles per group ({rule_text}; smaller groups show all theirs)"
    return f"{lead}: {len(sample)} of {len(articles)} articles in {len(sizes)} group(s)."
