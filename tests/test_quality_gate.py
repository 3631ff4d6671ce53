"""Quality gate: the pipeline must score at least the pinned floors (tests/quality_floors.json) on our golden
samples (always), and on the seeds and the ACLED and Insecurity Insight dev holdouts (when ../shared is present).
Floors only go up: raise one when the measured figure has risen, never lower one to make this pass."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from warscribe.evaluate.acled import AcledReport, AcledRow
from warscribe.evaluate.acled import evaluate as evaluate_acled
from warscribe.evaluate.acled import field_checks as acled_checks
from warscribe.evaluate.insecurity import Breakdown, InsecurityReport
from warscribe.evaluate.insecurity import evaluate as evaluate_ii
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


# ---- the dev holdouts: real coded data we never tuned on (../shared/eval/dev) --------------------------------
# Each holdout is coded whole (ACLED 2,722 rows ≈ 8 s, Insecurity Insight 4,884 incidents ≈ 15 s), once per run.

HOLDOUTS = ROOT / ".." / "shared" / "eval" / "dev"
ACLED_HOLDOUT = HOLDOUTS / "acled_holdout.csv"
II_HOLDOUT = HOLDOUTS / "insecurity_insight_holdout.jsonl"
II_GATED_COUNTRIES = ("Syria",)  # the acceptance figures are on Syria's incidents


def acled_measured(report: AcledReport) -> dict[str, float | None]:
    """An ACLED report's gated figures: the share of rows with an event, each field over all rows."""
    share = report.no_event_share
    out: dict[str, float | None] = {"found": None if share is None else 1 - share}
    out.update({f"field.{k}": v.all.rate for k, v in report.fields.items()})
    return out


def ii_measured(report: InsecurityReport) -> dict[str, float | None]:
    """An Insecurity Insight report's gated figures, overall and for each gated country ("syria.field.x")."""
    slices = {"": report.total}
    slices.update({f"{c.lower()}.": report.countries.get(c, Breakdown()) for c in II_GATED_COUNTRIES})
    out: dict[str, float | None] = {}
    for prefix, b in slices.items():
        out[f"{prefix}found"] = b.found_share
        out.update({f"{prefix}field.{k}": v.all.rate for k, v in b.fields.items()})
    return out


def below(figures: dict[str, float | None], pinned: dict[str, float]) -> list[str]:
    return [f"{name}: {figures.get(name)} < floor {floor}" for name, floor in pinned.items()
            if ((floor > 0) if figures.get(name) is None else figures[name] < floor)]  # type: ignore[operator]


def test_holdout_floors_cover_every_figure() -> None:
    expected = {"acled_holdout": set(acled_measured(AcledReport("x"))),
                "insecurity_insight_holdout": set(ii_measured(InsecurityReport("x")))}
    for name, figures in expected.items():
        pinned = floors()[name]["floors"]
        assert set(pinned) == figures, name
        assert all(0 <= v <= 1 for v in pinned.values()), name


def test_an_empty_holdout_run_would_fail() -> None:
    # A pipeline that codes nothing must not pass: every row counts, a row with no event is wrong.
    rows = [AcledRow(1, "r1", "text", "2024-01-01", "Battles", "Armed clash", "A", "", [], [], "X", "Y", 1.0, 1.0, 0,
                     None)]
    acled = AcledReport("x")
    for row in rows:
        acled.rows += 1
        for k, value in acled_checks(row, None).items():
            if value is not None:
                acled.fields[k].all.add(value)
    assert below(acled_measured(acled), floors()["acled_holdout"]["floors"])
    assert below(ii_measured(InsecurityReport("x")), floors()["insecurity_insight_holdout"]["floors"])


def test_acled_holdout_meets_the_floors() -> None:
    if not ACLED_HOLDOUT.exists():
        pytest.skip("../shared (ACLED holdout) is not here")
    report = evaluate_acled(ACLED_HOLDOUT)
    problems = below(acled_measured(report), floors()["acled_holdout"]["floors"])
    assert not problems, "below the floors on the ACLED holdout:\n" + "\n".join(problems)


def test_insecurity_insight_holdout_meets_the_floors() -> None:
    if not II_HOLDOUT.exists():
        pytest.skip("../shared (Insecurity Insight holdout) is not here")
    report = evaluate_ii(II_HOLDOUT)
    problems = below(ii_measured(report), floors()["insecurity_insight_holdout"]["floors"])
    assert not problems, "below the floors on the Insecurity Insight holdout:\n" + "\n".join(problems)
