"""The pipeline's worker processes: answers read back in the order chosen, errors and dead workers reported."""

from __future__ import annotations

import multiprocessing
import os
import signal

import pytest

from warscribe.workers import WorkerError, WorkerPool

_CONTEXT = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)


def _started(tag: str) -> None:
    os.environ["TEST_WORKER_TAG"] = tag


def _square_tagged(n: int) -> tuple[int, str]:
    return n * n, os.environ.get("TEST_WORKER_TAG", "")


def _fail(n: int) -> int:
    raise ValueError(f"no answer for {n}")


def _die(_n: int) -> int:
    os._exit(7)


def _echo(text: str) -> str:
    return text


def test_answers_come_back_per_worker_in_the_order_sent() -> None:
    pool = WorkerPool(2, _CONTEXT, _started, ("ready",))
    try:
        sent = [(pool.submit(_square_tagged, (n,)), n) for n in range(20)]
        assert set(w for w, _ in sent) == {0, 1}  # the work is shared
        assert [pool.result(w) for w, _ in sent] == [(n * n, "ready") for _, n in sent]
        assert pool.pending == [0, 0]
    finally:
        pool.terminate()


def test_large_answers_and_tasks_do_not_block_each_other() -> None:
    # Work and answers bigger than a pipe holds, all sent before any answer is read: a worker waiting to send
    # an answer still takes the next work, so neither side waits for the other for ever.
    pool = WorkerPool(2, _CONTEXT, _started, ("",))
    signal.alarm(120)  # a deadlock fails the test instead of hanging it
    try:
        texts = [str(n) * 300_000 for n in range(12)]
        sent = [pool.submit(_echo, (text,)) for text in texts]
        assert [pool.result(w) for w in sent] == texts
    finally:
        signal.alarm(0)
        pool.terminate()


def test_an_error_in_a_worker_is_raised_here_and_the_worker_goes_on() -> None:
    pool = WorkerPool(1, _CONTEXT, _started, ("",))
    try:
        with pytest.raises(WorkerError, match="ValueError: no answer for 3"):
            pool.result(pool.submit(_fail, (3,)))
        assert pool.result(pool.submit(_square_tagged, (4,)))[0] == 16
    finally:
        pool.terminate()


def test_a_worker_that_dies_is_reported_not_waited_for() -> None:
    pool = WorkerPool(1, _CONTEXT, _started, ("",))
    try:
        with pytest.raises(WorkerError, match="ended unexpectedly"):
            pool.result(pool.submit(_die, (1,)))
    finally:
        pool.terminate()
    assert len(pool) == 0
