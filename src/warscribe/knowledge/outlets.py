"""The country a report's outlet publishes in (data/lexicon/outlets.yaml), for events the text gives none."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Protocol

from warscribe.knowledge import located

OUTLETS_FILE = Path(__file__).resolve().parents[1] / "data" / "lexicon" / "outlets.yaml"


class CountryNames(Protocol):
    """What outlet_country needs of the actor base: the countries a short text names."""

    def countries_named(self, text: str) -> set[str]: ...


@cache
def _data() -> dict:
    return located.data_file(OUTLETS_FILE)


# What `_fold` reads as a space: compiled once (a place's name is asked `is_outlet` of at each reading)
_NOT_NAME = re.compile(r"[^\w.&']+")


def _fold(text: str) -> str:
    return " ".join(_NOT_NAME.sub(" ", text.casefold()).split())


@cache
def _international() -> frozenset[str]:
    return frozenset(_fold(name) for name in _data()["international"])


@cache
def _service_language() -> re.Pattern[str]:
    """A language service named after an agency ("Xinhua News Agency - French", "-- English", "(French)"): not a
    country it reports from."""
    words = "|".join(re.escape(w) for w in _data().get("service_languages") or ())
    return re.compile(rf"\s*(?:[-–—]+\s*(?:{words})|\((?:{words})\))\s*$", re.I) if words else re.compile(r"(?!)")


@cache
def _outlets() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(country, pattern of its outlets' names as whole words), one per country."""
    out = []
    for country, names in _data()["countries"].items():
        words = "|".join(re.escape(_fold(n)) for n in sorted(names, key=len, reverse=True))
        out.append((country, re.compile(rf"(?:^|\s)(?:{words})(?:\s|$)")))
    return tuple(out)


@cache
def _all_outlets() -> frozenset[str]:
    """Every outlet's name the data file lists, folded: world agencies and each country's outlets."""
    names = [*_data()["international"], *(n for ns in _data()["countries"].values() for n in ns)]
    return frozenset(_fold(n) for n in names)


def is_outlet(name: str) -> bool:
    """Whether a name is a news outlet's the data file lists ("Sputnik", "Reuters", "SANA")."""
    return _fold(name) in _all_outlets()


def _part_country(part: str, base: CountryNames) -> set[str]:
    """The countries one outlet's name points to: none for a world outlet; else the countries it names itself
    ("Star (Kenya)"), else the country that lists it."""
    part = _service_language().sub("", part)
    folded = _fold(part)
    if not folded or folded in _international():
        return set()
    named = base.countries_named(part) or _capital_named(part)
    if named:
        return named
    # the longest name found decides: "The New Dawn" is Liberia's, not Pakistan's Dawn
    found = {country: len(m.group()) for country, pattern in _outlets() if (m := pattern.search(folded))}
    return {country for country, n in found.items() if n == max(found.values())}


def _capital_named(part: str) -> set[str]:
    """The country whose capital a bracket after an outlet's name gives ("The News (Monrovia)"): where it is
    published."""
    from warscribe.places.normalize import key
    from warscribe.places.resolve import country_name

    where = re.search(r"\(([^()]+)\)", part)
    code = _country_of_capital().get(key(where.group(1))) if where else None
    return {country_name(code) or code} if code else set()


@cache
def _country_of_capital() -> dict[str, str]:
    """Capital's key -> its country's code, built once."""
    from warscribe.places.normalize import key
    from warscribe.places.world import capitals

    return {key(name): code for code, name in capitals().items()}


@lru_cache(maxsize=1024)
def outlet_country(source: str | None, base: CountryNames) -> str | None:
    """The one country the outlets of a source publish in ("Daily Nation; AFP" -> Kenya); None when the source is
    missing, names only outlets that cover the world, or outlets of several countries. Remembered: the places
    and the actors stages both ask it of each document, and a corpus has few outlets."""
    if not source:
        return None
    found: set[str] = set()
    for part in re.split(r"[;,]| and ", source):
        found |= _part_country(part, base)
    return found.pop() if len(found) == 1 else None
