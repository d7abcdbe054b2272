"""Pages for reading: findings as escaped Markdown, numbers formatted for reading, a grouping that compares
little said once, caveats that adapt to the data. Corpora and tables are written by the tests."""
import html
import re

import mistune
import numpy as np
import pandas as pd

import analysis
from analysis import cli
from analysis.display import findings_markdown, p_value, percent, show_findings
from analysis.groups import grouping_advice, grouping_columns
from analysis.keyness import describe_keyness, keyness
from analysis.overview import loading_note, small_groups_caveat
from analysis.quotes import describe_quotes
from analysis.report import corpus_summary

HOSTILE = ["<script>alert(1)</script>", "[x](javascript:alert(1))", "**bold**", "$x$", "_em_", "# heading",
           "<img src=x onerror=alert(1)>", "https://evil.example/x", "www.evil.example", "a | b", "`code`", "&amp;"]


def rendered(markdown: str) -> str:
    """The HTML nbconvert's Markdown renderer (mistune) makes of ``markdown``."""
    return mistune.html(markdown)


def test_hostile_speaker_names_stay_text_in_the_findings():
    articles = pd.DataFrame({"article_id": ["a"], "year": [2020], "n_words": [100], "text": ["p0"]})
    quotes = pd.DataFrame([("a", "direct", name, "person", 0, 5, 5) for name in HOSTILE],
                          columns=["article_id", "kind", "speaker", "speaker_type", "paragraph", "n_words",
                                   "n_quoted_words"])
    lines = describe_quotes(quotes, articles, by="year") + [f"speaker: {name}" for name in HOSTILE]
    page = rendered(findings_markdown(lines))
    assert page.count("<li>") == len(lines)
    for tag in ("<script", "<img", "<a ", "<strong", "<em", "<h1", "<code", "<table", "href"):
        assert tag not in page
    text = html.unescape(re.sub(r"<[^>]+>", "", page))
    for name in HOSTILE:
        assert f"speaker: {name}" in text  # shown exactly as written
    assert "\\$x\\$" in findings_markdown(["$x$"])  # no math in Jupyter either
    bidi = rendered(findings_markdown(["a\u202eb"]))  # a right-to-left override would reverse what is read
    assert "\u202e" not in bidi and "a\\u202eb" in bidi


def test_a_finding_is_one_list_item_whatever_its_text():
    lines = ["1. looks like a list", "- dash\nsecond line", "> quote", "plain"]
    page = rendered(findings_markdown(lines))
    assert page.count("<li>") == 4 and "<ol" not in page and "<blockquote" not in page
    assert show_findings([None, " "]) is None
    assert show_findings(["a"]).data == "- a"


def test_numbers_for_reading():
    assert percent(0.419) == "41.9%" and percent(1) == "100.0%" and percent(np.nan) == "—"
    assert p_value(6.5e-42) == "6.5e-42" and p_value(0.032) == "0.032" and p_value(0.5) == "0.5"
    assert p_value(0.0) != "0.0" and p_value(0.0).startswith("< ")
    assert p_value(0.00012) == "1.2e-04"


def test_keyness_findings_give_small_p_values_in_scientific_notation():
    # "alpha" 40 times in A and never in B, in 80 words each side: G² large, p far below 0.001
    articles = pd.DataFrame({"article_id": ["a", "b"], "year": [2020, 2021],
                             "text": [" ".join(["alpha"] * 40 + ["beta"] * 40), " ".join(["beta"] * 80)]})
    lines = describe_keyness(keyness(articles, by="year"), top=1)
    assert re.search(r"alpha \(2020: 40, 2021: 0; G² = [\d.]+, p = \d\.\de-\d\d, ", lines[0]), lines[0]


def test_terms_command_prints_small_p_values_in_scientific_notation(tmp_path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    (data / "a.txt").write_text("The alpha report. " + "Alpha alpha alpha alpha alpha. " * 20, encoding="utf-8")
    (data / "b.txt").write_text("The beta report. " + "Beta beta beta beta beta. " * 20, encoding="utf-8")
    (data / "articles.csv").write_text("file,source\na.txt,One\nb.txt,Two\n", encoding="utf-8")
    assert cli.main(["terms", str(data), "--by", "source", "--top", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    row = next(line for line in out if " alpha " in line).split()
    assert re.fullmatch(r"\d\.\de-\d\d", row[row.index("alpha") + 7]), row  # term count count_ref rate rate_ref tfidf g2 p


def test_grouping_advice_when_most_articles_have_no_value(tmp_path):
    # 2 dated, 3 undated; every article has a source (two outlets)
    articles = pd.DataFrame({"article_id": list("abcde"), "year": [2017, 2017, None, None, None],
                             "source": ["Wire", "Wire", "Paper", "Paper", "Paper"],
                             "author": [None, None, None, None, "Kim"], "n_words": [10] * 5})
    advice = grouping_advice(articles, by="year")
    assert "3 of 5 articles have no value for year" in advice and "source (2 groups)" in advice
    assert "author" not in advice  # one article has one
    assert grouping_advice(articles, by="source") is None
    assert grouping_columns(articles) == {"source": 2}  # year: known in 2 of 5 only
    one = grouping_advice(articles.assign(year=2017), by="year")
    assert "one group of year ('2017')" in one and "source (2 groups)" in one
    assert corpus_summary(articles.assign(published=pd.NaT), by="year")["advice"] == advice
    assert corpus_summary(articles.assign(published=pd.NaT), by="source")["advice"] is None


def test_small_groups_caveat_only_for_groups_of_one_or_two():
    articles = pd.DataFrame({"article_id": list("abcdefg"), "source": ["A"] * 3 + ["B"] * 3 + ["C"]})
    assert small_groups_caveat(articles, by="source").startswith("Group(s) of one or two articles: C (1).")
    assert small_groups_caveat(articles.iloc[:6], by="source") is None


def test_loading_note_counts_problems_about_the_articles_shown():
    problems = pd.DataFrame({"file": ["empty.txt", "shown.txt", "other.txt", "rec.json#2"],
                             "action": ["skipped", "loaded", "loaded", "loaded"],
                             "reason": ["empty file (0 bytes)", "decoded as cp1252", "decoded as cp1252", "x"]})
    articles = pd.DataFrame({"article_id": ["shown", "rec-2"], "path": ["shown.txt", "rec.json#2"]})
    note = loading_note(articles, problems)
    assert note == ("Loading skipped 1 file(s) and flagged 3 other problem(s) in the folder, 2 of them about the "
                    "articles shown here; notebook 00 lists each one.")
    assert loading_note(articles, problems.iloc[0:0]) is None



def test_exported_from_the_package():
    assert analysis.show_findings is show_findings and analysis.grouping_advice is grouping_advice


def test_index_marks_no_group_compared_when_one_group():
    # every article undated: one group 'unknown' for year, compared with nothing; by source two groups, both compared
    articles = pd.DataFrame({"article_id": list("abc"), "year": [None] * 3, "source": ["Wire", "Wire", "Paper"],
                             "n_words": [10] * 3, "published": pd.NaT})
    assert [g["compared"] for g in corpus_summary(articles, by="year")["groups"]] == [False]
    assert [g["compared"] for g in corpus_summary(articles, by="source")["groups"]] == [True, True]


def test_grouping_advice_says_how_to_group_when_no_column_does():
    # three undated articles, no source: nothing groups them, and the advice says how to give sources and dates
    articles = pd.DataFrame({"article_id": list("abc"), "year": [None] * 3, "n_words": [10] * 3})
    advice = grouping_advice(articles, by="year")
    assert "No other column of the articles table groups this corpus" in advice and "articles.csv" in advice
    assert "source and publication date" in advice
    # dated, all in one year, no source: only the source is missing
    dated = articles.assign(year=2017, published=pd.Timestamp("2017-12-01"))
    advice = grouping_advice(dated, by="year")
    assert "give each file its source in an articles.csv" in advice and "publication date" not in advice
