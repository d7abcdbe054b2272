"""Progress bars for long loops over articles: tqdm, a widget in JupyterLab and a bar in the terminal.

A bar appears only once a loop has run :data:`DELAY` seconds, so quick runs (the bundled data,
the tests) print nothing and notebook outputs stay the same from run to run. Every long function
takes ``progress``: ``None`` (default) = that behaviour, ``True`` = a bar at once, ``False`` = none.
Set the environment variable ``ANALYSIS_PROGRESS=off`` to turn every bar off: ``report`` does so for
the notebooks it runs, whose outputs are shared.
(On several processes the bar counts finished partitions; on Dask it is ``distributed``'s own: :mod:`analysis.execute`.)
"""
from __future__ import annotations

import os

#: Seconds a loop runs before its bar is shown.
DELAY = 2.0
#: Environment variable that turns bars off when set to ``off``, ``0`` or ``false``.
ENV = "ANALYSIS_PROGRESS"


def enabled(progress: bool | None) -> bool:
    """Whether a bar may be shown: ``progress`` unless it is None, then the environment decides."""
    if progress is not None:
        return bool(progress)
    return os.environ.get(ENV, "").strip().lower() not in {"off", "0", "false", "no"}


def bar(total: int, desc: str, *, unit: str = "article", progress: bool | None = None):
    """A tqdm bar over ``total`` items (use as a context manager and call ``update(n)``)."""
    return track(None, desc, unit=unit, progress=progress, total=total)


def track(items, desc: str, *, unit: str = "article", progress: bool | None = None, total: int | None = None):
    """``items`` (a sized iterable) with a tqdm bar, shown as the module docstring says."""
    from tqdm.auto import tqdm  # the notebook widget under Jupyter (ipywidgets), text elsewhere

    return tqdm(items, total=total, desc=desc, unit=unit, disable=not enabled(progress),
                delay=0 if progress else DELAY, leave=False, dynamic_ncols=True)
