"""Reports the tests read (a whole workbook report, or a few notebooks run as one), rendered by
``python -m analysis report`` (as a user runs it) while the tests before their readers run.

Most tests use one core; a report's notebooks use two. So the session starts the reports its collected tests
read (``conftest.py``), one at a time in the order the tests read them, and a test that reads one waits only for
what is left of it: the checks are the tests' own, on the same files. The reports run at a lower priority (nice
10), so that they take the idle core without slowing the tests that run meanwhile, and their readers run after
the other tests (``conftest.py``). A report no test asked for yet when its reader comes is started then; one left
running when the session ends is stopped.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Rendered:
    """A finished report run: its folder (inputs written by ``prepare``), exit code, stderr text and whatever
    ``prepare`` returned besides the command's arguments."""

    base: Path
    returncode: int
    stderr: str
    context: object


@dataclass
class Queued:
    prepare: Callable[[Path], tuple[list[str], object]]
    readers: frozenset[str]
    script: Path | None = None
    base: Path | None = None
    proc: subprocess.Popen | None = None
    context: object = None
    stderr: Path | None = None


#: name -> report, as the test files add them.
ADDED: dict[str, Queued] = {}
#: The reports the session's tests read and have not read yet, in the order of their first reader.
QUEUE: dict[str, Queued] = {}
DONE: dict[str, Rendered] = {}
_factory = None
#: The niceness of a report's processes (added to the session's).
NICE = 10


def reads(file: str, test: str) -> bool:
    """Whether test ``test`` of file ``file`` reads one of the reports added."""
    return any(queued.readers & {file, f"{file}::{test}"} for queued in ADDED.values())


def add(name: str, prepare: Callable[[Path], tuple[list[str], object]], *, readers: set[str],
        script: Path | None = None) -> None:
    """Queue report ``name``: ``prepare(folder)`` writes its inputs into an empty folder and returns the
    arguments of ``python -m analysis report`` (run in that folder; of ``python SCRIPT`` when ``script`` is given)
    and a context kept for the readers; ``readers``: the tests that read it, each a test file's name
    (``test_x.py``) or one of its tests (``test_x.py::test_y``)."""
    ADDED.setdefault(name, Queued(prepare, frozenset(readers), script))


def start_session(tmp_path_factory, tests: list[tuple[str, str]]) -> None:
    """Queue the reports that ``tests`` (``(file name, test name)`` pairs, in the order they run) read, in the
    order of their first reader, and start the first."""
    global _factory
    _factory = tmp_path_factory
    first: dict[str, int] = {}
    for position, (file, test) in enumerate(tests):
        for name, queued in ADDED.items():
            if name not in first and queued.readers & {file, f"{file}::{test}"}:
                first[name] = position
    QUEUE.update({name: ADDED[name] for name in sorted(first, key=first.get)})
    poll()


def _start(name: str) -> None:
    queued = QUEUE.setdefault(name, ADDED[name])
    queued.base = _factory.mktemp(name)
    args, queued.context = queued.prepare(queued.base)
    queued.stderr = _factory.mktemp(f"{name}-stderr") / "stderr.txt"  # outside the report's folder
    with open(queued.stderr, "wb") as err:  # a file, not a pipe: nobody reads it while it runs
        command = [str(queued.script)] if queued.script else ["-m", "analysis", "report"]
        queued.proc = subprocess.Popen([sys.executable, *command, *map(str, args)],
                                       cwd=queued.base, stdout=subprocess.DEVNULL, stderr=err,
                                       start_new_session=True)  # a process group: stopped with its workers
    os.setpriority(os.PRIO_PROCESS, queued.proc.pid, NICE)  # before it starts its workers (imports take a second)


def poll() -> None:
    """Start the next queued report when none is running (called between tests)."""
    if _factory is None:
        return
    if not any(q.proc is not None and q.proc.poll() is None for q in QUEUE.values()):
        waiting = [name for name, q in QUEUE.items() if q.proc is None]
        if waiting:
            _start(waiting[0])


def rendered(name: str, tmp_path_factory) -> Rendered:
    """Report ``name``, finished: started now if it was not, then waited for."""
    global _factory
    if name not in DONE:
        _factory = _factory or tmp_path_factory
        if name not in QUEUE or QUEUE[name].proc is None:
            _start(name)
        queued = QUEUE[name]
        returncode = queued.proc.wait(timeout=600)
        del QUEUE[name]
        DONE[name] = Rendered(queued.base, returncode, queued.stderr.read_text(), queued.context)
        poll()
    return DONE[name]


def stop_session() -> None:
    """Stop the reports still running (no test read them), with the processes they started."""
    for queued in QUEUE.values():
        if queued.proc is not None and queued.proc.poll() is None:
            os.killpg(queued.proc.pid, signal.SIGKILL)
            queued.proc.wait()
