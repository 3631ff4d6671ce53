"""What the pipeline makes of an uncoded corpus in the input format, such as FA-KES: events per article, the share
of events with an actor1, a place and a date, how precise the dates are, how many fall after publication, and,
when the corpus carries a `location_label` (the governorate of the main event), how often the first event's
admin1 agrees with it. With --sample N it also prints N events picked at random with their sentence, for a
reader's verdict.

Usage: python benchmarks/fakes_report.py [CORPUS.jsonl] [--sample 20] [--seed 7] [--workers 2]
(default corpus: ../shared/eval/articles/fakes_syria_dev.jsonl; skips with a message when it is absent)
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

from warscribe.config import Config
from warscribe.inputs import InputReader
from warscribe.model import Document, Event
from warscribe.pipeline import Pipeline
from warscribe.places.normalize import key, skeleton
from warscribe.stages.time import date_line
from warscribe.timex import parse_published

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "articles" / "fakes_syria_dev.jsonl"


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else "0/0"


def _labels(corpus: Path) -> dict[str, str]:
    out = {}
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict) and record.get("location_label"):
                out[str(record.get("id"))] = str(record["location_label"])
    return out


def _same_admin1(coded: str | None, label: str) -> bool:
    """The same governorate in any spelling ("Idleb" / "idlib", "Deir-ez-Zor" / "deir ezzor")."""
    a, b = key(coded or ""), key(label)
    return bool(a) and (a == b or a in b or b in a or skeleton(coded or "") == skeleton(label))


def _sentence(doc: Document, ev: Event) -> str:
    trigger = next((e for e in ev.evidence if e.field == "event_type"), None)
    if trigger is None:
        return ""
    text = doc.text
    # (a stop inside a closing quote ends a sentence too: 'was also hit by warplanes." The reports come ...')
    before = [m.end() for m in _STOP.finditer(text, 0, trigger.start)]
    after = _STOP.search(text, trigger.end)
    return re.sub(r"\s+", " ", text[before[-1] if before else 0:after.end() if after else len(text)]).strip()


_STOP = re.compile(r"\.[\"”’']?(?=\s)|\n")


def _own_day(doc: Document) -> str | None:
    """The article's own date line's day (stages/time.py reads it), else its publication metadata."""
    line = date_line(doc.text, parse_published(doc.published))
    return line[1].isoformat() if line else doc.published


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT))
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    if not corpus.is_file():
        print(f"skipped: {corpus} not found (it lives in ../shared/eval)")
        return 0
    docs: list[Document] = []
    events: list[Event] = []
    for result in Pipeline(Config()).process(InputReader().read([str(corpus)]), workers=args.workers):
        if result.document is not None and result.document.status == "processed":
            docs.append(result.document)
            events += result.document.events
    n = len(events)
    published = {d.id: d.published for d in docs}
    full_date = [e for e in events if e.event_date and not e.event_date.startswith("--")]
    after = [e for e in full_date if published.get(e.doc_id) and e.event_date > published[e.doc_id]]
    # (the corpus metadata is often weeks off the article's own date line, "Published April 29 2017": an event after
    # the metadata but not after the line is the metadata's error, one after the line would be ours)
    own = {d.id: _own_day(d) for d in docs}
    after_own = [e for e in full_date if own.get(e.doc_id) and e.event_date > own[e.doc_id]]
    print(f"documents processed: {len(docs)}; events: {n} ({n / max(1, len(docs)):.2f} per article)")
    print(f"events with an actor1: {_share(sum(1 for e in events if e.actor1), n)}")
    print(f"events with a place:   {_share(sum(1 for e in events if e.location), n)}")
    print(f"events with a date:    {_share(sum(1 for e in events if e.event_date), n)}")
    print(f"  day-precise full dates: {_share(sum(1 for e in full_date if e.time_precision == 1), n)}")
    print(f"  dated after publication: {_share(len(after), n)}")
    print(f"  dated after the article's own date line (else publication): {_share(len(after_own), n)}")
    print(f"events linked to an earlier report (duplicate_of): {_share(sum(1 for e in events if e.duplicate_of), n)}")
    labels = _labels(corpus)
    firsts = {d.id: d.events[0] for d in docs if d.events and d.id in labels}
    if firsts:
        agree = sum(_same_admin1(ev.admin1, labels[doc_id]) for doc_id, ev in firsts.items())
        print(f"first event's admin1 = location_label: {_share(agree, len(firsts))}")
    if args.sample:
        by_id = {d.id: d for d in docs}
        for ev in random.Random(args.seed).sample(events, min(args.sample, n)):
            print(f"\n{ev.event_id} (published {published.get(ev.doc_id)}): {ev.sub_event_type} | {ev.actor1} / "
                  f"{ev.actor2} | {ev.location}, {ev.admin1} (precision {ev.geo_precision}) | {ev.event_date} | "
                  f"fatalities {ev.fatalities} | {ev.claim_status}")
            print(f"    {_sentence(by_id[ev.doc_id], ev)[:400]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
