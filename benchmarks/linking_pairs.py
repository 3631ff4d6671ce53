"""Precision and recall of linking (canonical events) on our labelled pairs of FA-KES event reports
(tests/fixtures/linking_pairs.jsonl: same event told by two documents, or a near miss).

Usage: python benchmarks/linking_pairs.py [--db STORE] [--corpus FAKES.jsonl] [--workers 2] [--show-errors 10]
With --db, scores a store FA-KES was already ingested into (`warscribe ingest <corpus> --db STORE`); otherwise
codes the corpus (default ../shared/eval/articles/fakes_syria_dev.jsonl) into a temporary store first, and
skips with a message when it is absent.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from warscribe.linking_eval import PAIRS_FILE, load_pairs, score
from warscribe.store import Store, canonical_reports

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "articles" / "fakes_syria_dev.jsonl"


def _ingest(corpus: Path, db: Path, workers: int) -> float:
    from warscribe.config import Config
    from warscribe.inputs import InputReader
    from warscribe.pipeline import Pipeline

    started = time.perf_counter()
    with Store(db) as store:
        for result in Pipeline(Config()).process(InputReader().read([str(corpus)]), workers=workers):
            store.save(result)
    return time.perf_counter() - started


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--pairs", type=Path, default=PAIRS_FILE)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--show-errors", type=int, default=0)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            if not args.corpus.is_file():
                print(f"skipped: {args.corpus} not found (it lives in ../shared/eval)")
                return 0
            db = Path(tmp) / "fakes.db"
            print(f"coded, stored and linked {args.corpus.name} in {_ingest(args.corpus, db, args.workers):.0f} s")
        with Store(db, read_only=True) as store:
            by_doc: dict = {}
            for ev in store.events():
                by_doc.setdefault(ev.doc_id, []).append(ev)
            with store.engine.connect() as conn:
                canonical_of = dict(conn.execute(select(canonical_reports.c.event_id,
                                                        canonical_reports.c.canonical_id)).all())
            counts = store.counts()
            docs = {doc.id: doc for doc in store.documents()}
    found = score(load_pairs(args.pairs), by_doc, canonical_of, docs)
    print(f"{counts['events']} reports, {counts['canonical_events']} canonical events")
    print("\n".join(found.lines()))
    for pair, linked in found.errors[:args.show_errors]:
        print(f"{'linked, not the same event' if linked else 'the same event, not linked'} ({pair.case}): "
              f"{pair.a} / {pair.b}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
