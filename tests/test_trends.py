"""Over time (analysis.trends, analysis.plots.trends, ``python -m analysis trends``): counts read from texts
written here, with dates chosen to fall on both sides of week and quarter boundaries."""
import io
import json
import math
import re
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import analysis
from analysis import trends
from analysis.cli import main
from analysis.plots import plot_quote_trends, plot_term_trends

DATA = Path(__file__).resolve().parents[1] / "data"

# file → (published, source, text). Words counted by reading (every token is a word: no number, no 's):
#   wed.txt  13 words, "flood" 2   (Wednesday 3 January 2024: the week of Monday 1 January)
#   mon.txt  10 words, "flood" 1   (Monday 8 January 2024: a new week)
#   sun.txt   8 words, "flood" 1   (Sunday 7 January 2024: still the week of Monday 1 January)
#   apr.txt  11 words, "flood" 3   (Monday 1 April 2024: the first day of the second quarter); 4 words quoted
#   undated.txt 8 words, "flood" 1 (no date)
ARTICLES = {
    "wed.txt": ("2024-01-03", "Ledger", "Flood water rose in the valley. Farmers watched the flood from the hill.\n"),
    "mon.txt": ("2024-01-08", "Ledger", "The council met on Monday. The flood plan was approved.\n"),
    "sun.txt": ("2024-01-07", "Courier", "Rain fell again overnight. No flood was reported.\n"),
    "apr.txt": ("2024-04-01", "Courier",
                "Flood flood flood.\n\n\u201cThe river is rising,\u201d Mayor Elena Varga said.\n"),
    "undated.txt": ("", "Ledger", "The flood returned in spring. Roads were closed.\n"),
}
WORDS = {"wed.txt": 13, "mon.txt": 10, "sun.txt": 8, "apr.txt": 11, "undated.txt": 8}
FLOOD = {"wed.txt": 2, "mon.txt": 1, "sun.txt": 1, "apr.txt": 3, "undated.txt": 1}


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("dated")
    rows = ["file,published,source"]
    for name, (published, source, text) in ARTICLES.items():
        (root / name).write_text(text, encoding="utf-8")
        rows.append(f"{name},{published},{source}")
    (root / "articles.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def small(folder):
    return analysis.load_articles(folder)


def cells(table, term="flood"):
    rows = table[table["term"] == term]
    return {(r.period, r.group): (r.count, r.words, r.rate_per_1000) for r in rows.itertuples()}


def test_the_corpus_loads_as_written(small):
    by_file = small.assign(file=small["path"].map(lambda p: Path(p).name)).set_index("file")
    assert by_file["n_words"].to_dict() == WORDS


def test_months_without_articles_are_rows_with_no_words_and_no_rate(small):
    table = trends.term_trends(small, terms=["flood"], freq="month")
    assert list(table.columns) == ["period", "group", "term", "count", "words", "rate_per_1000"]
    assert list(table["period"]) == ["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01"]
    assert set(table["group"]) == {"all"}
    assert list(table["count"]) == [2 + 1 + 1, 0, 0, 3]
    assert list(table["words"]) == [13 + 10 + 8, 0, 0, 11]
    rates = list(table["rate_per_1000"])
    assert rates[0] == pytest.approx(1000 * 4 / 31) and rates[3] == pytest.approx(1000 * 3 / 11)
    assert math.isnan(rates[1]) and math.isnan(rates[2])  # a gap, not a zero


def test_weeks_start_on_monday_and_every_group_gets_every_week(small):
    table = trends.term_trends(small, terms=["flood"], freq="week", by="source")
    weeks = sorted(set(table["period"]))
    assert weeks[0] == "2024-01-01" and weeks[-1] == "2024-04-01" and len(weeks) == 14  # Mondays, 1 Jan to 1 Apr
    assert list(table["group"][:2]) == ["Courier", "Ledger"]
    got = cells(table)
    assert got[("2024-01-01", "Ledger")][:2] == (2, 13)  # Wednesday 3 January
    assert got[("2024-01-08", "Ledger")][:2] == (1, 10)  # Monday 8 January: the next week
    assert got[("2024-01-01", "Courier")][:2] == (1, 8)  # Sunday 7 January: the week of Monday 1 January
    assert got[("2024-04-01", "Courier")][:2] == (3, 11)
    filled = {k for k, v in got.items() if v[1] > 0}
    assert filled == {("2024-01-01", "Ledger"), ("2024-01-08", "Ledger"), ("2024-01-01", "Courier"),
                      ("2024-04-01", "Courier")}
    assert len(got) == 14 * 2
    assert all(math.isnan(v[2]) and v[:2] == (0, 0) for k, v in got.items() if k not in filled)


def test_quarters_and_years(small):
    quarters = trends.term_trends(small, terms=["flood"], freq="quarter")
    assert list(zip(quarters["period"], quarters["count"], quarters["words"])) == [
        ("2024-01-01", 4, 31), ("2024-04-01", 3, 11)]  # 1 April opens the second quarter
    years = trends.term_trends(small, terms=["flood"], freq="year")
    assert list(zip(years["period"], years["count"], years["words"])) == [("2024-01-01", 7, 42)]
    with pytest.raises(ValueError, match="freq"):
        trends.term_trends(small, terms=["flood"], freq="day")


def test_terms_are_matched_as_counted_and_phrases_work(small):
    table = trends.term_trends(small, terms=["FLOOD", "flood plan", "drought"], freq="quarter")
    assert list(dict.fromkeys(table["term"])) == ["flood", "flood plan", "drought"]
    got = {(r.period, r.term): r.count for r in table.itertuples()}
    assert got[("2024-01-01", "flood")] == 4 and got[("2024-01-01", "flood plan")] == 1
    assert got[("2024-01-01", "drought")] == 0 and got[("2024-04-01", "drought")] == 0
    lines = trends.describe_trends(table, freq="quarter")
    assert any(line.startswith("drought: not found") for line in lines)
    peak = next(line for line in lines if line.startswith("flood:"))
    assert "2024-04-01" in peak and "3 of 11 words" in peak  # 3/11 per word beats 4/31


def test_counts_are_reused_and_checked(small):
    counts = analysis.term_counts(small)
    assert trends.term_trends(small, terms=["flood"], counts=counts).equals(
        trends.term_trends(small, terms=["flood"]))
    with pytest.raises(ValueError, match="ngram_range"):
        trends.term_trends(small, terms=["flood plan"], counts=counts)
    with pytest.raises(ValueError, match="counts"):
        trends.term_trends(small.iloc[:2], terms=["flood"], counts=counts)


def test_undated_articles_are_counted_in_one_line(small):
    note = trends.undated_note(small)
    assert note.startswith("1 of 5 article(s) have no date") and "\n" not in note
    dated = small[small["published"].notna()]
    assert trends.undated_note(dated) is None
    assert trends.term_trends(small, terms=["flood"], freq="year")["count"].sum() == 7  # the undated 1 left out
    none = trends.undated_note(small.assign(published=pd.NaT))
    assert none.startswith("None of the 5 article(s) has a date")
    empty = trends.term_trends(small.assign(published=pd.NaT), terms=["flood"])
    assert empty.empty and list(empty.columns) == trends.TREND_COLUMNS


def test_periods_table_and_its_sentences(small):
    periods = trends.trend_periods(small, freq="month")
    assert list(zip(periods["period"], periods["n_articles"], periods["words"])) == [
        ("2024-01-01", 3, 31), ("2024-02-01", 0, 0), ("2024-03-01", 0, 0), ("2024-04-01", 1, 11)]
    lines = trends.describe_periods(periods, freq="month")
    assert "4 month(s)" in lines[0] and "2 of them have at least one article; the other 2 have none" in lines[0]
    assert "2 of the 2 points" in lines[1] and "1,000 words" in lines[1]


def test_quote_measures_per_period(small):
    quotes = analysis.extract_quotes(small)
    table = trends.quote_trends(quotes, small, freq="month")
    assert list(table["period"]) == ["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01"]
    assert list(table["n_articles"]) == [3, 0, 0, 1]
    april = table.iloc[3]
    assert april["quoted_words"] == 4 and april["quoted_share"] == pytest.approx(4 / 11)  # "The river is rising"
    assert april["top_speaker"] == "Elena Varga" and april["anonymous_share"] == 0
    assert table.iloc[0]["quoted_share"] == 0 and table.iloc[0]["n_attributions"] == 0
    assert table.iloc[1:3]["quoted_share"].isna().all() and (table.iloc[1:3]["top_speaker"] == "").all()
    lines = trends.describe_quote_trends(table, freq="month")
    assert lines == ["2 month(s) with articles; the most quoted is the month starting 2024-04-01 (36.4% of its words "
                     "inside quotation marks), the least the month starting 2024-01-01 (0.0%); anonymous sources have "
                     "0.0% of the attributions; Elena Varga has the most quoted words in 1 of the 2 month(s)."]


def test_lines_break_at_periods_without_articles(small):
    colors = analysis.group_colors(small, by="source")
    table = trends.term_trends(small, terms=["flood"], freq="month", by="source")
    fig = plot_term_trends(table, colors=colors)
    assert fig.group_colors == {"Courier": colors["Courier"], "Ledger": colors["Ledger"]}
    lines = {line.get_color(): line.get_ydata() for line in fig.axes[0].get_lines()}
    ledger, courier = np.asarray(lines[colors["Ledger"]], float), np.asarray(lines[colors["Courier"]], float)
    assert ledger[0] == pytest.approx(1000 * 3 / 23) and np.isnan(ledger[1:]).all()  # no Ledger article after January
    assert courier[0] == pytest.approx(1000 / 8) and np.isnan(courier[1:3]).all()
    assert courier[3] == pytest.approx(1000 * 3 / 11)
    quotes = analysis.extract_quotes(small)
    fig = plot_quote_trends(trends.quote_trends(quotes, small, freq="month", by="source"), colors=colors)
    assert fig.group_colors == {"Courier": colors["Courier"], "Ledger": colors["Ledger"]}


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["trends", *map(str, argv)])
    return code, out.getvalue(), err.getvalue()


def test_cli_csv_json_and_table(folder):
    code, out, err = run(folder, "--terms", "flood,Flood plan", "--freq", "week", "--by", "source", "--format", "csv")
    assert code == 0, err
    table = pd.read_csv(io.StringIO(out))
    assert list(table.columns) == ["period", "group", "term", "count", "words", "rate_per_1000"]
    assert len(table) == 14 * 2 * 2
    row = table[(table["period"] == "2024-01-08") & (table["group"] == "Ledger") & (table["term"] == "flood plan")]
    assert row[["count", "words"]].values.tolist() == [[1, 10]]
    assert "1 of 5 article(s) have no date" in err
    code, out, _ = run(folder, "--terms", "flood", "--freq", "quarter", "--format", "json")
    assert code == 0
    assert [(r["period"], r["count"], r["words"]) for r in json.loads(out)] == [("2024-01-01", 4, 31),
                                                                               ("2024-04-01", 3, 11)]
    code, out, _ = run(folder, "--terms", "flood", "--freq", "month")
    assert code == 0 and out.splitlines()[0].split() == ["period", "group", "term", "count", "words", "rate_per_1000"]
    assert "NaN" in out.splitlines()[2]  # February: no article


def test_cli_errors(folder):
    code, _, err = run(folder, "--terms", "flood", "--by", "colour")
    assert code == 2 and "colour" in err


# --- the seeds (data/): the 2021 piece is dated 12 May 2021, the 2024 piece 13 May 2024 by its byline ---------

def test_seed_months(articles):
    table = trends.term_trends(articles.reset_index(drop=True), terms=["rafah", "blinken"], freq="month")
    months = sorted(set(table["period"]))
    assert months[0] == "2021-05-01" and months[-1] == "2024-05-01" and len(months) == 37
    filled = table[table["words"] > 0]
    assert sorted(set(filled["period"])) == ["2021-05-01", "2024-05-01"]  # the other 35 months are gaps
    text_2021 = (DATA / "articles" / "2021-05-12_us-envoy-hady-amr.txt").read_text(encoding="utf-8")
    text_2024 = (DATA / "articles" / "2024-05-13_biden-rafah-talks.txt").read_text(encoding="utf-8")
    got = {(r.period, r.term): r.count for r in filled.itertuples()}
    assert got[("2024-05-01", "rafah")] == len(re.findall(r"\bRafah\b", text_2024))
    assert got[("2021-05-01", "rafah")] == 0
    assert got[("2021-05-01", "blinken")] == len(re.findall(r"\bBlinken\b", text_2021)) > 0
    assert trends.undated_note(articles) is None


def test_seed_quotes_per_year(articles):
    articles = articles.reset_index(drop=True)
    table = trends.quote_trends(analysis.extract_quotes(articles), articles, freq="year")
    assert list(table["period"]) == ["2021-01-01", "2022-01-01", "2023-01-01", "2024-01-01"]
    assert list(table["n_articles"]) == [1, 0, 0, 1]
    assert table.iloc[0]["top_speaker"] == "Antony Blinken"  # quoted on the record in the 2021 piece
    assert table.iloc[3]["anonymous_share"] > 0  # the 2024 piece rests on an anonymous official


def test_the_default_period_is_the_shortest_spanning_at_most_52(small, articles):
    assert trends.choose_freq(small) == "week"  # 3 January to 1 April 2024: 14 weeks
    assert trends.choose_freq(articles) == "month"  # May 2021 to May 2024: 157 weeks, 37 months
    assert trends.choose_freq(small.assign(published=pd.NaT)) == "year"
    one_month = trends.describe_periods(trends.trend_periods(small[small["path"].str.contains("wed|mon")]),
                                        freq="month")
    assert one_month[1].startswith("Every dated article falls in one month")


def test_nothing_dated_gives_empty_tables_and_message_charts(small):
    undated = small.assign(published=pd.NaT)
    table = trends.quote_trends(analysis.extract_quotes(small), undated)
    assert table.empty and list(table.columns) == trends.QUOTE_TREND_COLUMNS
    assert plot_quote_trends(table).group_colors == {}
    assert plot_term_trends(trends.term_trends(undated, terms=["flood"])).group_colors == {}
    assert trends.describe_trends(trends.term_trends(undated, terms=["flood"])) == []


def test_summary_per_term_and_group(small):
    table = trends.term_trends(small, terms=["flood", "drought"], freq="week", by="source")
    summary = trends.trend_summary(table)
    assert list(zip(summary["term"], summary["group"])) == [("flood", "Courier"), ("flood", "Ledger"),
                                                            ("drought", "Courier"), ("drought", "Ledger")]
    courier, ledger = summary.iloc[0], summary.iloc[1]
    assert (courier["count"], courier["words"], courier["periods"], courier["periods_used"]) == (4, 19, 2, 2)
    assert courier["peak_period"] == "2024-04-01" and courier["peak_rate_per_1000"] == pytest.approx(3000 / 11)
    assert (ledger["count"], ledger["words"], ledger["peak_period"]) == (3, 23, "2024-01-01")  # 2 of 13 beats 1 of 10
    assert summary.iloc[2]["peak_period"] == "" and summary.iloc[2]["periods_used"] == 0


def test_summary_groups_keep_their_order_whatever_period_they_start_in(small):
    late = small.assign(source=small["source"].replace({"Courier": "Atlas"}))  # Atlas sorts first, starts later
    shifted = late.assign(published=late["published"].where(late["source"] != "Atlas", pd.Timestamp("2024-04-01")))
    summary = trends.trend_summary(trends.term_trends(shifted, terms=["flood"], freq="month", by="source"))
    assert list(summary["group"]) == ["Atlas", "Ledger"]


def test_charts_keep_the_groups_with_most_words_and_say_so(small):
    table = trends.term_trends(small, terms=["flood"], freq="month", by="source")
    fig = plot_term_trends(table, max_groups=1)
    assert list(fig.group_colors) == ["Ledger"]  # 13 + 10 words against Courier's 8 + 11
    assert "(the 1 of 2 groups with most words)" in fig._suptitle.get_text()
