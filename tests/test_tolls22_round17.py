"""Tolls and dates (round 17, issue 9): a quoted figure after its verb, an earlier event's toll after "days after", a
superseded early toll, a headline's "N more killed" on top of the one named, a detail with its own day, place, sides
and toll that fits no event."""

from __future__ import annotations

import pytest

from warscribe.config import Config
from warscribe.knowledge.counts import CountReader
from warscribe.knowledge.lexicon import Lexicon
from warscribe.model import Document, Event
from warscribe.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Config(detect_near_duplicates=False))


@pytest.fixture(scope="module")
def reader() -> CountReader:
    return CountReader(Lexicon.load())


def events(pipeline: Pipeline, text: str, published: str = "2017-03-10") -> list[Event]:
    doc = Document.from_input({"id": "t", "text": text, "published": published})
    pipeline.run(doc)
    return doc.events


def deaths(reader: CountReader, text: str) -> list[int]:
    return [c.value for c in reader.read(text) if c.outcome == "death"]


def test_a_quoted_figure_after_its_verb_is_counted(reader: CountReader) -> None:
    assert deaths(reader, 'Army gunners shelled the hills initially killing "35 insurgents." The figure rose.') == [35]


@pytest.mark.parametrize("text", [
    "Two nurses died when a shell hit the ward just days after dozens of patients were killed in the same town.",
    "Two nurses died in the raid which came a day after a drone strike on the market killed 14 traders.",
])
def test_a_toll_told_after_days_after_is_an_earlier_events(reader: CountReader, text: str) -> None:
    assert deaths(reader, text) == [2]


def test_a_toll_after_days_after_told_alone_stays(reader: CountReader) -> None:
    text = "The reports come a day after more than 100 civilians were killed in bombardment on two cities."
    assert deaths(reader, text) == [100]


def test_the_event_told_before_days_after_keeps_its_toll(reader: CountReader) -> None:
    text = "Two nurses died when a shell hit the ward just days after dozens of patients were killed in the same town."
    assert deaths(reader, text) == [2]


def test_a_superseded_early_toll_is_no_report_of_the_whole(pipeline: Pipeline) -> None:
    text = ("Government jets bombed the market of Saraqib on Tuesday killing 31 people. "
            "Earlier it was reported that the jets had killed at least 18 people in Saraqib.")
    found = events(pipeline, text)
    assert [ev.fatalities for ev in found] == [31]


def test_a_headlines_more_killed_adds_to_the_one_named(pipeline: Pipeline) -> None:
    text = ("Fri Mar 10 2017 Senior Jaish al-Izza Commander in Hama 6 More Killed in Syrian Army Offensive. "
            "A notorious commander of Jaish al-Izza was killed in clashes with the Syrian army in northern Hama the "
            "sources said. The army also shelled rebel positions near Morek.")
    found = events(pipeline, text)
    assert found and found[0].fatalities == 7


def test_a_headlines_more_killed_told_alone_is_the_toll(pipeline: Pipeline) -> None:
    text = ("Fri Mar 10 2017 Senior Jaish al-Izza Commander in Hama 6 More Killed in Syrian Army Offensive. "
            "The army also shelled rebel positions near Morek.")
    found = events(pipeline, text)
    assert found and found[0].fatalities == 6


def test_another_n_killed_adds_nothing_to_a_vague_toll(pipeline: Pipeline) -> None:
    text = ("Another five people were killed in raids on the village of Tal Rifaat. "
            "Her mother and sister are dead along with a neighbour, a resident told reporters.")
    found = events(pipeline, text)
    assert found and found[0].fatalities == 5


def test_a_detail_with_its_own_day_place_and_toll_is_an_event(pipeline: Pipeline) -> None:
    text = ("Coalition airstrikes on Raqqa killed 12 civilians on Thursday the agency said. Last week the Pentagon "
            'stated that the coalition airstrikes on the Syrian army positions were an "unintentional error." '
            "On August 3 coalition aircraft carried out three strikes against the Syrian army near the Palmyra airbase "
            "leaving 41 soldiers killed. he Pentagon said that the attack was an error.")
    found = events(pipeline, text, "2016-10-20")
    assert any(ev.event_date == "2016-08-03" and ev.fatalities == 41 for ev in found)


def test_one_of_two_deaths_told_apart_is_a_part_of_the_toll(pipeline: Pipeline) -> None:
    text = ("A man and a boy were killed and five others were wounded by rebel rocket and sniper attacks on Hama city "
            "on Sunday. A police source told the agency that rebels fired rocket shells at the Bab Qebli neighbourhood "
            "in Hama city killing one man and injuring three others while one boy was killed by a sniper in "
            "al-Hader Street in the city.")
    found = events(pipeline, text, "2016-08-15")
    assert found and found[0].fatalities == 2


def test_a_quoted_phrase_after_its_verb_is_no_quoted_figure(reader: CountReader) -> None:
    assert 1 not in deaths(reader, 'Witnesses told of a shell killing "a farmer with three of his sons and a guest".')
