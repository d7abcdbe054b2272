"""Terms: frequencies, collocations, concordance, dispersion and TF-IDF.

Keyness (which terms distinguish one group from another) is in :mod:`analysis.keyness`.

Every function reads the articles table and returns a tidy DataFrame. Terms are
built on the project's one tokenizer (:func:`analysis.units.iter_tokens`, with
sentences from :func:`analysis.units.sentence_spans`) and normalised as follows:

* lower case, straight apostrophes, ASCII hyphens (``norm`` of :mod:`analysis.units`);
  abbreviations keep their dots (``U.S.`` → ``u.s.``), and ``US`` written in capitals
  is read as ``u.s.`` too (the pronoun is never capitalised mid-sentence);
* clitic tokens (possessive ``'s``) are dropped: ``Israel's`` counts as ``israel``;
* no lemmatisation or stemming: ``civilian`` and ``civilians`` stay two terms, names stay readable;
* spelling variants attested in the same corpus are merged (:func:`spelling_variants`):
  a hyphenated word ``x-y`` becomes ``xy`` when ``xy`` also occurs as one word
  (``de-escalation`` → ``deescalation`` only if ``deescalation`` is used somewhere), and two
  words ``x y`` whose first word is a bound prefix (:data:`PREFIXES`: ``de``, ``re``, ``non``…)
  become ``xy`` or ``x-y`` when that form occurs (``de escalation`` → ``deescalation``).
  Hyphenated words with no attested variant keep their hyphen (``two-state``);
* n-grams (``ngram_range=(1, 3)`` gives unigrams to trigrams) never cross a sentence;
  when stop words are excluded, unigrams that are stop words and n-grams that start or end
  with a stop word are dropped (``secretary of state`` stays, ``of the`` goes).

Rates are per 1,000 words, where words are the word tokens of the article or group
(stop words included, clitics not: the ``n_words`` of the articles table), for
n-grams as for unigrams.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd
import scipy.sparse as sp

from . import engine
from .counts import TermCounts, check_options, count_terms, term_ngram
from .display import decimal, percent
from .groups import group_labels, pick_groups
from .units import STOP_WORDS, iter_tokens, normalise_token, paragraph_spans, sentence_spans

#: Prefixes that do not stand alone as English words; ``de escalation`` may join to ``deescalation``.
PREFIXES = frozenset({"anti", "co", "de", "inter", "multi", "non", "pre", "re", "semi", "sub"})

FREQUENCY_COLUMNS = ["group", "term", "ngram", "count", "words", "rate_per_1000", "rank"]
OCCURRENCE_COLUMNS = ["article_id", "paragraph", "sentence", "position", "start", "end", "term", "ngram"]
CONCORDANCE_COLUMNS = ["left", "keyword", "right", "article_id", "group", "position", "start", "end"]
DISPERSION_COLUMNS = ["article_id", "group", "term", "position", "relative_position", "tokens"]
COLLOCATION_COLUMNS = ["group", "term", "first", "second", "count", "pmi", "log_likelihood", "rank"]
TFIDF_COLUMNS = ["group", "term", "count", "df", "idf", "tfidf", "rank"]

Variants = Mapping[object, str]


# --- normalisation ---------------------------------------------------------------------------

def _word_norm(token: str) -> str:
    return "u.s." if token == "US" else normalise_token(token)


def _sentence_words(text: str) -> list[tuple[int, int, list[tuple[str, int, int, int]]]]:
    """Per sentence: ``(paragraph, sentence, [(norm, start, end, position), ...])``, clitics dropped.

    ``position`` counts every token of the text (clitics included), as :func:`analysis.units.tokens` does.
    """
    out, position = [], 0
    for i, (p, s, e) in enumerate(sentence_spans(text)):
        words = []
        for ts, te, tok, kind in iter_tokens(text[s:e]):
            if kind != "clitic":
                words.append((_word_norm(tok), s + ts, s + te, position))
            position += 1
        out.append((p, i, words))
    return out


def spelling_variants(texts: Iterable[str]) -> dict[object, str]:
    """Map spelling variants attested in ``texts`` to one form (rules in the module docstring).

    Keys are a word (``"de-escalation"``) or a pair of words (``("de", "escalation")``);
    values are the canonical term (``"deescalation"``).
    """
    from .counts import vocabulary
    return variants_of(*vocabulary(texts))


def _variants(parsed_texts) -> dict[object, str]:
    """:func:`spelling_variants` of texts already split by :func:`_sentence_words`."""
    return variants_of(*_vocabulary(parsed_texts))


def _vocabulary(parsed_texts) -> tuple[set[str], set[tuple[str, str]]]:
    """``(words, (bound prefix, next word) pairs within a sentence)`` of texts split by :func:`_sentence_words`."""
    vocabulary: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for parsed in parsed_texts:
        for _, _, words in parsed:
            norms = [w[0] for w in words]
            vocabulary.update(norms)
            pairs.update((a, b) for a, b in zip(norms, norms[1:]) if a in PREFIXES)
    return vocabulary, pairs


def variants_of(vocabulary: set[str], pairs: set[tuple[str, str]]) -> dict[object, str]:
    """Spelling variants from the words of a corpus and its (prefix, next word) pairs within a sentence."""
    variants: dict[object, str] = {}
    for word in vocabulary:
        if "-" in word and word.replace("-", "") in vocabulary:
            variants[word] = word.replace("-", "")
    for a, b in pairs:
        for form in (a + b, f"{a}-{b}"):
            if form in vocabulary:
                variants[(a, b)] = variants.get(form, form)
                break
    return variants


def sentence_terms(text: str, variants: Variants | None = None) -> list[tuple[int, int, list[tuple[str, int, int, int]]]]:
    """Normalised words of ``text`` per sentence, variants merged: ``(paragraph, sentence, [(term, start, end, position)])``."""
    return _merge(_sentence_words(text), variants or {})


def _merge(parsed, variants: Variants) -> list[tuple[int, int, list[tuple[str, int, int, int]]]]:
    """Apply ``variants`` to one text split by :func:`_sentence_words`."""
    if not variants:
        return parsed
    out = []
    for p, i, words in parsed:
        merged, k = [], 0
        while k < len(words):
            norm, start, end, pos = words[k]
            if k + 1 < len(words) and (norm, words[k + 1][0]) in variants:
                merged.append((variants[(norm, words[k + 1][0])], start, words[k + 1][2], pos))
                k += 2
                continue
            merged.append((variants.get(norm, norm), start, end, pos))
            k += 1
        out.append((p, i, merged))
    return out


def _ngrams(words, ngram_range, stop_words):
    """``(term, n, start, end, position)`` of every n-gram in one sentence's word list."""
    lo, hi = ngram_range
    stop = stop_words or frozenset()
    for n in range(lo, hi + 1):
        for k in range(len(words) - n + 1):
            gram = words[k:k + n]
            if gram[0][0] in stop or gram[-1][0] in stop:
                continue
            yield " ".join(w[0] for w in gram), n, gram[0][1], gram[-1][2], gram[0][3]


def analyze(text: str, *, ngram_range: tuple[int, int] = (1, 1), stop_words: frozenset[str] | None = STOP_WORDS,
            variants: Variants | None = None) -> list[str]:
    """The terms of ``text`` in order: the analyzer given to scikit-learn's vectorizers."""
    return [g[0] for _, _, words in sentence_terms(text, variants) for g in _ngrams(words, ngram_range, stop_words)]


def _check_range(ngram_range) -> tuple[int, int]:
    lo, hi = (int(x) for x in ngram_range)
    if not 1 <= lo <= hi:
        raise ValueError(f"ngram_range must be (min, max) with 1 <= min <= max, got {ngram_range!r}")
    return lo, hi


# --- occurrences and frequencies ----------------------------------------------------------------

def term_occurrences(articles: pd.DataFrame, *, ngram_range: tuple[int, int] = (1, 1),
                     stop_words: frozenset[str] | None = STOP_WORDS, variants: Variants | None = None) -> pd.DataFrame:
    """One row per occurrence of a term: article_id, paragraph, sentence, position, start, end, term, ngram.

    ``position`` is the token index of the term's first word in the article; ``start``/``end``
    are character offsets in ``text``. ``variants`` defaults to :func:`spelling_variants` of ``articles``.
    """
    engine.require_pandas(articles, "term_occurrences")
    ngram_range = _check_range(ngram_range)
    parsed = [_sentence_words(text) for text in articles["text"]]
    if variants is None:
        variants = _variants(parsed)
    return _occurrences(articles["article_id"], parsed, ngram_range, stop_words, variants)


def _occurrences(article_ids, parsed, ngram_range, stop_words, variants) -> pd.DataFrame:
    rows = []
    for article_id, sentences in zip(article_ids, parsed):
        for p, i, words in _merge(sentences, variants):
            for term, n, start, end, pos in _ngrams(words, ngram_range, stop_words):
                rows.append((article_id, p, i, pos, start, end, term, n))
    out = pd.DataFrame(rows, columns=OCCURRENCE_COLUMNS)
    return out.sort_values(["article_id", "position", "ngram"], kind="stable", ignore_index=True)


def source_terms(articles: pd.DataFrame) -> frozenset[str]:
    """The terms of the articles' ``source`` names, as the tokenizer reads them (``Reuters`` → ``reuters``,
    ``huff-post`` → ``huff-post`` and ``huffpost``, ``Associated Press`` → ``associated``, ``press``,
    ``associatedpress``): an outlet's own name,
    which its datelines, sign-offs and credits repeat, so that comparing outlets would show it first."""
    if "source" not in articles.columns:
        return frozenset()
    values = articles["source"].dropna().unique()
    if engine.is_dask(articles):
        values = engine.client_of(articles).compute(values).result()
    out = set()
    for value in values:
        words = analyze(str(value), stop_words=None)
        out.update(words)
        joined = "".join(words).replace("-", "")
        if joined and joined not in out and len(words) + sum(w.count("-") for w in words) > 1:
            out.add(joined)  # the name written as one word too: `wash-post`, `Huff Post` → `huffpost`
    return frozenset(out)


def excluded_terms(articles: pd.DataFrame, by: str, exclude_sources: bool | None) -> frozenset[str]:
    """The terms ``exclude_sources`` leaves out: the :func:`source_terms` when it is true, or when it is None
    (the default) and ``by == "source"``; none otherwise."""
    if exclude_sources is None:
        exclude_sources = by == "source"
    return source_terms(articles) if exclude_sources else frozenset()


def _kept(terms: Iterable[str], excluded: frozenset[str]) -> np.ndarray:
    """Whether each term neither starts nor ends with one of ``excluded`` (the stop-word rule)."""
    terms = list(terms)
    return np.fromiter(((t.partition(" ")[0] not in excluded and t.rpartition(" ")[2] not in excluded) for t in terms),
                       dtype=bool, count=len(terms))


def without_terms(table: pd.DataFrame, excluded: frozenset[str], groups: list[str]) -> pd.DataFrame:
    """Rows of a ranked term table (:func:`term_frequency`, :func:`analysis.keyness.keyness`) whose term
    neither starts nor ends with one of ``excluded``, ranks renumbered within ``groups``: what counting with
    ``excluded`` among the stop words gives, as a term's count, word totals and statistics do not depend on
    other terms."""
    if not excluded or table.empty:
        return table
    keep = _kept(table["term"], excluded)
    if keep.all():
        return table
    table = table[keep].reset_index(drop=True)
    table["rank"] = table.groupby(groups, sort=False).cumcount() + 1
    return table


def drop_terms(counts: TermCounts, terms: frozenset[str]) -> TermCounts:
    """``counts`` without the terms that start or end with one of ``terms``: what counting with ``terms``
    among the stop words gives (word totals are unchanged, as stop words count as words)."""
    if not terms or not len(counts.terms):
        return counts
    keep = _kept(counts.terms, terms)
    if keep.all():
        return counts
    return dataclasses.replace(counts, matrix=counts.matrix[:, keep], terms=counts.terms[keep])


def _labels(articles: pd.DataFrame, by: str) -> pd.Series:
    return group_labels(articles, by).set_axis(articles["article_id"])


def term_counts(articles: pd.DataFrame, *, ngram_range: tuple[int, int] = (1, 1),
                stop_words: frozenset[str] | None = STOP_WORDS, progress: bool | None = None) -> TermCounts:
    """Term counts of every article (a sparse matrix, rows in the table's order), made once and passed as
    ``counts=`` to :func:`term_frequency`, :func:`tfidf` and :func:`analysis.keyness.keyness`, which then do
    not tokenise the corpus again (same results; worth it on large corpora). On a Dask DataFrame the
    counts stay on the workers (:class:`analysis.engine.PartitionedCounts`)."""
    if engine.is_dask(articles):  # kept on the workers, one future per partition
        return engine.term_counts(articles, ngram_range=ngram_range, stop_words=stop_words, progress=progress)
    counts = count_terms(articles["text"], ngram_range=ngram_range, stop_words=stop_words, progress=progress)
    counts.ids = articles["article_id"].to_numpy()
    return counts


def check_counts(counts: TermCounts, articles: pd.DataFrame, ngram_range, stop_words) -> TermCounts:
    """``counts`` if :func:`term_counts` made it from ``articles`` with these options; ValueError otherwise."""
    if (not isinstance(counts, TermCounts) or counts.ids is None
            or not np.array_equal(counts.ids, articles["article_id"].to_numpy())):
        raise ValueError("counts were not made from these articles: pass counts=term_counts(articles) of the same "
                         "table (same rows, same order)")
    check_options(counts, ngram_range, stop_words)
    return counts


def group_term_counts(articles: pd.DataFrame, *, by: str = "article_id", ngram_range: tuple[int, int] = (1, 1),
                      stop_words: frozenset[str] | None = STOP_WORDS, variants: Variants | None = None,
                      progress: bool | None = None, counts: TermCounts | None = None) -> tuple[pd.DataFrame, pd.Series]:
    """``(counts, words)``: counts = one row per group and term present (group, term, ngram, count),
    words = word tokens per group (a Series indexed by group label), from one :func:`analysis.counts.count_terms` pass
    (or from ``counts``, see :func:`term_counts`). ``variants`` defaults to those attested in ``articles``."""
    if counts is None:
        counts = count_terms(articles["text"], ngram_range=ngram_range, stop_words=stop_words, variants=variants,
                             progress=progress)
    else:
        check_counts(counts, articles, ngram_range, stop_words)
    groups, per_group, words = group_sums(counts, _labels(articles, by).to_numpy())
    return frequency_rows(groups, counts.terms, per_group, words)


def group_sums(counts: TermCounts, labels: np.ndarray) -> tuple[np.ndarray, sp.csr_matrix, np.ndarray]:
    """``(groups (sorted), group x term counts, words per group)``: the rows of ``counts`` summed by ``labels``."""
    codes, groups = pd.factorize(labels, sort=True)
    to_group = sp.csr_matrix((np.ones(len(codes), dtype=np.int64), (codes, np.arange(len(codes)))),
                             shape=(len(groups), len(codes)))
    words = np.bincount(codes, weights=counts.words, minlength=len(groups)).astype(np.int64)
    return np.asarray(groups, dtype=object), (to_group @ counts.matrix).tocsr(), words


def frequency_rows(groups: np.ndarray, terms: np.ndarray, per_group: sp.csr_matrix,
                   words: np.ndarray) -> tuple[pd.DataFrame, pd.Series]:
    """What :func:`group_term_counts` returns, from a group x term count matrix (:func:`group_sums`)."""
    per_group = per_group.tocoo()
    ngram = term_ngram(terms)
    freq = pd.DataFrame({"group": groups[per_group.row], "term": terms[per_group.col],
                         "ngram": ngram[per_group.col], "count": per_group.data.astype(np.int64)})
    return freq[freq["count"] > 0].reset_index(drop=True), pd.Series(words, index=groups)


def term_frequency(articles: pd.DataFrame, *, by: str = "article_id", ngram_range: tuple[int, int] = (1, 1),
                   stop_words: frozenset[str] | None = STOP_WORDS, exclude_sources: bool | None = None,
                   progress: bool | None = None, counts: TermCounts | None = None) -> pd.DataFrame:
    """Counts and rates of every term per group of ``by`` (``"article_id"``: per article).

    Columns: group, term, ngram (1 = unigram), count, words (word tokens in the group),
    rate_per_1000 = 1000 · count / words, rank (1 = most frequent in the group).
    Sorted by group, then count descending, then term. ``progress``: a progress bar (:mod:`analysis.progress`);
    ``counts``: :func:`term_counts` of ``articles``, to skip tokenising. ``exclude_sources``: leave out the
    words of the outlets' own names (:func:`source_terms`) as if stop words; None (default): when ``by == "source"``.
    """
    excluded = excluded_terms(articles, by, exclude_sources)
    if engine.is_dask(articles):  # the same call on a Dask DataFrame: exact reductions over partitions
        table = engine.term_frequency(articles, by=by, ngram_range=ngram_range, stop_words=stop_words, counts=counts)
    else:
        table = frequency_table(*group_term_counts(articles, by=by, ngram_range=ngram_range, stop_words=stop_words,
                                                   progress=progress, counts=counts))
    return without_terms(table, excluded, ["group"])


def frequency_table(freq: pd.DataFrame, group_words: pd.Series) -> pd.DataFrame:
    """The :func:`term_frequency` table from per-group counts (group, term, ngram, count) and word totals."""
    freq = freq.copy()
    freq["words"] = group_words.reindex(freq["group"]).to_numpy()
    freq["rate_per_1000"] = 1000 * freq["count"] / freq["words"]
    freq = freq.sort_values(["group", "count", "term"], ascending=[True, False, True], ignore_index=True)
    freq["rank"] = freq.groupby("group").cumcount() + 1
    return freq[FREQUENCY_COLUMNS]


#: Words every news story uses (reporting verbs, courtesy titles): never picked as a default keyword by
#: :func:`most_frequent`, which would otherwise choose "said" on almost any corpus. They are still counted.
NEWS_WORDS = frozenset("said says say told tells added adds according mr mrs ms dr".split())


def most_frequent(articles: pd.DataFrame, n: int = 4, *, stop_words: frozenset[str] | None = STOP_WORDS,
                  skip: frozenset[str] = NEWS_WORDS) -> list[str]:
    """The ``n`` most frequent single-word terms of all ``articles`` together (count, then term), except ``skip``
    (:data:`NEWS_WORDS`: a default keyword should say what the articles are about)."""
    engine.require_pandas(articles, "most_frequent")
    counted = count_terms(articles["text"], stop_words=stop_words)
    totals = pd.DataFrame({"term": counted.terms, "count": np.asarray(counted.matrix.sum(axis=0)).ravel()})
    totals = totals[~totals["term"].isin(skip)]
    return list(totals.sort_values(["count", "term"], ascending=[False, True])["term"].head(n))


def stop_words_with(extra: Iterable[str] = ()) -> frozenset[str]:
    """The default stop words (:data:`analysis.units.STOP_WORDS`) and the single words of ``extra``,
    normalised as terms are (lower case, straight apostrophes): the ``stop_words`` argument of the
    term functions and of :func:`analysis.keyness.keyness` with a user's additions."""
    added = {_word_norm(word.strip()) for word in extra if word and word.strip()}
    return STOP_WORDS | added if added else STOP_WORDS


def top_terms(frequency: pd.DataFrame, top: int = 10, *, value: str = "count") -> pd.DataFrame:
    """The ``top`` rows of each group of a frequency or TF-IDF table, by ``value`` then term."""
    ordered = frequency.sort_values(["group", value, "term"], ascending=[True, False, True], kind="stable")
    return ordered.groupby("group", sort=False).head(top).reset_index(drop=True)


# --- collocations, concordance, dispersion -------------------------------------------------------

def collocations(articles: pd.DataFrame, *, by: str | None = None, min_freq: int = 2,
                 stop_words: frozenset[str] | None = STOP_WORDS) -> pd.DataFrame:
    """Two-word collocations scored with NLTK's association measures.

    ``pmi`` = log2(p(xy) / (p(x) p(y))) (Church & Hanks 1990); ``log_likelihood`` = Dunning's
    (1993) G² on the bigram's 2x2 contingency table. Bigrams never cross a sentence, occur at
    least ``min_freq`` times, and contain no stop word (adjacency is judged before stop words are
    removed, so ``secretary of state`` does not make ``secretary state``). ``by=None``: the whole
    corpus as one group named ``all``. Sorted by group, log_likelihood descending, term.
    """
    engine.require_pandas(articles, "collocations")
    labels = _labels(articles, by) if by else pd.Series("all", index=articles["article_id"])
    parsed = [_sentence_words(text) for text in articles["text"]]
    variants = _variants(parsed)
    sentences: dict[str, list[list[str]]] = {}
    for article_id, one in zip(articles["article_id"], parsed):
        docs = sentences.setdefault(labels[article_id], [])
        docs.extend([w[0] for w in words] for _, _, words in _merge(one, variants))
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


def _find(articles: pd.DataFrame, terms: Iterable[str]) -> pd.DataFrame:
    """Occurrences of the given terms (normalised like every term; stop words allowed inside).

    One row per occurrence and query term, with the query in column ``query``.
    """
    terms = list(dict.fromkeys(terms))
    parsed = [_sentence_words(text) for text in articles["text"]]
    variants = _variants(parsed + [_sentence_words(t) for t in terms])
    queries: dict[str, list[str]] = {}
    for term in terms:
        form = " ".join(w[0] for _, _, words in sentence_terms(term, variants) for w in words)
        if form:
            queries.setdefault(form, []).append(term)
    sizes = sorted({len(t.split()) for t in queries}) or [1]
    occ = _occurrences(articles["article_id"], parsed, (sizes[0], sizes[-1]), None, variants)
    occ = occ[occ["term"].isin(queries)]
    occ = occ.assign(query=occ["term"].map(queries)).explode("query")
    return occ.reset_index(drop=True)


def concordance(articles: pd.DataFrame, term: str | re.Pattern, *, by: str | None = None, width: int = 60,
                top: int | None = None, sort: str | None = None, regex: bool = False) -> pd.DataFrame:
    """Keyword in context: occurrences of ``term`` with ``width`` characters either side, balanced across
    groups and articles.

    ``term``: a word or a phrase (several words, matched as consecutive terms with the normalisation of every
    term, so ``de escalation`` finds ``deescalation`` too when both are in the corpus), or a regular expression
    over the text (``regex=True``, case-insensitive, or a compiled ``re.Pattern``, used as given).
    Order: round-robin, so the first rows cover every group of ``by`` (``None``: one group, ``all``) and as many
    articles as possible: each article's first hit, group by group (articles by id), then each one's second hit,
    and so on. ``top`` keeps the first ``top`` rows of that order; ``sort`` then orders them by context:
    ``"left"`` (the words before the keyword, nearest first), ``"right"`` (the words after it) or ``None``.
    Columns: left, keyword (as written), right, article_id, group, position (token index), start, end.
    Line breaks in the context become spaces.
    """
    engine.require_pandas(articles, "concordance")
    if sort not in (None, "left", "right"):
        raise ValueError(f"sort must be 'left', 'right' or None, not {sort!r}")
    if regex or isinstance(term, re.Pattern):
        occ = _regex_hits(articles, term if isinstance(term, re.Pattern) else re.compile(term, re.IGNORECASE))
    else:
        occ = _find(articles, [term])
    labels = _labels(articles, by) if by else pd.Series("all", index=articles["article_id"])
    texts = dict(zip(articles["article_id"], articles["text"]))
    rows = []
    for row in occ.itertuples(index=False):
        text = texts[row.article_id]
        left = re.sub(r"\s+", " ", text[max(0, row.start - width):row.start])
        right = re.sub(r"\s+", " ", text[row.end:row.end + width])
        if row.start > width:  # do not show a cut word at the edges
            left = re.sub(r"^\S*\s", "", left, count=1)
        if row.end + width < len(text):
            right = re.sub(r"\s\S*$", "", right, count=1)
        rows.append((left.rjust(width), re.sub(r"\s+", " ", text[row.start:row.end]), right.ljust(width),
                     row.article_id, labels[row.article_id], row.position, row.start, row.end))
    out = pd.DataFrame(rows, columns=CONCORDANCE_COLUMNS)
    return select_hits(_round_robin(out), top, sort=sort)


def _regex_hits(articles: pd.DataFrame, pattern: re.Pattern) -> pd.DataFrame:
    """``article_id, position, start, end`` of every non-empty match of ``pattern`` in the texts
    (position: index of the token where the match starts)."""
    from bisect import bisect_right
    rows = []
    for article_id, text in zip(articles["article_id"], articles["text"]):
        starts = None
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            if starts is None:
                starts = [s for s, _, _, _ in iter_tokens(text)]
            rows.append((article_id, max(bisect_right(starts, m.start()) - 1, 0), m.start(), m.end()))
    return pd.DataFrame(rows, columns=["article_id", "position", "start", "end"])


def _round_robin(hits: pd.DataFrame) -> pd.DataFrame:
    """``hits`` ordered by round (k-th hit of its article), then article rank in its group (by id), then group."""
    hits = hits.sort_values(["article_id", "position", "start"], kind="mergesort", ignore_index=True)
    ranks = hits.drop_duplicates("article_id")[["group", "article_id"]]
    ranks = ranks.assign(rank=ranks.groupby("group").cumcount()).set_index("article_id")["rank"]
    order = {g: i for i, g in enumerate(pick_groups(hits["group"]))}
    keys = pd.DataFrame({"round": hits.groupby("article_id").cumcount(), "rank": hits["article_id"].map(ranks),
                         "group": hits["group"].map(order)})
    return hits.loc[keys.sort_values(["round", "rank", "group"], kind="mergesort").index].reset_index(drop=True)


def _context_key(text: str, reverse: bool) -> tuple[str, ...]:
    words = [normalise_token(tok) for _, _, tok, kind in iter_tokens(text) if kind != "clitic"]
    return tuple(reversed(words) if reverse else words)


def select_hits(hits: pd.DataFrame, top: int | None = None, *, sort: str | None = None) -> pd.DataFrame:
    """The first ``top`` rows of a :func:`concordance` table (all when ``None``), sorted by ``"left"`` or
    ``"right"`` context (the words nearest the keyword first; ties keep their order) or kept in order."""
    shown = hits if top is None else hits.head(top)
    if sort is None or shown.empty:
        return shown.reset_index(drop=True)
    keys = shown[sort].map(lambda t: _context_key(t, reverse=sort == "left"))
    order = sorted(range(len(shown)), key=lambda i: keys.iloc[i])
    return shown.iloc[order].reset_index(drop=True)


def describe_concordance(shown: pd.DataFrame, hits: pd.DataFrame, term) -> str:
    """One sentence: how many of the hits of ``term`` (a :func:`concordance` table) ``shown`` holds, from how many
    articles and groups."""
    name = term.pattern if isinstance(term, re.Pattern) else term
    if hits.empty:
        return f"{name!r} does not occur in these articles."
    return (f"{name!r}: showing {len(shown)} of {len(hits)} occurrence(s), from {shown['article_id'].nunique()} of "
            f"{hits['article_id'].nunique()} article(s) and {shown['group'].nunique()} of {hits['group'].nunique()} "
            "group(s) (taken in turn from each group and article).")


def dispersion(articles: pd.DataFrame, terms: Iterable[str], *, by: str = "year") -> pd.DataFrame:
    """Where each of ``terms`` occurs in each article, for a lexical dispersion plot.

    Columns: article_id, group (label of ``by``), term (as requested), position (token index),
    relative_position = position / tokens (0 = start of the article, 1 = end), tokens (tokens in
    the article). Sorted by article, term, position.
    """
    engine.require_pandas(articles, "dispersion")
    terms = list(dict.fromkeys(terms))
    labels = _labels(articles, by)
    n_tokens = {a: sum(1 for _ in iter_tokens(t)) for a, t in zip(articles["article_id"], articles["text"])}
    rows = []
    for row in _find(articles, terms).itertuples(index=False):
        n = n_tokens[row.article_id]
        rows.append((row.article_id, labels[row.article_id], row.query, row.position, row.position / n, n))
    out = pd.DataFrame(rows, columns=DISPERSION_COLUMNS)
    return out.sort_values(["article_id", "term", "position"], ignore_index=True)


# --- TF-IDF -------------------------------------------------------------------------------------

def _documents(articles: pd.DataFrame, documents: str) -> tuple[list[str], list[str]]:
    """``(article_id per document, text per document)`` for documents = article, paragraph or sentence."""
    ids, texts = [], []
    for article_id, text in zip(articles["article_id"], articles["text"]):
        if documents == "article":
            spans = [(0, len(text))]
        elif documents == "paragraph":
            spans = paragraph_spans(text)
        elif documents == "sentence":
            spans = [(s, e) for _, s, e in sentence_spans(text)]
        else:
            raise ValueError(f"documents must be 'article', 'paragraph' or 'sentence', not {documents!r}")
        for s, e in spans:
            ids.append(article_id)
            texts.append(text[s:e])
    return ids, texts


def tfidf(articles: pd.DataFrame, *, by: str = "article_id", documents: str = "article",
          ngram_range: tuple[int, int] = (1, 1), stop_words: frozenset[str] | None = STOP_WORDS,
          exclude_sources: bool | None = None, progress: bool | None = None,
          counts: TermCounts | None = None) -> pd.DataFrame:
    """TF-IDF of every term per group of ``by`` (``"article_id"``: per article).

    Counts of the project's terms (:func:`analysis.counts.count_terms`: what scikit-learn's
    ``CountVectorizer`` gives with the analyzer :func:`analyze`, faster) and scikit-learn's
    ``TfidfTransformer`` (together, what ``TfidfVectorizer`` does): raw counts as tf, smooth idf = ln((1 + n) / (1 + df)) + 1 where n is the number of documents and df the
    number containing the term, and each document vector scaled to unit length (l2 norm).
    ``documents`` is the unit idf is computed over: ``"article"``, ``"paragraph"`` or
    ``"sentence"``. An article's score is the mean of its documents' vectors, a group's the mean
    of its articles' (each article weighs the same whatever its length).

    Columns: group, term, count (occurrences in the group), df (documents containing the term,
    whole corpus), idf, tfidf, rank (1 = highest in the group). Terms absent from a group are
    left out. Sorted by group, tfidf descending, term. ``counts``: :func:`term_counts` of ``articles``
    (documents = article only), to skip tokenising. ``exclude_sources``: as in :func:`term_frequency` (the
    outlets' names are left out before idf and the l2 norms are computed, as stop words are).
    """
    excluded = excluded_terms(articles, by, exclude_sources)
    if engine.is_dask(articles):
        if excluded:  # left out before the norms, as stop words are: counted anew with them as stop words
            if counts is not None:
                check_options(counts, ngram_range, stop_words)  # counts for other options are refused all the same
            stop_words, counts = frozenset(stop_words or ()) | excluded, None
        return engine.tfidf(articles, by=by, documents=documents, ngram_range=ngram_range, stop_words=stop_words,
                            counts=counts)
    if counts is not None and documents != "article":
        raise ValueError(f"counts= are per article; with documents={documents!r} the documents are counted anew")
    ngram_range = _check_range(ngram_range)
    ids, texts = _documents(articles, documents)
    if not texts:
        return pd.DataFrame(columns=TFIDF_COLUMNS)
    from sklearn.feature_extraction.text import TfidfTransformer  # slow to import: only here

    # Variants are those of the articles, whatever the documents (a sentence alone attests fewer).
    variants = None if documents == "article" else spelling_variants(articles["text"])
    if counts is not None:
        counted = check_counts(counts, articles, ngram_range, stop_words)
    else:
        counted = count_terms(texts, ngram_range=ngram_range, stop_words=stop_words, variants=variants,
                              progress=progress)
    counted = drop_terms(counted, excluded)
    counts, vocab = counted.matrix, counted.terms
    if not len(vocab):  # no term at all (empty texts, or only stop words)
        return pd.DataFrame(columns=TFIDF_COLUMNS)
    transformer = TfidfTransformer(smooth_idf=True, norm="l2", sublinear_tf=False)
    weights = transformer.fit_transform(counts)
    df = np.asarray((counts > 0).sum(axis=0)).ravel()
    article_order, article_means, article_counts = article_vectors(ids, counts, weights)
    return tfidf_table(_labels(articles, by)[article_order].to_numpy(), article_means, article_counts, vocab, df,
                       transformer.idf_)


def centrality(articles: pd.DataFrame, *, by: str, ngram_range: tuple[int, int] = (1, 1),
               stop_words: frozenset[str] | None = STOP_WORDS) -> pd.Series:
    """How typical each article is of its group of ``by``: the cosine between its TF-IDF vector (documents =
    articles, weighted as :func:`tfidf`) and the mean vector of its group (1 = the group's centre; an article
    with no terms gets 0). A Series indexed by article_id, in the table's order."""
    from sklearn.feature_extraction.text import TfidfTransformer  # slow to import: only here
    from sklearn.metrics.pairwise import cosine_similarity

    out = pd.Series(0.0, index=pd.Index(articles["article_id"], name="article_id"), name="centrality")
    counted = count_terms(articles["text"], ngram_range=_check_range(ngram_range), stop_words=stop_words)
    if not len(counted.terms):
        return out
    weights = TfidfTransformer(smooth_idf=True, norm="l2").fit_transform(counted.matrix).tocsr()
    labels = group_labels(articles, by).to_numpy()
    for group in set(labels):
        members = np.flatnonzero(labels == group)
        centre = np.asarray(weights[members].mean(axis=0))
        out.iloc[members] = cosine_similarity(weights[members], centre).ravel()
    return out


def article_vectors(ids, counts: sp.csr_matrix, weights: sp.csr_matrix) -> tuple[pd.Index, sp.csr_matrix, sp.csr_matrix]:
    """``(article ids in order of appearance, mean TF-IDF vector of each article's documents, its summed
    counts)``, as sparse products (documents → articles): no dense vector per article."""
    codes, article_order = pd.factorize(pd.Index(ids))
    docs = np.arange(len(codes))
    to_article = sp.csr_matrix((np.ones(len(codes)), (codes, docs)), shape=(len(article_order), len(codes)))
    to_mean = sp.csr_matrix((1.0 / np.bincount(codes)[codes], (codes, docs)), shape=to_article.shape)
    return article_order, (to_mean @ weights).tocsr(), (to_article @ counts).tocsr()


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

    Columns: term, tfidf_a, tfidf_b, difference (positive = more typical of ``group_a``),
    group_a, group_b. Sorted by difference descending, term.
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


# --- findings -----------------------------------------------------------------------------------

def describe_frequency(frequency: pd.DataFrame, *, top: int = 3) -> list[str]:
    """Sentences stating each group's most frequent terms (count and rate), from :func:`term_frequency`."""
    if frequency.empty:
        return ["No terms were found (empty texts, or stop words only)."]
    out = []
    for group, rows in frequency.groupby("group", sort=True):
        rows = rows.sort_values(["count", "term"], ascending=[False, True]).head(top)
        terms = ", ".join(f"{r.term} ({r.count}×, {decimal(r.rate_per_1000)} per 1,000 words)"
                          for r in rows.itertuples(index=False))
        out.append(f"{group} ({rows['words'].iloc[0]:,} words): most frequent {terms}.")
    return out


def describe_exclusive(frequency: pd.DataFrame, *, top: int = 10) -> list[str]:
    """Sentences naming, per group, the terms among its ``top`` most frequent that no other group uses."""
    groups = sorted(frequency["group"].unique())
    if len(groups) < 2:
        return []
    out = []
    for group in groups:
        mine = frequency[frequency["group"] == group].sort_values(["count", "term"], ascending=[False, True])
        others = set(frequency.loc[frequency["group"] != group, "term"])
        only = [t for t in mine["term"].head(top) if t not in others]
        verb = "occurs" if len(only) == 1 else "occur"
        out.append(f"Of the {top} most frequent terms of {group}, {len(only)} never {verb} in the other groups"
                   + (f": {', '.join(only)}." if only else "."))
    return out


def describe_dispersion(spread: pd.DataFrame, terms: Iterable[str], n_articles: int) -> list[str]:
    """Sentences stating, per term of a :func:`dispersion` table, how many articles use it and where."""
    out = []
    for term in dict.fromkeys(terms):
        rows = spread[spread["term"] == term]
        if rows.empty:
            out.append(f"{term}: not used in any of the {n_articles} article(s).")
            continue
        out.append(f"{term}: {len(rows)} occurrence(s) in {rows['article_id'].nunique()} of {n_articles} article(s); "
                   f"first at {percent(rows['relative_position'].min(), 0)}, "
                   f"median at {percent(rows['relative_position'].median(), 0)} "
                   "of the way through the text.")
    return out
