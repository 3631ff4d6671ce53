"""Checks that the bundled sample articles and their gold annotation (tests/golden/) are well-formed."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "src" / "warscribe" / "data" / "samples"
GOLDEN = ROOT / "tests" / "golden"

SUB_EVENT_TYPES = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"],
}
TYPE_OF = {sub: etype for etype, subs in SUB_EVENT_TYPES.items() for sub in subs}
EVENT_KEYS = {"doc", "id", "required", "evidence", "event_type", "sub_event_type", "actors", "location", "admin1",
              "country", "fatalities", "date", "claim_status", "note"}
CLAIM_STATUSES = {"reported", "claimed", "disputed", "denied"}
LABELS = {"content", "meta", "boilerplate"}
# Sample files other than articles.jsonl are addressed by their file stem in the gold.
OTHER_SAMPLES = {"bulletin": "bulletin.txt", "report": "report.html"}


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:  # pragma: no cover - the assertion message is the point
                pytest.fail(f"{path.name}:{n}: not JSON: {exc}")
    return rows


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    return read_jsonl(SAMPLES / "articles.jsonl")


@pytest.fixture(scope="module")
def texts(articles: list[dict]) -> dict[str, str]:
    out = {a["id"]: a["text"] for a in articles}
    for doc, name in OTHER_SAMPLES.items():
        out[doc] = (SAMPLES / name).read_text(encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def events() -> list[dict]:
    return read_jsonl(GOLDEN / "sample_events.jsonl")


@pytest.fixture(scope="module")
def negatives() -> list[dict]:
    return json.loads((GOLDEN / "sample_negatives.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def lines_gold() -> dict:
    return json.loads((GOLDEN / "sample_lines.json").read_text(encoding="utf-8"))


def test_articles_follow_the_input_contract(articles: list[dict]) -> None:
    allowed = {"id", "text", "title", "published", "source", "url"}
    ids = [a["id"] for a in articles]
    assert 16 <= len(articles) <= 20
    assert len(set(ids)) == len(ids)
    for a in articles:
        assert set(a) <= allowed, a["id"]
        assert re.fullmatch(r"s\d\d_[a-z0-9_]+", a["id"]), a["id"]
        assert isinstance(a["text"], str) and a["text"].strip()
        if "published" in a:
            date.fromisoformat(a["published"])
        words = len(a["text"].split())
        assert 150 <= words <= 500, f"{a['id']}: {words} words"


def test_metadata_varies_across_articles(articles: list[dict]) -> None:
    with_published = sum(1 for a in articles if "published" in a)
    assert 0 < with_published < len(articles)
    assert any("\r\n" in a["text"] for a in articles), "one article keeps CRLF line ends"
    assert any("\u00a0" in a["text"] for a in articles), "one article has a non-breaking space"


def test_other_sample_kinds_exist() -> None:
    html = (SAMPLES / "report.html").read_text(encoding="utf-8")
    for tag in ("<nav", "<article", "<footer", "comment"):
        assert tag in html
    assert (SAMPLES / "bulletin.txt").read_text(encoding="utf-8").strip()


def test_events_have_the_seed_format(events: list[dict]) -> None:
    ids = [e["id"] for e in events]
    assert len(set(ids)) == len(ids), [i for i, c in Counter(ids).items() if c > 1]
    for e in events:
        assert set(e) == EVENT_KEYS, e["id"]
        assert isinstance(e["required"], bool)
        assert e["evidence"] and all(isinstance(s, str) and s for s in e["evidence"]), e["id"]
        assert e["sub_event_type"] and all(TYPE_OF.get(s) == e["event_type"] for s in e["sub_event_type"]), e["id"]
        assert e["actors"] and all(isinstance(p, list) and p for p in e["actors"]), e["id"]
        assert e["location"] and e["admin1"] and e["country"], e["id"]
        low, high = e["fatalities"]
        assert isinstance(low, int) and isinstance(high, int) and 0 <= low <= high, e["id"]
        assert e["claim_status"] and set(e["claim_status"]) <= CLAIM_STATUSES, e["id"]


def test_event_dates_are_valid(events: list[dict]) -> None:
    for e in events:
        d = e["date"]
        if d is None:
            continue
        assert d["precision"] in (1, 2, 3), e["id"]
        value = d["value"]
        if value.startswith("--"):
            assert re.fullmatch(r"--\d\d(-\d\d)?", value), e["id"]
        else:
            assert date(2019, 1, 1) <= date.fromisoformat(value) <= date(2024, 12, 31), e["id"]


def test_every_doc_exists_and_evidence_occurs_verbatim(events: list[dict], texts: dict[str, str]) -> None:
    for e in events:
        assert e["doc"] in texts, f"{e['id']}: unknown doc {e['doc']}"
        for s in e["evidence"]:
            assert s in texts[e["doc"]], f"{e['id']}: evidence not in text: {s!r}"


def test_html_evidence_has_no_markup(events: list[dict]) -> None:
    # Evidence in report.html must read the same in the HTML source and in its extracted text.
    for e in events:
        if e["doc"] == "report":
            assert not any(c in s for s in e["evidence"] for c in "<>&"), e["id"]


def test_every_sub_event_type_is_covered_twice(events: list[dict]) -> None:
    counts = Counter(e["sub_event_type"][0] for e in events if e["required"])
    missing = {sub: counts[sub] for sub in TYPE_OF if counts[sub] < 2}
    assert not missing, missing


def test_negatives_occur_and_stay_clear_of_required_events(negatives: list[dict], events: list[dict],
                                                           texts: dict[str, str]) -> None:
    spans = defaultdict(list)
    for e in events:
        if e["required"]:
            for s in e["evidence"]:
                start = texts[e["doc"]].find(s)
                spans[e["doc"]].append((start, start + len(s)))
    for n in negatives:
        assert set(n) == {"doc", "text", "note"}
        text = texts.get(n["doc"])
        assert text is not None, n["doc"]
        start = text.find(n["text"])
        assert start >= 0, f"negative not in {n['doc']}: {n['text']!r}"
        end = start + len(n["text"])
        assert not any(a < end and start < b for a, b in spans[n["doc"]]), n["text"]


def test_traps_are_all_present(negatives: list[dict], events: list[dict]) -> None:
    notes = " ".join(n["note"] for n in negatives)
    for trap in ("negated", "hypothetical", "future", "planned", "background", "quoted opinion", "reader comment",
                 "natural disaster"):
        assert trap in notes, trap
    assert any("disputed" in e["claim_status"] and "reported" not in e["claim_status"] for e in events)
    assert any(len(e["evidence"]) >= 3 for e in events), "an event told three times in one article"
    by_evidence = defaultdict(set)
    for e in events:
        if e["date"] and e["required"]:
            by_evidence[(e["doc"], e["evidence"][0])].add(e["date"]["value"])
    assert any(len(dates) >= 2 for dates in by_evidence.values()), "a two-day event"


def test_one_event_is_told_by_several_outlets(events: list[dict]) -> None:
    docs_by_day_place = defaultdict(set)
    for e in events:
        if e["date"]:
            docs_by_day_place[(e["date"]["value"].lstrip("-")[-5:], e["location"][0])].add(e["doc"])
    assert max(len(d) for d in docs_by_day_place.values()) >= 3


def test_line_labels_cover_every_non_empty_line(lines_gold: dict, texts: dict[str, str],
                                                articles: list[dict]) -> None:
    assert {a["id"] for a in articles} <= set(lines_gold)
    for doc, gold in lines_gold.items():
        assert set(gold["expected_meta"]) == {"title", "published", "source"}, doc
        raw_lines = texts[doc].split("\n")
        want = {n: line.rstrip("\r") for n, line in enumerate(raw_lines, 1) if line.strip()}
        got = {row["line"]: row for row in gold["lines"]}
        assert set(got) == set(want), doc
        for n, row in got.items():
            assert row["label"] in LABELS, (doc, n)
            assert row["text"] == want[n], (doc, n)
        published = gold["expected_meta"]["published"]
        if published:
            date.fromisoformat(published)
