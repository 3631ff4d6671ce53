"""Date expressions: finding, resolving against publication, and the time stage (incl. two-day splits)."""

from __future__ import annotations

from datetime import date

import pytest

from places_support import make_doc
from warscribe.config import Context
from warscribe.stages.time import TimeStage
from warscribe.timex import find_dates, parse_published, resolve

PUB = date(2021, 3, 10)  # a Wednesday


def values(text: str, published: date | None = PUB) -> list[tuple[str, int]]:
    return [v for m in find_dates(text) for v in resolve(m, published)]


@pytest.mark.parametrize(("text", "expected"), [
    ("jets struck on 4 March", [("2021-03-04", 1)]),
    ("jets struck on 4 March 2019", [("2019-03-04", 1)]),
    ("jets struck on 4th of March", [("2021-03-04", 1)]),
    ("jets struck on March 4", [("2021-03-04", 1)]),
    ("jets struck on March 4, 2020", [("2020-03-04", 1)]),
    ("published 3March 2020 at noon", [("2020-03-03", 1)]),
    ("on 2020-11-30", [("2020-11-30", 1)]),
    ("on 30/11/2020", [("2020-11-30", 1)]),
    ("05.02.2015 A rocket attack", [("2015-02-05", 1)]),
    ("23-04-2016 Child killed", [("2016-04-23", 1)]),
    ("on 20 December", [("2020-12-20", 1)]),  # no year: the latest one not after publication
    ("as of March 8 the siege held", [("2021-03-08", 1)]),
    ("on March 8 and March 9", [("2021-03-08", 1), ("2021-03-09", 1)]),
    ("on March 8-9", [("2021-03-08", 1), ("2021-03-09", 1)]),
    ("on 8 and 9 March", [("2021-03-08", 1), ("2021-03-09", 1)]),
    ("on Tuesday", [("2021-03-09", 1)]),
    ("late on Wednesday", [("2021-03-10", 1)]),  # publication day itself
    ("last Wednesday", [("2021-03-03", 1)]),
    ("Sunday", [("2021-03-07", 1)]),
    ("yesterday", [("2021-03-09", 1)]),
    ("the day before yesterday", [("2021-03-08", 1)]),
    ("two days ago", [("2021-03-08", 1)]),
    ("3 days ago", [("2021-03-07", 1)]),
    ("earlier today", [("2021-03-10", 1)]),
    ("last week", [("2021-03-01", 2)]),
    ("earlier this week", [("2021-03-08", 2)]),
    ("in February", [("2021-02-01", 3)]),
    ("in April", [("2020-04-01", 3)]),  # April 2021 is after publication
    ("early February", [("2021-02-01", 3)]),
    ("mid-February", [("2021-02-15", 3)]),
    ("late February", [("2021-02-21", 3)]),
    ("in May 2019", [("2019-05-01", 3)]),
    ("last month", [("2021-02-01", 3)]),
    ("in March", [("2021-03-01", 3)]),
])
def test_resolution_against_publication(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("on 26 May", [("--05-26", 1)]),
    ("On June 25 and June 26", [("--06-25", 1), ("--06-26", 1)]),
    ("in February", [("--02", 3)]),
    ("in early February", [("--02", 3)]),
    ("on 4 March 2019", [("2019-03-04", 1)]),
    ("on Tuesday", []),
    ("yesterday", []),
    ("last week", []),
])
def test_without_publication(text, expected):
    assert values(text, None) == expected


@pytest.mark.parametrize("text", [
    "under resolution 2254 the talks", "HTS controls 70% of Idlib", "Special Operations Division 25 said",
    "the imprisonment of over 400 leaders", "after 8 months of detention", "militants may attack",
    "May God have mercy", "Brigade 313 fighters", "2,500 $", "in 2019", "at 17:47", "Route 5",
    "the March 8 Alliance",
])
def test_numbers_that_are_not_dates(text):
    found = [m for m in find_dates(text) if m.kind in ("date", "month")]
    if text == "the March 8 Alliance":
        pytest.xfail("a name containing a date is read as a date")
    assert found == []


def test_future_dates_are_dropped_or_moved_back():
    assert values("on 12 March 2021") == []  # two days after publication: a past event cannot be then
    assert values("on 12 March") == [("2020-03-12", 1)]  # no year written: the year before


def test_offsets_and_text():
    text = "Aircraft struck on 4 March, killing 3."
    (m,) = find_dates(text, 9, len(text))
    assert text[m.start:m.end] == m.text == "on 4 March"


def test_parse_published():
    assert parse_published("2020-02-12T17:47:00") == date(2020, 2, 12)
    assert parse_published("12 Feb") is None and parse_published(None) is None


def run(text, events, published=None):
    doc = make_doc(text, events, published)
    TimeStage().run(doc, Context())
    return doc


def test_stage_splits_two_day_events_in_place():
    text = "Rebels shelled a base.\nOn March 8 and March 9, jets bombed the hills.\nTroops withdrew on Sunday."
    doc = run(text, [("Rebels shelled", "shelled"), ("jets bombed", "bombed"), ("Troops withdrew", "withdrew")],
              "2021-03-10")
    assert [e.event_date for e in doc.events] == ["2021-03-10", "2021-03-08", "2021-03-09", "2021-03-07"]
    assert [e.time_precision for e in doc.events] == [1, 1, 1, 1]
    first, second = doc.events[1], doc.events[2]
    assert first is not second and first.draft is not second.draft and first.evidence is not second.evidence
    assert first.draft.trigger.text == second.draft.trigger.text == "bombed"
    assert [e.text for e in second.evidence if e.field == "event_date"] == ["March 8 and March 9"]
    assert doc.events[0].evidence == []


def test_stage_without_publication_or_expression():
    doc = run("Rebels shelled a base.", [("Rebels shelled", "shelled")])
    assert doc.events[0].event_date is None and doc.events[0].time_precision is None


def test_stage_partial_dates_and_paragraph_context():
    text = ("Four soldiers were killed in February near the border.\n"
            "Fighting resumed on 3 May. Shelling also hit the market.\n"
            "Gunmen attacked a bus.")
    events = [("Four soldiers were killed", "killed"), ("Shelling also", "Shelling"), ("Gunmen attacked", "attacked")]
    doc = run(text, events)
    assert [(e.event_date, e.time_precision) for e in doc.events] == [("--02", 3), ("--05-03", 1), (None, None)]


def test_stage_prefers_expression_nearest_trigger_and_next_sentence():
    text = "Rebels repelled an assault in the north. They said it happened on 2 May.\nOn 1 May talks began."
    doc = run(text, [("Rebels repelled", "repelled")], "2021-05-05")
    assert doc.events[0].event_date == "2021-05-02"
