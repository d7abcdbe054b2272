"""Grouping articles: by any column of the articles table (year, source, author...)."""
from __future__ import annotations

import pandas as pd

#: Label of articles whose grouping value is missing (e.g. no date): they stay visible.
UNKNOWN = "unknown"


def group_labels(articles: pd.DataFrame, *, by: str) -> pd.Series:
    """The ``by`` column as strings, index aligned with ``articles``; missing values → ``"unknown"``.

    Raises ``KeyError`` naming the available columns when ``by`` is not one of them.
    """
    if by not in articles.columns:
        raise KeyError(f"no column {by!r} in the articles table; choose one of: {', '.join(articles.columns)}")
    values = articles[by]
    labels = values.astype("string").str.strip().replace("", pd.NA).fillna(UNKNOWN)
    return labels.astype(str).rename(by)


def article_labels(articles: pd.DataFrame, *, by: str) -> pd.Series:
    """:func:`group_labels` indexed by ``article_id`` (the label of each article, looked up by id)."""
    return group_labels(articles, by=by).set_axis(articles["article_id"])


def pick_groups(labels: pd.Series, *, groups: list[str] | tuple[str, ...] | None = None) -> list[str]:
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
        labels = group_labels(articles, by=column)
        known = labels[labels != UNKNOWN]
        distinct = known.nunique()
        if len(known) > n / 2 and 2 <= distinct <= max(2, n // 2):
            out[column] = int(distinct)
    return out


def grouping_advice(articles: pd.DataFrame, *, by: str) -> str | None:
    """One sentence when grouping by ``by`` compares little, else None. It does when half of the articles or
    more have no ``by`` value (they fall in ``unknown``), or when fewer than two ``by`` values are known (the
    only comparison left is with ``unknown``, or none). The sentence names the columns of
    :func:`grouping_columns` that would group the corpus instead."""
    labels = group_labels(articles, by=by)
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
        missing = [(column, noun, what) for column, noun, what in
                   (("source", "source", "outlets"), ("published", "publication date", "periods"))
                   if column not in articles.columns or articles[column].isna().all()]
        hint = (f": to compare {' or '.join(m[2] for m in missing)}, give each file its "
                f"{' and '.join(m[1] for m in missing)} in an articles.csv in the data folder (columns file, "
                f"{', '.join(m[0] for m in missing)}; README, Data)") if missing else ""
        return problem + f" No other column of the articles table groups this corpus{hint}."
    names = ", ".join(f"{column} ({k} groups)" for column, k in others.items())
    return problem + f" Columns that would group it: {names} (parameter by; report: --by COLUMN)."
