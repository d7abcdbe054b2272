"""Outlet names left out of term frequency, TF-IDF and keyness when sources are compared (exclude_sources)."""
import pandas as pd

from analysis import keyness, terms

TEXTS = {
    # (source, text): each outlet names itself, as datelines, sign-offs and credits do
    "r1": ("Reuters", "LONDON (Reuters) - The minister said the budget would cut taxes. Reuters reporting."),
    "r2": ("Reuters", "PARIS (Reuters) - Lawmakers debated the budget and the taxes. Reuters could not confirm."),
    "b1": ("BBC", "The BBC understands ministers met on Monday. The BBC asked about schools and hospitals."),
    "b2": ("BBC", "Speaking to BBC News, the teacher said schools needed hospitals nearby."),
}


def _articles():
    return pd.DataFrame({"article_id": list(TEXTS), "source": [s for s, _ in TEXTS.values()],
                         "text": [t for _, t in TEXTS.values()]})


def test_outlet_names_excluded_by_default_when_comparing_sources():
    articles = _articles()
    key = keyness.keyness(articles, by="source")
    assert not {"reuters", "bbc"} & set(key["term"])
    assert {"budget", "schools"} <= set(key["term"])
    assert key.groupby(["group", "reference"])["rank"].apply(lambda r: list(r) == list(range(1, len(r) + 1))).all()
    freq = terms.term_frequency(articles, by="source")
    assert not {"reuters", "bbc"} & set(freq["term"])
    # the words of the articles are still counted: the word totals do not change
    assert freq.groupby("group")["words"].first().to_dict() == {"BBC": 25, "Reuters": 25}  # counted by hand: 14 + 11, 12 + 13
    scores = terms.tfidf(articles, by="source")
    assert not {"reuters", "bbc"} & set(scores["term"])
    bigrams = terms.term_frequency(articles, by="source", ngram_range=(2, 2))
    assert "bbc news" not in set(bigrams["term"]) and "minister said" in set(bigrams["term"])


def test_outlet_names_kept_when_asked_or_when_not_comparing_sources():
    articles = _articles()
    key = keyness.keyness(articles, by="source", exclude_sources=False)
    assert {"reuters", "bbc"} <= set(key["term"])
    assert {"reuters", "bbc"} <= set(terms.term_frequency(articles, by="source", exclude_sources=False)["term"])
    assert {"reuters", "bbc"} <= set(terms.tfidf(articles, by="source", exclude_sources=False)["term"])
    assert {"reuters", "bbc"} <= set(terms.term_frequency(articles)["term"])  # per article: kept by default
    assert not {"reuters", "bbc"} & set(terms.term_frequency(articles, exclude_sources=True)["term"])


def test_exclusion_with_precomputed_counts_and_extra_stop_words():
    articles = _articles()
    counts = terms.term_counts(articles)
    with_counts = keyness.keyness(articles, by="source", counts=counts)
    assert with_counts.equals(keyness.keyness(articles, by="source"))
    extra = keyness.keyness(articles, by="source", stop_words=terms.STOP_WORDS | {"budget"})
    assert not {"reuters", "bbc", "budget"} & set(extra["term"])


def test_a_hyphenated_outlet_name_is_excluded_written_as_one_word_too():
    articles = pd.DataFrame({"article_id": ["h1", "h2", "w1"], "source": ["huff-post", "huff-post", "wire"],
                             "text": ["HuffPost asked the senator about taxes.", "The senator told HuffPost no.",
                                      "The wire asked the senator about schools."]})
    freq = terms.term_frequency(articles, by="source")
    assert "huffpost" not in set(freq["term"]) and "senator" in set(freq["term"])
    assert "huffpost" in set(terms.term_frequency(articles)["term"])
