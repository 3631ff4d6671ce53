"""What the command line needs of the store before it opens one (its defaults, sorts, filter limits, error and
--db forms), kept apart so that `warscribe --help` does not load SQLAlchemy."""

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


def is_url(db: str | Path) -> bool:
    """Whether --db names a SQLAlchemy URL (postgresql+psycopg://...) rather than a SQLite file."""
    return "://" in str(db)


def database_url(db: str | Path) -> str:
    """The SQLAlchemy URL of a database given as a URL: a bare postgresql:// (or postgres://) URL uses
    psycopg 3, the driver of the `postgres` extra (SQLAlchemy's default would be psycopg2)."""
    text = str(db)
    for bare in ("postgresql://", "postgres://"):
        if text.startswith(bare):
            return "postgresql+psycopg://" + text[len(bare):]
    return text


def sqlite_path(db: str | Path) -> str | None:
    """The file of a SQLite database given as a path or a sqlite:/// URL; None for another database."""
    text = str(db)
    if not is_url(text):
        return text
    if text.startswith("sqlite:///") and len(text) > len("sqlite:///"):
        return text[len("sqlite:///"):]
    return None


def display_db(db: str | Path) -> str:
    """--db for messages: a URL without its password."""
    if not is_url(db):
        return str(db)
    from sqlalchemy.engine import make_url

    try:
        return make_url(database_url(db)).render_as_string(hide_password=True)
    except Exception:  # not a URL SQLAlchemy can read: say it as given, it is about to be refused
        return str(db)
