"""Findings and numbers for reading: Markdown with every piece of text escaped, shares as percentages,
small p-values in scientific notation.

Findings are sentences built from the data (speaker names, terms, group labels, file names): untrusted
text. :func:`findings_markdown` escapes each sentence whole, so no part of it becomes markup, a link,
HTML or math, whatever the article says. The number formats are shared by the findings and the command line.
"""
from __future__ import annotations

import re

from .terminal import printable

#: How a missing value is shown in findings and in the notebooks' tables.
MISSING = "—"
#: Characters Markdown (CommonMark, GitHub tables, Jupyter's math) gives a meaning to: each is written with a
#: backslash. ``&``, ``<`` and ``>`` are written as HTML entities instead, as a backslash does not stop HTML.
MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$:])")
HTML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def escape_markdown(text: str) -> str:
    """Text as Markdown that renders as exactly that text.

    No emphasis, link, heading, list, table, HTML tag, entity or math; line breaks become spaces (a finding is
    one paragraph), other control and bidi characters visible escapes (``\\u202e``:
    :func:`~analysis.terminal.printable`).

    Parameters
    ----------
    text : str
        Untrusted text.

    Returns
    -------
    str
        The escaped Markdown.
    """
    text = printable(" ".join(str(text).split()))
    text = MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return re.sub(r"[&<>]", lambda m: HTML_ENTITIES[m.group()], text)


def findings_markdown(lines) -> str:
    """A Markdown bullet list of sentences, each escaped whole.

    Parameters
    ----------
    lines : iterable of str
        The sentences; ``None`` and blank lines are left out.

    Returns
    -------
    str
        ``- sentence`` lines (:func:`escape_markdown`).
    """
    lines = [line for line in lines if line is not None and str(line).strip()]
    return "\n".join(f"- {escape_markdown(line)}" for line in lines)


def show_findings(lines):
    """The findings as a rendered Markdown list (the last line of a cell shows it).

    Paragraphs wrap between words, in a notebook and in a report page alike.

    Parameters
    ----------
    lines : iterable of str
        Sentences built from the data (untrusted: each is escaped whole, :func:`escape_markdown`); ``None``
        and blank lines are left out (a note that does not apply).

    Returns
    -------
    IPython.display.Markdown or None
        None when no line is left (the cell shows nothing).
    """
    from IPython.display import Markdown

    text = findings_markdown(lines)
    return Markdown(text) if text else None


def is_missing(value) -> bool:
    """True for None, NaN, NaT and pd.NA."""
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN, NaT
    except TypeError:  # pd.NA raises on bool()
        return True
    except ValueError:  # an array in a cell: a value
        return False


def percent(share, digits: int = 1) -> str:
    """A share for reading.

    Parameters
    ----------
    share : float
        A share of one (0.419).
    digits : int
        Decimals of the percentage.

    Returns
    -------
    str
        ``41.9%``; missing → :data:`MISSING`.
    """
    if is_missing(share):
        return MISSING
    return f"{100 * float(share):.{digits}f}%"


def p_value(p) -> str:
    """A p-value for reading.

    Parameters
    ----------
    p : float
        The p-value.

    Returns
    -------
    str
        ``0.032`` from 0.001 up, ``6.5e-42`` below, never ``0.0`` (a p-value that underflowed to 0 is below the
        smallest float: ``< 2e-308``); missing → :data:`MISSING`.
    """
    if is_missing(p):
        return MISSING
    p = float(p)
    if p == 0:
        return f"< {2.2250738585072014e-308:.0e}"
    if p >= 0.001:
        return f"{p:.3f}".rstrip("0").rstrip(".") if p < 1 else "1"
    return f"{p:.1e}"


def decimal(x) -> str:
    """A rate or score for reading.

    Parameters
    ----------
    x : float
        The number.

    Returns
    -------
    str
        One decimal from 1 up (``12.5``), two below (``0.42``); thousands separated; missing → :data:`MISSING`.
    """
    if is_missing(x):
        return MISSING
    x = float(x)
    return f"{x:,.1f}" if abs(x) >= 1 else f"{x:.2f}"


def p_value_column(values) -> list[str]:
    """:func:`p_value` of each value (a column of a table for reading)."""
    return [p_value(v) for v in values]
