"""``python -m analysis similar PATH``: pairs of articles that share passages (near-duplicates, wire copy)."""
from __future__ import annotations

import sys

from .common import add_format_option, load_or_report, write_table
from ..similar import MIN_SHARED, near_duplicates
from ..terminal import write_line

#: Columns of the command's table.
TABLE_COLUMNS = ["article_a", "article_b", "cosine", "shared_share_a", "shared_share_b", "shared_passages"]


def run_similar(args) -> int:
    if not 0 <= args.min_shared <= 1:
        write_line(sys.stderr, f"error: --min-shared must be between 0 and 1, got {args.min_shared}")
        return 2
    corpus = load_or_report(args.path)
    if corpus is None:
        return 1
    pairs, passages = near_duplicates(corpus.articles, min_shared=args.min_shared, passages=True)
    table = pairs[TABLE_COLUMNS]
    if args.format == "table":
        table = table.round({"cosine": 3, "shared_share_a": 3, "shared_share_b": 3})
    if pairs.empty and args.format == "table":  # the header alone, not pandas' "Empty DataFrame"
        write_line(sys.stderr, f"note: no pair of the {len(corpus.articles):,} articles shares passages covering "
                               f"{args.min_shared:.0%} of either article")
        write_line(sys.stdout, "  ".join(TABLE_COLUMNS))
        return 0
    if args.passages and args.format != "table":  # one table per output, so that it parses
        write_table(passages, args.format)
        return 0
    write_table(table, args.format)
    if args.passages:
        _write_passages(passages)
    return 0


def _write_passages(passages, out=None) -> None:
    """Each passage after the pairs, as a block (its text is too long for a column), terminal-safe."""
    out = out or sys.stdout
    for row in passages.itertuples(index=False):
        write_line(out, "")
        write_line(out, f"{row.article_a} [{row.start_a}:{row.end_a}] = {row.article_b} "
                        f"[{row.start_b}:{row.end_b}], passage {row.passage}, {row.n_words} words:")
        write_line(out, " ".join(row.text.split()))


def add_cli(sub) -> None:
    p = sub.add_parser("similar", help="pairs of articles that share passages: near-duplicates and wire copy")
    p.add_argument("path", help="a folder, or one article file")
    p.add_argument("--min-shared", type=float, default=MIN_SHARED,
                   help=f"keep a pair when shared passages cover at least this share of one of its articles "
                        f"(default: {MIN_SHARED})")
    p.add_argument("--passages", action="store_true", help="print the shared passages after the pairs (csv and json: the table of passages, "
                        "with offsets in each article, instead of the pairs)")
    add_format_option(p)
    p.set_defaults(func=run_similar)
