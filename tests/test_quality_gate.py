"""Quality gate: the pipeline must score at least the pinned floors (tests/quality_floors.json) on our golden
samples (always) and on the seeds (when ../shared is present). Floors only go up: raise one when the measured
figure has risen, never lower one to make this pass."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from warscribe.evaluate.seeds import FIELDS, SeedsReport, evaluate

ROOT = Path(__file__).resolve().parents[1]
FLOORS = ROOT / "tests" / "quality_floors.json"
SAMPLES = ROOT / "src" / "warscribe" / "data" / "samples"
SAMPLE_GOLD = ROOT / "tests" / "golden" / "sample_events.jsonl"
SEED_GOLD = ROOT / ".." / "shared" / "gold" / "seeds_events.jsonl"
SEED_DOCS = ROOT / ".." / "shared" / "seeds" / "seeds.jsonl"
CLEAN_FIGURES = ("content_kept", "boilerplate_removed", "metadata")
DETECTION = ("f1", "precision", "recall")


def floors() -> dict[str, Any]:
    return json.loads(FLOORS.read_text(encoding="utf-8"))


def measured(report: SeedsReport) -> dict[str, float | None]:
    """Every gated figure of a report, by the name its floor has."""
    e = report.events
    out: dict[str, float | None] = {name: getattr(e, name) for name in DETECTION}
    out.update({f"field.{k}": e.fields[k].rate for k in FIELDS})
    if report.clean is not None:
        out.update({f"clean.{k}": getattr(report.clean, k).rate for k in CLEAN_FIGURES})
    return out


def shortfalls(report: SeedsReport, pinned: dict[str, Any]) -> list[str]:
    figures = measured(report)
    problems = []
    for name, floor in pinned["floors"].items():
        value = figures.get(name)
        if (floor > 0) if value is None else (value < floor):
            problems.append(f"{name}: {value} < floor {floor}")
    if report.events.bad_evidence > pinned["max_bad_evidence"]:
        problems.append(f"bad_evidence: {report.events.bad_evidence} > {pinned['max_bad_evidence']}")
    return problems


def test_floors_file_covers_every_figure() -> None:
    expected = {*DETECTION, *(f"field.{k}" for k in FIELDS), *(f"clean.{k}" for k in CLEAN_FIGURES)}
    for name in ("samples", "seeds"):
        pinned = floors()[name]
        assert set(pinned["floors"]) == expected, name
        assert all(0 <= v <= 1 for v in pinned["floors"].values()), name
        assert pinned["max_bad_evidence"] == 0, "evidence must always index the text exactly"


def test_golden_samples_meet_the_floors() -> None:
    report = evaluate(SAMPLE_GOLD, docs=[SAMPLES])
    assert not report.rejections
    problems = shortfalls(report, floors()["samples"])
    assert not problems, "below the floors on the golden samples:\n" + "\n".join(problems)


def test_seeds_meet_the_floors() -> None:
    if not (SEED_GOLD.exists() and SEED_DOCS.exists()):
        pytest.skip("../shared (seed gold) is not here")
    report = evaluate(SEED_GOLD, docs=[SEED_DOCS])
    assert not report.rejections
    problems = shortfalls(report, floors()["seeds"])
    assert not problems, "below the floors on the seeds:\n" + "\n".join(problems)


def test_a_regression_would_be_caught(tmp_path: Path) -> None:
    # The gate is only worth having if a worse pipeline fails it: an output with no events must not pass.
    empty = tmp_path / "none.jsonl"
    empty.write_text("", encoding="utf-8")
    report = evaluate(SAMPLE_GOLD, docs=[SAMPLES], events_path=empty)
    assert shortfalls(report, floors()["samples"])
