"""Corpus overview tables and findings."""
import pandas as pd

from analysis import load_corpus
from analysis.overview import describe_corpus, summarize_groups
from analysis.plots import plot_article_sizes


def test_group_summary_of_the_seeds(corpus):
    table = summarize_groups(corpus.articles, by="year").set_index("year")
    assert table.loc["2021", "articles"] == 1 and table.loc["2024", "articles"] == 1
    assert table["words"].sum() == corpus.articles["n_words"].sum()
    assert table.loc["2024", "first_published"] == pd.Timestamp("2024-05-13 04:00")


def test_undated_articles_form_an_unknown_group(tmp_path):
    (tmp_path / "a.txt").write_text("Dated headline\n\nMay 2, 2023\n\nThe mayor said the road would reopen.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Undated headline\n\nThe council said the school would stay open.", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    table = summarize_groups(corpus.articles, by="year")
    assert table["year"].tolist() == ["2023", "unknown"]
    findings = " ".join(describe_corpus(corpus.articles, corpus.problems, corpus.cleaning_log))
    assert "1 article(s) have no date" in findings and "Dates run from 2023-05-02 to 2023-05-02" in findings


def test_findings_state_counts_from_the_data(corpus):
    text = " ".join(describe_corpus(corpus.articles, corpus.problems, corpus.cleaning_log))
    total = int(corpus.articles["n_words"].sum())
    assert f"2 article(s) loaded, {total:,} words" in text
    assert "Cleaning removed 13 line(s)" in text


def test_size_chart_labels(corpus):
    fig = plot_article_sizes(corpus.articles, by="year")
    ax = fig.axes[0]
    assert ax.get_xlabel() and "year" in fig.get_suptitle()
    assert sorted(t.get_text() for t in ax.get_legend().get_texts()) == ["2021", "2024"]


def test_findings_count_repaired_lines_apart(tmp_path):
    # one embedded-tweet line (markup removed, its text kept) and one mojibake line, written for this test
    (tmp_path / "a.txt").write_text(
        "The council met on Monday and voted on the plan for the new school.\n\n"
        '<tweet tweet-id="1">The vote is today.</tweet>\n\n'
        "The cleric GÃ¼len was named in the report by the committee.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    text = " ".join(describe_corpus(corpus.articles, corpus.problems, corpus.cleaning_log))
    assert "repaired 2 line(s)" in text and "Cleaning removed 0 line(s)" in text


def test_size_chart_shows_every_group_when_it_cannot_show_every_article():
    # group a: 10 long articles; group b: 10 short ones; top = 8 → 4 of each, the longest of each
    articles = pd.DataFrame({"article_id": [f"a{i}" for i in range(10)] + [f"b{i}" for i in range(10)],
                             "source": ["a"] * 10 + ["b"] * 10,
                             "n_words": [1000 + i for i in range(10)] + [100 + i for i in range(10)]})
    fig = plot_article_sizes(articles, by="source", top=8)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert sorted(labels) == ["a6", "a7", "a8", "a9", "b6", "b7", "b8", "b9"]


def test_paragraph_caveat_only_when_most_articles_are_one_paragraph():
    from analysis.overview import paragraph_caveat
    # 2 of 3 articles are one paragraph (a wire file with no blank lines): the caveat counts them; 1 of 3: none
    articles = pd.DataFrame({"article_id": list("abc"), "n_paragraphs": [1, 1, 12]})
    assert paragraph_caveat(articles).startswith("2 of 3 article(s) are one paragraph")
    assert paragraph_caveat(articles.assign(n_paragraphs=[1, 5, 12])) is None
