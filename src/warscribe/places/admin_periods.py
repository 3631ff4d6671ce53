"""Admin1 names of the event's date: older areas before a reorganisation, districts where they are the admin1."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from warscribe.places.data import load_yaml
from warscribe.places.gazetteer import distance_km
from warscribe.places.normalize import key

ANY = "*"  # in admin_periods.yaml: any area of the country


@dataclass(frozen=True)
class Period:
    """One country's older names, in use for events dated before `until` (ISO date)."""

    until: str
    older: dict[str, tuple[str, ...]]  # key of today's admin1 -> the older names it fell under
    seats: dict[str, tuple[tuple[float, float], ...]]  # older name -> its seats (to split an area)


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, tuple[Period, ...]], frozenset[str]]:
    data = load_yaml("admin_periods.yaml") or {}
    periods: dict[str, tuple[Period, ...]] = {}
    for country, entries in (data.get("periods") or {}).items():
        out = []
        for e in entries:
            older: dict[str, list[str]] = {}
            for old, today in (e.get("areas") or {}).items():
                for name in today:
                    older.setdefault(name if name == ANY else key(name), []).append(old)
            seats = {old: tuple((float(p[0]), float(p[1])) for p in towns.values())
                     for old, towns in (e.get("seats") or {}).items()}
            out.append(Period(str(e["until"]), {k: tuple(v) for k, v in older.items()}, seats))
        periods[country] = tuple(sorted(out, key=lambda p: p.until))
    return periods, frozenset(data.get("district_admin1") or ())


def _nearest(names: tuple[str, ...], period: Period, lat: float | None, lon: float | None) -> str:
    """Of the older areas an area was split between, the one with a seat nearest the point (the first listed
    when the point or the seats are unknown)."""
    if lat is None or lon is None:
        return names[0]
    best, best_km = names[0], float("inf")
    for name in names:
        for s_lat, s_lon in period.seats.get(name, ()):
            km = distance_km(lat, lon, s_lat, s_lon)
            if km < best_km:
                best, best_km = name, km
    return best


def admin_at(country: str | None, admin1: str | None, admin2: str | None, lat: float | None, lon: float | None,
             date: str | None) -> tuple[str | None, str | None]:
    """(admin1, admin2) as named on `date` (ISO, None for today): the district as admin1 where districts are the
    first level, and the older area an area fell under before a reorganisation."""
    periods, district_level = _table()
    if country in district_level and admin2:
        return admin2, None  # the gazetteer's admin2 names are bare already ("Kampala")
    if not country or not admin1 or not date:
        return admin1, admin2
    for period in periods.get(country, ()):
        if date[:10] < period.until:
            names = period.older.get(key(admin1)) or period.older.get(ANY)
            if names:
                return _nearest(names, period, lat, lon), admin2
    return admin1, admin2


def district_countries() -> frozenset[str]:
    """Countries whose admin1 in conflict coding is the district."""
    return _table()[1]
