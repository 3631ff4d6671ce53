"""The SQLite store: round trips, idempotent re-ingest, replacement, rejections, filters and migrations."""

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


def test_round_trip_of_documents_events_and_evidence(tmp_path):
    doc = _doc()
    with Store(tmp_path / "w.db") as store:
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


def test_second_ingest_of_the_same_corpus_leaves_counts_unchanged(tmp_path):
    other = "Rockets fell on Saraqib at dawn on Monday; residents said the market was closed and three died."
    corpus = [_doc("d1"), _doc("d2", other, 1), Rejection("feed.jsonl", "invalid JSON", line=3)]
    with Store(tmp_path / "w.db") as store:
        for item in corpus:
            store.save(item)
        first = store.counts()
        for item in corpus:
            store.save(item)
        assert store.counts() == first
    assert first["documents"] == 2 and first["events"] == 3 and first["rejections"] == 1


def test_same_id_with_new_text_replaces_document_and_events(tmp_path):
    with Store(tmp_path / "w.db") as store:
        store.save(_doc("d1", events=2))
        newer = _doc("d1", TEXT.replace("three", "four"), events=1)
        store.save(newer)
        (stored,) = store.documents()
        assert stored.text == newer.text and stored.content_hash == newer.content_hash
        assert [e.event_id for e in store.events()] == ["d1-1"]
        assert store.counts()["evidence"] == 3


def test_same_text_under_a_new_id_is_stored_as_a_duplicate_without_events(tmp_path):
    with Store(tmp_path / "w.db") as store:
        store.save(_doc("d1"))
        store.save(_doc("d9"))
        twin = store.document("d9")
        assert twin.status == SKIPPED and twin.duplicate_of == "d1"
        assert {e.doc_id for e in store.events()} == {"d1"}


def test_near_duplicate_and_linked_event_links_are_stored(tmp_path):
    doc = _doc("d2")
    skipped = Document(id="d3", text="Another outlet's copy.", status=SKIPPED, reason="near-duplicate",
                       duplicate_of="d2")
    # Another outlet's report of the shelling: linked to the earliest report (the in-document twin is one
    # canonical event with them, but stays its document's own report).
    other = _doc("d4", "Kafr Nabl was shelled on Monday and three civilians died, a monitor reported.", 1)
    with Store(tmp_path / "w.db") as store:
        store.save(doc)
        store.save(skipped)
        store.save(other)
        assert store.document("d3").duplicate_of == "d2"
        assert [e.duplicate_of for e in store.events()] == [None, None, "d2-1"]
        assert [e.event_id for e in store.events(include_duplicates=False)] == ["d2-1", "d2-2"]
        (canonical,) = store.canonical_events()
        assert canonical.event_id == "d2-1" and len(canonical.reports) == 3 and canonical.sources == 1


def test_rejections_are_stored_once_and_cleared_when_the_input_is_fixed(tmp_path):
    with Store(tmp_path / "w.db") as store:
        store.rejection(Rejection("feed.jsonl", "invalid JSON", line=1))
        store.rejection(Rejection("feed.jsonl", "invalid JSON", line=1))
        store.rejection(Rejection("other.txt", "empty document"))
        assert store.rejections() == [Rejection("feed.jsonl", "invalid JSON", line=1),
                                      Rejection("other.txt", "empty document")]
        store.save(_doc("d1"))  # origin feed.jsonl:1 now reads cleanly
        assert store.rejections() == [Rejection("other.txt", "empty document")]


def test_event_filters(tmp_path):
    doc = _doc("d1", events=3)
    doc.events[1].event_date, doc.events[1].event_type = "2023-06-10", "Battles"
    doc.events[1].sub_event_type, doc.events[1].actor2 = "Armed clash", "Hayat Tahrir al-Sham"
    doc.events[1].admin1, doc.events[1].location = "Aleppo", "Atarib"
    doc.events[2].event_date, doc.events[2].notes = "--06-12", "A 50% rise_in attacks."
    with Store(tmp_path / "w.db") as store:
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


def test_migrations_are_applied_once(tmp_path):
    path = tmp_path / "w.db"
    with Store(path) as store:
        assert store.version == len(MIGRATIONS) == MIGRATIONS[-1][0]
        store.save(_doc("d1"))
    with Store(path) as store:
        assert store.version == MIGRATIONS[-1][0] and store.counts()["events"] == 2
        assert migrate(store.engine) == []


def test_a_new_migration_runs_once_on_an_existing_database(tmp_path):
    calls = []

    def add_column(conn: Connection) -> None:
        calls.append(1)
        conn.execute(text("ALTER TABLE documents ADD COLUMN extra TEXT"))

    with Store(tmp_path / "w.db") as store:
        upgrade = (*MIGRATIONS, (MIGRATIONS[-1][0] + 1, "documents.extra", add_column))
        assert migrate(store.engine, upgrade) == [MIGRATIONS[-1][0] + 1]
        assert migrate(store.engine, upgrade) == []
        assert calls == [1] and current_version(store.engine) == MIGRATIONS[-1][0] + 1


def test_warnings_of_inputs_that_never_became_documents_are_kept(tmp_path):
    with Store(tmp_path / "w.db") as store:
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


def test_filters_match_values_not_json_and_refuse_blank_or_huge(tmp_path):
    import pytest

    doc = _doc("d1", events=2)
    doc.events[1].assoc_actor_1, doc.events[1].actor1 = ["Protesters (Syria)"], "Rioters (Syria)"
    doc.events[1].country, doc.events[1].fatalities = "Lebanon", 9
    with Store(tmp_path / "w.db") as store:
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
