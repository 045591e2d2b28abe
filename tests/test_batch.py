from __future__ import annotations

import os

import pytest

from factcheck.batch import available_jobs, map_ordered


def square_and_pid(n: int) -> tuple[int, int]:
    return n * n, os.getpid()


def test_results_come_in_input_order_from_several_processes() -> None:
    items = list(range(200, 0, -1))
    results = map_ordered(square_and_pid, items, jobs=2)
    assert [r for r, _ in results] == [n * n for n in items]
    assert os.getpid() not in {pid for _, pid in results}  # the work went to worker processes


def test_one_job_runs_in_this_process() -> None:
    results = map_ordered(square_and_pid, [3, 1, 2], jobs=1)
    assert results == [(9, os.getpid()), (1, os.getpid()), (4, os.getpid())]


def test_closures_over_local_state_work() -> None:
    table = {n: f"claim {n}" for n in range(50)}
    assert map_ordered(lambda n: table[n].upper(), list(range(50)), jobs=2) == [f"CLAIM {n}" for n in range(50)]


def test_zero_jobs_means_every_core_and_empty_input_is_fine() -> None:
    assert available_jobs() >= 1
    assert map_ordered(square_and_pid, [], jobs=0) == []
    assert [r for r, _ in map_ordered(square_and_pid, [5, 6], jobs=0)] == [25, 36]


def test_the_first_error_in_input_order_is_raised() -> None:
    def fail_on_odd(n: int) -> int:
        if n % 2:
            raise ValueError(f"odd {n}")
        return n

    with pytest.raises(ValueError, match="odd 1"):
        map_ordered(fail_on_odd, [0, 1, 2, 3], jobs=2)
    with pytest.raises(ValueError, match="odd 1"):
        map_ordered(fail_on_odd, [0, 1, 2, 3], jobs=1)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_stop_iteration_escaping_the_function_loses_no_item_silently(jobs: int) -> None:
    def stops_on_one(n: int) -> int:
        if n == 1:
            return next(iter([]))  # a bug in the function: raised, not read as the end of the items
        return n

    with pytest.raises(RuntimeError):
        map_ordered(stops_on_one, [0, 1, 2, 3], jobs=jobs)


def test_a_process_running_other_threads_is_not_forked() -> None:
    import threading

    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, daemon=True)
    thread.start()
    try:
        results = map_ordered(square_and_pid, [3, 1, 2], jobs=2)
    finally:
        stop.set()
        thread.join()
    assert results == [(9, os.getpid()), (1, os.getpid()), (4, os.getpid())]  # same results, here
