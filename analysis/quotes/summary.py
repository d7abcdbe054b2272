"""Who gets to speak: tidy summaries of the attribution rows, per article or per group.

``group`` is the article_id when ``by="article_id"`` (one group per article, as in :mod:`analysis.terms`), else
:func:`analysis.groups.group_labels` of ``by``.
Quoted words are the words of ``direct`` and ``partial`` rows (the journalist's paraphrase in ``indirect``
rows is not quoted speech); attributions count every row. Every summary reads the body's rows
(``location == "text"``); headline rows (``location == "title"``) are counted apart, as ``n_title`` of
:func:`quoted_share`, and left out of shares, counts by type and positions (a quotes table without a
``location`` column is all body).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from ..display import percent
from ..groups import group_labels
from .speakers import UNRESOLVED

QUOTED_KINDS = ("direct", "partial")
SPEAKER_TYPES = ["person", "anonymous", "organization", "media", "unresolved", "unknown"]
KINDS = ["direct", "partial", "indirect"]


def _groups(articles: pd.DataFrame, by: str) -> pd.Series:
    """article_id → group label."""
    if by == "article_id":
        return pd.Series(articles["article_id"].astype(str).to_numpy(), index=articles["article_id"])
    return pd.Series(group_labels(articles, by=by).to_numpy(), index=articles["article_id"])


def _body(quotes: pd.DataFrame) -> pd.DataFrame:
    """The rows located in the article's text (all rows of a table without ``location``)."""
    return quotes[quotes["location"] == "text"] if "location" in quotes.columns else quotes


def _title(quotes: pd.DataFrame) -> pd.DataFrame:
    """The rows located in the headline (none in a table without ``location``)."""
    return quotes[quotes["location"] == "title"] if "location" in quotes.columns else quotes.iloc[0:0]


def _with_group(quotes: pd.DataFrame, articles: pd.DataFrame, by: str) -> pd.DataFrame:
    return quotes.assign(group=quotes["article_id"].map(_groups(articles, by)).fillna("unknown").astype(str))


#: The label of a row with no speaker at all.
UNATTRIBUTED = "(unattributed)"
#: Speaker labels that name nobody: left out of "who speaks most", counted as the unresolved share.
NOT_A_SPEAKER = frozenset({UNRESOLVED, UNATTRIBUTED})


def speaker_label(quotes: pd.DataFrame) -> pd.Series:
    """The speaker to show: the canonical speaker, or ``(unattributed)`` when there is none.

    Parameters
    ----------
    quotes : DataFrame
        Rows of :func:`analysis.quotes.extract_quotes`.

    Returns
    -------
    Series
        One label per row, aligned with ``quotes``.
    """
    return quotes["speaker"].fillna("").astype(str).replace("", UNATTRIBUTED)


def speaker_shares(quotes: pd.DataFrame, articles: pd.DataFrame, *, by: str = "article_id",
                   kinds=QUOTED_KINDS) -> pd.DataFrame:
    """Share of quoted words by speaker in each group.

    Parameters
    ----------
    quotes : DataFrame
        Rows of :func:`analysis.quotes.extract_quotes`.
    articles : DataFrame
        The articles table (``article_id`` and the ``by`` column).
    by : str
        ``"article_id"`` (one group per article) or a column of ``articles``.
    kinds : tuple of str
        The kinds of rows counted (default: direct and partial, the quoted ones).

    Returns
    -------
    DataFrame
        Columns group, speaker, speaker_type (its most frequent type), n_quotes, quoted_words, share; sorted by
        group, share (descending), speaker. For speaker *s* in group *g*, over the body's rows of ``kinds``
        (headline rows are not counted)::

            share(s, g) = quoted_words(s, g) / sum over speakers s' of quoted_words(s', g)   (0 when g has none)

        where quoted_words is the sum of ``n_quoted_words`` (words inside quote marks: a partial attribution's
        reported clause counts only its quoted fragments).
    """
    cols = ["group", "speaker", "speaker_type", "n_quotes", "quoted_words", "share"]
    rows = _body(quotes)
    rows = rows[rows["kind"].isin(kinds)]
    if rows.empty:
        return pd.DataFrame(columns=cols)
    rows = _with_group(rows, articles, by).assign(speaker=lambda f: speaker_label(f))
    out = (rows.groupby(["group", "speaker"], sort=True)
           .agg(speaker_type=("speaker_type", lambda s: s.mode().sort_values().iloc[0]),
                n_quotes=("kind", "size"), quoted_words=("n_quoted_words", "sum"))
           .reset_index())
    totals = out.groupby("group")["quoted_words"].transform("sum")
    out["share"] = np.where(totals > 0, out["quoted_words"] / totals.where(totals > 0, 1), 0.0)
    return out.sort_values(["group", "share", "speaker"], ascending=[True, False, True],
                           kind="mergesort", ignore_index=True)[cols]


def speaker_type_counts(quotes: pd.DataFrame, articles: pd.DataFrame, *, by: str = "year") -> pd.DataFrame:
    """Attributions in the body per group by speaker type and kind (every combination, zeros included;
    headline rows are not counted).

    Parameters
    ----------
    quotes : DataFrame
        Rows of :func:`analysis.quotes.extract_quotes`.
    articles : DataFrame
        The articles table (``article_id`` and the ``by`` column).
    by : str
        ``"article_id"`` (one group per article) or a column of ``articles``.

    Returns
    -------
    DataFrame
        Columns group, speaker_type, kind, n, share; sorted by group, speaker type (order of
        :data:`SPEAKER_TYPES`), kind (direct, partial, indirect). ``share = n / (attributions of the group)``
        (0 for a group without attributions).
    """
    groups = sorted(set(_groups(articles, by)))
    grid = pd.MultiIndex.from_product([groups, SPEAKER_TYPES, KINDS], names=["group", "speaker_type", "kind"])
    rows = _with_group(_body(quotes), articles, by)
    counts = rows.groupby(["group", "speaker_type", "kind"]).size().reindex(grid, fill_value=0)
    out = counts.rename("n").reset_index()
    totals = out.groupby("group")["n"].transform("sum")
    out["share"] = np.where(totals > 0, out["n"] / totals.where(totals > 0, 1), 0.0)
    out["n"] = out["n"].astype(int)
    return out


def quote_positions(quotes: pd.DataFrame, articles: pd.DataFrame, *, by: str = "year") -> pd.DataFrame:
    """Where each attribution falls in its article, by characters: meaningful with or without paragraph breaks.

    Parameters
    ----------
    quotes : DataFrame
        Rows of :func:`analysis.quotes.extract_quotes`.
    articles : DataFrame
        The articles table (``article_id``, ``text`` and the ``by`` column).
    by : str
        ``"article_id"`` (one group per article) or a column of ``articles``.

    Returns
    -------
    DataFrame
        Columns group, article_id, paragraph, start, end, position, kind, speaker, speaker_type, n_words,
        n_quoted_words; sorted by group, article_id, position, kind, speaker. ::

            position = ((start + end) / 2) / len(text)      clipped to [0, 1]; 0 for an empty text

        (0 = top, 1 = end), so attributions keep their order inside a one-paragraph article. Headline rows are not
        in the text (``location == "title"``) and are left out; :func:`quoted_share` counts them (``n_title``).
    """
    length = pd.Series(articles["text"].str.len().to_numpy(), index=articles["article_id"])
    rows = _with_group(_body(quotes), articles, by).assign(speaker=lambda f: speaker_label(f))
    chars = rows["article_id"].map(length).astype(float)
    middle = (rows["start"] + rows["end"]) / 2
    rows["position"] = (middle / chars.where(chars > 0)).clip(0, 1).fillna(0.0)
    cols = ["group", "article_id", "paragraph", "start", "end", "position", "kind", "speaker", "speaker_type",
            "n_words", "n_quoted_words"]
    return rows.sort_values(["group", "article_id", "position", "kind", "speaker"], kind="mergesort",
                            ignore_index=True)[cols]


def quoted_share(quotes: pd.DataFrame, articles: pd.DataFrame, *, by: str = "article_id") -> pd.DataFrame:
    """How much of each group is quoted, and how much of it comes from unnamed sources.

    Parameters
    ----------
    quotes : DataFrame
        Rows of :func:`analysis.quotes.extract_quotes`.
    articles : DataFrame
        The articles table (``article_id``, ``n_words`` and the ``by`` column).
    by : str
        ``"article_id"`` (one group per article) or a column of ``articles``.

    Returns
    -------
    DataFrame
        One row per group, sorted by group. Columns: group, n_articles, n_words (article words), quoted_words
        (``n_quoted_words`` of direct and partial rows), n_attributions, n_direct, n_partial, n_indirect, n_title
        (attributions in the headlines, any kind), top_speaker (most quoted words among named speakers; ties by
        name), top_source (most attributions of any kind; ties by name), top_source_attributions, and::

            quoted_share      = quoted_words / n_words                               (NaN when n_words is 0)
            anonymous_share   = attributions of speaker_type anonymous / n_attributions   (NaN when none)
            top_speaker_share = share of top_speaker in :func:`speaker_shares`
            unresolved_share  = sum of the :func:`speaker_shares` of "(unresolved)" and "(unattributed)"

        Every column but n_title counts the body's rows only (``location == "text"``), as the article words are
        the body's.
    """
    groups = _groups(articles, by)
    base = pd.DataFrame({"group": groups.to_numpy(), "n_words": articles["n_words"].to_numpy()
                         if "n_words" in articles else 0})
    out = base.groupby("group", sort=True).agg(n_articles=("n_words", "size"), n_words=("n_words", "sum"))
    rows = _with_group(_body(quotes), articles, by)
    quoted = rows[rows["kind"].isin(QUOTED_KINDS)].groupby("group")["n_quoted_words"].sum()
    out["quoted_words"] = quoted.reindex(out.index, fill_value=0).astype(int)
    out["quoted_share"] = out["quoted_words"] / out["n_words"].where(out["n_words"] > 0)
    out["n_attributions"] = rows.groupby("group").size().reindex(out.index, fill_value=0).astype(int)
    for kind in KINDS:
        out[f"n_{kind}"] = rows[rows["kind"] == kind].groupby("group").size().reindex(out.index, fill_value=0)
        out[f"n_{kind}"] = out[f"n_{kind}"].astype(int)
    out["n_title"] = (_with_group(_title(quotes), articles, by).groupby("group").size()
                      .reindex(out.index, fill_value=0).astype(int))
    anon = rows[rows["speaker_type"] == "anonymous"].groupby("group").size().reindex(out.index, fill_value=0)
    out["anonymous_share"] = anon / out["n_attributions"].where(out["n_attributions"] > 0)
    shares = speaker_shares(quotes, articles, by=by)
    # who speaks most is someone: a quotation the rules could not attribute is counted apart
    unnamed = shares["speaker"].isin(NOT_A_SPEAKER)
    top = shares[~unnamed].groupby("group").head(1).set_index("group")
    out["top_speaker"] = top["speaker"].reindex(out.index).fillna("")
    out["top_speaker_share"] = top["share"].reindex(out.index)
    out["unresolved_share"] = shares[unnamed].groupby("group")["share"].sum().reindex(out.index, fill_value=0.0)
    counts = (rows.assign(speaker=speaker_label(rows)).groupby(["group", "speaker"]).size().rename("n").reset_index()
              .sort_values(["group", "n", "speaker"], ascending=[True, False, True], kind="mergesort")
              .groupby("group").head(1).set_index("group"))
    out["top_source"] = counts["speaker"].reindex(out.index).fillna("")
    out["top_source_attributions"] = counts["n"].reindex(out.index).fillna(0).astype(int)
    return out.reset_index()


def describe_quotes(quotes: pd.DataFrame, articles: pd.DataFrame, *, by: str = "year") -> list[str]:
    """Plain sentences computed from the data: per group, who speaks most, how much is quoted, the anonymous share
    (all from the body), and the attributions found in headlines when there are any.

    Parameters
    ----------
    quotes : DataFrame
        Rows of :func:`analysis.quotes.extract_quotes`.
    articles : DataFrame
        The articles table.
    by : str
        ``"article_id"`` (one group per article) or a column of ``articles``.

    Returns
    -------
    list of str
        One sentence per group of :func:`quoted_share` (its figures, in words).
    """
    table = quoted_share(quotes, articles, by=by)
    lines = []
    for r in table.itertuples():
        name = f"{by} {r.group}" if by != "article_id" else f"article {r.group}"
        headlines = f" {r.n_title} more attribution(s) are in the headline(s)." if r.n_title else ""
        if r.n_attributions == 0:
            lines.append(f"In {name} ({r.n_articles} article(s)), no quotation or reported statement was found"
                         + (" in the body." + headlines if headlines else "."))
            continue
        quoted = percent(r.quoted_share) if pd.notna(r.quoted_share) else "an unknown share"
        speaker = (f"{r.top_speaker} speaks most, with {percent(r.top_speaker_share)} of the quoted words"
                   if r.top_speaker else "nobody named is quoted word for word")
        if r.unresolved_share > 0:
            speaker += f" ({percent(r.unresolved_share)} of the quoted words have no speaker the rules could name)"
        lines.append(
            f"In {name} ({r.n_articles} article(s)): {r.n_attributions} attribution(s) "
            f"({r.n_direct} direct, {r.n_partial} partial, {r.n_indirect} indirect); {quoted} of the words are "
            f"inside quotation marks; {speaker}; the most frequent source is {r.top_source} "
            f"({r.top_source_attributions} attribution(s)); {percent(r.anonymous_share)} of attributions go to anonymous "
            f"sources." + headlines)
    return lines
