"""Benchmark of the places/time layer: default gazetteer build time, lookup latency, peak memory, and the
FA-KES checks of issue 5 (share of precise dates, dates after publication, admin1 vs location_label).

Run: .venv/bin/python benchmarks/bench_places.py [--fakes PATH] [--limit N]
When the full pipeline runs, FA-KES events come from it; otherwise each document gets one probe event on
its first content sentence (the place and time stages alone), which is said in the output.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from warscribe.config import Config, Context  # noqa: E402
from warscribe.model import Document, Event, EventDraft, Mention, Sentence  # noqa: E402
from warscribe.places.data import admin1_named  # noqa: E402
from warscribe.places.gazetteer import Gazetteer  # noqa: E402
from warscribe.places.importers import build_default  # noqa: E402
from warscribe.stages.places import PlaceStage  # noqa: E402
from warscribe.stages.time import TimeStage  # noqa: E402
from warscribe.timex import parse_published  # noqa: E402

NAMES = ["Ma'aret al-Nauman", "Jisr al-Shughour", "Harem", "al-Sukhna", "Deir Ezzor", "Idlib", "Aleppo",
         "Saraqib", "Khan Sheikhoun", "Palmyra", "Raqqa", "Qamishli", "Douma", "Benin", "Moscow", "Atmeh",
         "Kafranbel", "Tal Abyad", "Manbij", "Xyzzy Unknown"]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_gazetteer(tmp: Path) -> Gazetteer:
    started = time.perf_counter()
    build_default(tmp / "gazetteer-v1.sqlite")
    built = time.perf_counter() - started
    gaz = Gazetteer.open(tmp / "gazetteer-v1.sqlite")
    print(f"default gazetteer: built in {built:.2f} s, {gaz.info()['places']} places, "
          f"{gaz.info()['size_bytes'] / 1e6:.1f} MB on disk, peak RSS so far {peak_mb():.0f} MB")
    for name in NAMES:  # warm the caches a run would warm
        gaz.lookup(name, "SY")
    rounds = 200
    times = []
    for _ in range(rounds):
        for name in NAMES:
            t = time.perf_counter()
            gaz.lookup(name, "SY")
            times.append(time.perf_counter() - t)
    print(f"lookup: {statistics.mean(times) * 1000:.3f} ms average, {statistics.median(times) * 1000:.3f} ms "
          f"median, {max(times) * 1000:.2f} ms max over {len(times)} lookups (incl. fuzzy misses)")
    return gaz


def _sentences(text: str) -> list[Sentence]:
    return [Sentence(m.start(), m.end(), i, 0) for i, m in enumerate(re.finditer(r"[^.!?]+[.!?]*", text))]


def _probe(doc: Document) -> None:
    doc.kept = [(0, len(doc.text))]
    doc.sentences = _sentences(doc.text)
    first = doc.sentences[1] if len(doc.sentences) > 1 else doc.sentences[0]  # [0] repeats the headline
    trig = Mention("trigger", first.start, first.start + 1, doc.text[first.start:first.start + 1])
    doc.events = [Event(doc_id=doc.id, draft=EventDraft(first, trig, "probe", "probe"))]


def _full_pipeline(ctx: Context):
    try:
        from warscribe.pipeline import Pipeline

        return Pipeline(context=ctx)
    except (ImportError, AttributeError):
        return None


def bench_fakes(path: Path, gaz: Gazetteer, limit: int) -> None:
    ctx = Context(Config(gazetteer_path=gaz.path, detect_near_duplicates=False))
    pipeline = _full_pipeline(ctx)
    mode = "full pipeline" if pipeline else "probe events (places + time stages only)"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()][:limit]
    events = precise = after = docs_with_event = agree = failed = 0
    started = time.perf_counter()
    for row in rows:
        doc = Document.from_input(row)
        try:
            if pipeline is None:
                raise RuntimeError("no pipeline")
            pipeline.run(doc)
        except Exception:  # a stage of another area failing must not hide this area's figures
            failed += pipeline is not None
            doc = Document.from_input(row)
            _probe(doc)
            PlaceStage().run(doc, ctx)
            TimeStage().run(doc, ctx)
        published = parse_published(doc.published)
        for ev in doc.events:
            events += 1
            precise += ev.time_precision == 1 and bool(ev.evidence and any(e.field == "event_date"
                                                                           for e in ev.evidence))
            if published and ev.event_date and not ev.event_date.startswith("--") and \
                    ev.event_date[:10] > published.isoformat():
                after += 1
        if doc.events:
            docs_with_event += 1
            label = admin1_named(row.get("location_label"))
            agree += bool(label and doc.events[0].admin1 == label.name)
    elapsed = time.perf_counter() - started
    print(f"FA-KES ({len(rows)} documents, {mode}): {events} events in {elapsed:.1f} s"
          + (f"; the pipeline failed on {failed} documents, which got probe events" if failed else ""))
    if events:
        print(f"  dated from a day-precise expression: {precise / events:.1%}; "
              f"dated after publication: {after} ({after / events:.1%})")
    if docs_with_event:
        print(f"  admin1 of the first event = location_label: {agree}/{docs_with_event} "
              f"({agree / docs_with_event:.1%})")
    print(f"peak RSS with the gazetteer loaded and documents processed: {peak_mb():.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fakes", type=Path, default=ROOT / ".." / "shared" / "eval" / "articles" /
                        "fakes_syria_dev.jsonl")
    parser.add_argument("--limit", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        gaz = bench_gazetteer(Path(tmp))
        if args.fakes.exists():
            bench_fakes(args.fakes, gaz, args.limit)
        else:
            print(f"FA-KES file {args.fakes} absent: skipped")


if __name__ == "__main__":
    main()
