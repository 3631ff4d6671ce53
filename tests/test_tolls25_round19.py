"""Round 19 (tolls25, issue 9): the dead of a definite subject that opens a sentence ("The fighters ... were
killed", "Most of those killed were ...") are the dead of a toll told before, not ACLED's default of three; spans
of time counted ("several hours to retrieve dead bodies") count nobody."""

from __future__ import annotations

import pytest

from coding_support import deaths, events
from warscribe.knowledge.counts import CountReader


@pytest.mark.parametrize("text", [
    "The gunmen of the northern militia were killed trying to storm the checkpoint, the monitor said.",
    "Most of the victims are believed to have been killed by the militia.",
    "Most of those killed were in their homes, the doctor said.",
    "\"The guards at the gate had all been killed,\" a witness said.",
])
def test_a_definite_subject_s_dead_are_marked(reader: CountReader, text: str) -> None:
    assert deaths(reader, text) == [(3, True, True)]


@pytest.mark.parametrize("text", [
    "Militants were killed in the raid near the dam.",
    "The attack killed villagers in the market.",  # the subject is the doer, not the dead
    "The houses were destroyed and residents were killed.",
    "Rebels said the army had killed fighters near the hill.",
])
def test_no_definite_dead_subject(reader: CountReader, text: str) -> None:
    assert deaths(reader, text) == [(3, True, False)]


def test_one_definite_person_stays_one(reader: CountReader) -> None:
    assert deaths(reader, "The village headman was killed in the raid.") == [(1, False, False)]


def test_a_numbered_definite_subject_is_its_number(reader: CountReader) -> None:
    assert deaths(reader, "The four guards were killed at dawn.") == [(4, False, False)]


def test_hours_counted_are_no_people(reader: CountReader) -> None:
    assert deaths(reader, "Rescuers took several hours to retrieve dead bodies from the rubble of the homes.") == []


_BODY = (" Local medics said the wounded were taken to a field clinic. Residents said the shelling lasted for about an "
         "hour. The town has been held by rebel groups since 2015. Aid workers said supplies were running low.")


def test_a_definite_subject_s_dead_after_a_toll_add_no_toll(pipeline) -> None:
    text = ("At least 21 rebels were killed on Monday in clashes with government forces near the town of Binnish in "
            "Idlib province, a monitor said. The fighters from the two northern factions were killed trying to "
            "break through the army's lines on the southern road." + _BODY)
    evs = events(pipeline, text)
    assert evs and max(e.fatalities for e in evs) == 21
    assert all(e.fatalities in (0, 21) for e in evs)  # never the default of three


def test_a_definite_subject_s_dead_with_no_toll_before_keep_the_default(pipeline) -> None:
    text = ("The gunmen of the northern militia were killed on Monday trying to storm an army checkpoint near the "
            "town of Binnish in Idlib province, a monitor said." + _BODY)
    evs = events(pipeline, text)
    assert evs and evs[0].fatalities == 3


def test_bodies_of_fighters_counted_are_no_dead(reader: CountReader) -> None:
    assert deaths(reader, "Fighters from two rival brigades were killed in the clash.") == [(3, True, False)]


def test_people_in_groups_still_count(reader: CountReader) -> None:
    assert deaths(reader, "Two groups of villagers were killed.") == [(2, False, False)]


def test_a_vague_part_among_the_dead_after_a_toll_adds_no_toll(pipeline) -> None:
    text = ("At least 18 people were killed on Monday in a militant attack on a camp for displaced families near the "
            "town of Binnish in Idlib province, a monitor said. Heavy fighting then broke out between the attackers "
            "and the camp's guards, some of whose members were among the dead." + _BODY)
    evs = events(pipeline, text)
    assert evs and all(e.fatalities in (0, 18) for e in evs)


def test_a_dated_toll_after_a_campaign_is_its_own_event(pipeline) -> None:
    text = ("Hundreds of civilians have been wounded as the shelling of Aleppo goes on, local officials told "
            "reporters. Hospitals across the city are full. Gunmen seized a police academy there and began shelling "
            "homes in southern Aleppo. On May 3 shells fell on the crowded vegetable market killing 11 and leaving "
            "about 40 hurt." + _BODY)
    evs = events(pipeline, text)
    assert any(e.fatalities == 11 and e.event_date == "2016-05-03" for e in evs)
    assert len([e for e in evs if e.event_type == "Explosions/Remote violence"]) >= 2


@pytest.mark.parametrize(("text", "dead"), [
    ("Abu Karim the leader of the Hawks brigade based in the north and three of his comrades were killed in a blast.",
     4),
    ("The police chief and four of his guards were killed.", 5),
    # a clause with its own verb before "and": "his" is no one it names
    ("Government forces attacked the village and three of his relatives were killed.", 3),
])
def test_one_and_n_of_his_people(reader: CountReader, text: str, dead: int) -> None:
    assert [v for v, _, _ in deaths(reader, text)] == [dead]


@pytest.mark.parametrize(("text", "dead"), [
    ("A transport plane was shot down at dusk killing all seven people on board.", 7),
    ("Gunmen stormed the farm and killed all 12 workers.", 12),
])
def test_all_n_is_n(reader: CountReader, text: str, dead: int) -> None:
    assert deaths(reader, text) == [(dead, False, False)]
