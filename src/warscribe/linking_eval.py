"""Measures linking on labelled pairs of event reports: each pair names two reports (document, date, place and
type of event) and says whether they tell the same event; precision and recall of the canonical events."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warscribe.linking import kind
from warscribe.model import Event

PAIRS_FILE = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "linking_pairs.jsonl"


@dataclass(frozen=True)
class ReportKey:
    """A report as a reader names it: the document, and the event's date, place and type as coded."""

    doc: str
    date: str
    place: str
    type: str

    @classmethod
    def of(cls, data: Mapping[str, Any]) -> ReportKey:
        return cls(str(data["doc"]), str(data["date"]), str(data["place"]), str(data["type"]))


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


def resolve(key: ReportKey, events_by_doc: Mapping[str, list[Event]]) -> list[Event]:
    """The coded events a key names: the document's events of that date and place, of the key's sub-event type
    when any is, else of its group of kinds (a coder that now types the event otherwise still finds it), else
    of any kind."""
    found = [ev for ev in events_by_doc.get(key.doc, [])
             if ev.event_date == key.date and _place_of(ev).casefold() == key.place.casefold()]
    typed = [ev for ev in found if ev.sub_event_type == key.type]
    grouped = [ev for ev in found if kind(ev) == kind(Event(sub_event_type=key.type))]
    return typed or grouped or found


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
          canonical_of: Mapping[str, str]) -> Scores:
    """Score linking: a pair is linked when some event its first key names and some event its second key names
    belong to one canonical event (`canonical_of`: report event id -> canonical id)."""
    out = Scores()
    for pair in pairs:
        left, right = resolve(pair.a, events_by_doc), resolve(pair.b, events_by_doc)
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
