"""Loading and quote extraction on a Dask DataFrame (being moved to :mod:`analysis.load` and :mod:`analysis.quotes`).

The cluster helpers are in :mod:`analysis.execute` (re-exported here until this module goes); term counts,
TF-IDF and keyness run on every executor through :mod:`analysis.counts` (one code path).

``load_articles(path, engine="dask")`` returns a Dask DataFrame partitioned by files (each
partition holds the articles of a chunk of input files, loaded by :func:`analysis.load.load_corpus`
on a worker). Loading is exact: ids are made unique and duplicate files or texts across partitions are
reported as :func:`analysis.load.load_corpus` reports them (see :func:`load_corpus`). Quotes: per article,
so per partition, then concatenated and sorted as the pandas path sorts.
"""
from __future__ import annotations

import hashlib
import math
from pathlib import Path

import numpy as np
import pandas as pd

from . import load as _load
from .execute import (LOCAL, MAX_FILES_PER_PARTITION, broadcast as _broadcast, client_of, close_clients,  # noqa: F401
                      dask_client, distribute, get_client, is_dask, persisted as _persisted,
                      require_pandas, wait as _wait)
from .terminal import printable

def _partitions(articles, client):
    """One future per partition of the Dask DataFrame ``articles``."""
    return client.compute(list(articles.to_delayed()))


# --- loading ----------------------------------------------------------------------------------------

def _chunk_stem(where: str, names: dict[str, Path]) -> str:
    """The stem :func:`analysis.load.load_corpus` gave the article found at ``where`` (``name`` or ``name#key``)."""
    if where in names:
        return names[where].stem
    name = max((n for n in names if where.startswith(n + "#")), key=len)
    return f"{names[name].stem}-{where[len(name) + 1:]}"


def _load_chunk(files: list[Path], root: Path | None, manifest: dict, max_bytes: int) -> tuple:
    """Load one chunk of files on a worker: ``(Corpus, stems, text keys)``."""
    corpus = _load.load_files(files, root, manifest, max_bytes=max_bytes, progress=False)  # the client shows one
    names = {_load._display(f, root): f for f in files}
    stems = [_chunk_stem(w, names) for w in corpus.articles["path"]]
    keys = [hashlib.sha256(" ".join(t.split()).encode()).hexdigest() for t in corpus.articles["text"]]
    return corpus, stems, keys


def _summary(result) -> tuple:
    """The small part of a loaded chunk the client needs to reconcile chunks."""
    corpus, stems, keys = result
    a = corpus.articles
    return list(a["article_id"]), list(a["path"]), list(a["sha256"]), stems, keys


def _finish_chunk(result, keep: list[bool], ids: list[str]):
    """Articles and cleaning log of a chunk after the client's decisions (rows kept, final ids)."""
    corpus, _, _ = result
    articles = corpus.articles[np.asarray(keep, dtype=bool)].copy()
    old = list(corpus.articles["article_id"])
    rename = {o: n for o, n, k in zip(old, ids, keep) if k}
    articles["article_id"] = [rename[a] for a in articles["article_id"]]
    log = corpus.cleaning_log[corpus.cleaning_log["article_id"].isin(rename)].copy()
    log["article_id"] = log["article_id"].map(rename)
    return articles.reset_index(drop=True), log


def _chunks(files: list[Path], n_workers: int, npartitions: int | None) -> list[list[Path]]:
    if npartitions is None:
        npartitions = max(min(len(files), 4 * n_workers), math.ceil(len(files) / MAX_FILES_PER_PARTITION))
    npartitions = max(1, min(npartitions, len(files)))
    size = math.ceil(len(files) / npartitions) if files else 1
    return [files[i:i + size] for i in range(0, len(files), size)] or [[]]


def load_corpus(path, *, max_bytes: int = _load.MAX_BYTES, scheduler: str | None = None,
                npartitions: int | None = None, progress: bool | None = None) -> _load.Corpus:
    """:func:`analysis.load.load_corpus` on a cluster: ``articles`` is a Dask DataFrame partitioned by files.

    ``problems`` and ``cleaning_log`` are pandas DataFrames, as on one process. Files are read in
    sorted order and split into ``npartitions`` consecutive chunks (default: 4 per worker, at most
    :data:`MAX_FILES_PER_PARTITION` files each). Across chunks, a file with the bytes of an earlier
    one, or an article with the same text, is dropped and reported as ``duplicate of ...``, and
    article ids are made unique in file order, as one process does. Caveat: a problem row raised by
    such a cross-chunk duplicate comes after the other problems of its chunk.
    """
    import dask
    import dask.dataframe as dd
    client = get_client(scheduler)
    files, root, manifest, problems = _load.prepare_load(path)
    n_workers = max(1, len(client.scheduler_info().get("workers", {})))
    chunks = _chunks(files, n_workers, npartitions)
    # The manifest goes to each worker once, not inside every task (100,000 rows made a 12 MB graph).
    [manifest_f] = _broadcast(client, manifest)
    loaded = [client.submit(_load_chunk, chunk, root, manifest_f, max_bytes, pure=False) for chunk in chunks]
    _wait(loaded, progress)
    summaries = client.gather([client.submit(_summary, f) for f in loaded])
    corpora_problems = client.gather([client.submit(lambda r: r[0].problems, f) for f in loaded])

    seen_bytes: dict[str, str] = {}
    seen_text: dict[str, str] = {}
    taken: set[str] = set()
    problem_frames = [pd.DataFrame(problems.rows, columns=_load.PROBLEM_COLUMNS)]
    finished = []
    for chunk, (ids, wheres, digests, stems, keys), chunk_problems in zip(chunks, summaries, corpora_problems):
        names = {_load._display(f, root): f for f in chunk}
        local_bytes = {}
        for where, digest in zip(wheres, digests):
            local_bytes.setdefault(digest, where)
        dropped_files, extra, keep, new_ids = set(), [], [], []
        for where, digest, stem, key in zip(wheres, digests, stems, keys):
            name = where if where in names else max((n for n in names if where.startswith(n + "#")), key=len)
            if digest in seen_bytes and seen_bytes[digest] != name:
                if name not in dropped_files:
                    dropped_files.add(name)
                    extra.append((name, "skipped", f"duplicate of {seen_bytes[digest]} (identical bytes)"))
                keep.append(False)
                new_ids.append("")
                continue
            if key in seen_text:
                extra.append((where, "skipped", f"duplicate of {seen_text[key]} (same article text)"))
                keep.append(False)
                new_ids.append("")
                continue
            seen_text[key] = where
            keep.append(True)
            new_ids.append(_load._unique_id(stem, where, taken))
        for where, digest in zip(wheres, digests):
            name = where if where in names else max((n for n in names if where.startswith(n + "#")), key=len)
            if name not in dropped_files:
                seen_bytes.setdefault(digest, name)
        own = chunk_problems[~chunk_problems["file"].map(
            lambda f: f in dropped_files or f.split("#", 1)[0] in dropped_files)]
        problem_frames.append(pd.concat([own, pd.DataFrame(extra, columns=_load.PROBLEM_COLUMNS)]))
        finished.append(client.submit(_finish_chunk, loaded[len(finished)], keep, new_ids))
    parts = [client.submit(lambda r: r[0], f) for f in finished]
    logs = client.gather([client.submit(lambda r: r[1], f) for f in finished])
    meta = _load.load_files([], None, {}).articles
    with dask.config.set({"dataframe.convert-string": False}):  # keep the pandas path's dtypes (None stays None)
        articles = _persisted(dd.from_delayed(parts, meta=meta, verify_meta=False), client)
    problems_frame = pd.concat(problem_frames, ignore_index=True).astype(object)
    logs = [log for log in logs if len(log)]  # an empty chunk log has object columns: it would make line an object
    log_frame = pd.concat(logs, ignore_index=True) if logs else pd.DataFrame(columns=_load.LOG_COLUMNS)
    return _load.Corpus(articles=articles, problems=problems_frame.reset_index(drop=True),
                        cleaning_log=log_frame.reset_index(drop=True))


def collect(articles) -> pd.DataFrame:
    """A Dask articles table (of :func:`load_corpus`) as one pandas table, built as one process builds
    it, so the dtypes are those one process gives (a partition's own depend on its values)."""
    table = client_of(articles).compute(articles).result().drop(columns="year").astype(object)
    table = table.where(table.notna(), None)
    return _load.articles_frame(list(table.itertuples(index=False, name=None)))


def load_articles(path, **kwargs):
    """:func:`load_corpus` on a cluster, articles only. A Dask DataFrame has no ``attrs``: the
    problems and cleaning log are logged as warnings; :func:`load_corpus` returns them as tables."""
    corpus = load_corpus(path, **kwargs)
    for row in corpus.problems.itertuples(index=False):
        _load.log.warning("%s: %s (%s)", printable(row.file), printable(row.reason), row.action)
    return corpus.articles


# --- quotes ------------------------------------------------------------------------------------------

def extract_quotes(articles, *, client=None, progress=None, aliases=None) -> pd.DataFrame:
    """:func:`analysis.quotes.extract_quotes` of a Dask DataFrame, partition by partition (same rows and order).

    The speakers are made canonical once, over the whole corpus's rows, after the partitions are gathered.
    """
    from .quotes.aliases import canonical_speakers
    from .quotes.extract import extract_rows as extract, sort_rows
    client = client_of(articles, client)
    futures = client.map(extract, _partitions(articles, client), progress=False, pure=False)  # bars: the client's
    _wait(futures, progress)
    parts = client.gather(futures)
    people = frozenset().union(*(names for _, names in parts))
    frames = [f for f, _ in parts if not f.empty]
    if not frames:
        return canonical_speakers(extract(articles._meta)[0], aliases=aliases, mentioned=people)
    out = sort_rows(pd.concat(frames, ignore_index=True))  # article_id, location (title first), start, end, kind
    return canonical_speakers(out, aliases=aliases, mentioned=people)
