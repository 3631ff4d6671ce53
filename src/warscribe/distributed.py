"""Codes a corpus on a Dask cluster: inputs split by file and line range, coded on workers, linked on the driver."""

from __future__ import annotations

import contextlib
import os
import pickle
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warscribe.config import Config
from warscribe.inputs import (
    BINARY_PROBE,
    JSONL_SUFFIXES,
    STDIN,
    InputReader,
    compression,
    display,
    is_supported,
    open_binary,
)
from warscribe.model import REJECTED, Document, Rejection, Result, content_hash

if TYPE_CHECKING:
    from distributed import Client

LINES_PER_TASK = 256  # JSONL lines in one task: seconds of work, so scheduling costs little and load balances
FILES_PER_TASK = 64  # whole-file documents (.txt, .html) in one task
SINGLE_TRIES = 2  # the tries of a single input (after its part failed) before it is rejected


@dataclass(frozen=True)
class Part:
    """One task's share of the input: lines [first, last] of a JSONL file (reading starts at byte `offset`, where
    line `at` begins: the file's start for gzip), or whole sources read as a local run reads them."""

    index: int
    sources: tuple[str, ...] = ()
    path: str | None = None
    first: int = 1
    last: int = 0
    offset: int = 0
    at: int = 1
    piece: int = 0  # position in the part this one was split from
    origin: str = ""  # the file as a local run names it in `file:line` (spelled on the driver)

    @property
    def size(self) -> int:
        return self.last - self.first + 1 if self.path is not None else len(self.sources)


@dataclass
class Coded:
    """What a task sends back: one (result, content digest, near-duplicate signature) per input item, in input
    order, plus counts. The signature is computed here, on the worker: it is most of the driver's linking cost."""

    part: Part
    items: list[tuple[Result, str | None, Any]] = field(default_factory=list)
    duplicates: int = 0  # repeats of an earlier input inside the part (same id, same text)
    seconds: float = 0.0  # time spent coding inside the task, for the per-task overhead


# ---------------------------------------------------------------------------------------------------- planning


def _files(source: str) -> list[str] | None:
    """The files a source names, in the order a local run reads them; None when the local reader must handle
    it whole (stdin, a missing path, a directory without inputs)."""
    path = Path(source)
    if source == STDIN or not path.exists():
        return None
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and is_supported(p)
                       and not any(part.startswith(".") for part in p.relative_to(path).parts))
        return [str(f) for f in files] or None
    return [source]


def _line_starts(path: Path, gz: bool, every: int) -> tuple[list[tuple[int, int]], int] | None:
    """(line number, byte offset) at every `every`-th line and the number of lines, or None when the file is
    binary or unreadable (the local reader then rejects it, whole, on a worker)."""
    marks, number, offset = [(1, 0)], 0, 0
    try:
        with open_binary(path, gz) as stream:
            if b"\x00" in stream.read(BINARY_PROBE):
                return None
            stream.seek(0)
            for raw in stream:
                number += 1
                offset += len(raw)
                if number % every == 0:
                    marks.append((number + 1, offset))
    except (OSError, EOFError, ValueError):
        return None
    return marks, number


def plan(sources: Iterable[str | Path], lines_per_task: int = LINES_PER_TASK,
         files_per_task: int = FILES_PER_TASK) -> list[Part]:
    """Split the inputs into tasks: JSONL files by line ranges, other files in groups, in input order."""
    parts: list[Part] = []
    group: list[str] = []

    def flush() -> None:
        if group:
            parts.append(Part(len(parts), sources=tuple(group)))
            group.clear()

    for source in map(str, sources):
        if source == STDIN:
            raise ValueError("stdin ('-') cannot be coded on a cluster: write it to a file the workers can read")
        for file in _files(source) or [source]:
            suffix, gz = compression(Path(file))
            scan = _line_starts(Path(file), gz, lines_per_task) if suffix in JSONL_SUFFIXES else None
            if scan is None:
                group.append(file)
                if len(group) >= files_per_task or suffix in JSONL_SUFFIXES:
                    flush()
                continue
            flush()
            marks, count = scan
            for first, offset in marks:
                if first <= count:
                    parts.append(Part(len(parts), path=file, first=first, last=min(count, first + lines_per_task - 1),
                                      offset=0 if gz else offset, at=1 if gz else first, origin=display(file)))
    flush()
    return parts


def split(part: Part) -> list[Part]:
    """A failed part as one part per input (same index: their results are merged back in order), so that a
    document that kills its worker is found in one more round and takes no other document with it."""
    if part.path is not None:
        return [Part(part.index, path=part.path, first=line, last=line, offset=part.offset, at=part.at, piece=i,
                     origin=part.origin)
                for i, line in enumerate(range(part.first, part.last + 1))]
    return [Part(part.index, sources=(source,), piece=i) for i, source in enumerate(part.sources)]


# ------------------------------------------------------------------------------------------------------ workers

_PIPELINES: dict[bytes, Any] = {}  # one pipeline per worker process and configuration, built at first use


def pipeline_for(config: Config):
    """This process's pipeline for `config`: its resources load once per worker process, never per document."""
    key = pickle.dumps(config)
    found = _PIPELINES.get(key)
    if found is None:
        from warscribe.pipeline import Pipeline

        found = _PIPELINES[key] = Pipeline(config)
    return found


def warm(config: Config) -> int:
    """Load the pipeline and all its resources in this process now (run on every worker before timing)."""
    pipeline_for(config).context.warm()
    return os.getpid()


def _lines(part: Part) -> Iterator[tuple[int, bytes]]:
    assert part.path is not None
    path = Path(part.path)
    with open_binary(path, compression(path)[1]) as stream:
        stream.seek(part.offset)
        number = part.at
        for raw in stream:
            if number > part.last:
                return
            if number >= part.first:
                yield number, raw
            number += 1


def _read(part: Part, reader: InputReader) -> Iterator[Document | Rejection | None]:
    """The part's items as the local reader yields them (None for a repeated input)."""
    if part.path is None:
        yield from reader.read(part.sources)
        return
    try:
        for number, raw in _lines(part):
            if raw.strip():  # blank lines carry no document, as in a local run
                yield reader._jsonl_line(raw, part.origin or part.path, number)
    except (OSError, EOFError, ValueError) as exc:
        yield Rejection(part.origin or part.path, f"cannot read file: {exc}")


def code_part(part: Part, config: Config) -> Coded:
    """Read and code one part on a worker. Any failure of one document becomes its rejection, inside the task,
    so a bad document is never retried and never takes its neighbours with it."""
    start = time.perf_counter()
    pipeline, reader = pipeline_for(config), InputReader()
    coded = Coded(part)
    from warscribe.incremental import input_hash, settings_key
    from warscribe.pipeline import _lighten

    for item in _read(part, reader):
        if item is None:
            continue
        warnings = [str(w) for w in reader.pop_warnings()]
        if isinstance(item, Rejection):
            coded.items.append((Result(rejection=item, warnings=warnings), None, None))
            continue
        digest = content_hash(item.text or item.html or "")
        item.input_hash = input_hash(item, settings_key(config))  # as a local ingest stores it (incremental)
        try:
            pipeline.run(item)
        except Exception as err:  # the pipeline catches a stage's errors; this catches everything else
            item.status, item.reason, item.events = REJECTED, f"coding failed: {type(err).__name__}: {err}", []
        doc = _lighten(item)
        coded.items.append((Result(document=doc, warnings=warnings), digest, _signature(doc, config)))
    coded.duplicates = reader.duplicates
    coded.seconds = time.perf_counter() - start
    return coded


def _signature(doc: Document, config: Config) -> Any:
    """The document's near-duplicate signature, lean (no permutations: small to send), or None."""
    if not config.detect_near_duplicates:
        return None
    from warscribe.cleaning.dedup import document_signature

    return document_signature(doc)


# ------------------------------------------------------------------------------------------------------- driver


@dataclass
class Stats:
    """Progress of a distributed run, passed to the caller's callback after each finished task."""

    tasks_done: int = 0
    tasks_total: int = 0
    documents: int = 0
    started: float = field(default_factory=time.perf_counter)
    task_seconds: float = 0.0  # coding time summed over tasks (the rest of workers × wall is overhead)
    retried: int = 0

    @property
    def docs_per_second(self) -> float:
        return self.documents / max(time.perf_counter() - self.started, 1e-9)


def _finished(client: Client, parts: list[Part], config: Config, stats: Stats,
              on_progress: Callable[[Stats], None] | None) -> Iterator[Coded]:
    """Each part's Coded as tasks finish (any order). A part whose worker died (after the scheduler's own
    retries: `distributed.scheduler.allowed-failures`) is split into single inputs; a single input that fails
    too is retried alone (one quarantined input at a time), and rejected only if it fails there as well. So a
    document that kills its worker is rejected, and one that only waited on a killed worker is coded, each once
    (a failed task returns nothing)."""
    from distributed import as_completed

    attempts: dict[Any, tuple[Part, int]] = {}
    pending = as_completed()
    quarantine: deque[tuple[Part, int]] = deque()
    alone: list[Any] = []  # the future of the quarantined input now running, if any

    def submit(part: Part, tries: int) -> Any:
        future = client.submit(code_part, part, config, pure=False)
        attempts[future] = (part, tries)
        pending.add(future)
        stats.tasks_total += 1
        return future

    for part in parts:
        submit(part, 0)
    for future in pending:
        part, tries = attempts.pop(future)
        if alone and alone[0] is future:
            alone.clear()
        try:
            coded = future.result()
        except Exception as err:  # KilledWorker and the like: the task never finished, nothing was kept of it
            future.release()
            stats.retried += 1
            stats.tasks_done += 1
            if part.size > 1:
                for piece in split(part):
                    submit(piece, 1)
            elif tries < SINGLE_TRIES:
                # Beside other tasks it may only have shared the worker another input killed: alone, it cannot.
                quarantine.append((part, tries + 1))
            else:
                yield _lost(part, err)
        else:
            future.release()
            stats.tasks_done += 1
            stats.documents += len(coded.items)
            stats.task_seconds += coded.seconds
            if on_progress is not None:
                on_progress(stats)
            yield coded
        if quarantine and not alone:
            alone.append(submit(*quarantine.popleft()))


def _lost(part: Part, err: BaseException) -> Coded:
    """The rejection of a single input whose task failed every time it ran."""
    origin, line = (part.origin or part.path, part.first) if part.path is not None else (part.sources[0], None)
    reason = f"coding failed on every worker that tried it: {type(err).__name__}: {err}"
    return Coded(part, [(Result(rejection=Rejection(origin, reason, line=line)), None, None)])


def _in_order(finished: Iterable[Coded], sizes: list[int]) -> Iterator[Coded]:
    """The parts in input order, each as soon as all before it are in; a split part's pieces are merged back."""
    waiting: dict[int, list[Coded]] = {}
    ready = 0
    for coded in finished:
        waiting.setdefault(coded.part.index, []).append(coded)
        while ready < len(sizes) and sum(p.part.size for p in waiting.get(ready, [])) >= sizes[ready]:
            pieces = sorted(waiting.pop(ready), key=lambda c: c.part.piece)
            merged = Coded(pieces[0].part)
            for piece in pieces:
                merged.items.extend(piece.items)
                merged.duplicates += piece.duplicates
            yield merged
            ready += 1


class Linker:
    """The driver's second pass, in input order: duplicate ids across parts, near-duplicate documents and the
    same event told by several documents, exactly as a one-process run decides them."""

    def __init__(self, config: Config, reader: InputReader) -> None:
        from warscribe.linking import EventLinker

        self.reader = reader
        self.seen: dict[str, str] = {}
        self.linker = EventLinker()
        self.dedup = None
        if config.detect_near_duplicates:
            from warscribe.cleaning.dedup import NearDuplicateIndex

            self.dedup = NearDuplicateIndex(config.near_duplicate_threshold)

    def link(self, coded: Coded) -> Iterator[Result]:
        from warscribe.pipeline import settle

        self.reader.duplicates += coded.duplicates
        for result, digest, minhash in coded.items:
            doc = result.document
            if doc is not None and digest is not None:  # ids are unique across parts, as in one reader
                first = self.seen.get(doc.id)
                if first is None:
                    self.seen[doc.id] = digest
                elif first == digest:
                    self.reader.duplicates += 1  # a repeat (same id, same text) is skipped, as in one reader
                    continue
                else:
                    origin, line = _origin(doc)
                    yield Result(rejection=Rejection(
                        origin, f"duplicate id {doc.id!r} with different text (the first one is kept)",
                        doc_id=doc.id, line=line), warnings=result.warnings)
                    continue
            if doc is not None:
                settle(result, self.dedup, self.linker, minhash)
            yield result


def _origin(doc: Document) -> tuple[str, int | None]:
    from warscribe.inputs import split_origin

    return split_origin(doc.origin or doc.id)


def code(sources: Iterable[str | Path], client: Client, config: Config | None = None,
         reader: InputReader | None = None, on_progress: Callable[[Stats], None] | None = None,
         lines_per_task: int = LINES_PER_TASK) -> Iterator[Result]:
    """Code the inputs on the cluster behind `client`; yield one Result per input item in input order, linked
    as a one-process run links them. `reader.duplicates` counts repeated inputs, as in a local run."""
    config = config or Config()
    reader = reader if reader is not None else InputReader()
    parts = plan(sources, lines_per_task)
    stats = Stats()
    linker = Linker(config, reader)
    for coded in _in_order(_finished(client, parts, config, stats, on_progress), [p.size for p in parts]):
        yield from linker.link(coded)


@contextlib.contextmanager
def connect(spec: str) -> Iterator[Client]:
    """A client for `local` / `local:N` (a cluster of N one-thread worker processes here) or a scheduler
    address such as `tcp://scheduler:8786`."""
    import dask
    from distributed import Client, LocalCluster

    if spec == "local" or spec.startswith("local:"):
        count = spec.partition(":")[2]
        if count and not count.isdigit():
            raise ValueError(f"--dask {spec!r}: expected local, local:N or a scheduler address")
        workers = int(count) if count else (os.cpu_count() or 1)
        # One retry by the scheduler for a task whose worker died; then warscribe splits it (see _finished).
        # Dashboard on any free port: two runs on one host must not fight over 8787.
        with dask.config.set({"distributed.scheduler.allowed-failures": 1}), \
                LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0") \
                as cluster, Client(cluster) as client:
            yield client
        return
    with Client(spec) as client:
        yield client


def cli_results(sources: list[str], reader: InputReader, spec: str, progress: Any = None) -> Iterator[Result]:
    """`warscribe ingest/extract --dask SPEC`: the results of a cluster run, with tasks done / total and
    documents a second on the command's live progress line (a `ProgressReport`)."""
    import typer

    try:
        import distributed  # noqa: F401
    except ImportError:
        raise typer.BadParameter("needs the dask extra: pip install 'warscribe[dask]'", param_hint="--dask") from None
    if not (spec == "local" or spec.startswith(("local:", "tcp://", "tls://", "ucx://", "inproc://"))) \
            or (spec.startswith("local:") and not spec[6:].isdigit()):
        raise typer.BadParameter(f"{spec!r}: expected local, local:N or a scheduler address such as "
                                 "tcp://host:8786", param_hint="--dask")
    if STDIN in sources:
        raise typer.BadParameter("stdin ('-') cannot be coded on a cluster: give files the workers can read",
                                 param_hint="--dask")

    def show(stats: Stats) -> None:
        if progress is not None:
            progress.note(f"tasks {stats.tasks_done}/{stats.tasks_total}, {stats.docs_per_second:.0f} docs/s")

    def results() -> Iterator[Result]:
        with connect(spec) as client:
            yield from code(sources, client, reader=reader, on_progress=show)

    return results()
