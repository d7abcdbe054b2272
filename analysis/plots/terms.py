"""Charts of terms: top terms, distinctive terms, keyness, two-group scatter, lexical dispersion.

Each function takes a table from :mod:`analysis.terms` or :mod:`analysis.keyness` and returns a
Figure; with nothing to show (e.g. a comparison on a single group) the Figure says why.
"""
from __future__ import annotations

import math

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from ..groups import group_labels
from .style import chart_colors, message_figure, panel_titles, plain, short_labels, with_colors, wrap_label

_VALUE_LABELS = {
    "count": "occurrences",
    "rate_per_1000": "occurrences per 1,000 words",
    "tfidf": "TF-IDF (mean of l2-normalised document vectors)",
    "log_ratio": "log ratio (log2 of the ratio of relative frequencies)",
    "difference": "TF-IDF difference",
    "g2": "log-likelihood G²",
    "z": "log-odds z-score (Monroe et al. 2008)",
}


def plot_top_terms(frequency: pd.DataFrame, *, top: int = 10, value: str = "rate_per_1000",
                   title: str | None = None, max_groups: int = 12, panel_groups=None, colors=None) -> Figure:
    """Top ``top`` terms of each group (or article) side by side, one panel each, on a shared scale.

    Parameters
    ----------
    frequency : pandas.DataFrame
        A :func:`analysis.terms.term_frequency` or :func:`analysis.terms.tfidf` table (``group``, ``term`` and
        ``value``).
    top : int
        Terms per panel.
    value : str
        The column drawn.
    title : str, optional
        The chart's title.
    max_groups : int
        A safety cap on panels; past it the title says how many are shown.
    panel_groups : dict, optional
        For per-article tables: article_id → group, so each panel takes its group's colour and names its group
        (long ids shortened in the middle), panels ordered by group. Choose the articles with
        :func:`analysis.sample_articles`.
    colors : dict, optional
        Group → colour (:func:`analysis.group_colors`); None: assigned to the groups of the data.

    Returns
    -------
    matplotlib.figure.Figure
        The chart; its ``group_colors`` is the mapping group → colour it drew with.
    """
    label = _VALUE_LABELS.get(value, value)
    title = title or f"Most frequent terms per group, by {label}"
    if frequency.empty:
        return message_figure(title, "No terms to show.")
    panel_groups = {str(k): str(v) for k, v in (panel_groups or {}).items()}
    every = sorted(frequency["group"].astype(str).unique(), key=lambda g: (panel_groups.get(g, ""), g))
    groups = every[:max_groups]
    if len(every) > len(groups):
        title += f" (first {len(groups)} of {len(every)} panels)"
    data = frequency.assign(group=frequency["group"].astype(str))
    data = data.sort_values(["group", value, "term"], ascending=[True, False, True]).groupby("group").head(top)
    group_of = {name: panel_groups.get(name, name) for name in groups}
    used = chart_colors(colors, sorted(set(group_of.values())), among=panel_groups.values())
    titles = panel_titles(groups, panel_groups, 44)
    ncols = min(len(groups), 3)
    nrows = math.ceil(len(groups) / ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(4.2 * ncols, 0.8 + 0.3 * top * nrows + 0.6 * nrows),
                             sharex=True, layout="constrained", squeeze=False)
    for ax, group in zip(axes.flat, groups):
        rows = data[data["group"] == group]
        ax.barh([wrap_label(t, 24, 1) for t in rows["term"]], rows[value], color=used[group_of[group]])
        ax.invert_yaxis()
        ax.set_title(titles[group], fontsize=10)
        ax.tick_params(axis="y", labelsize=9)
    for ax in axes.flat[len(groups):]:
        ax.set_axis_off()
    for ax in axes[-1]:
        ax.set_xlabel(plain(label))
    fig.suptitle(plain(title))
    return with_colors(fig, used)


def plot_distinctive_terms(table: pd.DataFrame, *, value: str = "log_ratio", top: int = 10,
                           title: str | None = None, colors=None) -> Figure:
    """Diverging bars: the ``top`` terms most typical of group A (right) and of group B (left).

    Parameters
    ----------
    table : pandas.DataFrame
        A :func:`analysis.keyness.keyness` table (``value`` = ``log_ratio``, ``z`` or ``g2``; its first
        comparison is drawn) or a :func:`analysis.terms.tfidf_difference` table (``value="difference"``).
    value : str
        The column drawn.
    top : int
        Terms on each side.
    title : str, optional
        The chart's title.
    colors : dict, optional
        Group → colour (:func:`analysis.group_colors`; ``rest`` is neutral); None: assigned to the two groups.

    Returns
    -------
    matplotlib.figure.Figure
        The chart; its ``group_colors`` is the mapping group → colour it drew with.
    """
    if "difference" in table.columns and value == "difference":
        a = str(table["group_a"].iloc[0]) if len(table) else "A"
        b = str(table["group_b"].iloc[0]) if len(table) else "B"
        signed = table["difference"]
    else:
        a, b = (str(table["group"].iloc[0]), str(table["reference"].iloc[0])) if len(table) else ("A", "B")
        table = table[(table["group"] == a) & (table["reference"] == b)]
        signed = table[value] * (np.sign(table["log_ratio"]) if value == "g2" else 1)
    label = _VALUE_LABELS.get(value, value)
    title = title or f"Terms most typical of {a} (right) and of {b} (left), by {label}"
    if table.empty or a == b or not (signed != 0).any():
        return message_figure(f"Most distinctive terms of two groups, by {label}",
                               "A comparison needs two groups with words; there is nothing to compare.")
    data = table.assign(_signed=signed.to_numpy(), _abs=signed.abs().to_numpy())
    pos = data[data["_signed"] > 0].sort_values(["_abs", "term"], ascending=[False, True]).head(top)
    neg = data[data["_signed"] < 0].sort_values(["_abs", "term"], ascending=[False, True]).head(top)
    rows = pd.concat([pos, neg.iloc[::-1]])
    colors = chart_colors(colors, [a, b])
    fig, ax = plt.subplots(figsize=(8, 1.6 + 0.28 * max(len(rows), 1)), layout="constrained")
    ax.barh(range(len(rows)), rows["_signed"], color=[colors[a] if v > 0 else colors[b] for v in rows["_signed"]])
    ax.set_yticks(range(len(rows)), [wrap_label(t, 28, 1) for t in rows["term"]], fontsize=9)
    ax.invert_yaxis()
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_xlabel(plain(f"{label}  (positive = more typical of {a})"))
    ax.set_title(wrap_label(title, 80, 2))
    fig.legend([Patch(color=colors[a]), Patch(color=colors[b])], [plain(f"more in {a}"), plain(f"more in {b}")],
               loc="outside lower center", ncols=2, fontsize=9)  # outside the axes: never over a bar
    return with_colors(fig, colors)


def plot_keyness(table: pd.DataFrame, *, top: int = 10, alpha: float = 0.05, title: str | None = None,
                 colors=None) -> Figure:
    """Signed G² of the ``top`` key terms on each side of every comparison, significance shown.

    Bars point right for terms typical of the group, left for the reference; faded, hatched bars have
    p ≥ ``alpha`` (uncorrected); the dotted lines mark G² = 3.84 (p = 0.05). One panel per comparison, its
    legend on its right.

    Parameters
    ----------
    table : pandas.DataFrame
        A :func:`analysis.keyness.keyness` table.
    top : int
        Terms on each side of a comparison.
    alpha : float
        Significance level of the faded bars.
    title : str, optional
        The chart's title.
    colors : dict, optional
        Group → colour (:func:`analysis.group_colors`; ``rest`` is neutral), so each "X vs rest" panel draws X in
        X's colour; None: assigned to the groups of the table.

    Returns
    -------
    matplotlib.figure.Figure
        The chart; its ``group_colors`` is the mapping group → colour it drew with.
    """
    title = title or "Key terms by log-likelihood G² (signed: right = typical of the group)"
    if table.empty:
        return message_figure(title, "A comparison needs two groups; the data has fewer.")
    pairs = list(dict.fromkeys(zip(table["group"].astype(str), table["reference"].astype(str))))
    colors = chart_colors(colors, [g for pair in pairs for g in pair])
    fig, axes = plt.subplots(len(pairs), 1, figsize=(10.5, sum(1.3 + 0.27 * 2 * top for _ in pairs)),
                             layout="constrained", squeeze=False)
    for ax, (a, b) in zip(axes[:, 0], pairs):
        part = table[(table["group"].astype(str) == a) & (table["reference"].astype(str) == b)
                     & (table["direction"] != "")]
        part = part.assign(_signed=part["g2"] * np.sign(part["log_ratio"]))
        pos = part[part["_signed"] > 0].sort_values(["g2", "term"], ascending=[False, True]).head(top)
        neg = part[part["_signed"] < 0].sort_values(["g2", "term"], ascending=[False, True]).head(top)
        rows = pd.concat([pos, neg.iloc[::-1]])
        significant = (rows["p_value"] < alpha).to_numpy()
        bars = ax.barh(range(len(rows)), rows["_signed"],
                       color=[colors[a] if v > 0 else colors[b] for v in rows["_signed"]])
        for bar, sig in zip(bars, significant):
            if not sig:
                bar.set_alpha(0.35)
                bar.set_hatch("//")
        ax.set_yticks(range(len(rows)),
                      [f"{wrap_label(t, 26, 1)} {s}".strip() for t, s in zip(rows["term"], rows["significance"])],
                      fontsize=9)
        ax.invert_yaxis()
        ax.axvline(0, color="black", linewidth=0.8)
        for x in (-3.84, 3.84):
            ax.axvline(x, color="black", linestyle=":", linewidth=0.8)
        ax.set_xlabel(plain(f"G² (signed: positive = more frequent in {a}; * p<.05 ** p<.01 *** p<.001 **** p<.0001)"))
        ax.set_title(plain(f"{a} vs {b}"), fontsize=10)
        handles = [Patch(color=colors[a]), Patch(color=colors[b]),
                   Patch(facecolor="white", edgecolor="grey", hatch="//"),
                   Line2D([], [], color="black", linestyle=":")]
        ax.legend(handles, [plain(f"more in {a}"), plain(f"more in {b}"), f"not significant (p ≥ {alpha})",
                            "G² = 3.84 (p = .05)"], loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
    fig.suptitle(plain(title))
    return with_colors(fig, colors)


def _place_labels(ax, xs, ys, labels, fontsize=8):
    """Label points without overlap: try offsets around each point, keep the first free spot."""
    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    taken = []
    offsets = [(6, 4), (6, -10), (-6, 4), (-6, -10), (0, 9), (0, -14)]
    offsets += [(dx * k, dy * k) for k in (2, 3, 4) for dx, dy in offsets[:4]]
    for x, y, text in zip(xs, ys, labels):
        for dx, dy in offsets:
            ann = ax.annotate(text, (x, y), xytext=(dx, dy), textcoords="offset points", fontsize=fontsize,
                              ha="left" if dx >= 0 else "right",
                              arrowprops=dict(arrowstyle="-", color="grey", linewidth=0.5) if abs(dx) > 6 else None)
            box = ann.get_window_extent(renderer).expanded(1.05, 1.1)
            inside = ax.get_window_extent(renderer).contains(box.x0, box.y0) and \
                ax.get_window_extent(renderer).contains(box.x1, box.y1)
            if inside and not any(box.overlaps(t) for t in taken):
                taken.append(box)
                break
            ann.remove()


def plot_term_scatter(table: pd.DataFrame, *, top: int = 12, title: str | None = None, colors=None) -> Figure:
    """Rate in group A vs rate in group B (per 1,000 words, log axes), the most distinctive terms labelled.

    A static take on scattertext: terms on the diagonal are used alike; terms far from it are typical of one
    group. Terms absent from a group sit on the "0" line at the axis edge.

    Parameters
    ----------
    table : pandas.DataFrame
        A :func:`analysis.keyness.keyness` table (its first comparison is drawn).
    top : int
        Labelled terms on each side by G², besides the most frequent terms overall.
    title : str, optional
        The chart's title.
    colors : dict, optional
        Group → colour (:func:`analysis.group_colors`; ``rest`` is neutral); None: assigned to the two groups.

    Returns
    -------
    matplotlib.figure.Figure
        The chart; its ``group_colors`` is the mapping group → colour it drew with.
    """
    if table.empty:
        return message_figure(title or "Term rates in two groups", "A comparison needs two groups; the data has fewer.")
    a, b = str(table["group"].iloc[0]), str(table["reference"].iloc[0])
    part = table[(table["group"].astype(str) == a) & (table["reference"].astype(str) == b)]
    title = title or f"Term rates: {a} vs {b} (per 1,000 words, log scales)"
    positive = np.concatenate([part["rate"][part["rate"] > 0], part["rate_ref"][part["rate_ref"] > 0]])
    low = positive.min() if len(positive) else 1.0
    floor = low / 3  # where absent terms are drawn, a gap below the rarest term
    x = part["rate_ref"].where(part["rate_ref"] > 0, floor).to_numpy()
    y = part["rate"].where(part["rate"] > 0, floor).to_numpy()
    colors = chart_colors(colors, [a, b])
    point_colors = np.where(part["log_ratio"] > 0, colors[a], np.where(part["log_ratio"] < 0, colors[b], "black"))
    fig, ax = plt.subplots(figsize=(8, 8), layout="constrained")
    points = pd.Series(list(zip(x, y)))
    ax.scatter(x, y, s=12 + 8 * np.sqrt(points.map(points.value_counts()).to_numpy()), c=point_colors,
               alpha=0.6, linewidths=0)
    ax.set_xscale("log")
    ax.set_yscale("log")
    lo, hi = floor / 1.5, max(x.max(), y.max()) * 1.6
    ax.set_xlim(lo, hi)
    ax.set_ylim(lo, hi)
    ax.plot([lo, hi], [lo, hi], color="grey", linewidth=0.8, linestyle="--")
    steps = [m * 10.0 ** e for e in range(-4, 6) for m in (1, 2, 5)]
    ticks = [floor] + [t for t in steps if low / 1.2 <= t < hi]
    if len(ticks) > 9:
        ticks = [floor] + [t for t in ticks[1:] if str(t).lstrip("0.").startswith("1")]
    for axis in (ax.xaxis, ax.yaxis):
        axis.set_major_formatter(plt.FuncFormatter(lambda v, _: "0" if math.isclose(v, floor) else f"{v:g}"))
    ax.set_xticks(ticks)
    ax.set_yticks(ticks)
    ax.minorticks_off()
    ax.set_xlabel(plain(f"rate in {b} (per 1,000 words; 0 = absent)"))
    ax.set_ylabel(plain(f"rate in {a} (per 1,000 words; 0 = absent)"))
    ax.set_title(wrap_label(title, 70, 2))
    ranked = part[part["direction"] != ""].sort_values(["g2", "term"], ascending=[False, True])
    common = part.assign(_all=part["count"] + part["count_ref"]).sort_values(["_all", "term"], ascending=[False, True])
    chosen = pd.concat([ranked[ranked["log_ratio"] > 0].head(top), ranked[ranked["log_ratio"] < 0].head(top),
                        common.head(max(top // 3, 1))])
    chosen = chosen[~chosen.index.duplicated()]
    spots: dict[tuple[float, float], list[str]] = {}
    for i in chosen.index:  # terms at the same spot share one label
        k = part.index.get_loc(i)
        spots.setdefault((x[k], y[k]), []).append(part.at[i, "term"])
    labels = [plain(", ".join(t[:3]) + (f" +{len(t) - 3}" if len(t) > 3 else "")) for t in spots.values()]
    _place_labels(ax, [p[0] for p in spots], [p[1] for p in spots], labels)
    fig.legend([Line2D([], [], marker="o", linestyle="", color=colors[a]),
               Line2D([], [], marker="o", linestyle="", color=colors[b]),
               Line2D([], [], color="grey", linestyle="--")],
              [plain(f"more in {a}"), plain(f"more in {b}"), "same rate"], loc="outside lower center", ncols=3,
              fontsize=9)
    return with_colors(fig, colors)


def plot_dispersion(table: pd.DataFrame, terms, *, articles: pd.DataFrame | None = None, by: str = "year",
                    max_articles: int = 12, title: str | None = None, colors=None) -> Figure:
    """Lexical dispersion: a tick where each of ``terms`` occurs, across each article (0 = start, 1 = end).

    One panel per article, ordered by group then id, ticks coloured by the article's group; long ids are
    shortened in the middle.

    Parameters
    ----------
    table : pandas.DataFrame
        :func:`analysis.terms.dispersion`.
    terms : iterable of str
        The terms drawn.
    articles : pandas.DataFrame, optional
        The articles to draw (e.g. :func:`analysis.sample_articles`), those where no term occurs included,
        labelled with their group of ``by``.
    by : str
        The grouping of ``articles``.
    max_articles : int
        A safety cap on panels; past it the title says how many are shown.
    title : str, optional
        The chart's title.
    colors : dict, optional
        Group → colour (:func:`analysis.group_colors`); None: assigned to the groups of the data.

    Returns
    -------
    matplotlib.figure.Figure
        The chart; its ``group_colors`` is the mapping group → colour it drew with.
    """
    terms = list(dict.fromkeys(terms))
    title = title or "Where the terms occur in each article"
    groups = table.drop_duplicates("article_id").set_index("article_id")["group"].astype(str)
    if articles is not None:
        groups = group_labels(articles, by=by).set_axis(articles["article_id"])
        table = table[table["article_id"].isin(groups.index)]
    ids = sorted(groups.index, key=lambda a: (groups[a], a))
    if table.empty or not terms:
        return message_figure(title, f"None of the terms ({', '.join(terms) or 'none given'}) occurs in the "
                                      f"{len(ids)} article(s).")
    shown = ids[:max_articles]
    colors = chart_colors(colors, sorted(set(groups[shown])), among=groups)
    names = short_labels(shown, 60)
    fig, axes = plt.subplots(len(shown), 1, figsize=(8, 0.9 + len(shown) * (0.35 + 0.22 * len(terms))),
                             sharex=True, layout="constrained", squeeze=False)
    for ax, article_id in zip(axes[:, 0], shown):
        rows = table[table["article_id"] == article_id]
        for i, term in enumerate(terms):
            xs = rows.loc[rows["term"] == term, "relative_position"]
            ax.plot(xs, [i] * len(xs), linestyle="", marker="|", markersize=12, color=colors[groups[article_id]])
        ax.set_yticks(range(len(terms)), [plain(t) for t in terms], fontsize=9)
        ax.set_ylim(len(terms) - 0.5, -0.5)
        ax.set_xlim(0, 1)
        ax.set_title(wrap_label(f"{names[article_id]} ({groups[article_id]})", 90, 1), fontsize=9, loc="left")
    axes[-1, 0].set_xlabel("position in the article (0 = first word, 1 = last word)")
    fig.legend([Line2D([], [], marker="|", linestyle="", markersize=12, color=c) for c in colors.values()],
               [plain(g) for g in colors], loc="outside lower center", ncols=min(len(colors), 6), fontsize=9)
    note = f" (first {len(shown)} of {len(ids)} articles)" if len(ids) > len(shown) else ""
    fig.suptitle(plain(title + note))
    return with_colors(fig, colors)
