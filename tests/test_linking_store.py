"""Canonical events in the store, on hand-written reports: linking that does not depend on the order or the split
of the runs, stable ids from the earliest report, re-linking, replaced documents, the merged event's sources and
disagreements, near-duplicate documents across runs, and the migration of an older store."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import select, text

from warscribe.canonical import CanonicalEvent
from warscribe.linking import same_event
from warscribe.model import SKIPPED, Document, Event, Evidence
from warscribe.store import Store, _engine, canonical_reports, current_version, migrate

STRIKE = dict(event_date="2022-03-14", time_precision=1, event_type="Explosions/Remote violence",
              sub_event_type="Air/drone strike", actor1="Military Forces of Russia (2000-)",
              actor2="Civilians (Syria)", country="Syria", admin1="Idlib", location="Ariha", latitude=35.81,
              longitude=36.61, geo_precision=1)


def _doc(doc_id: str, published: str, outlet: str, text: str, *events: dict) -> Document:
    site = outlet.lower().replace(" ", "-")
    doc = Document(id=doc_id, text=text, published=published, source=outlet, url=f"https://{site}.example/{doc_id}",
                   kept=[(0, len(text))])
    # Each report dated by its text (one dated by its publication only may be of the day before).
    doc.events = [Event(event_id=f"{doc_id}:{n}", doc_id=doc_id, source=outlet, notes=f"report {doc_id}:{n}",
                        evidence=[Evidence.of(text, 0, 5, "event_type"), Evidence.of(text, 6, 10, "event_date")],
                        **fields)
                  for n, fields in enumerate(events, 1)]
    return doc


def _corpus() -> list[Document]:
    """Three outlets tell one strike on Ariha (8, 11 and no dead; one disputes it); a shelling of Ariha the same
    day, a strike on Ariha the day after and a strike on Saraqib the same day are other events."""
    return [
        _doc("b-2", "2022-03-15", "Outlet B", "Warplanes hit Ariha at dawn, eleven were killed.",
             {**STRIKE, "fatalities": 11}),
        _doc("a-1", "2022-03-14", "Outlet A", "Eight people died in an air raid on Ariha on Monday.",
             {**STRIKE, "fatalities": 8}),
        _doc("c-3", "2022-03-16", "Outlet C", "The ministry denied that its jets struck Ariha on Monday.",
             {**STRIKE, "fatalities": 0, "claim_status": "disputed", "actor1": None},
             {**STRIKE, "sub_event_type": "Shelling/artillery/missile attack"}),
        _doc("d-4", "2022-03-16", "Outlet D", "A new raid hit Ariha on Tuesday morning; the market burned.",
             {**STRIKE, "event_date": "2022-03-15", "sub_event_type": "Looting/property destruction"}),
        _doc("e-5", "2022-03-15", "Outlet E", "Jets also struck Saraqib, far to the east of the town of Ariha.",
             {**STRIKE, "location": "Saraqib", "latitude": 35.86, "longitude": 36.80}),
    ]


def _canonical(store: Store) -> dict[str, tuple[str, ...]]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(canonical_reports.c.canonical_id, canonical_reports.c.event_id)).all()
    out: dict[str, list[str]] = {}
    for canonical_id, event_id in rows:
        out.setdefault(canonical_id, []).append(event_id)
    return {cid: tuple(sorted(ids)) for cid, ids in out.items()}


def _stored(tmp_path, docs: list[Document], name: str = "w.db") -> Store:
    store = Store(tmp_path / name)
    store.near_duplicate_threshold = None  # these short made-up texts share words; this test is about events
    for doc in docs:
        store.save(doc)
    return store


def test_one_strike_told_by_three_outlets_is_one_event_with_its_disagreements(tmp_path):
    with _stored(tmp_path, _corpus()) as store:
        assert _canonical(store) == {"a-1:1": ("a-1:1", "b-2:1", "c-3:1"), "c-3:2": ("c-3:2",),
                                     "d-4:1": ("d-4:1",), "e-5:1": ("e-5:1",)}
        strike = next(ev for ev in store.canonical_events() if ev.event_id == "a-1:1")
        assert isinstance(strike, CanonicalEvent)
        assert strike.source == "Outlet A; Outlet B; Outlet C" and strike.sources == 3
        assert strike.fatalities == 8  # the lowest figure a report gives; "no dead told" is not a figure
        assert strike.claim_status == "disputed" and strike.actor1 == "Military Forces of Russia (2000-)"
        told = strike.disagreements
        assert told["fatalities"]["reports"] == {"a-1:1": 8, "b-2:1": 11, "c-3:1": 0}
        assert told["fatalities"]["chosen"] == 8
        assert told["claim_status"] == {"a-1:1": "reported", "b-2:1": "reported", "c-3:1": "disputed"}
        assert "actor1" not in told  # a report that names no perpetrator does not disagree on it
        assert [r["url"] for r in strike.reports] == ["https://outlet-a.example/a-1", "https://outlet-b.example/b-2",
                                                      "https://outlet-c.example/c-3"]
        # the reports point at the earliest one; --reports still lists each
        assert {e.event_id: e.duplicate_of for e in store.events()}["b-2:1"] == "a-1:1"
        assert len(store.events(include_duplicates=False)) == 4


@pytest.mark.parametrize("order", list(itertools.permutations(range(5)))[::17])
def test_canonical_events_do_not_depend_on_the_order_of_ingest(tmp_path, order):
    docs = _corpus()
    with _stored(tmp_path, docs, "a.db") as first, _stored(tmp_path, [docs[i] for i in order], "b.db") as other:
        assert _canonical(other) == _canonical(first)
        assert [e.to_dict() for e in other.canonical_events()] == [e.to_dict() for e in first.canonical_events()]


def test_relinking_changes_nothing(tmp_path):
    with _stored(tmp_path, _corpus()) as store:
        before = [e.to_dict() for e in store.canonical_events()]
        found = store.relink()
        assert found == {"canonical_events": 4, "canonical_linked": 1}
        assert [e.to_dict() for e in store.canonical_events()] == before
        assert store.relink() == found


def test_a_replaced_or_dropped_report_leaves_its_event_and_ids_follow_the_earliest(tmp_path):
    with _stored(tmp_path, _corpus()) as store:
        # Outlet A's article is corrected: its strike is now on Saraqib; the event keeps B's and C's reports,
        # under B's id (the earliest left), and A's report joins the Saraqib strike.
        moved = _doc("a-1", "2022-03-14", "Outlet A", "Eight people died in an air raid on Saraqib.",
                     {**STRIKE, "location": "Saraqib", "latitude": 35.86, "longitude": 36.80, "fatalities": 8})
        store.save(moved)
        assert _canonical(store) == {"b-2:1": ("b-2:1", "c-3:1"), "a-1:1": ("a-1:1", "e-5:1"),
                                     "c-3:2": ("c-3:2",), "d-4:1": ("d-4:1",)}
        assert {e.event_id: e.duplicate_of for e in store.events()}["c-3:1"] == "b-2:1"
        # A document that becomes a near-duplicate of another loses its reports
        store.save(Document(id="b-2", text="A copy.", status=SKIPPED, reason="near-duplicate", duplicate_of="x"))
        assert _canonical(store)["c-3:1"] == ("c-3:1",)


def test_same_event_rules_come_from_the_data_file():
    a = Event(event_id="x:1", doc_id="x", **STRIKE)
    assert same_event(a, Event(event_id="y:1", doc_id="y", **{**STRIKE, "sub_event_type": "Chemical weapon"}))
    assert not same_event(a, Event(event_id="y:1", doc_id="y",
                                   **{**STRIKE, "sub_event_type": "Shelling/artillery/missile attack"}))
    assert same_event(a, Event(event_id="y:1", doc_id="y", **{**STRIKE, "event_date": "2022-03-15"}))
    assert not same_event(a, Event(event_id="y:1", doc_id="y", **{**STRIKE, "event_date": "2022-03-16"}))
    # the same town under another spelling; a region named by both, the same day but not the next
    assert same_event(a, Event(event_id="y:1", doc_id="y", **{**STRIKE, "location": "al-Ariha", "latitude": None}))
    region = {**STRIKE, "location": "Idlib", "admin1": "Idlib", "geo_precision": 3}
    assert same_event(Event(doc_id="x", **region), Event(doc_id="y", **region))
    assert not same_event(Event(doc_id="x", **region), Event(doc_id="y", **{**region, "event_date": "2022-03-15"}))
    assert not same_event(a, Event(doc_id="x", **STRIKE))  # one document's two events: only when asked
    assert same_event(a, Event(doc_id="x", **STRIKE), same_document=True)
    assert not same_event(a, Event(doc_id="x", **{**STRIKE, "event_date": "2022-03-15"}), same_document=True)


def test_near_duplicate_documents_are_found_across_runs(tmp_path):
    text_ = ("Syrian state television said rockets fell on the Mahatta district of Aleppo on Sunday evening, "
             "killing three people and wounding nine, and blamed armed groups in the western countryside. "
             "Residents said the shells hit a bakery and two houses near the old railway station, and that "
             "ambulances took the wounded to the university hospital before the road was closed by police.")

    def copies() -> tuple[Document, Document]:
        later = text_.replace("nine", "eleven")
        return (Document(id="n-1", text=text_, published="2022-01-09", kept=[(0, len(text_))]),
                Document(id="n-2", text=later, published="2022-01-10", kept=[(0, len(later))]))

    with Store(tmp_path / "a.db") as store:  # the later copy comes in a later run: it is the duplicate
        early, late = copies()
        store.save(early)
        store.save(late)
        assert store.document("n-2").status == SKIPPED and store.document("n-2").duplicate_of == "n-1"
    with Store(tmp_path / "b.db") as store:  # the earlier copy comes later: it supersedes the stored one
        early, late = copies()
        store.save(late)
        store.save(early)
        assert store.document("n-2").status == SKIPPED and store.document("n-2").duplicate_of == "n-1"
        assert store.document("n-1").status == "processed"


def test_a_store_of_version_2_is_linked_when_migrated(tmp_path):
    with _stored(tmp_path, _corpus()) as store:
        expected = [e.to_dict() for e in store.canonical_events()]
    # The same store as version 2 wrote it: no canonical tables, no version 3.
    engine = _engine(tmp_path / "w.db", False)
    with engine.begin() as conn:
        for name in ("canonical_events", "canonical_reports", "document_signatures", "signature_bands"):
            conn.execute(text(f"DROP TABLE {name}"))
        conn.execute(text("DELETE FROM schema_version WHERE version >= 3"))
    assert current_version(engine) == 2
    assert 3 in migrate(engine)
    engine.dispose()
    with Store(tmp_path / "w.db", read_only=True) as store:
        assert [e.to_dict() for e in store.canonical_events()] == expected


def test_the_same_text_under_two_ids_keeps_the_preferred_copy_whatever_comes_first(tmp_path):
    text_ = "Warplanes hit Ariha at dawn, eleven were killed."
    for name, order in (("a.db", ("late", "early")), ("b.db", ("early", "late"))):
        copies = {"early": _doc("x-1", "2022-03-14", "Outlet X", text_, {**STRIKE, "fatalities": 11}),
                  "late": _doc("x-0", "2022-03-15", "Outlet X", text_, {**STRIKE, "fatalities": 11})}
        with _stored(tmp_path, [copies[k] for k in order], name) as store:
            assert store.document("x-0").status == SKIPPED and store.document("x-0").duplicate_of == "x-1"
            assert _canonical(store) == {"x-1:1": ("x-1:1",)}
