"""Round 32 (s32h, issue 14): the near-duplicate index's statements with their band numbers written in the text (a
band's key bound alone, the document bound once); the linker's day-window test read from the spans' ordinals, its
first link found by plain loops, each report's place key worked out once."""

from __future__ import annotations

import random
from datetime import date

from warscribe import linking
from warscribe.cleaning import dedup
from warscribe.model import Document, Event, Evidence

_TEXT = ("Gunmen killed two soldiers at a checkpoint near Maiduguri on Monday, the army said, and burnt three houses "
         "in the village before they fled towards the forest, residents told reporters on Tuesday morning.")


def test_key_values_are_the_band_keys_in_band_order() -> None:
    hashes = dedup._hashes(_TEXT, None)
    assert hashes is not None
    for bands, rows in ((32, 8), (10, 12), (1, 4)):
        assert list(enumerate(dedup._key_values(hashes, bands, rows))) == dedup.band_keys(hashes, bands, rows)


def _bound_query(keys: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """The band query as it was written before, every band number bound."""
    where = " OR ".join(["(band = ? AND key = ?)"] * len(keys))
    return f"SELECT doc FROM band WHERE {where} ORDER BY band, rowid", [v for pair in keys for v in pair]


def test_band_statements_store_and_find_what_the_bound_ones_did() -> None:
    index = dedup.NearDuplicateIndex(0.8)
    rng = random.Random(32)
    words = _TEXT.split()
    docs = []
    for n in range(12):  # copies of one report, a word or two changed: some share bands, some do not
        changed = list(words)
        for _ in range(n % 4):
            changed[rng.randrange(len(changed))] = f"word{rng.randrange(50)}"
        docs.append(Document(id=f"d{n}", text=" ".join(changed), published=f"2020-01-{1 + n % 5:02d}"))
    for doc in docs:
        index.place(doc)
    len(index)  # (the first document indexed too)
    stored = index._db.execute("SELECT band, key, doc FROM band ORDER BY rowid").fetchall()
    expected = []
    kept = {row[0] for row in index._db.execute("SELECT doc FROM sig")}
    for doc in docs:
        if doc.id in kept:
            hashes = dedup._hashes(doc.text, None)
            assert hashes is not None
            expected += [(b, k, doc.id) for b, k in dedup.band_keys(hashes, index.bands, index.rows)]
    assert sorted(stored) == sorted(expected)
    for doc in docs:
        hashes = dedup._hashes(doc.text, None)
        assert hashes is not None
        keys = dedup.band_keys(hashes, index.bands, index.rows)
        query, args = _bound_query(keys)
        bound = [row[0] for row in index._db.execute(query, args)]
        written = [row[0] for row in index._db.execute(dedup._band_query(len(keys)), [k for _, k in keys])]
        assert written == bound
    index.close()


def _old_first(linker: linking.EventLinker, ev: Event, span: tuple[date, date], window: int,
               lag: int) -> Event | None:
    """The linker's first link as round 31 found it: a generator over the days reached, `_gap` per report."""
    return next((seen for d in linking._days_reached(*span, window, lag)
                 for seen, seen_span, country, *_ in linker._by_day.get(d, ())
                 if country == ev.country and seen_span is not None and linking._gap(span, seen_span) <= window
                 and linking._linked(seen, ev, seen_span, span) == linking.PLACE), None)


def test_first_link_is_the_one_the_generator_found_at_any_window() -> None:
    rng = random.Random(32)
    places = [("SY", "Idlib", "Saraqib", 35.86, 36.8), ("SY", "Idlib", None, None, None),
              ("SY", "Aleppo", "Aleppo", 36.2, 37.16), ("IQ", "Nineveh", "Mosul", 36.34, 43.13)]
    subs = ["Armed clash", "Shelling/artillery/missile attack", "Air/drone strike"]
    events = []
    for n in range(300):
        country, admin1, location, lat, lon = rng.choice(places)
        evidence = [Evidence(0, 4, "text", rng.choice(["event_date", "location"]))] if rng.random() < 0.8 else []
        events.append(Event(event_id=f"e{n}", doc_id=f"d{n // 2}", event_date=f"2021-05-{rng.randint(1, 20):02d}",
                            time_precision=rng.choice([1, 1, 1, 2, 3]), sub_event_type=rng.choice(subs),
                            country=country, admin1=admin1, location=location or admin1, latitude=lat, longitude=lon,
                            geo_precision=1 if location else 3, evidence=evidence))
    linker = linking.EventLinker()
    linker.link(events[:150])
    found = 0
    for ev in events[150:]:
        span = linking.date_span(ev)
        assert span is not None
        lo, hi = span[0].toordinal(), span[1].toordinal()
        for window in (-1, 0, 1, 2, 5):
            for lag in (0, 2):
                first = linker._first(ev, span, lo, hi, window, lag)
                assert first is _old_first(linker, ev, span, window, lag)
                found += first is not None
    assert found > 100  # enough links to compare


def test_remembered_place_keys_are_the_reports_own() -> None:
    linker = linking.EventLinker()
    events = [Event(event_id=f"e{n}", doc_id=f"d{n}", event_date="2021-05-02", time_precision=1, country="SY",
                    admin1="Idlib", location=location, evidence=[Evidence(0, 4, "text", "event_date")])
              for n, location in enumerate(["Saraqib", "Idlib", None, "Sarāqib"])]
    linker.link(events)
    for entries in linker._by_day.values():
        for seen, *_, there in entries:
            assert there == linking.place_key(seen)
