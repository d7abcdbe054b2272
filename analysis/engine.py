"""The same analyses on a Dask DataFrame of articles, on a ``dask.distributed`` cluster.

``load_corpus(path, engine="dask")`` (loaded by :func:`analysis.load.load_corpus` on the cluster's workers,
then :func:`distribute`) and :func:`distribute` give a Dask DataFrame of articles. The functions here take
that frame and reuse the pandas functions partition by partition, with exact global reductions:

* each partition's texts are tokenised once per call (:class:`analysis.counts.Tokenised`, kept on
  its worker); spelling variants (:func:`analysis.terms.spelling_variants`) come from the union of
  every partition's vocabulary and prefix pairs, so each partition merges variants as the whole
  corpus would, and the counts from the same tokens;
* term counts and group word totals: sparse group x term matrices summed over partitions (integers: exact);
* TF-IDF: document frequencies summed over partitions, idf = ln((1 + n) / (1 + df)) + 1 from the
  global n and df, each document's vector l2-normalised and each article's mean vector computed on
  the workers; the client stacks the articles' vectors in table order and takes group means with
  the same function as one process (:func:`analysis.terms.tfidf_table`), so the floats are the same;
* keyness: the statistics of :mod:`analysis.keyness` on the global counts;
* quotes: per article, so per partition, then concatenated and sorted as the pandas path sorts.

Cluster: a ``LocalCluster`` (one process per core, one thread each) unless a ``scheduler``
address is given (``"tcp://host:8786"``); an existing default client is reused.
"""
from __future__ import annotations

import logging
import math
import os
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import scipy.sparse as sp

from .groups import group_labels
from .units import STOP_WORDS

#: Upper bound on input files per partition (memory per task stays bounded on any corpus size).
MAX_FILES_PER_PARTITION = 2000


#: The ``scheduler`` value that asks for a ``LocalCluster`` on this machine.
LOCAL = "local"
#: Clients opened by :func:`get_client` for a scheduler address, kept while they run (see there).
_CLIENTS: dict = {}


def is_dask(obj) -> bool:
    """True for a Dask DataFrame or Series (without importing dask)."""
    return type(obj).__module__.split(".")[0] == "dask" and hasattr(obj, "map_partitions")


def require_pandas(articles, name: str) -> None:
    """TypeError with what to do when a function without a Dask version gets a Dask DataFrame."""
    if is_dask(articles):
        raise TypeError(f"{name} needs a pandas articles table, not a Dask DataFrame: use the pandas table "
                        "(load_corpus(path, scheduler=...) loads on the cluster into pandas) or "
                        "articles.compute(); term_frequency, tfidf, keyness and extract_quotes "
                        "take the Dask DataFrame")


# --- cluster --------------------------------------------------------------------------------------

def get_client(scheduler: str | None = None, *, n_workers: int | None = None):
    """A ``distributed.Client``: to ``scheduler`` if given (an address such as ``"tcp://host:8786"``),
    else the current default client, else a new ``LocalCluster`` with ``n_workers`` processes (default:
    one per core) of one thread each. ``scheduler="local"`` means the latter two."""
    from distributed import Client, LocalCluster, default_client
    if scheduler and scheduler != LOCAL:
        # One client per address for the session: data persisted through a client is released when that
        # client is garbage-collected, so a fresh client per call lost partitions of distribute()'s frames.
        client = _CLIENTS.get(scheduler)
        if client is None or client.status != "running":
            client = _CLIENTS[scheduler] = Client(scheduler)
        return client
    try:
        return default_client()
    except ValueError:
        cluster = LocalCluster(n_workers=n_workers or os.cpu_count() or 1, threads_per_worker=1,
                               processes=True, dashboard_address=":0", silence_logs=logging.ERROR)
        return Client(cluster)


def close_clients(address: str | None = None) -> None:
    """Close the clients :func:`get_client` keeps for ``address`` (every address if None). Call it
    before that cluster goes: a kept client would try to reconnect to it for 30 s."""
    for kept in [a for a in _CLIENTS if address is None or a == address]:
        _CLIENTS.pop(kept).close()


@contextmanager
def dask_client(scheduler: str | None = None, *, n_workers: int | None = None):
    """Context manager: a client to ``scheduler`` or to a new ``LocalCluster``, closed on exit."""

    import distributed  # noqa: F401  (creates its loggers)
    names = [n for n in logging.root.manager.loggerDict if n.split(".")[0] == "distributed"]
    levels = {n: logging.getLogger(n).level for n in names}
    for n in names:  # no start-up and shut-down chatter in the terminal
        logging.getLogger(n).setLevel(logging.ERROR)
    try:
        yield from _clients(scheduler, n_workers)
    finally:
        for n, level in levels.items():
            logging.getLogger(n).setLevel(level)


def _clients(scheduler, n_workers):
    from distributed import Client, LocalCluster
    if scheduler:
        client = Client(scheduler)
        try:
            yield client
        finally:
            client.close()
        return
    with LocalCluster(n_workers=n_workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                      dashboard_address=":0", silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        try:
            yield client
        finally:  # clients opened by address on the way (distribute(articles, address)) go with the cluster
            close_clients(cluster.scheduler_address)


def client_of(articles, client=None):
    """The client to compute ``articles`` with: ``client`` if given, else the one holding the frame's
    persisted partitions (:func:`distribute`, :func:`load_corpus`), else the default client.

    The default client is not enough: a notebook may have its own client open, to another scheduler or
    to the same one, and a graph sent through one client may reach the scheduler before the data
    another client persisted is known there ("lost dependencies").
    """
    if client is not None:
        return client
    from distributed import futures_of
    held = futures_of(articles)
    return held[0].client if held else get_client()


def _wait(futures, progress) -> None:
    from distributed import progress as show, wait
    if progress is None:
        progress = len(futures) >= 8 and sys.stderr.isatty()
    if progress:
        show(futures)
    wait(futures)


def _broadcast(client, *values) -> list:
    """One future per value, copied to every worker once (not sent inside each task). Each value is
    scattered whole (a dict alone would be scattered item by item), under a fresh key (``hash=False``:
    never one the scheduler is still releasing from an earlier call)."""
    return client.scatter(list(values), broadcast=True, hash=False)


def _partitions(articles, client):
    """One future per partition of the Dask DataFrame ``articles``."""
    return client.compute(list(articles.to_delayed()))


def distribute(articles: pd.DataFrame, scheduler: str | None, *, npartitions: int | None = None):
    """``articles`` as a Dask DataFrame held by the workers of ``scheduler`` (an address, or
    ``"local"`` for a ``LocalCluster``), ready for the public functions; ``articles`` itself when
    ``scheduler`` is None or empty (one process). Partitions: 4 per worker, at most
    :data:`MAX_FILES_PER_PARTITION` articles each, in the table's order.
    """
    if not scheduler or is_dask(articles):
        return articles
    import dask
    import dask.dataframe as dd
    client = get_client(scheduler)
    n_workers = max(1, len(client.scheduler_info().get("workers", {})))
    if npartitions is None:
        npartitions = max(4 * n_workers, math.ceil(len(articles) / MAX_FILES_PER_PARTITION))
    table = articles.reset_index(drop=True)
    # load_articles keeps problems and the cleaning log in attrs; pandas compares attrs when it concatenates
    # partitions, and comparing DataFrames there raises. The tables stay with the caller's frame.
    table.attrs = {}
    with dask.config.set({"dataframe.convert-string": False}):  # keep the pandas dtypes
        frame = dd.from_pandas(table, npartitions=max(1, min(npartitions, len(table))), sort=False)
    return _persisted(frame, client)


def _persisted(frame, client):
    """``frame`` persisted through ``client``, returned once its partitions are on the workers: the
    scheduler then knows them whichever client later computes on them."""
    from distributed import wait
    frame = client.persist(frame)
    wait(frame)
    return frame


# --- terms -------------------------------------------------------------------------------------------

def _tokenise(part: pd.DataFrame):
    """One partition's texts tokenised once (kept on the worker for the vocabulary, then the counts)."""
    from .counts import Tokenised
    return Tokenised(list(part["text"]), progress=False)  # a worker's bar would go to its log


def _vocabulary(tokenised) -> tuple[set, set]:
    """The words and (prefix, word) pairs of one partition: what spelling variants are built from."""
    return tokenised.vocabulary()


def _merge_vocabularies(results) -> tuple[set, set]:
    vocabulary, pairs = set(), set()
    for v, p in results:
        vocabulary |= v
        pairs |= p
    return vocabulary, pairs


def _tokenised_with_variants(articles, client, progress) -> tuple[list, list, dict]:
    """``(partition futures, tokenised-partition futures, spelling variants of the whole frame)``:
    variants from the union of every partition's vocabulary (exact), in one tokenising pass."""
    from .terms import variants_of
    parts = _partitions(articles, client)
    tokenised = client.map(_tokenise, parts, pure=False)
    _wait(tokenised, progress)
    vocabulary, pairs = client.submit(_merge_vocabularies, client.map(_vocabulary, tokenised, pure=False)).result()
    return parts, tokenised, variants_of(vocabulary, pairs)


def spelling_variants(articles, *, client=None, progress=None) -> dict:
    """:func:`analysis.terms.spelling_variants` of every text of a Dask DataFrame (exact union of partitions)."""
    return _tokenised_with_variants(articles, client_of(articles, client), progress)[2]


def _partition_term_counts(part: pd.DataFrame, tokenised, ngram_range, stop_words, variants):
    """The :class:`analysis.counts.TermCounts` of one partition's articles (with their ids)."""
    from .counts import counts_of
    counts = counts_of(tokenised, ngram_range=ngram_range, stop_words=stop_words, variants=variants)
    counts.ids = part["article_id"].to_numpy()
    return counts


def _partition_group_sums(part: pd.DataFrame, counts, by: str) -> tuple:
    """``(groups, terms, group x term counts, words per group)`` of one partition."""
    from .terms import _labels, group_sums
    groups, per_group, words = group_sums(counts, _labels(part, by).to_numpy())
    return groups, counts.terms, per_group, words


@dataclass
class PartitionedCounts:
    """Term counts of a Dask DataFrame, kept on the workers (one future per partition), made with the
    whole frame's spelling variants: :func:`term_counts`, passed as ``counts=`` like the pandas one."""

    frame: str
    parts: list
    counts: list
    ngram_range: tuple[int, int]
    stop_words: frozenset[str] | None
    #: ``by`` column → reduced group sums (see :func:`_group_sums_of`); small: groups x terms.
    group_sums: dict = field(default_factory=dict, repr=False)


def term_counts(articles, *, ngram_range: tuple[int, int] = (1, 1), stop_words: frozenset[str] | None = STOP_WORDS,
                client=None, progress=None) -> PartitionedCounts:
    """:func:`analysis.terms.term_counts` of a Dask DataFrame: the corpus tokenised once for
    ``term_frequency``, ``tfidf`` and ``keyness`` of the same frame."""
    from .terms import _check_range
    ngram_range = _check_range(ngram_range)
    client = client_of(articles, client)
    parts, tokenised, variants = _tokenised_with_variants(articles, client, progress)
    [variants] = _broadcast(client, variants)
    counts = client.map(_partition_term_counts, parts, tokenised, ngram_range=ngram_range, stop_words=stop_words,
                        variants=variants, pure=False)
    _wait(counts, progress)
    return PartitionedCounts(articles._name, parts, counts, ngram_range, stop_words)


def _checked(counts, articles, ngram_range, stop_words) -> PartitionedCounts:
    from .counts import check_options
    if not isinstance(counts, PartitionedCounts) or counts.frame != articles._name:
        raise ValueError("counts were not made from this Dask DataFrame: pass counts=term_counts(articles) of it")
    check_options(counts, ngram_range, stop_words)
    return counts


def _union(arrays) -> np.ndarray:
    """Sorted union of arrays of strings, as an object array (Python's order, as ``sorted`` gives)."""
    return np.asarray(sorted(set().union(*(set(a) for a in arrays))), dtype=object)


def _index(terms) -> dict:
    """Position of each of ``terms``: lookups without the string comparisons of ``searchsorted`` on objects."""
    return {t: i for i, t in enumerate(terms)}


def _positions(index: dict, part_terms) -> np.ndarray:
    """Position in ``index`` (:func:`_index`) of each of ``part_terms``."""
    return np.fromiter((index[t] for t in part_terms), dtype=np.int64, count=len(part_terms))


def _reduce_counts(results) -> tuple:
    """Exact integer sums over partitions: ``(groups, terms, group x term counts, words per group)``."""
    groups, terms = _union(r[0] for r in results), _union(r[1] for r in results)
    group_index, term_index = _index(groups), _index(terms)
    words = np.zeros(len(groups), dtype=np.int64)
    empty = np.zeros(0, dtype=np.int64)
    rows, cols, data = [empty], [empty], [empty]
    for part_groups, part_terms, counts, part_words in results:
        part_rows, part_cols = _positions(group_index, part_groups), _positions(term_index, part_terms)
        counts = counts.tocoo()
        rows.append(part_rows[counts.row])
        cols.append(part_cols[counts.col])
        data.append(counts.data.astype(np.int64))
        words[part_rows] += part_words
    total = sp.coo_matrix((np.concatenate(data), (np.concatenate(rows), np.concatenate(cols))),
                          shape=(len(groups), len(terms))).tocsr()  # duplicates summed: integers, exact
    return groups, terms, total, words


def _group_sums_of(counts: PartitionedCounts, by: str, client, progress) -> tuple:
    """:func:`_reduce_counts` of shared counts grouped ``by``; made once per column (``term_frequency``
    and ``keyness`` of the same counts share it)."""
    if by not in counts.group_sums:
        futures = client.map(_partition_group_sums, counts.parts, counts.counts, by=by, pure=False)
        _wait(futures, progress)
        counts.group_sums[by] = client.submit(_reduce_counts, futures).result()
    return counts.group_sums[by]


def _group_counts(articles, by, ngram_range, stop_words, client, progress, counts=None) -> tuple[pd.DataFrame, pd.Series]:
    """:func:`analysis.terms.group_term_counts` of a Dask DataFrame (``counts``: its :func:`term_counts`)."""
    from .terms import frequency_rows
    client = client_of(articles, client)
    if counts is None:
        counts = term_counts(articles, ngram_range=ngram_range, stop_words=stop_words, client=client, progress=progress)
    else:
        _checked(counts, articles, ngram_range, stop_words)
    return frequency_rows(*_group_sums_of(counts, by, client, progress))


def term_frequency(articles, *, by: str = "article_id", ngram_range: tuple[int, int] = (1, 1),
                   stop_words: frozenset[str] | None = STOP_WORDS, client=None, progress=None,
                   counts: PartitionedCounts | None = None) -> pd.DataFrame:
    """:func:`analysis.terms.term_frequency` of a Dask DataFrame (same columns, rows and order)."""
    from .terms import frequency_table
    return frequency_table(*_group_counts(articles, by, ngram_range, stop_words, client, progress, counts))


# --- TF-IDF ------------------------------------------------------------------------------------------

def _partition_doc_counts(part: pd.DataFrame, tokenised, documents, ngram_range, stop_words, variants) -> tuple:
    """``(document article ids, sorted local vocabulary, raw count matrix)`` of one partition."""
    from .counts import count_terms, counts_of
    from .terms import _documents
    ids, texts = _documents(part, documents)
    if documents == "article":  # the documents are the texts already tokenised
        counted = counts_of(tokenised, ngram_range=ngram_range, stop_words=stop_words, variants=variants)
    else:
        counted = count_terms(texts, ngram_range=ngram_range, stop_words=stop_words, variants=variants, progress=False)
    return ids, counted.terms, counted.matrix


def _document_frequency(result) -> tuple:
    """``(local vocabulary, documents containing each term, documents)`` of one partition."""
    ids, vocab, counts = result
    return vocab, np.asarray((counts > 0).sum(axis=0)).ravel().astype(np.int64), len(ids)


def _partition_article_vectors(result, part: pd.DataFrame, by: str, vocab: np.ndarray, idf: np.ndarray) -> tuple:
    """``(group label of each article, mean TF-IDF vectors, summed counts)`` of one partition's articles over
    the global vocabulary, computed as :func:`analysis.terms.tfidf` computes them (the same operations)."""
    from sklearn.preprocessing import normalize
    from .terms import _labels, article_vectors
    ids, local_vocab, counts = result
    columns = _positions(_index(vocab), local_vocab)
    counts = counts.tocoo()
    counts = sp.csr_matrix((counts.data, (counts.row, columns[counts.col])), shape=(counts.shape[0], len(vocab)))
    counts.sort_indices()
    weights = counts.astype(np.float64)  # TfidfTransformer.transform: tf · idf, then each row l2-normalised
    weights.data *= idf[weights.indices]
    weights = normalize(weights, norm="l2", copy=False)
    order, means, sums = article_vectors(ids, counts, weights)
    return _labels(part, by)[order].to_numpy(), means, sums


def _as_documents(counts) -> tuple:
    """A partition's :class:`analysis.counts.TermCounts` as ``_partition_doc_counts`` gives them (article documents)."""
    return list(counts.ids), counts.terms, counts.matrix


def tfidf(articles, *, by: str = "article_id", documents: str = "article", ngram_range: tuple[int, int] = (1, 1),
          stop_words: frozenset[str] | None = STOP_WORDS, client=None, progress=None,
          counts: PartitionedCounts | None = None) -> pd.DataFrame:
    """:func:`analysis.terms.tfidf` of a Dask DataFrame (same columns, rows and order).

    Global vocabulary = sorted union of the partitions'; df = sum of the partitions' document
    frequencies; idf = ln((1 + n) / (1 + df)) + 1 (scikit-learn's smooth idf, same operations);
    articles' vectors made on the workers, group means on the client as on one process.
    """
    from .terms import TFIDF_COLUMNS, _check_range, tfidf_table
    ngram_range = _check_range(ngram_range)
    if documents not in ("article", "paragraph", "sentence"):
        raise ValueError(f"documents must be 'article', 'paragraph' or 'sentence', not {documents!r}")
    client = client_of(articles, client)
    if counts is not None:
        if documents != "article":
            raise ValueError(f"counts= are per article; with documents={documents!r} the documents are counted anew")
        parts = _checked(counts, articles, ngram_range, stop_words).parts
        counted = client.map(_as_documents, counts.counts, pure=False)
    else:
        parts, tokenised, variants = _tokenised_with_variants(articles, client, progress)
        [variants] = _broadcast(client, variants)
        counted = client.map(_partition_doc_counts, parts, tokenised, documents=documents, ngram_range=ngram_range,
                             stop_words=stop_words, variants=variants, pure=False)
    _wait(counted, progress)
    frequencies = client.gather(client.map(_document_frequency, counted, pure=False))
    vocab = _union(f[0] for f in frequencies)
    n_docs = sum(f[2] for f in frequencies)
    if n_docs == 0 or not len(vocab):
        return pd.DataFrame(columns=TFIDF_COLUMNS)
    df, vocab_index = np.zeros(len(vocab), dtype=np.int64), _index(vocab)
    for local_vocab, local_df, _ in frequencies:
        df[_positions(vocab_index, local_vocab)] += local_df
    idf = np.log((n_docs + 1) / (df.astype(np.float64) + 1)) + 1
    vocab_f, idf_f = _broadcast(client, vocab, idf)
    vectors = client.map(_partition_article_vectors, counted, parts, by=by, vocab=vocab_f, idf=idf_f, pure=False)
    _wait(vectors, progress)
    results = client.gather(vectors)
    labels = np.concatenate([r[0] for r in results])
    return tfidf_table(labels, sp.vstack([r[1] for r in results], format="csr"),
                       sp.vstack([r[2] for r in results], format="csr"), vocab, df, idf)


# --- keyness -----------------------------------------------------------------------------------------

def _labels_of(part: pd.DataFrame, by: str) -> pd.Series:
    return group_labels(part, by).reset_index(drop=True)


def keyness(articles, *, by: str = "year", groups=None, ngram_range: tuple[int, int] = (1, 1),
            stop_words: frozenset[str] | None = STOP_WORDS, alpha0: float | None = None,
            client=None, progress=None, counts: PartitionedCounts | None = None) -> pd.DataFrame:
    """:func:`analysis.keyness.keyness` of a Dask DataFrame: the same statistics on the global counts
    (``counts``, when every article is compared, as the pandas path uses them)."""
    from .keyness import KEYNESS_COLUMNS, REST, comparisons, keyness_from_counts
    client = client_of(articles, client)
    if counts is not None:  # checked here once; the groups present come with the group sums it needs anyway
        groups_present = _group_sums_of(_checked(counts, articles, ngram_range, stop_words), by, client, progress)[0]
        labels = pd.Series(groups_present, dtype=object)
    else:
        labels = client.compute(articles.map_partitions(_labels_of, by, meta=(by, "object"))).result()
    pairs = comparisons(labels, groups)
    if not pairs:
        return pd.DataFrame(columns=KEYNESS_COLUMNS)
    chosen = sorted({g for pair in pairs for g in pair if g != REST})
    if set(labels) <= set(chosen):  # every article compared
        subset = articles
    else:
        counts = None  # the compared articles' own variants: counted anew
        subset = articles.map_partitions(lambda p: p[group_labels(p, by).isin(chosen).to_numpy()],
                                         meta=articles._meta)
    freq, words = _group_counts(subset, by, ngram_range, stop_words, client, progress, counts)
    return keyness_from_counts(freq, words, pairs, alpha0=alpha0)
