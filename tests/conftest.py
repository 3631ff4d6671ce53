"""Test set-up: make the package importable from a plain checkout, and helpers shared by the tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"

if importlib.util.find_spec("warscribe") is None:
    sys.path.insert(0, str(ROOT / "src"))
