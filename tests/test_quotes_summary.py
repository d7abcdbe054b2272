"""Summaries of attribution rows, on a table written by hand; expected figures counted by hand."""
import math

import pandas as pd
import pytest

from analysis.quotes import describe_quotes, quote_positions, quoted_share, speaker_shares, speaker_type_counts

ARTICLES = pd.DataFrame({
    "article_id": ["a", "b", "c"],
    "year": pd.array([2020, 2020, None], dtype="Int64"),
    "n_words": [100, 50, 40],
    "text": ["p0\n\np1\n\np2\n\np3", "p0\n\np1", "p0"],
})
# n_words: words of the row's text; n_quoted_words: those inside quote marks (the partial row's clause has 7 words,
# 2 of them quoted; indirect speech quotes none); start, end: the characters of paragraph "pN" in the text
QUOTES = pd.DataFrame([
    ("a", "direct", "Ann Lee", "person", 0, 30, 30, 0, 2),
    ("a", "partial", "Ann Lee", "person", 3, 7, 2, 12, 14),
    ("a", "direct", "a senior official", "anonymous", 1, 8, 8, 4, 6),
    ("a", "indirect", "Israel", "organization", 2, 12, 0, 8, 10),
    ("b", "direct", "", "unknown", 1, 10, 10, 4, 6),
    ("b", "indirect", "local reports", "media", 0, 9, 0, 0, 2),
], columns=["article_id", "kind", "speaker", "speaker_type", "paragraph", "n_words", "n_quoted_words", "start",
            "end"])


def test_speaker_shares_per_article():
    out = speaker_shares(QUOTES, ARTICLES, by="article_id")
    a = out[out["group"] == "a"]
    # quoted words in a: Ann Lee 30 + 2, official 8 -> 40
    assert list(a["speaker"]) == ["Ann Lee", "a senior official"]
    assert list(a["quoted_words"]) == [32, 8] and list(a["n_quotes"]) == [2, 1]
    assert math.isclose(a["share"].iloc[0], 0.8)
    b = out[out["group"] == "b"]
    assert list(b["speaker"]) == ["(unattributed)"] and b["share"].iloc[0] == 1.0


def test_speaker_type_counts_per_year_with_unknown_group():
    out = speaker_type_counts(QUOTES, ARTICLES, by="year")
    assert set(out["group"]) == {"2020", "unknown"}
    g = out[out["group"] == "2020"].set_index(["speaker_type", "kind"])["n"]
    assert g[("person", "direct")] == 1 and g[("person", "partial")] == 1 and g[("media", "indirect")] == 1
    assert g.sum() == 6
    assert out[out["group"] == "unknown"]["n"].sum() == 0
    assert len(out) == 2 * 6 * 3  # groups x speaker types (unresolved included) x kinds


def test_quote_positions():
    out = quote_positions(QUOTES, ARTICLES, by="year")
    a = out[out["article_id"] == "a"]
    # middle of each "pN" (characters 0-2, 4-6, 8-10, 12-14) over the 14 characters of the text
    assert list(a["position"]) == [1 / 14, 5 / 14, 9 / 14, 13 / 14]
    assert list(out[out["article_id"] == "b"]["position"]) == [1 / 6, 5 / 6]


def test_quoted_share_and_findings():
    out = quoted_share(QUOTES, ARTICLES, by="year").set_index("group")
    assert out.loc["2020", "n_words"] == 150 and out.loc["2020", "quoted_words"] == 50
    assert math.isclose(out.loc["2020", "quoted_share"], 50 / 150)
    assert out.loc["2020", "n_attributions"] == 6 and out.loc["2020", "n_direct"] == 3
    assert math.isclose(out.loc["2020", "anonymous_share"], 1 / 6)
    assert out.loc["2020", "top_speaker"] == "Ann Lee" and math.isclose(out.loc["2020", "top_speaker_share"], 32 / 50)
    assert out.loc["unknown", "n_attributions"] == 0 and math.isnan(out.loc["unknown", "anonymous_share"])
    lines = describe_quotes(QUOTES, ARTICLES, by="year")
    assert lines[0].startswith("In year 2020 (2 article(s)): 6 attribution(s) (3 direct, 1 partial, 2 indirect)")
    assert "33.3% of the words are inside quotation marks" in lines[0] and "Ann Lee speaks most, with 64.0%" in lines[0]
    assert "16.7% of attributions go to anonymous sources" in lines[0]
    assert out.loc["2020", "top_source"] == "Ann Lee" and out.loc["2020", "top_source_attributions"] == 2
    assert "the most frequent source is Ann Lee (2 attribution(s))" in lines[0]
    assert "no quotation or reported statement" in lines[1]


def test_who_speaks_most_is_someone_named_and_the_unresolved_share_is_said():
    articles = pd.DataFrame({"article_id": ["a"], "year": [2020], "n_words": [100], "text": ["p0"]})
    # 30 quoted words nobody could be named for, 10 to Ann Lee (counted by hand)
    quotes = pd.DataFrame([("a", "direct", "(unresolved)", "unresolved", 0, 30, 30),
                           ("a", "direct", "Ann Lee", "person", 0, 10, 10)],
                          columns=["article_id", "kind", "speaker", "speaker_type", "paragraph", "n_words",
                                   "n_quoted_words"])
    row = quoted_share(quotes, articles, by="article_id").iloc[0]
    assert row["top_speaker"] == "Ann Lee" and math.isclose(row["top_speaker_share"], 0.25)
    assert math.isclose(row["unresolved_share"], 0.75)
    line = describe_quotes(quotes, articles, by="article_id")[0]
    assert "Ann Lee speaks most, with 25.0% of the quoted words (75.0% of the quoted words have no speaker" in line


def test_per_article_grouping_is_spelled_article_id_and_defaults_to_it():
    # one group per article, named "article <id>" in the sentences, as terms' by="article_id" does
    articles = pd.DataFrame({"article_id": ["a", "b"], "year": [2020, 2020], "n_words": [10, 20], "text": ["x", "y"]})
    quotes = pd.DataFrame([("a", "direct", "Ann Lee", "person", 0, 4, 4)],
                          columns=["article_id", "kind", "speaker", "speaker_type", "paragraph", "n_words",
                                   "n_quoted_words"])
    assert quoted_share(quotes, articles)["group"].tolist() == ["a", "b"]
    assert speaker_shares(quotes, articles)["group"].tolist() == ["a"]
    lines = describe_quotes(quotes, articles, by="article_id")
    assert lines[0].startswith("In article a (1 article(s)): 1 attribution(s)")
    assert lines[1].startswith("In article b (1 article(s)), no quotation")
    with pytest.raises(KeyError, match="article_id"):  # the old spelling names the columns there are
        quoted_share(quotes, articles, by="article")
