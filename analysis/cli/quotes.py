"""``python -m analysis quotes PATH``: every quotation and reported statement, with its speaker.

Every column of :func:`analysis.quotes.extract_quotes` is printed, ``location`` included (``title``: a row of the
headline, offsets into the title, paragraph -1; ``text``: a row of the body)."""
from __future__ import annotations


from .common import add_format_option, load_or_report, write_table
from ..quotes import extract_quotes

#: Characters of quote text shown in the table format.
TEXT_WIDTH = 60


def run_quotes(args) -> int:
    corpus = load_or_report(args.path)
    if corpus is None:
        return 1
    table = extract_quotes(corpus.articles)
    if args.format == "table":  # keep the aligned table readable; csv and json carry the full text
        table = table.assign(text=[t if len(t) <= TEXT_WIDTH else t[:TEXT_WIDTH - 1] + "…" for t in table["text"]])
    write_table(table, args.format)
    return 0


def add_cli(sub) -> None:
    p = sub.add_parser("quotes", help="quotations and reported statements with their speakers (body and headline)")
    p.add_argument("path", help="a folder, or one article file")
    add_format_option(p)
    p.set_defaults(func=run_quotes)
