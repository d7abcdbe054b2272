"""The two seed articles, loaded from data/: metadata, cleaning and sizes, as read from the texts."""
import hashlib
import re

import pandas as pd
import pytest

from conftest import DATA, ID_2021, ID_2024, SEEDS

HEADLINE = "Biden Administration's Intervention in Gaza Conflict: Negotiating Balance Between Support and Concerns"
SEED_SHA256 = {
    # sha256sum of ../shared/seeds/*, recorded when the seeds were copied.
    f"{ID_2021}.txt": "890b33a2d54558a31d11c8bbf6dfba1776c978b6c22467a1b13f00137d92deca",
    f"{ID_2024}.txt": "5c7db3ec47a5ffa17c0f8e4ee5eb1f4f0edff05cc813902588369d3c479fbfc4",
}


@pytest.mark.parametrize("name, digest", sorted(SEED_SHA256.items()))
def test_raw_data_is_byte_identical_to_the_seeds(name, digest):
    assert hashlib.sha256((DATA / "articles" / name).read_bytes()).hexdigest() == digest


def test_seed_copies_match_shared_seeds_when_present():
    if not SEEDS.is_dir():
        pytest.fail(f"{SEEDS} missing: the seeds ship beside the repository")
    shared = {hashlib.sha256(p.read_bytes()).hexdigest() for p in SEEDS.glob("*.txt")}
    assert set(SEED_SHA256.values()) == shared


def test_both_seeds_load_without_problems(corpus):
    assert sorted(corpus.articles["article_id"]) == [ID_2021, ID_2024]
    assert corpus.problems.empty


def test_sha256_column_is_the_file_digest(articles):
    for row in articles.itertuples():
        assert row.sha256 == SEED_SHA256[row.path.split("/")[-1]]


def test_2021_metadata_comes_from_the_manifest(articles):
    row = articles.loc[ID_2021]
    assert row.published == pd.Timestamp("2021-05-12")
    assert row.year == 2021
    assert row.published_origin == "manifest"
    assert "Blinken" in row.notes and "religious freedom" in row.notes
    # Its first line is a sentence, so it is body, not a headline.
    assert pd.isna(row.title) and row.title_origin == "missing"
    assert row.text.startswith("The Biden administration is dispatching its top official")


def test_2024_metadata_is_inferred_from_the_byline(articles):
    row = articles.loc[ID_2024]
    assert row.title == HEADLINE and row.title_origin == "text"
    assert row.author == "Laurine Ortiz" and row.author_origin == "text"
    assert row.published == pd.Timestamp("2024-05-13 04:00") and row.published_origin == "text"
    assert row.year == 2024


def test_2024_cleaning_log_lists_every_removed_line(corpus):
    log = corpus.cleaning_log[corpus.cleaning_log["article_id"] == ID_2024]
    # Line numbers read off `cat -n` of the raw file.
    expected = {
        1: "headline", 3: "byline", 4: "dateline", 5: "view counter",
        9: "repeated headline", 15: "repeated headline", 21: "repeated headline", 27: "repeated headline",
        37: "share", 39: "comment", 41: "comment", 43: "comment", 45: "related",
    }
    assert sorted(log["line"]) == sorted(expected)
    for line, reason in expected.items():
        assert reason in log.loc[log["line"] == line, "reason"].item()
    assert corpus.cleaning_log[corpus.cleaning_log["article_id"] == ID_2021].empty


def test_2024_boilerplate_is_not_article_words(articles):
    text = articles.loc[ID_2024, "text"]
    for furniture in ["Share this Post", "Leave a comment", "0 Comments", "Chưa có bình luận nào",
                      "Related articles", "Laurine Ortiz", "04:00am", "337", "•"]:
        assert furniture not in text
    assert HEADLINE not in text
    assert articles.loc[ID_2024, "n_words"] == sum(1 for w in text.split() if re.search(r"\w", w))


def test_no_body_line_is_dropped(articles, raw_2021, raw_2024):
    for article_id, raw, body_lines in [(ID_2021, raw_2021, range(1, 15)),
                                        (ID_2024, raw_2024, [7, 11, 13, 17, 19, 23, 25, 29, 31, 33, 35])]:
        lines = raw.split("\n")
        paragraphs = articles.loc[article_id, "text"].split("\n\n")
        assert paragraphs == [lines[n - 1].strip() for n in body_lines]


def test_sizes_match_a_reading_of_the_articles(articles):
    # Sentences counted by hand; words = whitespace-separated strings containing a letter or digit.
    assert articles.loc[ID_2021, "n_paragraphs"] == 14
    assert articles.loc[ID_2024, "n_paragraphs"] == 11
    assert articles.loc[ID_2021, "n_sentences"] == 19
    assert articles.loc[ID_2024, "n_sentences"] == 18
    for row in articles.itertuples():
        assert row.n_words == sum(1 for w in row.text.split() if re.search(r"\w", w))


def test_furniture_tail_rule_catches_an_unlisted_foreign_comment_line(tmp_path):
    # Not in boilerplate.tsv: removed by the tail rule because the tail holds listed furniture.
    from analysis import load_corpus
    (tmp_path / "a.txt").write_text(
        "A headline here\n\nThe vote passed on Monday after a long debate.\n\nLeave a comment\n\nNiemand hat kommentiert\n",
        encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.articles.loc[0, "text"] == "The vote passed on Monday after a long debate."
    reasons = dict(zip(corpus.cleaning_log["line"], corpus.cleaning_log["reason"]))
    assert reasons[5] == "comment box" and reasons[7] == "page furniture after the article's end"
