"""Term counts of a corpus: the one map → reduce → finish under term frequency, TF-IDF and keyness.

:func:`term_counts` runs on any executor (:func:`analysis.execute.executor_for`: this process, every local core,
or a Dask cluster) with the same three steps, so its counts are the same integers in every mode:

* **map** (:func:`count_words_of`, per partition of the articles table): each text is cut into raw tokens by the
  compiled token pattern (``findall``, in C), the tokens numbered by ``pandas.factorize`` (a hash table in C),
  giving a sparse matrix of raw token types (``US``, ``Israel’s``, ``two-state``...), and each type's normalised
  word (``Israel’s`` → ``israel``, ``US`` → ``u.s.``), made once per type. The sentences holding a bound prefix
  (``de``, ``re``...) also give their words in order: only there does word order matter for spelling variants;
* **reduce** (:func:`corpus_variants`): the spelling variants of the whole corpus, from the union of every
  partition's words and (prefix, word) pairs (sets: the order of partitions does not matter);
* **finish** (:func:`unigram_counts`, in the caller's process): each type becomes its term (variants merged, stop
  words dropped) by a sparse product with a types x terms 0/1 matrix; each prefix that joins the next word
  (``de escalation`` → ``deescalation``) moves one count from the two words' terms to the joined term
  (:func:`pair_changes`); the partitions are stacked in table order over the sorted vocabulary of the whole corpus.

N-grams longer than one word, and documents smaller than an article (TF-IDF by paragraph or sentence), need the
variants while counting: a second map (:func:`count_documents`) counts each partition with the corpus's variants
(:func:`analysis.analyzer.analyze`, sentence by sentence), and :func:`stack_counts` stacks them.

Tests check that the counts equal ``CountVectorizer(analyzer=analyze)``'s on the seeds, real corpora and random
texts, and that every mode gives the same tables. Memory: the matrices and one partition's token strings at a time.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import chain

import numpy as np
import pandas as pd
import scipy.sparse as sp

from .analyzer import PREFIXES, analyze, check_range, kept_terms, variants_of, word_norm
from .execute import Executor, columns, executor_for
from .groups import group_labels
from .progress import bar
from .units import APOSTROPHES, STOP_WORDS, WORD_PATTERN, iter_tokens, normalise_token, paragraph_spans, sentence_spans

#: Texts tokenised together: bounds the token strings held in memory at once.
CHUNK = 2000
#: The units TF-IDF may weigh as documents.
DOCUMENTS = ("article", "paragraph", "sentence")


@dataclass
class TermCounts:
    """Counts of ``terms`` (sorted) in each document: ``matrix[d, t]``; ``words[d]`` = word tokens
    of document ``d`` (stop words included, clitics not: :func:`analysis.units.count_words`).

    ``ngram_range`` and ``stop_words`` are the options counted with; ``ids`` the article id of each
    document when the documents come from an articles table (:func:`term_counts`).
    """

    matrix: sp.csr_matrix
    terms: np.ndarray
    words: np.ndarray
    ngram_range: tuple[int, int] = (1, 1)
    stop_words: frozenset[str] | None = STOP_WORDS
    ids: np.ndarray | None = None


# --- tokenising -----------------------------------------------------------------------------------

@dataclass
class TokenTypes:
    """Raw token types of some texts: ``matrix[d, k]`` = occurrences of ``types[k]`` in text ``d``."""

    matrix: sp.csr_matrix
    types: list[str]


def type_matrix(texts: Sequence[str], *, progress: bool | None = None) -> TokenTypes:
    """Raw token types of ``texts``, counted :data:`CHUNK` texts at a time."""
    index: dict[str, int] = {}
    blocks = []
    with bar(len(texts), "counting terms", progress=progress) as shown:
        for lo in range(0, len(texts), CHUNK):
            tokens = [WORD_PATTERN.findall(t) for t in texts[lo:lo + CHUNK]]
            lengths = np.fromiter((len(t) for t in tokens), dtype=np.int64, count=len(tokens))
            codes, uniques = pd.factorize(pd.Index(list(chain.from_iterable(tokens)), dtype=object))
            to_global = np.fromiter((index.setdefault(u, len(index)) for u in uniques), dtype=np.int64,
                                    count=len(uniques))
            rows = np.repeat(np.arange(len(tokens)), lengths)
            block = sp.csr_matrix((np.ones(len(codes), dtype=np.int64), (rows, to_global[codes])),
                                  shape=(len(tokens), len(index)))
            block.sum_duplicates()
            blocks.append(block)
            shown.update(len(tokens))
    blocks = [sp.csr_matrix((b.data, b.indices, b.indptr), shape=(b.shape[0], len(index))) for b in blocks]
    matrix = sp.vstack(blocks, format="csr") if blocks else sp.csr_matrix((0, 0), dtype=np.int64)
    return TokenTypes(matrix, list(index))


def word_of(raw: str) -> str:
    """The normalised word of one raw token (its clitic dropped), as :func:`analysis.analyzer.sentence_words` makes it."""
    if raw != "US" and not (len(raw) > 2 and raw[-1] in "sS" and raw[-2] in APOSTROPHES):
        return normalise_token(raw)  # no clitic to split, not the capital US: the token is the word
    words = [word_norm(tok) for _, _, tok, kind in iter_tokens(raw) if kind != "clitic"]
    if len(words) != 1:  # a raw token is one word, with or without a clitic
        raise AssertionError(f"token {raw!r} does not make one word: {words!r}")
    return words[0]


def texts_with(matrix: sp.csr_matrix, norms: Sequence[str], words) -> np.ndarray:
    """Indices of the rows of a type matrix holding any of ``words`` (``norms``: each column's word)."""
    cols = [k for k, w in enumerate(norms) if w in words]
    if not cols:
        return np.array([], dtype=np.int64)
    return np.unique(matrix[:, cols].nonzero()[0])


def sentence_norms(text: str, norm_of: dict[str, str]) -> list[list[str]]:
    """The normalised words of ``text`` per sentence (``norm_of``: raw token → word), in order.

    The words :func:`analysis.analyzer.sentence_words` gives (a token never crosses a sentence end, which needs
    white space), found by the compiled pattern sentence by sentence instead of token by token.
    """
    return [[norm_of[t] for t in WORD_PATTERN.findall(text, s, e)] for _, s, e in sentence_spans(text)]


# --- map ----------------------------------------------------------------------------------------

@dataclass
class WordCounts:
    """The map step's result for one partition: raw token types per article (``matrix``), each type's word
    (``norms``), and what spelling variants need: the (prefix, word) pairs, and the sentences holding a bound
    prefix (their words in order, by row), where a prefix may join the next word."""

    ids: np.ndarray
    matrix: sp.csr_matrix
    norms: list[str]
    pairs: set[tuple[str, str]]
    prefixed: dict[int, list[list[str]]]


def count_words_of(part: pd.DataFrame, *, progress: bool | None = False) -> WordCounts:
    """The map step of :func:`term_counts` on one partition of the articles table (columns article_id, text).

    Parameters
    ----------
    part : DataFrame
        Consecutive rows of the articles table.
    progress : bool, optional
        A progress bar (:mod:`analysis.progress`).

    Returns
    -------
    WordCounts
    """
    texts = list(part["text"])
    types = type_matrix(texts, progress=progress)
    norms = [word_of(t) for t in types.types]
    norm_of = dict(zip(types.types, norms))
    prefixed, pairs = {}, set()
    for d in texts_with(types.matrix, norms, PREFIXES):
        sentences = [words for words in sentence_norms(texts[d], norm_of) if not PREFIXES.isdisjoint(words)]
        prefixed[int(d)] = sentences
        pairs.update((a, b) for words in sentences for a, b in zip(words, words[1:]) if a in PREFIXES)
    return WordCounts(part["article_id"].to_numpy(), types.matrix, norms, pairs, prefixed)


# --- reduce -------------------------------------------------------------------------------------

def corpus_variants(parts: Iterable[WordCounts]) -> dict[object, str]:
    """The reduce step: spelling variants of the whole corpus (:func:`analysis.analyzer.variants_of`) from the
    union of the partitions' words and (prefix, word) pairs."""
    vocabulary: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for part in parts:
        vocabulary.update(part.norms)
        pairs |= part.pairs
    return variants_of(vocabulary, pairs)


# --- finish -------------------------------------------------------------------------------------

def pair_changes(sentences: list[list[str]], variants: dict, firsts: set[str]) -> Counter:
    """What joining prefix pairs changes in one text's term counts: -1 for each of the two words' terms, +1 for the
    joined term, per pair joined (left to right, as :func:`analysis.analyzer.merge_variants` joins them)."""
    change: Counter = Counter()
    for words in sentences:
        if firsts.isdisjoint(words):
            continue
        k = 0
        while k < len(words) - 1:
            joined = variants.get((words[k], words[k + 1]))
            if joined is None:
                k += 1
                continue
            change[variants.get(words[k], words[k])] -= 1
            change[variants.get(words[k + 1], words[k + 1])] -= 1
            change[joined] += 1
            k += 2
    return change


def unigram_counts(parts: Sequence[WordCounts], variants: dict, stop_words: frozenset[str] | None) -> TermCounts:
    """The finish step of :func:`term_counts` (one-word terms): every partition's counts over the corpus's sorted
    vocabulary, stacked in partition order (integers: exact whatever ran the map)."""
    stop = stop_words or frozenset()
    firsts = {k[0] for k in variants if isinstance(k, tuple)}
    fast = [[variants.get(w, w) for w in part.norms] for part in parts] if variants else [p.norms for p in parts]
    vocab = sorted(set().union(*fast) - stop)
    column = {t: j for j, t in enumerate(vocab)}
    blocks = []
    for part, terms in zip(parts, fast):
        cols = np.fromiter((column.get(t, -1) for t in terms), dtype=np.int64, count=len(terms))
        keep = np.flatnonzero(cols >= 0)
        merge = sp.csr_matrix((np.ones(len(keep), dtype=np.int64), (keep, cols[keep])), shape=(len(terms), len(vocab)))
        matrix = part.matrix @ merge  # sums the columns of types that make one term
        if firsts:  # texts where a prefix joins the next word: their counts corrected pair by pair
            changes = [(d, t, n) for d, sentences in part.prefixed.items()
                       for t, n in pair_changes(sentences, variants, firsts).items() if n and t in column]
            if changes:
                rows, terms_changed, values = zip(*changes)
                matrix = matrix + sp.csr_matrix((np.asarray(values, dtype=np.int64),
                                                 (rows, [column[t] for t in terms_changed])), shape=matrix.shape)
        blocks.append(matrix)
    words = np.concatenate([np.asarray(p.matrix.sum(axis=1)).ravel() for p in parts]).astype(np.int64)
    ids = np.concatenate([p.ids for p in parts])
    return _finished(blocks, vocab, words, (1, 1), stop_words, ids)


def _finished(blocks, vocab, words, ngram_range, stop_words, ids) -> TermCounts:
    """Stacked blocks without the terms no document uses (a word whose every occurrence joined a pair)."""
    matrix = sp.vstack(blocks, format="csr") if blocks else sp.csr_matrix((0, len(vocab)), dtype=np.int64)
    matrix = sp.csr_matrix(matrix, dtype=np.int64)
    matrix.eliminate_zeros()
    used = np.flatnonzero(np.diff(matrix.tocsc().indptr))
    if len(used) < len(vocab):
        matrix = matrix[:, used]
    matrix.sort_indices()
    return TermCounts(matrix, np.asarray(vocab, dtype=object)[used], words, ngram_range, stop_words, ids)


# --- n-grams and smaller documents: a second map with the corpus's variants ----------------------------

def documents_of(part: pd.DataFrame, documents: str) -> tuple[list[str], list[str]]:
    """``(article_id per document, text per document)`` for documents = article, paragraph or sentence."""
    ids, texts = [], []
    for article_id, text in zip(part["article_id"], part["text"]):
        if documents == "article":
            spans = [(0, len(text))]
        elif documents == "paragraph":
            spans = paragraph_spans(text)
        else:
            spans = [(s, e) for _, s, e in sentence_spans(text)]
        for s, e in spans:
            ids.append(article_id)
            texts.append(text[s:e])
    return ids, texts


def count_documents(part: pd.DataFrame, *, documents: str, variants: dict, ngram_range: tuple[int, int],
                    stop_words: frozenset[str] | None) -> TermCounts:
    """The second map: term counts of one partition's documents with the corpus's ``variants``."""
    ids, texts = documents_of(part, documents)
    counted = counts_of_texts(texts, ngram_range=ngram_range, stop_words=stop_words, variants=variants, progress=False)
    counted.ids = np.asarray(ids, dtype=object)
    return counted


def stack_counts(parts: Sequence[TermCounts], ngram_range, stop_words) -> TermCounts:
    """Partitions' counts over their own vocabularies, stacked in order over the sorted union."""
    vocab = sorted(set().union(*(p.terms for p in parts)))
    column = {t: j for j, t in enumerate(vocab)}
    blocks = []
    for p in parts:
        cols = np.fromiter((column[t] for t in p.terms), dtype=np.int64, count=len(p.terms))
        m = p.matrix.tocoo()
        blocks.append(sp.csr_matrix((m.data, (m.row, cols[m.col])), shape=(m.shape[0], len(vocab))))
    words = np.concatenate([p.words for p in parts]) if parts else np.zeros(0, dtype=np.int64)
    ids = np.concatenate([p.ids for p in parts]) if parts else np.zeros(0, dtype=object)
    return _finished(blocks, vocab, words, ngram_range, stop_words, ids)


def counts_of_texts(texts: Sequence[str], *, ngram_range: tuple[int, int], stop_words, variants=None,
                    progress: bool | None = None) -> TermCounts:
    """Term counts of ``texts`` in this process (one partition); ``variants`` default to those of ``texts``."""
    part = pd.DataFrame({"article_id": np.arange(len(texts)), "text": list(texts)})
    words = count_words_of(part, progress=progress)
    if variants is None:
        variants = corpus_variants([words])
    lo, hi = ngram_range
    if hi == 1:
        counted = unigram_counts([words], variants, stop_words)
    else:
        exact = [Counter(analyze(t, ngram_range=(lo, hi), stop_words=stop_words, variants=variants)) for t in texts]
        vocab = sorted(set().union(*(c.keys() for c in exact)))
        column = {t: j for j, t in enumerate(vocab)}
        rows = [d for d, c in enumerate(exact) for _ in c]
        cols = [column[t] for c in exact for t in c]
        vals = [n for c in exact for n in c.values()]
        block = sp.csr_matrix((np.asarray(vals, dtype=np.int64), (rows, cols)), shape=(len(texts), len(vocab)))
        counted = _finished([block], vocab, np.asarray(words.matrix.sum(axis=1)).ravel().astype(np.int64),
                            (lo, hi), stop_words, None)
    return replace(counted, ngram_range=(lo, hi), ids=None)


# --- the public functions -------------------------------------------------------------------------

def corpus_counts(executor: Executor, articles, *, ngram_range: tuple[int, int], stop_words,
                  documents: str = "article", progress: bool | None = None) -> TermCounts:
    """Term counts of ``articles`` (its documents) on ``executor``: map, reduce, finish (module docstring)."""
    parts = executor.split(articles[["article_id", "text"]])
    words = executor.map(count_words_of, parts, progress_bar=progress)
    variants = corpus_variants(words)
    if ngram_range[1] == 1 and documents == "article":
        counted = unigram_counts(words, variants, stop_words)
        return replace(counted, ngram_range=ngram_range)
    del words
    counted = executor.map(count_documents, parts, progress_bar=progress, documents=documents, variants=variants,
                           ngram_range=ngram_range, stop_words=stop_words)
    return stack_counts(counted, ngram_range, stop_words)


def term_counts(articles: pd.DataFrame, *, ngram_range: tuple[int, int] = (1, 1),
                stop_words: frozenset[str] | None = STOP_WORDS, progress: bool | None = None,
                scheduler: str | None = None, workers: int | None = None) -> TermCounts:
    """Term counts of every article, made once and passed as ``counts=`` to the term analyses.

    :func:`analysis.frequency.term_frequency`, :func:`analysis.tfidf.tfidf` and :func:`analysis.keyness.keyness`
    given these counts do not tokenise the corpus again (same results; worth it on large corpora).

    Parameters
    ----------
    articles : DataFrame or dask DataFrame
        The articles table (columns article_id, text).
    ngram_range : (int, int)
        Smallest and largest n-gram (:func:`analysis.analyzer.analyze`).
    stop_words : frozenset of str, optional
        Words no term starts or ends with.
    progress : bool, optional
        A progress bar (:mod:`analysis.progress`).
    scheduler, workers
        Where the work runs (:func:`analysis.execute.executor_for`): the same counts in every mode.

    Returns
    -------
    TermCounts
        A sparse articles x terms matrix (rows in the table's order, terms sorted), word totals, article ids.
    """
    ngram_range = check_range(ngram_range)
    executor = executor_for(articles, scheduler=scheduler, workers=workers)
    return corpus_counts(executor, articles, ngram_range=ngram_range, stop_words=stop_words, progress=progress)


def count_terms(texts: Sequence[str], *, ngram_range: tuple[int, int] = (1, 1),
                stop_words: frozenset[str] | None = STOP_WORDS, variants: dict | None = None,
                progress: bool | None = None) -> TermCounts:
    """Term counts of each of ``texts`` in this process, equal to ``CountVectorizer(analyzer=analyze)``'s.

    Parameters
    ----------
    texts : sequence of str
    ngram_range, stop_words
        As :func:`analysis.analyzer.analyze`.
    variants : dict, optional
        Spelling variants; default: those attested in ``texts``.
    progress : bool, optional
        A progress bar (None: only if the count lasts; see :mod:`analysis.progress`).

    Returns
    -------
    TermCounts
    """
    return counts_of_texts(list(texts), ngram_range=check_range(ngram_range), stop_words=stop_words,
                           variants=variants, progress=progress)


def spelling_variants(texts: Iterable[str]) -> dict[object, str]:
    """Map spelling variants attested in ``texts`` to one form (rules in :mod:`analysis.analyzer`).

    Keys are a word (``"de-escalation"``) or a pair of words (``("de", "escalation")``);
    values are the canonical term (``"deescalation"``).
    """
    texts = list(texts)
    return corpus_variants([count_words_of(pd.DataFrame({"article_id": range(len(texts)), "text": texts}), progress=False)])


def check_options(counts: TermCounts, ngram_range, stop_words) -> None:
    """ValueError unless ``counts`` were made with these options."""
    if tuple(counts.ngram_range) != check_range(ngram_range) or counts.stop_words != stop_words:
        raise ValueError(f"counts were made with ngram_range={counts.ngram_range} and other stop words than asked; "
                         "make them with the same options")


def check_counts(counts: TermCounts, articles, ngram_range, stop_words) -> TermCounts:
    """``counts`` if :func:`term_counts` made it from ``articles`` with these options; ValueError otherwise."""
    if (not isinstance(counts, TermCounts) or counts.ids is None
            or not np.array_equal(counts.ids, columns(articles, ["article_id"])["article_id"].to_numpy())):
        raise ValueError("counts were not made from these articles: pass counts=term_counts(articles) of the same "
                         "table (same rows, same order)")
    check_options(counts, ngram_range, stop_words)
    return counts


def counts_for(articles, *, counts: TermCounts | None, ngram_range, stop_words, progress=None, scheduler=None,
               workers=None) -> TermCounts:
    """``counts`` checked against ``articles`` (:func:`check_counts`), or :func:`term_counts` of ``articles``."""
    if counts is not None:
        return check_counts(counts, articles, ngram_range, stop_words)
    return term_counts(articles, ngram_range=ngram_range, stop_words=stop_words, progress=progress,
                       scheduler=scheduler, workers=workers)


def drop_terms(counts: TermCounts, terms: frozenset[str]) -> TermCounts:
    """``counts`` without the terms that start or end with one of ``terms``: what counting with ``terms``
    among the stop words gives (word totals are unchanged, as stop words count as words)."""
    if not terms or not len(counts.terms):
        return counts
    keep = kept_terms(counts.terms, terms)
    if keep.all():
        return counts
    return replace(counts, matrix=counts.matrix[:, keep], terms=counts.terms[keep])


def term_ngram(terms: np.ndarray) -> np.ndarray:
    """Words in each term (1 for a unigram): terms join their words with one space."""
    return np.fromiter((t.count(" ") + 1 for t in terms), dtype=np.int64, count=len(terms))


# --- groups -------------------------------------------------------------------------------------

def group_sums(counts: TermCounts, labels: np.ndarray) -> tuple[np.ndarray, sp.csr_matrix, np.ndarray]:
    """``(groups (sorted), group x term counts, words per group)``: the rows of ``counts`` summed by ``labels``."""
    codes, groups = pd.factorize(labels, sort=True)
    to_group = sp.csr_matrix((np.ones(len(codes), dtype=np.int64), (codes, np.arange(len(codes)))),
                             shape=(len(groups), len(codes)))
    words = np.bincount(codes, weights=counts.words, minlength=len(groups)).astype(np.int64)
    return np.asarray(groups, dtype=object), (to_group @ counts.matrix).tocsr(), words


def frequency_rows(groups: np.ndarray, terms: np.ndarray, per_group: sp.csr_matrix,
                   words: np.ndarray) -> tuple[pd.DataFrame, pd.Series]:
    """``(counts, words)`` from a group x term count matrix (:func:`group_sums`): counts = one row per group and
    term present (group, term, ngram, count), words = word tokens per group (a Series indexed by group label)."""
    per_group = per_group.tocoo()
    ngram = term_ngram(terms)
    freq = pd.DataFrame({"group": groups[per_group.row], "term": terms[per_group.col],
                         "ngram": ngram[per_group.col], "count": per_group.data.astype(np.int64)})
    return freq[freq["count"] > 0].reset_index(drop=True), pd.Series(words, index=groups)


def labels_of(articles, *, by: str) -> np.ndarray:
    """The group label (:func:`analysis.groups.group_labels`) of each article, in table order."""
    return group_labels(columns(articles, list(dict.fromkeys([by, "article_id"]))), by=by).to_numpy()


def group_term_counts(articles: pd.DataFrame, *, by: str = "article_id", ngram_range: tuple[int, int] = (1, 1),
                      stop_words: frozenset[str] | None = STOP_WORDS, progress: bool | None = None,
                      counts: TermCounts | None = None, scheduler: str | None = None,
                      workers: int | None = None) -> tuple[pd.DataFrame, pd.Series]:
    """``(counts, words)`` per group of ``by`` (:func:`frequency_rows`), from :func:`term_counts` (or ``counts``)."""
    counts = counts_for(articles, counts=counts, ngram_range=ngram_range, stop_words=stop_words, progress=progress,
                        scheduler=scheduler, workers=workers)
    groups, per_group, words = group_sums(counts, labels_of(articles, by=by))
    return frequency_rows(groups, counts.terms, per_group, words)
