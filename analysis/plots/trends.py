"""Charts over time: term rates and quote measures per period, one line per group.

A period without articles is a break in the line (its value is NaN), never a zero; a period without an article in
any group is shaded grey. Every point has a marker, so a period with articles between two empty ones still shows.
"""
from __future__ import annotations

import math

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from ..trends import FREQS
from .style import chart_colors, message_figure, plain, with_colors, wrap_label

#: Shade of the periods without any article.
EMPTY_COLOR = "#EBEBEB"


def _shown_groups(table: pd.DataFrame, size: str, max_groups: int) -> tuple[list[str], str]:
    """The groups drawn (at most ``max_groups``: those with the most ``size``, ties by name, then in the table's
    order) and a note for the title when some are left out."""
    order = list(dict.fromkeys(table["group"].astype(str)))
    if len(order) <= max_groups:
        return order, ""
    totals = table.assign(group=table["group"].astype(str)).groupby("group")[size].sum()
    kept = set(sorted(order, key=lambda g: (-totals[g], g))[:max_groups])
    return [g for g in order if g in kept], f" (the {max_groups} of {len(order)} groups with most {size})"


def _period_edges(periods: pd.Series, freq: str | None) -> tuple[pd.DatetimeIndex, pd.Timedelta]:
    """Start dates of the periods (sorted) and the length of the last one: from ``freq`` when known, else the
    step between the last two starts (a day for a lone period of unknown length)."""
    starts = pd.DatetimeIndex(sorted(pd.to_datetime(periods.unique())))
    if freq in FREQS:
        last = pd.Period(starts[-1], FREQS[freq])
        return starts, (last + 1).start_time - last.start_time
    return starts, (starts[-1] - starts[-2]) if len(starts) > 1 else pd.Timedelta(days=1)


def _date_axis(ax) -> None:
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.tick_params(axis="x", labelsize=8)


def _shade_empty(ax, filled: pd.Series, starts: pd.DatetimeIndex, step: pd.Timedelta) -> bool:
    """Shade the runs of periods where ``filled`` (indexed by start date) is False; whether any was shaded."""
    ends = list(starts[1:]) + [starts[-1] + step]
    shaded, run = False, None
    for start, end in zip(starts, ends):
        if not filled.get(start, False):
            run = (run[0] if run else start, end)
            continue
        if run:
            ax.axvspan(*run, color=EMPTY_COLOR, lw=0, zorder=0)
            shaded, run = True, None
    if run:
        ax.axvspan(*run, color=EMPTY_COLOR, lw=0, zorder=0)
        shaded = True
    pad = max(step / 2, (starts[-1] - starts[0]) * 0.03)  # the first and last points clear of the frame
    ax.set_xlim(starts[0] - pad, starts[-1] + pad)
    return shaded


def _lines(ax, data: pd.DataFrame, value: str, groups: list[str], colors: dict, scale: float = 1.0) -> None:
    for group in groups:
        rows = data[data["group"].astype(str) == group].sort_values("period")
        ax.plot(pd.to_datetime(rows["period"]), rows[value].astype(float) * scale, color=colors[group], marker="o",
                ms=4, lw=1.6, clip_on=False)  # a zero sits on the axis, whole


def _legend(fig, colors: dict, shaded: bool) -> None:
    handles = [Line2D([], [], color=c, marker="o", ms=4, label=plain(g)) for g, c in colors.items()]
    if shaded:
        handles.append(Patch(color=EMPTY_COLOR, label="no article in the period"))
    fig.legend(handles=handles, loc="outside lower center", ncols=min(len(handles), 5), fontsize=8, frameon=False)


def plot_term_trends(trends: pd.DataFrame, *, value: str = "rate_per_1000", title: str | None = None,
                     freq: str | None = None, max_terms: int = 12, max_groups: int = 10, colors=None) -> Figure:
    """One panel per term: its rate per 1,000 words in each period, one line per group.

    Parameters
    ----------
    trends : DataFrame
        :func:`analysis.trends.term_trends` (period, group, term, count, words, rate_per_1000).
    value : str
        Column drawn: ``rate_per_1000`` (= 1000 * count / words) or ``count``.
    title : str, optional
        Title of the figure.
    freq : str, optional
        The period length of ``trends`` (week, month, quarter, year), for the width of the shaded periods;
        default: the ``freq`` the table carries (``trends.attrs``).
    max_terms, max_groups : int
        Safety caps: the first ``max_terms`` terms, and the ``max_groups`` groups with most words; the title says
        when some are left out.
    colors : dict, optional
        Group → colour (:func:`analysis.group_colors`); None = assigned to the groups drawn.

    Returns
    -------
    Figure
        A period without articles in a group (``words == 0``) is a break in that group's line; a period without
        any article is shaded. The Figure's ``group_colors`` is the mapping it drew with.
    """
    label = "per 1,000 words" if value == "rate_per_1000" else value
    title = title or f"Term use over time ({label})"
    if trends.empty:
        return message_figure(title, "No dated article: nothing to show over time.")
    every = list(dict.fromkeys(trends["term"]))
    terms = every[:max_terms]
    if len(every) > len(terms):
        title += f" (first {len(terms)} of {len(every)} terms)"
    groups, note = _shown_groups(trends, "words", max_groups)
    used = chart_colors(colors, groups)
    data = trends.assign(**{value: trends[value].where(trends["words"] > 0)})  # no article: a gap, never a zero
    starts, step = _period_edges(trends["period"], freq or trends.attrs.get("freq"))
    filled = data.groupby(pd.to_datetime(data["period"]))["words"].sum() > 0
    ncols = min(len(terms), 3)
    nrows = math.ceil(len(terms) / ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(4.4 * ncols, 0.9 + 2.6 * nrows), sharex=True, sharey=True,
                             layout="constrained", squeeze=False)
    shaded = False
    for ax, term in zip(axes.flat, terms):
        shaded = _shade_empty(ax, filled, starts, step) or shaded
        _lines(ax, data[data["term"] == term], value, groups, used)
        ax.set_title(wrap_label(term, 40, 1), fontsize=10)
        _date_axis(ax)
    highest = float(np.nanmax(data.loc[data["term"].isin(terms), value].astype(float).to_numpy(), initial=0))
    axes[0, 0].set_ylim(0, max(highest, 1.0) * 1.08)  # shared by every panel: set once all are drawn
    for ax in axes.flat[len(terms):]:
        ax.set_axis_off()
    for ax in axes[:, 0]:
        ax.set_ylabel(label)
    _legend(fig, used, shaded)
    fig.suptitle(plain(title + note))
    return with_colors(fig, used)


def plot_quote_trends(trends: pd.DataFrame, *, title: str | None = None, freq: str | None = None,
                      max_groups: int = 10, colors=None) -> Figure:
    """Two panels over time, one line per group: the share of words inside quotation marks, and the share of
    attributions that go to anonymous sources.

    Parameters
    ----------
    trends : DataFrame
        :func:`analysis.trends.quote_trends` (period, group, n_articles, n_words, quoted_share, anonymous_share...).
    title : str, optional
        Title of the figure.
    freq : str, optional
        The period length of ``trends``; default: the ``freq`` the table carries (``trends.attrs``).
    max_groups : int
        Safety cap: the groups with most words; the title says when some are left out.
    colors : dict, optional
        Group → colour (:func:`analysis.group_colors`); None = assigned to the groups drawn.

    Returns
    -------
    Figure
        A period without articles (or, for the anonymous share, without attributions) is a break in the line; a
        period without any article is shaded. The Figure's ``group_colors`` is the mapping it drew with.
    """
    title = title or "Quotation over time"
    if trends.empty:
        return message_figure(title, "No dated article: nothing to show over time.")
    groups, note = _shown_groups(trends.rename(columns={"n_words": "words"}), "words", max_groups)
    used = chart_colors(colors, groups)
    starts, step = _period_edges(trends["period"], freq or trends.attrs.get("freq"))
    filled = trends.groupby(pd.to_datetime(trends["period"]))["n_articles"].sum() > 0
    fig, axes = plt.subplots(1, 2, figsize=(11, 3.8), sharex=True, layout="constrained")
    shaded = False
    for ax, column, name in ((axes[0], "quoted_share", "% of the words inside quotation marks"),
                             (axes[1], "anonymous_share", "% of attributions to anonymous sources")):
        shaded = _shade_empty(ax, filled, starts, step) or shaded
        _lines(ax, trends, column, groups, used, scale=100.0)
        ax.set_title(name, fontsize=10)
        ax.set_ylim(0, max(5.0, float(np.nanmax(trends[column].astype(float).to_numpy() * 100, initial=0)) * 1.1))
        _date_axis(ax)
        ax.set_ylabel("%")
    _legend(fig, used, shaded)
    fig.suptitle(plain(title + note))
    return with_colors(fig, used)
