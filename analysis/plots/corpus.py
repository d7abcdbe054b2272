"""Charts of the corpus itself: article sizes."""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from ..groups import group_labels
from .style import chart_colors, plain, short_labels, with_colors


def plot_article_sizes(articles: pd.DataFrame, *, by: str = "year", top: int = 40, colors=None) -> Figure:
    """Horizontal bars of words per article, coloured by group.

    Parameters
    ----------
    articles : pandas.DataFrame
        The articles table (``article_id``, ``n_words``).
    by : str
        The grouping (:func:`analysis.group_labels`; missing → ``unknown``).
    top : int
        At most this many articles: the longest of each group, as many from each (all of a smaller group's),
        sorted by size then id, so that every group is in the chart.
    colors : dict, optional
        Group → colour (:func:`analysis.group_colors`); None: assigned to the groups of the data.

    Returns
    -------
    matplotlib.figure.Figure
        The chart; its ``group_colors`` is the mapping group → colour it drew with.
    """
    data = articles.assign(group=group_labels(articles, by=by).to_numpy())
    data = data.sort_values(["n_words", "article_id"], ascending=[False, True])
    if len(data) > top:  # the longest of each group, so that a group of short articles is not left out
        data = data.groupby("group", sort=False).head(max(1, top // data["group"].nunique()))
    used = chart_colors(colors, sorted(data["group"]))
    names = short_labels(data["article_id"], 40)
    fig, ax = plt.subplots(figsize=(10, 1.2 + 0.38 * len(data)), layout="constrained")
    ax.barh([plain(names[str(a)]) for a in data["article_id"]], data["n_words"],
            color=[used[g] for g in data["group"]])
    ax.invert_yaxis()
    ax.set_xlabel("words in the clean article text")
    shown = f" (the longest of each {by}: {len(data)} of {len(articles)})" if len(articles) > len(data) else ""
    fig.suptitle(plain(f"Article length in words{shown}, coloured by {by}"))  # above the legend, never under it
    handles = [plt.Rectangle((0, 0), 1, 1, color=c) for c in used.values()]
    ax.legend(handles, [plain(g) for g in used], title=plain(by), loc="upper left", bbox_to_anchor=(1.01, 1))
    return with_colors(fig, used)
