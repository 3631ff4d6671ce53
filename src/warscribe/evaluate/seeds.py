"""Scores extraction and cleaning against gold in the seeds format (gold events with evidence substrings,
negative passages, labelled lines), with the matching rules of the project's seed scorer so figures agree."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from warscribe.evaluate import EvalInputError
from warscribe.evaluate.metrics import Ratio, f1, fold_name
from warscribe.model import REJECTED, Document, Rejection

Span = tuple[int, int]
# Field checks on a matched (system event, gold event) pair, in report order.
FIELDS = ("type", "sub", "actors", "location", "fatalities", "date", "claim")
EVENT_KEYS = ("doc", "id", "required", "evidence", "event_type", "sub_event_type", "actors", "location",
              "country", "fatalities", "claim_status")
_SPACE = re.compile(r"\s+")


# ---- gold -----------------------------------------------------------------------------------------------

@dataclass
class GoldSet:
    """Gold events, the passages that must yield none, and (optionally) labelled lines for cleaning."""

    path: Path
    events: list[dict[str, Any]]
    negatives: list[dict[str, Any]] = field(default_factory=list)
    lines: dict[str, Any] | None = None

    @property
    def docs(self) -> list[str]:
        """Documents the event gold covers, in first-mention order."""
        return list(dict.fromkeys(g["doc"] for g in self.events))


def companion(events_path: Path, kind: str) -> Path:
    """The negatives/lines file beside a gold events file: seeds_events.jsonl -> seeds_negatives.json."""
    stem = events_path.name
    for suffix in (".jsonl", ".json"):
        stem = stem.removesuffix(suffix)
    stem = stem.removesuffix("_events")
    return events_path.with_name(f"{stem}_{kind}.json")


def _read_jsonl(path: Path) -> list[tuple[int, Any]]:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalInputError(f"{path}: cannot read: {exc}") from exc
    rows = []
    for number, line in enumerate(raw.split("\n"), 1):
        if line.strip():
            try:
                rows.append((number, json.loads(line)))
            except json.JSONDecodeError as exc:
                raise EvalInputError(f"{path}:{number}: not JSON: {exc.msg} at column {exc.colno}") from exc
    return rows


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalInputError(f"{path}: cannot read: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise EvalInputError(f"{path}:{exc.lineno}: not JSON: {exc.msg}") from exc


def _check_event(path: Path, number: int, row: Any) -> dict[str, Any]:
    if not isinstance(row, dict):
        raise EvalInputError(f"{path}:{number}: a gold event must be a JSON object")
    missing = [k for k in EVENT_KEYS if k not in row]
    if missing:
        raise EvalInputError(f"{path}:{number}: gold event lacks {', '.join(missing)}")
    low_high = row["fatalities"]
    if not (isinstance(low_high, list) and len(low_high) == 2 and all(isinstance(v, int) for v in low_high)):
        raise EvalInputError(f"{path}:{number}: fatalities must be [low, high] integers")
    if not row["evidence"] or not all(isinstance(s, str) and s for s in row["evidence"]):
        raise EvalInputError(f"{path}:{number}: evidence must be a list of non-empty strings")
    return row


def load_gold(events_path: Path | str, negatives_path: Path | None = None,
              lines_path: Path | None = None) -> GoldSet:
    """Gold events, plus the negatives and line labels beside them when those files exist."""
    path = Path(events_path)
    if not path.is_file():
        raise EvalInputError(f"{path}: no such gold file")
    events = [_check_event(path, n, row) for n, row in _read_jsonl(path)]
    if not events:
        raise EvalInputError(f"{path}: no gold events")
    negatives_path = negatives_path or companion(path, "negatives")
    negatives = _read_json(negatives_path) if negatives_path.is_file() else []
    for i, n in enumerate(negatives):
        if not (isinstance(n, dict) and isinstance(n.get("doc"), str) and isinstance(n.get("text"), str)):
            raise EvalInputError(f"{negatives_path}: entry {i + 1} needs 'doc' and 'text' strings")
    lines_path = lines_path or companion(path, "lines")
    lines = _read_json(lines_path) if lines_path.is_file() else None
    return GoldSet(path, events, negatives, lines)


def default_docs(gold: GoldSet) -> Path:
    """Where the seed documents live relative to the seed gold: ../seeds/seeds.jsonl."""
    return gold.path.resolve().parent.parent / "seeds" / "seeds.jsonl"


# ---- comparing names, places, dates ---------------------------------------------------------------------

def _spaced(text: str | None) -> str:
    return _SPACE.sub(" ", (text or "").replace("\u00a0", " ")).strip()


def _near_names(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a == b or a in b or b in a)


def date_matches(got: Any, want: dict[str, Any] | None) -> bool | None:
    """None when the gold has no date; a year-less gold date ('--MM' or '--MM-DD') accepts any year."""
    if not want:
        return None
    value = want["value"]
    if not got:
        return False
    got = str(got)
    if value.startswith("--"):
        tail = value[2:]
        if len(tail) == 5:
            return got.endswith(tail)
        return got[-5:-3] == tail or got.endswith("-" + tail) or got == value
    try:
        delta = date.fromisoformat(got[:10]) - date.fromisoformat(value)
    except ValueError:
        return False
    return abs(delta.days) <= want.get("tolerance_days", 0)


def _event_names(ev: dict[str, Any]) -> set[str]:
    names = {fold_name(ev.get("actor1")), fold_name(ev.get("actor2"))}
    for key in ("assoc_actor_1", "assoc_actor_2"):
        value = ev.get(key) or []
        names.update(fold_name(x) for x in (value if isinstance(value, list) else str(value).split(";")))
    names.discard("")
    return names


def actors_match(ev: dict[str, Any], participants: list[list[str]]) -> bool:
    """Every gold participant appears (in one of its accepted names) among the event's actors, any role."""
    names = _event_names(ev)
    return all(any(fold_name(alt) in names for alt in accepted) for accepted in participants)


def location_match(ev: dict[str, Any], g: dict[str, Any]) -> bool:
    """The location or admin1 names one of the gold places (either containing the other), in the country."""
    got = [fold_name(ev.get("location")), fold_name(ev.get("admin1"))]
    place = any(_near_names(fold_name(w), x) for w in g["location"] for x in got)
    return place and fold_name(ev.get("country") or "syria") == fold_name(g["country"])


def field_checks(ev: dict[str, Any], g: dict[str, Any]) -> dict[str, bool | None]:
    fatalities = ev.get("fatalities")
    low, high = g["fatalities"]
    return {
        "type": ev.get("event_type") == g["event_type"],
        "sub": ev.get("sub_event_type") in g["sub_event_type"],
        "actors": actors_match(ev, g["actors"]),
        "location": location_match(ev, g),
        "fatalities": isinstance(fatalities, int) and low <= fatalities <= high,
        "date": date_matches(ev.get("event_date"), g.get("date")),
        "claim": (ev.get("claim_status") or "reported") in g["claim_status"],
    }


# ---- event scoring --------------------------------------------------------------------------------------

def occurrences(text: str, needle: str) -> list[Span]:
    """Every (possibly overlapping) occurrence of needle in text."""
    found, i = [], text.find(needle)
    while i >= 0:
        found.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return found


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _any_overlap(xs: Sequence[Span], ys: Sequence[Span]) -> bool:
    return any(_overlap(a, b) for a in xs for b in ys)


@dataclass
class EventScore:
    """Detection (precision, recall, F1 over required gold events) and field accuracy of matched events."""

    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    events: int = 0
    matched: int = 0
    required_found: int = 0
    required: int = 0
    false_pos: int = 0
    duplicates: int = 0
    from_negatives: int = 0
    bad_evidence: int = 0
    fields: dict[str, Ratio] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def line(self) -> str:
        """The one-line summary, in the seed scorer's layout."""
        parts = " ".join(f"{k}={self.fields[k]}" for k in FIELDS)
        return (f"events: F1={self.f1:.2f} P={self.precision:.2f} R={self.recall:.2f} matched={self.matched}"
                f" required_found={self.required_found}/{self.required} false_pos={self.false_pos}"
                f" (duplicates={self.duplicates} from_negatives={self.from_negatives})"
                f" bad_evidence={self.bad_evidence} | {parts}")

    def to_dict(self) -> dict[str, Any]:
        out = {k: v for k, v in self.__dict__.items() if k not in ("fields", "errors")}
        out["fields"] = {k: r.to_dict() for k, r in self.fields.items()}
        out["errors"] = self.errors
        return out


def _evidence_spans(ev: dict[str, Any], text: str | None) -> tuple[list[Span], int]:
    """An event's evidence spans, and how many of them are malformed or do not read as the text says."""
    spans, bad = [], 0
    for e in ev.get("evidence") or []:
        try:
            start, end = int(e["start"]), int(e["end"])
        except (KeyError, TypeError, ValueError):
            bad += 1
            continue
        if text is None or text[start:end] != e.get("text"):
            bad += 1
        spans.append((start, end))
    return spans, bad


class _Matcher:
    """Pairs system events with gold events whose evidence they overlap, best field agreement first."""

    def __init__(self, events: list[dict[str, Any]], gold: GoldSet, texts: dict[str, str]) -> None:
        self.events, self.gold, self.texts = events, gold.events, texts
        self.negatives = gold.negatives
        self.score = EventScore(events=len(events))
        self.spans: list[list[Span]] = []
        for ev in events:
            spans, bad = _evidence_spans(ev, texts.get(ev.get("doc_id")))
            self.spans.append(spans)
            self.score.bad_evidence += bad
        gold_spans = [[s for needle in g["evidence"] for s in occurrences(texts[g["doc"]], needle)]
                      for g in self.gold]
        self.touched = [[j for j, g in enumerate(self.gold)
                         if ev.get("doc_id") == g["doc"] and _any_overlap(self.spans[i], gold_spans[j])]
                        for i, ev in enumerate(events)]

    def pair(self) -> dict[int, tuple[int, dict[str, bool | None]]]:
        candidates = []
        for i, js in enumerate(self.touched):
            for j in js:
                checks = field_checks(self.events[i], self.gold[j])
                candidates.append((-sum(1 for v in checks.values() if v), i, j, checks))
        candidates.sort(key=lambda c: c[:3])
        taken: set[int] = set()
        matched: dict[int, tuple[int, dict[str, bool | None]]] = {}
        for _, i, j, checks in candidates:
            if i not in taken and j not in matched:
                taken.add(i)
                matched[j] = (i, checks)
        return matched

    def _in_negative(self, i: int) -> bool:
        doc = self.events[i].get("doc_id")
        text = self.texts.get(doc)
        return bool(text) and any(n["doc"] == doc and _any_overlap(self.spans[i], occurrences(text, n["text"]))
                                  for n in self.negatives)

    def count_unmatched(self, taken: set[int]) -> None:
        """False positives; an extra event touching only optional gold events is no error."""
        s = self.score
        for i, ev in enumerate(self.events):
            if i in taken:
                continue
            required = [self.gold[j]["required"] for j in self.touched[i]]
            if required and not any(required):
                continue
            if required:
                s.duplicates += 1
                kind = "duplicate"
            elif self._in_negative(i):
                s.from_negatives += 1
                kind = "from negative"
            else:
                kind = "false positive"
            s.false_pos += 1
            s.errors.append({"kind": kind, "doc": ev.get("doc_id"), "gold": None, "got": _brief(ev)})


def _brief(ev: dict[str, Any]) -> str:
    return (f"{ev.get('sub_event_type')} | {ev.get('actor1')} / {ev.get('actor2')} | {ev.get('location')}"
            f" | fat={ev.get('fatalities')} | date={ev.get('event_date')} | {ev.get('claim_status')}")


def score_events(events: list[dict[str, Any]], gold: GoldSet, texts: dict[str, str]) -> EventScore:
    """Score system events (event-contract dicts, in output order) against the gold.

    `texts` maps document ids to the text the evidence offsets index; every gold document must be there.
    """
    missing = [d for d in gold.docs if d not in texts]
    if missing:
        raise EvalInputError(f"{gold.path}: no document text for {', '.join(missing)} (check --docs)")
    texts = {d: texts[d] for d in gold.docs}  # events of documents without gold cannot be checked
    matcher = _Matcher(events, gold, texts)
    matched = matcher.pair()
    matcher.count_unmatched({i for i, _ in matched.values()})
    s = matcher.score
    required = [j for j, g in enumerate(gold.events) if g["required"]]
    s.required, s.matched = len(required), len(matched)
    s.required_found = sum(1 for j in required if j in matched)
    s.precision = s.matched / (s.matched + s.false_pos) if s.matched + s.false_pos else 0.0
    s.recall = s.required_found / s.required if s.required else 0.0
    s.f1 = f1(s.precision, s.recall)
    s.fields = {k: Ratio() for k in FIELDS}
    for _, checks in matched.values():
        for k in FIELDS:
            if checks[k] is not None:
                s.fields[k].add(bool(checks[k]))
    s.errors = _gold_errors(gold, events, matched) + s.errors
    return s


def _gold_errors(gold: GoldSet, events: list[dict[str, Any]],
                 matched: dict[int, tuple[int, dict[str, bool | None]]]) -> list[dict[str, Any]]:
    out = []
    for j, g in enumerate(gold.events):
        if j in matched:
            i, checks = matched[j]
            wrong = [k for k, v in checks.items() if v is False]
            if wrong:
                out.append({"kind": "partial", "doc": g["doc"], "gold": g["id"], "wrong": wrong,
                            "got": _brief(events[i])})
        elif g["required"]:
            out.append({"kind": "missed", "doc": g["doc"], "gold": g["id"],
                        "got": f"{g['sub_event_type'][0]}: {g['evidence'][0][:90]}"})
    return out


# ---- cleaning scoring -----------------------------------------------------------------------------------

@dataclass
class CleanScore:
    """Content lines kept, boilerplate lines removed, metadata found (title, published, source)."""

    content_kept: Ratio = field(default_factory=Ratio)
    boilerplate_removed: Ratio = field(default_factory=Ratio)
    metadata: Ratio = field(default_factory=Ratio)
    missing_docs: list[str] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def line(self) -> str:
        return (f"clean: content_kept={self.content_kept} boilerplate_removed={self.boilerplate_removed}"
                f" metadata={self.metadata}")

    def to_dict(self) -> dict[str, Any]:
        return {"content_kept": self.content_kept.to_dict(),
                "boilerplate_removed": self.boilerplate_removed.to_dict(),
                "metadata": self.metadata.to_dict(), "missing_docs": self.missing_docs, "errors": self.errors}


def meta_matches(key: str, want: str, got: Any) -> bool:
    """Either folded value contains the other; the observatory's usual abbreviation counts for its name."""
    if not got:
        return False
    w, g = fold_name(want), fold_name(got)
    if w in g or g in w:
        return True
    return key == "source" and g == "sohr" and "observatory" in w


def score_clean(records: dict[str, dict[str, Any]], lines_gold: dict[str, Any]) -> CleanScore:
    """Score cleaned records ({"id", "text", "title", "published", "source"} by id) against labelled lines."""
    s = CleanScore()
    for doc, g in lines_gold.items():
        record = records.get(doc)
        if record is None:
            s.missing_docs.append(doc)
            continue
        kept = _spaced(record.get("text", ""))
        for line in g["lines"]:
            present = _spaced(line["text"]) in kept
            if line["label"] == "content":
                s.content_kept.add(present)
                if not present:
                    s.errors.append({"kind": "lost content", "doc": doc, "line": line["line"],
                                     "text": line["text"][:90]})
            elif line["label"] == "boilerplate":
                s.boilerplate_removed.add(not present)
                if present:
                    s.errors.append({"kind": "kept boilerplate", "doc": doc, "line": line["line"],
                                     "text": line["text"][:90]})
        for key, want in g["expected_meta"].items():
            if want is None:
                continue
            ok = meta_matches(key, want, record.get(key))
            s.metadata.add(ok)
            if not ok:
                s.errors.append({"kind": "metadata", "doc": doc, "line": key,
                                 "text": f"want {want!r} got {record.get(key)!r}"})
    return s


# ---- running warscribe on the gold documents ------------------------------------------------------------

@dataclass
class Run:
    """What warscribe made of the gold documents: events in output order, cleaned records, texts."""

    events: list[dict[str, Any]] = field(default_factory=list)
    cleaned: dict[str, dict[str, Any]] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    rejections: list[str] = field(default_factory=list)


def _read(sources: Iterable[str | Path]):
    from warscribe.inputs import InputReader

    return InputReader().read([str(s) for s in sources])


def _describe(rej: Rejection) -> str:
    from warscribe.inputs import describe

    return describe(rej)


def clean_documents(sources: Iterable[str | Path], run: Run) -> None:
    """The clean stage alone on each document, recording what `warscribe clean` writes and the texts."""
    from warscribe.config import Context
    from warscribe.stages.clean import CleanStage

    stage, ctx = CleanStage(), Context()
    for item in _read(sources):
        if isinstance(item, Rejection):
            run.rejections.append(_describe(item))
            continue
        try:
            stage.run(item, ctx)
        except Exception as exc:  # as in `warscribe clean`: one document's failure is reported, not fatal
            run.rejections.append(f"{item.origin or item.id}: clean stage failed: {type(exc).__name__}: {exc}")
            continue
        if item.status == REJECTED:
            run.rejections.append(f"{item.origin or item.id}: {item.reason}")
            continue
        run.texts[item.id] = item.text
        run.cleaned[item.id] = _clean_record(item)


def _clean_record(doc: Document) -> dict[str, Any]:
    return {"id": doc.id, "text": doc.kept_text(), "title": doc.title, "published": doc.published,
            "source": doc.source}


def extract_documents(sources: Iterable[str | Path], run: Run) -> None:
    """The whole pipeline, configured as `warscribe extract` runs it; events kept in output order."""
    from warscribe.pipeline import Pipeline

    for result in Pipeline().process(_read(sources)):
        doc = result.document
        if doc is None or doc.status == REJECTED:
            continue  # rejections are recorded by the clean pass over the same inputs
        run.texts.setdefault(doc.id, doc.text)
        # Through JSON, so the events are exactly what `warscribe extract` would have written.
        run.events.extend(json.loads(json.dumps(ev.to_dict(), ensure_ascii=False)) for ev in doc.events)


def load_events(path: Path | str) -> list[dict[str, Any]]:
    """Events from an extract output file (one event-contract object a line)."""
    rows = _read_jsonl(Path(path))
    for number, row in rows:
        if not isinstance(row, dict):
            raise EvalInputError(f"{path}:{number}: an event must be a JSON object")
    return [row for _, row in rows]


@dataclass
class SeedsReport:
    """The evaluation of one gold set: events and (when lines are labelled) cleaning."""

    gold: str
    docs: list[str]
    events: EventScore
    clean: CleanScore | None
    rejections: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {"format": "seeds", "gold": self.gold, "docs": self.docs, "events": self.events.to_dict(),
                "clean": self.clean.to_dict() if self.clean else None, "rejections": self.rejections}


def evaluate(gold_path: Path | str, docs: Sequence[Path | str] | None = None,
             events_path: Path | str | None = None) -> SeedsReport:
    """Run warscribe on the gold's documents (or take events from `events_path`) and score it all."""
    gold = load_gold(gold_path)
    sources = list(docs) if docs else [default_docs(gold)]
    for src in sources:
        if str(src) != "-" and not Path(src).exists():
            raise EvalInputError(f"{src}: no such documents file (pass the gold's documents with --docs)")
    run = Run()
    clean_documents(sources, run)
    if events_path is not None:
        run.events = load_events(events_path)
    else:
        extract_documents(sources, run)
    events = score_events(run.events, gold, run.texts)
    clean = score_clean(run.cleaned, gold.lines) if gold.lines is not None else None
    return SeedsReport(str(gold_path), [str(s) for s in sources], events, clean, run.rejections)
