"""Anchors the labelled pairs (tests/fixtures/linking_pairs.jsonl) to where each document tells its event: adds
`at`, the spans of the trigger words of the event each key names, to every key that has none.

Run it on a store coded by the coder the pairs were labelled against (their keys name its events by date,
place and type); afterwards the keys find their events by those spans, whatever a later coder dates, places or
types them. No label changes: it writes the same pairs with spans added.

Usage: python benchmarks/linking_anchor.py (--db STORE | --events EVENTS.jsonl) [--pairs FILE] [--out FILE]
--events reads events as JSON lines (Event.to_dict: one event a line, with its evidence), for instance every
document coded on its own, near-duplicates too (a store keeps no events for those).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from warscribe.linking_eval import PAIRS_FILE, ReportKey, resolve
from warscribe.model import Event
from warscribe.store import Store


def _read_events(args: argparse.Namespace) -> list[Event]:
    if args.events is not None:
        with args.events.open(encoding="utf-8") as f:
            return [Event.from_dict(json.loads(line)) for line in f if line.strip()]
    with Store(args.db, read_only=True) as store:
        return store.events()


def spans_of(events: list[Event]) -> list[list[int]]:
    """The trigger spans of events (all their evidence when none has a trigger), sorted."""
    found = {(e.start, e.end) for ev in events for e in ev.evidence if e.field == "event_type"}
    found = found or {(e.start, e.end) for ev in events for e in ev.evidence}
    return [list(span) for span in sorted(found)]


def anchor(lines: list[str], events_by_doc: dict[str, list[Event]]) -> tuple[list[str], int, int]:
    """The pairs' lines with `at` added where a key resolves and has none; how many keys got one, how many
    resolved to nothing."""
    out, added, missing = [], 0, 0
    for line in lines:
        if not line.strip():
            continue
        data = json.loads(line)
        for side in ("a", "b"):
            key = ReportKey.of(data[side])
            if key.at:
                continue
            found = spans_of(resolve(key, events_by_doc))
            if found:
                data[side]["at"] = found
                added += 1
            else:
                missing += 1
        out.append(json.dumps(data, ensure_ascii=False))
    return out, added, missing


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--db")
    source.add_argument("--events", type=Path)
    parser.add_argument("--pairs", type=Path, default=PAIRS_FILE)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    by_doc: dict[str, list[Event]] = {}
    for ev in _read_events(args):
        by_doc.setdefault(ev.doc_id, []).append(ev)
    lines, added, missing = anchor(args.pairs.read_text(encoding="utf-8").splitlines(), by_doc)
    (args.out or args.pairs).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{added} keys anchored, {missing} found no event in {args.db or args.events}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
