"""Keyness: G², log ratio and Monroe et al.'s log-odds z recomputed by hand with plain math."""
import math
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy.stats import chi2

import analysis
from analysis.keyness import comparisons, distinctive_terms, keyness

DATA = Path(__file__).resolve().parents[1] / "data"


def g2_by_hand(a, b, na, nb):
    """Dunning's G² over the 2x2 table, written out cell by cell."""
    n = na + nb
    cells = [(a, (a + b) * na / n), (b, (a + b) * nb / n),
             (na - a, (n - a - b) * na / n), (nb - b, (n - a - b) * nb / n)]
    return 2 * sum(o * math.log(o / e) for o, e in cells if o > 0)


def log_ratio_by_hand(a, b, na, nb):
    return math.log2(((a or 0.5) / na) / ((b or 0.5) / nb))


def z_by_hand(a, b, na, nb, alpha0):
    alpha = alpha0 * (a + b) / (na + nb)
    delta = math.log((a + alpha) / (na + alpha0 - a - alpha)) - math.log((b + alpha) / (nb + alpha0 - b - alpha))
    return delta, delta / math.sqrt(1 / (a + alpha) + 1 / (b + alpha))


@pytest.fixture(scope="module")
def tiny():
    # A (2021): 8 words: rafah x3, talks x2, hamas, said, truce
    # B (2024): 10 words: hamas x4, talks, said x2, blinken x2, strip
    a = "Rafah talks. Rafah rafah talks. Hamas said truce."
    b = "Hamas hamas said. Hamas hamas talks. Blinken said. Blinken strip."
    return pd.DataFrame({"article_id": ["a", "b"], "text": [a, b], "year": pd.array([2021, 2024], dtype="Int64")})


@pytest.fixture(scope="module")
def seeds():
    return analysis.load_articles(DATA)


def test_tiny_example_by_hand(tiny):
    table = keyness(tiny, by="year").set_index("term")
    assert set(table["group"]) == {"2021"} and set(table["reference"]) == {"2024"}
    expected = {"rafah": (3, 0), "talks": (2, 1), "hamas": (1, 4), "said": (1, 2), "truce": (1, 0),
                "blinken": (0, 2), "strip": (0, 1)}
    assert set(table.index) == set(expected)
    for term, (a, b) in expected.items():
        row = table.loc[term]
        assert (row["count"], row["count_ref"]) == (a, b)
        assert row["rate"] == pytest.approx(1000 * a / 8) and row["rate_ref"] == pytest.approx(1000 * b / 10)
        g2 = g2_by_hand(a, b, 8, 10)
        assert row["g2"] == pytest.approx(g2)
        assert row["p_value"] == pytest.approx(chi2.sf(g2, 1))
        assert row["log_ratio"] == pytest.approx(log_ratio_by_hand(a, b, 8, 10))
        delta, z = z_by_hand(a, b, 8, 10, alpha0=0.1 * 18)
        assert row["log_odds"] == pytest.approx(delta) and row["z"] == pytest.approx(z)


def test_one_cell_written_out(tiny):
    # rafah: 3 of 8 words vs 0 of 10; E = 3*8/18 and 3*10/18 for the term row, 15*8/18 and 15*10/18 for the rest.
    row = keyness(tiny, by="year").set_index("term").loc["rafah"]
    g2 = 2 * (3 * math.log(3 / (24 / 18)) + 5 * math.log(5 / (120 / 18)) + 10 * math.log(10 / (150 / 18)))
    assert row["g2"] == pytest.approx(g2)
    assert row["log_ratio"] == pytest.approx(math.log2((3 / 8) / (0.5 / 10)))
    assert row["direction"] == "2021" and row["significance"] == ("*" if g2 >= 3.84 else "")


def test_alpha0_is_a_parameter(tiny):
    row = keyness(tiny, by="year", alpha0=50).set_index("term").loc["hamas"]
    delta, z = z_by_hand(1, 4, 8, 10, alpha0=50)
    assert row["log_odds"] == pytest.approx(delta) and row["z"] == pytest.approx(z)


def test_signs_and_direction(tiny):
    table = keyness(tiny, by="year")
    a_side = table[table["direction"] == "2021"]
    b_side = table[table["direction"] == "2024"]
    assert (a_side[["log_ratio", "log_odds", "z"]] > 0).all().all()
    assert (b_side[["log_ratio", "log_odds", "z"]] < 0).all().all()


def test_zero_counts_are_finite(tiny):
    table = keyness(tiny, by="year")
    numbers = table[["rate", "rate_ref", "g2", "p_value", "log_ratio", "log_odds", "z"]].to_numpy(dtype=float)
    assert np.isfinite(numbers).all()


def test_sorted_by_g2_then_term(tiny):
    table = keyness(tiny, by="year")
    assert list(table["rank"]) == list(range(1, len(table) + 1))
    assert table["g2"].is_monotonic_decreasing


def test_significance_stars_match_p(seeds):
    table = keyness(seeds)
    assert ((table["p_value"] < 0.05) == (table["significance"] != "")).all()
    assert ((table["p_value"] < 0.001) == table["significance"].str.len().ge(3)).all()


def test_seeds_recomputed_from_the_text(seeds):
    table = keyness(seeds).set_index("term")
    text = dict(zip(seeds["year"].astype(str), seeds["text"]))
    words = dict(zip(seeds["year"].astype(str), seeds["n_words"]))
    assert (table["group"].iloc[0], table["reference"].iloc[0]) == ("2021", "2024")
    for term, pattern in [("rafah", r"\bRafah\b"), ("blinken", r"\bBlinken\b"), ("said", r"\bsaid\b")]:
        a = len(re.findall(pattern, text["2021"]))
        b = len(re.findall(pattern, text["2024"]))
        row = table.loc[term]
        assert (row["count"], row["count_ref"]) == (a, b)
        assert row["g2"] == pytest.approx(g2_by_hand(a, b, words["2021"], words["2024"]))
        assert row["log_ratio"] == pytest.approx(log_ratio_by_hand(a, b, words["2021"], words["2024"]))
        n = words["2021"] + words["2024"]
        assert row["z"] == pytest.approx(z_by_hand(a, b, words["2021"], words["2024"], 0.1 * n)[1])
    assert table.loc["blinken", "count_ref"] == 0 and table.loc["blinken", "z"] > 0
    assert table.loc["rafah", "count"] == 0 and table.loc["rafah", "z"] < 0
    assert table.loc["rafah", "direction"] == "2024" and table.loc["rafah", "p_value"] < 0.001


def _corpus(groups):
    rows = [(f"{g}-{i}", text, g) for g, texts in groups.items() for i, text in enumerate(texts)]
    return pd.DataFrame(rows, columns=["article_id", "text", "source"])


def test_group_vs_rest_with_three_groups():
    articles = _corpus({"Ledger": ["Tram tram fares.", "Tram budget."], "Courier": ["Fares rise."],
                        "Post": ["Budget budget vote.", "Vote tram."]})
    assert comparisons(analysis.group_labels(articles, by="source")) == [
        ("Courier", "rest"), ("Ledger", "rest"), ("Post", "rest")]
    table = keyness(articles, by="source")
    row = table[(table["group"] == "Ledger") & (table["term"] == "tram")].iloc[0]
    # Ledger: 5 words, tram x3; rest (Courier + Post): 7 words, tram x1
    assert (row["reference"], row["count"], row["count_ref"]) == ("rest", 3, 1)
    assert row["g2"] == pytest.approx(g2_by_hand(3, 1, 5, 7))
    assert set(table["group"]) == {"Courier", "Ledger", "Post"}


def test_chosen_groups_restrict_the_rest():
    articles = _corpus({"Ledger": ["Tram tram."], "Courier": ["Fares fares."], "Post": ["Tram budget."]})
    table = keyness(articles, by="source", groups=["Ledger", "Post"])
    assert set(zip(table["group"], table["reference"])) == {("Ledger", "Post")}
    assert "fares" not in set(table["term"])


def test_one_group_gives_an_empty_table_with_columns(tiny):
    table = keyness(tiny.assign(year=2021), by="year")
    assert table.empty and "g2" in table.columns
    assert comparisons(pd.Series(["x", "x"])) == []


def test_distinctive_terms_takes_both_sides(tiny):
    top = distinctive_terms(keyness(tiny, by="year"), top=2)
    # by g2_by_hand: 2021 side rafah 5.64 > truce 1.70 > talks 0.72; 2024 side blinken 2.55 > hamas 1.78 > strip 1.22
    assert list(top["term"]) == ["rafah", "truce", "blinken", "hamas"]
    assert list(top["direction"]) == ["2021", "2021", "2024", "2024"]


def test_describe_keyness_counts_bonferroni(tiny):
    from analysis.keyness import describe_keyness
    lines = describe_keyness(keyness(tiny, by="year"), top=1)
    assert lines[0].startswith("2021 vs 2024, most distinctive of 2021 by log-likelihood: rafah (2021: 3, 2024: 0;")
    assert lines[1].startswith("2021 vs 2024, most distinctive of 2024 by log-likelihood: blinken (2021: 0, 2024: 2;")
    # only rafah passes p < 0.05 (G² 5.64 ≥ 3.84); Bonferroni over 7 terms needs G² ≥ chi2.isf(0.05/7, 1) ≈ 7.24
    assert lines[2] == ("2021 vs 2024: 1 of 7 terms have p < 0.05 (uncorrected); 0 remain after Bonferroni "
                        "correction (p < 0.05/7).")
    assert "needs two groups" in describe_keyness(keyness(tiny.assign(year=1), by="year"))[0]


def test_terms_of_one_article_are_not_a_groups_language():
    import analysis.keyness as kn
    # group a: three articles, "harbour" in all three, "zebedee" (a name) only in the first, many times
    articles = pd.DataFrame({
        "article_id": ["a1", "a2", "a3", "b1", "b2", "b3"],
        "source": ["a", "a", "a", "b", "b", "b"],
        "text": ["The harbour opened. Zebedee spoke. Zebedee waved. Zebedee left. Zebedee returned.",
                 "The harbour was busy on Monday morning.", "A harbour storm closed the road.",
                 "The mountain road opened.", "The mountain pass was busy.", "A mountain storm closed the pass."],
    })
    key = kn.with_article_counts(kn.keyness(articles, by="source"), kn.article_counts(articles, by="source"))
    row = key[(key["group"] == "a") & (key["term"] == "zebedee")].iloc[0]
    assert row["n_articles"] == 1 and row["n_articles_ref"] == 0 and row["count"] == 4
    assert key[(key["group"] == "a") & (key["term"] == "harbour")]["n_articles"].item() == 3
    spread = kn.spread_terms(key, articles, by="source")
    kept = set(spread[spread["direction"] == "a"]["term"])
    assert "harbour" in kept and "zebedee" not in kept
    # with one article per group, that article is all the group has: its terms are kept
    one = articles.iloc[[0, 3]]
    key1 = kn.with_article_counts(kn.keyness(one, by="source"), kn.article_counts(one, by="source"))
    kept = kn.spread_terms(key1, one, by="source")
    assert {"zebedee", "mountain", "road"} <= set(kept["term"])
