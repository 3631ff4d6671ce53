"""The `warscribe` command line: clean, extract, ingest, events, export (plus sub-apps other modules add)."""

from __future__ import annotations

import contextlib
import gc
import importlib.util
import itertools
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer
import typer.core

from warscribe import __version__
from warscribe.config import Config, ConfigError, load_config
from warscribe.inputs import FeedSource, InputReader, Limits, describe, is_supported, rejection_of, with_warnings
from warscribe.model import PROCESSED, REJECTED, SKIPPED, Event, Rejection, Result
from warscribe.storage_names import (
    DEFAULT_PATH,
    MAX_FILTER_CHARS,
    SORTS,
    StoreError,
    check_filter,
    display_db,
    sqlite_path,
)

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from warscribe.incremental import UnchangedFilter
    from warscribe.pipeline import Pipeline
    from warscribe.progress import ProgressReport
    from warscribe.store import Store

EXIT_CODES_HELP = ("Exit status: 0 every input processed or skipped; 1 some inputs rejected (each named on "
                   "stderr); 2 a usage error; 3 the run failed (disk full, output closed, database locked) "
                   "after saying what was saved; 130 interrupted (Ctrl-C), after the same summary.")

app = typer.Typer(
    name="warscribe", no_args_is_help=True, add_completion=False, rich_markup_mode="markdown",
    help="Turn raw conflict news into an ACLED-compatible, geocoded, source-attributed event database.\n\n"
         "The options below are global: they go before the command "
         "(`warscribe --max-chars 500000 ingest big/ --db w.db`).\n\n" + EXIT_CODES_HELP,
)

# Without --workers, an input of more documents than this is coded in one process per CPU (its first ones here,
# filling the caches the workers then share); a smaller one is not worth starting them.
SERIAL_FIRST = 256
EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
TABLE_WIDTH = 180

_typer_display_type = typer.core.TyperOption.display_type_rich


def _flag_display_type(self, ctx):
    # A flag takes no value; Typer labels it `<bool>`, which reads as if it wanted one.
    return None if self.is_flag and self.metavar is None else _typer_display_type(self, ctx)


typer.core.TyperOption.display_type_rich = _flag_display_type  # type: ignore[method-assign]


@dataclass
class Settings:
    """The global options (and config file) of one invocation, read by the commands that need them."""

    config: Config = field(default_factory=Config)
    published: str | None = None  # --published: the date of inputs that carry none


SETTINGS = Settings()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"warscribe {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, metavar="",
                                          help="Print the version and exit.")] = False,
    config: Annotated[Path | None, typer.Option(
        "--config", metavar="FILE", envvar="WARSCRIBE_CONFIG", show_envvar=True,
        help="A TOML file of pipeline settings (keys as in `warscribe.Config`: keep_languages, "
             "keep_all_languages, actor_files, gazetteer_path, default_country, max_document_chars, "
             "detect_near_duplicates, near_duplicate_threshold); warscribe.toml in the working folder "
             "is read when present.")] = None,
    cache_dir: Annotated[Path | None, typer.Option(
        "--cache-dir", metavar="DIR",
        help="Where the gazetteer is built and kept (default: $WARSCRIBE_CACHE, else $XDG_CACHE_HOME/warscribe "
             "or ~/.cache/warscribe).")] = None,
    language: Annotated[list[str] | None, typer.Option(
        "--language", metavar="CODE", help="Keep documents in this language (repeatable; default: en).")] = None,
    all_languages: Annotated[bool, typer.Option("--all-languages", metavar="",
                                                help="Keep documents in every language.")] = False,
    actors: Annotated[list[Path] | None, typer.Option(
        "--actors", metavar="PATH", help="An extra actor file or folder of them (repeatable).")] = None,
    gazetteer: Annotated[Path | None, typer.Option("--gazetteer", metavar="FILE",
                                                   help="The gazetteer SQLite file to use.")] = None,
    country: Annotated[str | None, typer.Option(
        "--default-country", metavar="CODE", help="Country focus (ISO code) when a document names none.")] = None,
    published: Annotated[str | None, typer.Option(
        "--published", metavar="YYYY-MM-DD", callback=lambda v: _check_date(v),
        help="Publication date of the inputs that carry none (.txt and .html files, records without one).")]
    = None,
    max_chars: Annotated[int | None, typer.Option(
        "--max-chars", min=1000, metavar="N",
        help=f"Longest document text read; longer ones are cut at a paragraph break, with a warning "
             f"(default {Limits().max_document_chars:,}).")] = None,
) -> None:
    """Apply the global options: the config file, then the options over it."""
    if cache_dir is not None:
        os.environ["WARSCRIBE_CACHE"] = str(cache_dir.expanduser())  # read by the gazetteer, here and in workers
    default_file = Path("warscribe.toml")
    try:
        cfg = load_config(config if config is not None else (default_file if default_file.is_file() else None))
    except ConfigError as exc:
        raise typer.BadParameter(str(exc), param_hint="--config") from None
    if language:
        cfg.keep_languages = tuple(language)
    if all_languages:
        cfg.keep_all_languages = True
    if actors:
        cfg.actor_files = (*cfg.actor_files, *actors)
    if gazetteer is not None:
        cfg.gazetteer_path = gazetteer
    if country:
        cfg.default_country = country.upper()
    if max_chars is not None:
        cfg.max_document_chars = max_chars
    SETTINGS.config = cfg
    SETTINGS.published = published


def main() -> None:
    """The console entry point: the app, with a closed or full output ending quietly with status 3."""
    from warscribe import _spacy_cli, recache

    _spacy_cli.defer()  # the command never runs spaCy's own command line: import it only if something uses it
    # patterns compiled by an earlier run of the command are made from their stored code
    command = next((a for a in sys.argv[1:] if re.fullmatch(r"[a-z][a-z-]*", a)), "help")
    recache.install(_RECACHE_AS.get(command, command))
    try:
        app()
    except BrokenPipeError:  # `warscribe events | head`: the reader left; not an error worth a traceback
        _silence_stdout()
        sys.exit(EXIT_OK)
    finally:
        # What is left is freed as the interpreter ends; the collector's passes over it then (a tenth of a
        # second after a pipeline is loaded) find nothing to collect.
        gc.freeze()
        recache.save()

INPUTS_HELP = (
    "Input files or directories: .jsonl/.ndjson (one document a line), .json (one document, or a list "
         "of them), .txt, .html/.htm, any of them .gz; directories are read recursively (hidden names "
         "skipped); '-' reads JSONL from stdin. Limits: a JSONL line or a whole file over 32 MiB is rejected; "
         "gzip data expanding past 100 times its size plus 64 MiB is rejected as a bomb; text over --max-chars "
         "is cut at a paragraph break, with a warning.")
Inputs = Annotated[list[str], typer.Argument(help=INPUTS_HELP, show_default=False)]
SomeInputs = Annotated[list[str] | None, typer.Argument(help=INPUTS_HELP + " Optional with --feed.",
                                                       show_default=False)]
DbOption = Annotated[str, typer.Option(
    "--db", metavar="FILE|URL",
    help="SQLite database file, or a SQLAlchemy URL such as postgresql://user:password@host/dbname (needs "
         "pip install 'warscribe[postgres]'); ingest creates the tables when missing.")]
DEFAULT_DB = str(DEFAULT_PATH)
OutOption = Annotated[str, typer.Option("--out", help="Output JSONL file, '-' for stdout.")]
Verbose = Annotated[bool, typer.Option("--verbose", "-v", metavar="",
                                      help="Also name each skipped document (repeats included) and why.")]
Workers = Annotated[int | None, typer.Option(
    "--workers", "-j", min=0, show_default=False,
    help="Processes that code documents in parallel (0: one per CPU). Default: the first "
         f"{SERIAL_FIRST} documents in this process, any more in one process per CPU.")]
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
Many = list[str] | None
TypeFilter = Annotated[Many, typer.Option("--type", metavar="TYPE",
                                          help="Event type or sub-event type, any case (repeatable: any of them).")]
ActorFilter = Annotated[Many, typer.Option(
    "--actor", metavar="NAME", help="Part of an actor name (actor1, actor2, associates), or an alias or acronym "
                                    "the coder knows ('HTS'); repeatable: any of them.")]
Admin1Filter = Annotated[Many, typer.Option(
    "--admin1", metavar="NAME", help="First-level region, any spelling the gazetteer knows ('Idlib' finds "
                                     "'Idleb'); repeatable.")]
CountryFilter = Annotated[Many, typer.Option("--country", metavar="NAME",
                                             help="Country name, ISO code or adjective ('SY', 'Syrian'); repeatable.")]
LocationFilter = Annotated[Many, typer.Option("--location", metavar="NAME",
                                              help="Location name, any known spelling; repeatable.")]
QueryFilter = Annotated[Many, typer.Option("--query", metavar="TEXT",
                                           help="Text to find in notes, place names or actors; repeatable.")]
Duplicates = Annotated[bool, typer.Option("--with-duplicates", metavar="",
                                          help="With --reports: include the reports linked to an earlier report "
                                               "of the same event (implies --reports).")]
Reports = Annotated[bool, typer.Option(
    "--reports", metavar="",
    help="Show the individual reports (one event per document that told it) instead of the canonical events "
         "(one per event, `source` listing every outlet, `sources` counting them).")]
LimitOption = Annotated[int | None, typer.Option("--limit", min=1, metavar="N", help="At most N events.")]
SortOption = Annotated[str, typer.Option(
    "--sort", metavar="|".join(SORTS),
    help="date (oldest first), newest, fatalities (most first) or id.")]


class ListFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(StrEnum):
    acled_csv = "acled-csv"
    jsonl = "jsonl"
    geojson = "geojson"
    parquet = "parquet"


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
    from rich.console import Console  # loaded by the commands that print more than a plain line

    return Console(stderr=True, highlight=False, soft_wrap=True)


# A line rich would print as it is (printable ASCII, nothing between two colons that could be an emoji code),
# written without loading rich.
_PLAIN_LINE, _EMOJI_CODE = re.compile(r"[ -~]*"), re.compile(r":\S*:")


def _say(message: str) -> None:
    """One line on stderr; a closed stderr is no reason to fail."""
    with contextlib.suppress(OSError, ValueError):
        if _PLAIN_LINE.fullmatch(message) and not _EMOJI_CODE.search(message):
            sys.stderr.write(message + "\n")
            sys.stderr.flush()
        else:
            _err().print(message, markup=False)


def _silence_stdout() -> None:
    """Point stdout at the null device, so the interpreter's last flush of a broken or full stdout cannot
    print a second error."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


@contextlib.contextmanager
def _output(path: str) -> Iterator[TextIO]:
    """A text stream for --out: stdout for '-', else the file (parent folders created); flushed before the
    command ends, so a full disk is reported here and not lost at exit."""
    if path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8", newline="") as handle:
        yield handle
        handle.flush()


class RunFailed(Exception):
    """An error the run cannot continue after (output closed or full, database unusable)."""


@contextlib.contextmanager
def _guarded(tally: Tally, reader: InputReader | None = None, with_events: bool = True,
             saved: str = "coded") -> Iterator[None]:
    """Turn an error no document can be blamed for into one line, the summary of what was done, and its
    own exit status (3; 130 for Ctrl-C) instead of a traceback."""
    status, message = None, ""
    try:
        yield
    except KeyboardInterrupt:
        status, message = EXIT_INTERRUPTED, "interrupted"
    except BrokenPipeError:
        _silence_stdout()
        status, message = EXIT_FAILED, "error: the output was closed before the run ended"
    except (OSError, StoreError, RunFailed, *_sqlalchemy_errors()) as exc:
        if _raised_by_interrupt(exc):
            status, message = EXIT_INTERRUPTED, "interrupted"
        else:
            if isinstance(exc, OSError) and exc.errno is not None:
                _silence_stdout()
            status, message = EXIT_FAILED, f"error: {_reason(exc)}"
    if status is None:
        return
    if reader is not None:
        tally.skipped += reader.duplicates
    _say(message)
    _say(f"{tally.line(with_events)} {saved} before the run stopped")
    raise typer.Exit(status)


def _raised_by_interrupt(exc: BaseException) -> bool:
    """Whether the error came while a Ctrl-C was being handled: a database statement cut off by the
    interrupt can fail again as its transaction is rolled back, and that run was interrupted, not failed."""
    cause = exc.__context__
    while cause is not None:
        if isinstance(cause, KeyboardInterrupt):
            return True
        cause = cause.__context__
    return False


def _sqlalchemy_errors() -> tuple[type[Exception], ...]:
    """SQLAlchemy's error class once SQLAlchemy is loaded (nothing raises it before): the commands without a
    database, and `--help`, do not pay for importing it."""
    loaded = sys.modules.get("sqlalchemy.exc")
    return (loaded.SQLAlchemyError,) if loaded is not None else ()


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror.lower()}{where}"
    if isinstance(exc, _sqlalchemy_errors()):
        return f"database: {getattr(exc, 'orig', None) or exc}".splitlines()[0]
    return str(exc) or type(exc).__name__


def _report(results: Iterable[Result], reader: InputReader, progress: ProgressReport, tally: Tally,
            verbose: bool, unchanged: UnchangedFilter | None = None) -> Iterator[Result]:
    """Tally each result and name its rejections, warnings (and, verbosely, skips) on stderr."""
    say = progress.print
    for result in with_warnings(results, reader):
        progress.advance()
        skipped_unchanged = unchanged.pop_skipped() if unchanged is not None else []
        tally.skipped += len(skipped_unchanged)
        if verbose:
            for repeat in reader.pop_repeats():
                say(f"skipped: {repeat}", markup=False)
            from warscribe.incremental import UNCHANGED

            for origin in skipped_unchanged:
                say(f"skipped: {origin}: {UNCHANGED} since it was stored", markup=False)
        else:
            reader.repeats.clear()
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
        if verbose and result.superseded:
            say(f"note: {doc.id if doc else '?'} is preferred to its near-duplicates "
                f"{', '.join(result.superseded)} (published earlier, or the same day with a smaller id)",
                markup=False)
        yield result


def _finish(tally: Tally, reader: InputReader, with_events: bool = True, verbose: bool = False) -> None:
    tally.skipped += reader.duplicates  # repeated inputs (same id, same text) were skipped by the reader
    if verbose:
        for repeat in reader.pop_repeats():
            _say(f"skipped: {repeat}")
    _say(tally.line(with_events))
    raise typer.Exit(tally.exit_code)


def _reader() -> InputReader:
    return InputReader(limits=Limits(max_document_chars=SETTINGS.config.max_document_chars),
                       default_published=SETTINGS.published)


def _warm_pipeline() -> Pipeline:
    from warscribe.pipeline import Pipeline  # the stages are heavy: load them only for commands that run them

    pipeline = Pipeline(SETTINGS.config)
    try:
        pipeline.context.warm()  # a resource that cannot load fails the run once, not every document
    except Exception as exc:
        raise RunFailed(f"cannot load the pipeline's data: {type(exc).__name__}: {exc}") from exc
    return pipeline


def _pipeline_results(inputs: list[str], reader: InputReader, workers: int | None = 1) -> Iterator[Result]:
    """The pipeline's results; the pipeline is loaded when the first document needs coding, so that a second
    ingest of an unchanged corpus (every document left out by the incremental filter) loads nothing."""
    items = reader.read(inputs)
    for item in items:
        if isinstance(item, Rejection):
            yield Result(rejection=item)
            continue
        pipeline = _warm_pipeline()
        rest = itertools.chain([item], items)
        if workers is None:
            yield from pipeline.process(rest, workers=os.cpu_count() or 1, serial_first=SERIAL_FIRST)
        else:
            yield from pipeline.process(rest, workers=workers or os.cpu_count() or 1)
        return


def _coded(inputs: list[str], reader: InputReader, workers: int | None, dask: str | None,
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

    stage, ctx, reader, tally = CleanStage(), Context(SETTINGS.config), _reader(), Tally()

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

    from warscribe.progress import ProgressReport

    with _guarded(tally, reader, with_events=False), _output(out) as handle, \
            ProgressReport("cleaning") as progress:
        for result in _report(cleaned(), reader, progress, tally, verbose):
            doc = result.document
            if doc is not None and result.rejection is None:
                record = {"id": doc.id, "text": doc.kept_text(), "title": doc.title,
                          "published": doc.published, "source": doc.source, "language": doc.language,
                          "kept": [list(s) for s in doc.kept]}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    _finish(tally, reader, with_events=False, verbose=verbose)


@app.command()
def extract(inputs: Inputs, out: OutOption = "-", verbose: Verbose = False, workers: Workers = None,
            dask: DaskOption = None) -> None:
    """Run the whole pipeline and write the events found, one JSON object a line (the event contract).

    Every event carries evidence: [start, end] spans of the document text supporting each field.

    Example: warscribe extract reports.jsonl --out events.jsonl
    """
    reader, tally = _reader(), Tally()
    from warscribe.export import write_jsonl
    from warscribe.progress import ProgressReport

    with _guarded(tally, reader), _output(out) as handle, ProgressReport("extracting") as progress:
        for result in _report(_coded(inputs, reader, workers, dask, progress), reader, progress, tally, verbose):
            write_jsonl(result.events if result.rejection is None else [], handle)
    _finish(tally, reader, verbose=verbose)


cache_app = typer.Typer(no_args_is_help=True, help="The cache folder ($WARSCRIBE_CACHE, --cache-dir): the "
                        "gazetteer and the tables built from the package data at the first run.")
app.add_typer(cache_app, name="cache")
# `cache build` codes as `extract` does: it fills extract's store of compiled patterns (recache)
_RECACHE_AS = {"cache": "extract"}
# Two short reports of our own words: coding them loads (and on an empty cache folder builds) all that a run of
# `extract` or `ingest` reads, the near-duplicate index included.
_WARM_UP = ({"id": "warm-up-1", "published": "2024-03-04",
             "text": "Gunmen killed two soldiers at a checkpoint near Maiduguri on Monday, the army said."},
            {"id": "warm-up-2", "published": "2024-03-05",
             "text": "Protesters marched through central Nairobi on Tuesday to demand lower fuel prices."})


@cache_app.command("build")
def cache_build() -> None:
    """Build now what the first `extract` or `ingest` on an empty cache folder would build (the gazetteer, the
    actor matchers, the language identifier, the data files' parses): `make install` runs it."""
    import time

    from warscribe.model import Document
    from warscribe.prebuilt import cache_root

    started = time.perf_counter()
    pipeline = _warm_pipeline()
    for _ in pipeline.process(Document.from_input(d) for d in _WARM_UP):
        pass
    pipeline.context.gazetteer.store_tables()  # the ones the warm-up documents did not need
    root = cache_root()
    size = sum(f.stat().st_size for f in root.rglob("*") if f.is_file()) if root.is_dir() else 0
    typer.echo(f"cache ready in {root} ({size / 2**20:.0f} MiB, {time.perf_counter() - started:.1f} s)")


def _open_store(db: str, must_exist: bool = False, writable: bool = False) -> Store:
    """The database of --db (a SQLite file or a SQLAlchemy URL): read-only (nothing written, not even to a
    foreign file) when `must_exist`, unless `writable` (an existing database the command may write, as
    `serve --review` does)."""
    path = sqlite_path(db)
    if must_exist and path is not None and path != ":memory:" and not Path(path).expanduser().exists():
        raise typer.BadParameter(f"no database at {db}; run `warscribe ingest ... --db {db}` first",
                                 param_hint="--db")
    from warscribe.store import Store  # SQLAlchemy: loaded by the commands that open a database

    try:
        return Store(db, read_only=must_exist and not writable)
    except StoreError as exc:
        raise typer.BadParameter(str(exc), param_hint="--db") from exc
    except ImportError as exc:  # the URL's driver: psycopg for postgresql://
        raise typer.BadParameter(f"cannot open database {display_db(db)}: its driver is not installed ({exc}); "
                                 "for PostgreSQL: pip install 'warscribe[postgres]'", param_hint="--db") from exc
    except (OSError, ValueError, *_sqlalchemy_errors()) as exc:  # ValueError: a URL SQLAlchemy cannot read
        raise typer.BadParameter(f"cannot open database {display_db(db)}: {_reason(exc)}",
                                 param_hint="--db") from exc


FeedOption = Annotated[list[str] | None, typer.Option(
    "--feed", metavar="FILE|URL", help="An RSS or Atom feed (a file or an http(s) URL) whose entries are "
                                       "ingested (repeatable).", show_default=False)]
ForceOption = Annotated[bool, typer.Option(
    "--force", metavar="", help="Code every input again, even those stored unchanged since the last ingest.")]


@app.command()
def ingest(inputs: SomeInputs = None, db: DbOption = DEFAULT_DB,
           feed: FeedOption = None, force: ForceOption = False, verbose: Verbose = False, workers: Workers = None,
           dask: DaskOption = None) -> None:
    """Run the pipeline and store documents, events, evidence and rejections in the database.

    Incremental: an input stored before with the same text, metadata and settings is not coded again
    (counted as skipped: unchanged); a changed one replaces its earlier version and events, so ingesting a
    corpus twice leaves the row counts unchanged. Each document is saved in its own transaction: an ingest
    stopped by Ctrl-C or killed leaves a consistent database, and the same command resumes where it stopped.
    Several ingests may write to one database at once: each waits for the other's write lock. With --dask
    every input is coded.

    Example: warscribe ingest articles/ feed.jsonl.gz --db warscribe.db
    """
    if not inputs and not feed:
        raise typer.BadParameter("give input files or directories, '-', or --feed", param_hint="INPUTS")
    if feed and dask:
        raise typer.BadParameter("feeds cannot be coded on a cluster; leave out --dask", param_hint="--feed")
    store = _open_store(db)
    cfg = SETTINGS.config
    store.near_duplicate_threshold = cfg.near_duplicate_threshold if cfg.detect_near_duplicates else None
    reader, tally = _reader(), Tally()
    from warscribe.incremental import UNCHANGED, UnchangedFilter, settings_key

    unchanged = UnchangedFilter(store, settings_key(SETTINGS.config), force=force,
                                on_skip=reader.drop_warnings_of)
    reader.filters.append(unchanged)
    sources: list[Any] = [*(inputs or []), *(FeedSource(f) for f in feed or [])]
    from warscribe.progress import ProgressReport

    with _guarded(tally, reader, saved="coded and stored"), store, ProgressReport("ingesting") as progress:
        results = _coded(sources, reader, workers, dask, progress)
        for result in _report(results, reader, progress, tally, verbose, unchanged):
            store.save(result)
        counts = store.counts()
    for origin in unchanged.pop_skipped():  # those after the last document coded
        tally.skipped += 1
        if verbose:
            _say(f"skipped: {origin}: {UNCHANGED} since it was stored")
    _say(f"{display_db(db)}: {counts['documents']} documents, {counts['events']} events "
         f"({counts['canonical_events']} after linking the reports of one event), {counts['rejections']} "
         f"rejections stored")
    _finish(tally, reader, verbose=verbose)


@app.command()
def watch(folder: Annotated[Path, typer.Argument(help="The folder to watch, with its subfolders.",
                                                 show_default=False)],
          db: DbOption = DEFAULT_DB, verbose: Verbose = False, workers: Workers = None,
          poll: Annotated[bool, typer.Option("--poll", metavar="",
                                             help="Look for changes by polling (network file systems).")]
          = False) -> None:
    """Code a folder's files into the database, then each file that appears or changes, until Ctrl+C.

    As `ingest`: files stored unchanged are skipped, a changed file's documents replace their earlier version
    and events; one summary line on stderr per batch of changes. Deleted files keep their documents.

    Example: warscribe watch incoming/ --db warscribe.db
    """
    from warscribe.watch import changed_files

    if not folder.is_dir():
        raise typer.BadParameter(f"{folder} is not a folder", param_hint="FOLDER")
    store = _open_store(db)
    tally = Tally()
    from warscribe.incremental import UnchangedFilter, settings_key

    with _guarded(tally, saved="coded and stored"), store:
        pipeline = _warm_pipeline()

        def code(sources: list[str]) -> None:
            reader, batch = _reader(), Tally()
            unchanged = UnchangedFilter(store, settings_key(SETTINGS.config), on_skip=reader.drop_warnings_of)
            reader.filters.append(unchanged)
            results = pipeline.process(reader.read(sources), workers=workers or os.cpu_count() or 1)
            from warscribe.progress import ProgressReport

            with ProgressReport("ingesting") as progress:
                for result in _report(results, reader, progress, batch, verbose, unchanged):
                    store.save(result)
            batch.skipped += len(unchanged.pop_skipped()) + reader.duplicates
            for name in ("processed", "skipped", "rejected", "events"):
                setattr(tally, name, getattr(tally, name) + getattr(batch, name))
            _say(f"{datetime.now().strftime('%H:%M:%S')} {batch.line()}")

        if any(is_supported(p) for p in folder.rglob("*") if p.is_file()):
            code([str(folder)])
        _say(f"watching {folder} for new and changed files (Ctrl+C stops)")
        for paths in changed_files(folder, poll=poll):
            code([str(p) for p in paths])


@dataclass
class Filters:
    """The filters of `events` and `export`, each value expanded to the spellings the coder may have stored."""

    since: str | None = None
    until: str | None = None
    event_type: Many = None
    actor: Many = None
    admin1: Many = None
    country: Many = None
    location: Many = None
    query: Many = None
    with_duplicates: bool = False
    limit: int | None = None
    sort: str = "date"
    reports: bool = False

    def query_store(self, db: str) -> list[Event]:
        if self.sort not in SORTS:
            raise typer.BadParameter(f"{self.sort!r} is not one of {', '.join(SORTS)}", param_hint="--sort")
        for name in ("event_type", "actor", "admin1", "country", "location", "query"):
            option = "--type" if name == "event_type" else f"--{name}"
            for value in getattr(self, name) or ():
                try:
                    check_filter(value, option)
                except ValueError as exc:
                    raise typer.BadParameter(str(exc), param_hint=option) from None
        expanded = self._expanded()
        with _open_store(db, must_exist=True) as store:
            if not (self.reports or self.with_duplicates):
                return store.canonical_events(since=self.since, until=self.until, event_type=self.event_type,
                                              limit=self.limit, sort=self.sort, query=self.query, **expanded)
            return store.events(since=self.since, until=self.until, event_type=self.event_type,
                                include_duplicates=self.with_duplicates, limit=self.limit, sort=self.sort,
                                query=self.query, **expanded)

    def _expanded(self) -> dict[str, list[str] | None]:
        from warscribe import names

        def each(values: Many, spell) -> list[str] | None:
            if not values:
                return None
            # alias expansion may add long official names: keep them within the store's length limit
            return [n for v in values for n in spell(v.strip()) if len(n) <= MAX_FILTER_CHARS]

        actors = _actor_base() if self.actor else None
        gazetteer = _existing_gazetteer() if self.location else None
        return {"actor": each(self.actor, lambda v: names.actor_names(v, actors)),
                "admin1": each(self.admin1, names.admin1_names),
                "country": each(self.country, names.country_names_for),
                "location": each(self.location, lambda v: names.location_names(v, gazetteer))}


def _actor_base():
    """The actor base (bundled and the user's files), or None when it cannot load: filters then match the
    names as typed."""
    try:
        from warscribe.knowledge.actors import ActorBase

        return ActorBase.load(extra=SETTINGS.config.actor_files)
    except Exception:  # a broken user file must not stop a query; ingest reports it
        return None


def _existing_gazetteer():
    """The gazetteer when it is already built (a query never builds one), else None."""
    try:
        from warscribe.places.gazetteer import Gazetteer, default_path

        path = SETTINGS.config.gazetteer_path or default_path()
        return Gazetteer(path) if Path(path).exists() else None
    except Exception:
        return None


def _table(events: list[Event], canonical: bool = False) -> Table:
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    columns = [("event id", "left"), ("date", "left"), ("type / sub-type", "left"), ("actor1", "left"),
               ("actor2", "left"), ("location", "left"), ("admin1", "left"), ("fatalities", "right"),
               ("claim", "left")]
    if canonical:
        columns.append(("sources", "right"))
    for name, justify in columns:
        table.add_column(name, justify=justify, overflow="fold")  # type: ignore[arg-type]
    for ev in events:
        cells = [ev.event_id, ev.event_date or "?", f"{ev.event_type} / {ev.sub_event_type}", ev.actor1 or "",
                 ev.actor2 or "", ev.location or "", ev.admin1 or "", str(ev.fatalities), ev.claim_status or ""]
        if canonical:
            cells.append(str(getattr(ev, "sources", 1)))
        table.add_row(*cells)
    return table


@app.command()
def events(db: DbOption = DEFAULT_DB, since: Since = None, until: Until = None,
           event_type: TypeFilter = None, actor: ActorFilter = None, admin1: Admin1Filter = None,
           country: CountryFilter = None, location: LocationFilter = None,
           query: QueryFilter = None, with_duplicates: Duplicates = False, limit: LimitOption = None,
           sort: SortOption = "date", reports: Reports = False,
           fmt: Annotated[ListFormat, typer.Option("--format", help="table, jsonl or csv (ACLED columns).")]
           = ListFormat.table) -> None:
    """List the stored events matching all the filters given (several values of one filter: any of them).

    By default each event is shown once however many outlets told it (a canonical event: dates, type and
    places match the event's own values, --actor and --query any of its reports; `sources` counts the
    outlets, jsonl adds each report and their disagreements);
    `--reports` lists the reports themselves. The database is only read. The table shows each event's id
    (the id of its earliest report); `warscribe events --format jsonl --reports` gives every field with its
    evidence.

    Example: warscribe events --db warscribe.db --since 2024-01-01 --type "Air/drone strike" --admin1 Idlib
    """
    found = Filters(since, until, event_type, actor, admin1, country, location, query, with_duplicates, limit,
                    sort, reports).query_store(db)
    tally = Tally()
    from warscribe.export import write_acled_csv, write_jsonl

    with _guarded(tally, with_events=False):
        if fmt is ListFormat.jsonl:
            write_jsonl(found, sys.stdout)
        elif fmt is ListFormat.csv:
            write_acled_csv(found, sys.stdout)
        else:
            from rich.console import Console

            console = Console(highlight=False)
            if not console.is_terminal:
                console.width = TABLE_WIDTH  # a pipe or file has no width; don't squeeze the table to 80
            console.print(_table(found, canonical=not (reports or with_duplicates)))
        sys.stdout.flush()
    if fmt is ListFormat.table:
        _say(f"{len(found)} events")


@app.command()
def export(db: DbOption = DEFAULT_DB,
           fmt: Annotated[ExportFormat, typer.Option(
               "--format", help="acled-csv, jsonl, geojson or parquet (needs pip install 'warscribe[parquet]').")]
           = ExportFormat.acled_csv,
           out: Annotated[str, typer.Option(help="Output file, '-' for stdout.")] = "-",
           since: Since = None, until: Until = None, event_type: TypeFilter = None, actor: ActorFilter = None,
           admin1: Admin1Filter = None, country: CountryFilter = None, location: LocationFilter = None,
           query: QueryFilter = None, with_duplicates: Duplicates = False, limit: LimitOption = None,
           sort: SortOption = "date", reports: Reports = False,
           reviewed_only: Annotated[bool, typer.Option(
               "--reviewed-only", help="Only events an analyst confirmed or corrected (`serve --review`).")] = False,
           apply_corrections: Annotated[bool, typer.Option(
               "--apply-corrections", help="Write analysts' corrections over the machine's values; leave out "
                                           "events they rejected.")] = False) -> None:
    """Write the stored events (optionally filtered, as in `events`) as ACLED-style CSV, JSONL, GeoJSON or Parquet.

    One row per event (canonical events: `source` lists every outlet that told it; jsonl and geojson add
    `sources`, each report and their disagreements), or per report with `--reports`. acled-csv uses ACLED's
    column names and order; geojson is a FeatureCollection of points (events without coordinates are left
    out and counted); parquet has the JSONL fields as columns (lists as lists, evidence as a list of
    structs). The database is only read.

    Example: warscribe export --db warscribe.db --format geojson --out events.geojson
    """
    if fmt is ExportFormat.parquet and importlib.util.find_spec("pyarrow") is None:
        raise typer.BadParameter("parquet needs pyarrow: pip install 'warscribe[parquet]'", param_hint="--format")
    found = Filters(since, until, event_type, actor, admin1, country, location, query, with_duplicates, limit,
                    sort, reports).query_store(db)
    if reviewed_only or apply_corrections:
        found = _apply_reviews(db, found, reviewed_only, apply_corrections)
    from warscribe.export import write_events

    with _guarded(Tally(), with_events=False), _output(out) as handle:
        summary = write_events(found, handle, fmt.value)
    note = ""
    if fmt is ExportFormat.geojson:
        note = f" ({summary.without_coordinates} without coordinates left out)"
    _say(f"wrote {summary.written} events to {out if out != '-' else 'stdout'}{note}")


@app.command()
def relink(db: DbOption = DEFAULT_DB) -> None:
    """Link every stored event into canonical events again, from nothing.

    Ingest links as it stores; this gives the same canonical events (ids included) and is safe to run any
    time, for instance after editing the linking rules (data/linking/rules.yaml).

    Example: warscribe relink --db warscribe.db
    """
    with _open_store(db, must_exist=True, writable=True) as store:
        try:
            found = store.relink()
        except _sqlalchemy_errors() as exc:
            _err().print(f"error: relinking failed, nothing changed: {_reason(exc)}", markup=False)
            raise typer.Exit(EXIT_FAILED) from None
    _say(f"{display_db(db)}: {found['canonical_events']} canonical events, {found['canonical_linked']} told by several "
         f"reports")


def _apply_reviews(db: str, found: list[Event], reviewed_only: bool, apply_corrections: bool) -> list[Event]:
    """Analysts' decisions over the machine's events (warning about events coded anew since their review)."""
    from warscribe.export import reviewed_events
    from warscribe.reviews import latest

    with _open_store(db, must_exist=True) as store:
        decisions = latest(store)
    stale = sum(1 for ev in found if ev.event_id in decisions and decisions[ev.event_id].changed(ev))
    if stale:
        _err().print(f"warning: {stale} reviewed events were coded anew since their review; "
                     "check them in `warscribe serve`", markup=False)
    return list(reviewed_events(found, decisions, reviewed_only=reviewed_only,
                                apply_corrections=apply_corrections))


# --- serve (warscribe.web; needs the `web` extra) --------------------------------------------------------
@app.command()
def serve(db: DbOption = DEFAULT_DB,
          host: Annotated[str, typer.Option(help="Address to listen on; keep 127.0.0.1 unless you mean it.")]
          = "127.0.0.1",
          port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
          review: Annotated[bool, typer.Option("--review", help="Let analysts confirm, reject or correct events "
                                                            "(needs the token printed at start).")] = False,
          reviewer: Annotated[str, typer.Option(help="Reviewer name the review form starts with.")] = "analyst",
          tiles: Annotated[str | None, typer.Option(help="Tile server URL template ({z}/{x}/{y}) for the map's "
                                                         "base layer; default: offline country outlines.")]
          = None) -> None:
    """Browse the events: a map, a timeline, filters, and the evidence behind every field.

    Example: warscribe serve --db warscribe.db --review
    """
    import secrets

    try:
        from warscribe.web import LOOPBACK, create_app, run
    except ImportError as exc:
        raise typer.BadParameter(f"the web view needs its extra: pip install 'warscribe[web]' ({exc})") from exc
    store = _open_store(db, must_exist=True, writable=review)
    token = secrets.token_urlsafe(24) if review else None
    local = host in LOOPBACK
    say = _err().print
    say(f"warscribe: serving {display_db(db)} at http://{host}:{port}/ (Ctrl+C stops)", markup=False)
    if not local:
        say(f"warning: listening on {host}: whoever can reach it can read the events", markup=False)
    if token:
        say(f"review token: {token}  (sign in at http://{host}:{port}/login)", markup=False)
    app_ = create_app(store, review_token=token, reviewer=reviewer, tiles=tiles,
                      allowed_hosts=LOOPBACK if local else None)
    with store:
        run(app_, host=host, port=port)


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

if _module_exists("warscribe.explain_cli"):
    from warscribe import explain_cli as _explain_cli

    _explain_cli.register(app)
