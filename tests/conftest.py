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
from store_backends import db, pg_admin_url, pg_url  # noqa: E402, F401
