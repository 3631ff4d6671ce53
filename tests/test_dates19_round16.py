"""Event dates (round 16): a page's labelled or hour-stamped date line, a statement's day yielding to the day the
next sentence tells, a photo caption's date dating only its caption, run-together date lines."""

from __future__ import annotations

from datetime import date

import pytest

from warscribe.model import Document
from warscribe.pipeline import Pipeline
from warscribe.stages.time import date_line
from warscribe.timex import find_dates, resolve


def dates(pipeline: Pipeline, text: str, published: str) -> set[str | None]:
    doc = Document.from_input({"id": "t", "text": text, "published": published})
    pipeline.run(doc)
    return {ev.event_date for ev in doc.events}


def test_day_and_year_run_together_is_a_date() -> None:
    found = find_dates("Last updated at Mar 092019 LAGOS Gunmen attacked a bus")
    assert [(m.text, resolve(m, None)) for m in found] == [("Mar 092019", [("2019-03-09", 1)])]


def test_end_of_a_month_is_its_last_third() -> None:
    found = find_dates("the town fell at the end of July.")
    assert resolve(found[0], date(2019, 9, 1)) == [("2019-07-21", 3)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Date of publication 4 April 2019 Gunmen killed six farmers", date(2019, 4, 4)),
    ("Posted on April 19 2019 by Staff Writer Gunmen killed six farmers", date(2019, 4, 19)),
    ("30 September 2019 13 farmers killed in raid on village", date(2019, 9, 30)),
    ("Wednesday 20 March 2019 14:28 Gunmen kill six farmers", date(2019, 3, 20)),
    ("Tue 19 Mar 2019 at 0914 Gunmen kill six farmers", date(2019, 3, 19)),
    ("Last updated at Mar 092019 LAGOS Gunmen attacked a bus", date(2019, 3, 9)),
    ("20.03.2019(updated 1500 20.03.2019) Gunmen attacked a bus", date(2019, 3, 20)),
    ("Reports of 4 April 2019, gunmen killed six farmers", None),  # a preposition, no page label
])
def test_labelled_and_stamped_date_lines(text: str, expected: date | None) -> None:
    found = date_line(text, None)
    assert (found[1] if found else None) == expected


def test_date_line_with_its_own_weekday_is_trusted_far_from_the_metadata() -> None:
    # 26 February 2015 was a Thursday; the metadata says 2012
    assert date_line("Thu Feb 26 2015 Gunmen kill six farmers", date(2012, 8, 11)) is not None
    assert date_line("Mon Feb 26 2015 Gunmen kill six farmers", date(2012, 8, 11)) is None
    assert date_line("Feb 26 2015 Gunmen kill six farmers", date(2012, 8, 11)) is None


def test_weekdays_count_from_a_labelled_date_line(pipeline: Pipeline) -> None:
    # the page says 4 October 2019 (a Friday), the metadata a week later: "on Thursday" is the 3rd
    text = ("Date of publication 4 October 2019 Gunmen killed six farmers near Kaduna on Thursday. The police said "
            "they were searching the forest for the attackers.")
    assert dates(pipeline, text, "2019-10-11") == {"2019-10-03"}


def test_statement_day_yields_to_the_day_the_next_sentence_tells(pipeline: Pipeline) -> None:
    # 9 March 2019 was a Saturday: the killing happened on the Friday the next sentence tells
    text = ("Soldiers killed 20 villagers in Bardi near Kaduna according to a statement released Saturday by a "
            "rights group. The soldiers killed the villagers before leaving the village Friday night. "
            "Mourners buried the dead.")
    assert dates(pipeline, text, "2019-03-11") == {"2019-03-08"}


def test_statement_day_stays_when_nothing_else_dates_the_event(pipeline: Pipeline) -> None:
    text = ("Soldiers killed 20 villagers in Bardi near Kaduna according to a statement released Saturday by a "
            "rights group. Mourners buried the dead.")
    assert dates(pipeline, text, "2019-03-11") == {"2019-03-09"}


def test_a_source_day_beats_the_page_date_line(pipeline: Pipeline) -> None:
    # the page was updated on Saturday 9 March 2019; the monitor spoke on Thursday the 7th
    text = "Last updated at Mar 092019 LAGOS Gunmen killed six farmers near Kaduna a monitor said Thursday."
    assert dates(pipeline, text, "2019-03-20") == {"2019-03-07"}


def test_photo_caption_date_does_not_date_the_story_after_it(pipeline: Pipeline) -> None:
    text = ("15 Mar 2019 A suicide bomber kills 12 people near Maiduguri. Rescuers search the rubble of a school "
            "in Maiduguri Nigeria March 6 2019 (Agency Photos) A suicide bomber detonated an explosive vest on a "
            "bus near Maiduguri killing 12 people.")
    found = dates(pipeline, text, "2019-03-15")
    assert "2019-03-06" not in found and "2019-03-15" in found


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("the bombs fell on the market at the weekend", date(2019, 3, 13), ("2019-03-09", 2)),  # a Wednesday
    ("the raid took place over the weekend", date(2019, 3, 10), ("2019-03-10", 2)),  # a Sunday: that day
    ("the raid took place over the weekend", date(2019, 3, 9), ("2019-03-09", 2)),  # a Saturday: that day
    ("the talks last weekend failed", date(2019, 3, 11), ("2019-03-09", 2)),  # a Monday
])
def test_the_weekend_at_a_week_precision(text: str, published: date,
                                                          expected: tuple[str, int]) -> None:
    assert [resolve(m, published) for m in find_dates(text)] == [[expected]]


def test_weekend_in_the_clause_dates_the_event_not_the_next_sentence(pipeline: Pipeline) -> None:
    text = ("Date of publication 13 March 2019 Violence flared in Kaduna state. Gunmen killed 12 villagers in Bardi "
            "near Kaduna at the weekend. Also Wednesday soldiers arrested four suspects in Zaria.")
    doc = Document.from_input({"id": "t", "text": text, "published": "2019-03-13"})
    pipeline.run(doc)
    killed = [ev for ev in doc.events if ev.fatalities == 12]
    assert [(ev.event_date, ev.time_precision) for ev in killed] == [("2019-03-09", 2)]


def test_date_line_before_a_field_name() -> None:
    found = date_line("Thu Feb 5 2015 title: Gunmen kill six farmers near Kaduna", None)
    assert found is not None and found[1] == date(2015, 2, 5)


def test_date_line_of_an_earlier_sentence_yields_to_the_next_sentence_day(pipeline: Pipeline) -> None:
    # 14 March 2019 was a Thursday: the line is the page's day, the next sentence's Wednesday the 13th comes first
    text = ("14-03-2019 Kano market reopens after repairs. Two civilians were killed in rocket attacks on Maiduguri "
            "city. Their relatives buried them on Wednesday in the city cemetery.")
    assert dates(pipeline, text, "2019-03-14") == {"2019-03-13"}
