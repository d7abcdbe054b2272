"""The corpus at a glance: sizes per group and plain-sentence findings."""
from __future__ import annotations

import pandas as pd

from .clean import REPAIR_REASONS
from .groups import UNKNOWN, group_labels

#: Articles table columns worth showing a reader (text columns left out).
OVERVIEW_COLUMNS = ["article_id", "published", "author", "title", "source", "n_words", "n_sentences",
                    "n_paragraphs", "title_origin", "author_origin", "published_origin"]


def articles_overview(articles: pd.DataFrame) -> pd.DataFrame:
    """The articles table for reading.

    Parameters
    ----------
    articles : pandas.DataFrame
        The articles table (:func:`analysis.load_corpus`).

    Returns
    -------
    pandas.DataFrame
        Its :data:`OVERVIEW_COLUMNS` (no text columns), sorted by date (undated last) then ``article_id``.
    """
    return (articles[OVERVIEW_COLUMNS]
            .sort_values(["published", "article_id"], na_position="last", kind="stable")
            .reset_index(drop=True))


def summarize_groups(articles: pd.DataFrame, *, by: str = "year") -> pd.DataFrame:
    """The size of each group of the corpus.

    Parameters
    ----------
    articles : pandas.DataFrame
        The articles table (``article_id``, ``n_words``, ``n_sentences``, ``n_paragraphs``, ``published``).
    by : str
        The grouping (:func:`analysis.group_labels`: a column, or ``year``).

    Returns
    -------
    pandas.DataFrame
        One row per group, sorted by group name (``unknown`` last): the group (a column named ``by``),
        ``articles``, ``words`` (total), ``mean_words`` (one decimal), ``min_words``, ``max_words``,
        ``sentences``, ``paragraphs``, ``first_published``, ``last_published``.
    """
    data = articles.assign(group=group_labels(articles, by=by))
    out = data.groupby("group", sort=False).agg(
        articles=("article_id", "size"),
        words=("n_words", "sum"),
        mean_words=("n_words", "mean"),
        min_words=("n_words", "min"),
        max_words=("n_words", "max"),
        sentences=("n_sentences", "sum"),
        paragraphs=("n_paragraphs", "sum"),
        first_published=("published", "min"),
        last_published=("published", "max"),
    )
    out["mean_words"] = out["mean_words"].round(1)
    out = out.reset_index().rename(columns={"group": by})
    return out.sort_values(by, key=lambda s: s.map(lambda g: (g == "unknown", g))).reset_index(drop=True)


def describe_corpus(articles: pd.DataFrame, problems: pd.DataFrame, cleaning_log: pd.DataFrame, *,
                    by: str = "year") -> list[str]:
    """Sentences stating what this corpus holds, computed from its tables.

    Parameters
    ----------
    articles, problems, cleaning_log : pandas.DataFrame
        The tables of a loaded corpus (:class:`analysis.Corpus`).
    by : str
        The grouping whose groups are named (:func:`analysis.group_labels`).

    Returns
    -------
    list of str
        Articles and words loaded, files skipped; the groups with their sizes; the longest and shortest
        article; undated articles; the date range; what cleaning removed or repaired. Plain text (escape it
        for Markdown: :func:`analysis.show_findings`).
    """
    if articles.empty:
        return ["No article could be loaded."]
    groups = summarize_groups(articles, by=by)
    skipped = problems[problems["action"] == "skipped"]
    longest = articles.sort_values(["n_words", "article_id"], ascending=[False, True]).iloc[0]
    shortest = articles.sort_values(["n_words", "article_id"]).iloc[0]
    dated = articles["published"].dropna()
    parts = [
        f"{len(articles)} article(s) loaded, {int(articles['n_words'].sum()):,} words in all; "
        f"{len(skipped)} file(s) skipped (see the problems table).",
        f"{len(groups)} group(s) by {by}: " + ", ".join(
            f"{g} ({n} article(s), {w:,} words)" for g, n, w in zip(groups[by], groups["articles"], groups["words"])) + ".",
    ]
    if longest.n_words == shortest.n_words:
        parts.append(f"Every article has {longest.n_words:,} words.")
    else:
        parts.append(f"Longest article: {longest.article_id} ({longest.n_words:,} words); "
                     f"shortest: {shortest.article_id} ({shortest.n_words:,} words).")
    if len(dated) < len(articles):
        undated = f"{len(articles) - len(dated)} article(s) have no date"
        parts.append(undated + (" and are grouped as 'unknown' by year." if by == "year" else
                                " (they would be 'unknown' in a grouping by year)."))
    if len(dated):
        parts.append(f"Dates run from {dated.min():%Y-%m-%d} to {dated.max():%Y-%m-%d}.")
    if len(cleaning_log):
        cleaned = cleaning_log["article_id"].nunique()
        repaired = int(cleaning_log["reason"].astype(str).str.startswith(REPAIR_REASONS).sum())
        removed = len(cleaning_log) - repaired
        parts.append(f"Cleaning removed {removed} line(s) of headline, byline, markup or page furniture"
                     + (f" and repaired {repaired} line(s) (markup, entities or mojibake)" if repaired else "")
                     + f" in {cleaned} article(s); each is listed in the cleaning log.")
    return parts


def small_groups_caveat(articles: pd.DataFrame, *, by: str) -> str | None:
    """A caveat on groups too small to compare.

    Parameters
    ----------
    articles : pandas.DataFrame
        The articles shown.
    by : str
        The grouping (:func:`analysis.group_labels`).

    Returns
    -------
    str or None
        A sentence naming the groups of ``by`` with one or two articles (their statistics describe one or two
        writers on one or two days, not a year or an outlet); None when every group has three or more.
    """
    sizes = group_labels(articles, by=by).value_counts()
    small = sorted(sizes[sizes <= 2].index, key=lambda g: (g == UNKNOWN, g))
    if not small:
        return None
    names = ", ".join(f"{g} ({sizes[g]})" for g in small)
    return (f"Group(s) of one or two articles: {names}. Their figures describe one or two writers on one or two "
            "days, not the coverage of a whole group; read their words in context before drawing conclusions.")


def paragraph_caveat(articles: pd.DataFrame) -> str | None:
    """A caveat on paragraphs as documents when most articles are one paragraph.

    Parameters
    ----------
    articles : pandas.DataFrame
        The articles shown (``n_paragraphs``).

    Returns
    -------
    str or None
        A sentence when half of the articles or more have one paragraph (their files have no blank line between
        paragraphs: the paragraphs are the articles, and whatever is computed per paragraph repeats what is
        computed per article); None otherwise.
    """
    n = len(articles)
    single = int((articles["n_paragraphs"] <= 1).sum()) if n else 0
    if not n or single < n / 2:
        return None
    return (f"{single} of {n} article(s) are one paragraph: their files have no blank line between paragraphs, so "
            "a paragraph is the whole article here, and what is computed with paragraphs as documents says little "
            "more than the same with articles as documents.")


def loading_note(articles: pd.DataFrame, problems: pd.DataFrame) -> str | None:
    """One line on what loading left out or flagged, for pages other than the overview.

    Parameters
    ----------
    articles : pandas.DataFrame
        The articles shown on the page (``path``).
    problems : pandas.DataFrame
        The corpus's problems table (``file``, ``action``).

    Returns
    -------
    str or None
        How many files were skipped or loaded with a caveat, how many of those caveats concern ``articles``,
        and that notebook 00 lists them all; None when loading reported nothing.
    """
    if problems.empty:
        return None
    skipped = int((problems["action"] == "skipped").sum())
    caveats = problems[problems["action"] != "skipped"]
    paths = articles["path"].astype(str)
    shown = set(paths) | set(paths.str.replace(r"#\d+$", "", regex=True))  # a record's file too
    here = int(caveats["file"].astype(str).isin(shown).sum())
    return (f"Loading skipped {skipped} file(s) and flagged {len(caveats)} other problem(s) in the folder, "
            f"{here} of them about the articles shown here; notebook 00 lists each one.")
