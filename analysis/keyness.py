"""Keyness: which terms are typical of one group of articles rather than another.

For a term with count ``a`` in group A (``N_A`` words) and ``b`` in group B (``N_B`` words):

* **G²** (Dunning 1993; Rayson & Garside 2000): log-likelihood over the 2x2 table
  ``[[a, b], [N_A - a, N_B - b]]``, G² = 2 Σ O ln(O / E) with E = row total · column total / N
  and 0 · ln 0 = 0; p-value from the chi-square distribution with 1 degree of freedom.
  G² ≥ 3.84 ↔ p < 0.05; 6.63 ↔ 0.01; 10.83 ↔ 0.001; 15.13 ↔ 0.0001.
* **Log ratio** (Hardie 2014): log2((a / N_A) / (b / N_B)), a zero count replaced by 0.5.
  1 means twice as frequent in A, -1 twice as frequent in B: an effect size, not a test.
* **Log-odds ratio with informative Dirichlet prior** (Monroe, Colaresi & Quinn 2008, eqs. 16-22):
  δ = ln((a + α_w) / (N_A + α0 - a - α_w)) - ln((b + α_w) / (N_B + α0 - b - α_w)),
  σ²(δ) ≈ 1 / (a + α_w) + 1 / (b + α_w), z = δ / σ. The prior is proportional to the pooled
  corpus, α_w = α0 · (a + b) / (N_A + N_B); by default α0 = 0.1 · (N_A + N_B) (:data:`PRIOR_WEIGHT`),
  a prior worth a tenth of the data, so α_w is a tenth of the term's corpus count. A larger α0
  shrinks δ more towards 0 (with α0 = N_A + N_B, |δ| can never exceed ln 2).

Word totals ``N`` are the word tokens of each group (stop words included, clitics not), for
n-grams as for unigrams. Sign convention everywhere: positive = more typical of group A.
Zero counts give finite values for every statistic (α_w > 0 for any term seen in the corpus).
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
from scipy.special import chdtrc, xlogy  # chdtrc is chi2.sf itself, without importing scipy.stats (0.5 s)

from .analyzer import excluded_terms, without_terms
from .counts import TermCounts, check_counts, frequency_rows, group_sums, group_term_counts, labels_of, term_counts
from .display import decimal, p_value
from .execute import is_dask
from .groups import group_labels, pick_groups
from .units import STOP_WORDS

#: Default α0 of the log-odds prior, as a share of the words in the two groups compared.
PRIOR_WEIGHT = 0.1
#: Name of the reference group in group-vs-rest comparisons.
REST = "rest"
KEYNESS_COLUMNS = [
    "group", "reference", "term", "ngram", "count", "count_ref", "rate", "rate_ref", "g2", "p_value",
    "significance", "log_ratio", "log_odds", "z", "direction", "rank",
]
#: (G² threshold, label) from the chi-square distribution with 1 df.
SIGNIFICANCE = [(15.13, "****"), (10.83, "***"), (6.63, "**"), (3.84, "*")]


def log_likelihood(a, b, words_a, words_b):
    """Dunning's G² on the 2x2 table [[a, b], [words_a - a, words_b - b]] (arrays or scalars)."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    total = words_a + words_b
    observed = [a, b, words_a - a, words_b - b]
    expected = [(a + b) * words_a / total, (a + b) * words_b / total,
                (total - a - b) * words_a / total, (total - a - b) * words_b / total]
    return 2 * sum(xlogy(o, o) - xlogy(o, e) for o, e in zip(observed, expected))


def log_ratio(a, b, words_a, words_b):
    """Hardie's log ratio, log2((a / words_a) / (b / words_b)), zero counts replaced by 0.5."""
    a = np.where(np.asarray(a) == 0, 0.5, a).astype(float)
    b = np.where(np.asarray(b) == 0, 0.5, b).astype(float)
    return np.log2((a / words_a) / (b / words_b))


def log_odds(a, b, words_a, words_b, alpha0: float | None = None):
    """Monroe et al.'s (2008) log-odds ratio δ and its z-score with the pooled corpus as prior.

    Returns ``(delta, z)``; ``alpha0`` defaults to ``PRIOR_WEIGHT * (words_a + words_b)``.
    """
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    alpha0 = PRIOR_WEIGHT * (words_a + words_b) if alpha0 is None else float(alpha0)
    alpha = alpha0 * (a + b) / (words_a + words_b)
    delta = (np.log((a + alpha) / (words_a + alpha0 - a - alpha))
             - np.log((b + alpha) / (words_b + alpha0 - b - alpha)))
    return delta, delta / np.sqrt(1 / (a + alpha) + 1 / (b + alpha))


def keyness_statistics(counts: pd.DataFrame, words_a: int, words_b: int, *, alpha0: float | None = None) -> pd.DataFrame:
    """Add every keyness statistic to a table with columns ``count`` (group A) and ``count_ref`` (group B).

    Adds rate, rate_ref (per 1,000 words), g2, p_value, significance (``*`` p < 0.05 … ``****``
    p < 0.0001, uncorrected), log_ratio, log_odds, z. Formulas in the module docstring.
    """
    if words_a <= 0 or words_b <= 0:
        raise ValueError("both groups need at least one word")
    out = counts.copy()
    a, b = out["count"].to_numpy(), out["count_ref"].to_numpy()
    out["rate"] = 1000 * a / words_a
    out["rate_ref"] = 1000 * b / words_b
    g2 = log_likelihood(a, b, words_a, words_b)
    out["g2"] = g2
    out["p_value"] = chdtrc(1, g2)  # the chi-square (1 df) survival function
    out["significance"] = np.select([g2 >= t for t, _ in SIGNIFICANCE], [lab for _, lab in SIGNIFICANCE], "")
    out["log_ratio"] = log_ratio(a, b, words_a, words_b)
    out["log_odds"], out["z"] = log_odds(a, b, words_a, words_b, alpha0)
    return out


def comparisons(labels: pd.Series, *, groups=None) -> list[tuple[str, str]]:
    """The ``(group, reference)`` pairs to compare: two groups → one pair ``(A, B)``; more → each
    group against the rest of the chosen groups (``(g, "rest")``); fewer than two → none.
    """
    chosen = pick_groups(labels, groups=groups)
    if len(chosen) < 2:
        return []
    if len(chosen) == 2:
        return [(chosen[0], chosen[1])]
    return [(g, REST) for g in chosen]


def keyness(articles: pd.DataFrame, *, by: str = "year", groups=None, ngram_range: tuple[int, int] = (1, 1),
            stop_words: frozenset[str] | None = STOP_WORDS, exclude_sources: bool | None = None,
            alpha0: float | None = None, progress: bool | None = None,
            counts: TermCounts | None = None, scheduler: str | None = None, workers: int | None = None) -> pd.DataFrame:
    """Keyness of every term for each comparison of :func:`comparisons` (A vs B, or group vs rest).

    Statistics (G², log ratio, log odds with its z) and their formulas: module docstring.

    Parameters
    ----------
    articles : DataFrame or dask DataFrame
        The articles table.
    by : str
        Grouping column.
    groups : list of str, optional
        The groups to compare (:func:`analysis.groups.pick_groups`); default every group.
    ngram_range, stop_words
        Term rules (:func:`analysis.analyzer.analyze`).
    exclude_sources : bool, optional
        Leave out the words of the outlets' own names (:func:`analysis.analyzer.source_terms`) as if stop
        words; None (default): when ``by == "source"``.
    alpha0 : float, optional
        Weight of the log-odds prior (default :data:`PRIOR_WEIGHT` of the words compared).
    progress : bool, optional
        A progress bar.
    counts : TermCounts, optional
        :func:`analysis.counts.term_counts` of ``articles``, to skip tokenising, when every article is in a
        compared group (otherwise the compared articles are counted on their own: their spelling variants are theirs).
    scheduler, workers
        Where the counting runs (:func:`analysis.execute.executor_for`); the same floats in every mode.

    Returns
    -------
    DataFrame
        Columns group (A), reference (B or ``rest``), term, ngram, count, count_ref, rate, rate_ref (per 1,000
        words), g2, p_value, significance, log_ratio, log_odds (δ), z, direction (the group the term is more typical
        of: ``group`` or ``reference``; ``""`` if equal rates), rank. Sorted by comparison, then G² descending, then
        log ratio descending, then term; rank 1 is the largest G² whichever its direction. Empty (same columns)
        when there are fewer than two groups.
    """
    excluded = excluded_terms(articles, by=by, exclude_sources=exclude_sources)
    labels = pd.Series(labels_of(articles, by=by))
    pairs = comparisons(labels, groups=groups)
    if not pairs:
        return pd.DataFrame(columns=KEYNESS_COLUMNS)
    chosen = sorted({g for pair in pairs for g in pair if g != REST})
    if not labels.isin(chosen).all():
        if counts is not None:
            check_counts(counts, articles, ngram_range, stop_words)  # a wrong table still gets its own message
            counts = None  # the compared articles' own variants: counted anew
        articles = in_groups(articles, by=by, chosen=chosen)
    freq, words = group_term_counts(articles, by=by, ngram_range=ngram_range, stop_words=stop_words, progress=progress,
                                    counts=counts, scheduler=scheduler, workers=workers)
    return without_terms(keyness_from_counts(freq, words, pairs, alpha0=alpha0), excluded, groups=["group", "reference"])


def in_groups(articles, *, by: str, chosen: list[str]):
    """The rows of ``articles`` whose ``by`` label is one of ``chosen`` (a Dask DataFrame stays one, filtered
    partition by partition where it is)."""
    if is_dask(articles):
        return articles.map_partitions(_rows_in_groups, by, chosen, meta=articles._meta)
    return _rows_in_groups(articles, by, chosen)


def _rows_in_groups(articles: pd.DataFrame, by: str, chosen: list[str]) -> pd.DataFrame:
    return articles[group_labels(articles, by=by).isin(chosen).to_numpy()]


def keyness_from_counts(freq: pd.DataFrame, words: pd.Series, pairs: list[tuple[str, str]], *,
                        alpha0: float | None = None) -> pd.DataFrame:
    """The :func:`keyness` table from per-group term counts (``freq``: group, term, ngram, count) and
    word totals (``words``, indexed by group), for each ``(group, reference)`` of ``pairs``."""
    wide = freq.pivot_table(index=["term", "ngram"], columns="group", values="count", aggfunc="sum", fill_value=0)
    frames = []
    for group, reference in pairs:
        others = [g for g in wide.columns if g != group] if reference == REST else [reference]
        table = pd.DataFrame({"count": wide[group], "count_ref": wide[others].sum(axis=1)}).reset_index()
        table = table[(table["count"] + table["count_ref"]) > 0]
        stats = keyness_statistics(table, int(words[group]), int(words[others].sum()), alpha0=alpha0)
        stats.insert(0, "group", group)
        stats.insert(1, "reference", reference)
        stats["direction"] = np.select([stats["log_ratio"] > 0, stats["log_ratio"] < 0], [group, reference], "")
        stats = stats.sort_values(["g2", "log_ratio", "term"], ascending=[False, False, True])
        stats["rank"] = range(1, len(stats) + 1)
        frames.append(stats)
    return pd.concat(frames, ignore_index=True)[KEYNESS_COLUMNS]


def article_counts(articles: pd.DataFrame, *, by: str = "year", ngram_range: tuple[int, int] = (1, 1),
                   stop_words: frozenset[str] | None = STOP_WORDS, scheduler: str | None = None,
                   workers: int | None = None) -> pd.DataFrame:
    """How many articles of each group use each term (document frequency).

    Parameters
    ----------
    articles : DataFrame or dask DataFrame
    by : str
        Grouping column.
    ngram_range, stop_words
        Term rules (:func:`analysis.analyzer.analyze`).
    scheduler, workers
        Where the counting runs (:func:`analysis.execute.executor_for`).

    Returns
    -------
    DataFrame
        Columns group, term, n_articles.
    """
    counts = term_counts(articles, ngram_range=ngram_range, stop_words=stop_words, scheduler=scheduler,
                         workers=workers)
    used = counts.matrix.copy()
    used.data[:] = 1
    groups, per_group, words = group_sums(replace(counts, matrix=used), labels_of(articles, by=by))
    rows, _ = frequency_rows(groups, counts.terms, per_group, words)
    return rows.rename(columns={"count": "n_articles"})[["group", "term", "n_articles"]]


def with_article_counts(table: pd.DataFrame, used: pd.DataFrame) -> pd.DataFrame:
    """A :func:`keyness` table with ``n_articles`` and ``n_articles_ref``: the articles of the group and of the
    reference (all other groups for ``rest``) that use the term (``used``: :func:`article_counts`)."""
    wide = used.pivot_table(index="term", columns="group", values="n_articles", aggfunc="sum", fill_value=0)
    out = table.copy()
    out["n_articles"] = 0
    out["n_articles_ref"] = 0
    for (group, reference), rows in out.groupby(["group", "reference"], sort=False):
        others = [g for g in wide.columns if g != group] if reference == REST else [reference]
        terms = rows["term"]
        mine = wide[group] if group in wide.columns else pd.Series(0, index=wide.index)
        out.loc[rows.index, "n_articles"] = mine.reindex(terms).fillna(0).to_numpy().astype(int)
        out.loc[rows.index, "n_articles_ref"] = wide[[g for g in others if g in wide.columns]].sum(axis=1) \
            .reindex(terms).fillna(0).to_numpy().astype(int)
    return out


def spread_terms(table: pd.DataFrame, articles: pd.DataFrame, *, by: str = "year", min_articles: int = 3) -> pd.DataFrame:
    """The rows of a :func:`with_article_counts` table whose term is used by at least ``min_articles`` articles on
    the side it is typical of (all of that side's articles when it has fewer): a word of one or two stories (a
    name, the subject of one report) says little about a group's language."""
    sizes = group_labels(articles, by=by).value_counts()
    own = table["group"].map(sizes).fillna(0)
    ref = np.where(table["reference"] == REST, sizes.sum() - own, table["reference"].map(sizes).fillna(0))
    typical_of_group = table["direction"] == table["group"]
    used = table["n_articles"].where(typical_of_group, table["n_articles_ref"])
    needed = np.minimum(min_articles, np.where(typical_of_group, own, ref))
    return table[used >= needed]


def distinctive_terms(table: pd.DataFrame, *, top: int = 10, alpha: float | None = None) -> pd.DataFrame:
    """The ``top`` terms typical of each side of each comparison in a :func:`keyness` table, by G².

    Rows of both sides (``direction`` = group, then = reference), each sorted by G² descending,
    log ratio magnitude descending, term; ``alpha``: keep only terms with p < alpha.
    """
    if alpha is not None:
        table = table[table["p_value"] < alpha]
    table = table[table["direction"] != ""].assign(_abs=table["log_ratio"].abs())
    table = table.assign(_side=(table["direction"] != table["group"]).astype(int))
    table = table.sort_values(["group", "reference", "_side", "g2", "_abs", "term"],
                              ascending=[True, True, True, False, False, True], kind="stable")
    out = table.groupby(["group", "reference", "_side"], sort=False).head(top)
    return out.drop(columns=["_abs", "_side"]).reset_index(drop=True)


def describe_keyness(table: pd.DataFrame, *, top: int = 5, alpha: float = 0.05,
                     listed: pd.DataFrame | None = None) -> list[str]:
    """Sentences stating the most distinctive terms of each side of each comparison, by G², and how many
    terms pass ``alpha`` before and after a Bonferroni correction for the number of terms tested (every term of
    ``table``). ``listed``: the rows whose terms may be named (e.g. :func:`spread_terms`); default ``table``."""
    if table.empty:
        return ["A comparison needs two groups; there is only one (or none), so no keyness is computed."]
    listed = table if listed is None else listed
    out = []
    for (group, reference), part in table.groupby(["group", "reference"], sort=False):
        tested = len(part)
        raw = int((part["p_value"] < alpha).sum())
        corrected = int((part["p_value"] < alpha / tested).sum())
        named = listed[(listed["group"] == group) & (listed["reference"] == reference)]
        for side in (group, reference):
            rows = distinctive_terms(named[named["direction"] == side], top=top)
            terms = "; ".join(f"{r.term} ({group}: {r.count}, {reference}: {r.count_ref}; G² = {decimal(r.g2)}, "
                              f"p = {p_value(r.p_value)}, log ratio = {r.log_ratio:+.2f})" for r in rows.itertuples(index=False))
            out.append(f"{group} vs {reference}, most distinctive of {side} by log-likelihood: {terms or 'none'}.")
        out.append(f"{group} vs {reference}: {raw} of {tested} terms have p < {alpha} (uncorrected); "
                   f"{corrected} {'remains' if corrected == 1 else 'remain'} after Bonferroni correction (p < {alpha}/{tested}).")
    return out


def describe_agreement(table: pd.DataFrame, difference: pd.DataFrame, *, top: int = 10) -> list[str]:
    """A sentence on how far keyness (G²) and a TF-IDF difference agree on the first comparison's
    ``top`` distinctive terms of each side (``difference``: :func:`analysis.tfidf.tfidf_difference`)."""
    if table.empty or difference.empty:
        return []
    group, reference = table["group"].iloc[0], table["reference"].iloc[0]
    by_g2 = set(distinctive_terms(table[(table["group"] == group) & (table["reference"] == reference)], top=top)["term"])
    moved = difference[difference["difference"] != 0]
    by_tfidf = set(moved.head(top)["term"]) | set(moved.tail(top)["term"])
    shared = sorted(by_g2 & by_tfidf)
    return [f"{len(shared)} of the {len(by_g2)} most distinctive terms by G² in {group} vs {reference} are also among "
            f"the {len(by_tfidf)} most distinctive by TF-IDF difference" + (f": {', '.join(shared)}." if shared else ".")]
