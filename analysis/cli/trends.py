"""``python -m analysis trends PATH``: counts and rates of terms per period (and group)."""
from __future__ import annotations

import sys

from .common import add_format_option, load_or_report, write_table
from ..terminal import write_line
from ..trends import FREQS, term_trends, undated_note


def run_trends(args) -> int:
    corpus = load_or_report(args.path)
    if corpus is None:
        return 1
    articles = corpus.articles
    chosen = [t for t in args.terms.split(",") if t.strip()] if args.terms else None
    try:
        table = term_trends(articles, terms=chosen, freq=args.freq, by=args.by, top=args.top)
    except KeyError as exc:  # an unknown --by column
        write_line(sys.stderr, f"error: {exc.args[0]}")
        return 2
    note = undated_note(articles)
    if note:
        write_line(sys.stderr, f"note: {note}")
    if chosen is None:
        write_line(sys.stderr, f"note: no --terms given; showing the {args.top} terms whose use changed most "
                               f"between the earlier and the later half of the dated articles: "
                               f"{', '.join(dict.fromkeys(table['term']))}")
    if args.format == "table":
        table = table.round({"rate_per_1000": 2})
    write_table(table, args.format)
    return 0


def add_cli(sub) -> None:
    p = sub.add_parser("trends", help="term counts and rates per 1,000 words per period (week, month...) and group")
    p.add_argument("path", help="a folder, or one article file")
    p.add_argument("--terms", metavar="TERM[,TERM...]",
                   help="words or phrases, comma-separated (default: the --top terms whose use changed most)")
    p.add_argument("--freq", choices=list(FREQS), default="month", help="period length (default: month)")
    p.add_argument("--by", default=None, help="column of the articles table to group by (default: no groups)")
    p.add_argument("--top", type=int, default=6, help="terms chosen when --terms is not given (default: 6)")
    add_format_option(p)
    p.set_defaults(func=run_trends)
