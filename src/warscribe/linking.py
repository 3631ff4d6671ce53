"""Links the same event told by several documents: a later report of an event already coded (same day, same
kind of event, same place, no conflicting actors) becomes a `duplicate_of` the first report."""

from __future__ import annotations

import dataclasses
import math
from collections import OrderedDict

from warscribe.model import Event

_NEAR_KM = 10.0
# Reports of one strike disagree on the weapon ("air strikes" / "shelling"): the kinds of event that one
# outlet may call the other.
_SAME_KIND = {
    "Air/drone strike": "remote", "Shelling/artillery/missile attack": "remote",
}


def _km(a: Event, b: Event) -> float:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return math.inf
    la1, lo1, la2, lo2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def _kind(ev: Event) -> str:
    return _SAME_KIND.get(ev.sub_event_type, ev.sub_event_type)


def _region(ev: Event) -> bool:
    return ev.location is None or ev.location in (ev.admin1, ev.country)


def _same_place(a: Event, b: Event) -> bool:
    """The same named locality, or two points within 10 km; a whole region is too coarse to tell."""
    if _region(a) or _region(b):
        return False
    return a.location == b.location or (a.geo_precision != 3 and b.geo_precision != 3 and _km(a, b) <= _NEAR_KM)


def _actors_agree(a: Event, b: Event) -> bool:
    """No named actor of one report fights on the other side in the other report."""
    side_a1, side_a2 = {a.actor1, *a.assoc_actor_1} - {None}, {a.actor2, *a.assoc_actor_2} - {None}
    side_b1, side_b2 = {b.actor1, *b.assoc_actor_1} - {None}, {b.actor2, *b.assoc_actor_2} - {None}
    return not (side_a1 & side_b2 and not side_a1 & side_b1) and not (side_a2 & side_b1 and not side_a2 & side_b2)


def same_event(a: Event, b: Event) -> bool:
    return (a.doc_id != b.doc_id and a.event_date is not None and a.event_date == b.event_date
            and a.time_precision == 1 and _kind(a) == _kind(b) and _same_place(a, b) and _actors_agree(a, b))


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
            seen_that_day = self._by_day.get(ev.event_date, [])
            first = next((seen for seen in seen_that_day if same_event(seen, ev)), None)
            if first is not None:
                ev.duplicate_of = first.event_id
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
        for day in list(self._by_day):
            kept = [e for e in self._by_day[day] if e.doc_id not in doc_ids]
            self._count -= len(self._by_day[day]) - len(kept)
            if kept:
                self._by_day[day] = kept
            else:
                del self._by_day[day]
