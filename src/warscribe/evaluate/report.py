"""Readable tables (rich renderables) for the evaluation and benchmark reports; the CLI prints them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from warscribe.evaluate.acled import AcledReport
from warscribe.evaluate.bench import NER, BenchReport
from warscribe.evaluate.geo import GeoReport
from warscribe.evaluate.insecurity import InsecurityReport
from warscribe.evaluate.metrics import Ratio
from warscribe.evaluate.seeds import FIELDS as SEED_FIELDS
from warscribe.evaluate.seeds import SeedsReport

SEED_FIELD_NAMES = {"type": "event type", "sub": "sub-event type", "actors": "actors", "location": "location",
                    "fatalities": "fatalities", "date": "date", "claim": "claim status"}
CONFUSION_ROWS = 10


def pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def km(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f} km"


def _table(title: str, columns: Iterable[tuple[str, str]]) -> Table:
    table = Table(title=title, title_justify="left", header_style="bold")
    for name, justify in columns:
        table.add_column(name, justify=justify, overflow="fold")  # type: ignore[arg-type]
    return table


def _ratio_row(name: str, r: Ratio) -> tuple[str, str, str]:
    return name, str(r), pct(r.rate)


# ---- seeds format -----------------------------------------------------------------------------------------

def seeds_view(report: SeedsReport) -> RenderableType:
    e = report.events
    detect = _table("Events found", (("measure", "left"), ("value", "right")))
    for name, value in (("F1", f"{e.f1:.2f}"), ("precision", f"{e.precision:.2f}"), ("recall", f"{e.recall:.2f}"),
                        ("events coded", str(e.events)), ("matched gold events", str(e.matched)),
                        ("required gold found", f"{e.required_found}/{e.required}"),
                        ("false positives", str(e.false_pos)), ("  of which duplicates", str(e.duplicates)),
                        ("  of which from negative passages", str(e.from_negatives)),
                        ("evidence spans not matching the text", str(e.bad_evidence))):
        detect.add_row(name, value)
    fields = _table("Fields of matched events", (("field", "left"), ("right", "right"), ("accuracy", "right")))
    for k in SEED_FIELDS:
        fields.add_row(*_ratio_row(SEED_FIELD_NAMES[k], e.fields[k]))
    parts: list[RenderableType] = [Text(f"gold: {report.gold}  documents: {', '.join(report.docs)}"), detect, fields]
    if report.clean is not None:
        c = report.clean
        clean = _table("Cleaning", (("measure", "left"), ("right", "right"), ("share", "right")))
        for name, r in (("content lines kept", c.content_kept), ("boilerplate lines removed", c.boilerplate_removed),
                        ("metadata found", c.metadata)):
            clean.add_row(*_ratio_row(name, r))
        parts.append(clean)
    for problem in report.rejections:
        parts.append(Text(f"rejected input: {problem}"))
    return Group(*parts)


def seeds_lines(report: SeedsReport) -> list[str]:
    """The summary lines, in the seed scorer's layout (print them unwrapped, to compare or grep)."""
    return [report.events.line()] + ([report.clean.line()] if report.clean is not None else [])


def seeds_errors(report: SeedsReport, limit: int) -> RenderableType:
    table = _table(f"Errors (first {limit})", (("kind", "left"), ("doc", "left"), ("gold", "left"),
                                               ("detail", "left")))
    rows = [(err["kind"], err["doc"], err.get("gold") or "", _seed_detail(err)) for err in report.events.errors]
    if report.clean is not None:
        rows += [(err["kind"], err["doc"], str(err["line"]), err["text"]) for err in report.clean.errors]
    if not rows:
        return Text("no errors")
    for row in rows[:limit]:
        table.add_row(*row)
    return table


def _seed_detail(err: dict[str, Any]) -> str:
    wrong = err.get("wrong")
    return f"wrong {', '.join(wrong)}: {err['got']}" if wrong else err["got"]


# ---- ACLED ----------------------------------------------------------------------------------------------

ACLED_FIELD_NAMES = {"event_type": "event type", "sub_event_type": "sub-event type", "actor1": "actor 1 (any role)",
                     "actor2": "actor 2 (any role)", "assoc_actors": "associated actors",
                     "location_10km": "location within 10 km",
                     "location_25km": "location within 25 km", "admin1": "admin1",
                     "admin1_named": "admin1 (rows whose text names the place)", "fatalities_exact":
                     "fatalities exact", "fatalities_20pct": "fatalities within 20%", "event_date": "event date",
                     "both_actors": "both actors (either order)", "actor_roles": "both actors in their roles"}


def acled_view(report: AcledReport, show_errors: int = 0) -> RenderableType:
    summary = _table("Rows", (("measure", "left"), ("value", "right")))
    per_row = report.events_coded / report.rows if report.rows else None
    for name, value in (("rows evaluated", str(report.rows)), ("rows with no event coded", pct(report.no_event_share)),
                        ("events coded per row", "-" if per_row is None else f"{per_row:.2f}"),
                        ("rows with every field right", f"{report.rows_all_right}/{report.rows}")):
        summary.add_row(name, value)
    fields = _table("Fields (best-matching coded event per row)",
                    (("field", "left"), ("right / rows", "right"), ("accuracy", "right"),
                     ("right / rows with an event", "right"), ("when found", "right")))
    for k, score in (*report.fields.items(), *report.actor_pairs.items()):
        fields.add_row(ACLED_FIELD_NAMES[k], str(score.all), pct(score.all.rate), str(score.found),
                       pct(score.found.rate))
    parts: list[RenderableType] = [Text(f"gold: {report.gold}"), summary, fields,
                                   _confusion("Most common sub-event type errors", report.sub_confusion),
                                   _confusion("Most common event type errors", report.type_confusion)]
    if report.skipped:
        parts.append(Text("documents skipped by the pipeline: "
                          + "; ".join(f"{why} ({n})" for why, n in report.skipped.most_common())))
    parts += [Text(f"warning: {w}") for w in report.warnings]
    if show_errors:
        table = _table(f"Errors (first {show_errors})", (("row", "left"), ("wrong", "left"), ("gold", "left"),
                                                         ("coded", "left")))
        for err in report.errors[:show_errors]:
            table.add_row(f"{err['id']} (line {err['line']})", ", ".join(err["wrong"]), err["gold"], err["got"])
        parts.append(table)
    return Group(*parts)


def _confusion(title: str, counter: Any) -> Table:
    table = _table(title, (("gold", "left"), ("coded as", "left"), ("rows", "right")))
    for (gold, got), n in counter.most_common(CONFUSION_ROWS):
        table.add_row(gold, got, str(n))
    return table


# ---- UCDP geocoding -------------------------------------------------------------------------------------

def _geo_row(name: str, s: dict[str, Any]) -> tuple[str, ...]:
    return (name, str(s["names"]), pct(s["unresolved_share"]), km(s["median_km"]), km(s["p90_km"]),
            pct(s["within_10km_share"]), pct(s["within_10km_of_resolved"]), pct(s["events_within_10km_share"]))


def geo_view(report: GeoReport, show_errors: int = 0) -> RenderableType:
    table = _table("Geocoding distinct UCDP place names", (
        ("where_prec", "left"), ("names", "right"), ("unresolved", "right"), ("median error", "right"),
        ("90th pct error", "right"), ("within 10 km", "right"), ("within 10 km of resolved", "right"),
        ("events within 10 km", "right")))
    for prec, s in report.by_precision().items():
        table.add_row(*_geo_row(prec, s))
    table.add_row(*_geo_row("all", report.summary()), style="bold")
    matches = _table("Resolved names by how the spelling matched", (
        ("match", "left"), ("names", "right"), ("median error", "right"), ("90th pct error", "right"),
        ("within 10 km", "right")))
    for kind, s in report.by_match().items():
        matches.add_row(kind, str(s["names"]), km(s["median_km"]), km(s["p90_km"]), pct(s["within_10km_share"]))
    parts: list[RenderableType] = [Text(f"gold: {report.gold}  gazetteer: {report.gazetteer}"), table,
                                   Text("where_prec (UCDP): 1 exact place, 2 within 25 km, 3 district, "
                                        "4 governorate, 5 approximate area, 6 country"), matches]
    parts += [Text(f"warning: {w}") for w in report.warnings]
    if show_errors:
        errors = _table(f"Unresolved or over 10 km off, most events first (first {show_errors})", (
            ("UCDP name", "left"), ("events", "right"), ("where_prec", "right"), ("gazetteer choice", "left"),
            ("feature", "left"), ("match", "left"), ("error", "right")))
        for err in report.errors()[:show_errors]:
            errors.add_row(err["name"], str(err["events"]), err["where_prec"], err["found"] or "(unresolved)",
                           err["feature"] or "", err["match"] or "", km(err["error_km"]))
        parts.append(errors)
    return Group(*parts)


# ---- benchmark ------------------------------------------------------------------------------------------

def bench_view(report: BenchReport) -> RenderableType:
    table = _table(f"Throughput, median of {report.runs} runs after a warm-up", (
        ("stage", "left"), ("docs", "right"), ("words", "right"), ("median", "right"), ("docs/s", "right"),
        ("words/s", "right"), ("peak RSS", "right"), ("RSS before", "right"), ("vs spaCy NER", "right")))
    for s in report.stages:
        ratio = report.ner_ratio(s.stage) if s.stage != NER else None
        table.add_row(s.stage, str(s.docs), str(s.words), f"{s.median_s:.3f} s", f"{s.docs_per_s:.1f}",
                      f"{s.words_per_s:,.0f}", f"{s.peak_rss_mib:.0f} MiB", f"{s.start_rss_mib:.0f} MiB",
                      "-" if ratio is None else f"{ratio:.2f}x")
    parts: list[RenderableType] = [
        Text(f"corpus: {report.corpus} ({report.docs_read} documents, {report.rejected} inputs rejected)"), table,
        Text("each stage runs in its own process; peak RSS is that process's maximum resident memory "
             "(interpreter, libraries, resources and data), 'RSS before' the same after reading the corpus")]
    parts += [Text(f"note: {n}") for n in report.notes]
    return Group(*parts)


# ---- Insecurity Insight ---------------------------------------------------------------------------------

II_FIELD_NAMES = {"sub_type_family": "sub-event type family (weapon)", "perpetrator": "perpetrator as actor 1",
                  "country": "country", "admin1": "admin1", "location_25km": "location within 25 km",
                  "event_month": "event date (month)"}
II_COUNTRY_ROWS = 12


def insecurity_view(report: InsecurityReport, show_errors: int = 0) -> RenderableType:
    total = report.total
    summary = _table("Incidents", (("measure", "left"), ("value", "right")))
    per_row = report.events_coded / total.rows if total.rows else None
    for name, value in (("incidents evaluated", str(total.rows)), ("event found", pct(total.found_share)),
                        ("events coded per incident", "-" if per_row is None else f"{per_row:.2f}")):
        summary.add_row(name, value)
    fields = _table("Fields (best-matching coded event per incident)",
                    (("field", "left"), ("right / scored", "right"), ("accuracy", "right"),
                     ("right / scored with an event", "right"), ("when found", "right")))
    for k, score in total.fields.items():
        fields.add_row(II_FIELD_NAMES[k], str(score.all), pct(score.all.rate), str(score.found),
                       pct(score.found.rate))
    assumed = [Text(f"assumed country (--default-country): {report.assumed_country}; the country field and the "
                    "country of unidentified groups rest on it")] if report.assumed_country else []
    parts: list[RenderableType] = [Text(f"gold: {report.gold}"), *assumed, summary, fields, _ii_countries(report),
                                   _confusion("Most common sub-event type family errors", report.family_confusion)]
    if report.unmapped_perpetrators:
        parts.append(Text("perpetrator names the mapping does not list (compared as written): " + "; ".join(
            f"{name} ({n})" for name, n in report.unmapped_perpetrators.most_common(CONFUSION_ROWS))))
    if report.unmapped_weapons:
        parts.append(Text("weapons the mapping does not list (not scored): " + "; ".join(
            f"{name} ({n})" for name, n in report.unmapped_weapons.most_common(CONFUSION_ROWS))))
    if report.skipped:
        parts.append(Text("documents skipped by the pipeline: "
                          + "; ".join(f"{why} ({n})" for why, n in report.skipped.most_common())))
    parts += [Text(f"warning: {w}") for w in report.warnings]
    if show_errors:
        table = _table(f"Errors (first {show_errors})", (("incident", "left"), ("wrong", "left"), ("gold", "left"),
                                                         ("coded", "left"), ("text", "left")))
        for err in report.errors[:show_errors]:
            table.add_row(f"{err['id']} (line {err['line']})", ", ".join(err["wrong"]), err["gold"], err["got"],
                          err["text"])
        parts.append(table)
    return Group(*parts)


def _ii_countries(report: InsecurityReport) -> Table:
    """The countries with most incidents, and Syria always (the acceptance figures are on its rows)."""
    ranked = sorted(report.countries.items(), key=lambda kv: -kv[1].rows)
    shown = ranked[:II_COUNTRY_ROWS] + [kv for kv in ranked[II_COUNTRY_ROWS:] if kv[0] == "Syria"]
    short = {"sub_type_family": "family", "perpetrator": "perpetrator", "admin1": "admin1",
             "location_25km": "25 km"}
    table = _table("By country (shares of incidents scored)", (("country", "left"), ("incidents", "right"),
                                                                ("event found", "right"),
                                                                *((v, "right") for v in short.values())))
    for country, b in shown:
        table.add_row(country or "(none)", str(b.rows), pct(b.found_share),
                      *(pct(b.fields[k].all.rate) for k in short))
    return table
