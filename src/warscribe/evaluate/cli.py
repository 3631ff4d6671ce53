"""The `eval`, `eval-geo` and `bench` commands, added to the main `warscribe` app by `register`."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from warscribe.evaluate import EvalInputError

if TYPE_CHECKING:  # rich is loaded by the command that prints, not by every start of the CLI
    from rich.console import Console, RenderableType

REPORT_WIDTH = 160
EXIT_BAD_INPUT = 1

JsonOption = Annotated[bool, typer.Option("--json", help="Write the full report as JSON on stdout instead of tables.")]
ShowErrors = Annotated[int, typer.Option("--show-errors", min=0, help="Also list this many errors.")]


class EvalFormat(StrEnum):
    acled = "acled"
    seeds = "seeds"
    insecurity_insight = "insecurity-insight"


class GeoFormat(StrEnum):
    ucdp = "ucdp"
    insecurity_insight = "insecurity-insight"


class BenchStage(StrEnum):
    clean = "clean"
    extract = "extract"
    ingest = "ingest"
    all = "all"


def _console() -> Console:
    from rich.console import Console

    console = Console(highlight=False)
    if not console.is_terminal:
        console.width = REPORT_WIDTH  # a pipe or file has no width; keep the tables readable
    return console


def _fail(message: str) -> typer.Exit:
    from rich.console import Console

    Console(stderr=True, highlight=False, soft_wrap=True).print(f"error: {message}", markup=False)
    return typer.Exit(EXIT_BAD_INPUT)


def _emit(data: dict[str, Any], view: RenderableType, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        _console().print(view)


def eval_command(
    gold: Annotated[Path, typer.Option("--gold", help="Gold file: an ACLED export CSV, Insecurity Insight incidents "
                                                      "JSONL, or seed-format gold events JSONL (negatives/lines "
                                                      "files beside it are used).")],
    fmt: Annotated[EvalFormat, typer.Option("--format", help="acled, insecurity-insight or seeds.")],
    text_column: Annotated[str, typer.Option(help="acled: the column holding the text to code.")] = "notes",
    docs: Annotated[list[Path] | None, typer.Option(
        "--docs", help="seeds: the documents the gold annotates (JSONL, .txt, .html or a directory; repeat for "
                       "several); default: ../seeds/seeds.jsonl beside the gold's folder.")] = None,
    events: Annotated[Path | None, typer.Option(
        help="seeds: score this `warscribe extract` output instead of running the pipeline.")] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="acled, insecurity-insight: only the first N rows.")] = None,
    country: Annotated[str | None, typer.Option(help="insecurity-insight: only this country's incidents.")] = None,
    default_country: Annotated[str | None, typer.Option(
        "--default-country", help="insecurity-insight: code each description as from a feed about this country "
                                  "(a code, e.g. SY), used when the text names none. The country field then "
                                  "rests on this assumption; report such figures apart.")] = None,
    as_json: JsonOption = False,
    show_errors: ShowErrors = 0,
) -> None:
    """Score warscribe against coded data: an ACLED export, Insecurity Insight incidents, or seeds-format gold.

    acled: each row's notes are coded (its event_date is the publication date) and the best-matching event is
    compared field by field with the row. insecurity-insight: each incident's description is coded (its date as
    the publication date) and the best-matching event compared with its weapon (as a sub-event type family,
    through data/eval/insecurity_insight.yaml), perpetrator (as actor 1), country, admin1 and coordinates,
    overall and per country. seeds: the gold's documents are run through the pipeline and scored with the seed
    scorer's matching rules (events, and cleaning when a *_lines.json is beside the gold).

    Example: warscribe eval --gold export.csv --format acled --show-errors 20
    Example: warscribe eval --gold incidents.jsonl --format insecurity-insight --country Syria
    """
    from warscribe.evaluate import report

    try:
        if fmt is EvalFormat.acled:
            from warscribe.evaluate.acled import evaluate as evaluate_acled

            result = evaluate_acled(gold, text_column, limit)
            _emit(result.to_dict(), report.acled_view(result, show_errors), as_json)
        elif fmt is EvalFormat.insecurity_insight:
            from warscribe.evaluate.insecurity import evaluate as evaluate_ii

            incidents = evaluate_ii(gold, limit, country, default_country.upper() if default_country else None)
            _emit(incidents.to_dict(), report.insecurity_view(incidents, show_errors), as_json)
        else:
            from warscribe.evaluate.seeds import evaluate as evaluate_seeds

            seeds = evaluate_seeds(gold, docs, events)
            _emit(seeds.to_dict(), report.seeds_view(seeds), as_json)
            if not as_json:
                console = _console()
                for line in report.seeds_lines(seeds):
                    console.print(line, soft_wrap=True, markup=False)
                if show_errors:
                    console.print(report.seeds_errors(seeds, show_errors))
    except EvalInputError as exc:
        raise _fail(str(exc)) from None


def eval_geo_command(
    gold: Annotated[Path, typer.Option("--gold", help="A UCDP GED CSV (where_coordinates, latitude, longitude), "
                                       "or Insecurity Insight JSONL (country, admin1, latitude, longitude).")],
    fmt: Annotated[GeoFormat, typer.Option("--format", help="ucdp or insecurity-insight.")] = GeoFormat.ucdp,
    gazetteer: Annotated[Path | None, typer.Option(help="Gazetteer file; default: the user's cache.")] = None,
    text: Annotated[bool, typer.Option("--text", help="insecurity-insight: also code each description and "
                                       "compare the event's place.")] = False,
    limit: Annotated[int | None, typer.Option(min=1, help="insecurity-insight: only the first N rows.")] = None,
    as_json: JsonOption = False,
    show_errors: ShowErrors = 0,
) -> None:
    """Benchmark the geocoder: look up each distinct place name of a UCDP GED file, measure the error in km;
    or name the country and admin1 of each Insecurity Insight incident's point, by stated precision.

    ucdp: type words ("town", "village", "Governorate"...) are stripped from the names; the row's country is the
    lookup's context. Reports median and 90th percentile error, share within 10 km and share unresolved.
    insecurity-insight: the gazetteer's country and admin1 for each point (nearest populated place), and with
    --text the country, admin1 and distance of the event coded from the description.

    Example: warscribe eval-geo --gold ged_syria.csv --format ucdp
    """
    from warscribe.evaluate import report
    from warscribe.evaluate.geo import evaluate as evaluate_geo

    try:
        if fmt is GeoFormat.insecurity_insight:
            from warscribe.evaluate import geo_incidents

            incidents = geo_incidents.evaluate(gold, gazetteer, code_text=text, limit=limit)
            _emit(incidents.to_dict(), geo_incidents.view(incidents, show_errors), as_json)
            return
        result = evaluate_geo(gold, gazetteer)
    except EvalInputError as exc:
        raise _fail(str(exc)) from None
    except FileNotFoundError as exc:
        raise _fail(str(exc)) from None
    _emit(result.to_dict(), report.geo_view(result, show_errors), as_json)


def bench_command(
    corpus: Annotated[Path, typer.Argument(help="Corpus: an input file or folder (any input format).",
                                           show_default=False)],
    runs: Annotated[int, typer.Option(min=1, help="Timed runs per stage (after one warm-up run).")] = 5,
    stage: Annotated[BenchStage, typer.Option(help="clean, extract, ingest or all.")] = BenchStage.all,
    limit: Annotated[int | None, typer.Option(min=1, help="Only the first N documents.")] = None,
    workers: Annotated[int, typer.Option("--workers", "-j", min=1,
                                         help="Processes that code documents (extract, ingest).")] = 1,
    as_json: JsonOption = False,
) -> None:
    """Throughput (documents/s, words/s) and peak memory of clean, extract and ingest over a corpus.

    Each stage runs in a process of its own: one warm-up run, then the median of --runs timed runs. When
    spaCy's en_core_web_sm is installed, its NER alone is measured on the same documents for comparison.

    Example: warscribe bench articles.jsonl --runs 5
    """
    from rich.console import Console

    from warscribe.evaluate import report
    from warscribe.evaluate.bench import STAGES, BenchError, run_bench

    stages = STAGES if stage is BenchStage.all else (stage.value,)
    err = Console(stderr=True, highlight=False)
    try:
        result = run_bench(corpus, runs, stages, limit, progress=lambda s: err.print(f"measuring {s}..."),
                           workers=workers)
    except BenchError as exc:
        raise _fail(str(exc)) from None
    _emit(result.to_dict(), report.bench_view(result), as_json)


def register(app: typer.Typer) -> None:
    """Add `eval`, `eval-geo` and `bench` to the main app."""
    app.command("eval")(eval_command)
    app.command("eval-geo")(eval_geo_command)
    app.command("bench")(bench_command)
