"""Links the same event told by several documents: whether two reports tell one event (the rules of
data/linking/rules.yaml), and, for one run without a store, a later report becoming a `duplicate_of` the first."""

from __future__ import annotations

import dataclasses
import math
from collections import OrderedDict
from datetime import date, timedelta
from functools import cache, lru_cache
from pathlib import Path

from warscribe.knowledge import located
from warscribe.model import Event, replaced
from warscribe.places.normalize import key, skeleton
from warscribe.timex import MONTH_DAYS

RULES_FILE = Path(__file__).resolve().parent / "data" / "linking" / "rules.yaml"


@dataclasses.dataclass(frozen=True)
class Rules:
    """The linking rules (see data/linking/rules.yaml)."""

    near_km: float = 10.0
    day_window: int = 1
    cell_degrees: float = 0.2
    link_regions: bool = True
    region_holds_towns: bool = False
    publication_lag_days: int = 0
    group: dict[str, str] = dataclasses.field(default_factory=dict)  # sub-event type -> its group's name
    told_apart: frozenset[frozenset[str]] = frozenset()
    a_day_apart: frozenset[frozenset[str]] = frozenset()


def _pairs(items: list | None) -> frozenset[frozenset[str]]:
    return frozenset(frozenset(map(str, pair)) for pair in items or [])


@cache
def rules() -> Rules:
    data = located.data_file(RULES_FILE) or {}
    group = {sub: name for name, subs in (data.get("kinds") or {}).items() for sub in subs}
    return Rules(near_km=float(data.get("near_km", 10.0)), day_window=int(data.get("day_window", 1)),
                 cell_degrees=float(data.get("cell_degrees", 0.2)), link_regions=bool(data.get("link_regions")),
                 region_holds_towns=bool(data.get("region_holds_towns")),
                 publication_lag_days=int(data.get("publication_lag_days", 0)), group=group,
                 told_apart=_pairs(data.get("told_apart")), a_day_apart=_pairs(data.get("a_day_apart")))


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


def placed_by_region(ev: Event) -> bool:
    """Whether the report places its event only as precisely as a region: it names no locality, or its point is
    only its region's (geo precision 3: a locality the gazetteer does not know)."""
    return is_regional(ev) or ev.geo_precision == 3


def place_key(ev: Event) -> str | None:
    """The place a report is blocked and compared by: its locality's name key, or "region:" and its region's
    for a report that names only a region (None when it names nothing, or regions are not linked)."""
    if not is_regional(ev):
        return key(ev.location or "") or None
    region = ev.admin1 or ev.country
    return f"region:{key(region)}" if region and rules().link_regions else None


# How two reports may tell one event: at one locality (PLACE), one placed only by the region the other is in
# (REGION), or not, the one being another event of the region and day the other is placed by (ELSEWHERE).
PLACE, REGION, ELSEWHERE = "place", "region", "elsewhere"


def _same_place(a: Event, b: Event, same_day: bool, keys: tuple[str | None, str | None] | None = None) -> str | None:
    """PLACE: the same locality (any spelling the name key folds together), two points within near_km (neither
    only its region's seat), or, both naming only a region, the same region. REGION (region_holds_towns, on
    the same day): one placed only by its region, the other anywhere in that region (PLACE when both name a
    locality and the names spell alike). Else None. `keys`: the reports' place keys, when worked out already."""
    if a.country != b.country:
        return None
    here, there = (place_key(a), place_key(b)) if keys is None else keys
    if here is None or there is None:
        return None
    if here == there:
        return PLACE
    if not placed_by_region(a) and not placed_by_region(b):
        return PLACE if _km(a, b) <= rules().near_km else None
    if same_day and rules().region_holds_towns and a.admin1 and a.admin1 == b.admin1:
        # A locality the gazetteer does not know, spelt as the other report spells its own ("Maghayir" and
        # "al-Maghayer"), is that locality.
        spelt_alike = not is_regional(a) and not is_regional(b) and skeleton(a.location) == skeleton(b.location)
        return PLACE if spelt_alike else REGION
    return None


def day(value: str | None) -> date | None:
    """The day of a full YYYY-MM-DD date, else None."""
    if not value or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def dated_by_publication(ev: Event) -> bool:
    """Whether a coded report took its date from its document's publication (its text says no date: it has
    evidence, none of it for the date)."""
    return bool(ev.evidence) and not any(e.field == "event_date" for e in ev.evidence)


def _month_end(value: date) -> date:
    following = (value.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def date_span(ev: Event) -> tuple[date, date] | None:
    """The days a report's date may mean: its day; a week from the Monday its week-precision date names; the
    rest of the month of a month-precision date; for a report dated by its publication, the
    publication_lag_days before too (outlets run a strike a day or two later without saying when)."""
    found = day(ev.event_date)
    if found is None:
        return None
    if ev.time_precision == 2:
        return found, found + timedelta(days=6)
    if ev.time_precision == 3:
        return found, _month_end(found)
    if dated_by_publication(ev):
        return found - timedelta(days=rules().publication_lag_days), found
    return found, found


def _gap(a: tuple[date, date], b: tuple[date, date]) -> int:
    """Days between two spans (0 when they overlap)."""
    return max((b[0] - a[1]).days, (a[0] - b[1]).days, 0)


def days_around(ev: Event) -> list[str]:
    """The dates (YYYY-MM-DD) of the stored reports that `ev` may tell the event of (see _reach)."""
    span = date_span(ev)
    return _reach(*span) if span else []


def days_around_date(value: str | None) -> list[str]:
    """The dates a report of date `value` may reach, whatever its precision and however it was dated."""
    found = day(value)
    if found is None:
        return []
    return _reach(found - timedelta(days=rules().publication_lag_days), max(found, _month_end(found)))


def _reach(start: date, end: date) -> list[str]:
    """The dates of the reports whose spans may come within the day window of the span start..end: the window
    around it, widened by how far other spans reach from their dates (a week after its Monday, the
    publication lag before a date), and the days of its months a month-precision date is written on."""
    return list(_days_reached(start, end, rules().day_window, rules().publication_lag_days))


@lru_cache(maxsize=4096)
def _days_reached(start: date, end: date, window: int, lag: int) -> tuple[str, ...]:
    """`_reach` for the rules' day window and publication lag (remembered: a document's reports, and a day's
    documents, share their dates)."""
    # (the days counted as ordinals: a range of numbers, not a date made per day; an ISO date of four-digit years
    # sorts as its day does)
    lo, hi = start.toordinal() - window, end.toordinal() + window
    out = set(range(lo - 6, hi + lag + 1))
    month, last = date.fromordinal(lo).replace(day=1), date.fromordinal(hi)
    while month <= last:
        out.update(v.toordinal() for v in (month.replace(day=d) for d in MONTH_DAYS) if v <= last)
        month = _month_end(month) + timedelta(days=1)
    return tuple(date.fromordinal(n).isoformat() for n in sorted(out))


def _same_kind(a: Event, b: Event, days_apart: bool) -> bool:
    if a.sub_event_type == b.sub_event_type:
        return True
    pair = frozenset((a.sub_event_type, b.sub_event_type))
    if days_apart:
        return pair in rules().a_day_apart
    return kind(a) == kind(b) and pair not in rules().told_apart


def same_event(a: Event, b: Event, same_document: bool = False) -> bool:
    """Whether two reports from different documents (or, with `same_document`, from any) tell one event at one
    place: see `linked`."""
    return linked(a, b, same_document) == PLACE


def linked(a: Event, b: Event, same_document: bool = False) -> str | None:
    """How two reports from different documents (or, with `same_document`, from any) may tell one event: dated
    within the day window of each other's spans (reports that name only a region: the same day), kinds one
    outlet may tell as the other, at the same place (PLACE) or one placed only by the region the other is in
    (REGION: the same event only when nothing else of that day in the region could be it; see
    warscribe.canonical); ELSEWHERE: one placed only by the region the other is in, of another kind (another
    event that day in the region); None when none of these. Actors are not compared: outlets name the
    perpetrator of one attack differently (or not at all) too often to tell events apart by them."""
    return _linked(a, b, date_span(a), date_span(b), same_document)


def _linked(a: Event, b: Event, sa: tuple[date, date] | None, sb: tuple[date, date] | None,
            same_document: bool = False, keys: tuple[str | None, str | None] | None = None) -> str | None:
    """`linked`, given the reports' date spans (a caller comparing one report with many works its span out
    once) and, where known, their place keys (`keys`, a's and b's)."""
    if (a.doc_id == b.doc_id and not same_document) or sa is None or sb is None:
        return None
    # Dates a day apart are two outlets dating one event differently (or one dating it by its publication);
    # one document telling two days tells two events.
    apart = _apart(a, b, sa, sb)
    if _gap(sa, sb) > rules().day_window or (apart and (is_regional(a) or is_regional(b) or a.doc_id == b.doc_id)):
        return None
    where = _same_place(a, b, a.event_date == b.event_date, keys)
    if where == REGION:
        # Placed only by a region, a report is the town's event when it tells it as the town's report does (the
        # kinds a day apart may be told by); else the town's is another event of that region and day.
        return REGION if _same_kind(a, b, True) else ELSEWHERE
    return where if where is not None and _same_kind(a, b, apart) else None


def _apart(a: Event, b: Event, sa: tuple[date, date], sb: tuple[date, date]) -> bool:
    """Whether two reports tell other days: their dates differ, unless one is dated only by its week or its
    publication and its span holds the other's (reports of two documents; a month is too loose for that)."""
    if a.event_date == b.event_date:
        return False
    vague = (sa[0] != sa[1] or sb[0] != sb[1]) and 3 not in (a.time_precision, b.time_precision)
    return not vague or a.doc_id == b.doc_id or _gap(sa, sb) > 0


def _dating(ev: Event) -> list:
    """The evidence dated_by_publication reads: the date's, else one span saying the report has evidence."""
    return [e for e in ev.evidence if e.field == "event_date"] or ev.evidence[:1]


MAX_REMEMBERED = 100_000  # events kept for linking; past this the days seen longest ago are forgotten


class EventLinker:
    """Remembers the events seen so far in a run (a slim copy of each, at most `max_events`, whole days
    forgotten oldest first) and links each new one to an earlier report of it."""

    def __init__(self, max_events: int = MAX_REMEMBERED) -> None:
        self.max_events = max_events
        # Per date, the slim copies with what `linked` would work out of each at every comparison: its span of
        # days, its country, its span's first and last days as ordinals (0 without a span) and its place key.
        # Reports of another country, or whose spans are further apart than the day window, are never the same
        # event: they are passed over without comparing them.
        self._by_day: OrderedDict[str, list[tuple[Event, tuple[date, date] | None, str | None, int, int,
                                                  str | None]]] = OrderedDict()
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def link(self, events: list[Event]) -> None:
        window, lag = rules().day_window, rules().publication_lag_days
        for ev in events:
            if not ev.event_date:
                continue
            # A date that is not a whole day ("--05-12") links to nothing, but is remembered all the same (it
            # counts towards max_events).
            span = date_span(ev)
            lo, hi = (0, 0) if span is None else (span[0].toordinal(), span[1].toordinal())
            first = None if span is None else self._first(ev, span, lo, hi, window, lag)
            if first is not None:
                ev.duplicate_of = first.duplicate_of or first.event_id
                continue
            # Only the fields same_event reads: the notes and most evidence of a long run stay out of memory.
            slim = replaced(ev, notes="", evidence=_dating(ev), draft=None, attributed_to=[])
            self._by_day.setdefault(ev.event_date, []).append((slim, span, ev.country, lo, hi, place_key(ev)))
            self._by_day.move_to_end(ev.event_date)
            self._count += 1
        while self._count > self.max_events and len(self._by_day) > 1:
            _, dropped = self._by_day.popitem(last=False)
            self._count -= len(dropped)

    def _first(self, ev: Event, span: tuple[date, date], lo: int, hi: int, window: int, lag: int) -> Event | None:
        """The first remembered report (by date, then as remembered) that `ev`, of this span (its first and last days'
        ordinals `lo` and `hi`), tells the event of at one place, or None."""
        if window < 0:
            return None  # no two spans are closer than 0 days
        country, here = ev.country, place_key(ev)  # (its place key worked out once, not at each comparison)
        by_day = self._by_day
        for d in _days_reached(*span, window, lag):
            for seen, seen_span, seen_country, seen_lo, seen_hi, there in by_day.get(d, ()):
                # (`_gap(span, seen_span) <= window`, read from the ordinals: no timedelta made per remembered report)
                if seen_country == country and seen_span is not None and seen_lo - hi <= window \
                        and lo - seen_hi <= window and _linked(seen, ev, seen_span, span, keys=(there, here)) == PLACE:
                    return seen
        return None

    def forget(self, doc_ids: set[str]) -> None:
        """Drop the events of documents that are no longer the preferred copy."""
        for day_ in list(self._by_day):
            kept = [seen for seen in self._by_day[day_] if seen[0].doc_id not in doc_ids]
            self._count -= len(self._by_day[day_]) - len(kept)
            if kept:
                self._by_day[day_] = kept
            else:
                del self._by_day[day_]
