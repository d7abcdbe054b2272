"""Where per-article work runs: this process, every local core, or a Dask cluster, decided once.

Every corpus-wide analysis is written once, as three plain functions:

* **map** ``func(part, **shared) -> partial``: the work on one partition (a slice of the articles table, or a
  list of files), runnable anywhere (module-level, picklable arguments);
* **reduce** ``combine(partials) -> combined``: partials in partition order, so sums and concatenations are
  exact and deterministic whatever ran the map;
* **finish**: the final step in the caller's process (idf, statistics, tables).

:func:`executor_for` picks the :class:`Executor` once, at the public function's boundary (as scikit-learn's
``get_namespace`` picks an array namespace), and the analysis calls :meth:`Executor.map`. The executors are
existing engines, not a scheduler of this package: a plain loop (``"sync"``), the standard library's
:class:`concurrent.futures.ProcessPoolExecutor` (``"processes"``: every local core), and a
``dask.distributed`` client (``"dask"``: a ``LocalCluster`` or a scheduler address).

A Dask DataFrame given as ``articles`` runs on the client that holds it (:func:`client_of`): its partitions are
the map's partitions, computed where they are. The cluster helpers (:func:`get_client`, :func:`dask_client`,
:func:`distribute`...) are here too: this module is the one place that knows about Dask.
"""
from __future__ import annotations

import logging
import math
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing import get_context

import pandas as pd

from .progress import bar

#: The ``scheduler`` values: one process, every local core, a Dask LocalCluster. Any other value is the address of
#: a Dask scheduler (``"tcp://host:8786"``). None: the default (:func:`executor_for`).
SYNC, PROCESSES, LOCAL = "sync", "processes", "local"
#: The default uses every local core from this many characters of text (below it, starting the worker processes
#: costs more than it gains). Measured by ``python -m analysis bench``: see benchmarks/README.md.
PARALLEL_MIN_CHARS = 4_000_000
#: Partitions per worker: small enough to balance the load, large enough to keep the per-task overhead low.
PARTS_PER_WORKER = 4
#: Upper bound on rows per partition of a pandas table: memory per task stays bounded, and a bar moves.
MAX_PART_ROWS = 2000
#: Upper bound on rows (articles, or input files) per partition of a Dask DataFrame: memory per task stays bounded.
MAX_FILES_PER_PARTITION = 2000
#: Clients opened by :func:`get_client` for a scheduler address, kept while they run (see there).
_CLIENTS: dict = {}


def is_dask(obj) -> bool:
    """True for a Dask DataFrame or Series (without importing dask)."""
    return type(obj).__module__.split(".")[0] == "dask" and hasattr(obj, "map_partitions")


def require_pandas(articles, name: str) -> None:
    """TypeError with what to do when a function without a Dask version gets a Dask DataFrame."""
    if is_dask(articles):
        raise TypeError(f"{name} needs a pandas articles table, not a Dask DataFrame: use the pandas table "
                        "(load_corpus(path, scheduler=...) loads on the cluster into pandas) or "
                        "articles.compute(); term_frequency, tfidf, keyness and extract_quotes "
                        "take the Dask DataFrame")


@dataclass(frozen=True)
class Executor:
    """Runs a map step over partitions. ``kind`` is ``"sync"``, ``"processes"`` or ``"dask"``; ``workers`` the
    processes it uses; ``client`` the ``distributed.Client`` of ``"dask"``."""

    kind: str = SYNC
    workers: int = 1
    client: object | None = None

    def split(self, items, *, n: int | None = None) -> list:
        """``items`` (a table or a list) in consecutive partitions, in order: at most :data:`MAX_PART_ROWS` rows
        each, and :data:`PARTS_PER_WORKER` per worker or more when several processes run; ``n`` partitions (as
        equal as can be) if given. A Dask DataFrame: one future per partition, computed on the workers that hold
        it."""
        if is_dask(items):
            return self.client.compute(list(items.to_delayed()))
        total = len(items)
        take = items.iloc if hasattr(items, "iloc") else items
        if n is not None:
            n = max(1, min(n, total))
            return [take[i * total // n:(i + 1) * total // n] for i in range(n)]
        parts = max(1 if self.kind == SYNC else PARTS_PER_WORKER * self.workers, math.ceil(total / MAX_PART_ROWS))
        size = max(1, math.ceil(total / max(1, min(total, parts))))
        return [take[i:i + size] for i in range(0, total, size)] or [take[0:0]]

    def map(self, func: Callable, parts: Sequence, *more: Sequence, keep: bool = False,
            progress_bar: bool | None = False, **shared) -> list:
        """``[func(part, *others, **shared) for part, *others in zip(parts, *more)]``, run by this executor;
        results in the order of ``parts``.

        ``more``: further arguments, one per part. ``keep``: on Dask, the results stay on the workers (futures, which
        a later ``map`` takes as ``parts``); elsewhere it changes nothing. ``progress_bar``: a bar over the
        partitions' rows, shown by the executor (:mod:`analysis.progress`; on Dask, ``distributed``'s); off by
        default (``shared`` may hold the map function's own ``progress``).
        """
        if self.kind == "dask":
            client = self.client
            values = broadcast(client, *shared.values()) if shared else []
            done = client.map(func, parts, *more, pure=False, **dict(zip(shared, values)))
            if keep:
                return done
            wait(done, progress=progress_bar)
            return client.gather(done)
        if more:
            return self.map(_star, list(zip(parts, *more)), progress_bar=progress_bar, func=func, **shared)
        sizes = [len(p) if hasattr(p, "__len__") else 1 for p in parts]
        with bar(sum(sizes), "analysing", progress=progress_bar) as shown:
            if self.kind == SYNC or len(parts) <= 1:
                out = []
                for part, size in zip(parts, sizes):
                    out.append(func(part, **shared))
                    shown.update(size)
                return out
            global _WORK
            # fork: the workers start with this process's memory, so they read the partitions from it (copy on
            # write) instead of receiving them pickled; only the results come back through pipes
            _WORK = (func, parts, shared)
            try:
                with ProcessPoolExecutor(min(self.workers, len(parts)), mp_context=get_context("fork")) as pool:
                    out = []
                    for result, size in zip(pool.map(_run_part, range(len(parts))), sizes):
                        out.append(result)
                        shown.update(size)
                    return out
            finally:
                _WORK = None


#: The work of the running :meth:`Executor.map` on processes: forked workers inherit it.
_WORK: tuple | None = None


def _star(args: tuple, *, func: Callable, **shared):
    """``func(*args, **shared)``: a part with further arguments (:meth:`Executor.map`)."""
    return func(*args, **shared)


def _run_part(i: int):
    func, parts, shared = _WORK
    return func(parts[i], **shared)


def executor_for(articles=None, *, scheduler: str | None = None, workers: int | None = None,
                 size: int | None = None) -> Executor:
    """The executor for ``articles`` (or for ``size`` characters of text).

    Parameters
    ----------
    articles : DataFrame or dask DataFrame, optional
        The articles table. A Dask DataFrame runs on the client holding it (:func:`client_of`), whatever
        ``scheduler`` says.
    scheduler : str, optional
        ``"sync"`` (this process), ``"processes"`` (``workers`` local processes, default one per core),
        ``"local"`` (a Dask ``LocalCluster``) or a Dask scheduler address. None: ``"processes"`` when the text
        reaches :data:`PARALLEL_MIN_CHARS` characters and the machine has more than one core, else ``"sync"``.
    workers : int, optional
        Processes (``"processes"``) or LocalCluster workers (``"local"``); default one per core.
    size : int, optional
        Characters of text, when ``articles`` is not given.

    Returns
    -------
    Executor
    """
    if articles is not None and is_dask(articles):
        return _dask_executor(client_of(articles))
    cores = workers or os.cpu_count() or 1
    if scheduler is None:
        if size is None and articles is not None:
            size = int(articles["text"].str.len().sum()) if len(articles) else 0
        scheduler = PROCESSES if cores > 1 and (size or 0) >= PARALLEL_MIN_CHARS else SYNC
    if scheduler == SYNC:
        return Executor(SYNC, 1)
    if scheduler == PROCESSES:
        return Executor(PROCESSES, cores)
    return _dask_executor(get_client(scheduler, n_workers=workers))


def _dask_executor(client) -> Executor:
    return Executor("dask", max(1, len(client.scheduler_info().get("workers", {}))), client)


def columns(articles, names: Sequence[str]) -> pd.DataFrame:
    """Columns ``names`` of ``articles`` as a pandas table in row order (computed on its cluster for a Dask DataFrame)."""
    table = articles[list(names)]
    return client_of(articles).compute(table).result() if is_dask(table) else table


# --- cluster --------------------------------------------------------------------------------------

def get_client(scheduler: str | None = None, *, n_workers: int | None = None):
    """A ``distributed.Client``: to ``scheduler`` if given (an address such as ``"tcp://host:8786"``),
    else the current default client, else a new ``LocalCluster`` with ``n_workers`` processes (default:
    one per core) of one thread each. ``scheduler="local"`` means the latter two."""
    from distributed import Client, LocalCluster, default_client  # Dask is imported only when asked for
    if scheduler and scheduler != LOCAL:
        # One client per address for the session: data persisted through a client is released when that
        # client is garbage-collected, so a fresh client per call lost partitions of distribute()'s frames.
        client = _CLIENTS.get(scheduler)
        if client is None or client.status != "running":
            client = _CLIENTS[scheduler] = Client(scheduler)
        return client
    try:
        return default_client()
    except ValueError:
        cluster = LocalCluster(n_workers=n_workers or os.cpu_count() or 1, threads_per_worker=1,
                               processes=True, dashboard_address=":0", silence_logs=logging.ERROR)
        return Client(cluster)


def close_clients(address: str | None = None) -> None:
    """Close the clients :func:`get_client` keeps for ``address`` (every address if None). Call it
    before that cluster goes: a kept client would try to reconnect to it for 30 s."""
    for kept in [a for a in _CLIENTS if address is None or a == address]:
        _CLIENTS.pop(kept).close()


@contextmanager
def dask_client(scheduler: str | None = None, *, n_workers: int | None = None):
    """Context manager: a client to ``scheduler`` or to a new ``LocalCluster``, closed on exit."""

    import distributed  # noqa: F401  (creates its loggers)
    names = [n for n in logging.root.manager.loggerDict if n.split(".")[0] == "distributed"]
    levels = {n: logging.getLogger(n).level for n in names}
    for n in names:  # no start-up and shut-down chatter in the terminal
        logging.getLogger(n).setLevel(logging.ERROR)
    try:
        yield from _clients(scheduler, n_workers)
    finally:
        for n, level in levels.items():
            logging.getLogger(n).setLevel(level)


def _clients(scheduler, n_workers):
    from distributed import Client, LocalCluster
    if scheduler:
        client = Client(scheduler)
        try:
            yield client
        finally:
            client.close()
        return
    with LocalCluster(n_workers=n_workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                      dashboard_address=":0", silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        try:
            yield client
        finally:  # clients opened by address on the way (distribute(articles, address)) go with the cluster
            close_clients(cluster.scheduler_address)


def client_of(articles, client=None):
    """The client to compute ``articles`` with: ``client`` if given, else the one holding the frame's
    persisted partitions (:func:`distribute`, :func:`analysis.load.load_corpus`), else the default client.

    The default client is not enough: a notebook may have its own client open, to another scheduler or
    to the same one, and a graph sent through one client may reach the scheduler before the data
    another client persisted is known there ("lost dependencies").
    """
    if client is not None:
        return client
    from distributed import futures_of
    held = futures_of(articles)
    return held[0].client if held else get_client()


def wait(futures, *, progress: bool | None = None) -> None:
    """Wait for ``futures``, with ``distributed``'s progress bar when ``progress`` (None: 8 futures or more, on a
    terminal)."""
    from distributed import progress as show, wait as wait_all
    if progress is None:
        progress = len(futures) >= 8 and sys.stderr.isatty()
    if progress:
        show(futures)
    wait_all(futures)


def broadcast(client, *values) -> list:
    """One future per value, copied to every worker once (not sent inside each task). Each value is
    scattered whole (a dict alone would be scattered item by item), under a fresh key (``hash=False``:
    never one the scheduler is still releasing from an earlier call)."""
    return client.scatter(list(values), broadcast=True, hash=False)


def distribute(articles: pd.DataFrame, scheduler: str | None, *, npartitions: int | None = None):
    """``articles`` as a Dask DataFrame held by the workers of ``scheduler``, ready for the public functions.

    Parameters
    ----------
    articles : DataFrame
        The articles table (a Dask DataFrame is returned as it is).
    scheduler : str or None
        An address, or ``"local"`` for a ``LocalCluster``; None or empty: ``articles`` itself (one process).
    npartitions : int, optional
        Default: 4 per worker, at most :data:`MAX_FILES_PER_PARTITION` articles each, in the table's order.

    Returns
    -------
    DataFrame or dask DataFrame
    """
    if not scheduler or is_dask(articles):
        return articles
    import dask
    import dask.dataframe as dd
    client = get_client(scheduler)
    n_workers = max(1, len(client.scheduler_info().get("workers", {})))
    if npartitions is None:
        npartitions = max(4 * n_workers, math.ceil(len(articles) / MAX_FILES_PER_PARTITION))
    table = articles.reset_index(drop=True)
    # load_articles keeps problems and the cleaning log in attrs; pandas compares attrs when it concatenates
    # partitions, and comparing DataFrames there raises. The tables stay with the caller's frame.
    table.attrs = {}
    n = max(1, min(npartitions, len(table)))
    size = max(1, math.ceil(len(table) / n))
    chunks = [table.iloc[i:i + size] for i in range(0, len(table), size)] or [table]
    # scattered to the workers, not embedded in the task graph (dd.from_pandas sent the whole table in the graph:
    # "Sending large graph of size 90 MiB" at 10,000 articles)
    futures = client.scatter(chunks, hash=False)
    with dask.config.set({"dataframe.convert-string": False}):  # keep the pandas dtypes
        frame = dd.from_delayed(futures, meta=table.iloc[:0], verify_meta=False)
    return persisted(frame, client)


def persisted(frame, client):
    """``frame`` persisted through ``client``, returned once its partitions are on the workers: the
    scheduler then knows them whichever client later computes on them."""
    frame = client.persist(frame)
    wait(frame, progress=False)
    return frame
