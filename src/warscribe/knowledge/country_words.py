"""The country a report's local words point to (data/lexicon/country_words.yaml), for events with no other."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

WORDS_FILE = Path(__file__).resolve().parents[1] / "data" / "lexicon" / "country_words.yaml"


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    with WORDS_FILE.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    out = []
    for country, words in data["countries"].items():
        exact = [re.escape(w) for w in words if w.isupper()]  # "MCA", not "mca"
        loose = [re.escape(w) for w in words if not w.isupper()]
        parts = ([rf"(?-i:{'|'.join(exact)})"] if exact else []) + loose
        out.append((country, re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE)))
    return tuple(out)


def country_of_words(text: str) -> str | None:
    """The one country whose local words the text uses; None when it uses none, or those of several."""
    found = {country for country, pattern in _patterns() if pattern.search(text)}
    return found.pop() if len(found) == 1 else None
