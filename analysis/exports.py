"""Tables for reading on a page and for taking away as files.

:func:`show_table` displays at most ``max_rows`` rows of a table with numbers formatted for reading
(:func:`format_column`) and, when given an ``export_dir``, writes the whole table there as CSV and
links it. :func:`export_table` writes a table that is not shown (a full table behind a short view).
:func:`chart_formats` makes the notebook's charts PNG, plus SVG when exporting (the report saves
each SVG beside its PNG). Links are relative to the folder that holds ``export_dir``: where the
report writes its pages.
"""
from __future__ import annotations

import html
import math
import re
import urllib.parse
from pathlib import Path

import pandas as pd

from . import display

#: Rows a page shows of one table by default; the CSV holds them all.
MAX_ROWS = 30
#: What a missing value looks like on a page (one mark for NaN, None and NA).
MISSING = display.MISSING
#: Output metadata key listing the files a displayed table or link exported (read by the report's index).
EXPORTS_KEY = "analysis_exports"
#: Columns read as shares of one (shown as percentages): a name holding one of these words.
SHARE_WORDS = ("share", "percent", "proportion")
#: Columns holding p-values.
P_VALUE_COLUMNS = re.compile(r"p(_?value)?(_.*)?", re.I)
#: Longest file name stem written (the rest of a long name is cut).
MAX_NAME = 80


def export_name(name: str) -> str:
    """A safe file stem for ``name``: letters, digits, ``-`` and ``_`` only (runs of anything else
    become ``_``), at most :data:`MAX_NAME` characters, never empty, never a path."""
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", str(name)).strip("_-")[:MAX_NAME]
    return stem or "table"


def export_path(name: str, export_dir, suffix: str = ".csv") -> Path:
    """``export_dir / (export_name(name) + suffix)``, checked to lie directly inside ``export_dir``."""
    folder = Path(export_dir)
    path = folder / f"{export_name(name)}{suffix}"
    if path.resolve().parent != folder.resolve():
        raise ValueError(f"{name!r} does not name a file inside {export_dir}")
    return path


def export_href(path: Path) -> str:
    """The relative, URL-quoted link to an exported file from the folder holding its ``export_dir``."""
    return "./" + "/".join(urllib.parse.quote(part, safe="") for part in (path.parent.name, path.name))


def write_csv(table: pd.DataFrame, name: str, export_dir) -> Path:
    """Write a whole table (without its index) as UTF-8 CSV, under a temporary name renamed into place.

    Parameters
    ----------
    table : pandas.DataFrame
        The table.
    name : str
        The file stem (:func:`export_name`).
    export_dir : path
        The folder (created).

    Returns
    -------
    pathlib.Path
        The file written.
    """
    path = export_path(name, export_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    table.to_csv(partial, index=False, encoding="utf-8")
    partial.replace(path)
    return path


# --- formatting -------------------------------------------------------------------------------------------

def _integer(value) -> str:
    return str(int(value))


def _percent(value) -> str:
    if value != 0 and abs(value) < 0.0005:
        return "<0.1%" if value > 0 else ">-0.1%"
    return display.percent(value)


def decimals(values: pd.Series) -> int:
    """Decimals shown for a column of numbers: fewer for larger numbers (by the largest), the same for
    every row so that the column reads as one."""
    finite = values[pd.notna(values)].abs()
    finite = finite[finite != float("inf")]
    size = float(finite.max()) if len(finite) else 0.0
    return 1 if size >= 100 else 2 if size >= 1 else 3


def _date(value) -> str:
    stamp = pd.Timestamp(value)
    return stamp.date().isoformat() if stamp == stamp.normalize() else stamp.strftime("%Y-%m-%d %H:%M")


def column_kind(name, values: pd.Series) -> str:
    """How a column is shown: ``percent`` (a share of one), ``p_value``, ``integer``, ``decimal``,
    ``date`` or ``text``."""
    label = str(name).lower()
    if pd.api.types.is_bool_dtype(values):
        return "text"
    if pd.api.types.is_datetime64_any_dtype(values):
        return "date"
    if not pd.api.types.is_numeric_dtype(values):
        return "text"
    if P_VALUE_COLUMNS.fullmatch(label):
        return "p_value"
    if any(word in label for word in SHARE_WORDS):
        return "percent"
    if pd.api.types.is_integer_dtype(values):
        return "integer"
    present = values.dropna()
    if 0 < len(present) < len(values) and bool(((present % 1) == 0).all()) and bool((present.abs() < 2**53).all()):
        return "integer"  # a count that became float through a missing value
    return "decimal"


_FORMATS = {"percent": _percent, "p_value": display.p_value, "integer": _integer, "date": _date, "text": str}


def format_column(name, values: pd.Series) -> pd.Series:
    """``values`` as the strings a reader sees (:func:`column_kind`; decimals fixed-point, never in
    scientific notation, :func:`decimals` places); missing values are :data:`MISSING`."""
    kind = column_kind(name, values)
    if kind == "decimal":
        digits = decimals(values)
        fmt = lambda value: f"{value:,.{digits}f}" if math.isfinite(value) else str(value)  # noqa: E731
    else:
        fmt = _FORMATS[kind]
    return pd.Series([MISSING if display.is_missing(v) else fmt(v) for v in values], index=values.index, dtype=object)


def format_table(table: pd.DataFrame) -> pd.DataFrame:
    """Every column of ``table`` as strings for reading (:func:`format_column`), index dropped."""
    table = table.reset_index(drop=True)
    return pd.DataFrame({i: format_column(name, table.iloc[:, i]) for i, name in enumerate(table.columns)}) \
        .set_axis([str(c) for c in table.columns], axis=1)


# --- display ------------------------------------------------------------------------------------------------

#: The table's own type and spacing: a size that fits a dozen columns in a page.
TABLE_STYLE = "font-size: 0.85em"
CELL_PADDING = "padding: 0.25em 0.5em"
HEADER_CELL = f"white-space: normal; vertical-align: bottom; {CELL_PADDING}"
#: Text columns wrap at word boundaries within a readable width (a column of long texts, such as
#: quotations, gets a wider minimum); numbers stay on one line, right-aligned.
TEXT_CELL = "text-align: left; white-space: normal; min-width: 6em; max-width: 32em; vertical-align: top"
LONG_TEXT_CELL = "text-align: left; white-space: normal; min-width: 20em; max-width: 40em; vertical-align: top"
#: A text column whose longest value has more characters than this is a column of long texts.
LONG_TEXT = 80
NUMBER_CELL = "text-align: right; white-space: nowrap; vertical-align: top"


class TableView:
    """A formatted table as a notebook shows it: HTML for pages, plain text for a terminal."""

    def __init__(self, table: pd.DataFrame, name: str, total: int, href: str | None = None,
                 file_name: str | None = None, how: str = ""):
        self.table, self.name, self.total, self.href, self.file_name = table, name, total, href, file_name
        self.how = how  # how the rows shown were chosen when not the first ones
        self.kinds = [column_kind(c, table.iloc[:, i]) for i, c in enumerate(table.columns)]
        self.formatted = format_table(table)

    def caption(self) -> str:
        shown = len(self.table)
        if shown < self.total:
            return (f"Showing {shown:,} of {self.total:,} rows" + (f" ({self.how})" if self.how else "")
                    + (f"; full table: {self.file_name}" if self.file_name else ""))
        return f"{self.total:,} row{'s' if self.total != 1 else ''}" + (f"; download: {self.file_name}" if self.file_name else "")

    def _cell_style(self, i: int, kind: str) -> str:
        if kind not in ("text", "date"):
            return NUMBER_CELL
        longest = self.formatted.iloc[:, i].str.len().max() if len(self.formatted) else 0
        return LONG_TEXT_CELL if longest > LONG_TEXT else TEXT_CELL

    def _repr_html_(self) -> str:
        uuid = export_name(self.name).replace("-", "_")
        styles = [{"selector": "", "props": TABLE_STYLE}]
        styles += [{"selector": f"td.col{i}", "props": f"{self._cell_style(i, kind)}; {CELL_PADDING}"}
                   for i, kind in enumerate(self.kinds)]
        styles += [{"selector": f"th.col{i}", "props": f"{HEADER_CELL}; text-align: {'right' if kind not in ('text', 'date') else 'left'}"}
                   for i, kind in enumerate(self.kinds)]
        from pandas.io.formats.style import Styler

        styler = Styler(self.formatted, cell_ids=False, uuid=uuid)
        # a header may break after an underscore (``n_paragraphs``), so that a dozen columns fit a page
        table = styler.hide(axis="index").format(escape="html") \
            .format_index(lambda name: name.replace("_", "_\u200b"), escape="html", axis=1) \
            .set_table_styles(styles).to_html()
        note = html.escape(self.caption())
        if self.href:
            link = f'<a href="{html.escape(self.href)}">{html.escape(self.file_name)}</a>'
            note = html.escape(self.caption().removesuffix(self.file_name)) + link
        return f'{table}<p class="table-note">{note}</p>'

    def __repr__(self) -> str:
        return f"{self.formatted.to_string(index=False)}\n({self.caption()})"


def _display(obj, files: list[str]) -> None:
    from IPython.display import display

    display(obj, metadata={EXPORTS_KEY: files} if files else None)


def first_rows(table: pd.DataFrame, max_rows: int, balance: str | None = "group") -> tuple[pd.DataFrame, str]:
    """At most ``max_rows`` rows of ``table`` to show, and how they were chosen (``""``: the first ones). A table
    with a ``balance`` column (``group`` by default) that does not fit shows the first rows of each of its values,
    as many of each, so that no group is left off the page: ``"the first 4 of each group"``."""
    if len(table) <= max_rows or balance is None or balance not in table.columns:
        return table.head(max_rows), ""
    n_values = table[balance].nunique(dropna=False)
    each = max(1, max_rows // max(n_values, 1))
    return table.groupby(balance, sort=False, dropna=False).head(each), f"the first {each:,} of each {balance}"


def show_table(table: pd.DataFrame, name: str, *, max_rows: int = MAX_ROWS, columns=None,
               export_dir=None, balance: str | None = "group") -> None:
    """Display a table for reading and, with ``export_dir``, write it whole as CSV and link it.

    Parameters
    ----------
    table : pandas.DataFrame
        The table.
    name : str
        Its name: the file stem of the CSV (:func:`export_name`).
    max_rows : int
        Rows shown at most (:func:`first_rows`: the first, or the first of each ``balance`` value).
    columns : list of str, optional
        The columns shown (the CSV holds every column).
    export_dir : path, optional
        Where ``NAME.csv`` is written (:func:`write_csv`); None: nothing is written.
    balance : str or None
        A column whose every value keeps rows on the page when the table does not fit.

    Returns
    -------
    None
        The table is displayed (numbers formatted for reading, a line saying how many rows there are).
    """
    href = file_name = None
    if export_dir is not None:
        path = write_csv(table, name, export_dir)
        href, file_name = export_href(path), path.name
    rows, how = first_rows(table, max_rows, balance)
    shown = rows if columns is None else rows[list(columns)]
    _display(TableView(shown, name, len(table), href, file_name, how), [href] if href else [])


class _Link:
    def __init__(self, text: str, href: str):
        self.text, self.href = text, href

    def _repr_html_(self) -> str:
        name = urllib.parse.unquote(self.href.rpartition("/")[2])
        return f'<p class="table-note">{html.escape(self.text)} <a href="{html.escape(self.href)}">{html.escape(name)}</a></p>'

    def __repr__(self) -> str:
        return f"{self.text} {urllib.parse.unquote(self.href)}"


def export_table(table: pd.DataFrame, name: str, export_dir, *, description: str = "Full table") -> None:
    """Write a table whole as CSV and display a link to it: a full table behind a shorter view.

    Parameters
    ----------
    table : pandas.DataFrame
        The table.
    name : str
        The file stem of the CSV (:func:`export_name`).
    export_dir : path or None
        Where the CSV is written; None: nothing is written or shown.
    description : str
        The link's text.

    Returns
    -------
    None
    """
    if export_dir is None:
        return
    path = write_csv(table, name, export_dir)
    _display(_Link(f"{description} ({len(table):,} rows):", export_href(path)), [export_href(path)])


def chart_formats(export_dir=None) -> None:
    """Charts as PNG on the page; with ``export_dir`` also as SVG (the report saves each SVG beside its PNG and
    keeps only the PNG on the page). Does nothing outside IPython.

    Parameters
    ----------
    export_dir : path, optional
        The notebook's ``export_dir`` parameter (None: not exporting).

    Returns
    -------
    None
    """
    from IPython import get_ipython

    if get_ipython() is None:
        return
    from matplotlib_inline.backend_inline import set_matplotlib_formats

    set_matplotlib_formats(*(("png", "svg") if export_dir is not None else ("png",)))


__all__ = ["MAX_ROWS", "MISSING", "EXPORTS_KEY", "TableView", "chart_formats", "column_kind", "export_href",
           "export_name", "export_path", "export_table", "format_column", "format_table", "show_table", "write_csv"]
