"""Shared chart style: one colour per group everywhere, readable labels."""
from __future__ import annotations

import html
import re
import textwrap
import urllib.parse
from collections.abc import Iterable, Mapping

import matplotlib.colors as mcolors
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from ..groups import group_labels

#: Colour-blind-safe qualitative palettes, in assignment order: Okabe & Ito (2008), then Paul Tol's "muted" set
#: (https://personal.sron.nl/~pault/). 17 groups get 17 colour-blind-safe colours.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#332288",
           "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499", "#F0E442"]
# Okabe & Ito's yellow comes last: as the colour of a tick label or a legend entry it is hard to read on white.
#: Colour for "other" and "unknown" groups.
OTHER_COLOR = "#AAAAAA"
#: Colour of "rest" (all the other groups, in a group-vs-rest comparison): a darker neutral than "unknown".
REST_COLOR = "#555555"
#: Group names that take :data:`OTHER_COLOR`.
NEUTRAL_GROUPS = {"other", "unknown"}
#: Attribute of each chart's Figure holding the mapping group → colour it drew with (groups it shows only).
COLORS_ATTRIBUTE = "group_colors"
#: How the id of an exported SVG's figure group starts when it carries the chart's colours (URL-encoded pairs).
SVG_COLORS_PREFIX = "group-colors:"


def _extra_color(i: int) -> str:
    """The ``i``-th colour past :data:`PALETTE`: hues spread by the golden angle, three lightness levels.

    Not colour-blind safe (no qualitative set is, past about a dozen colours); it keeps groups apart on screen,
    and the labels name them."""
    hue = (0.13 + i * 0.618033988749895) % 1.0
    saturation, value = ((0.75, 0.85), (0.55, 0.6), (0.9, 0.95))[i % 3]
    return mcolors.to_hex(mcolors.hsv_to_rgb((hue, saturation, value))).upper()


def palette(groups: Iterable) -> dict[str, str]:
    """A stable colour for each group name.

    Groups take :data:`PALETTE` in order; past its 17 colours, generated hues (never a colour already used).
    ``other`` and ``unknown`` take :data:`OTHER_COLOR`; ``rest`` is added with :data:`REST_COLOR` (unless a
    group is called ``rest``). Use :func:`group_colors` on the whole corpus, so a group keeps its colour
    whatever the chart shows.

    Parameters
    ----------
    groups : iterable
        Group names (as ``str``; sorted, so the mapping is stable).

    Returns
    -------
    dict
        Group name → colour (``#RRGGBB``).
    """
    names = sorted({str(g) for g in groups})
    colors: dict[str, str] = {}
    taken = {OTHER_COLOR, REST_COLOR, "#FFFFFF"}
    i = 0
    for name in names:
        if name.lower() in NEUTRAL_GROUPS:
            colors[name] = OTHER_COLOR
            continue
        color = PALETTE[i] if i < len(PALETTE) else _extra_color(i - len(PALETTE))
        while color in taken:  # a generated hue can round to a colour already used
            i += 1
            color = _extra_color(i - len(PALETTE))
        colors[name] = color
        taken.add(color)
        i += 1
    colors.setdefault("rest", REST_COLOR)
    return colors


def group_colors(articles: pd.DataFrame, *, by: str) -> dict[str, str]:
    """One colour per group of ``by`` over the whole corpus.

    Compute it once, after loading and before picking groups, and pass it as ``colors=`` to every chart: a group
    then has the same colour in every chart of every notebook, whichever groups a chart shows.

    Parameters
    ----------
    articles : pandas.DataFrame
        The whole corpus's articles table.
    by : str
        The grouping (:func:`analysis.group_labels`).

    Returns
    -------
    dict
        Group name → colour: :func:`palette` of the group labels.
    """
    return palette(group_labels(articles, by=by))


def chart_colors(colors: Mapping | None, names: Iterable, among: Iterable = ()) -> dict[str, str]:
    """The colour of each group a chart draws.

    Parameters
    ----------
    colors : mapping or None
        Group → colour (:func:`group_colors`); None: :func:`palette` of ``names`` and ``among``.
    names : iterable
        The groups the chart draws.
    among : iterable
        Other groups of the data the chart got (used only when ``colors`` is None).

    Returns
    -------
    dict
        Each of ``names`` → its colour; ``rest`` is :data:`REST_COLOR` unless ``colors`` says otherwise.

    Raises
    ------
    ValueError
        Naming the groups ``colors`` has no colour for (e.g. a mapping computed with another ``by``).
    """
    names = list(dict.fromkeys(str(n) for n in names))
    given = palette([*names, *among]) if colors is None else {str(k): v for k, v in colors.items()}
    given.setdefault("rest", REST_COLOR)
    missing = [n for n in names if n not in given]
    if missing:
        raise ValueError(f"colors has no colour for group(s) {', '.join(missing)}; "
                         "compute it with analysis.group_colors(articles, by=by) on the whole corpus")
    return {n: given[n] for n in names}


def with_colors(fig: Figure, colors: Mapping[str, str]) -> Figure:
    """``fig`` carrying the mapping group → colour it drew with, as ``fig.group_colors`` (checkable by tests),
    and as the id of the figure's group in an SVG export (:func:`svg_colors` reads it back from the file)."""
    setattr(fig, COLORS_ATTRIBUTE, dict(colors))
    fig.set_gid(SVG_COLORS_PREFIX + urllib.parse.urlencode(sorted(colors.items())))
    return fig


def svg_colors(svg: str) -> dict[str, str] | None:
    """The mapping group → colour a chart exported as SVG was drawn with (:func:`with_colors`); None when the
    file carries none (a chart that colours no group)."""
    m = re.search(r'id="' + re.escape(SVG_COLORS_PREFIX) + r'([^"]*)"', svg)
    return dict(urllib.parse.parse_qsl(html.unescape(m.group(1)), keep_blank_values=True)) if m else None


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


def short_label(text, width: int = 32) -> str:
    """``text`` in at most ``width`` characters, cut in the middle (start and end kept: ids differ at both).

    Not escaped: apply :func:`plain` (or :func:`wrap_label`) to the final string."""
    text = str(text)
    if len(text) <= width:
        return text
    head = max(width // 2, 1)
    tail = max(width - 1 - head, 1)
    return f"{text[:head]}…{text[-tail:]}"


def short_labels(texts: Iterable, width: int = 32) -> dict[str, str]:
    """Each text → :func:`short_label`, made longer where two different texts would get the same label."""
    texts = list(dict.fromkeys(str(t) for t in texts))
    widths = dict.fromkeys(texts, width)
    while True:
        labels = {t: short_label(t, widths[t]) for t in texts}
        seen: dict[str, list[str]] = {}
        for t, label in labels.items():
            seen.setdefault(label, []).append(t)
        clashes = [t for same in seen.values() if len(same) > 1 for t in same]
        if not clashes:
            return labels
        for t in clashes:  # the full text is unique, so widening ends
            widths[t] += 1


def panel_titles(names: Iterable, panel_groups: Mapping[str, str], width: int) -> dict[str, str]:
    """Title of each panel, ready to draw: a group's name wrapped on two lines; an article's id (a key of
    ``panel_groups``) shortened in the middle (:func:`short_labels`), then its group (on a second line if long)."""
    names = [str(n) for n in names]
    ids = short_labels([n for n in names if n in panel_groups], width)
    titles = {}
    for n in names:
        if n not in panel_groups:
            titles[n] = wrap_label(n, width, 2)
        elif len(ids[n]) + len(panel_groups[n]) + 3 <= width:
            titles[n] = plain(f"{ids[n]} ({panel_groups[n]})")
        else:
            titles[n] = plain(ids[n]) + "\n" + wrap_label(f"({panel_groups[n]})", width, 1)
    return titles


def message_figure(title: str, message: str) -> Figure:
    """A small figure that says why there is no chart (e.g. nothing to compare), instead of failing."""
    fig, ax = plt.subplots(figsize=(7, 1.6), layout="constrained")
    ax.set_axis_off()
    ax.set_title(wrap_label(title, 80, 2))
    ax.text(0.5, 0.5, wrap_label(message, 70, 3), ha="center", va="center", transform=ax.transAxes)
    return with_colors(fig, {})
