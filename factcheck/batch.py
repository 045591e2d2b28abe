"""Checking many claims on every core: `map_ordered` runs a function over items in worker
processes and returns the results in input order, exactly as a plain loop would.

Processes, not threads: checking a claim is mostly Python (analysis, number comparison, the
rapidfuzz calls are short), so threads would share one interpreter lock. Workers are forked, so
`fn` may be a closure over the run's state (the index, options) and nothing but items and
results crosses between processes; persistent index engines open fresh handles in a worker.
Where fork is not available, for one job or few items, or when this process runs other threads
(forking a multi-threaded process can leave a child waiting forever on a lock another thread
held), the loop runs in this process: the same results, on one core.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

_work: tuple[Callable[[Any], Any], Sequence[Any]] | None = None  # set before forking


def available_jobs() -> int:
    """How many cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def map_ordered(fn: Callable[[T], R], items: Sequence[T], jobs: int = 1) -> list[R]:
    """`[fn(item) for item in items]`, computed by up to `jobs` processes (0: one per core).

    The results, and any exception (the first in input order), are the same as the plain loop's.
    Results must be picklable.
    """
    return list(imap_ordered(fn, items, jobs))


def imap_ordered(fn: Callable[[T], R], items: Sequence[T], jobs: int = 1) -> Iterator[R]:
    """`map_ordered` as an iterator: results come in input order as they are ready.

    For long batches whose results should not all be held at once (e.g. indexing sources).
    """
    global _work
    if jobs <= 0:
        jobs = available_jobs()
    jobs = min(jobs, len(items))
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
        # (not `map`: a StopIteration escaping `fn` would end it silently, losing the rest; raised
        # in this generator it becomes a RuntimeError)
        for item in items:
            yield fn(item)
        return
    chunk = max(1, min(64, len(items) // (jobs * 8)))
    _work = (fn, items)
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            for failed, value in pool.imap(_run, range(len(items)), chunksize=chunk):
                if failed:
                    raise value
                yield value
    finally:
        _work = None


def _run(position: int) -> tuple[bool, Any]:
    """(False, result) or (True, the exception), so the parent raises the first in input order."""
    assert _work is not None
    fn, items = _work
    try:
        return False, fn(items[position])
    except Exception as err:  # noqa: BLE001 - handed back to the parent, raised there
        return True, err
