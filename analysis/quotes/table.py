"""The quotes table: its columns, each row's role and quoted words (``role``, ``quoted_text``,
``n_quoted_words``), and its order."""
from __future__ import annotations

import pandas as pd

from ..units import count_words
from .attribute import Article, END_FIELD, N_WORDS_FIELD, RECORD_COLUMNS, SPEAKER_FIELD, START_FIELD, TYPE_FIELD
from .roles import person_roles
from .speakers import settled_type


#: Columns of the quotes table.
COLUMNS = RECORD_COLUMNS[:6] + ["role"] + RECORD_COLUMNS[6:] + ["quoted_text", "n_quoted_words"]


def sort_rows(rows: pd.DataFrame) -> pd.DataFrame:
    """The quotes table's order.

    Parameters
    ----------
    rows : DataFrame
        Quote rows (article_id, location, start, end, kind).

    Returns
    -------
    DataFrame
        ``rows`` sorted by article_id, location (title first), start, end, kind (stable: ties keep their order);
        index 0..n-1.
    """
    key = rows.assign(_body=rows["location"] != "title")
    return (key.sort_values(["article_id", "_body", "start", "end", "kind"], kind="mergesort")
            .drop(columns="_body").reset_index(drop=True))


def empty_table() -> pd.DataFrame:
    """The quotes table with no rows: :data:`COLUMNS`, integer offsets and counts, text columns of objects.

    Returns
    -------
    DataFrame
    """
    return pd.DataFrame({c: pd.Series(dtype="int64" if c in {"start", "end", "paragraph", "n_words", "n_quoted_words"}
                                      else "object")
                         for c in COLUMNS})


def row_extras(records: list[tuple], art: Article, text: str, quotes) -> list[tuple[str, str, int]]:
    """The columns of each record that the rules do not give: role and quoted words.

    Parameters
    ----------
    records : list of tuple
        Record tuples (:data:`~analysis.quotes.attribute.RECORD_COLUMNS`) of ``text``.
    art : Article
        The article read (its body gives the roles).
    text : str
        The text the records' offsets point into: the body or the headline.
    quotes : list of QuoteSpan
        The quotations of ``text``.

    Returns
    -------
    list of (str, str, int)
        ``(role, quoted_text, n_quoted_words)`` per record. role: the speaker's role as the article's body gives it
        (:mod:`analysis.quotes.roles`; ``""`` for speakers that are not named people or have none). quoted_text:
        the words inside quote marks (a direct quote's text; the quoted fragments of a partial attribution's
        clause, joined by `` … ``; empty for indirect speech).
    """
    names = {r[SPEAKER_FIELD] for r in records if r[TYPE_FIELD] == "person"}
    roles = person_roles(art.text, art.people, names, art.tokens) if names else {}
    out = []
    for r in records:
        role = art.as_written(roles.get(r[SPEAKER_FIELD], "")) if r[TYPE_FIELD] == "person" else ""
        if r[1] == "direct":
            out.append((role, r[2], r[N_WORDS_FIELD]))
        elif r[1] == "partial":
            inside = [text[q.start:q.end] for q in quotes if r[START_FIELD] <= q.start and q.end <= r[END_FIELD]]
            out.append((role, " … ".join(inside), sum(map(count_words, inside))))
        else:
            out.append((role, "", 0))
    return out


def quotes_frame(records: list[tuple], extras: list[tuple[str, str, int]]) -> pd.DataFrame:
    """The quotes table of record tuples and their extras.

    Parameters
    ----------
    records : list of tuple
        Record tuples (:data:`~analysis.quotes.attribute.RECORD_COLUMNS`).
    extras : list of tuple
        :func:`row_extras` of the records, in the same order.

    Returns
    -------
    DataFrame
        One row per record, :data:`COLUMNS` in order.
    """
    frame = pd.DataFrame(records, columns=RECORD_COLUMNS)
    if len(frame):  # the type a row shows once every rule has read it (the rules read the types they gave)
        frame["speaker_type"] = [settled_type(speaker, stype) for speaker, stype in
                                 zip(frame["speaker"].tolist(), frame["speaker_type"].tolist())]
    extra = pd.DataFrame(extras, columns=["role", "quoted_text", "n_quoted_words"], index=frame.index)
    return pd.concat([frame, extra], axis=1)[COLUMNS]
