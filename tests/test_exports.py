"""analysis.exports (tables shown for reading, written in full as CSV), the notebooks' parameter cells
(papermill parses every line), the extra stop words and ``make lab`` as root. Fast: no report is built."""
from __future__ import annotations

import logging
import os
import re
import subprocess
from pathlib import Path

import numpy as np
import pandas as pd
import papermill
import pytest

import analysis
from analysis import exports, keyness, terms
from analysis.report import DEFAULT_NOTEBOOKS, clean_html, export_charts, list_notebooks, render_pages, safe_svg

ROOT = Path(__file__).resolve().parents[1]


def cells(html: str) -> list[list[str]]:
    """The text of each body row's cells in an HTML table."""
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [[re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
            for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)]


def shown(table, name="t", **kw) -> str:
    """The HTML ``show_table`` displays (captured from IPython's display)."""
    captured = []
    import IPython.display

    original = IPython.display.display
    IPython.display.display = lambda obj, **k: captured.append((obj, k))
    try:
        exports.show_table(table, name, **kw)
    finally:
        IPython.display.display = original
    (obj, kwargs), = captured
    return obj._repr_html_(), kwargs


def test_numbers_are_formatted_for_reading():
    table = pd.DataFrame({
        "speaker": ["Ann <b>Lee</b>", None],
        "share": [0.419, np.nan],            # a share of one: a percentage, never 4.19e-01
        "p_value": [6.5e-42, 0.2],           # small p-values in scientific notation, others fixed
        "count": [3.0, np.nan],              # a count made float by a missing value: an integer
        "n": [1, 2],
        "g2": [1234.5678, 12.34],            # no scientific notation; one number of decimals per column
        "rate": [0.5, 0.01234],
        "published": pd.to_datetime(["2021-05-12", "2024-05-13 04:00"], format="ISO8601"),
    })
    html, _ = shown(table)
    assert cells(html) == [["Ann &lt;b&gt;Lee&lt;/b&gt;", "41.9%", "6.5e-42", "3", "1", "1,234.6", "0.500", "2021-05-12"],
                           ["—", "—", "0.2", "—", "2", "12.3", "0.012", "2024-05-13 04:00"]]
    assert "<b>" not in html  # text from the data is never markup


def test_a_long_table_shows_max_rows_and_says_how_many_there_are(tmp_path):
    table = pd.DataFrame({"term": [f"w{i}" for i in range(200)], "count": range(200)})
    html, meta = shown(table, "01-terms", max_rows=30, export_dir=tmp_path / "tables")
    assert len(cells(html)) == 30 and cells(html)[0] == ["w0", "0"] and cells(html)[29] == ["w29", "29"]
    assert "Showing 30 of 200 rows; full table:" in html
    assert '<a href="./tables/01-terms.csv">01-terms.csv</a>' in html
    written = pd.read_csv(tmp_path / "tables" / "01-terms.csv")
    assert len(written) == 200 and list(written.columns) == ["term", "count"]
    assert meta["metadata"] == {exports.EXPORTS_KEY: ["./tables/01-terms.csv"]}
    assert 'href="./tables/01-terms.csv"' in clean_html(html)  # the report's sanitiser keeps the link


def test_only_chosen_columns_are_shown_but_every_column_is_exported(tmp_path):
    table = pd.DataFrame({"speaker": ["A", "B"], "text": ["x", "y"], "start": [1, 2]})
    html, _ = shown(table, "quotes", columns=["speaker", "text"], export_dir=tmp_path)
    assert cells(html) == [["A", "x"], ["B", "y"]]
    assert list(pd.read_csv(tmp_path / "quotes.csv").columns) == ["speaker", "text", "start"]


def test_nothing_is_written_without_export_dir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    html, meta = shown(pd.DataFrame({"a": [1]}), "a")
    assert list(tmp_path.iterdir()) == [] and "href" not in html and meta["metadata"] is None
    assert exports.export_table(pd.DataFrame({"a": [1]}), "a", None) is None


@pytest.mark.parametrize("name, file", [("../../outside", "outside.csv"), ("/etc/passwd", "etc_passwd.csv"),
                                        ("a b/c?d", "a_b_c_d.csv"), ("..", "table.csv"), ("", "table.csv")])
def test_file_names_stay_inside_export_dir(tmp_path, name, file):
    folder = tmp_path / "out" / "tables"
    path = exports.write_csv(pd.DataFrame({"a": [1]}), name, folder)
    assert path == folder / file and path.is_file()
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()) == [f"out/tables/{file}"]


def test_wide_text_cells_wrap_through_the_sanitiser():
    html, _ = shown(pd.DataFrame({"text": ["a long quotation " * 20], "n_words": [60], "speaker": ["Ann Lee"]}), "wide")
    kept = clean_html(html)
    assert re.search(r"#T_wide td\.col0 \{[^}]*white-space: normal;[^}]*min-width: 20em;", kept)
    assert re.search(r"#T_wide td\.col1 \{[^}]*white-space: nowrap;", kept)
    assert re.search(r"#T_wide td\.col2 \{[^}]*white-space: normal;[^}]*max-width: 32em;", kept)
    assert "row_heading" not in kept and "blank" not in kept  # no index column
    assert "<th class=\"col_heading level0 col1\">n_\u200bwords</th>" in kept  # a header may break after "_"


def test_every_parameter_line_is_parsed_by_papermill(caplog):
    """papermill printed 'Unable to parse line 11 scheduler = None ...' on every run: a second '='
    in a comment. Every notebook's parameters must be read by papermill itself."""
    notebooks = list_notebooks(DEFAULT_NOTEBOOKS)
    assert len(notebooks) == 7
    with caplog.at_level(logging.WARNING, logger="papermill"):
        for nb in notebooks:
            found = papermill.inspect_notebook(str(nb))
            assert "scheduler" in found and "export_dir" in found, nb.name
    assert [r.getMessage() for r in caplog.records if "Unable to parse" in r.getMessage()] == []


def test_extra_stop_words_leave_the_counts():
    articles = pd.DataFrame({"article_id": ["a", "b"], "year": [2020, 2021],
                             "text": ["Reuters said the army moved. Reuters said more.", "The army said nothing new."]})
    articles["n_words"] = [8, 5]
    stop = terms.stop_words_with(["Reuters", " army "])
    assert {"reuters", "army"} <= stop and "said" in terms.stop_words_with([]) | {"said"}
    assert terms.stop_words_with([]) == terms.stop_words_with()
    freq = terms.term_frequency(articles, stop_words=stop)
    assert "reuters" not in set(freq["term"]) and "army" not in set(freq["term"]) and "moved" in set(freq["term"])
    plain = terms.term_frequency(articles)
    assert {"reuters", "army"} <= set(plain["term"])
    key = keyness.keyness(articles, by="year", stop_words=stop)
    assert "reuters" not in set(key["term"])


@pytest.mark.parametrize("uid, flag", [("0", True), ("1000", False)])
def test_make_lab_allows_root_only_as_root(tmp_path, uid, flag):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake_id = bin_dir / "id"
    fake_id.write_text(f"#!/bin/sh\necho {uid}\n")
    fake_id.chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"}
    out = subprocess.run(["make", "-n", "lab"], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=30).stdout
    line = next(line for line in out.splitlines() if "jupyter lab" in line)
    assert line.strip().endswith("--allow-root") is flag


def matplotlib_svg() -> str:
    import io

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(2, 2))
    ax.bar(["<b>a</b>", "b"], [1, 2])
    ax.set_title("Ann & Lee's \"chart\"")
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg")
    plt.close(fig)
    return buffer.getvalue()


@pytest.mark.parametrize("svg", [
    '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>x</p></foreignObject></svg>',
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
    '<image xlink:href="https://example.org/x.png"/></svg>',
    '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill: url(https://example.org/f)"/></svg>',
    '<svg xmlns="http://www.w3.org/2000/svg"><style>@import "https://example.org/s.css";</style></svg>',
    '<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><text>x</text></a></svg>',
    '<svg xmlns="http://www.w3.org/2000/svg"><set attributeName="onmouseover" to="alert(1)"/></svg>',
    '<!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>',
    '<html><svg/></html>', "<svg", "",
])
def test_only_inert_svg_is_saved(svg):
    assert not safe_svg(svg)


def test_charts_are_saved_as_svg_and_png_and_linked_never_inlined(tmp_path):
    import base64

    from nbformat.v4 import new_code_cell, new_notebook, new_output

    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"0" * 20).decode()
    chart = matplotlib_svg()
    assert safe_svg(chart)
    nb = new_notebook(cells=[new_code_cell("plot()", outputs=[
        new_output("display_data", data={"image/png": png, "image/svg+xml": chart, "text/plain": "<Figure>"}),
        new_output("display_data", data={"image/svg+xml": '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'}),
    ])])
    page_nb, written = export_charts(nb, tmp_path, "01_terms")
    assert written == ["charts/01_terms-1.png", "charts/01_terms-1.svg"]
    assert (tmp_path / "charts" / "01_terms-1.svg").read_text(encoding="utf-8") == chart
    assert (tmp_path / "charts" / "01_terms-1.png").read_bytes().startswith(b"\x89PNG")
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == ["01_terms-1.png", "01_terms-1.svg"]
    assert "image/svg+xml" in nb.cells[0].outputs[0].data  # the executed notebook is left as it was
    page = render_pages(page_nb)["reader"].split("<main>", 1)[1]
    assert 'Download: <a href="./charts/01_terms-1.png">PNG</a> / <a href="./charts/01_terms-1.svg">SVG</a>' in page
    assert "<svg" not in page and "image/svg+xml;base64" not in page
    assert "(image/svg+xml output not included in this report)" in page


def test_a_cut_table_shows_the_first_rows_of_every_group():
    from analysis.exports import first_rows
    table = pd.DataFrame({"group": ["a"] * 40 + ["b"] * 40 + ["c"] * 5, "term": [f"w{i}" for i in range(85)]})
    rows, how = first_rows(table, 30)
    assert how == "the first 10 of each group"
    assert list(rows["term"]) == [f"w{i}" for i in range(10)] + [f"w{i}" for i in range(40, 50)] + \
        [f"w{i}" for i in range(80, 85)]
    rows, how = first_rows(table.drop(columns="group"), 30)
    assert how == "" and len(rows) == 30  # no group column: the first rows
