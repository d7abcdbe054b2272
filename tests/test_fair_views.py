"""Fair per-article views: the same number of articles per group by a stated rule, a concordance balanced across
groups and articles, quote positions that do not need paragraph breaks. Texts are written here; expected values
are read from them."""
import re

import pandas as pd
import pytest

import analysis
from analysis.quotes import extract_quotes, quote_positions
from analysis.terms import concordance, describe_concordance


def table(rows):
    """An articles table from (article_id, source, text) rows; n_words = words split on spaces."""
    return pd.DataFrame({"article_id": [r[0] for r in rows], "source": [r[1] for r in rows],
                         "text": [r[2] for r in rows], "n_words": [len(r[2].split()) for r in rows]})


def words(n):
    return " ".join(["word"] * n)


# A: five articles, B: two, C: three, with word counts chosen by hand.
SIZES = table([("a1", "A", words(10)), ("a2", "A", words(50)), ("a3", "A", words(30)), ("a4", "A", words(50)),
               ("a5", "A", words(5)), ("b1", "B", words(7)), ("b2", "B", words(8)),
               ("c1", "C", words(3)), ("c2", "C", words(40)), ("c3", "C", words(20))])


def test_longest_takes_the_same_number_from_every_group():
    sample = analysis.sample_articles(SIZES, by="source", per_group=2, rule="longest")
    # A: a2 and a4 (50 words each); B: both; C: c2 (40) and c3 (20). Groups in order, longest first.
    assert list(sample["article_id"]) == ["a2", "a4", "b2", "b1", "c2", "c3"]
    assert sample["source"].value_counts().to_dict() == {"A": 2, "B": 2, "C": 2}
    assert list(sample.columns) == list(SIZES.columns)


def test_longest_ties_go_to_the_smaller_id_and_small_groups_show_all():
    sample = analysis.sample_articles(SIZES, by="source", per_group=1)
    assert list(sample["article_id"]) == ["a2", "b2", "c2"]  # a2 and a4 both have 50 words
    sample = analysis.sample_articles(SIZES, by="source", per_group=3)
    assert list(sample["article_id"]) == ["a2", "a4", "a3", "b2", "b1", "c2", "c3", "c1"]


def test_central_picks_the_article_between_the_others():
    # In each group, one article uses both of the group's words, the other two one word each: the group's mean
    # TF-IDF vector points between them, so the mixed article is the closest (cosine 1), though not the longest.
    articles = table([("x1", "X", "river river river"), ("x2", "X", "bridge bridge bridge"),
                      ("x3", "X", "river bridge"), ("y1", "Y", "sun moon"), ("y2", "Y", "sun sun sun"),
                      ("y3", "Y", "moon moon moon")])
    central = analysis.sample_articles(articles, by="source", per_group=1, rule="central")
    assert list(central["article_id"]) == ["x3", "y1"]
    longest = analysis.sample_articles(articles, by="source", per_group=1, rule="longest")
    assert list(longest["article_id"]) == ["x1", "y2"]


def test_sample_rejects_an_unknown_rule():
    with pytest.raises(ValueError, match="longest"):
        analysis.sample_articles(SIZES, by="source", rule="random")


def test_description_says_how_many_of_how_many():
    sample = analysis.sample_articles(SIZES, by="source", per_group=2)
    assert analysis.describe_sample(sample, SIZES, by="source") == (
        "Showing 2 of 2–5 articles per group (the longest, by words): 6 of 10 articles in 3 group(s).")
    sample = analysis.sample_articles(SIZES, by="source", per_group=3, rule="longest")
    assert analysis.describe_sample(sample, SIZES, by="source").startswith(
        "Showing up to 3 of 2–5 articles per group (the longest, by words; smaller groups show all theirs): "
        "8 of 10 articles")


# --- concordance -------------------------------------------------------------------------------

HITS = table([("x1", "X", "Tax one. Tax two. Tax three. Tax four."), ("x2", "X", "A tax here."),
              ("x3", "X", "And a tax there."), ("y1", "Y", "Tax again, tax.")])


def test_concordance_takes_hits_in_turn_from_groups_and_articles():
    kwic = concordance(HITS, "tax", by="source", top=4)
    # first hits, group by group: x1 (X), y1 (Y), then x2, then x3; x1's other hits come later
    assert list(kwic["article_id"]) == ["x1", "y1", "x2", "x3"]
    assert list(kwic["group"]) == ["X", "Y", "X", "X"]
    every = concordance(HITS, "tax", by="source")
    assert len(every) == 4 + 1 + 1 + 2
    assert list(every["article_id"])[4:] == ["x1", "y1", "x1", "x1"]  # second round, then x1's third and fourth
    assert describe_concordance(kwic, every, "tax") == (
        "'tax': showing 4 of 8 occurrence(s), from 4 of 4 article(s) and 2 of 2 group(s) "
        "(taken in turn from each group and article).")


def test_concordance_sorts_by_the_words_nearest_the_keyword():
    articles = table([("a", "X", "zebra apple tax mango."), ("b", "X", "apple zebra tax apple."),
                      ("c", "X", "Cat tax kiwi zebra.")])
    left = concordance(articles, "tax", sort="left")
    assert [k.strip() for k in left["left"]] == ["zebra apple", "Cat", "apple zebra"]  # apple < cat < zebra
    right = concordance(articles, "tax", sort="right")
    assert list(right["article_id"]) == ["b", "c", "a"]  # apple < kiwi < mango


def test_concordance_of_a_phrase_across_a_line_break_balanced_by_group():
    articles = table([("a", "X", "The White\nHouse said. The house is white. A white house."),
                      ("b", "Y", "WHITE HOUSE officials.")])
    kwic = concordance(articles, "white house", by="source")
    assert list(kwic["keyword"]) == ["White House", "WHITE HOUSE", "white house"]
    assert list(kwic["group"]) == ["X", "Y", "X"]


def test_concordance_of_a_regular_expression():
    articles = table([("a", "X", "Taxes rose. Syntax errors. He was taxed."), ("b", "X", "No tax, said Tax Office.")])
    kwic = concordance(articles, r"\btax(es|ed)?\b", regex=True)
    assert sorted(kwic["keyword"]) == ["Tax", "Taxes", "tax", "taxed"]
    # six tokens before it (Taxes rose Syntax errors He was; punctuation is no token), as for a word query
    assert kwic.loc[kwic["keyword"] == "taxed", "position"].item() == 6
    assert concordance(articles, "taxed")["position"].item() == 6
    kwic = concordance(articles, re.compile(r"Tax\w*"))  # a compiled pattern is used as given: case-sensitive
    assert list(kwic["keyword"]) == ["Taxes", "Tax"]


# --- quote positions ---------------------------------------------------------------------------

ONE_LINE = ('"We will build it," said Ann Lee at the start. Then many words of the story followed here, '
            'more and more of them, a long middle of plain reporting without any quotation at all, going on. '
            '"It is too late," said Bob Stone near the middle. And again a long stretch of plain reporting, '
            'words and words and words, nothing quoted, nothing said, only text. '
            '"We will see," said Cara Diaz at the very end.')


def test_quote_positions_on_a_one_line_article_follow_the_quotes():
    articles = pd.DataFrame({"article_id": ["r"], "source": ["R"], "text": [ONE_LINE], "n_words": [80]})
    positions = quote_positions(extract_quotes(articles), articles, by="source")
    assert list(positions["speaker"]) == ["Ann Lee", "Bob Stone", "Cara Diaz"]
    # each quotation's middle, as a share of the characters, read from the text
    middles = [(ONE_LINE.index(q) + len(q) / 2) / len(ONE_LINE) for q in ("We will build it", "It is too late",
                                                                           "We will see")]
    assert positions["position"].tolist() == pytest.approx(middles, abs=0.02)
    assert positions["position"].is_monotonic_increasing and positions["position"].nunique() == 3


# --- charts: panels by group, and a cap that says so -----------------------------------------------

def test_per_article_panels_follow_the_groups_and_say_when_capped():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from analysis.plots import plot_quote_positions, plot_top_terms

    freq = pd.DataFrame({"group": ["a1", "a2", "a3", "a4"], "term": ["tax"] * 4, "rate_per_1000": [1.0] * 4})
    fig = plot_top_terms(freq, max_groups=3, panel_groups={"a1": "Y", "a2": "X", "a3": "Y", "a4": "X"}, title="T")
    assert [ax.get_title() for ax in fig.axes[:3]] == ["a2 (X)", "a4 (X)", "a1 (Y)"]
    assert fig._suptitle.get_text() == "T (first 3 of 4 panels)"
    positions = pd.DataFrame({"group": ["X", "X", "Y"], "article_id": ["x1", "x2", "y1"], "position": [0.2, 0.5, 0.7],
                              "kind": "direct", "speaker": "Ann Lee", "speaker_type": "person", "n_words": 5,
                              "n_quoted_words": 5})
    fig = plot_quote_positions(positions, title="P", max_articles=2)
    assert fig.axes[0].get_title() == "P (first 2 of 3 articles)"
    plt.close("all")
