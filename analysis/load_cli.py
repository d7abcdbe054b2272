"""``python -m analysis articles PATH``: the articles table; problems on stderr."""
from __future__ import annotations

import sys

from .cli import add_format_option, report_problems, write_table
from .load import load_corpus

TABLE_COLUMNS = ["article_id", "published", "author", "title", "source", "n_words", "n_sentences", "n_paragraphs"]


def run_articles(args) -> int:
    corpus = load_corpus(args.path)
    report_problems(corpus.problems)
    if corpus.articles.empty:
        n = len(corpus.problems[corpus.problems["action"] == "skipped"])
        sys.stderr.write(f"error: no article could be loaded from {args.path} ({n} file(s) skipped, see above)\n")
        return 1
    articles = corpus.articles
    if args.format == "table":
        articles = articles[TABLE_COLUMNS]
    else:
        articles = articles.drop(columns=["raw_text"])
    write_table(articles, args.format)
    return 0


def add_cli(sub) -> None:
    p = sub.add_parser("articles", help="load articles and print the articles table")
    p.add_argument("path", help="a folder, or one article file")
    add_format_option(p)
    p.set_defaults(func=run_articles)
