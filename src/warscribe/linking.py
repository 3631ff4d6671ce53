"""Links the same event told by several documents: whether two reports tell one event (the rules of
data/linking/rules.yaml), and, for one run without a store, a later report becoming a `duplicate_of` the first."""

from __future__ import annotations

import dataclasses
import math
from collections import OrderedDict
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import yaml

from warscribe.model import Event

RULES_FILE = Path(__file__).resolve().parent / "data" / "linking" / "rules.yaml"


@dataclasses.dataclass(frozen=True)
class Rules:
    """The linking rules: how near two places, how many days apart, which kinds of event compare equal."""

    near_km: float = 10.0
    day_window: int = 1
    cell_degrees: float = 0.2
    family: dict[str, str] = dataclasses.field(default_factory=dict)  # sub-event type -> family name


@cache
def rules() -> Rules:
    with RULES_FILE.open(encoding="utf-8") as f:
        data = yaml.safe_load(f) or {}
    family = {sub: name for name, subs in (data.get("families") or {}).items() for sub in subs}
    return Rules(near_km=float(data.get("near_km", 10.0)), day_window=int(data.get("day_window", 1)),
                 cell_degrees=float(data.get("cell_degrees", 0.2)), family=family)


def _km(a: Event, b: Event) -> float:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return math.inf
    la1, lo1, la2, lo2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def kind(ev: Event) -> str:
    return rules().family.get(ev.sub_event_type, ev.sub_event_type)


def is_regional(ev: Event) -> bool:
    """Whether the report names no locality (only a region or a country): too coarse to link."""
    return ev.location is None or ev.location in (ev.admin1, ev.country)


def _same_place(a: Event, b: Event) -> bool:
    """The same named locality, or two points within near_km; a whole region is too coarse to tell."""
    if is_regional(a) or is_regional(b) or a.country != b.country:
        return False
    return a.location == b.location or (a.geo_precision != 3 and b.geo_precision != 3
                                        and _km(a, b) <= rules().near_km)


def _actors_agree(a: Event, b: Event) -> bool:
    """No named actor of one report fights on the other side in the other report."""
    side_a1, side_a2 = {a.actor1, *a.assoc_actor_1} - {None}, {a.actor2, *a.assoc_actor_2} - {None}
    side_b1, side_b2 = {b.actor1, *b.assoc_actor_1} - {None}, {b.actor2, *b.assoc_actor_2} - {None}
    return not (side_a1 & side_b2 and not side_a1 & side_b1) and not (side_a2 & side_b1 and not side_a2 & side_b2)


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


def _close_in_time(a: Event, b: Event) -> bool:
    # Only dates read to the day: two reports dated to a week or a month say too little to be one event.
    da, db = day(a.event_date), day(b.event_date)
    if da is None or db is None or a.time_precision != 1 or b.time_precision != 1:
        return False
    return abs((da - db).days) <= rules().day_window


def same_event(a: Event, b: Event) -> bool:
    """Whether two reports from different documents tell one event: close in time, same kind, same place,
    and no actor on opposite sides."""
    return (a.doc_id != b.doc_id and _close_in_time(a, b) and kind(a) == kind(b) and _same_place(a, b)
            and _actors_agree(a, b))


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
