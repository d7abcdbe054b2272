"""``python -m analysis people PATH``: every person the articles name, how often, and how often they are heard.

Columns: group, person, mentions (name mentions and pronouns or role nouns resolved at attribution cues),
attributions, quoted_words (:func:`analysis.quotes.people.people`); with ``--lookup FILE`` (a CSV
``person,attribute,...``), one more column per attribute."""
from __future__ import annotations

import sys

from .common import add_format_option, load_or_report, write_table
from ..groups import group_labels
from ..quotes.people import PEOPLE_COLUMNS, people, with_lookup
from ..terminal import write_line

#: Columns printed (the lookup's attributes follow).
CLI_COLUMNS = ["group", "person", "mentions", "attributions", "quoted_words"]


def run_people(args) -> int:
    corpus = load_or_report(args.path)
    if corpus is None:
        return 1
    articles = corpus.articles
    if args.by is not None:
        try:
            group_labels(articles, by=args.by)
        except KeyError as exc:
            write_line(sys.stderr, f"error: {exc.args[0]}")
            return 2
    table = people(articles, by=args.by)
    columns = list(CLI_COLUMNS)
    if args.lookup:
        try:
            table = with_lookup(table, args.lookup)
        except (OSError, ValueError) as exc:
            write_line(sys.stderr, f"error: lookup: {exc}")
            return 2
        columns += [c for c in table.columns if c not in PEOPLE_COLUMNS]  # the lookup's attributes
    write_table(table[columns], args.format)
    return 0


def add_cli(sub) -> None:
    p = sub.add_parser("people", help="people named in the articles: mentions vs attributions and quoted words")
    p.add_argument("path", help="a folder, or one article file")
    p.add_argument("--by", default=None, help="column of the articles table to group by (default: none, one group "
                                              "'all'; article_id: per article)")
    p.add_argument("--lookup", metavar="FILE", help="CSV person,attribute,...: attributes to add to each person")
    add_format_option(p)
    p.set_defaults(func=run_people)
