"""Worker processes for the pipeline: each takes chunks of work through a pipe of its own and sends the
results back in the order it was given them; the caller reads them in the order it chose. Answers are taken off
the pipes as they come (`collect`), whatever the order the caller reads them in: a worker that is ahead never
waits for a full pipe to be read, and the work still queued at each worker (`queued`) is known, so new work goes
to the one that has the least left to do.

Why not multiprocessing.Pool: its worker-maintenance thread waits on the result pipe too, so it spins for as
long as a result waits there to be read, a quarter of a millisecond a document of the parent's CPU (which two
workers on two cores need); and its task and result threads add two more to share the parent's GIL. Here the
caller's own thread sends and reads, and nothing else runs in the parent."""

from __future__ import annotations

import queue
import threading
import traceback
from collections import deque
from collections.abc import Callable
from multiprocessing.connection import Connection, wait
from typing import Any


class WorkerError(RuntimeError):
    """A worker process failed: it ended without answering, or the work raised there (the message carries the
    worker's traceback)."""


class WorkerPool:
    """`processes` worker processes started from `context` (forked where the platform can: they then share what
    this process loaded), each running `initializer(*initargs)` first."""

    def __init__(self, processes: int, context: Any, initializer: Callable[..., None],
                 initargs: tuple = ()) -> None:
        self._procs: list[Any] = []
        self._tasks: list[Connection] = []
        self._results: list[Connection] = []
        self.pending = [0] * processes  # work sent to each worker and not yet read back (by `result`)
        self.queued = [0] * processes  # work sent to each worker and not yet answered: what it has left to do
        self._answers: list[deque[tuple[bool, Any]]] = [deque() for _ in range(processes)]  # collected, unread
        try:
            for _ in range(processes):
                task_read, task_write = context.Pipe(duplex=False)
                result_read, result_write = context.Pipe(duplex=False)
                proc = context.Process(target=_serve, args=(task_read, result_write, initializer, initargs),
                                       daemon=True)
                proc.start()
                # The worker's ends are its own: closed here, a worker that dies is an end of file to read.
                task_read.close()
                result_write.close()
                self._procs.append(proc)
                self._tasks.append(task_write)
                self._results.append(result_read)
        except BaseException:
            self.terminate()
            raise

    def __len__(self) -> int:
        return len(self._procs)

    def submit(self, func: Callable[..., Any], args: tuple) -> int:
        """Send `func(*args)` to the worker with the least work left (of the answers collected so far; the
        first of them on a tie); the number of the worker, to read the result from."""
        worker = min(range(len(self._procs)), key=self.queued.__getitem__)
        self._tasks[worker].send((func, args))
        self.pending[worker] += 1
        self.queued[worker] += 1
        return worker

    def collect(self, timeout: float | None = 0) -> list[int]:
        """Take the answers that have come, one from each worker that sent one, and keep them for `result`; the
        workers that answered. `timeout`: how long to wait for a first answer when none has come (None: until one
        comes; 0: not at all). Nothing to wait for when no worker has work left."""
        busy = [self._results[w] for w in range(len(self._procs)) if self.queued[w]]
        if not busy:
            return []
        answered = []
        for conn in wait(busy, timeout):
            worker = self._results.index(conn)  # type: ignore[arg-type]
            self._answers[worker].append(self._receive(worker))
            self.queued[worker] -= 1
            answered.append(worker)
        return answered

    def answered(self, worker: int) -> bool:
        """Whether the answer `result(worker)` would return has been collected (it returns without waiting)."""
        return bool(self._answers[worker])

    def result(self, worker: int) -> Any:
        """The result of the oldest work sent to `worker` and not yet read (waits for it)."""
        if self._answers[worker]:
            ok, value = self._answers[worker].popleft()
        else:
            ok, value = self._receive(worker)
            self.queued[worker] -= 1
        self.pending[worker] -= 1
        if not ok:
            raise WorkerError(value)
        return value

    def _receive(self, worker: int) -> tuple[bool, Any]:
        """The next answer on `worker`'s pipe (waits for it): (True, result) or (False, the error's traceback)."""
        try:
            return self._results[worker].recv()
        except EOFError:
            raise WorkerError(f"worker process {self._procs[worker].pid} ended unexpectedly "
                              f"(exit code {self._procs[worker].exitcode})") from None

    def terminate(self) -> None:
        """End the workers now (what they were doing is dropped) and wait for them."""
        for proc in self._procs:
            if proc.is_alive():
                proc.terminate()
        for proc in self._procs:
            proc.join()
        for conn in (*self._tasks, *self._results):
            conn.close()
        self._procs, self._tasks, self._results, self.pending, self.queued, self._answers = [], [], [], [], [], []


def _serve(tasks: Connection, results: Connection, initializer: Callable[..., None], initargs: tuple) -> None:
    """A worker's loop. A thread of its own takes the work from the pipe as it comes, so that the parent never
    waits to send while this process waits for the parent to read a result (each would wait for the other)."""
    initializer(*initargs)
    inbox: queue.SimpleQueue = queue.SimpleQueue()

    def take() -> None:
        while True:
            try:
                work = tasks.recv()
            except (EOFError, OSError):
                work = None
            inbox.put(work)
            if work is None:
                return

    threading.Thread(target=take, daemon=True).start()
    while (work := inbox.get()) is not None:
        func, args = work
        try:
            answer = (True, func(*args))
        except Exception:  # sent back for the parent to raise: a worker never dies of one chunk's error
            answer = (False, traceback.format_exc())
        results.send(answer)
