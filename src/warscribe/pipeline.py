"""Runs the stages in order over a stream of documents: clean → segment → recognize → assemble →
resolve (places, time, actors) → merge; then links near-duplicate documents and the same event told by several
documents. The store is the caller's business."""

from __future__ import annotations

import gc
import importlib
import itertools
import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import fields
from typing import TYPE_CHECKING, Any

from warscribe.config import Config, Context, coding, loading
from warscribe.linking import EventLinker
from warscribe.model import PROCESSED, REJECTED, Document, Evidence, Rejection, Result, Sentence
from warscribe.workers import WorkerPool

if TYPE_CHECKING:
    from datasketch import MinHash

    from warscribe.cleaning.dedup import NearDuplicateIndex, Signed

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


# The stage after which a document's text, day and id are final: its near-duplicate verdict can be had there.
CLEANED_BY = "clean"

IN_FLIGHT = 8  # chunks given to the pool and not yet read back in order, per worker: none waits for the slowest
QUEUED = 2  # chunks a worker holds at a time (the one it codes, the next): new work goes to the first one free
CHUNK = 8  # documents sent to a worker at a time: fewer round trips, still an even share at the end


def _load_stage(module: str, cls: str):
    return getattr(importlib.import_module(module), cls)()


class Pipeline:
    """The configured chain of stages; build once, feed many documents."""

    def __init__(self, config: Config | None = None, context: Context | None = None,
                 keep_workers: bool = False) -> None:
        self.context = context or Context(config)
        self.config = self.context.config
        with loading():
            self.stages = [_load_stage(m, c) for m, c in STAGES]
        # keep_workers: the worker processes outlive one `code` call (a benchmark's or a server's runs), with
        # what they learnt (the gazetteer's lookups) kept; `close` ends them.
        self.keep_workers = keep_workers
        self._pool: WorkerPool | None = None
        self._pool_size = 0

    def __enter__(self) -> Pipeline:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        """End the worker processes kept between runs (none unless `keep_workers`)."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool, self._pool_size = None, 0

    def run(self, doc: Document, copies: NearDuplicateIndex | None = None) -> Document:
        """Run every stage on one document; stops early when a stage skips it. A stage that fails rejects the
        document (with the stage and the error as the reason) instead of stopping the whole run. `copies`: the
        run's near-duplicate index, asked once the document is cleaned: a copy of one it prefers is skipped there,
        not coded for events that `settle` would drop (an untraced run: a traced one shows every stage)."""
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
            if copies is not None and stage.name == CLEANED_BY and doc.trace is None and copies.skip_copy(doc):
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
            with coding():  # (forked workers inherit the thresholds)
                for item, minhash in self._coded(items, workers, serial_first, dedup):
                    if isinstance(item, Rejection):
                        yield Result(rejection=item)
                        continue
                    result = Result(document=item)
                    settle(result, dedup, linker, minhash)
                    yield result
        finally:
            if dedup is not None:
                dedup.close()

    def code(self, items: Iterable[Document | Rejection], workers: int = 1,
             serial_first: int = 0) -> Iterator[Document | Rejection]:
        """Each item coded on its own (no cross-document pass), in input order, in `workers` processes; the
        first `serial_first` in this one (what they teach the gazetteer's caches, forked workers inherit)."""
        with coding():
            for item, _ in self._coded(items, workers, serial_first):
                yield item

    def _coded(self, items: Iterable[Document | Rejection], workers: int, serial_first: int,
               copies: NearDuplicateIndex | None = None) -> Iterator[tuple[Document | Rejection, Signed | None]]:
        """`code`, each item with what the near-duplicate index reads of it when `copies` is given and a worker
        coded it (its signature and band keys, `dedup.signed`: the workers work them out, so that the one
        process that places the documents in order does not; None otherwise: `settle` computes them).
        `copies`: the near-duplicate index that the items coded in this process are checked against once cleaned
        (`run`): each is settled before the next is coded, so the index is the one `settle` will read.

        Each worker holds QUEUED chunks at a time, the next going to the first that answers (its answers are taken
        as they come, and read back in input order): the work is shared as each worker's pace allows, and at the
        end neither waits long for the other. At most IN_FLIGHT chunks per worker are out at a time (sent and not
        yet read back), so memory stays flat whatever one slow chunk holds up. A worker sends back only what the
        stages set (not the text and HTML this process holds, see `_code_in_worker`)."""
        threshold = None if copies is None else copies.threshold  # the workers sign for it
        source = iter(items)
        for item in itertools.islice(source, None if workers <= 1 else serial_first):
            yield (item if isinstance(item, Rejection) else _lighten(self.run(item, copies))), None
        chunk = list(itertools.islice(source, CHUNK))
        if not chunk:
            return
        pool = self._workers(workers)
        pending: deque[tuple[list[Document | Rejection], int]] = deque()
        done = False
        try:
            while chunk or pending:
                pool.collect()  # the answers in: their workers are free for more
                while chunk and len(pending) < workers * IN_FLIGHT and min(pool.queued) < QUEUED:
                    pending.append((chunk, pool.submit(_code_in_worker, (chunk, threshold))))
                    chunk = list(itertools.islice(source, CHUNK))
                sent, worker = pending[0]
                if not pool.answered(worker):  # wait for the next answer from any worker, then feed it
                    pool.collect(None)
                    continue
                pending.popleft()
                for item, (changed, minhash) in zip(sent, pool.result(worker), strict=True):
                    if changed is not None:
                        for name, value in changed.items():  # (a compiled record has no __dict__)
                            setattr(item, name, value)
                    yield item, minhash
            done = True
        finally:
            if not (done and self.keep_workers):  # stopped early (an error, Ctrl-C) or not kept: end them
                self.close()

    def _workers(self, workers: int) -> WorkerPool:
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
            self._pool = WorkerPool(workers, mp, _start_worker, (self.config,))
        finally:
            gc.unfreeze()
            _WORKER = None
        self._pool_size = workers
        return self._pool


def settle(result: Result, dedup: NearDuplicateIndex | None, linker: EventLinker,
           minhash: MinHash | Signed | None = None) -> None:
    """The cross-document pass over one coded document, in input order: its near-duplicate verdict (the
    copies it supersedes are forgotten by the linker) and the links of its events to earlier reports.
    `minhash`: the document's signature when a cluster worker already computed it (or what a worker process
    read of it, `dedup.signed`)."""
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
    # The answers hold thousands of evidence spans and sentences: each sent as its fields' values, given to
    # the constructor when read back, not as a new object and a dict of its fields set one by one, costs this
    # process less to pickle and the parent less to unpickle (the same objects).
    from multiprocessing.reduction import ForkingPickler

    ForkingPickler.register(Evidence, _evidence_args)
    ForkingPickler.register(Sentence, _sentence_args)
    if _WORKER is None:
        _WORKER = Pipeline(config)
    else:
        _WORKER.context.after_fork()


def _evidence_args(ev: Evidence) -> tuple[type, tuple]:
    return Evidence, (ev.start, ev.end, ev.text, ev.field)


def _sentence_args(s: Sentence) -> tuple[type, tuple]:
    return Sentence, (s.start, s.end, s.index, s.paragraph, s.headline)


# Values that are never changed in place: a field that still holds the very one the parent sent holds the
# parent's value.
_IMMUTABLE = (str, int, float, bool, type(None))
_UNSENT = object()


def _code_in_worker(chunk: list[Document | Rejection],
                    threshold: float | None) -> list[tuple[dict[str, Any] | None, Signed | None]]:
    """Code a chunk in a worker. For each document, the fields the stages set (all but those still holding the
    str, number or None the parent sent: the text, the HTML, the id, the title... unless the stages rewrote
    them, as an HTML input's extracted text), and what a near-duplicate index of that `threshold` reads of it
    (`dedup.signed`) when one is given; (None, None) for a rejection."""
    from warscribe.cleaning.dedup import signed

    assert _WORKER is not None
    out: list[tuple[dict[str, Any] | None, Signed | None]] = []
    for item in chunk:
        if isinstance(item, Rejection):
            out.append((None, None))
            continue
        sent = {f.name: getattr(item, f.name) for f in fields(item)}  # (a compiled record has no __dict__)
        doc = _lighten(_WORKER.run(item))
        changed = {f.name: value for f in fields(doc)
                   if (value := getattr(doc, f.name)) is not sent.get(f.name, _UNSENT) or type(value) not in _IMMUTABLE}
        out.append((changed, None if threshold is None else signed(doc, threshold)))
    return out
