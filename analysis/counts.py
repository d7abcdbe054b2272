"""Document-term counts: the one fast pass under term frequency, TF-IDF and keyness.

:func:`count_terms` turns texts into a sparse matrix of term counts (documents x terms) whose
terms are exactly those of :func:`analysis.terms.analyze` (same tokenizer, normalisation,
clitics, spelling variants, stop words and n-grams), without a Python object per token:

1. each text is cut into raw tokens by the compiled token pattern (``findall``, in C);
   the tokens of a chunk of texts are numbered by ``pandas.factorize`` (a hash table in C),
   giving a sparse matrix of raw token types (``US``, ``Israel’s``, ``two-state``...);
2. each distinct raw type is normalised once (``Israel’s`` → ``israel``, ``US`` → ``u.s.``),
   and hyphen variants are merged (``de-escalation`` → ``deescalation`` when attested): a
   sparse product with a types x terms 0/1 matrix sums the columns, so counts stay exact;
3. the few texts where a word order matters — a bound prefix before a word that may join it
   (``de escalation`` → ``deescalation``) — and n-grams longer than one word are counted by
   the reference analyzer (:func:`analysis.terms.analyze`), sentence by sentence.

Tests check that the counts equal ``CountVectorizer(analyzer=analyze)``'s on the seeds, real
corpora and random texts. Memory: the matrices and one chunk of token strings at a time.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np
import pandas as pd
import scipy.sparse as sp

from .progress import bar
from .units import _APOSTROPHES, _WORD_PATTERN, STOP_WORDS, iter_tokens, normalise_token, sentence_spans

#: Texts tokenised together: bounds the token strings held in memory at once.
CHUNK = 2000


@dataclass
class TermCounts:
    """Counts of ``terms`` (sorted) in each document: ``matrix[d, t]``; ``words[d]`` = word tokens
    of document ``d`` (stop words included, clitics not: :func:`analysis.units.count_words`).

    ``ngram_range`` and ``stop_words`` are the options counted with; ``ids`` the article id of each
    document when the documents are the rows of an articles table (:func:`analysis.terms.term_counts`).
    """

    matrix: sp.csr_matrix
    terms: np.ndarray
    words: np.ndarray
    ngram_range: tuple[int, int] = (1, 1)
    stop_words: frozenset[str] | None = STOP_WORDS
    ids: np.ndarray | None = None


@dataclass
class _Types:
    """Raw token types of some texts: ``matrix[d, k]`` = occurrences of ``types[k]`` in text ``d``."""

    matrix: sp.csr_matrix
    types: list[str]


def _type_matrix(texts: Sequence[str], progress: bool | None = None) -> _Types:
    """Raw token types of ``texts``, counted chunk by chunk (step 1 of the module docstring)."""
    with bar(len(texts), "counting terms", progress=progress) as shown:
        return _type_chunks(texts, shown.update)


def _type_chunks(texts: Sequence[str], done) -> _Types:
    index: dict[str, int] = {}
    blocks = []
    for lo in range(0, len(texts), CHUNK):
        tokens = [_WORD_PATTERN.findall(t) for t in texts[lo:lo + CHUNK]]
        lengths = np.fromiter((len(t) for t in tokens), dtype=np.int64, count=len(tokens))
        codes, uniques = pd.factorize(pd.Index(list(chain.from_iterable(tokens)), dtype=object))
        to_global = np.fromiter((index.setdefault(u, len(index)) for u in uniques), dtype=np.int64,
                                count=len(uniques))
        rows = np.repeat(np.arange(len(tokens)), lengths)
        block = sp.csr_matrix((np.ones(len(codes), dtype=np.int64), (rows, to_global[codes])),
                              shape=(len(tokens), len(index)))
        block.sum_duplicates()
        blocks.append(block)
        done(len(tokens))
    blocks = [sp.csr_matrix((b.data, b.indices, b.indptr), shape=(b.shape[0], len(index))) for b in blocks]
    matrix = sp.vstack(blocks, format="csr") if blocks else sp.csr_matrix((0, 0), dtype=np.int64)
    return _Types(matrix, list(index))


def _word_of(raw: str) -> str:
    """The normalised word of one raw token (its clitic dropped), as :func:`analysis.terms._sentence_words` makes it."""
    if raw != "US" and not (len(raw) > 2 and raw[-1] in "sS" and raw[-2] in _APOSTROPHES):
        return normalise_token(raw)  # no clitic to split, not the capital US: the token is the word
    from .terms import _word_norm
    words = [_word_norm(tok) for _, _, tok, kind in iter_tokens(raw) if kind != "clitic"]
    if len(words) != 1:  # a raw token is one word, with or without a clitic
        raise AssertionError(f"token {raw!r} does not make one word: {words!r}")
    return words[0]


def _texts_with(types: _Types, norms: list[str], words) -> np.ndarray:
    """Indices of texts holding any of ``words`` (normalised)."""
    columns = [k for k, w in enumerate(norms) if w in words]
    if not columns:
        return np.array([], dtype=np.int64)
    return np.unique(types.matrix[:, columns].nonzero()[0])


def _sentence_norms(text: str, norm_of: dict[str, str]) -> list[tuple[int, int, list[tuple[str, int, int, int]]]]:
    """The normalised words of ``text`` per sentence, shaped as :func:`analysis.terms._sentence_words` gives them
    (offsets left at 0: only the words are used), so its variant rules apply unchanged.

    The same words (a token never crosses a sentence end, which needs white space), located by offset
    in one pass instead of re-tokenising every sentence.
    """
    starts = [s for _, s, _ in sentence_spans(text)]
    sentences: list[list[tuple[str, int, int, int]]] = [[] for _ in starts]
    for m in _WORD_PATTERN.finditer(text):
        sentences[bisect_right(starts, m.start()) - 1].append((norm_of[m.group()], 0, 0, 0))
    return [(0, i, words) for i, words in enumerate(sentences)]


class Tokenised:
    """Texts with their raw type matrix, each type's word, and words per sentence made on demand (cached):
    one tokenising pass that :func:`vocabulary` and :func:`counts_of` both use."""

    def __init__(self, texts: Sequence[str], progress: bool | None = None):
        self.texts = texts
        self.types = _type_matrix(texts, progress)
        self.norms = [_word_of(t) for t in self.types.types]
        self._norm_of = dict(zip(self.types.types, self.norms))
        self._parsed: dict[int, list] = {}

    def parsed(self, d: int) -> list:
        """Text ``d``'s words per sentence (:func:`_sentence_norms`), made once."""
        if d not in self._parsed:
            self._parsed[d] = _sentence_norms(self.texts[d], self._norm_of)
        return self._parsed[d]

    def vocabulary(self) -> tuple[set[str], set[tuple[str, str]]]:
        """Every word, and the (prefix, word) pairs of the texts holding a bound prefix (read in order)."""
        from .terms import PREFIXES, _vocabulary
        _, pairs = _vocabulary(self.parsed(d) for d in _texts_with(self.types, self.norms, PREFIXES))
        return set(self.norms), pairs


def vocabulary(texts: Iterable[str]) -> tuple[set[str], set[tuple[str, str]]]:
    """``(words, (prefix, word) pairs)`` of ``texts``: what :func:`analysis.terms.spelling_variants` is built from."""
    return Tokenised(list(texts), progress=False).vocabulary()


def count_terms(texts: Sequence[str], *, ngram_range: tuple[int, int] = (1, 1),
                stop_words: frozenset[str] | None = STOP_WORDS, variants: dict | None = None,
                progress: bool | None = None) -> TermCounts:
    """Term counts of each of ``texts``, equal to ``CountVectorizer(analyzer=analyze)`` with these options.

    ``variants`` defaults to the spelling variants attested in ``texts``. ``progress``: a progress bar
    (None: only if the count lasts; see :mod:`analysis.progress`).
    """
    from .terms import _check_range
    ngram_range = _check_range(ngram_range)  # before the long part
    return counts_of(Tokenised(list(texts), progress), ngram_range=ngram_range, stop_words=stop_words,
                     variants=variants)


def counts_of(corpus: Tokenised, *, ngram_range: tuple[int, int] = (1, 1),
              stop_words: frozenset[str] | None = STOP_WORDS, variants: dict | None = None) -> TermCounts:
    """:func:`count_terms` of texts already tokenised."""
    from .terms import _check_range, _merge, analyze, variants_of
    lo, hi = _check_range(ngram_range)
    if variants is None:
        variants = variants_of(*corpus.vocabulary())
    words = np.asarray(corpus.types.matrix.sum(axis=1)).ravel().astype(np.int64)
    stop = stop_words or frozenset()

    # Texts whose counts are made from their words in order: where a prefix may join the next word
    # (word order matters), or every text when n-grams are asked for.
    if hi > 1:
        exact = {d: Counter(analyze(text, ngram_range=(lo, hi), stop_words=stop_words, variants=variants))
                 for d, text in enumerate(corpus.texts)}
    else:
        firsts = {k[0] for k in variants if isinstance(k, tuple)}
        exact = {d: Counter(w[0] for _, _, words in _merge(corpus.parsed(d), variants) for w in words
                            if w[0] not in stop)
                 for d in _texts_with(corpus.types, corpus.norms, firsts)}

    fast_terms = [variants.get(w, w) for w in corpus.norms] if hi == 1 else []
    vocab = sorted({t for t in fast_terms if t not in stop}.union(*(c.keys() for c in exact.values())))
    column = {t: j for j, t in enumerate(vocab)}
    shape = (len(corpus.texts), len(vocab))
    if fast_terms:
        keep = [k for k, t in enumerate(fast_terms) if t not in stop]
        merge = sp.csr_matrix((np.ones(len(keep), dtype=np.int64), (keep, [column[fast_terms[k]] for k in keep])),
                              shape=(len(corpus.norms), len(vocab)))
        matrix = corpus.types.matrix @ merge  # sums the columns of types that make one term
    else:
        matrix = sp.csr_matrix(shape, dtype=np.int64)
    if exact:
        replaced = np.isin(np.arange(shape[0]), list(exact), invert=True).astype(np.int64)
        matrix = sp.diags(replaced, dtype=np.int64) @ matrix
        rows = [d for d, c in exact.items() for _ in c]
        cols = [column[t] for c in exact.values() for t in c]
        vals = [n for c in exact.values() for n in c.values()]
        matrix = matrix + sp.csr_matrix((np.asarray(vals, dtype=np.int64), (rows, cols)), shape=shape)
    matrix = sp.csr_matrix(matrix, dtype=np.int64)
    matrix.eliminate_zeros()
    # A word whose every occurrence joined a pair ("de" in "de escalation") is no term of its own.
    used = np.flatnonzero(np.diff(matrix.tocsc().indptr))
    if len(used) < len(vocab):
        matrix = matrix[:, used]
    matrix.sort_indices()
    return TermCounts(matrix, np.asarray(vocab, dtype=object)[used], words, (lo, hi), stop_words)


def check_options(counts, ngram_range, stop_words) -> None:
    """ValueError unless ``counts`` (:class:`TermCounts` or the Dask path's) were made with these options."""
    from .terms import _check_range
    if tuple(counts.ngram_range) != _check_range(ngram_range) or counts.stop_words != stop_words:
        raise ValueError(f"counts were made with ngram_range={counts.ngram_range} and other stop words than asked; "
                         "make them with the same options")


def term_ngram(terms: np.ndarray) -> np.ndarray:
    """Words in each term (1 for a unigram): terms join their words with one space."""
    return np.fromiter((t.count(" ") + 1 for t in terms), dtype=np.int64, count=len(terms))
