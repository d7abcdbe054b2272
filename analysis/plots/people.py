"""Chart of who is talked about and who is heard: mentions against attributions per person.

Takes the table of :func:`analysis.quotes.people.people` and returns a Figure; with nothing to show the Figure
says so.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter, SymmetricalLogLocator

from .style import chart_colors, message_figure, plain, short_label, with_colors, wrap_label

#: Label offsets (points) tried in turn for each name, the first that overlaps no label drawn before wins.
_OFFSETS = [(5, 4, "left"), (5, -11, "left"), (-5, 4, "right"), (-5, -11, "right"), (5, 14, "left"),
            (5, -21, "left"), (-5, 14, "right"), (-5, -21, "right")]


def _labelled(table: pd.DataFrame, per_group: int) -> pd.DataFrame:
    """The ``per_group`` most mentioned people of each group (then most attributions, then name)."""
    rows = table.sort_values(["group", "mentions", "attributions", "person"], ascending=[True, False, False, True],
                             kind="mergesort")
    return rows.groupby("group", sort=False).head(per_group)


def plot_mentions_attributions(table: pd.DataFrame, *, label_top: int = 3, title: str | None = None,
                               colors=None) -> Figure:
    """Mentions (x) against attributions (y) per person and group, one dot per person of each group.

    Parameters
    ----------
    table : DataFrame
        :func:`analysis.quotes.people.people` (columns group, person, mentions, attributions).
    label_top : int
        Names written next to the ``label_top`` most mentioned people of each group (the same number from each
        group; the subtitle says so). A name that would overlap one already written is moved, else left out.
    title : str, optional
        Chart title.
    colors : mapping, optional
        Group → colour (:func:`analysis.group_colors`); None = assigned to the groups of the data.

    Returns
    -------
    Figure
        Both axes on a symmetric log scale (linear from 0 to 1), so people named once and people named a hundred
        times both show; the dashed line is one attribution per mention. ``fig.group_colors``: the mapping drawn.
    """
    title = title or "Who is talked about, and who is heard: mentions vs attributions per person"
    if table.empty:
        return message_figure(title, "No named person was found in the articles.")
    groups = sorted(table["group"].astype(str).unique())
    colors = chart_colors(colors, groups)
    fig, ax = plt.subplots(figsize=(10, 7), layout="constrained")
    # a small spread per group, so the dots of two groups at the same counts do not hide each other
    spread = {g: (i - (len(groups) - 1) / 2) * min(0.08, 0.3 / max(len(groups), 1)) for i, g in enumerate(groups)}
    for group in groups:
        rows = table[table["group"].astype(str) == group]
        ax.scatter(_spread(rows["mentions"], spread[group]), _spread(rows["attributions"], spread[group]), s=28,
                   color=colors[group], alpha=0.75, edgecolors="white", linewidths=0.5,
                   label=wrap_label(group, 30, 1))
    top = max(float(table["mentions"].max()), float(table["attributions"].max()), 1.0) * 1.6
    ax.plot([0, top], [0, top], ls="--", color="#999999", lw=1, zorder=0)
    ax.set_xscale("symlog", linthresh=1)
    ax.set_yscale("symlog", linthresh=1)
    for axis in (ax.xaxis, ax.yaxis):
        axis.set_major_locator(SymmetricalLogLocator(linthresh=1, base=10, subs=[1, 2, 5]))
        axis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
    ax.set_xlim(-0.4, top)
    ax.set_ylim(-0.4, top)
    ax.set_xlabel("mentions (name mentions + pronouns and role nouns resolved at attribution cues)")
    ax.set_ylabel("attributions (quotes and reported statements)")
    fig.suptitle(wrap_label(title, 90, 2))
    handles = [Line2D([], [], marker="o", ls="", color=colors[g], label=wrap_label(g, 30, 1)) for g in groups[:30]]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False,
              title="group" if len(groups) <= 30 else f"first 30 of {len(groups)} groups")
    shown = _labelled(table, label_top)
    note = (f"Names: the {label_top} most mentioned people of each group. {len(table)} person-group dots in "
            f"{len(groups)} group(s); dashed: one attribution per mention.")
    subtitle = ax.set_title(wrap_label(note, 110, 2), fontsize=9)
    fig.draw_without_rendering()  # the final layout, so that label overlaps are measured where they will be
    drawn = _draw_labels(fig, ax, shown, spread)
    if drawn < len(shown):
        subtitle.set_text(wrap_label(note.replace(" group.", f" group ({drawn} of {len(shown)} written; the "
                                                  "others would overlap).", 1), 110, 2))
    return with_colors(fig, colors)


def _spread(values, shift: float) -> np.ndarray:
    """Counts moved a little per group: by a factor on the log part, by a step at 0 (the linear part)."""
    values = np.asarray(values, dtype=float)
    return np.where(values > 0, values * np.exp(shift), shift * 1.5)


def _draw_labels(fig: Figure, ax, shown: pd.DataFrame, spread: dict) -> int:
    """Write the names of ``shown`` next to their dots where they overlap nothing written; returns how many."""
    renderer = fig.canvas.get_renderer()
    boxes = []
    count = 0
    for group, person, mentions, attributions in zip(shown["group"].astype(str), shown["person"],
                                                     shown["mentions"], shown["attributions"]):
        x, y = _spread(np.array([mentions]), spread[group])[0], _spread(np.array([attributions]), spread[group])[0]
        for dx, dy, ha in _OFFSETS:
            text = ax.annotate(plain(short_label(person, 28)), (x, y), xytext=(dx, dy), textcoords="offset points",
                               ha=ha, fontsize=8, color="#222222")
            box = text.get_window_extent(renderer).expanded(1.05, 1.1)
            if not any(box.overlaps(b) for b in boxes):
                boxes.append(box)
                count += 1
                break
            text.remove()
    return count
