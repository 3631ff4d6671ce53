"""Measures linking on labelled pairs of event reports: each pair names two reports (document, date, place and
type of event, and where the document told it) and says whether they tell the same event; precision and recall of
the canonical events."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warscribe.linking import kind
from warscribe.model import Document, Event

PAIRS_FILE = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "linking_pairs.jsonl"


Span = tuple[int, int]


@dataclass(frozen=True)
class ReportKey:
    """A report as a reader names it: the document, the event's date, place and type as coded, and `at`: the
    spans of the document its event was told by (its trigger words, as coded when it was labelled), which find
    the event again when a coder change dates, places or types it otherwise."""

    doc: str
    date: str
    place: str
    type: str
    at: tuple[Span, ...] = ()

    @classmethod
    def of(cls, data: Mapping[str, Any]) -> ReportKey:
        at = tuple((int(s), int(e)) for s, e in data.get("at") or [])
        return cls(str(data["doc"]), str(data["date"]), str(data["place"]), str(data["type"]), at)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"doc": self.doc, "date": self.date, "place": self.place, "type": self.type}
        if self.at:
            out["at"] = [list(span) for span in self.at]
        return out


@dataclass(frozen=True)
class Pair:
    a: ReportKey
    b: ReportKey
    same: bool
    case: str = ""


def load_pairs(path: Path = PAIRS_FILE) -> list[Pair]:
    pairs = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                data = json.loads(line)
                pairs.append(Pair(ReportKey.of(data["a"]), ReportKey.of(data["b"]), bool(data["same"]),
                                  str(data.get("case", ""))))
    return pairs


def _place_of(ev: Event) -> str:
    return ev.location or ev.admin1 or ev.country or ""


def _by_fields(key: ReportKey, evs: list[Event]) -> list[Event]:
    """The events of that date and place, of the key's sub-event type when any is, else of its group of kinds
    (a coder that now types the event otherwise still finds it), else of any kind."""
    found = [ev for ev in evs if ev.event_date == key.date and _place_of(ev).casefold() == key.place.casefold()]
    typed = [ev for ev in found if ev.sub_event_type == key.type]
    grouped = [ev for ev in found if kind(ev) == kind(Event(sub_event_type=key.type))]
    return typed or grouped or found


def _overlaps(ev: Event, spans: tuple[Span, ...], field_name: str | None = None) -> bool:
    return any(e.start < end and start < e.end for e in ev.evidence for start, end in spans
               if field_name is None or e.field == field_name)


def _in_copy(key: ReportKey, documents: Mapping[str, Document]) -> ReportKey:
    """The key moved to the preferred copy of a document stored as a near-duplicate (whose events are the
    copy's): the same words found in the copy's text give the spans there."""
    seen = {key.doc}
    doc = documents.get(key.doc)
    while doc is not None and doc.duplicate_of and doc.duplicate_of not in seen:
        copy = documents.get(doc.duplicate_of)
        if copy is None:
            break
        at = []
        for start, end in key.at:
            found = copy.text.find(doc.text[start:end]) if end > start else -1
            if found >= 0:
                at.append((found, found + end - start))
        key = ReportKey(copy.id, key.date, key.place, key.type, tuple(at))
        seen.add(copy.id)
        doc = copy
    return key


def resolve(key: ReportKey, events_by_doc: Mapping[str, list[Event]],
            documents: Mapping[str, Document] | None = None) -> list[Event]:
    """The coded events a key names. By where the document told it first: the events whose evidence overlaps
    the key's spans (those whose trigger does, when any; of the key's date, place and type, when any is); else
    the document's events of the key's date, place and type (see _by_fields). A document stored as a
    near-duplicate of another (`documents` gives each one's `duplicate_of`) is looked up in its preferred copy."""
    if documents and not events_by_doc.get(key.doc):
        key = _in_copy(key, documents)
    evs = events_by_doc.get(key.doc, [])
    told = [ev for ev in evs if _overlaps(ev, key.at)]
    if told:
        triggered = [ev for ev in told if _overlaps(ev, key.at, "event_type")] or told
        return _by_fields(key, triggered) or triggered
    return _by_fields(key, evs)


@dataclass
class Scores:
    """Confusion counts over the resolved pairs, per case too; pairs whose reports were not found are
    counted apart."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    unresolved: int = 0
    by_case: dict[str, list[int]] = field(default_factory=dict)  # case -> [tp, fp, fn, tn]
    errors: list[tuple[Pair, bool]] = field(default_factory=list)  # (pair, linked) where linked != same

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def lines(self) -> list[str]:
        out = [f"pairs: {self.tp + self.fp + self.fn + self.tn} resolved, {self.unresolved} not found",
               f"precision {self.precision:.3f}  recall {self.recall:.3f}  "
               f"(tp {self.tp}, fp {self.fp}, fn {self.fn}, tn {self.tn})"]
        for case, (tp, fp, fn, tn) in sorted(self.by_case.items()):
            out.append(f"  {case}: tp {tp}, fp {fp}, fn {fn}, tn {tn}")
        return out


def score(pairs: Iterable[Pair], events_by_doc: Mapping[str, list[Event]],
          canonical_of: Mapping[str, str], documents: Mapping[str, Document] | None = None) -> Scores:
    """Score linking: a pair is linked when some event its first key names and some event its second key names
    belong to one canonical event (`canonical_of`: report event id -> canonical id); `documents` (id ->
    document) finds the reports of documents stored as near-duplicates in their preferred copies."""
    out = Scores()
    for pair in pairs:
        left, right = resolve(pair.a, events_by_doc, documents), resolve(pair.b, events_by_doc, documents)
        if not left or not right:
            out.unresolved += 1
            continue
        linked = bool({canonical_of.get(e.event_id, e.event_id) for e in left}
                      & {canonical_of.get(e.event_id, e.event_id) for e in right})
        cell = (0 if pair.same else 1) if linked else (2 if pair.same else 3)
        counts = out.by_case.setdefault(pair.case, [0, 0, 0, 0])
        counts[cell] += 1
        if cell == 0:
            out.tp += 1
        elif cell == 1:
            out.fp += 1
        elif cell == 2:
            out.fn += 1
        else:
            out.tn += 1
        if linked != pair.same:
            out.errors.append((pair, linked))
    return out
