"""The article's own date line (a full date glued to the headline) is the article's day, not the event's: a
weekday in the event's clause beats it, and relative days count from it when the metadata disagrees."""

from __future__ import annotations

from datetime import date

import pytest

from warscribe.config import Config
from warscribe.model import Document
from warscribe.pipeline import Pipeline
from warscribe.stages.time import date_line


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Config(detect_near_duplicates=False))


def dates(pipeline: Pipeline, text: str, published: str) -> set[str | None]:
    doc = Document.from_input({"id": "t", "text": text, "published": published})
    pipeline.run(doc)
    return {ev.event_date for ev in doc.events}


def test_weekday_in_clause_beats_the_date_line(pipeline: Pipeline) -> None:
    # 12 March 2019 was a Tuesday: "on Monday" is the 11th
    text = "12 Mar 2019 Gunmen killed six farmers near Kaduna on Monday. The police said they were searching."
    assert dates(pipeline, text, "2019-03-12") == {"2019-03-11"}


def test_date_line_alone_still_dates_the_event(pipeline: Pipeline) -> None:
    text = "12 Mar 2019 Gunmen killed six farmers near Kaduna. The police said they were searching."
    assert dates(pipeline, text, "2019-03-12") == {"2019-03-12"}


def test_date_line_later_than_the_metadata_is_the_article_day(pipeline: Pipeline) -> None:
    # the metadata says 2 March, the text's own line 20 March: the line is trusted, not dropped as future
    text = ("Bomb kills five in Mosul Reuters Wednesday 20 March 2019 \"Five people were killed when a bomb "
            "exploded at a market in Mosul\" a police officer said.")
    assert dates(pipeline, text, "2019-03-02") == {"2019-03-20"}


@pytest.mark.parametrize(("text", "expected"), [
    ("8 Jun 2016 Jets struck a market", date(2016, 6, 8)),
    ("Published February 23 2015 Ten people were killed", date(2015, 2, 23)),
    ("Blast in town Agency Sunday 25 May 2014 \"Ten people died\"", date(2014, 5, 25)),
    ("On 8 June 2016, jets struck a market", None),  # a date told with a preposition is the event's
    ("8 June 2016, jets struck a market", None),
    ("Jets struck a market. 8 June 2016 Another raid", None),  # past the first sentence
])
def test_date_line(text: str, expected: date | None) -> None:
    found = date_line(text, None)
    assert (found[1] if found else None) == expected


def test_date_line_years_from_the_metadata_is_not_trusted() -> None:
    assert date_line("8 Jun 2016 Jets struck a market", date(2016, 6, 20)) is not None
    assert date_line("8 Jun 2012 Jets struck a market", date(2016, 6, 20)) is None


def test_headline_under_its_date_line_takes_the_next_sentence_day(pipeline: Pipeline) -> None:
    # 20 March 2019 was a Wednesday; the headline's massacre is told again with its day in the next sentence
    text = ("Wednesday 20 March 2019 Council condemns massacre in the village of Bardi. Gunmen killed 12 "
            "villagers in Bardi near Kaduna on Monday March 18. Mourners buried the dead.")
    assert dates(pipeline, text, "2019-03-20") == {"2019-03-18"}


def test_headline_keeps_its_line_when_the_next_day_is_only_a_statement(pipeline: Pipeline) -> None:
    text = ("20 Mar 2019 Gunmen kill 12 villagers near Kaduna. The governor said on Monday that troops were "
            "sent to the area.")
    assert dates(pipeline, text, "2019-03-20") == {"2019-03-20"}


def test_weekday_of_the_line_is_part_of_it() -> None:
    found = date_line("Wednesday 20 March 2019 Council condemns massacre", None)
    assert found is not None and found[0].text == "Wednesday 20 March 2019"
