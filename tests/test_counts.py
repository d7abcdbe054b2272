"""The fast document-term counts equal the reference: scikit-learn's ``CountVectorizer`` with the
project's analyzer (:func:`analysis.analyzer.analyze`), token by token and sentence by sentence.

The reference is computed here, independently of :mod:`analysis.counts`; texts are the seeds, a
generated benchmark corpus and random texts built from the pieces the rules care about.
"""
from functools import partial

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import CountVectorizer

from analysis.synthetic import make_corpus
from analysis.analyzer import analyze, parsed_vocabulary, sentence_words, variants_of
from analysis.counts import count_terms, spelling_variants
from analysis.load import load_articles
from analysis.units import STOP_WORDS, count_words


def reference(texts, ngram_range=(1, 1), stop_words=STOP_WORDS, variants=None):
    """``(terms, dense counts)`` from CountVectorizer(analyzer=analyze), variants from the slow per-sentence
    parse (``sentence_words``), not from the fast vocabulary under test."""
    if variants is None:
        variants = variants_of(*parsed_vocabulary(sentence_words(text) for text in texts))
    vectorizer = CountVectorizer(analyzer=partial(analyze, ngram_range=ngram_range, stop_words=stop_words,
                                                  variants=variants))
    try:
        matrix = vectorizer.fit_transform(texts)
    except ValueError:  # empty vocabulary
        return [], np.zeros((len(texts), 0), dtype=np.int64), variants
    return list(vectorizer.get_feature_names_out()), matrix.toarray(), variants


def assert_same_counts(texts, **options):
    terms, dense, variants = reference(texts, **options)
    got = count_terms(texts, **options)
    assert list(got.terms) == terms
    assert got.matrix.shape == (len(texts), len(terms))
    assert (got.matrix.toarray() == dense).all()
    assert list(got.words) == [count_words(t) for t in texts]
    assert got.matrix.has_sorted_indices
    if "variants" not in options:
        assert spelling_variants(texts) == variants


def test_seeds(articles):
    texts = list(articles["text"])
    assert_same_counts(texts)
    assert_same_counts(texts, stop_words=None)
    assert_same_counts(texts, ngram_range=(1, 3))


def test_generated_corpus(tmp_path):
    texts = list(load_articles(make_corpus(tmp_path / "gen", 60, seed=3))["text"])
    assert_same_counts(texts)


def test_prefix_pairs_merge_within_a_sentence_only():
    texts = ["The de escalation began. Talks on de-escalation resumed.",  # "de escalation" joins the attested form
             "They said de. Escalation followed.",  # a sentence end between "de" and "escalation": no join
             "Non proliferation and non-proliferation: the nonproliferation treaty's re election."]
    got = count_terms(texts)

    def row(d):
        return {t: n for t, n in zip(got.terms, got.matrix.toarray()[d]) if n}

    row0, row1, row2 = row(0), row(1), row(2)
    assert row0["de-escalation"] == 2 and "escalation" not in row0
    assert row1["escalation"] == 1 and "de-escalation" not in row1
    assert row2["nonproliferation"] == 3 and "election" in row2  # "reelection" is not attested: no join
    assert_same_counts(texts)


def test_variant_pairs_need_the_joined_form_and_one_sentence():
    variants = spelling_variants(["Co chair. Co. Chair", "the re-election and re election", "co-chair"])
    assert variants == {("re", "election"): "re-election", ("co", "chair"): "co-chair"}
    assert spelling_variants(["They said de. Escalation followed.", "de-escalation"]) == {}  # a sentence end between


def test_empty_and_stop_word_only_texts():
    for texts in ([], [""], ["the of and"], ["", "Israel’s right."]):
        assert_same_counts(texts)


PIECES = ["The", " ", "  ", ".", ". ", "! ", "? ", "\n\n", "\n", ", ", "de", "re", "non", "co", "escalation",
          "de-escalation", "deescalation", "election", "re-election", "Co.", "Mr.", "U.S.", "US", "us", "Israel’s",
          "Israel's", "’90s", "1990s", "800,000", "two-state", "two", "state", "don't", "“", "”", "Said",
          "said", "Rafah", "rafah", "Mr", "a.m.", "pre", "and", "pre-and", "preand", "A", "b"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=40).map("".join), min_size=1, max_size=4),
       st.sampled_from([(1, 1), (1, 2), (2, 3)]), st.booleans())
def test_random_texts(texts, ngram_range, stop):
    assert_same_counts(texts, ngram_range=ngram_range, stop_words=STOP_WORDS if stop else None)


def test_chunks_give_the_same_counts(articles, monkeypatch):
    """Tokens are numbered chunk by chunk; a chunk of one text must give what one chunk of all gives."""
    import analysis.counts as counts
    texts = list(articles["text"]) * 3
    whole = count_terms(texts)
    monkeypatch.setattr(counts, "CHUNK", 1)
    one_by_one = count_terms(texts)
    assert list(whole.terms) == list(one_by_one.terms)
    assert (whole.matrix != one_by_one.matrix).nnz == 0


@pytest.mark.parametrize("bad", [(0, 1), (2, 1)])
def test_bad_ngram_range(bad):
    with pytest.raises(ValueError):
        count_terms(["text"], ngram_range=bad)


# --- counts shared between term_frequency, tfidf and keyness ----------------------------------------

def test_shared_counts_give_the_same_tables(tmp_path):
    from pandas.testing import assert_frame_equal

    from analysis.keyness import keyness
    from analysis.terms import term_counts, term_frequency, tfidf
    articles = load_articles(make_corpus(tmp_path / "gen", 24, seed=5))
    counts = term_counts(articles)
    assert list(counts.ids) == list(articles["article_id"])
    assert_frame_equal(term_frequency(articles, by="source", counts=counts), term_frequency(articles, by="source"))
    assert_frame_equal(tfidf(articles, by="source", counts=counts), tfidf(articles, by="source"), check_exact=True)
    assert_frame_equal(keyness(articles, by="source", counts=counts), keyness(articles, by="source"), check_exact=True)
    two = ["Daily Ledger", "Wire Service"]  # a subset of groups: counted anew, still the same table
    assert_frame_equal(keyness(articles, by="source", groups=two, counts=counts),
                       keyness(articles, by="source", groups=two), check_exact=True)
    bigrams = term_counts(articles, ngram_range=(1, 2))
    assert_frame_equal(term_frequency(articles, ngram_range=(1, 2), counts=bigrams),
                       term_frequency(articles, ngram_range=(1, 2)))


def test_shared_counts_refuse_other_articles_or_options(articles):
    from analysis.keyness import keyness
    from analysis.terms import term_counts, term_frequency, tfidf
    counts = term_counts(articles)
    with pytest.raises(ValueError, match="not made from these articles"):
        term_frequency(articles.iloc[::-1], counts=counts)
    with pytest.raises(ValueError, match="not made from these articles"):
        keyness(articles.iloc[::-1], by="year", counts=counts)
    with pytest.raises(ValueError, match="same options"):
        term_frequency(articles, ngram_range=(1, 2), counts=counts)
    with pytest.raises(ValueError, match="same options"):
        tfidf(articles, stop_words=None, counts=counts)
    with pytest.raises(ValueError, match="per article"):
        tfidf(articles, documents="paragraph", counts=counts)
    unbound = count_terms(articles["text"])  # no article ids: cannot be checked against a table
    with pytest.raises(ValueError, match="not made from these articles"):
        term_frequency(articles, counts=unbound)
