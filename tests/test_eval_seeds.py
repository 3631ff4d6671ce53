"""Seed-format scoring (warscribe.evaluate.seeds): the matching rules on hand-made cases, and agreement with the
project's seed scorer on the seeds (when ../shared is present)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warscribe.cli import app
from warscribe.evaluate import EvalInputError
from warscribe.evaluate.seeds import (
    GoldSet,
    companion,
    date_matches,
    evaluate,
    load_gold,
    location_match,
    score_clean,
    score_events,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
SCORER = SHARED / "scripts" / "score_seeds.py"
SEED_GOLD = SHARED / "gold" / "seeds_events.jsonl"
SEED_DOCS = SHARED / "seeds" / "seeds.jsonl"

TEXT = ("Rebels shelled the town of Kafr Nabl on Monday, killing two soldiers. "
        "Separately, a drone struck a car near Sarmin. Readers wrote that the war must end.")


def gold_event(gid: str, evidence: str, required: bool = True, **over) -> dict:
    g = {"doc": "d1", "id": gid, "required": required, "evidence": [evidence],
         "event_type": "Explosions/Remote violence", "sub_event_type": ["Shelling/artillery/missile attack"],
         "actors": [["Rebels (Syria)"]],
         "location": ["Kafr Nabl", "Kafranbel"], "admin1": ["Idleb"], "country": "Syria", "fatalities": [2, 2],
         "date": None, "claim_status": ["reported"], "note": ""}
    g.update(over)
    return g


def system_event(needle: str, doc: str = "d1", **over) -> dict:
    start = TEXT.index(needle)
    ev = {"doc_id": doc, "event_type": "Explosions/Remote violence",
          "sub_event_type": "Shelling/artillery/missile attack", "actor1": "Rebels (Syria)", "actor2": None,
          "assoc_actor_1": [], "assoc_actor_2": [],
          "location": "Kafr Nabl", "admin1": "Idleb", "country": "Syria", "fatalities": 2, "event_date": None,
          "claim_status": "reported", "evidence": [{"start": start, "end": start + len(needle), "text": needle,
                                                    "field": "event_type"}]}
    ev.update(over)
    return ev


def gold_set(*events: dict, negatives: list | None = None) -> GoldSet:
    return GoldSet(Path("gold_events.jsonl"), list(events), negatives or [])


def test_a_perfect_event_scores_one() -> None:
    s = score_events([system_event("shelled the town")], gold_set(gold_event("g1", "Rebels shelled the town")),
                     {"d1": TEXT})
    assert (s.f1, s.precision, s.recall, s.matched, s.false_pos) == (1.0, 1.0, 1.0, 1, 0)
    assert all(r.ok == r.n == 1 for k, r in s.fields.items() if k != "date")
    assert s.fields["date"].n == 0  # gold without a date is not scored on dates


def test_unmatched_required_gold_costs_recall_and_is_listed() -> None:
    gold = gold_set(gold_event("g1", "Rebels shelled the town"), gold_event("g2", "a drone struck a car"))
    s = score_events([system_event("shelled")], gold, {"d1": TEXT})
    assert (s.matched, s.required_found, s.required) == (1, 1, 2)
    assert s.recall == 0.5 and s.precision == 1.0
    assert any(e["kind"] == "missed" and e["gold"] == "g2" for e in s.errors)


def test_second_event_on_the_same_gold_is_a_duplicate() -> None:
    s = score_events([system_event("shelled"), system_event("killing two soldiers", fatalities=0)],
                     gold_set(gold_event("g1", "Rebels shelled the town of Kafr Nabl on Monday, killing two soldiers")),
                     {"d1": TEXT})
    assert (s.matched, s.false_pos, s.duplicates) == (1, 1, 1)
    assert s.fields["fatalities"].ok == 1  # the better-agreeing event took the gold


def test_extra_event_on_optional_gold_is_no_error() -> None:
    gold = gold_set(gold_event("g1", "Rebels shelled"), gold_event("g2", "a drone struck a car", required=False))
    s = score_events([system_event("shelled"), system_event("drone struck"), system_event("drone")], gold,
                     {"d1": TEXT})
    assert (s.matched, s.required, s.false_pos) == (2, 1, 0)


def test_events_in_negative_passages_are_counted_as_such() -> None:
    negatives = [{"doc": "d1", "text": "Readers wrote that the war must end", "note": "reader comment"}]
    s = score_events([system_event("shelled"), system_event("the war must end")],
                     gold_set(gold_event("g1", "Rebels shelled"), negatives=negatives), {"d1": TEXT})
    assert (s.false_pos, s.from_negatives, s.duplicates) == (1, 1, 0)
    assert s.precision == 0.5


def test_evidence_that_does_not_read_as_the_text_is_bad() -> None:
    ev = system_event("shelled")
    ev["evidence"].append({"start": 0, "end": 6, "text": "Rebelz", "field": "actor1"})
    ev["evidence"].append({"start": "x", "end": 3, "text": "Reb", "field": "actor1"})
    other_doc = system_event("shelled", doc="not-in-gold")
    s = score_events([ev, other_doc], gold_set(gold_event("g1", "Rebels shelled")), {"d1": TEXT})
    assert s.bad_evidence == 3  # a wrong text, a malformed span, and a document without gold text
    assert s.false_pos == 1


def test_wrong_fields_are_partial_matches() -> None:
    ev = system_event("shelled", sub_event_type="Air/drone strike", actor1="Military Forces of Syria (2000-)",
                      location="Sarmin", admin1="Idleb", fatalities=5, claim_status="disputed")
    s = score_events([ev], gold_set(gold_event("g1", "Rebels shelled")), {"d1": TEXT})
    assert s.matched == 1
    assert {k for k, r in s.fields.items() if r.n and not r.ok} == {"sub", "actors", "location", "fatalities",
                                                                     "claim"}
    assert s.errors[0]["kind"] == "partial"


def test_actors_are_order_free_and_include_associates() -> None:
    gold = gold_event("g1", "Rebels shelled", actors=[["Rebels (Syria)"], ["Military Forces of Syria (2000-)"]])
    ev = system_event("shelled", actor1="Military Forces of Syria (2000-)", actor2=None,
                      assoc_actor_2="Rebels (Syria); Civilians (Syria)")
    s = score_events([ev], gold_set(gold), {"d1": TEXT})
    assert s.fields["actors"].ok == 1


def test_location_accepts_containment_admin1_and_folds_articles() -> None:
    g = gold_event("g1", "x", location=["al-Bab"], country="Syria")
    assert location_match({"location": "Bab", "country": "Syria"}, g)
    assert location_match({"location": "Al Bab city", "country": None}, g)  # no country reads as Syria
    assert not location_match({"location": "Al Bab", "country": "Turkey"}, g)
    assert location_match({"location": None, "admin1": "al-Bab"}, g)


@pytest.mark.parametrize(("got", "want", "ok"), [
    ("2021-11-07", {"value": "2021-11-07"}, True),
    ("2021-11-08", {"value": "2021-11-07"}, False),
    ("2021-11-08", {"value": "2021-11-07", "tolerance_days": 1}, True),
    ("--11-07", {"value": "--11-07"}, True),
    ("2019-11-07", {"value": "--11-07"}, True),
    ("2019-11-08", {"value": "--11-07"}, False),
    ("2020-02-14", {"value": "--02"}, True),
    ("--02", {"value": "--02"}, True),
    (None, {"value": "2021-11-07"}, False),
    ("not a date", {"value": "2021-11-07"}, False),
    ("2021-11-07", None, None),
])
def test_date_rules(got, want, ok) -> None:
    assert date_matches(got, want) is ok


def test_clean_scoring_counts_lines_and_metadata() -> None:
    lines = {"d1": {"lines": [{"line": 1, "label": "content", "text": "Rebels  shelled\u00a0the town."},
                              {"line": 2, "label": "boilerplate", "text": "Subscribe now"},
                              {"line": 3, "label": "meta", "text": "By a reporter"},
                              {"line": 4, "label": "content", "text": "Lost paragraph."}],
                    "expected_meta": {"title": "Rebels shell Kafr Nabl", "published": None,
                                      "source": "Syrian Observatory for Human Rights"}},
             "d2": {"lines": [], "expected_meta": {"title": None, "published": None, "source": None}}}
    records = {"d1": {"id": "d1", "text": "Rebels shelled the town.\nBy a reporter", "title": "Rebels shell Kafr Nabl",
                      "source": "SOHR"}}
    s = score_clean(records, lines)
    assert (s.content_kept.ok, s.content_kept.n) == (1, 2)
    assert (s.boilerplate_removed.ok, s.boilerplate_removed.n) == (1, 1)
    assert (s.metadata.ok, s.metadata.n) == (2, 2)  # 'SOHR' counts for the observatory's full name
    assert s.missing_docs == ["d2"]


def test_companion_files_and_gold_errors(tmp_path: Path) -> None:
    assert companion(Path("x/sample_events.jsonl"), "negatives") == Path("x/sample_negatives.json")
    bad = tmp_path / "g_events.jsonl"
    bad.write_text('{"doc": "d1"}\n', encoding="utf-8")
    with pytest.raises(EvalInputError, match=r"g_events.jsonl:1: gold event lacks"):
        load_gold(bad)
    bad.write_text(json.dumps(gold_event("g1", "x")) + "\n{oops\n", encoding="utf-8")
    with pytest.raises(EvalInputError, match=r"g_events.jsonl:2: not JSON"):
        load_gold(bad)
    with pytest.raises(EvalInputError, match="no such gold file"):
        load_gold(tmp_path / "absent.jsonl")


def test_gold_documents_must_be_given() -> None:
    with pytest.raises(EvalInputError, match="no document text for d1"):
        score_events([], gold_set(gold_event("g1", "x")), {})


def test_golden_samples_run_end_to_end_through_the_cli() -> None:
    samples = ROOT / "src" / "warscribe" / "data" / "samples"
    result = CliRunner().invoke(app, ["eval", "--gold", str(ROOT / "tests" / "golden" / "sample_events.jsonl"),
                                      "--format", "seeds", "--docs", str(samples), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["events"]["required"] == sum(
        1 for line in (ROOT / "tests" / "golden" / "sample_events.jsonl").read_text().splitlines()
        if line.strip() and json.loads(line)["required"])
    assert data["clean"]["content_kept"]["n"] > 100
    assert not data["rejections"]


def test_missing_docs_file_is_a_clear_error(tmp_path: Path) -> None:
    gold = tmp_path / "gold" / "x_events.jsonl"
    gold.parent.mkdir()
    gold.write_text(json.dumps(gold_event("g1", "x")) + "\n", encoding="utf-8")
    with pytest.raises(EvalInputError, match=r"seeds\.jsonl: no such documents file"):
        evaluate(gold)
    result = CliRunner().invoke(app, ["eval", "--gold", str(gold), "--format", "seeds"])
    assert result.exit_code == 1
    assert "no such documents file" in result.output


# ---- agreement with the shared scorer -------------------------------------------------------------------

def _scorer(kind: str, path: Path) -> str:
    out = subprocess.run([sys.executable, str(SCORER), kind, str(path)], capture_output=True, text=True,
                         check=True).stdout
    return out.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def seed_outputs(tmp_path_factory) -> tuple[Path, Path]:
    if not (SCORER.exists() and SEED_GOLD.exists() and SEED_DOCS.exists()):
        pytest.skip("../shared (seed gold and scorer) is not here")
    tmp = tmp_path_factory.mktemp("seeds")
    events, cleaned = tmp / "events.jsonl", tmp / "cleaned.jsonl"
    runner = CliRunner()
    for command, out in (("extract", events), ("clean", cleaned)):
        result = runner.invoke(app, [command, str(SEED_DOCS), "--out", str(out)])
        assert result.exit_code == 0, result.output
    return events, cleaned


def test_eval_prints_the_shared_scorers_figures_on_the_seeds(seed_outputs) -> None:
    events, cleaned = seed_outputs
    result = CliRunner().invoke(app, ["eval", "--gold", str(SEED_GOLD), "--format", "seeds"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert _scorer("events", events) in lines
    assert _scorer("clean", cleaned) in lines


def test_scoring_an_extract_file_agrees_with_the_shared_scorer(seed_outputs) -> None:
    events, _ = seed_outputs
    ours = evaluate(SEED_GOLD, events_path=events).events.line()
    assert ours == _scorer("events", events)


def _perturbed(events: list[dict], texts: dict[str, str], negatives: list[dict]) -> list[dict]:
    """Extract output with every kind of error the scorer distinguishes: misses, wrong fields, duplicates,
    bad evidence and events in negative passages."""
    out = []
    for n, ev in enumerate(events):
        ev = json.loads(json.dumps(ev))
        if n % 5 == 0:
            continue  # a missed event
        if n % 5 == 1:
            ev["sub_event_type"], ev["fatalities"], ev["country"] = "Armed clash", 999, "Turkey"
        if n % 5 == 2:
            ev["actor1"], ev["event_date"], ev["claim_status"] = "Somebody Else", "1999-01-01", "denied"
            out.append(json.loads(json.dumps(ev)))  # a duplicate of the same gold event
        if n % 5 == 3 and ev["evidence"]:
            ev["evidence"][0]["text"] += "x"
        out.append(ev)
    for neg in negatives:
        text = texts.get(neg["doc"])
        if text and neg["text"] in text:
            start = text.index(neg["text"])
            out.append({"doc_id": neg["doc"], "event_type": "Battles", "sub_event_type": "Armed clash",
                        "evidence": [{"start": start, "end": start + len(neg["text"]), "text": neg["text"],
                                      "field": "event_type"}]})
    return out


def test_agreement_holds_on_output_with_errors_of_every_kind(seed_outputs, tmp_path: Path) -> None:
    events, _ = seed_outputs
    texts = {json.loads(line)["id"]: json.loads(line)["text"]
             for line in SEED_DOCS.read_text(encoding="utf-8").splitlines() if line.strip()}
    negatives = json.loads((SEED_GOLD.parent / "seeds_negatives.json").read_text(encoding="utf-8"))
    rows = [json.loads(line) for line in events.read_text(encoding="utf-8").splitlines() if line.strip()]
    broken = tmp_path / "broken.jsonl"
    broken.write_text("".join(json.dumps(ev) + "\n" for ev in _perturbed(rows, texts, negatives)), encoding="utf-8")
    theirs = _scorer("events", broken)
    ours = evaluate(SEED_GOLD, events_path=broken).events
    assert ours.line() == theirs
    assert ours.false_pos > 0 and ours.from_negatives > 0 and ours.bad_evidence > 0 and ours.recall < 1
