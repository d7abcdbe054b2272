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
"""
from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass

#: The ``scheduler`` values: one process, every local core, a Dask LocalCluster. Any other value is the address of
#: a Dask scheduler (``"tcp://host:8786"``). None: the default (:func:`executor_for`).
SYNC, PROCESSES, LOCAL = "sync", "processes", "local"
#: The default uses every local core from this many characters of text (below it, starting the worker processes
#: costs more than it gains). Measured by ``python -m analysis bench``: see benchmarks/README.md.
PARALLEL_MIN_CHARS = 4_000_000
#: Partitions per worker: small enough to balance the load, large enough to keep the per-task overhead low.
PARTS_PER_WORKER = 4


@dataclass(frozen=True)
class Executor:
    """Runs a map step over partitions. ``kind`` is ``"sync"``, ``"processes"`` or ``"dask"``; ``workers`` the
    processes it uses; ``client`` the ``distributed.Client`` of ``"dask"``."""

    kind: str = SYNC
    workers: int = 1
    client: object | None = None

    def split(self, items: Sequence) -> list:
        """``items`` (a table or a list) in consecutive partitions, in order: one for ``"sync"``,
        :data:`PARTS_PER_WORKER` per worker otherwise."""
        n = len(items)
        parts = 1 if self.kind == SYNC else max(1, min(n, PARTS_PER_WORKER * self.workers))
        size = max(1, math.ceil(n / parts))
        take = items.iloc if hasattr(items, "iloc") else items
        return [take[i:i + size] for i in range(0, n, size)] or [take[0:0]]

    def map(self, func: Callable, parts: Sequence, **shared) -> list:
        """``[func(part, **shared) for part in parts]``, run by this executor; results in the order of ``parts``."""
        if self.kind == SYNC or len(parts) <= 1:
            return [func(part, **shared) for part in parts]
        if self.kind == PROCESSES:
            from concurrent.futures import ProcessPoolExecutor
            from functools import partial
            from multiprocessing import get_context

            # fork: the workers start with this process's imports (spawn would import pandas again in each)
            with ProcessPoolExecutor(self.workers, mp_context=get_context("fork")) as pool:
                return list(pool.map(partial(func, **shared), parts))
        client = self.client
        futures = client.scatter(list(shared.values()), broadcast=True, hash=False) if shared else []
        done = client.map(func, parts, pure=False, **dict(zip(shared, futures)))
        return client.gather(done)


def executor_for(articles=None, *, scheduler: str | None = None, workers: int | None = None,
                 size: int | None = None) -> Executor:
    """The executor for ``articles`` (or for ``size`` characters of text).

    ``scheduler``: ``"sync"`` (this process), ``"processes"`` (``workers`` local processes, default one per core),
    ``"local"`` (a Dask ``LocalCluster``) or a Dask scheduler address. None: ``"processes"`` when the text
    reaches :data:`PARALLEL_MIN_CHARS` characters and the machine has more than one core, else ``"sync"``.
    """
    cores = workers or os.cpu_count() or 1
    if scheduler is None:
        if size is None and articles is not None:
            size = int(articles["text"].str.len().sum()) if len(articles) else 0
        scheduler = PROCESSES if cores > 1 and (size or 0) >= PARALLEL_MIN_CHARS else SYNC
    if scheduler == SYNC:
        return Executor(SYNC, 1)
    if scheduler == PROCESSES:
        return Executor(PROCESSES, cores)
    from .engine import get_client  # the Dask client rules move here with issue 14
    client = get_client(scheduler, n_workers=workers)
    n = max(1, len(client.scheduler_info().get("workers", {})))
    return Executor("dask", n, client)
