"""Benchmark of `warscribe serve` on a large store: builds N synthetic events (default 100,000) and times the
map, timeline, facets and list endpoints through the app (SQL, aggregation and JSON), each with no filter and
with typical filters. Target: each answer in at most 300 ms.

Run: .venv/bin/python benchmarks/bench_web.py [--events 100000] [--db PATH] [--repeat 5]
An existing --db with events is reused as it is (build once, time often).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import insert  # noqa: E402
from synthetic import TYPES, document_row  # noqa: E402
from synthetic import places as synthetic_places  # noqa: E402

from warscribe.store import Store, documents, events  # noqa: E402
from warscribe.web import create_app  # noqa: E402

ACTORS = [f"Synthetic Group {i}" for i in range(60)] + ["Civilians (Syria)", "Military Forces of Syria (2000-)"]
QUERIES = {"map": "/api/map", "timeline": "/api/timeline", "facets": "/api/facets", "list": "/api/events"}
# The events page (list, facets and filter form in one answer) is timed too, but is not one of the four
# queries the target is set for.
EXTRA = {"page (HTML)": "/"}
FILTERS = {
    "no filter": "",
    "type + year": "event_type=Battles&since=2021-01-01&until=2021-12-31",
    "admin1 + actor": "admin1=Region+3&actor=Group+1",
    "all reports, fatalities >= 5": "reports=all&min_fatalities=5",
    "text search": "q=Place+12",
}


def build(store: Store, n: int, seed: int = 7) -> None:
    """n events over 5 years, 40 regions and 3,000 places; one document per 5 events; 10% later reports."""
    rng = random.Random(seed)
    places = synthetic_places(rng)
    start = date(2019, 1, 1)
    docs, rows = [], []
    for i in range(n):
        doc_id = f"doc{i // 5}"
        if i % 5 == 0:
            docs.append(document_row(i // 5))
        etype = rng.choice(list(TYPES))
        place, region, lat, lon = rng.choice(places)
        day = (start + timedelta(days=rng.randrange(5 * 365))).isoformat()
        rows.append({"event_id": f"{doc_id}:{i % 5 + 1}", "doc_id": doc_id, "seq": i % 5, "event_date": day,
                     "time_precision": 1, "event_type": etype, "sub_event_type": rng.choice(TYPES[etype]),
                     "actor1": rng.choice(ACTORS), "actor2": rng.choice([*ACTORS, None]),
                     "assoc_actor_1": "[]", "assoc_actor_2": "[]", "country": "Syria", "admin1": region,
                     "location": place, "latitude": lat, "longitude": lon, "geo_precision": 1,
                     "fatalities": rng.choice([0, 0, 0, 1, 2, 3, 5, 8, 12]), "claim_status": "reported",
                     "attributed_to": "[]", "notes": f"Synthetic event {i} near {place}.",
                     "duplicate_of": f"doc{max(0, i // 5 - 1)}:1" if rng.random() < 0.1 else None})
    with store.engine.begin() as conn:
        for chunk in range(0, len(docs), 5000):
            conn.execute(insert(documents), docs[chunk:chunk + 5000])
        for chunk in range(0, len(rows), 5000):
            conn.execute(insert(events), rows[chunk:chunk + 5000])


def timed(client: TestClient, url: str, repeat: int) -> tuple[float, float]:
    """(median, worst) milliseconds over `repeat` requests, after one warm-up request."""
    assert client.get(url).status_code == 200
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - t0) * 1000)
        assert response.status_code == 200, response.text
    return statistics.median(times), max(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    db = args.db or Path(tempfile.mkdtemp()) / "bench-web.db"
    store = Store(db)
    have = store.counts()["events"]
    if not have:
        t0 = time.perf_counter()
        build(store, args.events)
        print(f"built {args.events} events in {time.perf_counter() - t0:.1f} s at {db}")
    else:
        print(f"reusing {have} events at {db}")
    client = TestClient(create_app(store))
    worst_median = 0.0
    print(f"{'query':<12} {'filter':<30} {'median ms':>10} {'worst ms':>10}")
    for name, path in {**QUERIES, **EXTRA}.items():
        for label, query in FILTERS.items():
            median, worst = timed(client, f"{path}?{query}", args.repeat)
            if name in QUERIES:
                worst_median = max(worst_median, median)
            flag = "" if median <= 300 else "  > 300 ms"
            print(f"{name:<12} {label:<30} {median:>10.1f} {worst:>10.1f}{flag}")
    print(f"slowest median of map, timeline, facets, list: {worst_median:.1f} ms (target <= 300 ms)")
    store.close()
    return 0 if worst_median <= 300 else 1


if __name__ == "__main__":
    raise SystemExit(main())
