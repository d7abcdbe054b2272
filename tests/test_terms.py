"""Terms: normalisation rules, n-grams, frequencies, collocations, concordance, dispersion, TF-IDF.

Expected values are read from the texts or computed by hand in the test.
"""
import math
import re
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis.terms import (analyze, collocations, concordance, dispersion, spelling_variants, term_frequency,
                            term_occurrences, tfidf, tfidf_difference, top_terms)

DATA = Path(__file__).resolve().parents[1] / "data"


def frame(*texts, years=None):
    """An articles table with just what the term functions read."""
    years = years or [2020] * len(texts)
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "text": list(texts),
                         "year": pd.array(years, dtype="Int64")})


@pytest.fixture(scope="module")
def seeds():
    return analysis.load_articles(DATA)


# --- normalisation -----------------------------------------------------------------------------

def test_clitics_dropped_abbreviations_keep_dots_hyphens_kept():
    terms = analyze("Israel’s right. The U.S. backs a two-state solution, and US officials agree.", stop_words=None)
    assert terms == ["israel", "right", "the", "u.s.", "backs", "a", "two-state", "solution", "and", "u.s.",
                     "officials", "agree"]


def test_lower_case_us_is_the_pronoun_and_a_stop_word():
    assert analyze("Tell us more.", stop_words=None) == ["tell", "us", "more"]
    assert analyze("Tell us more.") == ["tell"]


def test_spelling_variants_merge_when_the_joined_form_is_attested():
    texts = ["Calls for de-escalation grew.", "Deescalation is the goal.", "The priority is de escalation now."]
    variants = spelling_variants(texts)
    assert variants["de-escalation"] == "deescalation"
    assert variants[("de", "escalation")] == "deescalation"
    counts = term_frequency(frame(*texts), by="year").set_index("term")["count"]
    assert counts["deescalation"] == 3
    assert "de-escalation" not in counts and "escalation" not in counts


def test_two_words_join_to_the_hyphenated_form_when_only_it_is_attested():
    counts = term_frequency(frame("Calls for de-escalation grew.", "We need de escalation."),
                            by="year").set_index("term")["count"]
    assert counts["de-escalation"] == 2


def test_hyphenated_words_without_a_variant_stay_and_non_prefixes_never_join():
    variants = spelling_variants(["A two-state plan.", "Two states exist.", "Charles de Gaulle spoke."])
    assert variants == {}
    assert analyze("Charles de Gaulle spoke.", stop_words=None, variants=variants) == ["charles", "de", "gaulle", "spoke"]


def test_ngrams_stay_inside_sentences():
    terms = analyze("Gaza strip burns. Hamas fired.", ngram_range=(2, 2), stop_words=None)
    assert terms == ["gaza strip", "strip burns", "hamas fired"]


def test_stop_word_rule_for_ngrams():
    terms = analyze("The secretary of state spoke", ngram_range=(1, 3))
    # unigrams: stop words out; n-grams: out when they start or end with a stop word.
    assert terms == ["secretary", "state", "spoke", "state spoke", "secretary of state"]


def test_bad_ngram_range_is_refused():
    with pytest.raises(ValueError):
        term_frequency(frame("Words here."), ngram_range=(2, 1))


# --- frequencies -------------------------------------------------------------------------------

def test_term_frequency_counts_and_rates_on_a_tiny_corpus():
    articles = frame("Rafah talks. Rafah tunnels and tunnels.", "Talks in Gaza.", years=[2021, 2024])
    freq = term_frequency(articles, by="year")
    row = freq[(freq["group"] == "2021") & (freq["term"] == "rafah")].iloc[0]
    # 2021: words Rafah talks Rafah tunnels and tunnels = 6
    assert (row["count"], row["words"]) == (2, 6)
    assert row["rate_per_1000"] == pytest.approx(1000 * 2 / 6)
    assert list(freq[freq["group"] == "2021"]["term"]) == ["rafah", "tunnels", "talks"]  # count desc, then term
    assert list(freq[freq["group"] == "2021"]["rank"]) == [1, 2, 3]


def test_term_frequency_per_article_is_the_default(seeds):
    freq = term_frequency(seeds)
    assert set(freq["group"]) == set(seeds["article_id"])
    words = seeds.set_index("article_id")["n_words"]
    assert (freq.groupby("group")["words"].first() == words.reindex(freq.groupby("group")["words"].first().index)).all()


def test_seed_counts_read_from_the_text(seeds):
    freq = term_frequency(seeds, by="year").set_index(["group", "term"])["count"]
    text = dict(zip(seeds["year"].astype(str), seeds["text"]))
    assert freq[("2024", "rafah")] == len(re.findall(r"\bRafah\b", text["2024"])) == 11
    assert freq[("2021", "blinken")] == len(re.findall(r"\bBlinken\b", text["2021"])) == 3
    assert ("2024", "blinken") not in freq.index
    # U.S. is one term with its dots; Israel's counts as israel.
    assert freq[("2024", "u.s.")] == text["2024"].count("U.S.")
    assert freq[("2024", "israel")] == len(re.findall(r"\bIsrael\b", text["2024"]))
    # "deescalation" and "de escalation" in the 2021 piece are one term.
    assert freq[("2021", "deescalation")] == 2


def test_most_frequent_over_all_articles():
    from analysis.terms import most_frequent
    # c3: 4, b2: 3, a1: 2 ("the" is a stop word)
    assert most_frequent(frame("b2 b2 b2 a1 c3", "c3 c3 c3 a1 the the the the the"), 2) == ["c3", "b2"]
    assert most_frequent(frame("b2 a1"), 1) == ["a1"]  # ties: alphabetical
    assert most_frequent(frame("the of"), 2) == []
    # "said" is the most frequent word of news: never the default keyword
    assert most_frequent(frame("said said said council mr mr", "said council"), 1) == ["council"]


def test_top_terms_cuts_each_group():
    freq = term_frequency(frame("a1 b2 b2 c3 c3 c3", "x9 y8 y8", years=[1, 2]), by="year")
    top = top_terms(freq, top=2)
    assert list(top["term"]) == ["c3", "b2", "y8", "x9"]


# --- collocations, concordance, dispersion -------------------------------------------------------

def test_collocations_pmi_by_hand():
    text = "Gaza strip attacked. Gaza strip shelled. Gaza strip hit. Gaza city calm."
    out = collocations(frame(text), min_freq=2).set_index("term")
    assert list(out.index) == ["gaza strip"]
    # 12 words; gaza 4 times, strip 3 times, "gaza strip" 3 times.
    assert out.loc["gaza strip", "count"] == 3
    assert out.loc["gaza strip", "pmi"] == pytest.approx(math.log2(12 * 3 / (4 * 3)))
    # G² over the bigram table [[3, 1], [0, n_oo]] with 12 word positions (NLTK's convention).
    cells, n = [3, 4 - 3, 3 - 3, 12 - 4 - 3 + 3], 12
    rows, cols = [4, 12 - 4], [3, 12 - 3]
    expected = [rows[0] * cols[0] / n, rows[0] * cols[1] / n, rows[1] * cols[0] / n, rows[1] * cols[1] / n]
    g2 = 2 * sum(o * math.log(o / e) for o, e in zip(cells, expected) if o > 0)
    assert out.loc["gaza strip", "log_likelihood"] == pytest.approx(g2, rel=1e-6)


def test_collocations_skip_stop_words_and_sentence_breaks():
    out = collocations(frame("The secretary of state spoke. State spoke. Spoke loudly. Spoke loudly."), min_freq=2)
    assert set(out["term"]) == {"state spoke", "spoke loudly"}


def test_concordance_columns_and_context(seeds):
    kwic = concordance(seeds, "de-escalation", width=30)
    assert list(kwic.columns) == ["left", "keyword", "right", "article_id", "group", "position", "start", "end"]
    assert list(kwic["keyword"]) == ["deescalation", "de escalation"]
    text = seeds.set_index("article_id").loc[kwic["article_id"].iloc[1], "text"]
    assert text[kwic["start"].iloc[1]:kwic["end"].iloc[1]] == "de escalation"
    assert kwic["left"].iloc[1].endswith(" thing right now is ")
    assert kwic["right"].iloc[0].startswith(" of violence,")


def test_concordance_of_a_phrase():
    kwic = concordance(frame("The Secretary of State spoke.\n\nA secretary of state left."), "secretary of state")
    assert list(kwic["keyword"]) == ["Secretary of State", "secretary of state"]


def test_dispersion_positions(seeds):
    disp = dispersion(seeds, ["rafah", "hamas"])
    assert disp["relative_position"].between(0, 1, inclusive="left").all()
    by_article = disp.groupby(["article_id", "term"]).size()
    ids = dict(zip(seeds["year"].astype(str), seeds["article_id"]))
    assert by_article[(ids["2024"], "rafah")] == 11
    assert (ids["2021"], "rafah") not in by_article.index
    tokens = analysis.tokens(seeds)
    first = tokens[(tokens["article_id"] == ids["2024"]) & (tokens["norm"] == "rafah")]["position"].min()
    assert disp[(disp["article_id"] == ids["2024"]) & (disp["term"] == "rafah")]["position"].min() == first


# --- TF-IDF --------------------------------------------------------------------------------------

def _l2(vector):
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {k: v / norm for k, v in vector.items()}


def test_tfidf_per_article_by_hand():
    out = tfidf(frame("alpha beta beta", "alpha gamma")).set_index(["group", "term"])
    idf_shared, idf_once = math.log(3 / 3) + 1, math.log(3 / 2) + 1  # smooth idf, n = 2 documents
    doc0 = _l2({"alpha": 1 * idf_shared, "beta": 2 * idf_once})
    assert out.loc[("a0", "beta"), "tfidf"] == pytest.approx(doc0["beta"])
    assert out.loc[("a0", "alpha"), "tfidf"] == pytest.approx(doc0["alpha"])
    assert out.loc[("a0", "beta"), "idf"] == pytest.approx(idf_once)
    assert out.loc[("a0", "beta"), "count"] == 2
    assert ("a0", "gamma") not in out.index


def test_tfidf_per_group_is_the_mean_of_article_vectors():
    out = tfidf(frame("alpha beta", "alpha", "gamma"), by="year").set_index("term")
    idf_a, idf_once = math.log(4 / 3) + 1, math.log(4 / 2) + 1  # alpha in 2 of 3 documents
    a0 = _l2({"alpha": idf_a, "beta": idf_once})
    assert out.loc["alpha", "tfidf"] == pytest.approx((a0["alpha"] + 1 + 0) / 3)
    assert out.loc["gamma", "tfidf"] == pytest.approx(1 / 3)


def test_tfidf_over_paragraphs_by_hand():
    out = tfidf(frame("alpha beta\n\nalpha", "gamma"), documents="paragraph").set_index(["group", "term"])
    # three paragraphs; alpha in 2 of them
    idf_alpha, idf_once = math.log(4 / 3) + 1, math.log(4 / 2) + 1
    p0 = _l2({"alpha": idf_alpha, "beta": idf_once})
    assert out.loc[("a0", "alpha"), "df"] == 2
    assert out.loc[("a0", "alpha"), "tfidf"] == pytest.approx((p0["alpha"] + 1) / 2)
    assert out.loc[("a0", "beta"), "tfidf"] == pytest.approx(p0["beta"] / 2)


def test_tfidf_uses_the_project_tokenizer_and_variants():
    out = tfidf(frame("Israel's U.S. de-escalation.", "Deescalation now."))
    assert {"israel", "u.s.", "deescalation"} <= set(out["term"])
    assert "'s" not in set(out["term"]) and "de-escalation" not in set(out["term"])


def test_tfidf_difference_signs():
    diff = tfidf_difference(tfidf(frame("alpha beta", "alpha gamma", years=[1, 2]), by="year"), "1", "2")
    d = diff.set_index("term")["difference"]
    assert d["beta"] > 0 > d["gamma"] and d["alpha"] == pytest.approx(0)
    assert list(diff["term"]) == ["beta", "alpha", "gamma"]


def test_empty_and_stop_word_only_texts():
    assert tfidf(frame("the of and")).empty
    assert term_frequency(frame("the of and")).empty
    assert term_occurrences(frame("")).empty


# --- findings sentences --------------------------------------------------------------------------

def test_describe_frequency_and_exclusive_terms():
    from analysis.terms import describe_exclusive, describe_frequency
    freq = term_frequency(frame("Rafah rafah talks.", "Talks resumed.", years=[2021, 2024]), by="year")
    lines = describe_frequency(freq, top=1)
    assert lines == ["2021 (3 words): most frequent rafah (2×, 666.7 per 1,000 words).",
                     "2024 (2 words): most frequent resumed (1×, 500.0 per 1,000 words)."]
    assert describe_exclusive(freq, top=2)[0] == \
        "Of the 2 most frequent terms of 2021, 1 never occurs in the other groups: rafah."
    assert describe_exclusive(term_frequency(frame("One group."), by="year")) == []


def test_describe_dispersion():
    from analysis.terms import describe_dispersion
    articles = frame("Rafah a b c d e f g h i.")
    lines = describe_dispersion(dispersion(articles, ["rafah", "gaza"]), ["rafah", "gaza"], 1)
    assert lines == ["rafah: 1 occurrence(s) in 1 of 1 article(s); first at 0%, median at 0% of the way through the text.",
                     "gaza: not used in any of the 1 article(s)."]
