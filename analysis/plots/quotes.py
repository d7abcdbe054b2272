"""Charts of quote attribution: who speaks, which kinds of sources, where in the article.

Each function takes a table from :mod:`analysis.quotes.summary` and returns a Figure; with nothing to
show the Figure says so.
"""
from __future__ import annotations

import math

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from ..quotes.summary import KINDS, QUOTED_KINDS, SPEAKER_TYPES
from .style import (OTHER_COLOR, chart_colors, message_figure, panel_titles, plain, short_labels, with_colors,
                    wrap_label)

#: One colour per speaker type (Paul Tol's hues, which groups only take past the 8 Okabe & Ito colours; type colours
#: fill only the bars of plot_speaker_types, where groups colour the labels), grey for unknown.
TYPE_COLORS = {"person": "#332288", "anonymous": "#CC6677", "organization": "#117733", "media": "#DDCC77",
               "unresolved": "#AA4499", "unknown": OTHER_COLOR}
KIND_HATCH = {"direct": "", "partial": "//", "indirect": ".."}
TYPE_MARKERS = {"person": "o", "anonymous": "X", "organization": "s", "media": "D", "unresolved": "v", "unknown": "."}


def plot_speaker_shares(shares: pd.DataFrame, *, top: int = 6, panel_groups=None, title: str | None = None,
                        max_groups: int = 12, colors=None) -> Figure:
    """Share of quoted words by speaker, one panel per group (or article), top ``top`` speakers each.

    Bars are coloured by the panel's group; the speaker type is in the label.

    Parameters
    ----------
    shares : pandas.DataFrame
        :func:`analysis.quotes.speaker_shares`.
    top : int
        Speakers per panel.
    panel_groups : dict, optional
        For per-article tables: article_id → group, so each panel takes its group's colour; panels ordered by
        group; long ids shortened in the middle.
    title : str, optional
        The chart's title.
    max_groups : int
        A safety cap on panels; past it the title says how many are shown.
    colors : dict, optional
        Group → colour (:func:`analysis.group_colors`); None: assigned to the groups of the data.

    Returns
    -------
    matplotlib.figure.Figure
        The chart; its ``group_colors`` is the mapping group → colour it drew with.
    """
    title = title or "Share of quoted words by speaker"
    if shares.empty:
        return message_figure(title, "No quotation marks with an attributed speaker were found.")
    panel_groups = {str(k): str(v) for k, v in (panel_groups or {}).items()}
    every = sorted(shares["group"].astype(str).unique(), key=lambda g: (panel_groups.get(g, ""), g))
    names = every[:max_groups]
    if len(every) > len(names):
        title += f" (first {len(names)} of {len(every)} panels)"
    group_of = {name: panel_groups.get(name, name) for name in names}
    colors = chart_colors(colors, sorted(set(group_of.values())), among=panel_groups.values())
    titles = panel_titles(names, panel_groups, 60)
    ncols = min(len(names), 2)
    nrows = math.ceil(len(names) / ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(6.2 * ncols, 0.9 + (0.35 * top + 0.8) * nrows),
                             sharex=True, layout="constrained", squeeze=False)
    for ax, name in zip(axes.flat, names):
        rows = shares[shares["group"].astype(str) == name].head(top)
        color = colors[group_of[name]]
        labels = [wrap_label(f"{s} ({t})", 34, 2) for s, t in zip(rows["speaker"], rows["speaker_type"])]
        ax.barh(labels, rows["share"] * 100, color=color)
        ax.invert_yaxis()
        ax.set_xlim(0, 100)
        ax.set_title(titles[name], fontsize=10)
        ax.tick_params(axis="y", labelsize=9)
    for ax in axes.flat[len(names):]:
        ax.set_axis_off()
    for ax in axes[-1]:
        ax.set_xlabel("% of the quoted words (direct and partial quotes)")
    fig.suptitle(plain(title))
    return with_colors(fig, colors)


def plot_speaker_types(counts: pd.DataFrame, *, title: str | None = None, colors=None) -> Figure:
    """Attributions per group by speaker type (left) and by kind (right), as % of the group's attributions.

    Parameters
    ----------
    counts : pandas.DataFrame
        :func:`analysis.quotes.speaker_type_counts`. Group names are on the y axis, in their group colours.
    title : str, optional
        The chart's title.
    colors : dict, optional
        Group → colour (:func:`analysis.group_colors`); None: assigned to the groups of the data.

    Returns
    -------
    matplotlib.figure.Figure
        The chart; its ``group_colors`` is the mapping group → colour it drew with.
    """
    title = title or "Who is quoted, and how: attributions by speaker type and by kind"
    if counts.empty or counts["n"].sum() == 0:
        return message_figure(title, "No attribution was found.")
    groups = sorted(counts["group"].astype(str).unique())
    colors = chart_colors(colors, groups)
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 1.6 + 0.5 * len(groups)), sharey=True,
                                      layout="constrained")
    totals = counts.groupby("group")["n"].sum().reindex(groups)
    for ax, column, order, style in ((left, "speaker_type", SPEAKER_TYPES, "type"), (right, "kind", KINDS, "kind")):
        table = counts.groupby(["group", column])["n"].sum().unstack(fill_value=0).reindex(index=groups,
                                                                                         columns=order, fill_value=0)
        pct = table.div(totals.where(totals > 0, 1), axis=0) * 100
        left_edge = pd.Series(0.0, index=groups)
        for value in order:
            kw = ({"color": TYPE_COLORS[value]} if style == "type"
                  else {"color": "#777777", "hatch": KIND_HATCH[value], "edgecolor": "white"})
            ax.barh([plain(g) for g in groups], pct[value], left=left_edge, label=value, **kw)
            left_edge += pct[value]
        ax.set_xlim(0, 100)
        ax.set_xlabel("% of the group's attributions")
        ax.set_title("by speaker type" if style == "type" else "by kind (direct, partial, indirect)", fontsize=10)
        handles, labels = ax.get_legend_handles_labels()
        fig.legend(handles, labels, loc="outside lower left" if style == "type" else "outside lower right",
                   ncols=len(order), fontsize=8, frameon=False, title="speaker type" if style == "type" else "kind",
                   title_fontsize=8)
    left.invert_yaxis()
    left.set_ylabel("group")
    drawn_colors = {plain(g): c for g, c in colors.items()}  # tick labels hold the escaped names
    for label in left.get_yticklabels():
        label.set_color(drawn_colors.get(label.get_text(), "black"))
    fig.suptitle(plain(title))
    return with_colors(fig, colors)


def plot_quote_positions(positions: pd.DataFrame, *, title: str | None = None, max_articles: int = 40,
                         colors=None) -> Figure:
    """Where attributions fall in each article (0 = top, 1 = end, by characters), one row per article.

    Colour = the article's group, marker = speaker type, marker size ∝ words of the attributed text; each row's
    label names the speaker with most quoted words (direct and partial: the definition of
    :func:`analysis.quotes.speaker_shares`); long ids are shortened in the middle.

    Parameters
    ----------
    positions : pandas.DataFrame
        :func:`analysis.quotes.quote_positions`; articles are drawn in its order (choose them with
        :func:`analysis.sample_articles`).
    title : str, optional
        The chart's title.
    max_articles : int
        A safety cap on rows; past it the title says how many are shown.
    colors : dict, optional
        Group → colour (:func:`analysis.group_colors`); None: assigned to the groups of the data.

    Returns
    -------
    matplotlib.figure.Figure
        The chart; its ``group_colors`` is the mapping group → colour it drew with.
    """
    title = title or "Where in each article the attributions fall, and whose they are"
    if positions.empty:
        return message_figure(title, "No attribution was found.")
    every = positions[["group", "article_id"]].drop_duplicates()
    arts = every.head(max_articles)
    if len(every) > len(arts):
        title += f" (first {len(arts)} of {len(every)} articles)"
    data = positions[positions["article_id"].isin(arts["article_id"])]
    colors = chart_colors(colors, sorted(set(arts["group"].astype(str))), among=positions["group"].astype(str))
    names = short_labels(arts["article_id"], 32)
    fig, ax = plt.subplots(figsize=(10, 1.6 + 0.55 * len(arts)), layout="constrained")
    ypos = {aid: i for i, aid in enumerate(arts["article_id"])}
    for stype in SPEAKER_TYPES:
        rows = data[data["speaker_type"] == stype]
        if rows.empty:
            continue
        ax.scatter(rows["position"], rows["article_id"].map(ypos), s=20 + 4 * rows["n_words"].clip(upper=60),
                   c=[colors[str(g)] for g in rows["group"]], marker=TYPE_MARKERS[stype], alpha=0.75,
                   edgecolors="black", linewidths=0.4)
    ticks = []
    for aid in ypos:
        # "speaks most" has one definition in the workbook: quoted words (direct and partial), as speaker_shares
        rows = data[(data["article_id"] == aid) & data["kind"].isin(QUOTED_KINDS)]
        top = rows.groupby("speaker")["n_quoted_words"].sum().sort_index().sort_values(ascending=False, kind="mergesort")
        most = f"most quoted words: {top.index[0]}" if len(top) else "no quotation"
        ticks.append(plain(names[str(aid)]) + "\n" + wrap_label(most, 32, 1))
    ax.set_yticks(range(len(arts)), ticks, fontsize=8)
    ax.set_ylim(len(arts) - 0.5, -0.5)
    ax.set_xlim(0, 1)
    ax.set_xlabel("position in the article, by characters (middle of the quote; 0 = top, 1 = end)")
    ax.set_ylabel("article")
    handles = [Line2D([], [], marker=TYPE_MARKERS[t], ls="", color="#555555", label=t) for t in SPEAKER_TYPES
               if (data["speaker_type"] == t).any()]
    handles += [Patch(color=c, label=plain(f"group {g}")) for g, c in colors.items()]
    fig.legend(handles=handles, loc="outside lower center", ncols=min(len(handles), 6), fontsize=8, frameon=False)
    ax.set_title(plain(title))
    return with_colors(fig, colors)
