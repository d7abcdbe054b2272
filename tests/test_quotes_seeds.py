"""The seeds against the hand-written gold (tests/gold/seed_quotes.csv): every gold attribution found, right speaker."""
from pathlib import Path

import pandas as pd
import pytest

from analysis.quotes import extract_quotes, locate_gold, quote_errors, score_quotes

GOLD = Path(__file__).resolve().parent / "gold" / "seed_quotes.csv"


@pytest.fixture(scope="module")
def scored(corpus):
    articles = corpus.articles
    gold = locate_gold(pd.read_csv(GOLD), articles)
    return gold, extract_quotes(articles)


def test_gold_rows_are_located_in_the_clean_text(scored):
    gold, _ = scored
    assert (gold["start"] >= 0).all()


def test_every_seed_quote_found_with_the_right_speaker(scored):
    gold, predicted = scored
    table = score_quotes(predicted, gold).set_index("kind")
    errors = quote_errors(predicted, gold)
    missed = errors[errors["error"].isin(["missed", "wrong speaker"])]
    assert missed.empty, missed.to_string()
    assert table.loc["all", "recall"] == 1.0 and table.loc["all", "speaker_accuracy"] == 1.0
    for kind in ["direct", "partial"]:
        assert table.loc[kind, "recall"] == 1.0 and table.loc[kind, "precision"] == 1.0


def quoted_hit(predicted, row):
    """The predicted row holding a gold quote: a direct quote starts where the gold starts; a partial one is the
    reported clause around the gold fragment, its quoted words in quoted_text."""
    same = predicted[predicted["article_id"] == row.article_id]
    if row.kind == "direct":
        return same[same["start"] == row.start]
    end = row.start + len(row.text)
    return same[(same["start"] <= row.start) & (same["end"] >= end) & (same["kind"] == "partial")]


def test_seed_direct_quotes_exact_text_and_kind(scored):
    gold, predicted = scored
    for row in gold[gold["kind"].isin(["direct", "partial"])].itertuples():
        hit = quoted_hit(predicted, row)
        assert len(hit) == 1, row.text
        assert hit.iloc[0]["quoted_text"] == row.text and hit.iloc[0]["kind"] == row.kind
        if row.kind == "direct":
            assert hit.iloc[0]["text"] == row.text


def test_seed_partial_quotes_cover_their_reported_clause(scored):
    _, predicted = scored
    row = predicted[predicted["quoted_text"] == "extra burden"].iloc[0]
    # read in the 2021 seed: "... said Israeli officials have an “extra burden” to avoid civilian casualties"
    assert row["text"].startswith("Israeli officials have an “extra burden” to avoid civilian casualties")
    assert row["n_quoted_words"] == 2 and row["n_words"] > 8


def test_seed_speaker_types(scored):
    gold, predicted = scored
    for row in gold.itertuples():
        hit = quoted_hit(predicted, row) if row.kind != "indirect" else \
            predicted[(predicted["article_id"] == row.article_id) & (predicted["start"] == row.start)]
        assert len(hit) == 1 and hit.iloc[0]["speaker_type"] == row.speaker_type, row.text
