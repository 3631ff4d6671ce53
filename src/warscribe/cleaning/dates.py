"""Finds calendar dates written in text ("12 February 2020", "June 3, 2021", "2020-02-12") as YYYY-MM-DD."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from warscribe.cleaning.cues import load_cues
from warscribe.knowledge.patterns import starts_with


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    months = "|".join(sorted(load_cues().months, key=len, reverse=True))
    day = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
    # (the look-ahead changes no match: a month is tried only where one of their names begins)
    month = rf"{starts_with(load_cues().months)}(?P<m>{months})\.?"
    year = r"(?P<y>(?:19|20)\d\d)"
    return (
        re.compile(rf"\b{year}-(?P<mn>[01]?\d)-(?P<d>[0-3]?\d)(?!\d)"),
        # "12 February 2020", "12February 2020", "12 of Feb. 2020", "Wed 05 Apr 2017"
        re.compile(rf"\b{day}\s*(?:of\s+)?{month}(?![a-z]),?\s*{year}\b", re.IGNORECASE),
        # "February 12, 2020", "Feb 12 2020"
        re.compile(rf"\b{month}(?![a-z])\s+{day},?\s+{year}\b", re.IGNORECASE),
        # "12/02/2020", "12.02.2020": day first, as most outlets outside the US write it
        re.compile(rf"\b(?P<d>[0-3]?\d)[/.](?P<mn>[01]?\d)[/.]{year}\b"),
    )


def _build(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    month = load_cues().months.get((groups.get("m") or "").lower()) or int(groups.get("mn") or 0)
    try:
        return date(int(groups["y"]), month, int(groups["d"])).isoformat()
    except (TypeError, ValueError):
        return None


def find_date(text: str) -> tuple[str, int, int] | None:
    """The earliest well-formed date in `text`: (YYYY-MM-DD, start, end), or None."""
    best: tuple[str, int, int] | None = None
    for pattern in _patterns():
        for match in pattern.finditer(text):
            value = _build(match)
            if value and (best is None or match.start() < best[1]):
                best = (value, match.start(), match.end())
                break
    return best


def has_date(text: str) -> bool:
    """Whether `text` holds a well-formed date (`find_date(text) is not None`): the search ends at the first one
    any pattern finds, instead of reading the whole text with every pattern for the earliest."""
    patterns = _patterns()  # the month names first: prose writes dates so, and an early one ends the search
    return any(_build(match) for pattern in (*patterns[1:3], patterns[0], *patterns[3:])
               for match in pattern.finditer(text))


def parse_date(text: str) -> str | None:
    """The first date in `text` as YYYY-MM-DD, or None."""
    found = find_date(text)
    return found[0] if found else None
