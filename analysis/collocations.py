"""Collocations: two-word terms that occur together more often than chance."""
from __future__ import annotations

import pandas as pd

from .analyzer import merge_variants, parsed_vocabulary, sentence_words, variants_of
from .execute import require_pandas
from .groups import article_labels
from .units import STOP_WORDS

COLLOCATION_COLUMNS = ["group", "term", "first", "second", "count", "pmi", "log_likelihood", "rank"]


def collocations(articles: pd.DataFrame, *, by: str | None = None, min_freq: int = 2,
                 stop_words: frozenset[str] | None = STOP_WORDS) -> pd.DataFrame:
    """Two-word collocations scored with NLTK's association measures.

    ``pmi`` = log2(p(xy) / (p(x) p(y))) (Church & Hanks 1990); ``log_likelihood`` = Dunning's
    (1993) G² on the bigram's 2x2 contingency table. Bigrams never cross a sentence, occur at
    least ``min_freq`` times, and contain no stop word (adjacency is judged before stop words are
    removed, so ``secretary of state`` does not make ``secretary state``).

    Parameters
    ----------
    articles : DataFrame
        The articles table (pandas).
    by : str, optional
        Grouping column; None: the whole corpus as one group named ``all``.
    min_freq : int
        Fewest occurrences of a bigram in its group.
    stop_words : frozenset of str, optional
        Words no bigram may contain.

    Returns
    -------
    DataFrame
        Columns group, term, first, second, count, pmi, log_likelihood, rank; sorted by group, log_likelihood
        descending, term.
    """
    require_pandas(articles, "collocations")
    labels = article_labels(articles, by=by) if by else pd.Series("all", index=articles["article_id"])
    parsed = [sentence_words(text) for text in articles["text"]]
    variants = variants_of(*parsed_vocabulary(parsed))
    sentences: dict[str, list[list[str]]] = {}
    for article_id, one in zip(articles["article_id"], parsed):
        docs = sentences.setdefault(labels[article_id], [])
        docs.extend([w[0] for w in words] for _, _, words in merge_variants(one, variants))
    from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder  # slow to import: only here

    measures, rows = BigramAssocMeasures(), []
    stop = stop_words or frozenset()
    for group, docs in sentences.items():
        finder = BigramCollocationFinder.from_documents(docs)
        finder.apply_freq_filter(min_freq)
        finder.apply_word_filter(lambda w: w in stop)
        pmi = dict(finder.score_ngrams(measures.pmi))
        for (first, second), ll in finder.score_ngrams(measures.likelihood_ratio):
            rows.append((group, f"{first} {second}", first, second, finder.ngram_fd[(first, second)],
                         pmi[(first, second)], ll))
    out = pd.DataFrame(rows, columns=COLLOCATION_COLUMNS[:-1])
    out = out.sort_values(["group", "log_likelihood", "term"], ascending=[True, False, True], ignore_index=True)
    out["rank"] = out.groupby("group").cumcount() + 1
    return out[COLLOCATION_COLUMNS]
