"""The term rules: how a text becomes terms (the analyzer every term analysis shares).

Terms are built on the project's one tokenizer (:func:`analysis.units.iter_tokens`, with sentences from
:func:`analysis.units.sentence_spans`) and normalised as follows:

* lower case, straight apostrophes, ASCII hyphens (``norm`` of :mod:`analysis.units`);
  abbreviations keep their dots (``U.S.`` → ``u.s.``), and ``US`` written in capitals
  is read as ``u.s.`` too (the pronoun is never capitalised mid-sentence);
* clitic tokens (possessive ``'s``) are dropped: ``Israel's`` counts as ``israel``;
* no lemmatisation or stemming: ``civilian`` and ``civilians`` stay two terms, names stay readable;
* spelling variants attested in the same corpus are merged (:func:`variants_of`):
  a hyphenated word ``x-y`` becomes ``xy`` when ``xy`` also occurs as one word
  (``de-escalation`` → ``deescalation`` only if ``deescalation`` is used somewhere), and two
  words ``x y`` whose first word is a bound prefix (:data:`PREFIXES`: ``de``, ``re``, ``non``…)
  become ``xy`` or ``x-y`` when that form occurs (``de escalation`` → ``deescalation``).
  Hyphenated words with no attested variant keep their hyphen (``two-state``);
* n-grams (``ngram_range=(1, 3)`` gives unigrams to trigrams) never cross a sentence;
  when stop words are excluded, unigrams that are stop words and n-grams that start or end
  with a stop word are dropped (``secretary of state`` stays, ``of the`` goes).

:func:`analyze` is the reference, one text at a time (the analyzer given to scikit-learn's vectorizers);
:mod:`analysis.counts` counts whole corpora with the same rules, faster.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from .execute import columns
from .units import STOP_WORDS, iter_tokens, normalise_token, sentence_spans

#: Prefixes that do not stand alone as English words; ``de escalation`` may join to ``deescalation``.
PREFIXES = frozenset({"anti", "co", "de", "inter", "multi", "non", "pre", "re", "semi", "sub"})

#: Spelling variants: a word (``"de-escalation"``) or a pair of words (``("de", "escalation")``) → its term.
Variants = Mapping[object, str]
#: A text's words per sentence: ``[(paragraph, sentence, [(word, start, end, position), ...]), ...]``.
Parsed = list[tuple[int, int, list[tuple[str, int, int, int]]]]


def word_norm(token: str) -> str:
    """The normalised word of one word token (``US`` → ``u.s.``, else :func:`analysis.units.normalise_token`)."""
    return "u.s." if token == "US" else normalise_token(token)


def sentence_words(text: str) -> Parsed:
    """Per sentence: ``(paragraph, sentence, [(norm, start, end, position), ...])``, clitics dropped.

    ``position`` counts every token of the text (clitics included), as :func:`analysis.units.tokens` does.
    """
    out, position = [], 0
    for i, (p, s, e) in enumerate(sentence_spans(text)):
        words = []
        for ts, te, tok, kind in iter_tokens(text[s:e]):
            if kind != "clitic":
                words.append((word_norm(tok), s + ts, s + te, position))
            position += 1
        out.append((p, i, words))
    return out


def parsed_vocabulary(parsed_texts: Iterable[Parsed]) -> tuple[set[str], set[tuple[str, str]]]:
    """``(words, (bound prefix, next word) pairs within a sentence)`` of texts split by :func:`sentence_words`."""
    vocabulary: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for parsed in parsed_texts:
        for _, _, words in parsed:
            norms = [w[0] for w in words]
            vocabulary.update(norms)
            pairs.update((a, b) for a, b in zip(norms, norms[1:]) if a in PREFIXES)
    return vocabulary, pairs


def variants_of(vocabulary: set[str], pairs: set[tuple[str, str]]) -> dict[object, str]:
    """Spelling variants from the words of a corpus and its (prefix, next word) pairs within a sentence.

    Parameters
    ----------
    vocabulary : set of str
        Every normalised word of the corpus.
    pairs : set of (str, str)
        Every (bound prefix, next word) pair within a sentence.

    Returns
    -------
    dict
        Variant (a word, or a pair of words) → canonical term; the same whatever the order of the sets.
    """
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


def merge_variants(parsed: Parsed, variants: Variants) -> Parsed:
    """Apply ``variants`` to one text split by :func:`sentence_words` (a pair becomes one word)."""
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


def sentence_terms(text: str, variants: Variants | None = None) -> Parsed:
    """Normalised words of ``text`` per sentence, variants merged: ``(paragraph, sentence, [(term, start, end, position)])``."""
    return merge_variants(sentence_words(text), variants or {})


def ngrams(words, ngram_range: tuple[int, int], stop_words: frozenset[str] | None):
    """``(term, n, start, end, position)`` of every n-gram in one sentence's word list (the stop-word rule applied)."""
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
    """The terms of ``text`` in order: the analyzer given to scikit-learn's vectorizers.

    Parameters
    ----------
    text : str
    ngram_range : (int, int)
        Smallest and largest n-gram.
    stop_words : frozenset of str, optional
        Words no term starts or ends with (None: keep every word).
    variants : dict, optional
        Spelling variants (:func:`variants_of`); none by default.

    Returns
    -------
    list of str
    """
    return [g[0] for _, _, words in sentence_terms(text, variants) for g in ngrams(words, ngram_range, stop_words)]


def check_range(ngram_range) -> tuple[int, int]:
    """``ngram_range`` as ``(min, max)`` integers; ValueError unless 1 <= min <= max."""
    lo, hi = (int(x) for x in ngram_range)
    if not 1 <= lo <= hi:
        raise ValueError(f"ngram_range must be (min, max) with 1 <= min <= max, got {ngram_range!r}")
    return lo, hi


def stop_words_with(extra: Iterable[str] = ()) -> frozenset[str]:
    """The default stop words (:data:`analysis.units.STOP_WORDS`) and the single words of ``extra``,
    normalised as terms are (lower case, straight apostrophes): the ``stop_words`` argument of the
    term functions and of :func:`analysis.keyness.keyness` with a user's additions."""
    added = {word_norm(word.strip()) for word in extra if word and word.strip()}
    return STOP_WORDS | added if added else STOP_WORDS


# --- outlets' own names ---------------------------------------------------------------------------

def source_terms(articles: pd.DataFrame) -> frozenset[str]:
    """The terms of the articles' ``source`` names, as the tokenizer reads them (``Reuters`` → ``reuters``,
    ``huff-post`` → ``huff-post`` and ``huffpost``, ``Associated Press`` → ``associated``, ``press``,
    ``associatedpress``): an outlet's own name,
    which its datelines, sign-offs and credits repeat, so that comparing outlets would show it first."""
    if "source" not in articles.columns:
        return frozenset()
    values = columns(articles, ["source"])["source"].dropna().unique()
    out = set()
    for value in values:
        words = analyze(str(value), stop_words=None)
        out.update(words)
        joined = "".join(words).replace("-", "")
        if joined and joined not in out and len(words) + sum(w.count("-") for w in words) > 1:
            out.add(joined)  # the name written as one word too: `wash-post`, `Huff Post` → `huffpost`
    return frozenset(out)


def excluded_terms(articles: pd.DataFrame, *, by: str, exclude_sources: bool | None) -> frozenset[str]:
    """The terms ``exclude_sources`` leaves out: the :func:`source_terms` when it is true, or when it is None
    (the default) and ``by == "source"``; none otherwise."""
    if exclude_sources is None:
        exclude_sources = by == "source"
    return source_terms(articles) if exclude_sources else frozenset()


def kept_terms(terms: Iterable[str], excluded: frozenset[str]) -> np.ndarray:
    """Whether each term neither starts nor ends with one of ``excluded`` (the stop-word rule)."""
    terms = list(terms)
    return np.fromiter(((t.partition(" ")[0] not in excluded and t.rpartition(" ")[2] not in excluded) for t in terms),
                       dtype=bool, count=len(terms))


def without_terms(table: pd.DataFrame, excluded: frozenset[str], *, groups: list[str]) -> pd.DataFrame:
    """Rows of a ranked term table (:func:`analysis.frequency.term_frequency`, :func:`analysis.keyness.keyness`)
    whose term neither starts nor ends with one of ``excluded``, ranks renumbered within ``groups``: what counting
    with ``excluded`` among the stop words gives, as a term's count, word totals and statistics do not depend on
    other terms."""
    if not excluded or table.empty:
        return table
    keep = kept_terms(table["term"], excluded)
    if keep.all():
        return table
    table = table[keep].reset_index(drop=True)
    table["rank"] = table.groupby(groups, sort=False).cumcount() + 1
    return table
