"""Round 19 dates: a sentence tied to an earlier event's day ("hours after the initial attack") takes that day, and
a date line far from the metadata is trusted when it opens the text and the text's own days bear it out."""

from __future__ import annotations

from datetime import date

import pytest

from warscribe.config import Config
from warscribe.model import Document
from warscribe.pipeline import Pipeline
from warscribe.stages.time import _same_day_cue, date_line
from warscribe.timex import find_dates, resolve


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Config(detect_near_duplicates=False))


def coded(pipeline: Pipeline, text: str, published: str) -> list[tuple[str | None, str]]:
    doc = Document.from_input({"id": "t", "text": text, "published": published})
    pipeline.run(doc)
    return [(ev.event_date, doc.text[ev.draft.sentence.start:ev.draft.sentence.end] if ev.draft else "")
            for ev in doc.events]


def test_hours_after_the_initial_attack_is_the_first_attack_day(pipeline: Pipeline) -> None:
    # 10 May 2018 was a Thursday: the Tuesday raid is the 8th, the Wednesday shelling the 9th
    text = ("Jets bombed the town of Kafr Nabl on Tuesday killing nine people a monitor said. Rebels shelled the "
            "village of Suran on Wednesday killing three civilians. Hours after the initial attack gunmen stormed a "
            "clinic in the village of Morek and killed two nurses.")
    found = coded(pipeline, text, "2018-05-10")
    assert [d for d, sentence in found if "Morek" in sentence] == ["2018-05-08"]


def test_hours_after_the_attack_is_the_nearest_earlier_day(pipeline: Pipeline) -> None:
    text = ("Jets bombed the town of Kafr Nabl on Tuesday killing nine people a monitor said. Rebels shelled the "
            "village of Suran on Wednesday killing three civilians. Hours after the shelling gunmen stormed a "
            "clinic in the village of Morek and killed two nurses.")
    found = coded(pipeline, text, "2018-05-10")
    assert [d for d, sentence in found if "Morek" in sentence] == ["2018-05-09"]


def test_without_the_link_the_page_day_stays(pipeline: Pipeline) -> None:
    # the same sentences in two paragraphs, with no link: the clinic's day is the page's
    text = ("Jets bombed the town of Kafr Nabl on Tuesday killing nine people a monitor said.\n\nGunmen stormed a "
            "clinic in the village of Morek and killed two nurses.")
    found = coded(pipeline, text, "2018-05-10")
    assert [d for d, sentence in found if "Morek" in sentence] == ["2018-05-10"]


@pytest.mark.parametrize(("text", "linked"), [
    ("Hours after the raid gunmen attacked", True),
    ("Later that day gunmen attacked", True),
    ("Shortly after midnight gunmen attacked", False),  # a time, no earlier event
    ("Hours after 10 am gunmen attacked", False),
    ("Some 30 hours after the raid gunmen attacked", False),  # a count of hours may run past the day
])
def test_same_day_cue(text: str, linked: bool) -> None:
    assert (_same_day_cue().search(text) is not None) is linked


def test_far_date_line_borne_out_by_the_text_is_trusted() -> None:
    text = ("March 3 2011 Talks stall in the capital Staff writer. Ministers met on Thursday a week after the "
            "February 20 bombing of the market.")
    assert date_line(text, date(2014, 6, 1)) == (date_line(text, None)[0], date(2011, 3, 3))  # type: ignore[index]


@pytest.mark.parametrize("text", [
    "March 3 2011 Jets struck a market",  # no day of the text bears the line out
    "March 3 2011 Talks stall. Ministers met a week after the October 20 bombing.",  # a day months before it
    "March 3 2011 Talks stall. Ministers met after the February 20 bombing and plan a vote in 2013.",  # a later year
    "Talks stall March 3 2011 Ministers met after the February 20 bombing.",  # not the text's opening
])
def test_far_date_line_not_borne_out_is_not_trusted(text: str) -> None:
    assert date_line(text, date(2014, 6, 1)) is None


def test_retold_attack_takes_the_year_of_the_date_line(pipeline: Pipeline) -> None:
    text = ("September 8 2011 Envoys weigh a new vote Staff writer. Envoys met on Sunday over the August 21 attack "
            "in which gunmen killed 40 villagers near the town of Suran.")
    assert {d for d, _ in coded(pipeline, text, "2014-06-01")} == {"2011-08-21"}


@pytest.mark.parametrize("text", ["the envoys will meet next Wednesday", "a vote this coming Sunday"])
def test_a_weekday_to_come_is_no_day(text: str) -> None:
    # 23 August 2013 was a Friday: "next Wednesday" is the 28th, after publication, not the 21st
    found = find_dates(text)
    assert len(found) == 1 and resolve(found[0], date(2013, 8, 23)) == []


def test_a_bare_weekday_is_still_the_latest_gone() -> None:
    found = find_dates("the envoys met Wednesday")
    assert [resolve(m, date(2013, 8, 23)) for m in found] == [[("2013-08-21", 1)]]


def test_next_weekday_does_not_date_the_event(pipeline: Pipeline) -> None:
    # the clause's only weekday is to come: the event keeps the page's day, not the Wednesday before it
    text = "Gunmen killed six farmers near the village of Morek and the council will meet next Wednesday."
    assert {d for d, _ in coded(pipeline, text, "2013-08-23")} == {"2013-08-23"}
