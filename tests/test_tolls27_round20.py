"""Round 20 (tolls27, issue 9): tolls the FA-KES readings found wrong: "claimed lives of" with no article, a counted
subject of five words before its part ("Five civilians of one family, including a child"), a count of others at a
second place joined to the first, an earlier event's toll after a sentence's own wounded, an indefinite toll with a
larger exact part, words that tell no one died, and a headline's "dozens" against its lede's exact figure. Our own
sentences."""

from __future__ import annotations

import pytest

from coding_support import deaths, events
from warscribe.knowledge.counts import CountReader


def figures(reader: CountReader, text: str) -> list[int]:
    return [v for v, _, _ in deaths(reader, text)]


def test_claimed_lives_without_the_article(reader: CountReader) -> None:
    assert figures(reader, "A drone strike has claimed lives of nine farmers near the dam, residents said.") == [9]


def test_a_counted_subject_of_four_words_before_its_part(reader: CountReader) -> None:
    text = "Seven villagers of one clan including an old woman were killed when the shell hit their house."
    assert figures(reader, text) == [7]


@pytest.mark.parametrize(("text", "expected"), [
    ("Jets hit the town claiming the lives of 12 traders in the market and 9 others in the mill district.", [21]),
    ("Gunmen shot dead 3 guards at the depot and 2 others near the gate.", [5]),
    ("Shelling killed 6 herders in the valley and 4 others.", [10]),
])
def test_others_at_a_second_place_add_to_the_toll(reader: CountReader, text: str, expected: list[int]) -> None:
    assert figures(reader, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A boy was killed and two others are missing after the gunfire in the camp.", [1]),
    ("Four workers died and six others suffered burns after the tanker exploded.", [4]),
    ("A guard was killed and 11 others, including a nurse, were injured in the blast.", [1]),
    ("One farmer died and three others were wounded in the shelling.", [1]),
])
def test_others_with_an_outcome_of_their_own_add_nothing(reader: CountReader, text: str,
                                                          expected: list[int]) -> None:
    assert figures(reader, text) == expected


def test_an_earlier_events_toll_after_the_sentences_own_wounded(reader: CountReader) -> None:
    text = ("Scores were wounded when jets struck the bazaar of the town, coming just a day after more than 80 "
            "villagers were killed in raids on the valley.")
    assert figures(reader, text) == []


def test_an_earlier_event_told_alone_keeps_its_toll(reader: CountReader) -> None:
    assert figures(reader, "A day after more than 80 villagers were killed in raids on the valley, jets came back.") \
        == [80]


@pytest.mark.parametrize(("text", "expected"), [
    ("Dozens of people have been killed in raids on the port city, a monitor said, including at least 31 people "
     "in one district.", [31]),
    ("Scores of fighters died in the battle for the ridge, among them 47 officers, the army said.", [47]),
    # a smaller part leaves the amount's figure; a part of places counts no one
    ("Dozens of people were killed in the raids, including 4 children.", [12]),
    ("Dozens were killed in raids on the district including 30 villages.", [12]),
])
def test_an_indefinite_toll_with_a_larger_exact_part(reader: CountReader, text: str, expected: list[int]) -> None:
    assert figures(reader, text) == expected


@pytest.mark.parametrize("text", [
    "Militants fired two shells at the clinic and no casualties were reported among the patients.",
    "A rocket landed near the school but no one was killed, the police said.",
    "Gunmen fired at the convoy and no causalities were reported.",
])
def test_words_that_tell_no_one_died_are_a_toll_of_none(reader: CountReader, text: str) -> None:
    assert figures(reader, text) == [0]


def test_no_casualties_among_the_attackers_tells_no_toll(reader: CountReader) -> None:
    assert figures(reader, "The army repelled the raid on the hill and no casualties were reported among our "
                           "soldiers.") == []


def test_no_one_died_in_the_event_against_a_later_regional_toll(pipeline) -> None:
    text = ("Gunmen fired three shells on the hotel in Aleppo on Monday and no casualties were reported among the "
            "guests. A monitor said that more than 30 people were killed in the gunmen's attacks with shells on "
            "residential areas of Aleppo.")
    evs = events(pipeline, text)
    assert [e.fatalities for e in evs] == [0]


def test_a_lede_exact_toll_beats_its_headlines_dozens(pipeline) -> None:
    text = ("Dozens Killed Injured in Manbij Terrorist Car Bomb Attack. "
            "A car bomb attack killed at least 37 people and injured 90 others on Thursday in Manbij city. "
            "A source said that a bomber drove the car into the crowded market of the city. "
            "Hospitals in the city received the bodies of the victims, the source added. "
            "The group claimed responsibility for the attack in a statement.")
    evs = events(pipeline, text, published="2016-08-12")
    assert evs and evs[0].fatalities == 37


def test_the_readers_sentence_ends_at_a_stop_inside_a_closing_quote() -> None:
    import importlib.util
    from pathlib import Path

    from warscribe.model import Evidence

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "fakes_report.py"
    spec = importlib.util.spec_from_file_location("fakes_report_for_test", path)
    assert spec is not None and spec.loader is not None
    report = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(report)
    text = ('Scores were hurt when "jets hit the bazaar" a medic said, adding "the clinic was hit too." '
            "The raids came a day after 40 villagers were killed in the valley. Aid came later.")
    start = text.index("raids")

    from types import SimpleNamespace

    doc = SimpleNamespace(text=text)
    ev = SimpleNamespace(evidence=[Evidence.of(text, start, start + 5, "event_type")])
    assert report._sentence(doc, ev) == "The raids came a day after 40 villagers were killed in the valley."


def test_an_updated_earlier_toll_is_no_report_of_the_whole(pipeline) -> None:
    text = ("An air strike killed 23 civilians including six children in the village of Kafr Nabl on Saturday, a "
            "monitor said. The monitor updated its earlier death toll of 19 for the strike on the village, saying four "
            "more people had died of their wounds. Rescuers searched the rubble through the night.")
    evs = events(pipeline, text, published="2017-04-09")
    assert evs and evs[0].fatalities == 23


def test_a_former_name_in_brackets_leaves_the_event_standing(pipeline) -> None:
    text = ("At least 31 civilians were killed and 20 others were wounded in Fatah al-Sham (formerly Al-Nusra Front) "
            "mortar fire on the town of Kafr Hamra on Tuesday, the agency reported.")
    evs = events(pipeline, text, published="2016-12-01")
    assert [e.fatalities for e in evs] == [31]


def test_some_of_the_wounded_who_died_are_a_part_of_the_toll(pipeline) -> None:
    text = ("A chlorine attack on the town of Saraqib on Tuesday killed at least 41 people, a monitor said. "
            "Officials said that the results came from samples of the casualties from the attack on Saraqib who were "
            "brought to Turkey for treatment - four of which died in hospital. "
            "The United Nations condemned the attack.")
    evs = events(pipeline, text, published="2017-04-13")
    assert evs and evs[0].fatalities == 41


@pytest.mark.parametrize(("text", "expected"), [
    ("The coalition kept up its raids, with reports of some 700 people killed since strikes began, the envoy said.",
     []),
    # the first deaths since a truce began are those days' own
    ("Two civilians have been killed in the city in the first deaths since the truce began this week.", [2]),
])
def test_a_toll_since_the_strikes_began_is_the_campaigns(reader: CountReader, text: str,
                                                          expected: list[int]) -> None:
    assert figures(reader, text) == expected
