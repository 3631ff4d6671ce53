"""The `warscribe` command line: clean, extract, ingest, events, export (plus sub-apps other modules add)."""

from __future__ import annotations

import contextlib
import importlib.util
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy.exc import SQLAlchemyError

from warscribe.export import write_acled_csv, write_events, write_jsonl
from warscribe.inputs import InputReader, describe, rejection_of, with_warnings
from warscribe.model import PROCESSED, REJECTED, SKIPPED, Event, Rejection, Result
from warscribe.progress import ProgressReport
from warscribe.store import DEFAULT_PATH, Store

app = typer.Typer(
    name="warscribe", no_args_is_help=True, add_completion=False, rich_markup_mode="markdown",
    help="Turn raw conflict news into an ACLED-compatible, geocoded, source-attributed event database.",
)

EXIT_OK, EXIT_REJECTED = 0, 1  # usage errors exit 2 (Typer's own, and typer.BadParameter)
TABLE_WIDTH = 180

Inputs = Annotated[list[str], typer.Argument(
    help="Input files or directories: .jsonl (one document a line), .txt, .html/.htm, any of them .gz; "
         "directories are read recursively; '-' reads JSONL from stdin.", show_default=False)]
DbOption = Annotated[Path, typer.Option("--db", help="SQLite database file (created when missing).")]
OutOption = Annotated[str, typer.Option("--out", help="Output JSONL file, '-' for stdout.")]
Verbose = Annotated[bool, typer.Option("--verbose", "-v", help="Also name each skipped document and why.")]
Workers = Annotated[int, typer.Option("--workers", "-j", min=0,
                                      help="Processes that code documents in parallel (0: one per CPU).")]
DaskOption = Annotated[str | None, typer.Option(
    "--dask", help="Code on a Dask cluster: local, local:N (N worker processes here) or a scheduler address "
                   "(tcp://host:8786); needs the dask extra (pip install 'warscribe[dask]').", show_default=False)]


def _check_date(value: str | None) -> str | None:
    if value is not None:
        try:
            if len(value) != 10:
                raise ValueError(value)
            date.fromisoformat(value)
        except ValueError:
            raise typer.BadParameter(f"{value!r} is not a YYYY-MM-DD date") from None
    return value


Since = Annotated[str | None, typer.Option(help="Only events on or after this date (YYYY-MM-DD).",
                                           callback=_check_date)]
Until = Annotated[str | None, typer.Option(help="Only events on or before this date (YYYY-MM-DD).",
                                           callback=_check_date)]
TypeFilter = Annotated[str | None, typer.Option("--type", help="Event type or sub-event type, any case.")]
ActorFilter = Annotated[str | None, typer.Option(help="Part of an actor name (actor1, actor2, associates).")]
Admin1Filter = Annotated[str | None, typer.Option(help="First-level region (governorate), any case.")]
QueryFilter = Annotated[str | None, typer.Option(help="Text to find in notes, place names or actors.")]
Duplicates = Annotated[bool, typer.Option("--with-duplicates",
                                          help="Include events marked as duplicates of another report's.")]


class ListFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(StrEnum):
    acled_csv = "acled-csv"
    jsonl = "jsonl"
    geojson = "geojson"


@dataclass
class Tally:
    """What happened to the inputs of one command, for the summary line and the exit status."""

    processed: int = 0
    skipped: int = 0
    rejected: int = 0
    events: int = 0

    def line(self, with_events: bool = True) -> str:
        total = self.processed + self.skipped + self.rejected
        text = (f"{total} documents: {self.processed} processed, {self.skipped} skipped, "
                f"{self.rejected} rejected")
        return text + (f"; {self.events} events" if with_events else "")

    @property
    def exit_code(self) -> int:
        return EXIT_REJECTED if self.rejected else EXIT_OK


def _err() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


@contextlib.contextmanager
def _output(path: str) -> Iterator[TextIO]:
    """A text stream for --out: stdout for '-', else the file (parent folders created)."""
    if path == "-":
        yield sys.stdout
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8", newline="") as handle:
        yield handle


def _report(results: Iterable[Result], reader: InputReader, progress: ProgressReport, tally: Tally,
            verbose: bool) -> Iterator[Result]:
    """Tally each result and name its rejections, warnings (and, verbosely, skips) on stderr."""
    say = progress.console.print
    for result in with_warnings(results, reader):
        progress.advance()
        for warning in result.warnings:
            say(f"warning: {warning}", markup=False)
        doc = result.document
        if doc is not None and doc.status == REJECTED:
            result.rejection = rejection_of(doc)
        if result.rejection is not None:
            tally.rejected += 1
            say(f"rejected: {describe(result.rejection)}", markup=False)
        elif doc is not None and doc.status == SKIPPED:
            tally.skipped += 1
            if verbose:
                say(f"skipped: {doc.origin or doc.id}: {doc.reason or 'skipped'}", markup=False)
        elif doc is not None and doc.status == PROCESSED:
            tally.processed += 1
            tally.events += len(doc.events)
        yield result


def _finish(tally: Tally, reader: InputReader, with_events: bool = True) -> None:
    tally.skipped += reader.duplicates  # repeated inputs (same id, same text) were skipped by the reader
    _err().print(tally.line(with_events), markup=False)
    raise typer.Exit(tally.exit_code)


def _pipeline_results(inputs: list[str], reader: InputReader, workers: int = 1) -> Iterator[Result]:
    import os

    from warscribe.pipeline import Pipeline  # the stages are heavy: load them only for commands that run them

    return Pipeline().process(reader.read(inputs), workers=workers or os.cpu_count() or 1)


def _coded(inputs: list[str], reader: InputReader, workers: int, dask: str | None,
           progress: ProgressReport) -> Iterator[Result]:
    """The pipeline's results, on a Dask cluster with --dask (tasks and documents/s on the progress line)."""
    if dask is None:
        return _pipeline_results(inputs, reader, workers)
    from warscribe.distributed import cli_results

    return cli_results(inputs, reader, dask, progress)


@app.command()
def clean(inputs: Inputs, out: OutOption = "-", verbose: Verbose = False) -> None:
    """Strip boilerplate (banners, menus, comments) and write the kept text of each document.

    Writes one JSON object a document: id, text (the kept lines joined by newlines), title, published,
    source, language and kept ([start, end] offsets into the original text).

    Example: warscribe clean articles/ --out cleaned.jsonl
    """
    from warscribe.config import Context
    from warscribe.stages.clean import CleanStage

    stage, ctx, reader, tally = CleanStage(), Context(), InputReader(), Tally()

    def cleaned() -> Iterator[Result]:
        for item in reader.read(inputs):
            if isinstance(item, Rejection):
                yield Result(rejection=item)
                continue
            try:
                stage.run(item, ctx)
            except Exception as exc:  # one document's failure must not stop the run; it is reported
                item.status, item.reason = REJECTED, f"clean stage failed: {type(exc).__name__}: {exc}"
            yield Result(document=item)

    with _output(out) as handle, ProgressReport("cleaning") as progress:
        for result in _report(cleaned(), reader, progress, tally, verbose):
            doc = result.document
            if doc is not None and result.rejection is None:
                record = {"id": doc.id, "text": doc.kept_text(), "title": doc.title,
                          "published": doc.published, "source": doc.source, "language": doc.language,
                          "kept": [list(s) for s in doc.kept]}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    _finish(tally, reader, with_events=False)


@app.command()
def extract(inputs: Inputs, out: OutOption = "-", verbose: Verbose = False, workers: Workers = 1,
            dask: DaskOption = None) -> None:
    """Run the whole pipeline and write the events found, one JSON object a line (the event contract).

    Every event carries evidence: [start, end] spans of the document text supporting each field.

    Example: warscribe extract reports.jsonl --out events.jsonl
    """
    reader, tally = InputReader(), Tally()
    with _output(out) as handle, ProgressReport("extracting") as progress:
        for result in _report(_coded(inputs, reader, workers, dask, progress), reader, progress, tally, verbose):
            write_jsonl(result.events if result.rejection is None else [], handle)
    _finish(tally, reader)


def _open_store(db: Path, must_exist: bool = False) -> Store:
    if must_exist and "://" not in str(db) and not db.exists():
        raise typer.BadParameter(f"no database at {db}; run `warscribe ingest ... --db {db}` first",
                                 param_hint="--db")
    try:
        return Store(db)
    except (OSError, SQLAlchemyError) as exc:
        raise typer.BadParameter(f"cannot open database {db}: {exc}", param_hint="--db") from exc


@app.command()
def ingest(inputs: Inputs, db: DbOption = DEFAULT_PATH, verbose: Verbose = False, workers: Workers = 1,
           dask: DaskOption = None) -> None:
    """Run the pipeline and store documents, events, evidence and rejections in the database.

    A document ingested again (same id) replaces its earlier version and events, so ingesting a corpus
    twice leaves the row counts unchanged.

    Example: warscribe ingest articles/ feed.jsonl.gz --db warscribe.db
    """
    store = _open_store(db)
    reader, tally = InputReader(), Tally()
    with store, ProgressReport("ingesting") as progress:
        for result in _report(_coded(inputs, reader, workers, dask, progress), reader, progress, tally, verbose):
            store.save(result)
        counts = store.counts()
    _err().print(f"{db}: {counts['documents']} documents, {counts['events']} events, "
                 f"{counts['rejections']} rejections stored", markup=False)
    _finish(tally, reader)


def _query(db: Path, since: str | None, until: str | None, event_type: str | None, actor: str | None,
           admin1: str | None, query: str | None, duplicates: bool) -> list[Event]:
    with _open_store(db, must_exist=True) as store:
        return store.events(since=since, until=until, event_type=event_type, actor=actor, admin1=admin1,
                            query=query, include_duplicates=duplicates)


def _table(events: list[Event]) -> Table:
    table = Table(show_lines=False, header_style="bold")
    for name, justify in (("date", "left"), ("type / sub-type", "left"), ("actor1", "left"),
                          ("actor2", "left"), ("location", "left"), ("admin1", "left"),
                          ("fatalities", "right"), ("claim", "left")):
        table.add_column(name, justify=justify, overflow="fold")  # type: ignore[arg-type]
    for ev in events:
        table.add_row(ev.event_date or "?", f"{ev.event_type} / {ev.sub_event_type}", ev.actor1 or "",
                      ev.actor2 or "", ev.location or "", ev.admin1 or "", str(ev.fatalities),
                      ev.claim_status or "")
    return table


@app.command()
def events(db: DbOption = DEFAULT_PATH, since: Since = None, until: Until = None,
           event_type: TypeFilter = None, actor: ActorFilter = None, admin1: Admin1Filter = None,
           query: QueryFilter = None, with_duplicates: Duplicates = False,
           fmt: Annotated[ListFormat, typer.Option("--format", help="table, jsonl or csv (ACLED columns).")]
           = ListFormat.table) -> None:
    """List the stored events matching all the filters given.

    Example: warscribe events --db warscribe.db --since 2024-01-01 --type "Air/drone strike" --admin1 Idlib
    """
    found = _query(db, since, until, event_type, actor, admin1, query, with_duplicates)
    if fmt is ListFormat.jsonl:
        write_jsonl(found, sys.stdout)
    elif fmt is ListFormat.csv:
        write_acled_csv(found, sys.stdout)
    else:
        console = Console(highlight=False)
        if not console.is_terminal:
            console.width = TABLE_WIDTH  # a pipe or file has no width; don't squeeze the table to 80
        console.print(_table(found))
        _err().print(f"{len(found)} events", markup=False)


@app.command()
def export(db: DbOption = DEFAULT_PATH,
           fmt: Annotated[ExportFormat, typer.Option("--format", help="acled-csv, jsonl or geojson.")]
           = ExportFormat.acled_csv,
           out: Annotated[str, typer.Option(help="Output file, '-' for stdout.")] = "-",
           since: Since = None, until: Until = None, event_type: TypeFilter = None, actor: ActorFilter = None,
           admin1: Admin1Filter = None, query: QueryFilter = None,
           with_duplicates: Duplicates = False) -> None:
    """Write the stored events (optionally filtered) as ACLED-style CSV, JSONL or GeoJSON.

    acled-csv uses ACLED's column names and order; geojson is a FeatureCollection of points (events
    without coordinates are left out and counted).

    Example: warscribe export --db warscribe.db --format geojson --out events.geojson
    """
    found = _query(db, since, until, event_type, actor, admin1, query, with_duplicates)
    with _output(out) as handle:
        summary = write_events(found, handle, fmt.value)
    note = ""
    if fmt is ExportFormat.geojson:
        note = f" ({summary.without_coordinates} without coordinates left out)"
    _err().print(f"wrote {summary.written} events to {out if out != '-' else 'stdout'}{note}", markup=False)


def _module_exists(name: str) -> bool:
    """Whether a module's file exists, without importing it (its parent packages are imported)."""
    parent = name.rpartition(".")[0]
    if parent and not _module_exists(parent):
        return False
    return importlib.util.find_spec(name) is not None


# Sub-apps of other modules: mounted when their module exists; an error inside them must surface, not hide.
if _module_exists("warscribe.places.cli"):
    from warscribe.places import cli as _places_cli

    app.add_typer(_places_cli.gazetteer_app, name="gazetteer")
    app.add_typer(_places_cli.boundaries_app, name="boundaries")

if _module_exists("warscribe.evaluate.cli"):
    from warscribe.evaluate import cli as _evaluate_cli

    _evaluate_cli.register(app)
