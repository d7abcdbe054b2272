"""TF-IDF: the terms that characterise each group of articles, weighted as scikit-learn's ``TfidfVectorizer``.

For a document-term count matrix (raw counts as tf) over ``n`` documents:

* idf(t) = ln((1 + n) / (1 + df(t))) + 1, where df(t) is the number of documents containing t
  (scikit-learn's smooth idf);
* each document's vector tf · idf is scaled to unit length: v / ||v||₂ (l2 norm);
* an article's vector is the mean of its documents' vectors; a group's score the mean of its articles'
  (each article weighs the same whatever its length).

The counts come from :func:`analysis.counts.term_counts` (the same integers on every executor), and the weights
are computed once, in the caller's process: the floats are the same in every mode.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import scipy.sparse as sp

from .analyzer import check_range, excluded_terms
from .counts import DOCUMENTS, TermCounts, check_counts, corpus_counts, drop_terms, labels_of, term_counts
from .execute import columns, executor_for
from .groups import group_labels
from .units import STOP_WORDS

TFIDF_COLUMNS = ["group", "term", "count", "df", "idf", "tfidf", "rank"]


def tfidf(articles: pd.DataFrame, *, by: str = "article_id", documents: str = "article",
          ngram_range: tuple[int, int] = (1, 1), stop_words: frozenset[str] | None = STOP_WORDS,
          exclude_sources: bool | None = None, progress: bool | None = None,
          counts: TermCounts | None = None, scheduler: str | None = None, workers: int | None = None) -> pd.DataFrame:
    """TF-IDF of every term per group of ``by`` (``"article_id"``: per article); formulas in the module docstring.

    What ``TfidfVectorizer(analyzer=analyze)`` computes (raw counts as tf, smooth idf, l2 norm), with the
    project's terms, and averaged per article and per group.

    Parameters
    ----------
    articles : DataFrame or dask DataFrame
        The articles table.
    by : str
        Grouping column (``"article_id"``: one group per article).
    documents : {"article", "paragraph", "sentence"}
        The unit idf is computed over. Spelling variants are the articles', whatever the documents.
    ngram_range, stop_words
        Term rules (:func:`analysis.analyzer.analyze`).
    exclude_sources : bool, optional
        As in :func:`analysis.frequency.term_frequency`: the outlets' names are left out before idf and the l2
        norms are computed, as stop words are.
    progress : bool, optional
        A progress bar.
    counts : TermCounts, optional
        :func:`analysis.counts.term_counts` of ``articles`` (documents = article only), to skip tokenising.
    scheduler, workers
        Where the counting runs (:func:`analysis.execute.executor_for`); the same floats in every mode.

    Returns
    -------
    DataFrame
        Columns group, term, count (occurrences in the group), df (documents containing the term, whole corpus),
        idf, tfidf, rank (1 = highest in the group). Terms absent from a group are left out. Sorted by group,
        tfidf descending, term.
    """
    if documents not in DOCUMENTS:
        raise ValueError(f"documents must be 'article', 'paragraph' or 'sentence', not {documents!r}")
    if counts is not None and documents != "article":
        raise ValueError(f"counts= are per article; with documents={documents!r} the documents are counted anew")
    ngram_range = check_range(ngram_range)
    excluded = excluded_terms(articles, by=by, exclude_sources=exclude_sources)
    if counts is not None:
        counted = check_counts(counts, articles, ngram_range, stop_words)
    else:
        counted = corpus_counts(executor_for(articles, scheduler=scheduler, workers=workers), articles,
                                ngram_range=ngram_range, stop_words=stop_words, documents=documents, progress=progress)
    counted = drop_terms(counted, excluded)
    if not counted.matrix.shape[0] or not len(counted.terms):  # no document, or no term (only stop words)
        return pd.DataFrame(columns=TFIDF_COLUMNS)
    weights, idf = tfidf_weights(counted.matrix)
    matrix = counted.matrix
    # documents per term from the stored counts (no boolean copy of the matrix: at 100,000 articles it was the
    # largest allocation of the stage)
    df = np.bincount(matrix.indices[matrix.data > 0], minlength=matrix.shape[1])
    article_order, article_means, article_counts = article_vectors(counted.ids, counted.matrix, weights)
    labels = pd.Series(labels_of(articles, by=by), index=columns(articles, ["article_id"])["article_id"])
    return tfidf_table(labels[article_order].to_numpy(), article_means, article_counts, counted.terms, df, idf)


def tfidf_weights(count_matrix: sp.csr_matrix) -> tuple[sp.csr_matrix, np.ndarray]:
    """The TF-IDF weight of each term in each document: the one place the workbook weighs counts.

    w[d, t] = tf[d, t] · idf[t] / ‖tf[d] · idf‖ (l2), idf[t] = ln((1 + n) / (1 + df[t])) + 1 (smooth idf), with tf the
    raw counts: scikit-learn's ``TfidfTransformer(smooth_idf=True, norm="l2", sublinear_tf=False)``.

    Parameters
    ----------
    count_matrix : csr_matrix
        Documents x terms counts (:class:`analysis.counts.TermCounts` ``matrix``).

    Returns
    -------
    (csr_matrix, ndarray)
        The weights (a document without terms is a row of zeros) and idf per term; with no document or no term,
        zeros of the same shape (scikit-learn refuses an empty matrix).
    """
    if min(count_matrix.shape) == 0:
        return sp.csr_matrix(count_matrix.shape, dtype=np.float64), np.zeros(count_matrix.shape[1])
    from sklearn.feature_extraction.text import TfidfTransformer  # slow to import: only when weighing

    transformer = TfidfTransformer(smooth_idf=True, norm="l2", sublinear_tf=False)
    return transformer.fit_transform(count_matrix).tocsr(), transformer.idf_


def centrality(articles: pd.DataFrame, *, by: str, ngram_range: tuple[int, int] = (1, 1),
               stop_words: frozenset[str] | None = STOP_WORDS) -> pd.Series:
    """How typical each article is of its group of ``by``.

    centrality(d) = cos(v_d, c_g) = v_d · c_g / (||v_d|| ||c_g||), where v_d is the article's TF-IDF vector
    (documents = articles, weighted as :func:`tfidf`) and c_g the mean vector of its group g.

    Parameters
    ----------
    articles : DataFrame
        The articles table (pandas).
    by : str
        Grouping column.
    ngram_range, stop_words
        Term rules (:func:`analysis.analyzer.analyze`).

    Returns
    -------
    Series
        Indexed by article_id, in the table's order: 1 = the group's centre; an article with no terms gets 0.
    """
    from sklearn.metrics.pairwise import cosine_similarity  # slow to import: only when measured

    out = pd.Series(0.0, index=pd.Index(articles["article_id"], name="article_id"), name="centrality")
    counted = term_counts(articles, ngram_range=ngram_range, stop_words=stop_words)
    if not len(counted.terms):
        return out
    weights, _ = tfidf_weights(counted.matrix)
    labels = group_labels(articles, by=by).to_numpy()
    for group in set(labels):
        members = np.flatnonzero(labels == group)
        centre = np.asarray(weights[members].mean(axis=0))
        out.iloc[members] = cosine_similarity(weights[members], centre).ravel()
    return out


def article_vectors(ids, count_matrix: sp.csr_matrix, weights: sp.csr_matrix) -> tuple[pd.Index, sp.csr_matrix, sp.csr_matrix]:
    """``(article ids in order of appearance, mean TF-IDF vector of each article's documents, its summed
    counts)``, as sparse products (documents → articles): no dense vector per article."""
    codes, article_order = pd.factorize(pd.Index(ids))
    docs = np.arange(len(codes))
    to_article = sp.csr_matrix((np.ones(len(codes)), (codes, docs)), shape=(len(article_order), len(codes)))
    to_mean = sp.csr_matrix((1.0 / np.bincount(codes)[codes], (codes, docs)), shape=to_article.shape)
    return article_order, (to_mean @ weights).tocsr(), (to_article @ count_matrix).tocsr()


def tfidf_table(article_labels: np.ndarray, article_means: sp.csr_matrix, article_counts: sp.csr_matrix,
                vocab: np.ndarray, df: np.ndarray, idf: np.ndarray) -> pd.DataFrame:
    """The :func:`tfidf` table from each article's group label, mean vector and counts (:func:`article_vectors`):
    a group's score is the mean of its articles' vectors."""
    frames = []
    for group in sorted(set(article_labels)):
        members = np.flatnonzero(article_labels == group)
        score = np.asarray(article_means[members].sum(axis=0)).ravel() / len(members)
        count = np.asarray(article_counts[members].sum(axis=0)).ravel()
        keep = count > 0
        frames.append(pd.DataFrame({"group": group, "term": vocab[keep], "count": count[keep].astype(int),
                                    "df": df[keep], "idf": idf[keep], "tfidf": score[keep]}))
    out = pd.concat(frames, ignore_index=True)
    out = out.sort_values(["group", "tfidf", "term"], ascending=[True, False, True], ignore_index=True)
    out["rank"] = out.groupby("group").cumcount() + 1
    return out[TFIDF_COLUMNS]


def tfidf_difference(scores: pd.DataFrame, group_a: str, group_b: str) -> pd.DataFrame:
    """Per term, tfidf in ``group_a`` minus tfidf in ``group_b`` (absent = 0) from a :func:`tfidf` table.

    ``group_b="rest"``: the mean tfidf of every other group of the table (each group weighs the same).

    difference = tfidf_a - tfidf_b.

    Parameters
    ----------
    scores : DataFrame
        A :func:`tfidf` table.
    group_a, group_b : str
        The groups compared; ``group_b="rest"``: every other group.

    Returns
    -------
    DataFrame
        Columns term, tfidf_a, tfidf_b, difference (positive = more typical of ``group_a``), group_a, group_b;
        sorted by difference descending, term.
    """
    wide = scores.pivot_table(index="term", columns="group", values="tfidf", aggfunc="sum", fill_value=0.0)
    a = wide[group_a] if group_a in wide else pd.Series(0.0, index=wide.index)
    if group_b == "rest":
        b = wide.drop(columns=[group_a], errors="ignore").mean(axis=1)
    else:
        b = wide[group_b] if group_b in wide else pd.Series(0.0, index=wide.index)
    out = pd.DataFrame({"term": wide.index, "tfidf_a": a.to_numpy(), "tfidf_b": b.to_numpy()})
    out["difference"] = out["tfidf_a"] - out["tfidf_b"]
    out["group_a"], out["group_b"] = str(group_a), str(group_b)
    return out.sort_values(["difference", "term"], ascending=[False, True], ignore_index=True)
