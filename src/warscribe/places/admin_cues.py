"""The first-order area a report is about when it names no place there: names that belong to one area only
(parties, unions and movements of one state, its landmarks), from data/places/admin_cues.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from warscribe.knowledge.prefilter import prefiltered
from warscribe.places.data import load_yaml


@dataclass(frozen=True)
class AreaCue:
    """An area the names of `pattern` point to, and the seat an event placed by them is coded at."""

    country: str  # ISO code
    admin1: str
    seat: str
    lat: float
    lon: float
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[AreaCue, ...]]:
    data = load_yaml("admin_cues.yaml") or {}
    out: dict[str, tuple[AreaCue, ...]] = {}
    for country, areas in (data.get("areas") or {}).items():
        cues = []
        for i, a in enumerate(areas, 1):
            try:
                seat, lat, lon = a["seat"]
                names = sorted(a["names"], key=len, reverse=True)
                # whole words, as written: acronyms ("DMK") are not words of the sentence ("dmk")
                pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
                cues.append(AreaCue(country, a["admin1"], seat, float(lat), float(lon), pattern))
            except (KeyError, TypeError, ValueError) as exc:
                raise ValueError(f"admin_cues.yaml: {country} entry {i}: {exc!r}") from exc
        out[country] = tuple(cues)
    return out


def _alternatives(key: str) -> str | None:
    """The words of one list of admin_cues.yaml as one alternation, longest first; None when the list is empty."""
    words = (load_yaml("admin_cues.yaml") or {}).get(key) or ()
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) if words else None


@lru_cache(maxsize=1)
def _capital_pattern() -> re.Pattern[str] | None:
    words = _alternatives("capital")
    # "the capital" as the place ("staged a rally in the capital", "the capital's Mohammadpur"), not another
    # country's ("the capital of Chad"), nor the capital named after it ("the capital, Dhaka": that name places it)
    return None if words is None else \
        re.compile(r"\b(?:" + words + r")\b(?!\s+(?:of|city\s+of)\b)(?!,?\s+(?-i:[A-Z]))", re.IGNORECASE)


@lru_cache(maxsize=1)
def _seat_pattern() -> re.Pattern[str] | None:
    words = _alternatives("capital_seats")
    # whole words, as written: "the Ministry of Finance" is a seat of government, "the ministry" may be anyone's
    return None if words is None else prefiltered(re.compile(r"(?<![\w-])(?:" + words + r")(?![\w-])"))


def capital_named(text: str, seats: bool = False) -> bool:
    """Whether the text places something in "the capital" without naming it (data/places/admin_cues.yaml
    `capital`): the capital of the country it is about. With `seats`, also whether it names a body that sits in
    the capital (`capital_seats`: "outside the National Assembly")."""
    pattern = _capital_pattern()
    if pattern and pattern.search(text):
        return True
    seat = _seat_pattern() if seats else None
    return bool(seat and seat.search(text))


def area_named(text: str, country: str | None) -> AreaCue | None:
    """The one area of `country` whose names the text uses; None when it uses none, or those of several areas."""
    if not country:
        return None
    found: dict[str, AreaCue] = {}
    for c in _cues().get(country, ()):
        if c.pattern.search(text):
            found.setdefault(c.admin1, c)  # an area listed with several seats: the first whose names are used
    return next(iter(found.values())) if len(found) == 1 else None
