"""Counts you can trust: numbers that count something else, cumulative tolls, one named victim, declared
figures and ACLED's defaults. Our own sentences."""

from __future__ import annotations

import pytest

from warscribe.knowledge.counts import CountReader, no_fatalities
from warscribe.knowledge.lexicon import Lexicon


@pytest.fixture(scope="module")
def reader() -> CountReader:
    return CountReader(Lexicon.load())


def deaths(reader: CountReader, text: str) -> list[tuple[int, bool]]:
    return [(c.value, c.vague) for c in reader.read(text) if c.outcome == "death"]


@pytest.mark.parametrize(("text", "expected"), [
    # a date, a time, a unit's number, an age, a share, money: never the count
    ("Sunday 24 Aug 2014 Syrian troops killed 32 rebels near the airbase.", [(32, False)]),
    ("On 3 May 2021 the army killed 6 gunmen in the hills.", [(6, False)]),
    ("In 2015 gunmen killed 4 herders near the river.", [(4, False)]),
    ("Fighters stormed Battalion 46 and killed 3 soldiers.", [(3, False)]),
    ("Division 17 troops killed 4 rebels at dawn.", [(4, False)]),
    ("Gunmen shot dead a 12-year-old boy at the market.", [(1, False)]),
    ("The blast at 10:30 killed 4 people.", [(4, False)]),
    ("Raiders stole $5000 and killed 2 traders.", [(2, False)]),
    ("Turnout fell to 40% after 7 voters were killed.", [(7, False)]),
    ("A family of five was killed when a shell hit their home.", [(5, False)]),
    # coordinated victims, asides and quotes inside the noun phrase
    ("1 officer and 2 herders were shot and killed at the well.", [(3, False)]),
    ("At least 4 guards and 1 driver (a contractor) were killed.", [(5, False)]),
    ("Bandits ambushed a bus on the highway, killing at least three.", [(3, False)]),
    ("Police shot dead two suspects and wounded a third.", [(2, False)]),
    ("Three watchmen were hacked to death by raiders.", [(3, False)]),
    # a group's acronym in capitals is no auxiliary: the phrase before "killed" is its agent, the count its object
    ("An Islamic State (IS) truck bomb killed 14 people and injured 25 others at the market.", [(14, False)]),
    ("A roadside bomb planted by IS killed 6 soldiers on the road to the base.", [(6, False)]),
    ("Raiders killed between 4 and 9 herders at the well.", [(4, False)]),
    ("The army said it killed either two or five fighters.", [(2, False)]),
    ("1 guard was abducted and killed near the mine.", [(1, False)]),
    ("A farmer shot and killed nine goats in the field.", []),
    # no number: one named person is 1, otherwise ACLED's defaults
    ("Gunmen killed the village chief on his farm.", [(1, False)]),
    ("Militants assassinated a councillor outside the mosque.", [(1, False)]),
    ("A trader was beaten to death by a mob.", [(1, False)]),
    ("A watchman was on Friday night killed by a stray bullet.", [(1, False)]),
    ("Gunmen killed and mutilated a herder near the river.", [(1, False)]),
    ("Gunmen killed him at his gate.", [(1, False)]),
    ("Insurgents were killed in the clash.", [(3, True)]),
    ("An unknown number of fighters were killed in the raid.", [(10, True)]),
    ("Many rebels were killed when the convoy was hit.", [(10, True)]),
])
def test_event_counts(reader: CountReader, text: str, expected: list[tuple[int, bool]]) -> None:
    assert deaths(reader, text) == expected


@pytest.mark.parametrize("text", [
    "Since 2011, more than 300,000 people have been killed in the war.",
    "The conflict has killed 280,000 people and displaced millions.",
    "Troops have killed 50 insurgents so far this year.",
    "The death toll in the war has passed 400,000.",
    "The fighting has killed 870 people over the past two months.",
    "More than 200000 people have died since the uprising began.",
])
def test_cumulative_and_war_wide_tolls_are_background(reader: CountReader, text: str) -> None:
    assert deaths(reader, text) == []


@pytest.mark.parametrize("text", [
    "Students marched against the prior killing of a classmate (coded separately).",
    "Traders blocked the road to protest the murder of a colleague.",
    "Residents rioted after two people were killed in a road accident.",
    "Two herders narrowly escaped death when the convoy was ambushed.",
])
def test_deaths_of_other_events_are_not_counted(reader: CountReader, text: str) -> None:
    assert deaths(reader, text) == []


def test_a_toll_in_the_same_sentence_leaves_the_event_count(reader: CountReader) -> None:
    text = "Air strikes killed 9 civilians in Idlib on Monday; the war has killed 350,000 people since 2011."
    assert deaths(reader, text) == [(9, False)]


def test_a_vague_huge_figure_is_not_an_injury_toll(reader: CountReader) -> None:
    text = "The war has killed 230000 people and wounded at least a million."
    assert [c for c in reader.read(text) if c.outcome in ("death", "injury")] == []


def test_a_declared_figure_is_read(reader: CountReader) -> None:
    found = [c for c in reader.read("Fatalities coded as 0 (a local outlet said 2).") if c.outcome == "declared"]
    assert [c.value for c in found] == [0]


def test_protests_and_agreements_carry_no_fatalities_but_attacks_do() -> None:
    assert no_fatalities("Peaceful protest") and no_fatalities("Agreement")
    assert not no_fatalities("Attack") and not no_fatalities("Armed clash")
