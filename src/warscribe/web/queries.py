"""The web view's queries over the store's tables: filters, map points, timeline, facets, lists, one event."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import ColumnElement, Connection, and_, func, or_, select, true, union

from warscribe.model import Event, Evidence
from warscribe.store import documents, event_from_row, events, evidence

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FIRST, ALL = "first", "all"
SORTS = {"date": events.c.event_date, "type": events.c.event_type, "fatalities": events.c.fatalities,
         "location": events.c.location, "admin1": events.c.admin1, "country": events.c.country}
LIST_COLUMNS = ("event_id", "doc_id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country",
                "admin1", "location", "fatalities", "claim_status", "duplicate_of")
# Fields compared across the reports of one event; a difference is marked on the event page.
COMPARED = ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "admin1", "fatalities",
            "injuries", "claim_status")


@dataclass
class Filters:
    """What the analyst asked for; every value is bound as a parameter, never spliced into SQL."""

    since: str | None = None
    until: str | None = None
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    claim_status: str | None = None
    min_fatalities: int | None = None
    q: str | None = None
    reports: str = FIRST

    @classmethod
    def clean(cls, **values: Any) -> Filters:
        """Filters from raw query values: blanks dropped, malformed dates and counts ignored."""
        out: dict[str, Any] = {}
        for name, value in values.items():
            if isinstance(value, str):
                value = value.strip() or None
            out[name] = value
        for name in ("since", "until"):
            if out.get(name) and not _valid_date(out[name]):
                out[name] = None
        if out.get("reports") not in (FIRST, ALL):
            out["reports"] = FIRST
        if out.get("min_fatalities") is not None and out["min_fatalities"] < 0:
            out["min_fatalities"] = None
        return cls(**out)

    def params(self, **override: Any) -> dict[str, Any]:
        """The non-default values, as URL query parameters (what a shareable link carries)."""
        data = {**asdict(self), **override}
        return {k: v for k, v in data.items() if v not in (None, "") and not (k == "reports" and v == FIRST)}

    def query_string(self, **override: Any) -> str:
        return urlencode(self.params(**override))

    def conditions(self, sqlite: bool = False) -> list[ColumnElement[bool]]:
        """SQL conditions; `sqlite`: its LIKE already ignores case, so skip lower() on every row (twice as fast)."""
        c = events.c

        def has(col: Any, text: str) -> ColumnElement[bool]:
            return col.contains(text, autoescape=True) if sqlite else col.icontains(text, autoescape=True)

        conds: list[ColumnElement[bool]] = []
        if self.since or self.until:
            conds.append(c.event_date.like("____-__-__"))
        if self.since:
            conds.append(c.event_date >= self.since)
        if self.until:
            conds.append(c.event_date <= self.until)
        for name in ("country", "admin1", "event_type", "sub_event_type", "claim_status"):
            value = getattr(self, name)
            if value:
                conds.append(c[name] == value)
        if self.location:
            conds.append(has(c.location, self.location))
        if self.actor:
            conds.append(or_(*(has(c[n], self.actor) for n in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"))))
        if self.min_fatalities:
            conds.append(c.fatalities >= self.min_fatalities)
        if self.q:
            # One set of matching rows, computed once: the outer query keeps its covering index.
            in_text = select(documents.c.id).where(has(documents.c.text, self.q))
            matching = union(select(c.pk).where(has(c.notes, self.q)), select(c.pk).where(c.doc_id.in_(in_text)))
            conds.append(c.pk.in_(matching))
        if self.reports == FIRST:
            # `|| ''` keeps the planner off the duplicate_of index (it would visit 9 rows in 10 one by one)
            # and on the covering indexes, which hold duplicate_of too.
            conds.append(c.duplicate_of.concat("").is_(None))
        return conds


def _valid_date(text: str) -> bool:
    if not _DATE.match(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _where(f: Filters, conn: Connection) -> ColumnElement[bool]:
    conds = f.conditions(sqlite=conn.dialect.name == "sqlite")
    return and_(*conds) if conds else true()


# --- map, timeline, facets ---------------------------------------------------------------------------------

MAP_FIELDS = ("lat", "lon", "n", "fatalities", "types")


def map_points(conn: Connection, f: Filters) -> dict[str, Any]:
    """Events grouped by coordinates, each point a list in MAP_FIELDS order (compact: thousands of points).

    n and fatalities are totals at the point; types is [type index, count, type index, count...] into `types`.
    Place names and events come from `point_events` when a point is opened.
    """
    c = events.c
    stmt = (select(c.latitude, c.longitude, c.event_type, func.count(), func.sum(c.fatalities))
            .where(_where(f, conn), c.latitude.is_not(None), c.longitude.is_not(None))
            .group_by(c.latitude, c.longitude, c.event_type))
    type_index: dict[str, int] = {}
    points: dict[tuple[float, float], list[Any]] = {}
    for lat, lon, etype, n, dead in conn.execute(stmt).all():
        t = type_index.setdefault(etype or "", len(type_index))
        p = points.get((lat, lon))
        if p is None:
            points[(lat, lon)] = [lat, lon, n, dead or 0, [t, n]]
        else:
            p[2] += n
            p[3] += dead or 0
            p[4] += (t, n)
    return {"fields": MAP_FIELDS, "types": list(type_index), "points": list(points.values())}


def point_events(conn: Connection, f: Filters, lat: float, lon: float, limit: int = 10) -> dict[str, Any]:
    """The events of the filter at one point of the map (the latest first), for its popup."""
    c = events.c
    where = and_(_where(f, conn), c.latitude == lat, c.longitude == lon)
    total = conn.execute(select(func.count()).select_from(events).where(where)).scalar() or 0
    cols = [c[n] for n in LIST_COLUMNS]
    rows = conn.execute(select(*cols).where(where).order_by(c.event_date.desc(), c.pk.desc()).limit(limit))
    found = [dict(r) for r in rows.mappings()]
    return {"total": total, "location": found[0]["location"] if found else None, "events": found}


def pick_unit(first: str, last: str) -> str:
    """day for up to ~4 months, week up to ~3 years, month beyond."""
    span = (date.fromisoformat(last) - date.fromisoformat(first)).days
    return "day" if span <= 120 else "week" if span <= 1100 else "month"


def _bucket(day: str, unit: str) -> str:
    if unit == "month":
        return day[:7] + "-01"
    if unit == "week":
        d = date.fromisoformat(day)
        return (d - timedelta(days=d.weekday())).isoformat()
    return day


def timeline(conn: Connection, f: Filters, unit: str | None = None) -> dict[str, Any]:
    """Event counts per period (day, week or month: chosen from the range when not given) and type."""
    c = events.c
    stmt = (select(c.event_date, c.event_type, func.count()).where(_where(f, conn), c.event_date.like("____-__-__"))
            .group_by(c.event_date, c.event_type))
    daily = [(d, t or "", n) for d, t, n in conn.execute(stmt) if _valid_date(d)]
    if not daily:
        return {"unit": unit or "day", "types": [], "periods": []}
    days = sorted({d for d, _, _ in daily})
    unit = unit if unit in ("day", "week", "month") else pick_unit(days[0], days[-1])
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    for d, t, n in daily:
        counts[_bucket(d, unit)][t] += n
        totals[t] += n
    types = [t for t, _ in totals.most_common()]
    periods = [{"start": start, "counts": dict(counts[start])} for start in sorted(counts)]
    return {"unit": unit, "types": types, "periods": periods}


def facets(conn: Connection, f: Filters, top: int = 12) -> dict[str, Any]:
    """The total and the commonest event types, sub-types, countries, admin1 regions, actors and claim statuses.

    Two grouped scans (the five fields together, then the actor pairs) rather than one scan per field.
    """
    c = events.c
    where = _where(f, conn)
    names = ("event_type", "sub_event_type", "country", "admin1", "claim_status")
    tallies: dict[str, Counter[str]] = {name: Counter() for name in names}
    total = 0
    for *values, n in conn.execute(select(*(c[name] for name in names), func.count()).where(where)
                                   .group_by(*(c[name] for name in names))):
        total += n
        for name, value in zip(names, values, strict=True):
            if value:
                tallies[name][value] += n
    actors: Counter[str] = Counter()
    for actor1, actor2, n in conn.execute(select(c.actor1, c.actor2, func.count()).where(where)
                                          .group_by(c.actor1, c.actor2)):
        for actor in {actor1, actor2} - {None, ""}:
            actors[actor] += n
    out: dict[str, Any] = {"total": total}
    for name, tally in (*tallies.items(), ("actor", actors)):
        out[name] = sorted(tally.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return out


def mark(conn: Connection) -> Any:
    """Changes whenever events are added or replaced (their primary keys only grow): a key for caches."""
    return conn.execute(select(func.max(events.c.pk), func.min(events.c.pk))).one()


def choices(conn: Connection) -> dict[str, list[str]]:
    """Every value of the fields the filter form offers as a list (over the whole store)."""
    out = {}
    for name in ("event_type", "sub_event_type", "country", "claim_status"):
        col = events.c[name]
        out[name] = [v for (v,) in conn.execute(select(col).where(col.is_not(None), col != "").distinct()
                                                .order_by(col))]
    return out


# --- lists and single events -------------------------------------------------------------------------------

def count(conn: Connection, f: Filters) -> int:
    return conn.execute(select(func.count()).select_from(events).where(_where(f, conn))).scalar() or 0


def list_events(conn: Connection, f: Filters, sort: str = "date", descending: bool = True, page: int = 1,
                per_page: int = 50, total: int | None = None) -> dict[str, Any]:
    """One page of events (the list's columns), sorted; with the total (counted unless given) and the pages."""
    key = SORTS.get(sort, SORTS["date"])
    order = [key.desc() if descending else key.asc(), events.c.pk.desc() if descending else events.c.pk.asc()]
    if key is not events.c.event_date:
        order.insert(1, events.c.event_date.desc())
    total = count(conn, f) if total is None else total
    pages = max(1, -(-total // per_page))
    page = min(max(1, page), pages)
    cols = [events.c[n] for n in LIST_COLUMNS]
    stmt = select(*cols).where(_where(f, conn)).order_by(*order).limit(per_page).offset((page - 1) * per_page)
    rows = [dict(r) for r in conn.execute(stmt).mappings()]
    return {"total": total, "page": page, "pages": pages, "per_page": per_page, "sort": sort,
            "order": "desc" if descending else "asc", "events": rows}


def _spans(conn: Connection, pks: list[int]) -> dict[int, list[Evidence]]:
    out: dict[int, list[Evidence]] = defaultdict(list)
    for start in range(0, len(pks), 500):  # SQLite caps the number of bound parameters
        stmt = (select(evidence).where(evidence.c.event_pk.in_(pks[start:start + 500]))
                .order_by(evidence.c.event_pk, evidence.c.start))
        for r in conn.execute(stmt):
            out[r.event_pk].append(Evidence(r.start, r.end, r.text, r.field))
    return out


def iter_events(conn: Connection, f: Filters, batch: int = 1000) -> Iterator[Event]:
    """Every matching event with its evidence, by date, read in batches (downloads of a whole filter)."""
    stmt = select(events).where(_where(f, conn)).order_by(events.c.event_date, events.c.doc_id, events.c.seq)
    result = conn.execute(stmt).mappings()
    while rows := result.fetchmany(batch):
        spans = _spans(conn, [r["pk"] for r in rows])
        yield from (event_from_row(r, spans.get(r["pk"], [])) for r in rows)


def get_event(conn: Connection, event_id: str) -> Event | None:
    row = conn.execute(select(events).where(events.c.event_id == event_id).order_by(events.c.pk)
                       .limit(1)).mappings().first()
    return event_from_row(row, _spans(conn, [row["pk"]]).get(row["pk"], [])) if row else None


def reports_of(conn: Connection, ev: Event) -> list[Event]:
    """Every report of the same event (the first report and those linked to it), the first one first."""
    root = ev.duplicate_of or ev.event_id
    stmt = (select(events).where(or_(events.c.event_id == root, events.c.duplicate_of == root))
            .order_by(events.c.duplicate_of.is_not(None), events.c.event_date, events.c.pk))
    rows = conn.execute(stmt).mappings().all()
    spans = _spans(conn, [r["pk"] for r in rows])
    return [event_from_row(r, spans.get(r["pk"], [])) for r in rows]


def disagreements(reports: list[Event]) -> set[str]:
    """The compared fields on which the reports do not all agree."""
    return {name for name in COMPARED if len({_comparable(getattr(ev, name)) for ev in reports}) > 1}


def _comparable(value: Any) -> Any:
    return value.strip().lower() if isinstance(value, str) else value


def document_row(conn: Connection, doc_id: str) -> dict[str, Any] | None:
    row = conn.execute(select(documents).where(documents.c.id == doc_id)).mappings().first()
    if row is None:
        return None
    data = dict(row)
    data["kept"] = [tuple(s) for s in json.loads(data["kept"] or "[]")]
    return data


def events_of_document(conn: Connection, doc_id: str) -> list[dict[str, Any]]:
    cols = [events.c[n] for n in LIST_COLUMNS]
    stmt = select(*cols).where(events.c.doc_id == doc_id).order_by(events.c.seq)
    return [dict(r) for r in conn.execute(stmt).mappings()]
