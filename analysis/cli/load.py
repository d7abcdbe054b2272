"""``python -m analysis articles PATH``: the articles table; problems on stderr."""
from __future__ import annotations

from .common import add_format_option, load_or_report, write_table

TABLE_COLUMNS = ["article_id", "published", "author", "title", "source", "n_words", "n_sentences", "n_paragraphs"]


def run_articles(args) -> int:
    corpus = load_or_report(args.path)
    if corpus is None:
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
