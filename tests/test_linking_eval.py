"""The labelled pairs' keys find their reports again when a coder change dates, places or types them otherwise
(by the spans the document told them in), in a near-duplicate's preferred copy too; the anchoring tool adds
those spans; scores count each pair once."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from warscribe.linking_eval import Pair, ReportKey, resolve, score
from warscribe.model import Document, Event, Evidence

TEXT = "Jets struck Ariha on Monday. Shells hit Saraqib on Tuesday."


def _ev(event_id: str, start: int, end: int, **fields) -> Event:
    doc = event_id.split(":")[0]
    return Event(event_id=event_id, doc_id=doc, evidence=[Evidence(start, end, TEXT[start:end], "event_type")],
                 **fields)


STRIKE = _ev("d:1", 5, 11, event_date="2022-03-14", location="Ariha", sub_event_type="Air/drone strike")
SHELLS = _ev("d:2", 36, 39, event_date="2022-03-15", location="Saraqib",
             sub_event_type="Shelling/artillery/missile attack")


def test_a_key_finds_its_report_by_its_span_when_the_coder_now_dates_it_otherwise():
    key = ReportKey("d", "2022-03-13", "Ariha", "Air/drone strike", at=((5, 11),))
    assert resolve(key, {"d": [STRIKE, SHELLS]}) == [STRIKE]
    # without spans a key names its report by date, place and type only
    assert resolve(ReportKey("d", "2022-03-13", "Ariha", "Air/drone strike"), {"d": [STRIKE, SHELLS]}) == []
    assert resolve(ReportKey("d", "2022-03-15", "Saraqib", "Attack"), {"d": [STRIKE, SHELLS]}) == [SHELLS]
    # a span no event's evidence overlaps falls back to the date, place and type
    key = ReportKey("d", "2022-03-15", "Saraqib", "Shelling/artillery/missile attack", at=((50, 52),))
    assert resolve(key, {"d": [STRIKE, SHELLS]}) == [SHELLS]


def test_a_key_of_a_near_duplicate_is_found_in_its_preferred_copy():
    copy_text = "Updated. " + TEXT
    copy = Document(id="c", text=copy_text)
    skipped = Document(id="d", text=TEXT, duplicate_of="c", status="skipped")
    moved = _ev("c:1", 14, 20, event_date="2022-03-14", location="Ariha", sub_event_type="Air/drone strike")
    moved.evidence = [Evidence(14, 20, copy_text[14:20], "event_type")]
    other = _ev("c:2", 45, 48, event_date="2022-03-14", location="Ariha", sub_event_type="Air/drone strike")
    other.evidence = [Evidence(45, 48, copy_text[45:48], "event_type")]
    key = ReportKey("d", "2022-03-14", "Ariha", "Air/drone strike", at=((5, 11),))
    assert resolve(key, {"c": [moved, other]}, {"c": copy, "d": skipped}) == [moved]
    assert resolve(key, {"c": [moved, other]}) == []  # without the documents it is not found


def test_scores_count_linked_and_unresolved_pairs():
    key = ReportKey.of({"doc": "d", "date": "2022-03-14", "place": "Ariha", "type": "Air/drone strike",
                        "at": [[5, 11]]})
    assert key.as_dict()["at"] == [[5, 11]]
    far = ReportKey("e", "2022-03-14", "Ariha", "Air/drone strike")
    by_doc = {"d": [STRIKE, SHELLS], "e": [_ev("e:1", 0, 4, event_date="2022-03-14", location="Ariha",
                                              sub_event_type="Air/drone strike")]}
    pairs = [Pair(key, far, True, "same place, same day"), Pair(key, far, False, "same place, same day"),
             Pair(key, ReportKey("x", "2022-03-14", "Ariha", "Attack"), True, "same place, same day")]
    found = score(pairs, by_doc, {"e:1": "d:1"})
    assert (found.tp, found.fp, found.fn, found.tn, found.unresolved) == (1, 1, 0, 0, 1)
    found = score(pairs, by_doc, {})
    assert (found.tp, found.fp, found.fn, found.tn) == (0, 0, 1, 1)


def test_the_anchoring_tool_adds_the_spans_of_the_events_a_key_names(tmp_path):
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "linking_anchor.py"
    spec = importlib.util.spec_from_file_location("linking_anchor", path)
    assert spec and spec.loader
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    line = json.dumps({"a": {"doc": "d", "date": "2022-03-14", "place": "Ariha", "type": "Air/drone strike"},
                       "b": {"doc": "d", "date": "2022-03-16", "place": "Ariha", "type": "Air/drone strike"},
                       "same": False, "case": "same place, 2-3 days apart"})
    lines, added, missing = tool.anchor([line], {"d": [STRIKE, SHELLS]})
    data = json.loads(lines[0])
    assert (added, missing) == (1, 1)
    assert data["a"]["at"] == [[5, 11]] and "at" not in data["b"] and data["same"] is False
