"""Evaluates extraction on an ACLED export: each row's notes are coded by warscribe and compared with the row."""

from __future__ import annotations

import csv
import os
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar

from warscribe.evaluate import EvalInputError
from warscribe.evaluate.metrics import Ratio, fold_name
from warscribe.model import PROCESSED, Document, Event

REQUIRED_COLUMNS = ("event_date", "event_type", "sub_event_type")
# ACLED's own exports write dates as ISO or as "14 February 2023" (older files, spreadsheets).
DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%d-%b-%Y")
LOCATION_KM = 10.0
LOCATION_FAR_KM = 25.0  # ACLED's geo_precision 2 ("near" a town) is within about 25 km
FATALITY_TOLERANCE = 0.20
# Field checks per row, in report order.
FIELDS = ("event_type", "sub_event_type", "actor1", "actor2", "assoc_actors", "location_10km", "location_25km",
          "admin1", "admin1_named", "fatalities_exact", "fatalities_20pct", "event_date")
# The columns naming the row's place, finest first: a row whose text names none of them (nor a part of a compound
# name, "Nairobi-Kibera") can only be placed by what the coder knew beyond the text; "admin1_named" scores admin1
# on the other rows alone, so that the text's share of the admin1 error is visible.
PLACE_COLUMNS = ("location", "admin3", "admin2", "admin1")
_NAME_PARTS = re.compile(r"\s*[-/()]\s*")
_MIN_PART = 4  # shorter parts of a compound name ("El", "Ga") are words of other names too
# Fields re-scoring a subset of another field's rows: an error there is already listed under the other field.
_SUBSET_FIELDS = frozenset({"admin1_named"})
# Weights for picking, among several events coded from one row's notes, the one the row describes.
_PICK_WEIGHTS = {"event_type": 2, "sub_event_type": 2, "actor1": 1, "actor2": 1, "location_10km": 1,
                 "event_date": 1, "fatalities_exact": 1}
# Checks of the event's two actor slots together, reported beside the fields: "both_actors" in either order (as
# actor1/actor2 are scored), "actor_roles" with actor1 as actor1 and actor2 as actor2. A row without actor2 needs
# an event without one.
PAIR_FIELDS = ("both_actors", "actor_roles")


@dataclass
class AcledRow:
    """One coded event of the export: the text to code and the fields it was coded with."""

    line: int
    id: str
    text: str
    published: str | None
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str
    assoc1: list[str]
    assoc2: list[str]
    admin1: str
    location: str
    lat: float | None
    lon: float | None
    fatalities: int | None
    source: str | None
    # Whether the text names the row's place (see PLACE_COLUMNS).
    place_named: bool = False
    # The inter code of an actor 2 the export names only in its interaction column ("Rioters-Civilians" with
    # actor2 and inter2 left empty, as some re-published exports have it); None when actor2 is given or absent.
    unnamed_inter2: int | None = None


def parse_date(value: str) -> str | None:
    """An ACLED event_date as YYYY-MM-DD, or None when it is in no known format."""
    value = (value or "").strip()
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _cell(record: dict[str, Any], column: str) -> str:
    return (record.get(column) or "").strip()


def _actors(value: str | None) -> list[str]:
    return [a.strip() for a in (value or "").split(";") if a.strip()]


# ACLED's interaction column in words ("State forces-Rioters", "Protesters only"): one or two kinds of actor.
_INTER_WORDS = {"state forces": 1, "rebel group": 2, "rebel groups": 2, "political militia": 3,
                "political militias": 3, "identity militia": 4, "identity militias": 4, "rioters": 5,
                "protesters": 6, "civilians": 7, "external/other forces": 8, "external forces": 8,
                "other forces": 8}


def _unnamed_inter2(record: dict[str, Any]) -> int | None:
    """The inter code of the second side of an interaction written in words when the row names no actor 2:
    the export dropped actor2 but its interaction still says who was acted on ("Rioters-Civilians" -> 7). The
    interaction lists its sides in code order, not role order: the unnamed side is the one left once actor 1's
    kind (inter1) is taken out ("State forces-Rioters" with inter1 Rioters -> 1)."""
    if _cell(record, "actor2") or _cell(record, "inter2"):
        return None
    sides = [_INTER_WORDS.get(s.strip()) for s in _cell(record, "interaction").casefold().split("-")]
    if len(sides) != 2 or None in sides:
        return None
    first = _INTER_WORDS.get(_cell(record, "inter1").casefold()) or _number(_cell(record, "inter1"), int)
    if first in sides:
        sides.remove(first)
        return sides[0]
    return sides[1]


def _number(value: str | None, kind: type) -> Any:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return kind(float(value)) if kind is int else kind(value)
    except ValueError:
        return None


def read_rows(path: Path | str, text_column: str = "notes") -> tuple[list[AcledRow], list[str]]:
    """The rows of an ACLED CSV, and warnings (file:line: reason) for rows or values that cannot be used."""
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise EvalInputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    with handle:
        reader = csv.DictReader(handle)
        columns = reader.fieldnames or []
        missing = [c for c in (text_column, *REQUIRED_COLUMNS) if c not in columns]
        if missing:
            raise EvalInputError(f"{path}:1: missing column(s) {', '.join(missing)}; an ACLED export has "
                                 f"{text_column}, event_date, event_type, sub_event_type, actor1, ...")
        rows, warnings = [], []
        try:
            for record in reader:
                row = _row(record, reader.line_num, text_column, f"{path}:{reader.line_num}", warnings)
                if row is not None:
                    rows.append(row)
        except (csv.Error, UnicodeDecodeError) as exc:
            raise EvalInputError(f"{path}:{reader.line_num}: not readable CSV: {exc}") from exc
    return rows, warnings


def _row(record: dict[str, Any], line: int, text_column: str, where: str, warnings: list[str]) -> AcledRow | None:
    text = (record.get(text_column) or "").strip()
    if not text:
        warnings.append(f"{where}: empty {text_column}; row not evaluated")
        return None
    published = parse_date(record.get("event_date") or "")
    if published is None:
        warnings.append(f"{where}: event_date {record.get('event_date')!r} is not a date; coded without one")
    fatalities = _number(record.get("fatalities"), int)
    if fatalities is None and (record.get("fatalities") or "").strip():
        warnings.append(f"{where}: fatalities {record.get('fatalities')!r} is not a number; not scored")
    lat, lon = _number(record.get("latitude"), float), _number(record.get("longitude"), float)
    return AcledRow(
        line=line, id=_cell(record, "event_id_cnty") or f"row-{line}", text=text, published=published,
        event_type=_cell(record, "event_type"), sub_event_type=_cell(record, "sub_event_type"),
        actor1=_cell(record, "actor1"), actor2=_cell(record, "actor2"),
        assoc1=_actors(record.get("assoc_actor_1")), assoc2=_actors(record.get("assoc_actor_2")),
        admin1=_cell(record, "admin1"), location=_cell(record, "location"),
        lat=lat, lon=lon, fatalities=fatalities, source=_cell(record, "source") or None,
        unnamed_inter2=_unnamed_inter2(record), place_named=_names_place(text, record))


def _names_place(text: str, record: dict[str, Any]) -> bool:
    """Whether the text names, as whole words, one of the row's place columns or a part of a compound one."""
    words = f" {fold_name(text)} "
    for column in PLACE_COLUMNS:
        name = _cell(record, column)
        parts = {name, *(p for p in _NAME_PARTS.split(name) if len(p) >= _MIN_PART)}
        if any(f" {f} " in words for f in map(fold_name, parts) if f):
            return True
    return False


# ---- comparing one row with one coded event -------------------------------------------------------------

def _names(ev: Event) -> set[str]:
    names = {fold_name(n) for n in (ev.actor1, ev.actor2, *ev.assoc_actor_1, *ev.assoc_actor_2)}
    names.discard("")
    return names


def same_actor(gold: str, names: set[str], ev: Event) -> bool:
    """The gold actor is among the event's, by folded name or as the same actor under ACLED's renamings (a
    closed period "(2015-2022)" is an older export's "(2015-)"; see ActorBase.same_name)."""
    from warscribe.knowledge.actors import ActorBase

    if fold_name(gold) in names:
        return True
    base = ActorBase.load()
    return any(base.same_name(gold, n) for n in (ev.actor1, ev.actor2, *ev.assoc_actor_1, *ev.assoc_actor_2))


def same_admin(a: str | None, b: str | None) -> bool:
    """Admin names agree when they fold or reduce to the same consonant skeleton (Idlib / Idleb), or name the
    same governorate of the admin1 table in two languages (Rif Dimashq / Rural Damascus)."""
    from warscribe.places.data import admin1_named
    from warscribe.places.normalize import key, skeleton

    if not a or not b:
        return False
    if fold_name(a) == fold_name(b) or key(a) == key(b) or skeleton(a) == skeleton(b):
        return True
    named_a, named_b = admin1_named(a), admin1_named(b)
    return named_a is not None and named_a == named_b


def distance(lat: float | None, lon: float | None, ev: Event) -> float | None:
    """Kilometres from a gold point to the event's coordinates; None when either is missing."""
    from warscribe.places.gazetteer import distance_km

    if lat is None or lon is None or ev.latitude is None or ev.longitude is None:
        return None
    return distance_km(lat, lon, ev.latitude, ev.longitude)


def field_checks(row: AcledRow, ev: Event | None) -> dict[str, bool | None]:
    """Each field right (True), wrong (False) or not applicable to the row (None); no event is all wrong."""
    has_coords = row.lat is not None and row.lon is not None
    applicable = {"event_type": True, "sub_event_type": True, "actor1": bool(row.actor1),
                  "actor2": bool(row.actor2), "assoc_actors": bool(row.assoc1 or row.assoc2),
                  "location_10km": has_coords, "location_25km": has_coords, "admin1": bool(row.admin1),
                  "admin1_named": bool(row.admin1) and row.place_named,
                  "fatalities_exact": row.fatalities is not None, "fatalities_20pct": row.fatalities is not None,
                  "event_date": row.published is not None}
    if ev is None:
        return {k: (False if ok else None) for k, ok in applicable.items()}
    names, dist = _names(ev), distance(row.lat, row.lon, ev)
    assoc = row.assoc1 + row.assoc2
    admin = same_admin(ev.admin1, row.admin1)
    right = {
        "event_type": ev.event_type == row.event_type,
        "sub_event_type": ev.sub_event_type == row.sub_event_type,
        "actor1": same_actor(row.actor1, names, ev),
        "actor2": same_actor(row.actor2, names, ev),
        "assoc_actors": all(same_actor(a, names, ev) for a in assoc),
        "location_10km": dist is not None and dist <= LOCATION_KM,
        "location_25km": dist is not None and dist <= LOCATION_FAR_KM,
        "admin1": admin,
        "admin1_named": admin,
        "fatalities_exact": ev.fatalities == row.fatalities,
        "fatalities_20pct": row.fatalities is not None
        and abs(ev.fatalities - row.fatalities) <= FATALITY_TOLERANCE * row.fatalities,
        "event_date": ev.event_date == row.published,
    }
    return {k: (right[k] if applicable[k] else None) for k in FIELDS}


def _same(gold: str, got: str | None) -> bool:
    """One gold name against one coded slot: by folded name or through ACLED's renamings."""
    from warscribe.knowledge.actors import ActorBase

    if not got:
        return False
    return fold_name(gold) == fold_name(got) or ActorBase.load().same_name(gold, got)


def pair_checks(row: AcledRow, ev: Event | None) -> dict[str, bool | None]:
    """Whether the event's actor1 and actor2 slots hold the row's two actors, in either order and in role order;
    an empty gold actor2 needs an empty coded actor2, unless the row's interaction says there was one: then the
    other slot needs an actor of that kind (None: the row has no actor1 to check)."""
    if not row.actor1:
        return dict.fromkeys(PAIR_FIELDS)
    if ev is None:
        return dict.fromkeys(PAIR_FIELDS, False)
    if row.unnamed_inter2 is not None:
        in_order = _same(row.actor1, ev.actor1) and bool(ev.actor2) and ev.inter2 == row.unnamed_inter2
        swapped = _same(row.actor1, ev.actor2) and bool(ev.actor1) and ev.inter1 == row.unnamed_inter2
        return {"both_actors": in_order or swapped, "actor_roles": in_order}
    if not row.actor2:
        single = not ev.actor2 and _same(row.actor1, ev.actor1)
        return {"both_actors": single, "actor_roles": single}
    in_order = _same(row.actor1, ev.actor1) and _same(row.actor2, ev.actor2)
    swapped = _same(row.actor1, ev.actor2) and _same(row.actor2, ev.actor1)
    return {"both_actors": in_order or swapped, "actor_roles": in_order}


def best_event(row: AcledRow, events: list[Event]) -> tuple[Event | None, dict[str, bool | None]]:
    """The coded event that agrees most with the row (the first one on ties), with its field checks."""
    return pick(events, lambda ev: field_checks(row, ev), _PICK_WEIGHTS)


Checks = dict[str, bool | None]


def pick(events: list[Event], checks_of: Callable[[Event | None], Checks], weights: dict[str, int]
         ) -> tuple[Event | None, Checks]:
    """The event whose weighted right fields score highest (the first on ties), with its checks; with no
    event, None and the checks of no event."""
    best: tuple[Event | None, Checks] = (None, checks_of(None))
    best_score = -1
    for ev in events:
        checks = checks_of(ev)
        score = sum(w for k, w in weights.items() if checks[k])
        if score > best_score:
            best, best_score = (ev, checks), score
    return best


# ---- the whole file -------------------------------------------------------------------------------------

@dataclass
class FieldScore:
    """A field's accuracy over all rows (a row with no event counts wrong) and over rows with an event."""

    all: Ratio = field(default_factory=Ratio)
    found: Ratio = field(default_factory=Ratio)

    def to_dict(self) -> dict[str, Any]:
        return {"all": self.all.to_dict(), "found": self.found.to_dict()}


@dataclass
class AcledReport:
    """Per-field agreement of warscribe's coding with the export's, and where it goes wrong."""

    gold: str
    rows: int = 0
    rows_with_event: int = 0
    events_coded: int = 0
    rows_all_right: int = 0
    fields: dict[str, FieldScore] = field(default_factory=lambda: {k: FieldScore() for k in FIELDS})
    actor_pairs: dict[str, FieldScore] = field(default_factory=lambda: {k: FieldScore() for k in PAIR_FIELDS})
    type_confusion: Counter = field(default_factory=Counter)
    sub_confusion: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)  # why the pipeline coded nothing (skip reasons)
    warnings: list[str] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def no_event_share(self) -> float | None:
        return (self.rows - self.rows_with_event) / self.rows if self.rows else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "acled", "gold": self.gold, "rows": self.rows, "rows_with_event": self.rows_with_event,
            "no_event_share": self.no_event_share, "events_coded": self.events_coded,
            "events_per_row": self.events_coded / self.rows if self.rows else None,
            "rows_all_right": self.rows_all_right,
            "fields": {k: v.to_dict() for k, v in self.fields.items()},
            "actor_pairs": {k: v.to_dict() for k, v in self.actor_pairs.items()},
            "type_confusion": _confusion_list(self.type_confusion),
            "sub_event_type_confusion": _confusion_list(self.sub_confusion),
            "skipped": dict(self.skipped), "warnings": self.warnings, "errors": self.errors,
        }


def _confusion_list(counter: Counter) -> list[dict[str, Any]]:
    return [{"gold": g, "got": p, "count": n} for (g, p), n in counter.most_common()]


def _add(scores: dict[str, FieldScore], ev: Event | None, checks: dict[str, bool | None]) -> None:
    for k, value in checks.items():
        if value is None:
            continue
        scores[k].all.add(value)
        if ev is not None:
            scores[k].found.add(value)


def _tally(report: AcledReport, row: AcledRow, ev: Event | None, checks: dict[str, bool | None]) -> None:
    _add(report.fields, ev, checks)
    _add(report.actor_pairs, ev, pair_checks(row, ev))
    got_type = ev.event_type if ev else "(no event)"
    got_sub = ev.sub_event_type if ev else "(no event)"
    if got_type != row.event_type:
        report.type_confusion[(row.event_type, got_type)] += 1
    if got_sub != row.sub_event_type:
        report.sub_confusion[(row.sub_event_type, got_sub)] += 1
    wrong = [k for k, v in checks.items() if v is False and k not in _SUBSET_FIELDS]
    if not wrong:
        report.rows_all_right += 1
        return
    report.errors.append({"id": row.id, "line": row.line, "wrong": wrong, "gold": _row_brief(row),
                          "got": _event_brief(ev), "text": row.text[:160]})


def _row_brief(row: AcledRow) -> str:
    return (f"{row.sub_event_type} | {row.actor1} / {row.actor2 or '-'} | {row.location} ({row.admin1})"
            f" | fat={row.fatalities} | date={row.published}")


def _event_brief(ev: Event | None) -> str:
    if ev is None:
        return "(no event)"
    return (f"{ev.sub_event_type} | {ev.actor1} / {ev.actor2 or '-'} | {ev.location} ({ev.admin1})"
            f" | fat={ev.fatalities} | date={ev.event_date}")


class CodedRow(Protocol):
    """What coding needs of a gold row, whatever its format."""

    id: str
    text: str
    published: str | None
    source: str | None


R = TypeVar("R", bound=CodedRow)


def coded(rows: Sequence[R], default_country: str | None = None) -> Iterator[tuple[R, list[Event], str | None]]:
    """Each row with the events its text codes to, as `warscribe.extract` codes one document (no near-duplicate
    check: notes are alike by design), and the reason when the pipeline skips it; in row order, on every CPU.
    `default_country` is the pipeline's country focus for texts that name none (a feed about one country)."""
    from warscribe.config import Config
    from warscribe.pipeline import Pipeline

    pipeline = Pipeline(Config(detect_near_duplicates=False, default_country=default_country))
    docs = (Document.from_input({"id": row.id, "text": row.text, "published": row.published, "source": row.source})
            for row in rows)
    for row, doc in zip(rows, pipeline.code(docs, workers=os.cpu_count() or 1), strict=True):
        assert isinstance(doc, Document)
        yield row, (doc.events if doc.status == PROCESSED else []), \
            (None if doc.status == PROCESSED else doc.reason or doc.status)


def evaluate(path: Path | str, text_column: str = "notes", limit: int | None = None) -> AcledReport:
    """Code every row's text and compare the best-matching event with the row's coding."""
    rows, warnings = read_rows(path, text_column)
    if limit is not None:
        rows = rows[:limit]
    report = AcledReport(str(path), warnings=warnings)
    for row, events, skipped in coded(rows):
        if skipped:
            report.skipped[skipped] += 1
        ev, checks = best_event(row, events)
        report.rows += 1
        report.events_coded += len(events)
        report.rows_with_event += ev is not None
        _tally(report, row, ev, checks)
    return report

