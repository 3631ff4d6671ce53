"""Canonical events in the store: the reports of one event, from any run and any outlet, linked into one ACLED
event with its sources and the disagreements between its reports."""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import (
    Connection,
    and_,
    any_,
    bindparam,
    delete,
    exists,
    func,
    insert,
    literal_column,
    select,
    update,
)

from warscribe.linking import (
    ELSEWHERE,
    PLACE,
    day,
    days_around,
    days_around_date,
    is_regional,
    linked,
    place_key,
    placed_by_region,
    rules,
)
from warscribe.model import Event, Evidence
from warscribe.store import (
    UNDATED,
    _evidence_for,
    canonical_actors,
    canonical_events,
    canonical_reports,
    documents,
    event_from_row,
    events,
    evidence,
    in_chunks,
)


@dataclass
class CanonicalEvent(Event):
    """An event as the reports of every outlet tell it: `source` lists the outlets, `sources` counts them,
    `reports` describes each report and `disagreements` what the reports do not agree on; `doc_id` and
    `evidence` are the earliest report's."""

    sources: int = 1
    reports: list[dict[str, Any]] = field(default_factory=list)
    disagreements: dict[str, Any] = field(default_factory=dict)


@dataclass
class Report:
    """One stored event as a report of a canonical event: the event, its rank (earliest first), its
    document's outlet and URL."""

    event: Event
    rank: str
    url: str | None = None
    published: str | None = None
    canonical_id: str = ""

    @property
    def outlet(self) -> str | None:
        return outlet(self.event.source, self.url)


def outlet(source: str | None, url: str | None) -> str | None:
    """A report's outlet: the source it names, else its document URL's host."""
    return source or (urlsplit(url).hostname if url else None)


def rank(published: str | None, doc_id: str, seq: int) -> str:
    """Sorts reports earliest published first, then by document id and order in the document, so that the
    earliest report (whose id the canonical event takes) does not depend on the order of ingest."""
    return f"{published or UNDATED}|{doc_id}|{seq:06d}"


def cell(ev: Event) -> str | None:
    """The grid cell of a report's point, or None when it has no point precise enough to compare."""
    if ev.latitude is None or ev.longitude is None or ev.geo_precision == 3 or is_regional(ev):
        return None
    size = rules().cell_degrees
    return f"{math.floor(ev.latitude / size)}:{math.floor(ev.longitude / size)}"


def _cells_around(value: str) -> list[str]:
    y, x = map(int, value.split(":"))
    return [f"{y + dy}:{x + dx}" for dy in (-1, 0, 1) for dx in (-1, 0, 1)]


# --- linking ---------------------------------------------------------------------------------------------
# The reports that may tell the same event (linking.linked; two events of one document too, as ACLED codes
# one event per day, place and kind) form a graph; each connected part of it is split into canonical events by
# a greedy pass in rank order (earliest report first): a report joins the first canonical event whose every
# report it tells the same event as, at one place, else starts one; then events told only by reports placed by
# their region join the one event of a town they may be (see _split). Both steps depend only on the reports
# stored, never on the order they came in, so any split of the ingest into runs gives the same canonical events;
# comparing with every report of an event, not with any one, keeps a chain of look-alike reports (a town struck
# day after day, an attack and the air raid of the day before) from becoming one event.

def relink_document(conn: Connection, doc_id: str) -> None:
    """Bring the canonical events up to date with the events the store now holds for one document (new,
    replaced or dropped): every part of the graph its old or new reports touch is split again."""
    old = conn.execute(select(canonical_reports).where(canonical_reports.c.doc_id == doc_id)).mappings().all()
    conn.execute(delete(canonical_reports).where(canonical_reports.c.doc_id == doc_id))
    # The old reports' events are gone: whatever shared their blocks may have hung together through them.
    seeds = set(_add_reports(conn, doc_id)) | _block_members(conn, old)
    _recluster(conn, seeds, {row["canonical_id"] for row in old})


def rebuild(conn: Connection) -> None:
    """Link every stored event again from nothing (document by document); gives the canonical events that
    linking as the documents came gave, so it is safe to run at any time."""
    conn.execute(delete(canonical_reports))
    conn.execute(delete(canonical_events))
    conn.execute(delete(canonical_actors))
    for doc_id in conn.execute(select(events.c.doc_id).distinct().order_by(events.c.doc_id)).scalars().all():
        _recluster(conn, set(_add_reports(conn, doc_id)), set())


def _add_reports(conn: Connection, doc_id: str) -> list[str]:
    """Blocking rows for a document's events, each its own canonical event until linked; their event ids."""
    published = conn.execute(select(documents.c.published).where(documents.c.id == doc_id)).scalar()
    rows = conn.execute(select(events).where(events.c.doc_id == doc_id).order_by(events.c.seq)).mappings().all()
    values = []
    for row in rows:
        ev = event_from_row(row, [])
        values.append({"event_id": ev.event_id, "canonical_id": ev.event_id, "doc_id": doc_id,
                       "rank": rank(published, doc_id, row["seq"]), "event_date": ev.event_date,
                       "country": ev.country, "location": place_key(ev), "cell": cell(ev)})
    if values:
        conn.execute(insert(canonical_reports), values)
    return [v["event_id"] for v in values]


@cache
def _block_select(country: bool, part: str) -> Any:
    """The report query of one part of a block (see _candidates), built once: its values are parameters.
    `country`: whether the report names one; `part`: "place" (the same place key), "cell" (a neighbouring grid
    cell), "all" (the report is placed only by its region: every report of its region and day) or "vague"
    (those of its region and day placed only by theirs, no cell). One query a part, not their OR: each then
    reads only its own index range, where the OR read every report of the country and dates and its event."""
    r = canonical_reports.c
    if part == "place":
        here = r.location == bindparam("b_place")
    elif part == "cell":
        here = r.cell.in_(bindparam("b_cells", expanding=True))
    else:
        here = and_(r.event_date == bindparam("b_day"), events.c.admin1 == bindparam("b_admin1"),
                    *([r.cell.is_(None)] if part == "vague" else []))
    return _report_select().where(r.event_date.in_(bindparam("b_dates", expanding=True)),
                                  r.country == bindparam("b_country") if country else r.country.is_(None), here)


def _block_members(conn: Connection, rows: Sequence[Any]) -> set[str]:
    """The reports that shared a block with these (old) canonical_reports rows: with region_holds_towns, all
    those of the same day and country that have no grid cell (every one, for a row that had none); their
    region is not stored, so this takes more than it needs, never less. One query a part of the block (the
    same place key, a neighbouring cell, the day), as `_candidates` reads them: each reads its own index range,
    where their OR read every report of the country and dates."""
    out: set[str] = set()
    r = canonical_reports.c
    for row in rows:
        dates = days_around_date(row["event_date"])
        if not dates or (row["location"] is None and row["cell"] is None):
            continue
        parts = []
        if row["location"] is not None:
            parts.append(r.location == row["location"])
        if row["cell"] is not None:
            parts.append(r.cell.in_(_cells_around(row["cell"])))
        if rules().region_holds_towns and day(row["event_date"]) is not None:
            parts.append(and_(r.event_date == row["event_date"], *([r.cell.is_(None)] if row["cell"] is not None
                                                                    else [])))
        for here in parts:  # country None: IS NULL
            out.update(conn.execute(select(r.event_id).where(r.event_date.in_(dates), r.country == row["country"],
                                                             here)).scalars())
    return out


def _recluster(conn: Connection, seeds: set[str], dirty: set[str]) -> None:
    """Split anew every part of the graph that holds a seed or a report of a `dirty` canonical event."""
    start = seeds | {eid for ids in _members(conn, dirty).values() for eid in ids}
    reports = _reports(conn, start)
    edges: dict[str, dict[str, str]] = {eid: {} for eid in reports}
    old_ids = set(dirty) | {r.canonical_id for r in reports.values()}
    queue = sorted(reports)
    while queue:
        eid = queue.pop()
        for other in _candidates(conn, reports[eid].event, reports):
            oid = other.event.event_id
            how = None if oid == eid else linked(reports[eid].event, other.event, same_document=True)
            if how is None:
                continue
            edges[eid][oid] = how
            if oid not in reports:
                reports[oid], edges[oid] = other, {}
                old_ids.add(other.canonical_id)
                queue.append(oid)
            edges[oid][eid] = how
    _write(conn, _split(reports, edges), old_ids)


def _split(reports: dict[str, Report], edges: dict[str, dict[str, str]]) -> list[list[Report]]:
    """Canonical events of a graph part: in rank order, each report joins the first event with every report of
    which it is at one place (PLACE), else starts its own. Then each event told only by reports placed by their
    region joins the other event its earliest report may be (PLACE or REGION with that one's earliest report)
    when that is the only other event of its region and day it is linked to (ELSEWHERE too), counting first
    only events placed more precisely: a province named for an attack when two towns of it had one that day
    is not told apart, so it joins neither."""
    groups: list[list[Report]] = []
    for report in sorted(reports.values(), key=lambda r: r.rank):
        mine = edges[report.event.event_id]
        for group in groups:
            if all(mine.get(r.event.event_id) == PLACE for r in group):
                group.append(report)
                break
        else:
            groups.append([report])
    home = list(range(len(groups)))  # the group each group's reports are in now

    def final(n: int) -> int:
        while home[n] != n:
            n = home[n]
        return n

    vague = [all(placed_by_region(r.event) for r in group) for group in groups]
    for n, group in enumerate(groups):
        if not vague[n]:
            continue
        mine = edges[group[0].event.event_id]
        near = [m for m, other in enumerate(groups) if m != n and other[0].event.event_id in mine]
        near = [m for m in near if not vague[m]] or near
        if len({final(m) for m in near} - {final(n)}) == 1 and mine[groups[near[0]][0].event.event_id] != ELSEWHERE:
            home[final(n)] = final(near[0])
    merged: dict[int, list[Report]] = {}
    for n, group in enumerate(groups):
        merged.setdefault(final(n), []).extend(group)
    return [sorted(group, key=lambda r: r.rank) for group in merged.values()]


def _members(conn: Connection, canonical_ids: Iterable[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for chunk in in_chunks(sorted(canonical_ids)):
        stmt = select(canonical_reports.c.canonical_id, canonical_reports.c.event_id).where(
            canonical_reports.c.canonical_id.in_(chunk))
        for canonical_id, event_id in conn.execute(stmt):
            out.setdefault(canonical_id, []).append(event_id)
    return out


def _report_select():
    return (select(events, canonical_reports.c.rank, canonical_reports.c.canonical_id,
                   documents.c.url.label("doc_url"), documents.c.published.label("doc_published"))
            .join(canonical_reports, canonical_reports.c.event_id == events.c.event_id)
            .join(documents, documents.c.id == events.c.doc_id))


def _report(row: Any, spans: list[Evidence] | None = None) -> Report:
    return Report(event_from_row(row, spans or []), row["rank"], row["doc_url"], row["doc_published"],
                  row["canonical_id"])


_DATING = (select(evidence.c.event_pk, evidence.c.start, evidence.c.end, evidence.c.text, evidence.c.field)
           .where(evidence.c.event_pk.in_(bindparam("b_pks", expanding=True)),
                  evidence.c.field.in_(("event_date", "event_type"))))


def _linkable(conn: Connection, rows: Sequence[Any], known: dict[str, Report] | None = None) -> list[Report]:
    """Reports of rows of _report_select, those already in `known` as they are, the others with the evidence
    same_event reads (how each was dated: its date's span and its trigger's)."""
    known = known or {}
    fresh = [row["pk"] for row in rows if row["event_id"] not in known]
    spans: dict[int, list[Evidence]] = {}
    for chunk in in_chunks(fresh):
        for r in conn.execute(_DATING, {"b_pks": list(chunk)}):
            spans.setdefault(r.event_pk, []).append(Evidence(r.start, r.end, r.text, r.field))
    return [known.get(row["event_id"]) or _report(row, spans.get(row["pk"])) for row in rows]


def _reports(conn: Connection, event_ids: Iterable[str]) -> dict[str, Report]:
    out: dict[str, Report] = {}
    for chunk in in_chunks(sorted(event_ids)):
        rows = conn.execute(_report_select().where(events.c.event_id.in_(chunk))).mappings().all()
        out.update((report.event.event_id, report) for report in _linkable(conn, rows))
    return out


def _candidates(conn: Connection, ev: Event, known: dict[str, Report]) -> list[Report]:
    """The stored reports in the block of `ev` (those in `known` as they are): the same country, dates its span
    may reach, the same place key, a neighbouring grid cell or (region_holds_towns) its region on the same
    day: every report of it when `ev` is placed only by its region, else those placed only by theirs."""
    dates, here, grid = days_around(ev), place_key(ev), cell(ev)
    if not dates or here is None:
        return []
    region = ""
    if rules().region_holds_towns and ev.admin1 and day(ev.event_date) is not None:
        region = "all" if placed_by_region(ev) else "vague"
    params: dict[str, Any] = {"b_dates": dates, "b_place": here}
    if ev.country is not None:
        params["b_country"] = ev.country
    parts = ["place"]
    if grid is not None:
        params["b_cells"] = _cells_around(grid)
        parts.append("cell")
    if region:
        params.update(b_day=ev.event_date, b_admin1=ev.admin1)
        parts.append(region)
    rows: dict[str, Any] = {}  # a report in two parts of the block is one candidate
    for part in parts:
        for row in conn.execute(_block_select(ev.country is not None, part), params).mappings():
            rows.setdefault(row["event_id"], row)
    return _linkable(conn, list(rows.values()), known)


def _write(conn: Connection, groups: list[list[Report]], old_ids: set[str]) -> None:
    """Store the canonical event of each group of reports (earliest first) under its earliest report's id, in
    place of the `old_ids`, and re-point the reports at it: the events of other documents get `duplicate_of`
    the earliest report; those of its own document keep none (they are its document's own reports). Rows that
    already say so are left alone."""
    rows = [merged_row(group) for group in groups]
    _delete_canonical(conn, old_ids | {row["id"] for row in rows})
    if rows:
        conn.execute(insert(canonical_events), rows)
        names = [name_row for group, row in zip(groups, rows, strict=True) for name_row in _actor_rows(group, row)]
        if names:
            conn.execute(insert(canonical_actors), names)
    moved, marked = [], []
    for group in groups:
        primary, home = group[0].event.event_id, group[0].event.doc_id
        for report in group:
            ev = report.event
            if report.canonical_id != primary:
                moved.append({"b_event": ev.event_id, "b_canonical": primary})
            wanted = None if ev.doc_id == home else primary
            if ev.duplicate_of != wanted:
                marked.append({"b_event": ev.event_id, "b_duplicate": wanted})
    if moved:
        conn.execute(update(canonical_reports).where(canonical_reports.c.event_id == bindparam("b_event"))
                     .values(canonical_id=bindparam("b_canonical")), moved)
    if marked:
        conn.execute(update(events).where(events.c.event_id == bindparam("b_event"))
                     .values(duplicate_of=bindparam("b_duplicate")), marked)


def _actor_rows(group: list[Report], row: dict[str, Any]) -> list[dict[str, Any]]:
    """The canonical_actors rows of a canonical event: every actor name any of its reports gives (actor1, actor2,
    the associated actors), once, with the canonical event's date (what the date filters compare)."""
    names = dict.fromkeys(name for report in group for name in (
        report.event.actor1, report.event.actor2, *report.event.assoc_actor_1, *report.event.assoc_actor_2) if name)
    return [{"canonical_id": row["id"], "name": name, "event_date": row["event_date"]} for name in names]


def _delete_canonical(conn: Connection, ids: set[str]) -> None:
    """Delete these canonical events and their actor names (canonical_actors)."""
    for chunk in in_chunks(sorted(ids)):
        conn.execute(delete(canonical_events).where(canonical_events.c.id.in_(chunk)))
        conn.execute(delete(canonical_actors).where(canonical_actors.c.canonical_id.in_(chunk)))


# --- merging the reports ---------------------------------------------------------------------------------

def _most_common(values: list[Any]) -> Any:
    """The value most reports give (None and empty left out); a tie goes to the earliest report's."""
    given = [v for v in values if v not in (None, "", [])]
    if not given:
        return None
    counts = Counter(json.dumps(v, sort_keys=True) if isinstance(v, list) else v for v in given)
    best = max(counts.values())
    return next(v for v in given if counts[json.dumps(v, sort_keys=True) if isinstance(v, list) else v] == best)


def _variants(values: Iterable[Any]) -> list[Any]:
    return list(dict.fromkeys(v for v in values if v not in (None, "")))


def _chosen_claim(claims: list[str]) -> str:
    """One claim status for the event: the reports' when they agree; disputed when any report disputes it;
    else the one most reports give."""
    distinct = set(claims)
    if len(distinct) == 1:
        return claims[0]
    return "disputed" if "disputed" in distinct else _most_common(claims)


def merged_row(reports: list[Report]) -> dict[str, Any]:
    """The canonical_events row of reports sorted earliest first.

    Type, date and actors: what most reports say (ties: the earliest report); place: the most precise one;
    fatalities: the lowest figure a report gives (ACLED's conservative rule; a report that gives none does not
    count as zero); outlets: every one, in the order they reported."""
    evs = [r.event for r in reports]
    first = evs[0]
    typed = _most_common([[e.event_type, e.sub_event_type] for e in evs]) or [first.event_type, first.sub_event_type]
    typer_ev = next(e for e in evs if [e.event_type, e.sub_event_type] == typed)
    dates = [e.event_date for e in evs if e.time_precision == 1] or [e.event_date for e in evs]
    event_date = _most_common(dates) or first.event_date
    dated = next((e for e in evs if e.event_date == event_date), first)
    placed = min(evs, key=lambda e: (is_regional(e), e.geo_precision or 9))
    actor_ev = max(evs, key=lambda e: (bool(e.actor1) + bool(e.actor2),
                                       sum((x.actor1, x.actor2) == (e.actor1, e.actor2) for x in evs)))
    told = [e.fatalities for e in evs if e.fatalities]
    injured = [e.injuries for e in evs if e.injuries]
    outlets = _variants(r.outlet for r in reports)
    distinct_sources = {(r.outlet or f"document {r.event.doc_id}").lower() for r in reports}
    row = {
        "id": first.event_id, "doc_id": first.doc_id, "event_date": event_date,
        "time_precision": dated.time_precision, "event_type": typed[0], "sub_event_type": typed[1],
        "actor1": actor_ev.actor1, "actor2": actor_ev.actor2,
        "assoc_actor_1": json.dumps(actor_ev.assoc_actor_1, ensure_ascii=False),
        "assoc_actor_2": json.dumps(actor_ev.assoc_actor_2, ensure_ascii=False),
        "inter1": actor_ev.inter1, "inter2": actor_ev.inter2, "interaction": actor_ev.interaction,
        "country": placed.country, "admin1": placed.admin1, "admin2": placed.admin2, "location": placed.location,
        "latitude": placed.latitude, "longitude": placed.longitude, "geo_precision": placed.geo_precision,
        "fatalities": min(told) if told else 0, "injuries": min(injured) if injured else first.injuries,
        "claim_status": _chosen_claim([e.claim_status for e in evs]),
        "attributed_to": json.dumps(_variants(a for e in evs for a in e.attributed_to), ensure_ascii=False),
        "source": "; ".join(outlets) or None, "notes": first.notes, "plover_event": typer_ev.plover_event,
        "sources": len(distinct_sources), "reports": len(reports),
        "disagreements": json.dumps(disagreements(reports), ensure_ascii=False),
    }
    return row


def disagreements(reports: list[Report]) -> dict[str, Any]:
    """What the reports do not agree on: each report's fatality figure and the one chosen, each report's claim
    status, and the variants of date, type, actors and place that more than one report gives."""
    evs = [r.event for r in reports]
    told = [e.fatalities for e in evs if e.fatalities]
    out: dict[str, Any] = {
        "fatalities": {"reports": {e.event_id: e.fatalities for e in evs}, "chosen": min(told) if told else 0,
                       "rule": "lowest figure a report gives"},
        "claim_status": {e.event_id: e.claim_status for e in evs},
    }
    for name in ("event_date", "sub_event_type", "actor1", "actor2", "location", "admin1"):
        values = _variants(getattr(e, name) for e in evs)
        if len(values) > 1:
            out[name] = values
    return out


# --- reading ---------------------------------------------------------------------------------------------

# The pattern is a literal, not a parameter: the expressions then match the order indexes of canonical_events
# (store._CANONICAL_ORDER_INDEXES), so that a first page walks an index.
_YEARLESS = literal_column("'--%'")
# `dated`: only dated events are read, whose undated ranks are all false: left out (see store._order).
SORTS = {
    "date": lambda c, dated=False: (*_undated(c, dated), c.event_date, c.id),
    "newest": lambda c, dated=False: (*_undated(c, dated), c.event_date.desc(), c.id),
    "fatalities": lambda c, dated=False: (c.fatalities.desc(), c.event_date.is_(None), c.event_date, c.id),
    "id": lambda c, dated=False: (c.id,),
}


def _undated(c: Any, dated: bool) -> tuple:
    return () if dated else (c.event_date.is_(None), c.event_date.like(_YEARLESS))


def read(conn: Connection, report_conditions: list[Any], sort: str = "date", limit: int | None = None,
         few: bool = True, canonical_conditions: Sequence[Any] = (), dated: bool = False,
         picked: Any = None) -> list[CanonicalEvent]:
    """The canonical events that meet `canonical_conditions` and have a report matching every one of
    `report_conditions` (conditions on the events table), ordered by `sort`, each with its reports.

    `few`: whether few reports match (store._few). Few: their canonical events are read first (a separate,
    materialised step: a planner that expects matches to be spread evenly would otherwise walk the order index
    past every non-match) and then sorted; many: the canonical events are walked in order (an index) and each
    is checked for a matching report, which fills a first page long before every match has been read.
    `dated`: the canonical conditions keep dated events only (see SORTS). `picked`: a query of the ids of
    few canonical events (store._canonical_actor_is), which are read first as the few reports' are."""
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}; expected one of {', '.join(SORTS)}")
    table: Any = canonical_events
    stmt = select(canonical_events).where(*canonical_conditions)
    first = [picked] if picked is not None else []
    if report_conditions:
        matching = (select(canonical_reports.c.canonical_id)
                    .join(events, events.c.event_id == canonical_reports.c.event_id)
                    .where(and_(*report_conditions)))
        if few:
            # The few matching reports first, then their canonical events: said as a list of event ids, so that
            # SQLite reads the matches and looks up each one's canonical event, not every canonical event's
            # reports to see which match (its plan of the join).
            reported = select(events.c.event_id).where(and_(*report_conditions))
            first.append(select(canonical_reports.c.canonical_id).where(
                _one_of(conn, canonical_reports.c.event_id, reported)))
        else:
            stmt = stmt.where(exists(matching.where(canonical_reports.c.canonical_id == canonical_events.c.id)))
    if first:
        # A separate, materialised step (see `few`): the few picked canonical events, then their order.
        stmt = stmt.where(*(_one_of(conn, canonical_events.c.id, ids) for ids in first))
        table = stmt.cte("picked").prefix_with("MATERIALIZED")
        stmt = select(table)
    c = table.c
    rows = conn.execute(stmt.order_by(*SORTS[sort](c, dated)).limit(limit)).mappings().all()
    listed = _listed_reports(conn, [r["id"] for r in rows])
    # The evidence is the earliest report's: its spans index that report's document (the event's doc_id).
    primary_pk = {report["event_id"]: report["pk"] for told in listed.values() for report in told
                  if report["event_id"] == report["canonical_id"]}
    spans = _evidence_for(conn, list(primary_pk.values()))
    return [_canonical_from_row(row, listed.get(row["id"], []), spans.get(primary_pk.get(row["id"], -1), []))
            for row in rows]


def _one_of(conn: Connection, column: Any, few: Any) -> Any:
    """`column` IN the few values a subquery gives, in the words that make the back-end look each one up in
    `column`'s index. PostgreSQL plans IN (subquery) as a hash join that reads the whole table (a million
    canonical reports to find a few thousand); = ANY (ARRAY(subquery)) evaluates the subquery first and looks
    up its values."""
    if conn.dialect.name == "postgresql":
        return column == any_(func.array(few.scalar_subquery()))
    return column.in_(few)


# What a listed canonical event shows of each of its reports (CanonicalEvent.reports), and what it takes to
# find them (key, canonical event, rank): only these columns are read, not the reports' whole rows.
_LISTED_COLUMNS = ("event_id", "doc_id", "event_date", "location", "actor1", "actor2", "fatalities", "claim_status")
_LISTED = (select(events.c.pk, events.c.source, *(events.c[name] for name in _LISTED_COLUMNS),
                  canonical_reports.c.canonical_id, canonical_reports.c.rank, documents.c.url,
                  documents.c.published)
           .join(canonical_reports, canonical_reports.c.event_id == events.c.event_id)
           .join(documents, documents.c.id == events.c.doc_id))


def _listed_reports(conn: Connection, canonical_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The reports of these canonical events as CanonicalEvent.reports lists them (earliest first), each with
    its key (`pk`), rank and canonical id besides, in one query per IN_CHUNK events."""
    out: dict[str, list[dict[str, Any]]] = {}
    for chunk in in_chunks(canonical_ids):
        for row in conn.execute(_LISTED.where(canonical_reports.c.canonical_id.in_(chunk))).mappings():
            out.setdefault(row["canonical_id"], []).append(dict(row))
    for told in out.values():
        told.sort(key=lambda report: report["rank"])
    return out


_CANONICAL_FIELDS = frozenset(f.name for f in fields(CanonicalEvent)) - {
    "draft", "evidence", "reports", "disagreements", "event_id"}
_SHOWN = ("event_id", "doc_id", "source", "url", "published", "event_date", "location", "actor1", "actor2",
          "fatalities", "claim_status")


def _canonical_from_row(row: Any, reports: list[dict[str, Any]], spans: list[Evidence]) -> CanonicalEvent:
    """A CanonicalEvent from its row, its reports (`_listed_reports`) and its earliest report's evidence; built
    directly, as a page of them is at every query."""
    data = {name: row[name] for name in _CANONICAL_FIELDS if name in row}
    told_by, disagree = row["reports"], json.loads(row["disagreements"] or "{}")
    for name in ("assoc_actor_1", "assoc_actor_2", "attributed_to"):
        data[name] = json.loads(data[name] or "[]")
    ev = CanonicalEvent(**data, event_id=row["id"], evidence=spans, disagreements=disagree)
    ev.reports = [{name: outlet(r["source"], r["url"]) if name == "source" else r[name] for name in _SHOWN}
                  for r in reports]
    if len(ev.reports) != told_by:  # a report written after the canonical row was read: say so, don't hide it
        ev.disagreements["reports_stored"] = told_by
    return ev


def counts(conn: Connection) -> dict[str, int]:
    """Canonical events, and those told by more than one report."""
    total = conn.execute(select(func.count()).select_from(canonical_events)).scalar() or 0
    linked = conn.execute(select(func.count()).select_from(canonical_events)
                          .where(canonical_events.c.reports > 1)).scalar() or 0
    return {"canonical_events": total, "canonical_linked": linked}
