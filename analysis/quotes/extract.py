"""Quote and attribution extraction over a table of articles: map (the rows of a partition of articles), reduce
(concatenated in partition order, sorted), finish (speakers made canonical over the whole corpus), run by
:func:`analysis.execute.executor_for` in this process, on every local core or on a Dask cluster.

Pipeline per article (rules, no model; one module per stage):

1. the article is read once (:mod:`.article`): paragraphs, sentences, tokens, quotation spans
   (:mod:`.marks`), the people it names (:mod:`.speakers`);
2. each quotation's cue and source (:mod:`.cues`, with the subject rules of :mod:`.clauses`): right after the
   closing mark (``"...," he said`` / ``said X`` / ``- Chirac``), right before the opening mark (``X said: "..."``,
   ``According to X, "..."``, ``Mr Blair: "..."``), or for a partial quote the nearest reporting verb of its
   sentence; a span is **direct** if it opens and ends a sentence (or follows its cue), else **partial**;
3. **indirect** speech outside quotation marks (:mod:`.indirect`); an indirect row whose cue already cues a
   quotation is dropped (no double count);
4. the rows of the article in text order (:mod:`.attribute`): speakers resolved and typed (:mod:`.speakers`),
   a quote without a cue inherits the previous attribution of the same or previous paragraph (a follow-on
   quote), a partial quote without any cue is dropped (scare quotes);
5. headline rows (:mod:`.headlines`), roles and quoted words (:mod:`.table`, :mod:`.roles`);
6. over the whole corpus: an office named alone (``the chancellor``) given to the holder the other articles name
   (:mod:`.holders`), then canonical speakers (:mod:`.aliases`)."""
from __future__ import annotations

import pandas as pd

from ..execute import executor_for, SYNC
from ..progress import track
from .aliases import canonical_speakers
from .attribute import Article, article_records, MENTION_FIELD
from .headlines import may_attribute, named_in_title, title_records
from .holders import article_offices, corpus_holders, CorpusNames
from .marks import quote_spans
from .speakers import joined_office, office_of
from .table import empty_table, quotes_frame, row_extras, sort_rows


def extract_article(text: str, article_id: str = "") -> pd.DataFrame:
    """Attribution rows of one text, its speakers resolved in that text only.

    Parameters
    ----------
    text : str
        An article's clean text.
    article_id : str
        The ``article_id`` of every row.

    Returns
    -------
    DataFrame
        The columns of :func:`extract_quotes` (``location`` is ``"text"``), in text order (start, end, kind).
    """
    art = Article(text)
    records = article_records(art, article_id, None, "text")
    return quotes_frame(records, row_extras(records, art, art.source, art.quotes))


def extract_quotes(articles: pd.DataFrame, *, scheduler: str | None = None, workers: int | None = None,
                   progress: bool | None = None, aliases=None) -> pd.DataFrame:
    """One row per attribution in every article, in its body (``text``) and in its headline (``title``).

    Map (:func:`extract_rows` of each partition of ``articles``), reduce (:func:`combine_rows`), finish over the
    whole corpus (:func:`~analysis.quotes.holders.corpus_holders`, then
    :func:`~analysis.quotes.aliases.canonical_speakers`): the same table in every mode.

    Parameters
    ----------
    articles : DataFrame or dask DataFrame
        The articles table (``article_id``, ``text``, optionally ``title``). A Dask DataFrame is computed on the
        cluster that holds it (unless ``scheduler`` names another).
    scheduler : str, optional
        Where the map runs (:func:`analysis.execute.executor_for`): ``"sync"`` (this process), ``"processes"``
        (local processes), ``"local"`` (a Dask LocalCluster) or a Dask scheduler address. None: every local core
        from :data:`analysis.execute.PARALLEL_MIN_CHARS` characters of text, else this process.
    workers : int, optional
        Processes of ``"processes"`` (default: one per core), or workers of a new LocalCluster.
    progress : bool, optional
        A progress bar when the map runs in this process (None: only if extraction lasts; :mod:`analysis.progress`).
    aliases : str, path or DataFrame, optional
        User aliases (a CSV path or a table with columns ``alias,speaker``) for
        :func:`~analysis.quotes.aliases.canonical_speakers`.

    Returns
    -------
    DataFrame
        Columns :data:`~analysis.quotes.table.COLUMNS`: article_id, kind (direct, partial, indirect), text (the
        content, quote marks excluded), speaker (canonical: one name per person across the corpus, see
        :mod:`analysis.quotes.aliases`), speaker_mention (as written at the cue), speaker_type (person, anonymous,
        organization, media, unresolved, unknown), role, cue (reporting verb or phrase as written), location
        (``text``: the article's clean text; ``title``: its headline, when the table has a ``title`` column and
        the value is a non-empty string), start, end (offsets of ``text`` in the article's clean text, or in the
        title), paragraph (0-based; -1 in the title), n_words, quoted_text, n_quoted_words. Sorted by article_id,
        location (title first), start, end, kind; index 0..n-1. Headline rows follow the body's rules, plus those
        of :func:`~analysis.quotes.headlines.title_records`.
    """
    executor = executor_for(articles, scheduler=scheduler, workers=workers)  # a Dask table: the cluster holding it
    parts = executor.split(articles)
    # map: rows and mentioned names per partition (a bar only in this process: workers have no terminal)
    found = executor.map(extract_rows, parts, progress=progress if executor.kind == SYNC else False)
    rows, names = combine_rows(found)
    rows = corpus_holders(rows, names)  # finish, over the whole corpus: offices' holders, then one name per person
    return canonical_speakers(rows, aliases=aliases, mentioned=names.articles)


def combine_rows(found: list[tuple[pd.DataFrame, CorpusNames]]) -> tuple[pd.DataFrame, CorpusNames]:
    """The reduce step of :func:`extract_quotes`.

    Parameters
    ----------
    found : list of (DataFrame, CorpusNames)
        :func:`extract_rows` of each partition, in partition order.

    Returns
    -------
    (DataFrame, CorpusNames)
        The rows of every partition concatenated in partition order and sorted as :func:`extract_rows` sorts (a
        stable sort: the same table as one partition would give), and what the partitions found about the people
        the articles name, summed.
    """
    people = CorpusNames()
    for _, names in found:
        people.update(names)
    frames = [rows for rows, _ in found if not rows.empty]
    if not frames:
        return empty_table(), people
    return sort_rows(pd.concat(frames, ignore_index=True)), people


def extract_rows(articles: pd.DataFrame, *, progress: bool | None = None) -> tuple[pd.DataFrame, CorpusNames]:
    """The map step of :func:`extract_quotes`: the rows of a table of articles (one partition).

    Parameters
    ----------
    articles : DataFrame
        Articles (``article_id``, ``text``, optionally ``title``).
    progress : bool, optional
        A progress bar (None: only if extraction lasts).

    Returns
    -------
    (DataFrame, CorpusNames)
        The rows of :func:`extract_quotes` before the speakers are made canonical across the corpus, and the people
        the articles name (:class:`~analysis.quotes.holders.CorpusNames`): the full names they mention (quoted or
        not; headlines included), each with the number of articles naming it, the offices they are named with, and
        the names of each article with a row whose speaker is written as an office alone.
    """
    # one frame for the corpus: building a frame per article cost more than some of the extraction
    titles = articles["title"] if "title" in articles.columns else [None] * len(articles)
    items = track(list(zip(articles["article_id"], articles["text"], titles)), "extracting quotes", progress=progress)
    people = CorpusNames()
    records, extras = [], []
    for aid, text, title in items:
        body_people: set = set()
        art = Article(text)
        body = article_records(art, aid, body_people, "text")
        if isinstance(title, str) and title:
            body = named_in_title(title, body)  # "Richards" in a body whose headline says "Cecile Richards"
        named = set(body_people)
        if isinstance(title, str) and may_attribute(title):
            head = title_records(title, aid, body, body_people, named, art.people)
            records.extend(head)
            extras.extend(row_extras(head, art, title, quote_spans(title, [(0, len(title))])))
        people.articles.update(named)  # (a name counts once per article)
        people.offices.update(article_offices(art.people, art.as_written))
        if any(office_of(r[MENTION_FIELD]) or joined_office(r[MENTION_FIELD]) for r in body):
            people.named[aid] = frozenset(body_people)
        records.extend(body)
        extras.extend(row_extras(body, art, art.source, art.quotes))
    if not records:
        return empty_table(), people
    return sort_rows(quotes_frame(records, extras)), people
