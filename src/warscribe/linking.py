"""Links the same event told by several documents: whether two reports tell one event (the rules of
data/linking/rules.yaml), and, for one run without a store, a later report becoming a `duplicate_of` the first."""

from __future__ import annotations

import dataclasses
import math
from collections import OrderedDict
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from warscribe.knowledge import located
from warscribe.model import Event
from warscribe.places.normalize import key

RULES_FILE = Path(__file__).resolve().parent / "data" / "linking" / "rules.yaml"


@dataclasses.dataclass(frozen=True)
class Rules:
    """The linking rules (see data/linking/rules.yaml)."""

    near_km: float = 10.0
    day_window: int = 1
    cell_degrees: float = 0.2
    link_regions: bool = True
    group: dict[str, str] = dataclasses.field(default_factory=dict)  # sub-event type -> its group's name
    told_apart: frozenset[frozenset[str]] = frozenset()
    a_day_apart: frozenset[frozenset[str]] = frozenset()


def _pairs(items: list | None) -> frozenset[frozenset[str]]:
    return frozenset(frozenset(map(str, pair)) for pair in items or [])


@cache
def rules() -> Rules:
    with RULES_FILE.open(encoding="utf-8") as f:
        data = located.safe_load(f) or {}
    group = {sub: name for name, subs in (data.get("kinds") or {}).items() for sub in subs}
    return Rules(near_km=float(data.get("near_km", 10.0)), day_window=int(data.get("day_window", 1)),
                 cell_degrees=float(data.get("cell_degrees", 0.2)), link_regions=bool(data.get("link_regions")),
                 group=group, told_apart=_pairs(data.get("told_apart")), a_day_apart=_pairs(data.get("a_day_apart")))


def _km(a: Event, b: Event) -> float:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return math.inf
    la1, lo1, la2, lo2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def kind(ev: Event) -> str:
    """The group of kinds of event an event's sub-event type belongs to (itself when in none)."""
    return rules().group.get(ev.sub_event_type, ev.sub_event_type)


def is_regional(ev: Event) -> bool:
    """Whether the report names no locality (only a region or a country)."""
    return ev.location is None or ev.location in (ev.admin1, ev.country)


def place_key(ev: Event) -> str | None:
    """The place a report is blocked and compared by: its locality's name key, or "region:" and its region's
    for a report that names only a region (None when it names nothing, or regions are not linked)."""
    if not is_regional(ev):
        return key(ev.location or "") or None
    region = ev.admin1 or ev.country
    return f"region:{key(region)}" if region and rules().link_regions else None


def _same_place(a: Event, b: Event) -> bool:
    """The same locality (any spelling the name key folds together), two points within near_km (neither only
    its region's seat), or, both naming only a region, the same region."""
    if a.country != b.country:
        return False
    here, there = place_key(a), place_key(b)
    if here is None or there is None:
        return False
    if here == there:
        return True
    return (not is_regional(a) and not is_regional(b) and a.geo_precision != 3 and b.geo_precision != 3
            and _km(a, b) <= rules().near_km)


def day(value: str | None) -> date | None:
    """The day of a full YYYY-MM-DD date, else None."""
    if not value or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def days_around(value: str | None) -> list[str]:
    """The dates a report of `value` may link to (the day window either side), as YYYY-MM-DD."""
    found = day(value)
    if found is None:
        return []
    window = rules().day_window
    return [(found + timedelta(days=n)).isoformat() for n in range(-window, window + 1)]


def _same_kind(a: Event, b: Event, days_apart: int) -> bool:
    if a.sub_event_type == b.sub_event_type:
        return True
    pair = frozenset((a.sub_event_type, b.sub_event_type))
    if days_apart:
        return pair in rules().a_day_apart
    return kind(a) == kind(b) and pair not in rules().told_apart


def same_event(a: Event, b: Event, same_document: bool = False) -> bool:
    """Whether two reports from different documents (or, with `same_document`, from any) tell one event: dated
    within the day window (reports that name only a region: the same day), the same place, kinds one outlet
    may tell as the other. Actors are not compared: outlets name the perpetrator of one attack differently (or
    not at all) too often to tell events apart by them."""
    da, db = day(a.event_date), day(b.event_date)
    if (a.doc_id == b.doc_id and not same_document) or da is None or db is None:
        return False
    apart = abs((da - db).days)
    # A day apart is two outlets dating one event differently; one document telling two days tells two events.
    if apart > rules().day_window or (apart and (is_regional(a) or is_regional(b) or a.doc_id == b.doc_id)):
        return False
    return _same_place(a, b) and _same_kind(a, b, apart)


MAX_REMEMBERED = 100_000  # events kept for linking; past this the days seen longest ago are forgotten


class EventLinker:
    """Remembers the events seen so far in a run (a slim copy of each, at most `max_events`, whole days
    forgotten oldest first) and links each new one to an earlier report of it."""

    def __init__(self, max_events: int = MAX_REMEMBERED) -> None:
        self.max_events = max_events
        self._by_day: OrderedDict[str, list[Event]] = OrderedDict()
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def link(self, events: list[Event]) -> None:
        for ev in events:
            if not ev.event_date:
                continue
            seen_around = (seen for d in days_around(ev.event_date) or [ev.event_date]
                           for seen in self._by_day.get(d, []))
            first = next((seen for seen in seen_around if same_event(seen, ev)), None)
            if first is not None:
                ev.duplicate_of = first.duplicate_of or first.event_id
                continue
            # Only the fields same_event reads: the notes and evidence of a long run stay out of memory.
            slim = dataclasses.replace(ev, notes="", evidence=[], draft=None, attributed_to=[])
            self._by_day.setdefault(ev.event_date, []).append(slim)
            self._by_day.move_to_end(ev.event_date)
            self._count += 1
        while self._count > self.max_events and len(self._by_day) > 1:
            _, dropped = self._by_day.popitem(last=False)
            self._count -= len(dropped)

    def forget(self, doc_ids: set[str]) -> None:
        """Drop the events of documents that are no longer the preferred copy."""
        for day_ in list(self._by_day):
            kept = [e for e in self._by_day[day_] if e.doc_id not in doc_ids]
            self._count -= len(self._by_day[day_]) - len(kept)
            if kept:
                self._by_day[day_] = kept
            else:
                del self._by_day[day_]
