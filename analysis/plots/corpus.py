"""Charts of the corpus itself: article sizes."""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from .style import group_colors, plain, wrap_label


def plot_article_sizes(articles: pd.DataFrame, *, by: str = "year", top: int = 40) -> Figure:
    """Horizontal bars of words per article, coloured by the ``by`` column (missing → ``unknown``).

    Shows at most ``top`` articles (the longest), sorted by size then id.
    """
    data = articles.assign(group=articles[by].astype("string").fillna("unknown"))
    data = data.sort_values(["n_words", "article_id"], ascending=[False, True]).head(top)
    colors = group_colors(data["group"])
    fig, ax = plt.subplots(figsize=(8, 1.2 + 0.38 * len(data)), layout="constrained")
    ax.barh([wrap_label(a, 40, 1) for a in data["article_id"]], data["n_words"],
            color=[colors[g] for g in data["group"]])
    ax.invert_yaxis()
    ax.set_xlabel("words in the clean article text")
    shown = f" (the {len(data)} longest of {len(articles)})" if len(articles) > len(data) else ""
    ax.set_title(plain(f"Article length in words{shown}, coloured by {by}"))
    handles = [plt.Rectangle((0, 0), 1, 1, color=c) for c in colors.values()]
    fig.legend(handles, [plain(g) for g in colors], title=plain(by), loc="outside right upper")
    return fig
