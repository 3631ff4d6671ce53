"""Worker processes for the pipeline: each takes chunks of work through a pipe of its own and sends the
results back in the order it was given them; the caller reads them in the order it chose.

Why not multiprocessing.Pool: its worker-maintenance thread waits on the result pipe too, so it spins for as
long as a result waits there to be read, a quarter of a millisecond a document of the parent's CPU (which two
workers on two cores need); and its task and result threads add two more to share the parent's GIL. Here the
caller's own thread sends and reads, and nothing else runs in the parent."""

from __future__ import annotations

import queue
import threading
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
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
        self.pending = [0] * processes  # work sent to each worker and not yet read back
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
        """Send `func(*args)` to the least busy worker; the number of the worker, to read the result from."""
        worker = min(range(len(self._procs)), key=self.pending.__getitem__)
        self._tasks[worker].send((func, args))
        self.pending[worker] += 1
        return worker

    def result(self, worker: int) -> Any:
        """The result of the oldest work sent to `worker` and not yet read (waits for it)."""
        try:
            ok, value = self._results[worker].recv()
        except EOFError:
            raise WorkerError(f"worker process {self._procs[worker].pid} ended unexpectedly "
                              f"(exit code {self._procs[worker].exitcode})") from None
        self.pending[worker] -= 1
        if not ok:
            raise WorkerError(value)
        return value

    def terminate(self) -> None:
        """End the workers now (what they were doing is dropped) and wait for them."""
        for proc in self._procs:
            if proc.is_alive():
                proc.terminate()
        for proc in self._procs:
            proc.join()
        for conn in (*self._tasks, *self._results):
            conn.close()
        self._procs, self._tasks, self._results, self.pending = [], [], [], []


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
