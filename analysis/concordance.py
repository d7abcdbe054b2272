"""Keyword in context: where a term occurs, with the words around it.

Terms are matched as every term is normalised (:mod:`analysis.analyzer`), so a phrase finds its spelling
variants; a regular expression searches the text itself.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

import pandas as pd

from .analyzer import (Variants, check_range, merge_variants, ngrams, parsed_vocabulary, sentence_terms,
                       sentence_words, variants_of)
from .execute import require_pandas
from .groups import article_labels, pick_groups
from .units import STOP_WORDS, iter_tokens, normalise_token

OCCURRENCE_COLUMNS = ["article_id", "paragraph", "sentence", "position", "start", "end", "term", "ngram"]
CONCORDANCE_COLUMNS = ["left", "keyword", "right", "article_id", "group", "position", "start", "end"]


def term_occurrences(articles: pd.DataFrame, *, ngram_range: tuple[int, int] = (1, 1),
                     stop_words: frozenset[str] | None = STOP_WORDS, variants: Variants | None = None) -> pd.DataFrame:
    """One row per occurrence of a term: article_id, paragraph, sentence, position, start, end, term, ngram.

    ``position`` is the token index of the term's first word in the article; ``start``/``end``
    are character offsets in ``text``. ``variants`` defaults to :func:`analysis.counts.spelling_variants` of ``articles``.
    """
    require_pandas(articles, "term_occurrences")
    ngram_range = check_range(ngram_range)
    parsed = [sentence_words(text) for text in articles["text"]]
    if variants is None:
        variants = variants_of(*parsed_vocabulary(parsed))
    return _occurrences(articles["article_id"], parsed, ngram_range, stop_words, variants)


def _occurrences(article_ids, parsed, ngram_range, stop_words, variants) -> pd.DataFrame:
    """One row per occurrence of a term in texts split by :func:`analysis.analyzer.sentence_words`."""
    rows = []
    for article_id, sentences in zip(article_ids, parsed):
        for p, i, words in merge_variants(sentences, variants):
            for term, n, start, end, pos in ngrams(words, ngram_range, stop_words):
                rows.append((article_id, p, i, pos, start, end, term, n))
    out = pd.DataFrame(rows, columns=OCCURRENCE_COLUMNS)
    return out.sort_values(["article_id", "position", "ngram"], kind="stable", ignore_index=True)


def find_terms(articles: pd.DataFrame, terms: Iterable[str]) -> pd.DataFrame:
    """Occurrences of the given terms (normalised like every term; stop words allowed inside).

    One row per occurrence and query term, with the query in column ``query``.
    """
    terms = list(dict.fromkeys(terms))
    parsed = [sentence_words(text) for text in articles["text"]]
    variants = variants_of(*parsed_vocabulary(parsed + [sentence_words(t) for t in terms]))
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

    Parameters
    ----------
    articles : DataFrame
        The articles table (pandas).
    term : str or re.Pattern
        A word, a phrase or a regular expression.
    by : str, optional
        Grouping column; None: one group, ``all``.
    width : int
        Characters of context either side.
    top : int, optional
        Rows kept, in round-robin order.
    sort : {"left", "right", None}
        Order of the rows kept, by context.
    regex : bool
        Read ``term`` as a regular expression.

    Returns
    -------
    DataFrame
        Columns left, keyword (as written), right, article_id, group, position (token index), start, end.
        Line breaks in the context become spaces.
    """
    require_pandas(articles, "concordance")
    if sort not in (None, "left", "right"):
        raise ValueError(f"sort must be 'left', 'right' or None, not {sort!r}")
    if regex or isinstance(term, re.Pattern):
        occ = _regex_hits(articles, term if isinstance(term, re.Pattern) else re.compile(term, re.IGNORECASE))
    else:
        occ = find_terms(articles, [term])
    labels = article_labels(articles, by=by) if by else pd.Series("all", index=articles["article_id"])
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
    return select_hits(_round_robin(out), top=top, sort=sort)


def _regex_hits(articles: pd.DataFrame, pattern: re.Pattern) -> pd.DataFrame:
    """``article_id, position, start, end`` of every non-empty match of ``pattern`` in the texts
    (position: index of the token where the match starts)."""
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


def select_hits(hits: pd.DataFrame, *, top: int | None = None, sort: str | None = None) -> pd.DataFrame:
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
