"""export.EVENT_KINDS (the Parquet columns' kinds) says what the annotations of model.Event say."""

from __future__ import annotations

import ast
from pathlib import Path

from warscribe import export

MODEL = Path(__file__).resolve().parents[1] / "src" / "warscribe" / "model.py"


def _annotations() -> dict[str, str]:
    tree = ast.parse(MODEL.read_text(encoding="utf-8"))
    event = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Event")
    return {n.target.id: ast.unparse(n.annotation) for n in event.body
            if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)}


def test_the_kinds_are_those_the_annotations_name() -> None:
    found = {}
    for name, hint in _annotations().items():
        if name in ("draft", "evidence"):
            continue
        if hint.startswith("list["):
            found[name] = list
        else:
            kind = next((t for t in (int, float, bool) if hint.startswith(t.__name__)), str)
            if kind is not str:
                found[name] = kind
    assert found == export.EVENT_KINDS
