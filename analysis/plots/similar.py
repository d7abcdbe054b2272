"""Charts of similarity between articles: a TF-IDF cosine heatmap and a map of shared passages.

Each function takes a table from :mod:`analysis.similar` and returns a Figure; with nothing to show the Figure says
so. Article ids and group names are data: every label is drawn literally (:func:`~analysis.plots.style.plain`).
"""
from __future__ import annotations

from collections.abc import Mapping

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from .style import chart_colors, message_figure, plain, short_labels, with_colors

#: Most articles a heatmap draws (a label per row stays readable); the title says when some are left out.
MAX_HEATMAP = 40


def _colour_ticks(labels, groups: list[str], colors: Mapping[str, str]) -> None:
    for label, group in zip(labels, groups):
        label.set_color(colors.get(group, "black"))


def plot_similarity_heatmap(matrix: pd.DataFrame, *, article_groups: Mapping[str, str] | None = None,
                            title: str | None = None, colors=None, max_articles: int = MAX_HEATMAP) -> Figure:
    """TF-IDF cosine of every pair of articles as a heatmap (darker = more alike; the diagonal, each article with
    itself, grey), articles ordered by group.

    ``matrix``: :func:`analysis.similar.similarity_matrix`. ``article_groups``: article id → group; tick labels
    (ids shortened in the middle) then take the group's colour from ``colors`` (:func:`analysis.group_colors`),
    and a legend names the groups. The first ``max_articles`` articles of that order are drawn (the title says
    so). The Figure's ``group_colors`` is the mapping it drew with.
    """
    title = title or "How alike are the articles? TF-IDF cosine of every pair"
    if matrix.empty:
        return message_figure(title, "No article to compare.")
    ids = [str(i) for i in matrix.index]
    groups = {i: str((article_groups or {}).get(i, "")) for i in ids}
    order = sorted(ids, key=lambda i: (groups[i], ids.index(i)))
    if len(order) > max_articles:
        title += f" (first {max_articles} of {len(order)} articles)"
        order = order[:max_articles]
    data = matrix.loc[order, order].to_numpy(dtype=float, copy=True)
    np.fill_diagonal(data, np.nan)  # an article with itself: grey, so that the colours show the pairs
    shown_groups = [g for g in dict.fromkeys(groups[i] for i in order) if g]
    colors = chart_colors(colors, shown_groups) if shown_groups else {}
    labels = short_labels(order, 28)
    size = min(4 + 0.32 * len(order), 16)
    fig, ax = plt.subplots(figsize=(size + 1.8, size), layout="constrained")
    cmap = plt.get_cmap("Blues").with_extremes(bad="#DDDDDD")
    image = ax.imshow(data, cmap=cmap, vmin=0, vmax=1)
    ticks = [plain(labels[i]) for i in order]
    ax.set_xticks(range(len(order)), ticks, rotation=90, fontsize=7)
    ax.set_yticks(range(len(order)), ticks, fontsize=7)
    _colour_ticks(ax.get_xticklabels(), [groups[i] for i in order], colors)
    _colour_ticks(ax.get_yticklabels(), [groups[i] for i in order], colors)
    if len(order) <= 12:  # the values themselves, where they fit
        for r in range(len(order)):
            for c in range(len(order)):
                if r == c:
                    continue
                ax.text(c, r, f"{data[r, c]:.2f}", ha="center", va="center", fontsize=7,
                        color="white" if data[r, c] > 0.6 else "black")
    fig.colorbar(image, ax=ax, shrink=0.6, label="TF-IDF cosine")
    if colors:
        handles = [Patch(color=c, label=plain(f"group {g}")) for g, c in colors.items()]
        fig.legend(handles=handles, loc="outside lower center", ncols=min(len(handles), 5), fontsize=8,
                   frameon=False)
    ax.set_title(plain(title))
    return with_colors(fig, colors)


def plot_shared_passages(pairs: pd.DataFrame, passages: pd.DataFrame, articles: pd.DataFrame, *,
                         article_groups: Mapping[str, str] | None = None, top: int = 10, title: str | None = None,
                         colors=None) -> Figure:
    """Where the shared passages lie in each article of the first ``top`` pairs of near-duplicates.

    ``pairs`` and ``passages``: :func:`analysis.similar.near_duplicates` (``passages=True``); ``articles``: the
    articles table (each article's length). Each pair is two bars, one per article, spanning its text (0 = start,
    1 = end, by characters); the shared passages are filled with the article's group colour (``article_groups``:
    id → group, ``colors``: :func:`analysis.group_colors`), the rest is light grey. Labels give the id and the share
    of its words inside shared passages.
    """
    title = title or "Shared passages: where each near-duplicate pair shares text"
    if pairs.empty:
        return message_figure(title, "No pair of articles shares passages above the threshold.")
    shown = pairs.head(top)
    if len(pairs) > len(shown):
        title += f" (first {len(shown)} of {len(pairs)} pairs)"
    lengths = dict(zip(articles["article_id"].astype(str), articles["text"].astype(str).str.len()))
    groups = {str(k): str(v) for k, v in (article_groups or {}).items()}
    names = [str(n) for pair in shown[["article_a", "article_b"]].to_numpy() for n in pair]
    shown_groups = [g for g in dict.fromkeys(groups.get(n, "") for n in names) if g]
    colors = chart_colors(colors, shown_groups) if shown_groups else {}
    labels = short_labels(names, 30)
    fig, ax = plt.subplots(figsize=(10, 1.2 + 0.9 * len(shown)), layout="constrained")
    ticks, y = [], 0
    for pair in shown.itertuples(index=False):
        rows = passages[(passages["article_a"] == pair.article_a) & (passages["article_b"] == pair.article_b)]
        for side, share in (("a", pair.shared_share_a), ("b", pair.shared_share_b)):
            aid = str(getattr(pair, f"article_{side}"))
            length = max(int(lengths.get(aid, 1)), 1)
            ax.barh(y, 1, left=0, height=0.7, color="#EEEEEE", edgecolor="#BBBBBB", linewidth=0.5)
            color = colors.get(groups.get(aid, ""), "#0072B2")
            for start, end in zip(rows[f"start_{side}"], rows[f"end_{side}"]):
                ax.barh(y, (end - start) / length, left=start / length, height=0.7, color=color)
            ticks.append(plain(f"{labels[aid]} ({100 * share:.0f}% shared)"))
            y += 1
        y += 0.6  # a gap between pairs
    positions = [p for k in range(len(shown)) for p in (k * 2.6, k * 2.6 + 1)]
    ax.set_yticks(positions, ticks, fontsize=8)
    ax.set_ylim(y - 0.6, -0.6)
    ax.set_xlim(0, 1)
    ax.set_xlabel("position in the article, by characters (0 = start, 1 = end); filled = inside a shared passage")
    if colors:
        handles = [Patch(color=c, label=plain(f"group {g}")) for g, c in colors.items()]
        handles.append(Patch(facecolor="#EEEEEE", edgecolor="#BBBBBB", label="not shared"))
        fig.legend(handles=handles, loc="outside lower center", ncols=min(len(handles), 6), fontsize=8,
                   frameon=False)
    ax.set_title(plain(title))
    return with_colors(fig, colors)
