"""What the command line needs of the store before it opens one (its defaults, sorts, filter limits and error),
kept apart so that `warscribe --help` does not load SQLAlchemy."""

from __future__ import annotations

from pathlib import Path

DEFAULT_PATH = Path("warscribe.db")
# Filters are matched with LIKE; SQLite refuses very long patterns, and no real name is this long.
MAX_FILTER_CHARS = 200
SORTS = ("date", "newest", "fatalities", "id")


class StoreError(Exception):
    """A database that cannot be used as it is: not SQLite, not ours, newer than this warscribe, locked."""


def check_filter(value: str, name: str = "filter") -> str:
    """A filter value stripped; ValueError for a blank one or one longer than MAX_FILTER_CHARS."""
    text = value.strip()
    if not text:
        raise ValueError(f"{name} is blank: give a value to match, or leave the option out")
    if len(text) > MAX_FILTER_CHARS:
        raise ValueError(f"{name} is {len(text):,} characters long; at most {MAX_FILTER_CHARS} are allowed")
    return text
