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
