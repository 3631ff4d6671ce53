"""Runs the stages in order over a stream of documents: clean → segment → recognize → assemble →
resolve (places, time, actors) → merge; then links near-duplicate documents and the same event told by several
documents. The store is the caller's business."""

from __future__ import annotations

import gc
import importlib
import itertools
import multiprocessing
import signal
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from warscribe.config import Config, Context
from warscribe.linking import EventLinker
from warscribe.model import PROCESSED, REJECTED, Document, Rejection, Result

if TYPE_CHECKING:
    from datasketch import MinHash

    from warscribe.cleaning.dedup import NearDuplicateIndex

# (module, class) of each stage, in running order: the one place where the chain is configured.
STAGES: tuple[tuple[str, str], ...] = (
    ("warscribe.stages.clean", "CleanStage"),
    ("warscribe.stages.segment", "SegmentStage"),
    ("warscribe.stages.recognize", "RecognizeStage"),
    ("warscribe.stages.assemble", "AssembleStage"),
    ("warscribe.stages.places", "PlaceStage"),
    ("warscribe.stages.time", "TimeStage"),
    ("warscribe.stages.actors", "ActorStage"),
    ("warscribe.stages.merge", "MergeStage"),
)


FEED_PER_WORKER = 64  # documents handed to the worker pool at a time, per worker
CHUNK = 8  # documents sent to a worker at a time: fewer round trips, still an even share at the end


def _load_stage(module: str, cls: str):
    return getattr(importlib.import_module(module), cls)()


class Pipeline:
    """The configured chain of stages; build once, feed many documents."""

    def __init__(self, config: Config | None = None, context: Context | None = None,
                 keep_workers: bool = False) -> None:
        self.context = context or Context(config)
        self.config = self.context.config
        self.stages = [_load_stage(m, c) for m, c in STAGES]
        # keep_workers: the worker processes outlive one `code` call (a benchmark's or a server's runs), with
        # what they learnt (the gazetteer's lookups) kept; `close` ends them.
        self.keep_workers = keep_workers
        self._pool: Any = None
        self._pool_size = 0

    def __enter__(self) -> Pipeline:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        """End the worker processes kept between runs (none unless `keep_workers`)."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool, self._pool_size = None, 0

    def run(self, doc: Document) -> Document:
        """Run every stage on one document; stops early when a stage skips it. A stage that fails rejects the
        document (with the stage and the error as the reason) instead of stopping the whole run."""
        if self.config.trace and doc.trace is None:
            from warscribe.trace import Trace

            doc.trace = Trace()
        for stage in self.stages:
            try:
                stage.run(doc, self.context)
            except Exception as err:  # one bad document must not stop a batch
                doc.status, doc.reason = REJECTED, f"stage {stage.name} failed: {type(err).__name__}: {err}"
                doc.events = []
                break
            if doc.status != PROCESSED:
                break
        return doc

    def process(self, items: Iterable[Document | Rejection], workers: int = 1,
                serial_first: int = 0) -> Iterator[Result]:
        """Yield one Result per input item, in input order; rejections pass through untouched. With
        `workers` > 1 the documents are coded in that many processes (the first `serial_first` of them in this
        one: a short input never starts them).

        Of near-duplicate documents the preferred copy (earliest published, then smallest id) keeps the
        events whatever the order of arrival: a copy that arrives after a copy it is preferred to lists that
        one in `Result.superseded` (a store then drops its events). Memory stays flat over any number of
        documents: the near-duplicate index lives in a temporary file, the event linker is bounded."""
        dedup = None
        if self.config.detect_near_duplicates:
            from warscribe.cleaning.dedup import NearDuplicateIndex

            dedup = NearDuplicateIndex(self.config.near_duplicate_threshold)
        linker = EventLinker()
        try:
            for item in self.code(items, workers, serial_first):
                if isinstance(item, Rejection):
                    yield Result(rejection=item)
                    continue
                result = Result(document=item)
                settle(result, dedup, linker)
                yield result
        finally:
            if dedup is not None:
                dedup.close()

    def code(self, items: Iterable[Document | Rejection], workers: int = 1,
             serial_first: int = 0) -> Iterator[Document | Rejection]:
        """Each item coded on its own (no cross-document pass), in input order, in `workers` processes; the
        first `serial_first` in this one (what they teach the gazetteer's caches, forked workers inherit)."""
        source = iter(items)
        for item in itertools.islice(source, None if workers <= 1 else serial_first):
            yield item if isinstance(item, Rejection) else _lighten(self.run(item))
        # Pool.imap would read the whole input ahead; feed it in batches so memory stays flat.
        batch = list(itertools.islice(source, workers * FEED_PER_WORKER))
        if not batch:
            return
        pool = self._workers(workers)
        done = False
        try:
            while batch:
                yield from pool.imap(_code_in_worker, batch, chunksize=CHUNK)
                batch = list(itertools.islice(source, workers * FEED_PER_WORKER))
            done = True
        finally:
            if not (done and self.keep_workers):  # stopped early (an error, Ctrl-C) or not kept: end them
                self.close()

    def _workers(self, workers: int) -> Any:
        """The pool of `workers` processes: the kept one, or a new one."""
        if self._pool is not None and self._pool_size == workers:
            return self._pool
        self.close()
        global _WORKER
        forking = "fork" in multiprocessing.get_all_start_methods()
        if forking:  # load the resources once here; forked workers share them instead of loading their own
            self.context.warm()
            _WORKER = self
        mp = multiprocessing.get_context("fork" if forking else None)
        # Objects made so far are the workers' shared memory: out of the collector's reach, a worker's
        # collections do not write to (and so copy) every page of them.
        gc.freeze()
        try:
            self._pool = mp.Pool(workers, initializer=_start_worker, initargs=(self.config,))
        finally:
            gc.unfreeze()
            _WORKER = None
        self._pool_size = workers
        return self._pool


def settle(result: Result, dedup: NearDuplicateIndex | None, linker: EventLinker,
           minhash: MinHash | None = None) -> None:
    """The cross-document pass over one coded document, in input order: its near-duplicate verdict (the
    copies it supersedes are forgotten by the linker) and the links of its events to earlier reports.
    `minhash`: the document's signature when a cluster worker already computed it."""
    doc = result.document
    assert doc is not None
    if dedup is not None and doc.status == PROCESSED:
        verdict = dedup.place(doc, minhash)
        if verdict.duplicate_of is not None:
            doc.events = []  # a near-duplicate's events are its preferred copy's
        if verdict.superseded:
            result.superseded = verdict.superseded
            linker.forget(set(verdict.superseded))
    linker.link(doc.events)


def _lighten(doc: Document) -> Document:
    """Drop the stages' scratch data (mentions, drafts) once the events are final."""
    doc.mentions, doc.drafts = [], []
    for ev in doc.events:
        ev.draft = None
    return doc


_WORKER: Pipeline | None = None


def _start_worker(config: Config) -> None:
    global _WORKER
    # Ctrl-C is the parent's to handle: it stops the pool and reports what was saved, without a traceback
    # from every worker.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if _WORKER is None:
        _WORKER = Pipeline(config)
    else:
        _WORKER.context.after_fork()


def _code_in_worker(item: Document | Rejection) -> Document | Rejection:
    assert _WORKER is not None
    return item if isinstance(item, Rejection) else _lighten(_WORKER.run(item))
