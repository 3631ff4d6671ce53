"""Loads the place knowledge we maintain under data/places/: admin1 table, stop-list, cues, country names."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from warscribe.knowledge import located
from warscribe.places.normalize import key, skeleton

PLACES_DIR = Path(__file__).resolve().parents[1] / "data" / "places"


@dataclass(frozen=True)
class Admin1:
    """A governorate: canonical name, its spellings, and the seat used for geo_precision 3."""

    country: str
    name: str
    geonames: str
    capital: str
    lat: float
    lon: float
    variants: tuple[str, ...]
    surrounds: tuple[str, ...] = ()  # the cities, governorates of their own, whose surroundings lie in this one


def load_yaml(name: str) -> Any:
    path = PLACES_DIR / name
    try:
        return located.data_file(path)
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: invalid YAML: {exc}") from exc


@lru_cache(maxsize=1)
def admin1_table() -> tuple[Admin1, ...]:
    rows = []
    for country, entries in (load_yaml("admin1.yaml") or {}).items():
        for i, e in enumerate(entries, 1):
            try:
                rows.append(Admin1(country, e["name"], str(e["geonames"]), e["capital"], float(e["lat"]),
                                   float(e["lon"]), tuple(e.get("variants") or ()), tuple(e.get("surrounds") or ())))
            except (KeyError, TypeError, ValueError) as exc:
                raise ValueError(f"{PLACES_DIR / 'admin1.yaml'}: {country} entry {i}: {exc!r}") from exc
    return tuple(rows)


@lru_cache(maxsize=1)
def _admin1_by_key() -> dict[str, Admin1]:
    out: dict[str, Admin1] = {}
    for a in admin1_table():
        for name in (a.name, *a.variants):
            out[key(name)] = a
            for suffix in (" governorate", " province"):
                out[key(name + suffix)] = a
    return out


@lru_cache(maxsize=4096)
def admin1_named(name: str | None) -> Admin1 | None:
    """The governorate a name (any spelling, with or without 'Governorate') stands for (remembered: each place
    mention of a document is asked again at every step of resolving it)."""
    if not name:
        return None
    k = key(name)
    for suffix in (" governorate", " province", " muhafazat"):
        if k.endswith(suffix):
            k = k[: -len(suffix)]
    return _admin1_by_key().get(k)


@lru_cache(maxsize=64)
def surrounding(admin: Admin1) -> Admin1 | None:
    """The governorate that surrounds a city governorate ("outside Damascus" is in Rural Damascus), if any."""
    return next((a for a in admin1_table() if a.country == admin.country and admin.name in a.surrounds), None)


def admin1_by_code(country: str, code: str) -> Admin1 | None:
    return _admin1_codes().get((country, code))


@lru_cache(maxsize=1)
def _admin1_codes() -> dict[tuple[str, str], Admin1]:
    """(country, GeoNames code) -> the first admin1 row of the table with them: a gazetteer build asks for
    each of its 200,000 places."""
    out: dict[tuple[str, str], Admin1] = {}
    for a in admin1_table():
        out.setdefault((a.country, a.geonames), a)
    return out


def canonical_admin1(name: str | None) -> str | None:
    """The canonical governorate name for any spelling; unknown names are returned as given."""
    found = admin1_named(name)
    return found.name if found else (name or None)


@lru_cache(maxsize=1)
def stoplist() -> tuple[frozenset[str], frozenset[str]]:
    """(place keys that never match, capitalised words that never match alone)."""
    data = load_yaml("stoplist.yaml") or {}
    return (frozenset(key(n) for n in data.get("names") or ()),
            frozenset(key(w) for w in data.get("words") or ()))


@lru_cache(maxsize=1)
def no_evidence() -> frozenset[str]:
    """Keys of the words that name a capital or a region but are no evidence of a country alone ("Male nurse")."""
    return frozenset(key(w) for w in load_yaml("stoplist.yaml").get("no_evidence") or ())


@lru_cache(maxsize=1)
def name_ends() -> frozenset[str]:
    """Keys of the words (weekdays, months) that end a run of capitalised words before them (stoplist.yaml)."""
    return frozenset(key(w) for w in load_yaml("stoplist.yaml").get("name_ends") or ())


@lru_cache(maxsize=1)
def stop_phrases() -> frozenset[str]:
    """Keys of the names of several words that name no place although a word of them does ("Lok Sabha")."""
    return frozenset(key(w) for w in load_yaml("stoplist.yaml").get("phrases") or ())


@lru_cache(maxsize=1)
def phrase_countries() -> dict[str, str]:
    """Keys of the stop phrases that one country keeps ("Kashmir Day") -> that country's name (stoplist.yaml)."""
    return {key(p): c for p, c in (load_yaml("stoplist.yaml").get("phrase_countries") or {}).items()}


@lru_cache(maxsize=1)
def stop_skeletons() -> dict[str, tuple[str, ...]]:
    """Skeletons of the stop words -> the stop words' keys, so "Mohammad" is stopped like "Mohammed"."""
    out: dict[str, list[str]] = {}
    for w in load_yaml("stoplist.yaml").get("words") or ():
        out.setdefault(skeleton(w), []).append(key(w))
    return {s: tuple(ws) for s, ws in out.items()}


@lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    """Words that open a person's name when more capitalised words follow: titles and given names."""
    data = load_yaml("stoplist.yaml")
    return frozenset(key(w) for w in (*(data.get("person_titles") or ()), *(data.get("given_names") or ())))


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Lower-case nouns for a person before a person's name ("the priest Diaa Aziz": stoplist.yaml `person_nouns`)."""
    return frozenset(key(w) for w in load_yaml("stoplist.yaml").get("person_nouns") or ())


@lru_cache(maxsize=1)
def credit_words() -> frozenset[str]:
    """Words of a photo credit ("AP Photo Felipe Dana", "Image: Omar Haj/Reuters"): the capitalised words right
    after one name the photographer (stoplist.yaml `credit_words`)."""
    return frozenset(key(w) for w in load_yaml("stoplist.yaml").get("credit_words") or ())


@lru_cache(maxsize=1)
def name_heads() -> frozenset[str]:
    """Words that open many place names ("Tal", "Bab", "Khan"): followed by more of a name, alone they are no
    place (stoplist.yaml `name_heads`)."""
    return frozenset(key(w) for w in load_yaml("stoplist.yaml").get("name_heads") or ())


@lru_cache(maxsize=1)
def family_names() -> frozenset[str]:
    """Words that close a person's name after another capitalised word: family names (stoplist.yaml)."""
    return frozenset(key(w) for w in load_yaml("stoplist.yaml").get("family_names") or ())


@lru_cache(maxsize=1)
def body_words() -> frozenset[str]:
    """Keys of the words that close the names of bodies ("Hind Mazdoor Sabha"): such a run names no place."""
    return frozenset(key(w) for w in load_yaml("stoplist.yaml").get("body_words") or ())


@lru_cache(maxsize=1)
def cues() -> dict[str, tuple[str, ...]]:
    data = load_yaml("cues.yaml") or {}
    return {k: tuple(v) for k, v in data.items()}


@lru_cache(maxsize=1)
def country_names() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    data = load_yaml("countries.yaml") or {}
    return dict(data.get("names") or {}), dict(data.get("adjectives") or {})


@lru_cache(maxsize=1)
def acled_country_names() -> dict[str, str]:
    """ISO code -> ACLED's spelling, for the countries whose GeoNames name differs (countries.yaml `acled_names`)."""
    return dict((load_yaml("countries.yaml") or {}).get("acled_names") or {})


@lru_cache(maxsize=1)
def area_words() -> dict[str, str]:
    """'upazila' -> 'BD': words for administrative units only one country has, and the names of peace
    operations that serve in one country ('AMISOM' -> 'SO')."""
    data = load_yaml("countries.yaml") or {}
    return {w.lower(): cc for part in ("area_words", "mission_words")
            for cc, words in (data.get(part) or {}).items() for w in words}


@lru_cache(maxsize=1)
def adjective_country() -> dict[str, str]:
    """'syrian' -> 'SY': the adjectives that hint at a document's country focus."""
    return {key(a): cc for cc, words in country_names()[1].items() for a in words}


@lru_cache(maxsize=1)
def spelling_pairs() -> dict[str, Any]:
    return load_yaml("spelling_pairs.yaml") or {}


def fuzzy_threshold() -> float:
    return float(spelling_pairs().get("fuzzy_threshold", 85.0))


@lru_cache(maxsize=1)
def _government_seats() -> dict[str, tuple[tuple[str, str | None], ...]]:
    data = load_yaml("countries.yaml") or {}
    return {cc: tuple((str(e["name"]), str(e["until"]) if e.get("until") else None) for e in entries)
            for cc, entries in (data.get("government_seats") or {}).items()}


def government_seat(country: str | None, date: str | None = None) -> str | None:
    """The city `country`'s government sat in on `date` (ISO; None for today) where it is not the capital GeoNames
    names (countries.yaml `government_seats`: Benin's ministries sit in Cotonou); None where that capital is it."""
    for name, until in _government_seats().get(country or "", ()):
        if until is None or (date is not None and date[:10] < until):
            return name
    return None
