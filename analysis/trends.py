"""Over time: term rates and quote measures per period (week, month, quarter, year) and group.

Periods come from the ``published`` column of the articles table (pandas periods: weeks start on Monday,
quarters and years are calendar ones). Articles without a date are counted and left out
(:func:`undated_note`). Every period from the first dated article to the last is a row of each group, so a
period without articles is explicit: ``words = 0`` (and ``n_articles = 0``) and every rate or share is NaN,
which charts draw as a gap, never as a zero.

Term counts are those of :func:`analysis.terms.term_counts` (same tokenizer, normalisation, stop words and
spelling variants as notebooks 01 and 02), summed per period and group: nothing is tokenised again when
``counts=`` is given. Quote measures are those of :func:`analysis.quotes.quoted_share`, computed per period
and group.
"""
from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from . import keyness as keyness_module
from .display import decimal, percent
from .groups import group_labels, pick_groups
from .terms import NEWS_WORDS, STOP_WORDS, TermCounts, check_counts, excluded_terms, term_counts
from .units import normalise_token

#: ``freq`` values and the pandas period each stands for (weeks run Monday to Sunday).
FREQS = {"week": "W-SUN", "month": "M", "quarter": "Q-DEC", "year": "Y-DEC"}
#: The group of every article when ``by`` is None.
ALL = "all"
TREND_COLUMNS = ["period", "group", "term", "count", "words", "rate_per_1000"]
PERIOD_COLUMNS = ["period", "group", "n_articles", "words"]
QUOTE_TREND_COLUMNS = ["period", "group", "n_articles", "n_words", "quoted_words", "quoted_share", "n_attributions",
                       "anonymous_share", "top_speaker", "top_speaker_share"]
#: A period and group with fewer words than this rests on little text (about two news articles): the findings
#: count such points, and a rate there moves a lot with one occurrence.
MIN_WORDS = 1000
#: :func:`choose_freq` takes the shortest period of which the dated articles span at most this many (a year of weeks).
MAX_PERIODS = 52


def _pandas_freq(freq: str) -> str:
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {', '.join(FREQS)}; got {freq!r}")
    return FREQS[freq]


def published_dates(articles: pd.DataFrame) -> pd.Series:
    """The ``published`` column as naive datetimes (NaT: undated), index aligned with ``articles``.

    A datetime column's time zone is dropped, keeping the local time as written (an article dated 23:30 in New
    York stays on its day); a column of text is parsed (an offset is converted to UTC; what does not parse is
    undated); a table without ``published`` is all undated."""
    if "published" not in articles.columns:
        return pd.Series(pd.NaT, index=articles.index, dtype="datetime64[us]")
    dates = articles["published"]
    if not pd.api.types.is_datetime64_any_dtype(dates):
        dates = pd.to_datetime(dates, errors="coerce", format="mixed", utc=True).dt.tz_localize(None)
    elif dates.dt.tz is not None:
        dates = dates.dt.tz_localize(None)
    return dates


def article_periods(articles: pd.DataFrame, *, freq: str = "month") -> pd.Series:
    """The period of each article (a pandas ``Period``; NaT when undated), index aligned with ``articles``."""
    return published_dates(articles).dt.to_period(_pandas_freq(freq))


def choose_freq(articles: pd.DataFrame, *, max_periods: int = MAX_PERIODS) -> str:
    """The shortest period (week, month, quarter, year) such that the dated articles span at most ``max_periods``
    of them: weeks for a month of news, months for three years, quarters for ten. ``"year"`` when none fits or
    no article is dated."""
    dates = published_dates(articles).dropna()
    for freq, alias in FREQS.items():
        if len(dates) and dates.max().to_period(alias).ordinal - dates.min().to_period(alias).ordinal < max_periods:
            return freq
    return "year"


def period_label(period: pd.Period) -> str:
    """A period as the ISO date of its first day (``2024-05-01`` for May 2024; a week's Monday)."""
    return period.start_time.strftime("%Y-%m-%d")


def _labels(articles: pd.DataFrame, by: str | None) -> pd.Series:
    return pd.Series(ALL, index=articles.index) if by is None else group_labels(articles, by=by)


def _grid(periods: pd.Series, labels: pd.Series) -> tuple[pd.PeriodIndex, list[str]]:
    """Every period from the first dated article to the last, and the groups with a dated article (sorted,
    ``unknown`` last): a group whose articles are all undated has no line (:func:`undated_note` counts them)."""
    dated = periods.dropna()
    if dated.empty:
        return pd.PeriodIndex([], dtype=periods.dtype), []
    return pd.period_range(dated.min(), dated.max(), freq=dated.dt.freq), pick_groups(labels[periods.notna()])


def _by_period(articles: pd.DataFrame, values: pd.DataFrame, *, freq: str, by: str | None) -> pd.DataFrame:
    """``values`` (one row per article, numeric columns) summed per period and group over the full grid of
    :func:`_grid`, with ``n_articles`` and ``words``; index (period, group), periods as ``Period``."""
    periods = article_periods(articles, freq=freq)
    labels = _labels(articles, by)
    grid, groups = _grid(periods, labels)
    dated = periods.notna().to_numpy()
    frame = values.assign(n_articles=1, words=articles["n_words"].to_numpy())[dated]
    frame.index = pd.MultiIndex.from_arrays([periods[dated].to_numpy(), labels[dated].to_numpy()],
                                            names=["period", "group"])
    full = pd.MultiIndex.from_product([grid, groups], names=["period", "group"])
    return frame.groupby(level=["period", "group"]).sum().reindex(full, fill_value=0)


def trend_periods(articles: pd.DataFrame, *, freq: str = "month", by: str | None = None) -> pd.DataFrame:
    """Articles and words per period and group, every period from the first dated article to the last.

    Parameters
    ----------
    articles : DataFrame
        The articles table (``published``, ``n_words`` and the ``by`` column).
    freq : {"week", "month", "quarter", "year"}
        Period length; weeks start on Monday.
    by : str or None
        Column defining the groups (missing values → ``unknown``); None: one group, ``all``.

    Returns
    -------
    DataFrame
        period (ISO date of the period's first day), group, n_articles, words; sorted by period, then group.
        A period without articles in a group has ``n_articles = 0`` and ``words = 0``. Undated articles are
        left out (:func:`undated_note`).
    """
    table = _by_period(articles, pd.DataFrame(index=articles.index), freq=freq, by=by).reset_index()
    table["period"] = [period_label(p) for p in table["period"]]
    return table[PERIOD_COLUMNS].astype({"n_articles": int, "words": int})


# --- terms -------------------------------------------------------------------------------------------------

def normalise_terms(terms: Iterable[str]) -> list[str]:
    """Terms as the counts spell them: each word lower-cased with straight apostrophes and ASCII hyphens
    (:func:`analysis.units.normalise_token`), words joined by one space; blanks and repeats dropped."""
    out = []
    for term in terms:
        norm = " ".join(normalise_token(w) for w in str(term).split())
        if norm and norm not in out:
            out.append(norm)
    return out


def time_halves(articles: pd.DataFrame, *, freq: str = "month") -> pd.Series:
    """``earlier`` or ``later`` for each dated article (NaN: undated): the periods split where the dated articles
    are divided most evenly, whole periods on each side (the first period is always ``earlier``). All ``earlier``
    when the articles fall in one period."""
    periods = article_periods(articles, freq=freq)
    per_period = periods.value_counts().sort_index()
    if per_period.empty:
        return pd.Series(np.nan, index=articles.index, dtype=object)
    before = per_period.cumsum().to_numpy()
    cut = int(np.argmin(np.abs(before[:-1] - before[-1] / 2))) if len(before) > 1 else 0
    earlier = set(per_period.index[:cut + 1])
    return periods.map(lambda p: np.nan if pd.isna(p) else ("earlier" if p in earlier else "later"))


def trend_terms(articles: pd.DataFrame, *, freq: str = "month", by: str | None = None, top: int = 6,
                counts: TermCounts | None = None, stop_words: frozenset[str] | None = STOP_WORDS,
                min_articles: int = 3, progress: bool | None = None) -> list[str]:
    """The ``top`` terms whose use changed most over time: keyness (:func:`analysis.keyness.keyness`) of the
    earlier against the later half of the dated articles (:func:`time_halves`), largest G² first, either
    direction (rising or falling), among terms used by at least ``min_articles`` articles of the half they are
    typical of (all of its articles when it has fewer): a word of one story says little about a change.
    With one period only: the most frequent terms. :data:`analysis.terms.NEWS_WORDS` are never picked, nor, with
    ``by="source"``, the outlets' own names (:func:`analysis.terms.source_terms`).
    """
    counts = term_counts(articles, stop_words=stop_words, progress=progress) if counts is None else counts
    counts = check_counts(counts, articles, counts.ngram_range, stop_words)
    halves = time_halves(articles, freq=freq)
    dated = halves.notna().to_numpy()
    excluded = excluded_terms(articles, by=by or "", exclude_sources=None) | NEWS_WORDS
    if halves[dated].nunique() == 2:
        sub = TermCounts(matrix=counts.matrix[dated], terms=counts.terms, words=counts.words[dated],
                         ngram_range=counts.ngram_range, stop_words=counts.stop_words, ids=counts.ids[dated])
        table = keyness_module.keyness(articles[dated].assign(half=halves[dated]), by="half", counts=sub,
                                       stop_words=stop_words, ngram_range=counts.ngram_range)
        used = {}  # articles of each half using each term
        for half in ("earlier", "later"):
            side = (halves[dated] == half).to_numpy()
            used[half] = pd.Series(np.asarray((sub.matrix[side] > 0).sum(axis=0)).ravel(), index=sub.terms)
            used[half + "_n"] = int(side.sum())
        table = table[(table["direction"] != "") & ~table["term"].isin(excluded)]
        side_used = np.where(table["direction"] == "earlier", used["earlier"].reindex(table["term"]).to_numpy(),
                             used["later"].reindex(table["term"]).to_numpy())
        needed = np.where(table["direction"] == "earlier", min(min_articles, used["earlier_n"]),
                          min(min_articles, used["later_n"]))
        table = table[side_used >= needed]
        ranked = table.sort_values(["g2", "term"], ascending=[False, True], kind="stable")["term"]
    else:
        totals = pd.Series(np.asarray(counts.matrix[dated].sum(axis=0)).ravel(), index=counts.terms)
        totals = totals[~totals.index.isin(excluded) & (totals > 0)]
        ranked = totals.rename_axis("term").reset_index(name="n").sort_values(["n", "term"],
                                                                              ascending=[False, True])["term"]
    return list(dict.fromkeys(ranked))[:top]


def term_trends(articles: pd.DataFrame, *, terms: Iterable[str] | None = None, freq: str = "month",
                by: str | None = None, top: int = 6, counts: TermCounts | None = None,
                stop_words: frozenset[str] | None = STOP_WORDS, progress: bool | None = None) -> pd.DataFrame:
    """Counts and rates of chosen terms per period and group.

    Parameters
    ----------
    articles : DataFrame
        The articles table (``published``, ``text``, ``n_words`` and the ``by`` column).
    terms : list of str, optional
        Words or phrases, matched as the term counts spell them (lower case; ``Rafah`` is ``rafah``). A phrase
        of n words needs counts made with ``ngram_range=(1, n)`` or more. None: :func:`trend_terms`, the ``top``
        terms that most distinguish the periods.
    freq : {"week", "month", "quarter", "year"}
        Period length; weeks start on Monday.
    by : str or None
        Column defining the groups (missing values → ``unknown``); None: one group, ``all``.
    top : int
        How many terms :func:`trend_terms` picks when ``terms`` is None.
    counts : TermCounts, optional
        :func:`analysis.terms.term_counts` of ``articles``, to skip tokenising (made here when None).
    stop_words, progress
        As for :func:`analysis.terms.term_counts`. A stop word is never counted (its count stays 0).

    Returns
    -------
    DataFrame
        period (ISO date of the period's first day), group, term, count, words (word tokens of the group's
        articles in the period), rate_per_1000 = 1000 * count / words. One row per period, group and term, every
        period from the first dated article to the last: a period without articles in the group has
        ``words = 0``, ``count = 0`` and ``rate_per_1000`` NaN (a gap, not a zero). Undated articles are left out
        (:func:`undated_note`). Sorted by period, group, then terms in the order given.
    """
    chosen = None if terms is None else normalise_terms([terms] if isinstance(terms, str) else terms)
    longest = max((t.count(" ") + 1 for t in chosen or []), default=1)
    if counts is None:
        counts = term_counts(articles, ngram_range=(1, longest), stop_words=stop_words, progress=progress)
    check_counts(counts, articles, counts.ngram_range, stop_words)
    if chosen is None:
        chosen = trend_terms(articles, freq=freq, by=by, top=top, counts=counts, stop_words=stop_words)
    if counts.ngram_range[1] < longest:
        raise ValueError(f"a phrase of {longest} words needs counts made with ngram_range=(1, {longest}); "
                         f"these were made with {counts.ngram_range}")
    where = pd.Index(counts.terms).get_indexer(chosen)  # -1: not in the corpus (or a stop word)
    dense = np.zeros((len(articles), len(chosen)), dtype=np.int64)
    found = where >= 0
    if found.any():
        dense[:, found] = counts.matrix[:, where[found]].toarray()
    values = pd.DataFrame(dense, index=articles.index, columns=range(len(chosen)))
    summed = _by_period(articles, values, freq=freq, by=by).drop(columns="n_articles").reset_index()
    summed["cell"] = np.arange(len(summed))  # the grid's order: period, then group as pick_groups orders them
    long = summed.melt(id_vars=["cell", "period", "group", "words"], var_name="k", value_name="count")
    long = long.sort_values(["cell", "k"], ignore_index=True)
    long["term"] = [chosen[k] for k in long["k"]]
    long["period"] = [period_label(p) for p in long["period"]]
    long["rate_per_1000"] = 1000 * long["count"] / long["words"].where(long["words"] > 0)
    table = long.astype({"count": np.int64, "words": np.int64})[TREND_COLUMNS]
    table.attrs["freq"] = freq  # for the charts: the width of a period
    return table


def trend_summary(trends: pd.DataFrame) -> pd.DataFrame:
    """One row per term and group of a :func:`term_trends` table: what a page shows of it.

    Returns
    -------
    DataFrame
        term, group, count and words over every period, rate_per_1000 = 1000 * count / words, periods (periods
        with articles in the group), periods_used (of those, where the term occurs), peak_period and
        peak_rate_per_1000 (the period of the highest rate; the earliest on ties; empty when the term never
        occurs). Terms in the table's order, then groups.
    """
    cells = trends[trends["words"] > 0]
    rows = []
    for (term, group), part in cells.groupby(["term", "group"], sort=False):
        peak = part.sort_values(["rate_per_1000", "period"], ascending=[False, True]).iloc[0]
        used = part[part["count"] > 0]
        rows.append({"term": term, "group": group, "count": int(part["count"].sum()), "words": int(part["words"].sum()),
                     "periods": len(part), "periods_used": len(used),
                     "peak_period": peak["period"] if len(used) else "",
                     "peak_rate_per_1000": peak["rate_per_1000"] if len(used) else np.nan})
    out = pd.DataFrame(rows, columns=["term", "group", "count", "words", "periods", "periods_used", "peak_period",
                                      "peak_rate_per_1000"])
    out.insert(4, "rate_per_1000", 1000 * out["count"] / out["words"].where(out["words"] > 0))
    # terms as given, groups as the table orders them (sorted, unknown last), not by their first period
    order = {name: i for column in ("term", "group") for i, name in enumerate(dict.fromkeys(trends[column]))}
    return out.sort_values(["term", "group"], key=lambda s: s.map(order), kind="stable", ignore_index=True)


# --- quotes ------------------------------------------------------------------------------------------------

def quote_trends(quotes: pd.DataFrame, articles: pd.DataFrame, *, freq: str = "month",
                 by: str | None = None) -> pd.DataFrame:
    """Quote measures per period and group: how much is quoted, how much by unnamed sources, who speaks most.

    Parameters
    ----------
    quotes : DataFrame
        :func:`analysis.quotes.extract_quotes` of ``articles``.
    articles : DataFrame
        The articles table.
    freq : {"week", "month", "quarter", "year"}
        Period length; weeks start on Monday.
    by : str or None
        Column defining the groups; None: one group, ``all``.

    Returns
    -------
    DataFrame
        period, group, n_articles, n_words, quoted_words, quoted_share = quoted_words / n_words (words inside
        quotation marks, direct and partial), n_attributions, anonymous_share = anonymous attributions /
        n_attributions, top_speaker (most quoted words among named speakers), top_speaker_share: the columns of
        :func:`analysis.quotes.quoted_share` for the articles of each period and group (body rows only). Every
        period from the first dated article to the last; a period without articles has ``n_articles = 0`` and
        NaN shares. Sorted by period, then group.
    """
    from .quotes import quoted_share  # the quote rules load only when quote measures are asked for

    periods = article_periods(articles, freq=freq)
    labels = _labels(articles, by)
    grid, groups = _grid(periods, labels)
    full = pd.MultiIndex.from_product([grid, groups], names=["period", "group"])
    dated = periods.notna().to_numpy()
    # one key per (period, group): quoted_share groups by one column of the articles table
    cells = pd.MultiIndex.from_arrays([periods[dated].to_numpy(), labels[dated].to_numpy()])
    keyed = articles[dated].assign(trend_cell=[f"{k:09d}" for k in full.get_indexer(cells)])
    rows = quotes[quotes["article_id"].isin(keyed["article_id"])]
    if not len(keyed):
        empty = pd.DataFrame(columns=QUOTE_TREND_COLUMNS)
        empty.attrs["freq"] = freq
        return empty
    table = quoted_share(rows, keyed, by="trend_cell")
    table.index = [full[int(k)] for k in table["group"]]
    table = table.drop(columns="group").reindex(full)
    table[["n_articles", "n_words", "quoted_words", "n_attributions"]] = (
        table[["n_articles", "n_words", "quoted_words", "n_attributions"]].fillna(0).astype(int))
    table["top_speaker"] = table["top_speaker"].fillna("")
    table = table.reset_index(names=["period", "group"])
    table["period"] = [period_label(p) for p in table["period"]]
    table = table[QUOTE_TREND_COLUMNS]
    table.attrs["freq"] = freq
    return table


# --- notes and findings ------------------------------------------------------------------------------------

def undated_note(articles: pd.DataFrame) -> str | None:
    """One line saying how many articles have no date and are left out of the trends; None when all are dated."""
    n = len(articles)
    undated = int(published_dates(articles).isna().sum())
    if not undated:
        return None
    if undated == n:
        return f"None of the {n} article(s) has a date (column published), so there is nothing to show over time."
    return (f"{undated} of {n} article(s) have no date (column published) and are left out of the trends; "
            f"the {n - undated} dated article(s) are counted.")


def describe_periods(periods: pd.DataFrame, *, freq: str = "month") -> list[str]:
    """Sentences on the periods a :func:`trend_periods` table covers: span, periods with and without articles,
    and periods resting on fewer than :data:`MIN_WORDS` words."""
    if periods.empty:
        return []
    span = sorted(periods["period"].unique())
    with_articles = periods.groupby("period")["n_articles"].sum()
    filled = int((with_articles > 0).sum())
    lines = [f"The dated articles span {len(span)} {freq}(s), from the {freq} starting {span[0]} to the {freq} "
             f"starting {span[-1]}: " + (f"every {freq} has at least one article." if filled == len(span) else
                                         f"{filled} of them have at least one article; the other {len(span) - filled} "
                                         "have none and are gaps in the charts (no line, not a zero).")]
    if filled == 1 and freq != "week":
        lines.append(f"Every dated article falls in one {freq}, so nothing changes over time here; a shorter period "
                     "(freq, e.g. week) would show change within it.")
    cells = periods[periods["n_articles"] > 0]
    thin = cells[cells["words"] < MIN_WORDS]
    if len(thin):
        lines.append(f"{len(thin)} of the {len(cells)} points (a {freq} of one group with articles) rest on fewer "
                     f"than {MIN_WORDS:,} words: there, one occurrence more or less moves the rate by more than 1 "
                     "per 1,000 words.")
    return lines


def describe_trends(trends: pd.DataFrame, *, freq: str = "month") -> list[str]:
    """Sentences on each term of a :func:`term_trends` table: its highest rate (period and group) and in how
    many of the periods with articles it occurs; a term found nowhere is said to be so."""
    lines = []
    cells = trends[trends["words"] > 0]
    n_periods = cells["period"].nunique()
    for term, rows in cells.groupby("term", sort=False):
        if rows["count"].sum() == 0:
            lines.append(f"{term}: not found in the dated articles (a stop word, a word the corpus does not use, "
                         "or a phrase longer than the counts).")
            continue
        peak = rows.sort_values(["rate_per_1000", "period"], ascending=[False, True]).iloc[0]
        used = rows[rows["count"] > 0]["period"].nunique()
        where = "" if peak["group"] == ALL else f", group {peak['group']}"
        lines.append(f"{term}: highest rate {decimal(peak['rate_per_1000'])} per 1,000 words in the {freq} starting "
                     f"{peak['period']}{where} ({peak['count']} of {peak['words']:,} words); used in {used} of the "
                     f"{n_periods} {freq}(s) with articles ({percent(used / n_periods)}).")
    return lines


def describe_quote_trends(table: pd.DataFrame, *, freq: str = "month") -> list[str]:
    """Sentences on a :func:`quote_trends` table, per group: the {freq}s with the highest and the lowest share of
    quoted words, the range of the anonymous share, and the speaker with most quoted words in the most periods."""
    lines = []
    for group, rows in table[table["n_articles"] > 0].groupby("group", sort=False):
        name = "" if group == ALL else f"{group}: "
        shares = rows.dropna(subset=["quoted_share"]).sort_values(["quoted_share", "period"], ascending=[False, True])
        if shares.empty or rows["n_attributions"].sum() == 0:
            lines.append(f"{name}no quotation or reported statement found in the {len(rows)} {freq}(s) with articles.")
            continue
        high, low = shares.iloc[0], shares.iloc[-1]
        if len(shares) == 1:
            line = (f"{name}in its one {freq} with articles, starting {high['period']}, "
                    f"{percent(high['quoted_share'])} of the words are inside quotation marks")
        else:
            line = (f"{name}{len(rows)} {freq}(s) with articles; the most quoted is the {freq} starting "
                    f"{high['period']} ({percent(high['quoted_share'])} of its words inside quotation marks), the "
                    f"least the {freq} starting {low['period']} ({percent(low['quoted_share'])})")
        anonymous = rows["anonymous_share"].dropna()
        if len(anonymous) == 1 or (len(anonymous) and anonymous.min() == anonymous.max()):
            line += f"; anonymous sources have {percent(anonymous.iloc[0])} of the attributions"
        elif len(anonymous):
            line += (f"; anonymous sources have {percent(anonymous.min())} to {percent(anonymous.max())} of the "
                     f"attributions of a {freq}")
        speakers = rows.loc[rows["top_speaker"] != "", "top_speaker"].value_counts()
        if len(rows) == 1 and len(speakers):
            line += f"; {speakers.index[0]} has the most quoted words"
        elif len(speakers) > 1 and speakers.max() == 1:
            line += f"; no speaker has the most quoted words in more than one {freq}"
        elif len(speakers):
            top = speakers[speakers == speakers.max()].sort_index()
            line += (f"; {top.index[0]} has the most quoted words in {int(top.iloc[0])} of the {len(rows)} "
                     f"{freq}(s)" + (f" (as many as {', '.join(top.index[1:])})" if len(top) > 1 else ""))
        lines.append(line + ".")
    return lines
