"""Store queries on SQLite and PostgreSQL: the actor index (migration 5) stays in step with the events, and every
filter gives the same events whichever way the store reads it (few matches read first, or many checked in order)."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text, update

from warscribe import store as store_module
from warscribe.model import Document, Event, Evidence
from warscribe.store import Store, _engine, canonical_actors, current_version, event_actors, events, migrate

# Made-up reports: (date, type, sub-event type, admin1, actor1, actor2, associated actors, notes)
REPORTS = {
    "a": ("2022-01-03", "Battles", "Armed clash", "Hama", "Northern Falcons Brigade", "Southern Hawks Front",
          [], "Fighting near the old mill."),
    "b": ("2022-01-04", "Explosions/Remote violence", "Air/drone strike", "Idlib", "Air Wing of the North",
          None, ["Lantern Group"], "A drone hit the grain market."),
    "c": ("2022-02-10", "Explosions/Remote violence", "Shelling/artillery/missile attack", "Idlib",
          "Northern Falcons Brigade", "Civilians (Testland)", [], "Shells fell on the market square."),
    "d": (None, "Protests", "Peaceful protest", "Hama", "Protesters (Testland)", None, ["Teachers Union"],
          "Teachers marched."),
    "e": ("2022-03-01", "Battles", "Armed clash", "Aleppo", "Southern Hawks Front", "Lantern Group", [],
          "Clashes at the checkpoint."),
    "f": ("2021-12-30", "Explosions/Remote violence", "Air/drone strike", "Aleppo", "Air Wing of the North",
          "Civilians (Testland)", ["Northern Falcons Brigade"], "Strike on a bakery queue."),
}


def _event(doc_id: str, n: int, key: str) -> Event:
    date, etype, sub, admin1, actor1, actor2, assoc, notes = REPORTS[key]
    return Event(event_id=f"{doc_id}-{n}", doc_id=doc_id, event_date=date, time_precision=1 if date else 3,
                 event_type=etype, sub_event_type=sub, actor1=actor1, actor2=actor2, assoc_actor_1=assoc,
                 country="Testland", admin1=admin1, location=f"Town {key}", fatalities=n,
                 notes=notes, evidence=[Evidence(0, 6, "Report", "location")])


def _doc(doc_id: str, published: str, *keys: str) -> Document:
    body = f"Report {doc_id}: clashes and strikes."
    doc = Document(id=doc_id, text=body, published=published, source=f"Outlet {doc_id}", language="en",
                   kept=[(0, len(body))])
    doc.events = [_event(doc_id, n, key) for n, key in enumerate(keys, start=1)]
    return doc


CORPUS = [_doc("r1", "2022-01-05", "a", "b"), _doc("r2", "2022-02-11", "c", "d"), _doc("r3", "2022-03-02", "e"),
          _doc("r4", "2022-01-01", "f", "b", "a")]


def _names(ev: Event) -> set[str]:
    return {n for n in (ev.actor1, ev.actor2, *ev.assoc_actor_1, *ev.assoc_actor_2) if n}


def _index_in_step(store: Store) -> bool:
    """Whether event_actors holds exactly the names of every stored event with its date, and actor_names each
    of them."""
    with store.engine.connect() as conn:
        held = set(conn.execute(select(event_actors.c.event_pk, event_actors.c.name, event_actors.c.event_date)))
        names = set(conn.execute(text("SELECT name FROM actor_names")).scalars())
        pks = dict(conn.execute(select(events.c.event_id, events.c.pk)).all())
    wanted = {(pks[ev.event_id], name, ev.event_date) for ev in store.events() for name in _names(ev)}
    return held == wanted and {name for _, name, _ in held} <= names


def test_the_actor_index_follows_inserts_re_codes_deletes_updates_and_relinks(db):
    with Store(db) as store:
        for doc in CORPUS:
            store.save(doc)
        assert _index_in_step(store)
        store.save(_doc("r1", "2022-01-05", "e"))  # re-coded: other events, other names
        assert _index_in_step(store) and store.events(actor="lantern") != []
        store.save(_doc("r4", "2022-01-01"))  # re-coded with no events: its names leave the index
        assert _index_in_step(store) and not store.events(actor="air wing")
        with store.engine.begin() as conn:  # a name changed in place
            conn.execute(update(events).where(events.c.event_id == "r3-1").values(actor1="Western Owls Army",
                                                                                  assoc_actor_2='["Dune Riders"]'))
        assert _index_in_step(store)
        assert [e.event_id for e in store.events(actor="owls")] == ["r3-1"]
        assert [e.event_id for e in store.events(actor="dune rid")] == ["r3-1"]
        with store.engine.begin() as conn:  # a date changed in place: the actor's events within dates follow
            conn.execute(update(events).where(events.c.event_id == "r3-1").values(event_date="2022-05-02"))
        assert _index_in_step(store)
        assert [e.event_id for e in store.events(actor="owls", since="2022-05-01", until="2022-05-31")] == ["r3-1"]
        assert store.events(actor="owls", until="2022-04-30") == []
        store.relink()
        assert _index_in_step(store)


def test_a_store_of_version_4_gets_the_actor_index_and_filling_it_again_changes_nothing(db):
    with Store(db) as store:
        for doc in CORPUS:
            store.save(doc)
    engine = _engine(db, False)
    with engine.begin() as conn:  # the store as version 4 wrote it
        if engine.dialect.name == "sqlite":
            for trigger in ("insert", "delete", "update"):
                conn.execute(text(f"DROP TRIGGER event_actors_{trigger}"))
        else:
            conn.execute(text("DROP TRIGGER event_actors_change ON events"))
        for name in ("event_actors", "actor_names"):
            conn.execute(text(f"DROP TABLE {name}"))
        for name in store_module._CANONICAL_ORDER_INDEXES:
            conn.execute(text(f"DROP INDEX {name}"))
        conn.execute(text("DELETE FROM schema_version WHERE version >= 5"))
    assert current_version(engine) == 4
    assert migrate(engine) == [5, 6, 7, 8]
    with engine.begin() as conn:
        store_module._v5_query_indexes(conn)  # run again: the same rows, no error
    engine.dispose()
    with Store(db) as store:
        assert _index_in_step(store)
        assert [e.event_id for e in store.events(actor="lantern")] == ["r1-2", "r4-2", "r3-1"]


def test_a_store_of_version_5_gets_the_actors_dates_and_migrating_again_changes_nothing(db):
    with Store(db) as store:
        for doc in CORPUS:
            store.save(doc)
    engine = _engine(db, False)
    with engine.begin() as conn:  # the actor index as version 5 wrote it: no dates
        conn.execute(text("DROP INDEX ix_event_actors_name_date"))
        conn.execute(text("ALTER TABLE event_actors DROP COLUMN event_date"))
        conn.execute(text("DELETE FROM schema_version WHERE version >= 6"))
    assert current_version(engine) == 5
    assert migrate(engine) == [6, 7, 8]
    with engine.begin() as conn:
        store_module._v6_actor_dates(conn)  # run again: the same rows, no error
    engine.dispose()
    with Store(db) as store:
        assert _index_in_step(store)
        store.save(_doc("r5", "2022-03-03", "e", "c"))  # the triggers of version 6 give new events their dates
        assert _index_in_step(store)
        assert [e.event_id for e in store.events(actor="hawks", since="2022-02-01")] == ["r3-1", "r5-1"]


def _canonical_actors_in_step(store: Store) -> bool:
    """Whether canonical_actors holds exactly, for every canonical event, each name of any of its reports with
    the canonical event's date."""
    with store.engine.connect() as conn:
        held = set(conn.execute(select(canonical_actors.c.canonical_id, canonical_actors.c.name,
                                       canonical_actors.c.event_date)))
    by_id = {e.event_id: e for e in store.events()}
    wanted = {(c.event_id, name, c.event_date) for c in store.canonical_events() for r in c.reports
              for name in _names(by_id[r["event_id"]])}
    return held == wanted


ACTOR_FILTERS = [{"actor": "falcons"}, {"actor": "falcons", "since": "2022-01-01", "until": "2022-01-31"},
                 {"actor": "ridge scouts", "since": "2021-12-01"}, {"actor": ["lantern", "air wing"]},
                 {"actor": "hawks", "until": "2022-02-28"}, {"actor": "nobody at all"}]


def _canonical_by_actor(store: Store, filters: dict) -> list[str]:
    """What the actor filter of canonical events should give, found by a scan: the canonical events within the
    dates whose reports (any of them) name the actor."""
    by_id = {e.event_id: e for e in store.events()}
    own = {k: v for k, v in filters.items() if k != "actor"}
    return [c.event_id for c in store.canonical_events() if _report_matches(c, own) and
            any(_report_matches(by_id[r["event_id"]], {"actor": filters["actor"]}) for r in c.reports)]


def test_canonical_actors_follow_linking_re_coding_deleting_relinking_and_re_ingesting(db):
    second = _doc("r6", "2022-01-06", "a")  # a second outlet's report of r1's clash, one more name in it
    second.events[0].assoc_actor_2 = ["Ridge Scouts"]
    with Store(db) as store:
        steps = [lambda: [store.save(doc) for doc in CORPUS], lambda: store.save(second),
                 lambda: store.save(_doc("r1", "2022-01-05", "e")),  # re-coded: other events, other names
                 lambda: store.save(_doc("r4", "2022-01-01")),  # re-coded with no events: its canonical go
                 store.relink, lambda: store.save(CORPUS[0]), lambda: store.save(CORPUS[3])]  # re-ingested
        for n, step in enumerate(steps):
            step()
            assert _canonical_actors_in_step(store), n
            for filters in ACTOR_FILTERS:
                assert [c.event_id for c in store.canonical_events(**filters)] == \
                    _canonical_by_actor(store, filters), (n, filters)
        linked = [c for c in store.canonical_events(actor="ridge scouts") if len(c.reports) > 1]
        assert linked and linked[0].event_id != "r6-1"  # found through the later report's name


def test_a_store_of_version_6_gets_the_canonical_actors_and_migrating_again_changes_nothing(db):
    with Store(db) as store:
        for doc in CORPUS:
            store.save(doc)
    engine = _engine(db, False)
    with engine.begin() as conn:  # the store as version 6 wrote it: no canonical_actors
        conn.execute(text("DROP TABLE canonical_actors"))
        conn.execute(text("DELETE FROM schema_version WHERE version >= 7"))
    assert current_version(engine) == 6
    assert migrate(engine) == [7, 8]
    with engine.begin() as conn:
        store_module._v7_canonical_actors(conn)  # run again: the same rows, no error
    engine.dispose()
    with Store(db) as store:
        assert _canonical_actors_in_step(store)
        for filters in ACTOR_FILTERS:
            assert [c.event_id for c in store.canonical_events(**filters)] == _canonical_by_actor(store, filters)


FILTERS = [
    {"actor": "air wing", "since": "2022-01-01", "until": "2022-01-31"}, {"actor": "civilians", "until": "2022-01-31"},
    {"actor": "falcons"}, {"actor": "LANTERN"}, {"actor": "teachers union"}, {"actor": "nobody at all"},
    {"actor": ["hawks", "air wing"]}, {"query": "market"}, {"query": "town b"}, {"query": "bakery"},
    {"event_type": "Air/drone strike"}, {"event_type": "battles"}, {"event_type": ["Protests", "Armed clash"]},
    {"admin1": "idlib"}, {"since": "2022-01-04"}, {"until": "2022-01-31"},
    {"since": "2022-01-01", "until": "2022-02-28", "admin1": "Idlib", "event_type": "Explosions/Remote violence"},
    {"actor": "falcons", "since": "2022-01-01"}, {"query": "market", "event_type": "Air/drone strike"},
]


def _report_matches(ev: Event, filters: dict) -> bool:
    def terms(name: str) -> list[str]:
        value = filters.get(name)
        return [] if value is None else [t.lower() for t in ([value] if isinstance(value, str) else value)]

    dated = ev.event_date is not None and len(ev.event_date) == 10
    if ("since" in filters or "until" in filters) and not dated:
        return False
    if (filters.get("since") and ev.event_date < filters["since"]) or \
            (filters.get("until") and ev.event_date > filters["until"]):
        return False
    if terms("event_type") and not {ev.event_type.lower(), ev.sub_event_type.lower()} & set(terms("event_type")):
        return False
    if terms("admin1") and (ev.admin1 or "").lower() not in terms("admin1"):
        return False
    if terms("actor") and not any(t in n.lower() for t in terms("actor") for n in _names(ev)):
        return False
    words = [ev.notes, ev.location, ev.admin1, ev.admin2, ev.actor1, ev.actor2, *_names(ev)]
    return not terms("query") or any(t in (w or "").lower() for t in terms("query") for w in words)


@pytest.mark.parametrize("reading", ["few", "many"])
def test_every_filter_gives_the_events_a_scan_gives_whichever_way_it_is_read(db, monkeypatch, reading):
    # "few": every filter's matches are read first, then sorted; "many": each event is checked in order.
    limit = 10**6 if reading == "few" else 1
    monkeypatch.setattr(store_module, "COMMON_TERM_ROWS", limit)
    monkeypatch.setattr(store_module, "KEY_ROWS", limit)
    with Store(db) as store:
        for doc in CORPUS:
            store.save(doc)
        reports = store.events(include_duplicates=False)
        canonical = store.canonical_events()
        by_id = {e.event_id: e for e in store.events()}
        for filters in FILTERS:
            want = [e.event_id for e in reports if _report_matches(e, filters)]
            assert [e.event_id for e in store.events(include_duplicates=False, **filters)] == want, filters
            assert [e.event_id for e in store.events(include_duplicates=False, limit=2, **filters)] == want[:2]
            # Canonical events: date, type and place as the event gives them, actors and text of any report.
            own = {k: v for k, v in filters.items() if k not in ("actor", "query")}
            told = {k: v for k, v in filters.items() if k in ("actor", "query")}
            want = [c.event_id for c in canonical if _report_matches(c, own) and
                    any(_report_matches(by_id[r["event_id"]], told) for r in c.reports)]
            assert [c.event_id for c in store.canonical_events(**filters)] == want, filters
            assert [c.event_id for c in store.canonical_events(limit=2, **filters)] == want[:2], filters


def test_newest_first_over_a_date_range_keeps_the_order_of_the_whole_list(db):
    with Store(db) as store:
        for doc in CORPUS:
            store.save(doc)
        newest = [e.event_id for e in store.events(sort="newest") if e.event_date]
        assert [e.event_id for e in store.events(sort="newest", since="2000-01-01")] == newest
        newest = [c.event_id for c in store.canonical_events(sort="newest") if c.event_date]
        assert [c.event_id for c in store.canonical_events(sort="newest", since="2000-01-01")] == newest


def _host(url: str | None) -> str | None:
    return url.split("/")[2] if url else None


def test_a_page_of_canonical_events_shows_each_report_as_its_stored_event_and_document_tell_it(db):
    # The page reads a few columns of each report (not its whole row): what it shows must be what the stored
    # report and its document say, earliest report first, with the earliest report's evidence.
    with Store(db) as store:
        for doc in CORPUS:
            store.save(doc)
        second = _doc("r5", "2022-01-06", "a")  # a second outlet's report of r1's clash: one event, two reports
        second.url = "https://outlet-five.example/r5"
        store.save(second)
        by_id = {e.event_id: e for e in store.events()}
        docs = {d.id: d for d in store.documents()}
        page = store.canonical_events()
        assert any(len(c.reports) == 2 for c in page)
        for canonical in page:
            told = [by_id[r["event_id"]] for r in canonical.reports]
            assert [(docs[e.doc_id].published, e.doc_id) for e in told] == \
                sorted((docs[e.doc_id].published, e.doc_id) for e in told)
            assert canonical.reports == [
                {"event_id": e.event_id, "doc_id": e.doc_id, "source": e.source or _host(docs[e.doc_id].url),
                 "url": docs[e.doc_id].url, "published": docs[e.doc_id].published, "event_date": e.event_date,
                 "location": e.location, "actor1": e.actor1, "actor2": e.actor2, "fatalities": e.fatalities,
                 "claim_status": e.claim_status} for e in told]
            assert canonical.evidence == by_id[canonical.event_id].evidence != []
            assert canonical.sources == len(canonical.reports) and "reports_stored" not in canonical.disagreements


def _numbered_docs(first: int, count: int, words: str) -> list[Document]:
    """Made-up documents of 5 events each, event i told as "<words> i at Spot k": the words and "spot" in every
    event, the numbers in few."""
    docs = []
    for d in range(first, first + count):
        body = f"Numbered report {d}."
        doc = Document(id=f"n{d}", text=body, published="2022-06-01", language="en", kept=[(0, len(body))])
        for n in range(5):
            i = d * 5 + n
            doc.events.append(Event(event_id=f"n{d}-{n + 1}", doc_id=doc.id, event_type="Battles",
                                    event_date=f"20{10 + i % 12}-0{1 + i % 9}-1{i % 10}", country="Testland",
                                    admin1="Hama", location=f"Spot {i % 40}", actor1="Northern Falcons Brigade",
                                    notes=f"{words} {i} at Spot {i % 40}.", fatalities=0,
                                    evidence=[Evidence(0, 8, "Numbered", "location")]))
        docs.append(doc)
    return docs


def test_text_search_through_the_rarest_trigrams_finds_what_a_scan_finds(db, monkeypatch):
    # Every event holds "patrol ... spot": the index is read for the rarest trigrams of a term only (SQLite's
    # _fts_query counts them; PostgreSQL's _pg_rare_grams reads the trigram statistics of migration 8, which
    # ANALYZE fills), the exact match then checks the candidates: the same events as a scan, stale statistics
    # or not.
    monkeypatch.setattr(store_module, "KEY_ROWS", 60)  # a trigram in 60 of the 200 events is common
    with Store(db) as store:
        for doc in _numbered_docs(0, 40, "Patrol"):
            store.save(doc)
        with store.engine.begin() as conn:
            conn.execute(text("ANALYZE"))
            if conn.dialect.name == "postgresql":
                assert conn.execute(text("SELECT count(*) FROM pg_statistic_ext WHERE stxname = :name"),
                                    {"name": store_module.TRIGRAM_STATISTICS}).scalar() == 1
                store_module._v8_trigram_statistics(conn)  # again: no error, the same statistics
                assert sorted(store_module._pg_rare_grams(conn, "Spot 1234")) == ["123", "234"]
                assert store_module._pg_rare_grams(conn, "spot") is None  # no more than the pattern's trigrams
            else:
                chosen = store_module._fts_query(conn, "Spot 1234").split(" AND ")
                assert len(chosen) == 3 and all(any(c.isdigit() for c in gram) for gram in chosen)
        for doc in _numbered_docs(40, 4, "Zebra crossing"):  # words the statistics have not seen
            store.save(doc)
        everything = store.events()
        assert len(everything) == 220
        terms = ["Spot 12", "spot 123", "Patrol 123 at Spot", "trol 17", "ol 1", "PATROL 19", "t 3", "Spot 39.",
                 "zebra crossing 21", "ebra crossing 2", "crossing", "atrol 99 at spot 19", "patrol 1234",
                 "spot 12 ", "Spöt 12", "t_3", "l 1%", "n 12"]
        for term in terms:
            want = [e.event_id for e in everything if _report_matches(e, {"query": term.strip()})]
            assert [e.event_id for e in store.events(query=term)] == want, term
        assert [e.event_id for e in store.events(query="Zebra crossing 213")] == ["n42-4"]
