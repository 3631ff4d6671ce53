"""Benchmark of the store at scale: fills a store (SQLite or PostgreSQL) with N synthetic events (default
1,000,000; about one in five a second report of an event, linked into canonical events) and reports the insert
throughput and the time of typical filtered queries (dates, admin1, type, actor, text) as `warscribe events
--limit 100` runs them: canonical events (the default) and the reports (`--reports`). Target: each <= 50 ms.

Two write paths are timed: the bulk load that fills an empty store (multi-row INSERTs, 5,000 rows a
statement, the secondary indexes dropped first and built once at the end, timed apart) and the ingest path,
`Store.save` of one document (5 events, their evidence) per transaction into the indexed store.

Run: .venv/bin/python benchmarks/bench_store.py [--events 1000000] [--db PATH|URL] [--repeat 5]
         [--save-docs 2000] [--json FILE]
An existing --db with events is reused as it is (build once, time often); without --db a temporary SQLite
file is used. A PostgreSQL URL must name an empty database the first time.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sqlalchemy import func, insert, select, text  # noqa: E402
from synthetic import TYPES, document_row  # noqa: E402
from synthetic import places as synthetic_places  # noqa: E402

from warscribe import store as store_module  # noqa: E402
from warscribe.model import Document, Event, Evidence, Result  # noqa: E402
from warscribe.store import (  # noqa: E402
    UNDATED,
    Store,
    canonical_events,
    canonical_reports,
    display_db,
    documents,
    events,
    evidence,
)

# Actor names as a long tail, as in real data: a few actors in many events, most in few. Made-up names from
# word lists (2,000 of them), drawn with weights 1/rank.
_WORDS = ("North", "South", "East", "West", "Free", "United", "Popular", "Revolutionary", "Democratic",
          "Islamic", "National", "Liberation", "Army", "Front", "Brigade", "Battalion", "Movement", "Council",
          "Guard", "Forces", "Militia", "Union", "Alliance", "Party", "Legion", "Falcons", "Lions", "Martyrs",
          "Dawn", "Victory", "Shield", "Sword", "Eagles", "Sons", "Youth", "Hawks", "Wolves", "Tigers")
_RNG = random.Random(3)
ACTORS = ["Civilians (Syria)", "Military Forces of Syria (2000-)", "Unidentified Armed Group (Syria)"] + [
    f"{' '.join(_RNG.sample(_WORDS, 3))} {i}" for i in range(2000)]
ACTOR_WEIGHTS = [1 / (rank + 1) for rank in range(len(ACTORS))]
EVENTS_PER_DOC = 5
CHUNK = 5000
LINKED_SHARE = 0.25  # reports that re-tell an event of the previous document (one canonical event, 2 outlets)
# Typical queries: what an analyst types into `warscribe events` (first page of 100, oldest first).
QUERIES: dict[str, dict[str, Any]] = {
    "no filter": {},
    "dates (one month)": {"since": "2021-03-01", "until": "2021-03-31"},
    "admin1": {"admin1": "Region 7"},
    "type": {"event_type": "Air/drone strike"},
    "actor (common)": {"actor": ACTORS[1][:24]},
    "actor (rare)": {"actor": ACTORS[1500]},
    "text": {"query": "Place 1234"},
    "dates + admin1 + type": {"since": "2021-01-01", "until": "2021-12-31", "admin1": "Region 3",
                              "event_type": "Battles"},
    "actor + dates": {"actor": ACTORS[40], "since": "2022-06-01", "until": "2022-08-31"},
    "newest first": {"sort": "newest"},
}


def _actor(rng: random.Random) -> str:
    return rng.choices(ACTORS, ACTOR_WEIGHTS)[0]


def synthetic(n: int, seed: int = 7, start_doc: int = 0):
    """(document rows, event rows) of n events: 5 years, 40 regions, 3,000 places, 2,003 actors."""
    rng = random.Random(seed + start_doc)
    places = synthetic_places(rng)
    first = date(2019, 1, 1)
    docs, rows = [], []
    for i in range(n):
        d = start_doc + i // EVENTS_PER_DOC
        doc_id = f"doc{d}"
        if i % EVENTS_PER_DOC == 0:
            docs.append(document_row(d))
        etype = rng.choice(list(TYPES))
        place, region, lat, lon = rng.choice(places)
        rows.append({"event_id": f"{doc_id}-{i % EVENTS_PER_DOC + 1}", "doc_id": doc_id, "seq": i % EVENTS_PER_DOC,
                     "event_date": (first + timedelta(days=rng.randrange(5 * 365))).isoformat(),
                     "time_precision": 1, "event_type": etype, "sub_event_type": rng.choice(TYPES[etype]),
                     "actor1": _actor(rng), "actor2": _actor(rng) if rng.random() < 0.8 else None,
                     "assoc_actor_1": json.dumps([_actor(rng)] if rng.random() < 0.2 else []),
                     "assoc_actor_2": "[]", "country": "Syria", "admin1": region, "location": place,
                     "latitude": lat, "longitude": lon, "geo_precision": 1,
                     "fatalities": rng.choice([0, 0, 0, 1, 2, 3, 5, 8, 12]), "claim_status": "reported",
                     "attributed_to": "[]", "notes": f"Synthetic event {start_doc * EVENTS_PER_DOC + i} near {place}.",
                     "duplicate_of": None})
    return docs, rows


def canonical_rows(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """The canonical_reports and canonical_events rows of synthetic reports: a share of them re-tell the event of
    the same order in the previous document (its `duplicate_of` then names that event), the others stand alone.
    The canonical row takes its first report's values, as linking does when the reports agree."""
    rng = random.Random(len(rows))
    canonical_of: dict[str, str] = {}
    merged: dict[str, dict] = {}
    links = []
    for i, row in enumerate(rows):
        eid = row["event_id"]
        earlier = rows[i - EVENTS_PER_DOC]["event_id"] if i >= EVENTS_PER_DOC else None
        if earlier and canonical_of[earlier] == earlier and rng.random() < LINKED_SHARE:
            canonical_of[eid] = row["duplicate_of"] = earlier
            first = merged[earlier]
            first.update(sources=first["sources"] + 1, reports=first["reports"] + 1,
                         source=f"{first['source']}; Outlet {int(row['doc_id'][3:]) % 17}")
        else:
            canonical_of[eid] = eid
            merged[eid] = {**{k: v for k, v in row.items() if k in canonical_events.c and k != "id"},
                           "id": eid, "source": f"Outlet {int(row['doc_id'][3:]) % 17}", "sources": 1,
                           "reports": 1, "disagreements": "{}"}
        links.append({"event_id": eid, "canonical_id": canonical_of[eid], "doc_id": row["doc_id"],
                      "rank": f"{UNDATED}|{row['doc_id']}|{row['seq']:06d}", "event_date": row["event_date"],
                      "country": row["country"], "location": row["location"].lower(), "cell": None})
    return links, list(merged.values())


def bulk_fill(store: Store, n: int) -> float:
    """Fill with n events (and one evidence span each) in multi-row INSERTs; returns the seconds taken."""
    began = time.perf_counter()
    with store.engine.connect() as conn:
        next_pk = (conn.execute(select(func.max(events.c.pk))).scalar() or 0) + 1
    done = 0
    while done < n:
        size = min(CHUNK * 10, n - done)
        docs, rows = synthetic(size, start_doc=done // EVENTS_PER_DOC + 10_000_000)
        spans = []
        for row in rows:
            row["pk"] = next_pk
            spans.append({"event_pk": next_pk, "field": "location", "start": 0, "end": 6, "text": "Report"})
            next_pk += 1
        links, merged = canonical_rows(rows)
        with store.engine.begin() as conn:
            for table, values in ((documents, docs), (events, rows), (evidence, spans), (canonical_reports, links),
                                  (canonical_events, merged)):
                for at in range(0, len(values), CHUNK):
                    conn.execute(insert(table), values[at:at + CHUNK])
        done += size
        print(f"  {done:,} events", file=sys.stderr, end="\r")
    if store.engine.dialect.name == "postgresql":  # explicit keys were given: move the sequences past them
        with store.engine.begin() as conn:
            for table in ("events", "evidence"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'pk'), "
                                  f"(SELECT max(pk) FROM {table}))"))
    return time.perf_counter() - began


def drop_indexes(store: Store) -> None:
    """Before a bulk load into an empty store: drop the secondary indexes and the triggers that keep the search
    and actor indexes in step, as a bulk load does, so that they are built once at the end (`build_indexes`)
    instead of row by row."""
    names = ["ix_event_actors_name_date", "ix_canonical_actors_name_date", *store_module._ORDER_INDEXES,
             *store_module._FILTER_INDEXES,
             *store_module._CANONICAL_ORDER_INDEXES,
             *(index.name for index in store_module._WEB_INDEXES), "ix_events_search"]
    with store.engine.begin() as conn:
        for name in names:
            conn.execute(text(f"DROP INDEX IF EXISTS {name}"))
        if store.engine.dialect.name == "sqlite":
            for trigger in ("insert", "delete", "update"):
                conn.execute(text(f"DROP TRIGGER IF EXISTS events_search_{trigger}"))
                conn.execute(text(f"DROP TRIGGER IF EXISTS event_actors_{trigger}"))
        else:
            conn.execute(text("DROP TRIGGER IF EXISTS event_actors_change ON events"))


def build_indexes(store: Store) -> float:
    """The indexes and triggers of migrations 2, 4, 5, 6, 7 and 8 built again over the loaded rows (5 and 6 fill
    the actor index anew, 7 the canonical events' actors, 8 gathers the trigram statistics); returns the seconds
    taken."""
    began = time.perf_counter()
    with store.engine.begin() as conn:
        store_module._v2_reviews(conn)
        store_module._v4_incremental(conn)
        store_module._v5_query_indexes(conn)
        store_module._v6_actor_dates(conn)
        store_module._v7_canonical_actors(conn)
        store_module._v8_trigram_statistics(conn)
    return time.perf_counter() - began


def save_path(store: Store, docs: int) -> float:
    """Events a second through `Store.save`: `docs` documents of 5 events, one transaction each."""
    _, rows = synthetic(docs * EVENTS_PER_DOC, seed=11, start_doc=20_000_000)
    began = time.perf_counter()
    for d in range(docs):
        body = f"Saved report {d}: synthetic text."
        doc = Document(id=f"saved{d}", text=body, kept=[(0, len(body))], language="en")
        for row in rows[d * EVENTS_PER_DOC:(d + 1) * EVENTS_PER_DOC]:
            ev = Event(**{k: v for k, v in row.items() if k not in ("doc_id", "seq", "assoc_actor_1",
                                                                   "assoc_actor_2", "attributed_to")})
            ev.doc_id, ev.event_id = doc.id, f"{doc.id}-{row['seq'] + 1}"
            ev.evidence = [Evidence(0, 5, body[:5], "location")]
            doc.events.append(ev)
        store.save(Result(document=doc))
    return time.perf_counter() - began


def analyze(store: Store) -> None:
    """Planner statistics, as a long-lived store gathers them (SQLite: ANALYZE; PostgreSQL: autovacuum)."""
    with store.engine.begin() as conn:
        conn.execute(text("ANALYZE"))


# What `warscribe events` / `export` run: canonical events by default, the reports with `--reports` (which
# leaves out the reports linked to an earlier one, as the CLI does without --with-duplicates).
PATHS: dict[str, Callable[..., list]] = {
    "canonical": lambda store, **filters: store.canonical_events(limit=100, **filters),
    "reports": lambda store, **filters: store.events(limit=100, include_duplicates=False, **filters),
}


def time_queries(store: Store, repeat: int) -> dict[str, dict[str, dict[str, float]]]:
    out: dict[str, dict[str, dict[str, float]]] = {}
    for path, run in PATHS.items():
        for name, filters in QUERIES.items():
            run(store, **filters)  # warm the cache: the figure is a query on a running store
            times, cpu, found = [], [], 0
            for _ in range(repeat):
                began, began_cpu = time.perf_counter(), time.process_time()
                found = len(run(store, **filters))
                times.append((time.perf_counter() - began) * 1000)
                cpu.append((time.process_time() - began_cpu) * 1000)
            # cpu_ms: this process's CPU time (SQLite: all the query's work; PostgreSQL: the client's share), a
            # figure that a busy machine inflates less than the wall time.
            out.setdefault(path, {})[name] = {"median_ms": round(statistics.median(times), 1),
                                              "max_ms": round(max(times), 1),
                                              "cpu_ms": round(statistics.median(cpu), 1), "rows": found}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", help="SQLite path or SQLAlchemy URL (default: a temporary SQLite file)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--save-docs", type=int, default=2000, help="documents saved through Store.save")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="warscribe-bench-") as tmp:
        db = args.db or str(Path(tmp) / "bench.db")
        figures: dict[str, Any] = {"db": display_db(db)}
        with Store(db) as store:
            figures["backend"] = store.engine.dialect.name
            have = store.counts()["events"]
            if have < args.events:
                if have == 0:
                    drop_indexes(store)
                seconds = bulk_fill(store, args.events - have)
                figures["bulk_events_per_s"] = round((args.events - have) / seconds)
                figures["index_build_s"] = round(build_indexes(store), 1)
                analyze(store)  # before the saves: a planner that thinks the table empty scans it on every save
                seconds = save_path(store, args.save_docs)
                figures["save_events_per_s"] = round(args.save_docs * EVENTS_PER_DOC / seconds)
            figures["events"] = store.counts()["events"]
            figures["queries"] = time_queries(store, args.repeat)
    print(json.dumps(figures, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")
    slow = [f"{path}: {q}" for path, timed in figures["queries"].items() for q, t in timed.items()
            if t["median_ms"] > 50]
    print(f"queries over 50 ms: {', '.join(slow) or 'none'}", file=sys.stderr)


if __name__ == "__main__":
    main()
