"""Executing notebooks: papermill on a jupyter_client kernel of this environment, each kernel's memory
(:func:`plan_memory`: how many notebooks run at once and each kernel's address-space cap)."""
from __future__ import annotations

import functools
import importlib.util
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..progress import ENV as PROGRESS_ENV

#: Kernel the notebooks run on: ipykernel's ``python3``, which jupyter_client starts with
#: the running interpreter (``sys.executable``), i.e. the project's environment.
KERNEL_NAME = "python3"

#: Run as ``python -c _LIMITED LIMIT CMD...``: caps the address space of the process, then becomes
#: ``CMD`` (``exec`` keeps the limit). A kernel over its cap gets ``MemoryError`` in the cell that asked.
_LIMITED = ("import os, resource, sys; limit = int(sys.argv[1]); hard = resource.getrlimit(resource.RLIMIT_AS)[1]; "
            "resource.setrlimit(resource.RLIMIT_AS, (limit, limit if hard == resource.RLIM_INFINITY else min(limit, hard))); "
            "os.execv(sys.argv[2], sys.argv[2:])")


def kernel_manager_class(folder: str, log: Path | None = None, *, memory: int | None = None, env: dict | None = None):
    """A kernel manager whose sockets are files in ``folder``: kernels started at once in parallel
    processes cannot race for the same TCP port ("Address already in use", "Kernel didn't respond").
    The kernel process's own stderr goes to ``log`` (appended) when given; its address space is capped
    at ``memory`` bytes when given (RLIMIT_AS, POSIX); ``env`` is added to its environment."""
    from jupyter_client.manager import AsyncKernelManager

    class IPCKernelManager(AsyncKernelManager):
        stderr_log = log

        def __init__(self, **kwargs):
            kwargs.setdefault("transport", "ipc")
            kwargs.setdefault("ip", os.path.join(folder, "kernel"))
            super().__init__(**kwargs)

        async def _async_pre_start_kernel(self, **kw):
            # No progress bars in notebooks that are run to be shared (their outputs would vary).
            kw["env"] = {**kw.get("env", os.environ), PROGRESS_ENV: "off", **(env or {})}
            return await super()._async_pre_start_kernel(**kw)

        async def _async_launch_kernel(self, kernel_cmd, **kw):
            if memory and importlib.util.find_spec("resource") is not None:
                kernel_cmd = [sys.executable, "-c", _LIMITED, str(int(memory)), *kernel_cmd]
            if log is None:
                return await super()._async_launch_kernel(kernel_cmd, **kw)
            with open(log, "ab") as fh:  # the kernel holds its own copy of the file once started
                return await super()._async_launch_kernel(kernel_cmd, **{**kw, "stderr": fh})

    return IPCKernelManager


def execute_notebook(src: Path, dest: Path, parameters: dict, cwd: Path, *, memory: int | None = None,
            env: dict | None = None) -> None:
    """Run a notebook with papermill on the project's kernel.

    The kernel process's own log stays off the terminal: ipykernel and tornado can print errors while a
    kernel shuts down ("Socket operation on non-socket") that say nothing about the notebook. It is kept in a
    file and added to the error when the run fails.

    Parameters
    ----------
    src, dest : pathlib.Path
        The notebook run and the executed notebook written.
    parameters : dict
        Injected by papermill.
    cwd : pathlib.Path
        The kernel's working folder.
    memory : int, optional
        The kernel's address-space cap in bytes (:func:`kernel_manager_class`).
    env : dict, optional
        Added to the kernel's environment.

    Returns
    -------
    None
        Raises papermill's error on a failing cell.
    """
    import papermill

    with tempfile.TemporaryDirectory(prefix="analysis-kernel-") as sockets:
        log = Path(sockets) / "kernel-stderr.log"
        try:
            papermill.execute_notebook(str(src), str(dest), parameters=parameters, kernel_name=KERNEL_NAME,
                                       engine_name=save_at_end_engine(),
                                       cwd=str(cwd), progress_bar=False, log_output=False,
                                       kernel_manager_class=kernel_manager_class(sockets, log, memory=memory, env=env),
                                       extra_arguments=["--IPKernelApp.log_level=CRITICAL"])
        except Exception as exc:
            kernel_log = log.read_text(encoding="utf-8", errors="replace").strip() if log.exists() else ""
            if kernel_log:
                exc.add_note(f"the kernel's own stderr (last 2,000 characters):\n{kernel_log[-2000:]}")
            raise


@functools.cache
def save_at_end_engine() -> str:
    """The name of papermill's nbclient engine registered as one that writes the executed notebook when it
    starts and when it ends (a dead kernel too), not also before and after every cell: each of those writes
    serialised the whole notebook, charts included (some 30 writes of about 10 ms per workbook notebook)."""
    from papermill.engines import NBClientEngine, papermill_engines

    class SaveAtEndEngine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(cls, nb_man, kernel_name, **kwargs):
            # papermill's manager writes whenever it has an output path; its notebook_complete, which
            # Engine.execute_notebook calls after this returns or raises, gets the path back and writes
            path, nb_man.output_path = nb_man.output_path, None
            try:
                return super().execute_managed_notebook(nb_man, kernel_name, **kwargs)
            finally:
                nb_man.output_path = path

    papermill_engines.register(SAVE_AT_END, SaveAtEndEngine)
    return SAVE_AT_END


#: The name :func:`save_at_end_engine` registers.
SAVE_AT_END = "analysis-save-at-end"


def default_jobs() -> int:
    """Notebooks run at once by default.

    Returns
    -------
    int
        One per CPU, at most 4 (each runs its own kernel).
    """
    return max(1, min(4, os.cpu_count() or 1))


#: Resident memory of a notebook's kernel: about :data:`KERNEL_BASE` plus :data:`KERNEL_PER_CHARACTER`
#: bytes per character of the corpus's text (each kernel loads the corpus and makes its own tables).
#: Measured with the workbook's notebooks: about 110 bytes per character between 0.2 and 2.1 million
#: characters (README, "Sharing results", Memory); 500 MB is above a kernel's own size (250-350 MB).
KERNEL_BASE = 500 * 2**20

KERNEL_PER_CHARACTER = 110

#: Address space a kernel maps beyond what it uses (libraries, thread stacks, allocator arenas):
#: the cap (RLIMIT_AS) counts it, so it is added to each kernel's share of memory.
KERNEL_ADDRESS_SLACK = 2 * 2**30

#: Share of the memory available when the notebooks start that the report lets them use together.
MEMORY_SHARE = 0.8


def available_memory() -> int | None:
    """Bytes of memory available to new work (``MemAvailable`` of ``/proc/meminfo``, else the
    physical memory), None when this system does not say."""
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return None


@dataclass(frozen=True)
class MemoryPlan:
    """Notebooks run at once, each kernel's address-space cap in bytes (None: no cap) and why the
    jobs were reduced (None when they were not)."""

    jobs: int
    kernel_memory: int | None
    note: str | None = None


def plan_memory(jobs: int, characters: int, available: int | None, kernel_memory: int | None = None) -> MemoryPlan:
    """How many notebooks run at once, and each kernel's memory cap.

    Each kernel takes about ``KERNEL_BASE + KERNEL_PER_CHARACTER * characters`` bytes; the notebooks together
    may use :data:`MEMORY_SHARE` of ``available``.

    Parameters
    ----------
    jobs : int
        Notebooks asked to run at once.
    characters : int
        Characters of the corpus's text.
    available : int or None
        Bytes of memory available (:func:`available_memory`); None: unknown.
    kernel_memory : int, optional
        Each kernel's cap in bytes when given (0: none).

    Returns
    -------
    MemoryPlan
        The jobs that fit (at least 1), each kernel's cap (``kernel_memory``, else its share of the memory plus
        :data:`KERNEL_ADDRESS_SLACK`) and why jobs were reduced. Unknown ``available`` memory: ``jobs`` and no cap.
    """
    if available is None:
        return MemoryPlan(jobs, kernel_memory or None)
    budget = MEMORY_SHARE * available
    need = KERNEL_BASE + KERNEL_PER_CHARACTER * characters
    fit = max(1, min(jobs, int(budget // need)))
    note = None
    if fit < jobs:
        note = (f"{fit} notebook(s) at a time, not {jobs}: the corpus ({characters / 1e6:,.1f} million characters) "
                f"takes about {need / 2**30:.1f} GB per notebook, and {available / 2**30:.1f} GB of memory is available")
    if kernel_memory is None:
        kernel_memory = int(budget // fit) + KERNEL_ADDRESS_SLACK
    return MemoryPlan(fit, kernel_memory or None, note)

