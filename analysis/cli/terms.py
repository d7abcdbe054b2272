"""``python -m analysis terms PATH``: the distinctive terms of each group, with counts, TF-IDF and keyness."""
from __future__ import annotations

import sys

import pandas as pd

from .common import add_format_option, load_or_report, write_table
from ..display import p_value_column
from ..groups import group_labels, pick_groups
from ..keyness import comparisons, distinctive_terms, keyness
from ..terminal import write_line
from ..frequency import term_frequency, top_terms
from ..tfidf import tfidf

TABLE_COLUMNS = [
    "group", "reference", "rank", "term", "count", "count_ref", "rate", "rate_ref", "tfidf",
    "g2", "p_value", "significance", "log_ratio", "z",
]


def distinctive_table(articles: pd.DataFrame, *, by: str = "year", groups=None, top: int = 10,
                      ngram_range: tuple[int, int] = (1, 1)) -> pd.DataFrame:
    """The ``top`` terms most typical of each group (by G²), signs and counts from that group's side.

    Columns: :data:`TABLE_COLUMNS`. ``tfidf`` is the group's mean article TF-IDF
    (:func:`analysis.tfidf.tfidf`). Fewer than two groups: the most frequent terms with keyness empty.
    """
    labels = group_labels(articles, by=by)
    chosen = pick_groups(labels, groups=groups)
    articles = articles[labels.isin(chosen).to_numpy()]
    scores = tfidf(articles, by=by, ngram_range=ngram_range)[["group", "term", "tfidf"]]
    if not comparisons(labels[labels.isin(chosen)], groups=chosen):
        freq = top_terms(term_frequency(articles, by=by, ngram_range=ngram_range), top=top)
        out = freq.rename(columns={"rate_per_1000": "rate"}).merge(scores, on=["group", "term"], how="left")
        return out.reindex(columns=TABLE_COLUMNS)
    table = keyness(articles, by=by, groups=chosen, ngram_range=ngram_range)
    if len(chosen) == 2:  # both sides of A vs B, each seen from its own group
        a, b = chosen
        flipped = table.rename(columns={"count": "count_ref", "count_ref": "count", "rate": "rate_ref",
                                        "rate_ref": "rate"}).assign(group=b, reference=a)
        flipped[["log_ratio", "log_odds", "z"]] *= -1
        table = pd.concat([table, flipped], ignore_index=True)
    out = distinctive_terms(table, top=top)
    out = out[out["direction"] == out["group"]].copy()
    out["rank"] = out.groupby(["group", "reference"]).cumcount() + 1
    out = out.merge(scores, on=["group", "term"], how="left")
    return out.sort_values(["group", "rank"], ignore_index=True)[TABLE_COLUMNS]


def run_terms(args) -> int:
    corpus = load_or_report(args.path)
    if corpus is None:
        return 1
    try:
        labels = group_labels(corpus.articles, by=args.by)
        chosen = pick_groups(labels, groups=args.groups)
    except (KeyError, ValueError) as exc:
        write_line(sys.stderr, f"error: {exc.args[0]}")
        return 2
    if len(chosen) < 2:
        write_line(sys.stderr, f"note: a comparison needs two groups of {args.by!r}; found only {', '.join(chosen)}. "
                               "Showing the most frequent terms instead.")
    table = distinctive_table(corpus.articles, by=args.by, groups=args.groups, top=args.top,
                              ngram_range=(1, args.ngram))
    if args.format == "table":
        table = table.round({"rate": 2, "rate_ref": 2, "tfidf": 3, "g2": 2, "log_ratio": 2, "z": 2})
        table["p_value"] = p_value_column(table["p_value"])  # 6.5e-42, not 0.0 (csv and json keep the float)
    write_table(table, args.format)
    return 0


def add_cli(sub) -> None:
    p = sub.add_parser("terms", help="distinctive terms of each group: counts, TF-IDF and keyness")
    p.add_argument("path", help="a folder, or one article file")
    p.add_argument("--by", default="year", help="column of the articles table to group by (default: year)")
    p.add_argument("--groups", nargs="+", metavar="GROUP",
                   help="groups to compare (default: all; two → A vs B, more → each group vs the rest)")
    p.add_argument("--top", type=int, default=10, help="terms per group (default: 10)")
    p.add_argument("--ngram", type=int, default=1, choices=[1, 2, 3],
                   help="longest n-gram counted (default: 1, single words)")
    add_format_option(p)
    p.set_defaults(func=run_terms)
