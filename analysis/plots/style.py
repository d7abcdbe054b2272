"""Shared chart style: one colour per group everywhere, readable labels."""
from __future__ import annotations

import textwrap
from collections.abc import Iterable

import matplotlib.pyplot as plt
from matplotlib.figure import Figure

#: Colour-blind-safe palette (Okabe & Ito, 2008), in assignment order.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
#: Colour for "other" and "unknown" groups.
OTHER_COLOR = "#999999"


def group_colors(groups: Iterable) -> dict[str, str]:
    """Map each group name (as ``str``) to a colour; groups sorted, so the mapping is stable.

    ``other`` and ``unknown`` are always grey; more groups than colours cycle the palette.
    """
    names = sorted({str(g) for g in groups})
    colors, i = {}, 0
    for name in names:
        if name.lower() in {"other", "unknown"}:
            colors[name] = OTHER_COLOR
        else:
            colors[name] = PALETTE[i % len(PALETTE)]
            i += 1
    return colors


def plain(text) -> str:
    """``text`` as matplotlib draws it literally: every ``$`` escaped.

    Labels come from data (group names, sources, speakers, terms); matplotlib reads text between two
    ``$`` as math, so ``Stocks: $AAPL up 5%, $MSFT down`` fails to draw and ``Save $5 & get $10`` loses
    its dollars. ``\\$`` is a literal dollar. Apply once, to the final string of each title, tick label,
    legend entry or annotation (escaping twice would show the backslash).
    """
    return str(text).replace("$", r"\$")


def wrap_label(label: str, width: int = 28, max_lines: int = 2) -> str:
    """Wrap a long label onto at most ``max_lines`` lines, with an ellipsis if cut; ready to draw (:func:`plain`).

    Wrapped first, escaped after: a cut never separates a ``\\`` from its ``$``."""
    lines = textwrap.wrap(str(label), width=width, max_lines=max_lines, placeholder="…")
    return plain("\n".join(lines) or str(label))


def message_figure(title: str, message: str) -> Figure:
    """A small figure that says why there is no chart (e.g. nothing to compare), instead of failing."""
    fig, ax = plt.subplots(figsize=(7, 1.6), layout="constrained")
    ax.set_axis_off()
    ax.set_title(wrap_label(title, 80, 2))
    ax.text(0.5, 0.5, wrap_label(message, 70, 3), ha="center", va="center", transform=ax.transAxes)
    return fig
