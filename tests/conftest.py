"""Test set-up: make the package importable from a plain checkout, and helpers shared by the tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"

if importlib.util.find_spec("warscribe") is None:
    sys.path.insert(0, str(ROOT / "src"))

# The store's back-ends (SQLite, PostgreSQL) as fixtures for every test module.
# The default gazetteer and a context over it (`gaz`, `ctx`), for the places tests; a module may define its own.
# A pipeline that codes hand-written documents (`pipeline`, one per module); a module may define its own.
from coding_support import pipeline, reader  # noqa: E402, F401
from places_support import ctx, gaz  # noqa: E402, F401
from store_backends import db, pg_admin_url, pg_url  # noqa: E402, F401
