"""Linking reports placed only by their region, dated only by their publication or by a week or a month, and
the split of linked reports into canonical events, on hand-written reports (rules of data/linking/rules.yaml)."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from warscribe.linking import ELSEWHERE, PLACE, REGION, days_around, linked, rules
from warscribe.model import Document, Event, Evidence
from warscribe.store import Store, canonical_reports

TOWN = dict(event_date="2016-07-27", time_precision=1, event_type="Explosions/Remote violence",
            sub_event_type="Remote explosive/landmine/IED", country="Syria", admin1="Al-Hasakeh",
            location="Qamishli", latitude=37.05, longitude=41.23, geo_precision=1)
PROVINCE = {**TOWN, "location": "Al-Hasakeh", "latitude": 36.50, "longitude": 40.75, "geo_precision": 3}
OTHER_TOWN = {**TOWN, "location": "Ras al-Ayn", "latitude": 36.85, "longitude": 40.07}


def _event(doc: str, n: int = 1, dated: bool = True, **fields) -> Event:
    """A coded report: its trigger's evidence, and its date's when `dated` (else it was dated by its
    publication)."""
    spans = [Evidence(0, 4, "bomb", "event_type")] + ([Evidence(5, 10, "today", "event_date")] if dated else [])
    return Event(event_id=f"{doc}:{n}", doc_id=doc, evidence=spans, **fields)


def _doc(doc_id: str, published: str, *events: dict) -> Document:
    text = f"bomb today in a report of {doc_id}"
    doc = Document(id=doc_id, text=text, published=published, source=f"Outlet {doc_id}", kept=[(0, len(text))])
    doc.events = [_event(doc_id, n, **fields) for n, fields in enumerate(events, 1)]
    return doc


def _canonical(docs: list[Document], path) -> set[tuple[str, ...]]:
    with Store(path) as store:
        store.near_duplicate_threshold = None  # the made-up texts share words; this is about events
        for doc in docs:
            store.save(doc)
        with store.engine.connect() as conn:
            rows = conn.execute(select(canonical_reports.c.canonical_id, canonical_reports.c.event_id)).all()
    out: dict[str, list[str]] = {}
    for canonical_id, event_id in rows:
        out.setdefault(canonical_id, []).append(event_id)
    return {tuple(sorted(ids)) for ids in out.values()}


def test_a_report_placed_only_by_its_region_may_be_the_event_of_a_town_in_it():
    province, town = _event("p", **PROVINCE), _event("t", **TOWN)
    assert rules().region_holds_towns
    assert linked(province, town) == REGION
    assert linked(province, _event("t", **{**TOWN, "admin1": "Ar-Raqqa"})) is None  # another region
    assert linked(province, _event("t", **{**TOWN, "event_date": "2016-07-28"})) is None  # the same day only
    # Of another kind it is another event of that region and day; two towns are never placed together by it.
    assert linked(province, _event("t", **{**TOWN, "sub_event_type": "Armed clash"})) == ELSEWHERE
    assert linked(town, _event("o", **OTHER_TOWN)) is None
    # A locality the gazetteer does not know, spelt alike by two outlets, is one place.
    unknown = {**PROVINCE, "location": "Tall Tawil"}
    assert linked(_event("a", **unknown), _event("b", **{**unknown, "location": "Tal Taweel"})) == PLACE


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_the_province_report_joins_the_one_town_event_whatever_the_order(tmp_path, order):
    docs = [_doc("a", "2016-07-27", TOWN), _doc("b", "2016-07-27", PROVINCE),
            _doc("c", "2016-07-28", {**TOWN, "sub_event_type": "Suicide bomb"})]
    assert _canonical([docs[i] for i in order], tmp_path / "w.db") == {("a:1", "b:1", "c:1")}


def test_the_province_report_joins_no_event_when_two_of_its_region_could_be_it(tmp_path):
    two_towns = [_doc("a", "2016-07-27", TOWN), _doc("b", "2016-07-27", PROVINCE),
                 _doc("c", "2016-07-27", OTHER_TOWN)]
    assert _canonical(two_towns, tmp_path / "a.db") == {("a:1",), ("b:1",), ("c:1",)}
    # a clash that day in the region is another event it might be: still none
    clash = [_doc("a", "2016-07-27", TOWN), _doc("b", "2016-07-27", PROVINCE),
             _doc("c", "2016-07-27", {**OTHER_TOWN, "sub_event_type": "Armed clash", "event_type": "Battles"})]
    assert _canonical(clash, tmp_path / "b.db") == {("a:1",), ("b:1",), ("c:1",)}


def test_a_report_joins_an_event_only_when_it_is_every_report_of_it(tmp_path):
    # an air raid, an attack the same day, and an air raid the next day: the next day's raid is the first
    # raid's (one outlet dates it a day later) but not the attack's, so it is an event of its own.
    raid = {**TOWN, "sub_event_type": "Air/drone strike"}
    docs = [_doc("a", "2016-07-27", raid), _doc("b", "2016-07-27", {**TOWN, "sub_event_type": "Attack"}),
            _doc("c", "2016-07-28", {**raid, "event_date": "2016-07-28"})]
    assert linked(docs[0].events[0], docs[2].events[0]) == PLACE
    assert linked(docs[1].events[0], docs[2].events[0]) is None
    assert _canonical(docs, tmp_path / "w.db") == {("a:1", "b:1"), ("c:1",)}


def test_a_date_means_the_days_its_precision_and_dating_allow():
    strike = _event("a", **TOWN)
    later = {**TOWN, "event_date": "2016-07-29"}
    assert linked(strike, _event("b", **later)) is None  # two days apart
    # dated by its publication two days later: the outlet may run it a day after the day after
    assert rules().publication_lag_days == 1
    assert linked(strike, _event("b", dated=False, **later)) == PLACE
    assert linked(strike, _event("b", dated=False, **{**TOWN, "event_date": "2016-07-30"})) is None
    # "in July" and "last week" cover their month and week
    assert linked(strike, _event("b", **{**TOWN, "event_date": "2016-07-01", "time_precision": 3})) == PLACE
    assert linked(strike, _event("b", **{**TOWN, "event_date": "2016-08-01", "time_precision": 3})) is None
    assert linked(strike, _event("b", **{**TOWN, "event_date": "2016-07-25", "time_precision": 2})) == PLACE
    assert linked(strike, _event("b", **{**TOWN, "event_date": "2016-07-18", "time_precision": 2})) is None
    # A week or a publication that holds the other's day may be that day: kinds compare as on one day (shelling
    # and a blast are one group), not as a day apart; a month is too loose for that.
    shelled = {**TOWN, "sub_event_type": "Shelling/artillery/missile attack"}
    assert linked(strike, _event("b", **{**shelled, "event_date": "2016-07-25", "time_precision": 2})) == PLACE
    assert linked(strike, _event("b", dated=False, **{**shelled, "event_date": "2016-07-28"})) == PLACE
    assert linked(strike, _event("b", **{**shelled, "event_date": "2016-07-28"})) is None
    assert linked(strike, _event("b", **{**shelled, "event_date": "2016-07-01", "time_precision": 3})) is None


def test_every_report_a_report_may_be_linked_with_is_in_its_block():
    """Blocking must find both ends of every link, or the canonical events would depend on the order of ingest:
    the dates a report searches hold every linked report's, and a link by region is of the same day (the
    region block)."""
    start = date(2016, 2, 20)
    variants = []
    for offset, precision, dated, place in itertools.product(range(0, 16, 3), (1, 2, 3), (True, False),
                                                            (TOWN, PROVINCE, {**PROVINCE, "location": "Tal Tawil"})):
        value = (start + timedelta(days=offset)).isoformat()
        if precision == 3:
            value = value[:8] + "01"
        variants.append(_event(f"d{len(variants)}", dated=dated, **{**place, "event_date": value,
                                                                   "time_precision": precision}))
    found = set()
    for a, b in itertools.permutations(variants, 2):
        how = linked(a, b)
        if how is not None:
            found.add(how)
            assert b.event_date in days_around(a), (a.event_date, b.event_date)
            assert how in (PLACE,) or a.event_date == b.event_date
    assert found == {PLACE, REGION}


def _compared_with_every_earlier_report(events: list[Event]) -> list[str | None]:
    """What EventLinker gives, the long way: each event against every remembered report of the days it may
    reach, in order, until one tells the same event."""
    from warscribe.linking import same_event

    remembered: dict[str, list[Event]] = {}
    out = []
    for ev in events:
        if not ev.event_date:
            out.append(None)
            continue
        first = next((seen for d in days_around(ev) or [ev.event_date] for seen in remembered.get(d, [])
                      if same_event(seen, ev)), None)
        if first is not None:
            out.append(first.duplicate_of or first.event_id)
            continue
        remembered.setdefault(ev.event_date, []).append(ev)
        out.append(None)
    return out


def test_linker_skips_only_reports_that_cannot_be_the_event() -> None:
    import random

    from warscribe.linking import EventLinker
    from warscribe.model import Evidence

    rng = random.Random(7)
    places = [("SY", "Idlib", "Saraqib", 35.86, 36.8), ("SY", "Idlib", None, None, None),
              ("SY", "Aleppo", "Aleppo", 36.2, 37.16), ("IQ", "Nineveh", "Mosul", 36.34, 43.13), (None, None, None,
                                                                                                 None, None)]
    subs = ["Armed clash", "Shelling/artillery/missile attack", "Air/drone strike", "Attack"]
    events = []
    for n in range(400):
        country, admin1, location, lat, lon = rng.choice(places)
        precision = rng.choice([1, 1, 1, 2, 3])
        date_ = rng.choice([f"2021-05-{rng.randint(1, 12):02d}", "--05-03", None])
        evidence = [Evidence(0, 4, "text", rng.choice(["event_date", "location"]))] if rng.random() < 0.8 else []
        events.append(Event(event_id=f"e{n}", doc_id=f"d{n // 2}", event_date=date_, time_precision=precision,
                            sub_event_type=rng.choice(subs), country=country, admin1=admin1,
                            location=location or admin1 or country, latitude=lat, longitude=lon,
                            geo_precision=1 if location else 3, evidence=evidence))
    expected = _compared_with_every_earlier_report(events)
    assert sum(x is not None for x in expected) > 50  # enough links to compare
    linker = EventLinker()
    for n in range(0, len(events), 2):
        linker.link(events[n:n + 2])
    assert [ev.duplicate_of for ev in events] == expected


def test_the_block_of_an_old_report_is_read_part_by_part_as_one_or_query_reads_it(db):
    # A report replaced or dropped: the reports that shared its block (the same place key, a neighbouring cell,
    # its day for a region) are read with one query a part; the same reports as the OR of the parts.
    from sqlalchemy import and_, or_, true

    from warscribe.canonical import _block_members, _cells_around
    from warscribe.linking import day, days_around_date

    near = {**OTHER_TOWN, "location": "Amuda", "latitude": 37.10, "longitude": 41.20}  # Qamishli's cell or next
    unplaced = {**PROVINCE, "location": "Tall Tawil", "latitude": None, "longitude": None}
    docs = [_doc("t", "2016-07-28", TOWN), _doc("p", "2016-07-28", PROVINCE), _doc("o", "2016-07-28", OTHER_TOWN),
            _doc("n", "2016-07-29", near), _doc("u", "2016-07-29", unplaced),
            _doc("l", "2016-07-30", TOWN, {**unplaced, "location": "Tall Hamis"}),
            _doc("x", "2016-07-28", {**TOWN, "country": "Iraq"}), _doc("z", "2016-07-28", {**TOWN, "country": None})]
    r = canonical_reports.c
    with Store(db) as store:
        store.near_duplicate_threshold = None
        for doc in docs:
            store.save(doc)
        with store.engine.connect() as conn:
            rows = conn.execute(select(canonical_reports)).mappings().all()
            assert len(rows) == 9
            blocks = {}
            for row in rows:
                here = [r.location == row["location"]] if row["location"] is not None else []
                if row["cell"] is not None:
                    here.append(r.cell.in_(_cells_around(row["cell"])))
                if day(row["event_date"]) is not None:
                    here.append(and_(r.event_date == row["event_date"],
                                     r.cell.is_(None) if row["cell"] is not None else true()))
                ored = set(conn.execute(select(r.event_id).where(
                    r.event_date.in_(days_around_date(row["event_date"])), r.country == row["country"],
                    or_(*here))).scalars())
                blocks[row["event_id"]] = _block_members(conn, [row])
                assert blocks[row["event_id"]] == ored, row["event_id"]
    # Each part counts: Amuda by its cell, the unplaced province report by its day, not Iraq's nor a countryless.
    assert {"n:1", "u:1", "l:2", "p:1"} <= blocks["t:1"] and not {"x:1", "z:1", "o:1"} & blocks["t:1"]
    assert blocks["z:1"] == {"z:1"}
