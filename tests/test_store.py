"""The store, on SQLite and PostgreSQL: round trips, idempotent re-ingest, replacement, filters, migrations."""

from __future__ import annotations

import sqlite3

from sqlalchemy import Connection, text

from warscribe.model import SKIPPED, Document, Event, Evidence, Rejection, Result
from warscribe.store import MIGRATIONS, Store, current_version, migrate

TEXT = "Heavy shelling hit Kafr Nabl on Monday, killing three civilians.\r\nA\u00a0“local” source said so."


def _event(doc: Document, n: int, **fields) -> Event:
    ev = Event(event_id=f"{doc.id}-{n}", doc_id=doc.id, event_date="2023-05-01", time_precision=1,
               event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
               actor1="Military Forces of Syria (2000-2024)", actor2="Civilians (Syria)",
               assoc_actor_1=["Wagner Group"], inter1=1, inter2=7, interaction=17, country="Syria",
               admin1="Idlib", admin2="Maarrat an Nu'man", location="Kafr Nabl", latitude=35.6134,
               longitude=36.5613, geo_precision=1, fatalities=3, attributed_to=["a local source"],
               source="Outlet", notes="Shelling killed three civilians.")
    for key, value in fields.items():
        setattr(ev, key, value)
    ev.evidence = [Evidence.of(doc.text, 0, 14, "event_type"), Evidence.of(doc.text, 19, 28, "location"),
                   Evidence.of(doc.text, 66, 76, "attributed_to")]
    return ev


def _doc(doc_id: str = "d1", body: str = TEXT, events: int = 2) -> Document:
    doc = Document(id=doc_id, text=body, title="Shelling", published="2023-05-02", source="Outlet",
                   language="en", origin=f"feed.jsonl:{doc_id[-1]}", kept=[(0, 64), (66, len(body))])
    doc.events = [_event(doc, n) for n in range(1, events + 1)]
    return doc


def test_round_trip_of_documents_events_and_evidence(db):
    doc = _doc()
    with Store(db) as store:
        store.save(Result(document=doc, warnings=["feed.jsonl:1: invalid UTF-8 bytes replaced"]))
        (stored,) = store.documents()
        events = store.events()
        counts = store.counts()
    assert stored.to_dict() == doc.to_dict() and stored.origin == doc.origin
    assert [e.to_dict() for e in events] == [e.to_dict() for e in doc.events]
    for ev in events:
        assert all(stored.text[s.start:s.end] == s.text for s in ev.evidence)
    assert counts["documents"] == 1 and counts["events"] == 2 and counts["evidence"] == 6
    assert counts["warnings"] == 1 and counts["documents_processed"] == 1


def test_sqlite_runs_in_wal_mode(tmp_path):
    Store(tmp_path / "w.db").close()
    with sqlite3.connect(tmp_path / "w.db") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_second_ingest_of_the_same_corpus_leaves_counts_unchanged(db):
    other = "Rockets fell on Saraqib at dawn on Monday; residents said the market was closed and three died."
    corpus = [_doc("d1"), _doc("d2", other, 1), Rejection("feed.jsonl", "invalid JSON", line=3)]
    with Store(db) as store:
        for item in corpus:
            store.save(item)
        first = store.counts()
        for item in corpus:
            store.save(item)
        assert store.counts() == first
    assert first["documents"] == 2 and first["events"] == 3 and first["rejections"] == 1


def test_same_id_with_new_text_replaces_document_and_events(db):
    with Store(db) as store:
        store.save(_doc("d1", events=2))
        newer = _doc("d1", TEXT.replace("three", "four"), events=1)
        store.save(newer)
        (stored,) = store.documents()
        assert stored.text == newer.text and stored.content_hash == newer.content_hash
        assert [e.event_id for e in store.events()] == ["d1-1"]
        assert store.counts()["evidence"] == 3


def test_same_text_under_a_new_id_is_stored_as_a_duplicate_without_events(db):
    with Store(db) as store:
        store.save(_doc("d1"))
        store.save(_doc("d9"))
        twin = store.document("d9")
        assert twin.status == SKIPPED and twin.duplicate_of == "d1"
        assert {e.doc_id for e in store.events()} == {"d1"}


def test_near_duplicate_and_linked_event_links_are_stored(db):
    doc = _doc("d2")
    skipped = Document(id="d3", text="Another outlet's copy.", status=SKIPPED, reason="near-duplicate",
                       duplicate_of="d2")
    # Another outlet's report of the shelling: linked to the earliest report (the in-document twin is one
    # canonical event with them, but stays its document's own report).
    other = _doc("d4", "Kafr Nabl was shelled on Monday and three civilians died, a monitor reported.", 1)
    with Store(db) as store:
        store.save(doc)
        store.save(skipped)
        store.save(other)
        assert store.document("d3").duplicate_of == "d2"
        assert [e.duplicate_of for e in store.events()] == [None, None, "d2-1"]
        assert [e.event_id for e in store.events(include_duplicates=False)] == ["d2-1", "d2-2"]
        (canonical,) = store.canonical_events()
        assert canonical.event_id == "d2-1" and len(canonical.reports) == 3 and canonical.sources == 1


def test_rejections_are_stored_once_and_cleared_when_the_input_is_fixed(db):
    with Store(db) as store:
        store.rejection(Rejection("feed.jsonl", "invalid JSON", line=1))
        store.rejection(Rejection("feed.jsonl", "invalid JSON", line=1))
        store.rejection(Rejection("other.txt", "empty document"))
        assert store.rejections() == [Rejection("feed.jsonl", "invalid JSON", line=1),
                                      Rejection("other.txt", "empty document")]
        store.save(_doc("d1"))  # origin feed.jsonl:1 now reads cleanly
        assert store.rejections() == [Rejection("other.txt", "empty document")]


def test_event_filters(db):
    doc = _doc("d1", events=3)
    doc.events[1].event_date, doc.events[1].event_type = "2023-06-10", "Battles"
    doc.events[1].sub_event_type, doc.events[1].actor2 = "Armed clash", "Hayat Tahrir al-Sham"
    doc.events[1].admin1, doc.events[1].location = "Aleppo", "Atarib"
    doc.events[2].event_date, doc.events[2].notes = "--06-12", "A 50% rise_in attacks."
    with Store(db) as store:
        store.save(doc)

        def ids(**filters):
            return [e.event_id for e in store.events(**filters)]

        assert ids() == ["d1-1", "d1-2", "d1-3"]
        assert ids(since="2023-06-01") == ["d1-2"]
        assert ids(until="2023-05-31") == ["d1-1"]
        assert ids(event_type="battles") == ids(event_type="ARMED CLASH") == ["d1-2"]
        assert ids(actor="tahrir") == ["d1-2"]
        assert ids(actor="wagner") == ["d1-1", "d1-2", "d1-3"]
        assert ids(admin1="aleppo") == ["d1-2"]
        assert ids(admin1="Alep") == []
        assert ids(query="atarib") == ["d1-2"]
        assert ids(query="50%") == ["d1-3"] and ids(query="0_r") == []
        assert ids(doc_id="nope") == []


def test_migrations_are_applied_once(db):
    path = db
    with Store(path) as store:
        assert store.version == MIGRATIONS[-1][0]
        store.save(_doc("d1"))
    with Store(path) as store:
        assert store.version == MIGRATIONS[-1][0] and store.counts()["events"] == 2
        assert migrate(store.engine) == []


def test_a_new_migration_runs_once_on_an_existing_database(db):
    calls = []

    def add_column(conn: Connection) -> None:
        calls.append(1)
        conn.execute(text("ALTER TABLE documents ADD COLUMN extra TEXT"))

    with Store(db) as store:
        upgrade = (*MIGRATIONS, (MIGRATIONS[-1][0] + 1, "documents.extra", add_column))
        assert migrate(store.engine, upgrade) == [MIGRATIONS[-1][0] + 1]
        assert migrate(store.engine, upgrade) == []
        assert calls == [1] and current_version(store.engine) == MIGRATIONS[-1][0] + 1


def test_warnings_of_inputs_that_never_became_documents_are_kept(db):
    with Store(db) as store:
        result = Result(rejection=Rejection("in.jsonl", "invalid JSON", line=4),
                        warnings=["in.jsonl:4: invalid UTF-8 bytes replaced with U+FFFD"])
        store.save(result)
        store.save(result)
        assert (store.counts()["warnings"], store.counts()["rejections"]) == (1, 1)


# --- concurrency, foreign and newer databases, read-only use ----------------------------------------------

def _open_and_save(path: str, doc_id: str, barrier) -> None:
    barrier.wait()
    with Store(path) as store:
        store.save(_doc(doc_id))


def test_two_processes_creating_one_new_database_both_succeed_50_times(tmp_path):
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    failures = 0
    for trial in range(50):
        path = str(tmp_path / f"t{trial}.db")
        barrier = ctx.Barrier(2)
        procs = [ctx.Process(target=_open_and_save, args=(path, f"d{n}", barrier)) for n in (1, 2)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(60)
        failures += sum(p.exitcode != 0 for p in procs)
        with Store(path, read_only=True) as store:
            failures += store.counts()["documents"] != 2
    assert failures == 0


def test_a_writer_waits_for_another_programs_lock_and_retries(tmp_path, monkeypatch):
    import threading

    from warscribe import store as store_module

    path = tmp_path / "w.db"
    Store(path).close()
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_S", 0.3)
    holder = sqlite3.connect(path, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO warnings (doc_id, message, seen_at) VALUES ('x', 'held', 'now')")
    threading.Timer(1.0, holder.commit).start()  # the lock outlasts several busy timeouts
    with Store(path) as store:
        store.save(_doc("d1"))
        assert store.counts()["documents"] == 1 and store.counts()["warnings"] == 1
    holder.close()


def test_foreign_and_newer_databases_are_refused_and_left_untouched(tmp_path):
    import pytest

    from warscribe.store import StoreError

    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (x)")
    before = foreign.read_bytes()
    for read_only in (True, False):
        with pytest.raises(StoreError, match="not a warscribe database"):
            Store(foreign, read_only=read_only)
    assert foreign.read_bytes() == before
    newer = tmp_path / "newer.db"
    with Store(newer) as store, store.engine.begin() as conn:
        conn.execute(text("INSERT INTO schema_version VALUES (99, 'from the future', 'now')"))
    for read_only in (True, False):
        with pytest.raises(StoreError, match="newer than this warscribe"):
            Store(newer, read_only=read_only)
    garbage = tmp_path / "text.db"
    garbage.write_text("not sqlite")
    with pytest.raises(StoreError, match="cannot use"):
        Store(garbage, read_only=True)


def test_read_only_store_writes_nothing(tmp_path):
    path = tmp_path / "w.db"
    with Store(path) as store:
        store.save(_doc("d1"))
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    stamp = {p.name: (p.stat().st_mtime_ns, p.stat().st_size) for p in tmp_path.iterdir()}
    with Store(path, read_only=True) as store:
        assert len(store.events()) == 2
        try:
            store.save(_doc("d2"))
            raise AssertionError("a read-only store accepted a write")
        except Exception as exc:
            assert "readonly" in str(exc).lower() or "read-only" in str(exc).lower()
    assert {p.name: (p.stat().st_mtime_ns, p.stat().st_size) for p in tmp_path.iterdir()
            if p.name in stamp and p.suffix == ".db"} == {k: v for k, v in stamp.items() if k.endswith(".db")}


def test_filters_match_values_not_json_and_refuse_blank_or_huge(db):
    import pytest

    doc = _doc("d1", events=2)
    doc.events[1].assoc_actor_1, doc.events[1].actor1 = ["Protesters (Syria)"], "Rioters (Syria)"
    doc.events[1].country, doc.events[1].fatalities = "Lebanon", 9
    with Store(db) as store:
        store.save(doc)

        def ids(**filters):
            return [e.event_id for e in store.events(**filters)]

        assert ids(actor="[") == ids(query='"') == ids(actor=", ") == []
        assert ids(actor=["wagner", "protesters"]) == ["d1-1", "d1-2"]  # repeated values: any of them
        assert ids(event_type=["Battles", "shelling/artillery/missile attack"]) == ["d1-1", "d1-2"]
        assert ids(country=["lebanon"]) == ["d1-2"] and ids(location="kafr nabl", limit=1) == ["d1-1"]
        assert ids(sort="fatalities") == ["d1-2", "d1-1"] and ids(sort="id", limit=1) == ["d1-1"]
        for bad in ("   ", "x" * 50_001):
            with pytest.raises(ValueError):
                store.events(actor=bad)


# --- both back-ends: concurrent writers, URLs; PostgreSQL: new databases, foreign and read-only ones --------

def _save_all(url: str, ids: list[str], barrier) -> None:
    barrier.wait()
    with Store(url) as store:
        # About replacing documents concurrently: each has its own text, and near-duplicate checks are off
        # (copies of one text are kept once, whichever process stores them).
        store.near_duplicate_threshold = None
        for doc_id in ids:
            store.save(_doc(doc_id, f"{TEXT} Dispatch {doc_id}.", events=2))


def _run_together(target, args_of: list[tuple]) -> list[int | None]:
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(len(args_of))
    procs = [ctx.Process(target=target, args=(*args, barrier)) for args in args_of]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    return [p.exitcode for p in procs]


def test_concurrent_writers_replacing_the_same_documents_leave_one_copy_each(db):
    ids = [f"d{n}" for n in range(8)]
    # Three processes open the new store at once (the schema is created once) and replace the same documents.
    assert _run_together(_save_all, [(db, ids), (db, ids[::-1]), (db, ids)]) == [0, 0, 0]
    with Store(db, read_only=True) as store:
        counts = store.counts()
        assert (counts["documents"], counts["events"], counts["evidence"]) == (8, 16, 48)
        assert sorted(e.event_id for e in store.events()) == sorted(f"{i}-{n}" for i in ids for n in (1, 2))


def test_postgres_processes_creating_one_new_database_all_succeed(pg_admin_url):
    from store_backends import pg_database

    for trial in range(5):
        with pg_database(pg_admin_url) as url:
            assert _run_together(_save_all, [(url, [f"a{trial}"]), (url, [f"b{trial}"]),
                                             (url, [f"c{trial}"])]) == [0, 0, 0]
            with Store(url, read_only=True) as store:
                assert store.counts()["documents"] == 3 and store.version == MIGRATIONS[-1][0]


def test_postgres_foreign_newer_and_read_only_databases(pg_url):
    import pytest
    from sqlalchemy import create_engine

    from warscribe.store import StoreError

    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE notes (x integer)"))
    with pytest.raises(StoreError, match="not a warscribe database"):
        Store(pg_url)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE notes"))
    with pytest.raises(StoreError, match="holds no warscribe tables"):
        Store(pg_url, read_only=True)
    with Store(pg_url) as store:
        store.save(_doc("d1"))
    with Store(pg_url, read_only=True) as store:
        assert len(store.events()) == 2
        with pytest.raises(Exception, match="read-only"):
            store.save(_doc("d2"))
    with Store(pg_url) as store:
        assert store.counts()["documents"] == 1
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO schema_version VALUES (99, 'from the future', 'now')"))
    with pytest.raises(StoreError, match="newer than this warscribe"):
        Store(pg_url)
    engine.dispose()


def test_a_bare_postgresql_url_uses_psycopg_3_and_sqlite_urls_are_files(tmp_path):
    from warscribe.store import database_url, display_db, sqlite_path

    assert database_url("postgresql://u:pw@h/db") == "postgresql+psycopg://u:pw@h/db"
    assert database_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert display_db("postgresql://u:secret@h/db") == "postgresql+psycopg://u:***@h/db"
    assert sqlite_path(f"sqlite:///{tmp_path}/w.db") == f"{tmp_path}/w.db" and sqlite_path("x/w.db") == "x/w.db"
    assert sqlite_path("postgresql://h/db") is None
    with Store(f"sqlite:///{tmp_path}/w.db") as store:
        store.save(_doc("d1"))
    with sqlite3.connect(tmp_path / "w.db") as conn:  # a real SQLite file, in WAL mode like a path
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_migration_skipped_by_a_higher_one_is_still_applied(db):
    # Branches merged late: a database already at 4 (and 2) still gets 3 once the code knows it.
    calls = []
    with Store(db) as store:
        top = MIGRATIONS[-1][0]
        gap = (*MIGRATIONS, (top + 2, "later", lambda conn: calls.append("later")))
        assert migrate(store.engine, gap) == [top + 2]
        filled = (*gap, (top + 1, "merged in", lambda conn: calls.append("merged")))
        assert migrate(store.engine, filled) == [top + 1] and migrate(store.engine, filled) == []
        assert calls == ["later", "merged"]


def test_the_search_index_finds_what_a_scan_finds_and_follows_changes(db):
    from warscribe.store import events as events_table
    from warscribe.store import has_search_index

    doc = _doc("d1", events=3)
    doc.events[0].notes, doc.events[1].assoc_actor_2 = "Shelling hit Dāraya’s «market».", ["Quote \"Q\" Brigade"]
    doc.events[2].actor1, doc.events[2].location = "ÉLITE Unit", "Kafr_Nabl 100%"
    with Store(db) as store:
        store.save(doc)
        with store.engine.connect() as conn:
            assert has_search_index(conn)

        def ids(**filters):
            return [e.event_id for e in store.events(**filters)]

        assert ids(query="DāRAYA’S «M") == ["d1-1"] and ids(query="raya’") == ["d1-1"]
        assert ids(actor='quote "q"') == ["d1-2"] and ids(actor="brigade") == ["d1-2"]
        assert ids(query="r_nabl 100%") == ["d1-3"] and ids(query="rxnabl") == [] and ids(query="l 100") == ["d1-3"]
        assert ids(query="wagner") == ["d1-1", "d1-2", "d1-3"] and ids(query="ag") == ["d1-1", "d1-2", "d1-3"]
        with store.engine.begin() as conn:  # rows changed in place are found by their new text only
            conn.execute(events_table.update().where(events_table.c.event_id == "d1-2").values(notes="Newly told."))
        assert ids(query="newly told") == ["d1-2"] and ids(query="shelling killed") == ["d1-3"]
        store.save(_doc("d1", events=1))  # replaced: the old rows leave the index
        assert ids(query="raya’") == [] and ids(query="newly") == [] and ids(query="shelling killed") == ["d1-1"]
