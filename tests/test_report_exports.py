"""The report's exports and options on a small corpus written here (three outlets, a dozen articles):
every table a page shows is a CSV whose first rows are the rows on the page, the quotes, articles and
keyness tables are exported whole, every chart is an SVG (valid XML, linked from its page and the index)
beside its PNG and never inside a page, page titles come from the notebooks' headings, the options
reach the notebooks that declare them, and nothing is written outside ``--out``.

The same report checks issue 13's "any corpus" promises on a corpus with markup (an embedded tweet, entities) and
mojibake left in two undated articles: each outlet appears in every per-article view, a group has the same colour
in every chart of every notebook (the mapping each chart was drawn with, read back from its SVG), and no markup or
mojibake term, nor an outlet's own name, is among the keyness terms.

The same report stands for "the workbook stays true on a corpus of several outlets" (``test_report_corpora.py``):
no reader page states a fact of the seed articles, and the index counts the outlets written here. The years are
2022 and 2023, not the seeds' 2024, and the report is run from its folder with relative paths (as a user types
them), so that the index shows ``data``, not a temporary path.

One report is built for the module, by ``python -m analysis report`` while the tests before these run
(``report_runs.py``).
"""
from __future__ import annotations

import hashlib
import html as htmllib
import math
import re
import shutil
import urllib.parse
import xml.etree.ElementTree as ET
from pathlib import Path

import nbformat
import pandas as pd
import pytest

import report_runs
from analysis import exports
from analysis.report import DEFAULT_NOTEBOOKS, declared_parameters, list_notebooks
from corpora import write_corpus
from test_report import Page
from test_report_corpora import assert_states_no_seed_fact

OUTLETS = ["Ledger", "Courier", "Herald"]
EXTRA_STOP_WORDS = ["said", "percent"]
KEYWORD = "council"
PER_GROUP = 2


def snapshot(folder: Path, skip: Path) -> dict[str, str]:
    """SHA-256 of every file under ``folder`` except those under ``skip``."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and skip not in p.parents}


#: Two undated articles written for these tests: source artefacts the cleaning must repair (an embedded tweet
#: with its attributes, HTML entities; UTF-8 read as cp1252).
MARKUP_ARTICLE = """Council vote splits the town

The town council voted on Tuesday to close the old library, and the mayor said the decision was final.

<tweet tweet-id="8812" datetime="2023-03-01T10:00:00">The council vote is a sad day for readers &amp; writers.</tweet>

Residents gathered outside the hall. "We will keep fighting for the library," said Ann Porter, who leads the
friends of the library group.

<tweet tweet-id="8813" datetime="2023-03-01T11:00:00">Save our library &amp; our history.</tweet>
"""
MOJIBAKE_ARTICLE = """Cleric's allies named in report

The report named allies of the cleric GÃ¼len in three ministries, officials said on Monday.

Supporters of GÃ¼len denied the claims. "These are lies," said Mehmet Kaya, a spokesman for the group.
"""
#: Articles written by :func:`write_corpus` (in turn to each outlet), then the two above (Ledger, Courier).
N_WRITTEN = 30
N_ARTICLES = N_WRITTEN + 2
PER_OUTLET = {"Ledger": 11, "Courier": 11, "Herald": 10}


def write_artefacts(data: Path) -> None:
    """The two articles above, added to the manifest (Ledger and Courier)."""
    (data / "zz-markup.txt").write_text(MARKUP_ARTICLE, encoding="utf-8")
    (data / "zz-mojibake.txt").write_text(MOJIBAKE_ARTICLE, encoding="utf-8")
    with open(data / "articles.csv", "a", encoding="utf-8", newline="") as f:
        f.write("zz-markup.txt,Ledger\r\nzz-mojibake.txt,Courier\r\n")


def prepare(base: Path) -> tuple[list[str], dict[str, str]]:
    """The corpus and a copy of the notebooks in ``base``: the command's arguments (relative paths, run in
    ``base``) and the hashes of every file there before the report."""
    data = base / "data"
    write_corpus(data, N_WRITTEN, years=(2022, 2023), sources=OUTLETS)
    write_artefacts(data)
    notebooks = base / "notebooks"
    notebooks.mkdir()
    for nb in list_notebooks(DEFAULT_NOTEBOOKS):
        shutil.copy(nb, notebooks / nb.name)
    args = ["data", "--out", "out", "--notebooks", "notebooks", "--by", "source",
            "--stop-words", ",".join(EXTRA_STOP_WORDS), "--keyword", KEYWORD, "--top", "5",
            "--ngram-range", "1", "2", "--per-group", str(PER_GROUP), "--jobs", "2"]
    return args, snapshot(base, base / "out")


report_runs.add("exports", prepare, readers={"test_report_exports.py"})


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    run = report_runs.rendered("exports", tmp_path_factory)
    base = run.base
    return base, base / "data", base / "notebooks", base / "out", run.returncode, run.context


def page_tables(page: str) -> list[dict]:
    """Each table shown by ``analysis.show_table`` on a page: header, rows of cell texts and the
    link under it (None when the table was not exported)."""
    found = []
    for match in re.finditer(r'<table id="T_[\w-]+">(.*?)</table>\s*<p class="table-note">(.*?)</p>', page, re.S):
        table, note = match.groups()
        header = [htmllib.unescape(re.sub(r"<[^>]+>", "", h)).replace("\u200b", "").strip()  # break hints
                  for h in re.findall(r"<th[^>]*>(.*?)</th>", table.split("</thead>")[0], re.S)]
        body = table.split("<tbody>", 1)[1] if "<tbody>" in table else ""
        rows = [[htmllib.unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
                for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)]
        link = re.search(r'href="([^"]+)"', note)
        found.append({"header": header, "rows": rows, "note": htmllib.unescape(re.sub(r"<[^>]+>", "", note)),
                      "href": htmllib.unescape(link.group(1)) if link else None})
    return found


def same_value(shown: str, value) -> bool:
    """Whether a cell as shown on the page stands for the CSV's value (read as text)."""
    if value.strip() == "":  # CSV writes a missing value and an empty text alike
        return shown in (exports.MISSING, "")
    if shown == " ".join(value.split()):  # a page collapses white space
        return True
    number = shown.replace(",", "")
    try:
        csv_number = float(value)
    except ValueError:  # text or a date: the page may shorten a date-time
        return bool(re.fullmatch(r"\d{4}-\d\d-\d\d( \d\d:\d\d)?", shown)) and value.startswith(shown.replace(" ", "T")[:10])
    if number.endswith("%"):
        return math.isclose(float(number[:-1]) / 100, csv_number, abs_tol=0.0006)
    if "e" in number:
        return math.isclose(float(number), csv_number, rel_tol=0.06)
    decimals = len(number.partition(".")[2])
    return math.isclose(float(number), csv_number, abs_tol=0.5 * 10 ** -decimals + 1e-12)


def test_the_report_runs(built):
    base, data, notebooks, out, rc, before = built
    assert rc == 0


def test_the_report_is_true_to_a_corpus_of_three_outlets(built):
    """No page states a fact of the seed articles; the index counts the articles and outlets written here."""
    base, data, notebooks, out, rc, before = built
    assert_states_no_seed_fact(out)
    index = Page((out / "index.html").read_text(encoding="utf-8")).visible
    assert f"{N_ARTICLES} articles" in index and f"{len(OUTLETS)} groups by source" in index
    for outlet, n in PER_OUTLET.items():
        assert f"{outlet} {n}" in index


def test_every_table_on_a_page_is_a_csv_whose_first_rows_it_shows(built):
    base, data, notebooks, out, rc, before = built
    seen = set()
    for src in list_notebooks(notebooks):
        page = (out / f"{src.stem}.reader.html").read_text(encoding="utf-8")
        tables = page_tables(page)
        assert tables, f"{src.name} shows no table"
        for table in tables:
            assert table["href"] and table["href"].startswith("./tables/"), (src.name, table["note"])
            path = out / urllib.parse.unquote(table["href"][2:])
            assert path.is_file(), table["href"]
            seen.add(path.name)
            csv = pd.read_csv(path, dtype=str, keep_default_na=False)
            assert set(table["header"]) <= set(csv.columns), (path.name, table["header"])
            assert len(table["rows"]) == min(len(csv), len(table["rows"])) and len(table["rows"]) <= 30
            if len(table["rows"]) < len(csv):
                assert f"Showing {len(table['rows'])} of {len(csv):,} rows" in table["note"], table["note"]
            expected = csv
            each = re.search(r"\(the first (\d+) of each group\)", table["note"])
            if each:  # a table cut to the first rows of each group, so that none is left off the page
                expected = csv.groupby("group", sort=False).head(int(each.group(1)))
                assert expected["group"].nunique() == csv["group"].nunique()
            for shown_row, (_, csv_row) in zip(table["rows"], expected.iterrows()):
                for column, cell in zip(table["header"], shown_row):
                    assert same_value(cell, csv_row[column]), (path.name, column, cell, csv_row[column])
    assert seen == {p.name for p in (out / "tables").glob("*.csv")} - {
        "00-articles.csv", "02-keyness.csv", "01-concordance-all.csv", "03-quoted-share-all-articles.csv"}
    assert any(len(pd.read_csv(out / "tables" / name)) > 30 for name in seen)  # one table at least is cut


def test_quotes_articles_and_keyness_are_exported_in_full(built):
    base, data, notebooks, out, rc, before = built
    articles = pd.read_csv(out / "tables" / "00-articles.csv")
    assert len(articles) == N_ARTICLES and {"article_id", "title", "source", "text"} <= set(articles.columns)
    assert sorted(articles["source"].unique()) == sorted(OUTLETS)
    quotes = pd.read_csv(out / "tables" / "03-quotes.csv")
    assert {"article_id", "kind", "speaker", "text", "start", "end", "location"} <= set(quotes.columns)
    assert quotes["article_id"].nunique() == N_ARTICLES
    keyness = pd.read_csv(out / "tables" / "02-keyness.csv")
    top = pd.read_csv(out / "tables" / "02-keyness-top.csv")
    assert len(keyness) > len(top) and set(top["term"]) <= set(keyness["term"])
    for page in ("00_corpus_overview", "02_tfidf_comparison"):
        text = (out / f"{page}.reader.html").read_text(encoding="utf-8")
        assert {"00_corpus_overview": "./tables/00-articles.csv", "02_tfidf_comparison": "./tables/02-keyness.csv"}[page] in text


def test_every_chart_is_an_svg_beside_a_png_linked_from_its_page_and_the_index(built):
    base, data, notebooks, out, rc, before = built
    index = (out / "index.html").read_text(encoding="utf-8")
    svgs = sorted((out / "charts").glob("*.svg"))
    assert len(svgs) >= 8  # 00: 1, 01: 3, 02: several, 03: 3
    for svg in svgs:
        root = ET.parse(svg).getroot()
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
        png = svg.with_suffix(".png")
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        stem = svg.name.rsplit("-", 1)[0]
        page = (out / f"{stem}.reader.html").read_text(encoding="utf-8")
        for file in (svg, png):
            assert f'href="./charts/{file.name}"' in page and f'href="./charts/{file.name}"' in index
    for src in list_notebooks(notebooks):
        page = (out / f"{src.stem}.reader.html").read_text(encoding="utf-8")
        n_images = page.count('src="data:image/png;base64,')
        assert n_images == page.count("Download: <a"), src.name  # one download line per chart
        outputs = page.split("<main>", 1)[1]  # after the stylesheet (JupyterLab's icons)
        assert "image/svg+xml" not in outputs and "<svg" not in outputs  # SVG never inside a page
    for table in (out / "tables").glob("*.csv"):
        assert f'href="./tables/{table.name}"' in index


def test_page_titles_are_the_notebooks_headings(built):
    base, data, notebooks, out, rc, before = built
    for src in list_notebooks(notebooks):
        heading = next(line.lstrip("#").strip() for cell in nbformat.read(src, as_version=4).cells
                       if cell.cell_type == "markdown" for line in cell.source.splitlines() if line.startswith("#"))
        for page in (f"{src.stem}.html", f"{src.stem}.reader.html"):
            title = re.search(r"<title>(.*?)</title>", (out / page).read_text(encoding="utf-8"), re.S).group(1)
            assert htmllib.unescape(title) == heading != "Notebook"


def test_options_reach_the_notebooks_that_declare_them(built):
    base, data, notebooks, out, rc, before = built
    expected = {"top": 5, "keyword": KEYWORD, "ngram_range": [1, 2], "stop_words": EXTRA_STOP_WORDS, "per_group": PER_GROUP,
                "export_dir": str((out / "tables").resolve())}
    for src in list_notebooks(notebooks):
        declared = declared_parameters(nbformat.read(src, as_version=4))
        passed = nbformat.read(out / src.name, as_version=4).metadata["papermill"]["parameters"]
        assert set(passed) <= set(declared)
        assert {k: passed[k] for k in expected if k in declared} == {k: v for k, v in expected.items() if k in declared}
    kwic = pd.read_csv(out / "tables" / "01-concordance.csv")
    assert len(kwic) and set(kwic["keyword"].str.lower()) == {KEYWORD}
    for name in ("01-phrases.csv", "02-keyness.csv", "01-collocations.csv"):
        words = {w for term in pd.read_csv(out / "tables" / name)["term"] for w in str(term).split()}
        assert not words & set(EXTRA_STOP_WORDS), name
    assert pd.read_csv(out / "tables" / "01-phrases.csv")["ngram"].max() == 2


def test_nothing_is_written_outside_out(built):
    base, data, notebooks, out, rc, before = built
    assert snapshot(base, out) == before
    index = (out / "index.html").read_text(encoding="utf-8")
    pages = [p.read_text(encoding="utf-8") for p in out.glob("*.html")]
    assert str(out.resolve()) not in index and not any(str(out.resolve()) in page for page in pages)


# -- any corpus (issue 13) ----------------------------------------------------------------------------------------

#: The per-article charts, in the order the notebooks draw them: words per article, dispersion (01); TF-IDF per
#: article, documents = articles and paragraphs (02); speaker shares per article, quote positions (03).
PER_ARTICLE_CHARTS = ["01_term_frequency-2.svg", "01_term_frequency-3.svg", "02_tfidf_comparison-1.svg",
                      "02_tfidf_comparison-2.svg", "03_quote_attribution-1.svg", "03_quote_attribution-3.svg"]


def chart_colors(out: Path) -> dict[str, dict[str, str]]:
    """The mapping group → colour each exported chart was drawn with (``analysis.plots.style.svg_colors``)."""
    from analysis.plots.style import svg_colors
    return {svg.name: svg_colors(svg.read_text(encoding="utf-8")) for svg in sorted((out / "charts").glob("*.svg"))}


def test_a_group_has_one_colour_in_every_chart_of_every_notebook(built):
    base, data, notebooks, out, rc, before = built
    from analysis import group_colors, load_corpus
    expected = group_colors(load_corpus(data).articles, by="source")
    charts = {name: colors for name, colors in chart_colors(out).items() if colors}
    assert {name.split("-")[0][:2] for name in charts} == {"00", "01", "02", "03", "04", "05", "06"}  # charts of every notebook
    for name, colors in charts.items():
        for group, colour in colors.items():
            assert group == "rest" or colour == expected[group], (name, group, colour, expected.get(group))
    assert len(set(expected[o] for o in OUTLETS)) == len(OUTLETS)


def test_every_outlet_appears_in_every_per_article_view(built):
    base, data, notebooks, out, rc, before = built
    charts = chart_colors(out)
    for name in PER_ARTICLE_CHARTS:  # the panels of each outlet's articles, coloured by outlet
        assert set(OUTLETS) <= set(charts[name] or {}), (name, charts[name])
    articles = pd.read_csv(out / "tables" / "00-articles.csv")
    source = dict(zip(articles["article_id"], articles["source"]))
    shown = pd.read_csv(out / "tables" / "03-quoted-share-articles.csv")  # one row per article of the sample
    per_outlet = pd.Series([source[a] for a in shown["group"]]).value_counts()
    assert sorted(per_outlet.index) == sorted(OUTLETS) and set(per_outlet) == {PER_GROUP}  # as many from each
    page = (out / "01_term_frequency.reader.html").read_text(encoding="utf-8")
    assert f"Showing {PER_GROUP} of" in page and "articles per group" in page


def test_no_markup_mojibake_or_outlet_name_is_a_keyness_term(built):
    base, data, notebooks, out, rc, before = built
    terms = {str(t).lower() for t in pd.read_csv(out / "tables" / "02-keyness.csv")["term"]}
    words = {w for t in terms for w in t.split()}
    assert not words & {"tweet", "tweet-id", "datetime", "amp", "href"}
    assert not any("ã" in w or "Ã" in w for w in words)
    assert not words & {o.lower() for o in OUTLETS}  # by source: the outlets' own names are left out
    assert "gülen" in words  # the repaired name is counted
    log = pd.read_csv(out / "tables" / "00-cleaning-log.csv")  # every repair is logged
    assert log["reason"].str.startswith("mojibake repaired").any()
    assert log["reason"].str.startswith("markup removed").any()
