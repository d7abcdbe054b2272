"""Scoring extracted attributions against gold annotations.

Matching rule: within one article, a predicted row and a gold row match when their
content spans overlap by at least ``min_overlap`` (default 0.5) of the *shorter*
span, in characters: ``|p ∩ g| ≥ 0.5 · min(|p|, |g|)``. Pairs are matched
one-to-one, greedily by decreasing overlap (ties: earlier gold, then earlier
prediction). Per kind, only rows of that kind are compared; ``all`` ignores kind.

* precision = matched / predicted, recall = matched / gold,
  F1 = 2·P·R / (P + R) (van Rijsbergen, 1979);
* n_exact = matched pairs whose spans are identical (a stricter view of the boundaries);
* headline rows (``location == "title"``) are left out: gold offsets are into the text;
* speaker accuracy = matched pairs with the same speaker / matched pairs; speakers are
  compared after :func:`normalise_speaker` (lower case, leading article and
  possessive dropped) unless ``same_speaker`` is given.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

KINDS = ["direct", "partial", "indirect", "all"]
SCORE_COLUMNS = ["kind", "n_gold", "n_predicted", "n_matched", "n_exact", "precision", "recall", "f1",
                 "n_speaker_correct", "speaker_accuracy"]


def normalise_speaker(name) -> str:
    """A speaker name as compared by the default scorer.

    Parameters
    ----------
    name : str or None
        A speaker (anything else counts as empty).

    Returns
    -------
    str
        Lower case, whitespace collapsed, leading ``the``/``a``/``an`` and trailing ``'s`` dropped.
    """
    text = re.sub(r"\s+", " ", str(name if isinstance(name, str) else "")).strip().lower()
    text = re.sub(r"^(the|a|an)\s+", "", text)
    return re.sub(r"['’]s$", "", text).strip(" .,")


GOLD_COLUMNS = ["article_id", "kind", "text", "speaker"]


def read_gold(path) -> pd.DataFrame:
    """Gold annotations from a CSV file, or from every CSV file of a folder.

    Parameters
    ----------
    path : str or Path
        A CSV file or a folder of them; files without the columns article_id, kind, text, speaker are skipped.

    Returns
    -------
    DataFrame
        The gold rows (strings), at least :data:`GOLD_COLUMNS`; no rows for an empty or missing path.
    """
    path = Path(path) if path else None
    if path is None or not path.exists():
        return pd.DataFrame(columns=GOLD_COLUMNS)
    files = [path] if path.is_file() else sorted(path.glob("*.csv"))
    frames = [f for f in (pd.read_csv(p, dtype=str, keep_default_na=False) for p in files)
              if set(GOLD_COLUMNS) <= set(f.columns)]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=GOLD_COLUMNS)


def locate_gold(gold: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Add ``start``/``end`` to gold rows that only have ``text``: the first occurrence in the article's text.

    Parameters
    ----------
    gold : DataFrame
        Gold rows (:func:`read_gold`).
    articles : DataFrame
        The articles table (``article_id``, ``text``).

    Returns
    -------
    DataFrame
        A copy of ``gold`` with ``start`` and ``end``; ``start = end = -1`` where the text is not found (such a
        row can never match).
    """
    texts = dict(zip(articles["article_id"], articles["text"]))
    starts = [texts.get(aid, "").find(t) for aid, t in zip(gold["article_id"], gold["text"])]
    out = gold.copy()
    out["start"] = starts
    out["end"] = [s + len(t) if s >= 0 else -1 for s, t in zip(starts, gold["text"])]
    return out


def match_spans(predicted: pd.DataFrame, gold: pd.DataFrame, min_overlap: float = 0.5) -> list[tuple[int, int]]:
    """One-to-one ``(predicted index, gold index)`` pairs under the overlap rule (module docstring).

    Parameters
    ----------
    predicted, gold : DataFrame
        Rows with article_id, start, end.
    min_overlap : float
        A pair needs ``overlap >= min_overlap * (length of the shorter span)``, in characters.

    Returns
    -------
    list of (int, int)
        Index labels of the matched pairs, chosen greedily by the largest overlap first, per article.
    """
    pairs = []
    for aid, g in gold.groupby("article_id", sort=True):
        p = predicted[predicted["article_id"] == aid]
        cands = []
        for gi, gs, ge in zip(g.index, g["start"], g["end"]):
            for pi, ps, pe in zip(p.index, p["start"], p["end"]):
                inter = min(ge, pe) - max(gs, ps)
                shorter = min(ge - gs, pe - ps)
                if gs >= 0 and shorter > 0 and inter >= min_overlap * shorter:
                    cands.append((-inter, gs, ps, gi, pi))
        used_g, used_p = set(), set()
        for _, _, _, gi, pi in sorted(cands):
            if gi not in used_g and pi not in used_p:
                used_g.add(gi)
                used_p.add(pi)
                pairs.append((pi, gi))
    return pairs


def _body(predicted: pd.DataFrame) -> pd.DataFrame:
    """The rows located in the article's text: headline rows have offsets into the title, not the text gold
    annotates."""
    return predicted[predicted["location"] != "title"] if "location" in predicted else predicted


def _same(p_row, g_row) -> bool:
    return normalise_speaker(p_row["speaker"]) == normalise_speaker(g_row["speaker"])


def score_quotes(predicted: pd.DataFrame, gold: pd.DataFrame, *, min_overlap: float = 0.5,
                 same_speaker: Callable | None = None) -> pd.DataFrame:
    """Precision, recall, F1 and speaker accuracy per kind and for ``all``.

    Parameters
    ----------
    predicted, gold : DataFrame
        Rows with article_id, kind, start, end, speaker (see :func:`locate_gold`); headline rows of
        ``predicted`` are left out (their offsets are into the title).
    min_overlap : float
        The overlap rule of :func:`match_spans`.
    same_speaker : callable, optional
        ``same_speaker(pred_row, gold_row) -> bool``; default: equal :func:`normalise_speaker`.

    Returns
    -------
    DataFrame
        One row per kind in :data:`KINDS` (``all`` ignores kind), columns :data:`SCORE_COLUMNS`::

            precision = n_matched / n_predicted       recall = n_matched / n_gold
            f1 = 2 * precision * recall / (precision + recall)
            speaker_accuracy = n_speaker_correct / n_matched

        (NaN when a denominator is 0); ``n_exact`` counts matched pairs with identical offsets.
    """
    same = same_speaker or _same
    predicted = _body(predicted).reset_index(drop=True)
    gold = gold.reset_index(drop=True)
    rows = []
    for kind in KINDS:
        p = predicted if kind == "all" else predicted[predicted["kind"] == kind]
        g = gold if kind == "all" else gold[gold["kind"] == kind]
        pairs = match_spans(p, g, min_overlap)
        n_ok = sum(bool(same(predicted.loc[pi], gold.loc[gi])) for pi, gi in pairs)
        n_exact = sum(predicted.loc[pi, "start"] == gold.loc[gi, "start"]
                      and predicted.loc[pi, "end"] == gold.loc[gi, "end"] for pi, gi in pairs)
        n_m = len(pairs)
        prec = n_m / len(p) if len(p) else np.nan
        rec = n_m / len(g) if len(g) else np.nan
        if len(p) and len(g):
            f1 = 2 * prec * rec / (prec + rec) if prec + rec > 0 else 0.0
        else:
            f1 = np.nan
        rows.append((kind, len(g), len(p), n_m, int(n_exact), prec, rec, f1, n_ok, n_ok / n_m if n_m else np.nan))
    return pd.DataFrame(rows, columns=SCORE_COLUMNS)


def quote_errors(predicted: pd.DataFrame, gold: pd.DataFrame, *, min_overlap: float = 0.5) -> pd.DataFrame:
    """Every disagreement, ignoring kind: missed gold rows, spurious predictions, wrong speakers and kinds.

    Parameters
    ----------
    predicted, gold : DataFrame
        As for :func:`score_quotes`.
    min_overlap : float
        The overlap rule of :func:`match_spans`.

    Returns
    -------
    DataFrame
        Columns article_id, error (missed, spurious, wrong speaker, wrong kind), start, gold_text, predicted_text,
        gold_speaker, predicted_speaker, gold_kind, predicted_kind; sorted by article_id, start, error.
    """
    predicted = _body(predicted).reset_index(drop=True)
    gold = gold.reset_index(drop=True)
    pairs = match_spans(predicted, gold, min_overlap)
    rows = []
    for pi, gi in pairs:
        p, g = predicted.loc[pi], gold.loc[gi]
        if not _same(p, g):
            rows.append((g["article_id"], "wrong speaker", g["start"], g["text"], p["text"], g["speaker"], p["speaker"],
                         g["kind"], p["kind"]))
        elif p["kind"] != g["kind"]:
            rows.append((g["article_id"], "wrong kind", g["start"], g["text"], p["text"], g["speaker"], p["speaker"],
                         g["kind"], p["kind"]))
    matched_p = {pi for pi, _ in pairs}
    matched_g = {gi for _, gi in pairs}
    for gi, g in gold.iterrows():
        if gi not in matched_g:
            rows.append((g["article_id"], "missed", g["start"], g["text"], "", g["speaker"], "", g["kind"], ""))
    for pi, p in predicted.iterrows():
        if pi not in matched_p:
            rows.append((p["article_id"], "spurious", p["start"], "", p["text"], "", p["speaker"], "", p["kind"]))
    cols = ["article_id", "error", "start", "gold_text", "predicted_text", "gold_speaker", "predicted_speaker",
            "gold_kind", "predicted_kind"]
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["article_id", "start", "error"], kind="mergesort").reset_index(drop=True)
