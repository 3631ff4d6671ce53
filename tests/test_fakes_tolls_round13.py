"""Syrian war articles, round 13 (branch fakes9): tolls and sentences that tell no event. Two people told one
by one ("a man and his daughter"), a count whose phrase holds an "and" ("40 army and militia fighters"), a
headline of two counts with no comma ("Seven killed nine wounded"), "dozens dead" before a reporting verb, a death
toll told as risen far from its words, more dead joined by "along with", fighters "destroyed" or "eliminated"; a
campaign told in the present perfect progressive, a mediator struggling to broker a truce, a call to fight, and the
wounded lying in hospitals are no events. Our own sentences."""

from __future__ import annotations

import pytest

import warscribe
from warscribe.knowledge.counts import CountReader
from warscribe.knowledge.lexicon import Lexicon
from warscribe.model import Event


def coded(text: str, published: str = "2016-05-12") -> list[Event]:
    return warscribe.extract(text, published=published)


@pytest.fixture(scope="module")
def reader() -> CountReader:
    return CountReader(Lexicon.load())


def deaths(reader: CountReader, text: str) -> list[int]:
    return [c.value for c in reader.read(text) if c.outcome == "death"]


@pytest.mark.parametrize("text, expected", [
    ("A man and his daughter were killed when a shell hit their house in Hama.", [2]),
    ("A farmer and boy died after the shelling of the village.", [2]),
    ("At least 40 army and militia fighters have been killed near the airport.", [40]),
    ("Seven killed nine wounded in rocket fire on Latakia.", [7]),
    ("Heavy clashes left dozens dead a rebel commander said.", [12]),
    ("The death toll from the barrel bombs dropped on the eastern quarters of the city has climbed to 27.", [27]),
    ("Twelve soldiers were killed in the ambush along with five of the attackers.", [17]),
    ("Army jets destroyed some 45 terrorists near the dam.", [45]),
    ("The army said its units eliminated 30 militants in the hills.", [30]),
    # an active verb whose object opens with a modifier: the subject is the striker, not one victim
    ("A car bomb killed at least 23 people near the bakery.", [23]),
    ("An air raid killed more than 40 civilians in the market.", [40]),
    ("Car bomb at a checkpoint near Homs claims 6 martyrs.", [6]),
])
def test_tolls_read_from_our_sentences(reader, text, expected):
    assert deaths(reader, text) == expected


@pytest.mark.parametrize("text", [
    "The raids destroyed 15 targets and four depots near the dam.",
    "Get short URL 0 341 A soldier was killed by a sniper.",
])
def test_numbers_that_count_no_dead(reader, text):
    assert all(v <= 1 for v in deaths(reader, text))


def test_a_man_and_his_two_sons_are_not_read_as_two(reader):
    assert deaths(reader, "A man and his two sons were killed in the strike.") != [2]


def test_more_wounded_along_with_the_dead_are_not_added(reader):
    assert deaths(reader, "Six soldiers were killed along with 30 wounded in the attack.") == [6]


def test_a_death_toll_told_as_risen_is_the_event_s_toll():
    text = ("Rebel shells kill 9 in Aleppo. The death toll from the rebel shells on the western quarters of Aleppo "
            "rose to 9 on Tuesday. The shells also wounded 20 people. Residents said the shells fell on a school. "
            "Officials condemned the shelling. State media showed the damage.")
    events = coded(text)
    assert events and events[0].fatalities == 9


def test_a_campaign_in_the_present_perfect_progressive_is_no_event():
    assert coded("Turkey has been carrying out air strikes against Kurdish fighters in the north of Aleppo "
                 "province.") == []


def test_a_strike_on_a_day_with_such_words_still_stands():
    events = coded("Turkish jets, which have been carrying out raids in the region, struck Kurdish positions in "
                   "Afrin on Sunday, killing 14 fighters.")
    assert events and events[0].fatalities == 14


def test_a_mediator_struggling_to_broker_a_truce_is_no_agreement():
    events = coded("An envoy has been struggling to broker a truce in Homs between the army and the rebels.")
    assert not any(e.sub_event_type == "Agreement" for e in events)


def test_a_call_to_fight_is_no_event():
    assert coded("The cleric's calls to fight the Kurds in Hasakah went unanswered.") == []


def test_the_wounded_in_hospitals_are_no_event():
    assert coded("Dozens of badly wounded civilians are in hospitals across Idlib city.") == []


def test_what_cannot_be_determined_is_no_event():
    assert coded("Officials said they are unable to confirm chemical weapons use in Douma.") == []


def test_a_death_toll_is_no_death(reader):
    assert deaths(reader, "A hospital source confirmed the death toll to reporters.") == []
    assert deaths(reader, "An earlier death toll from the raid put the dead at 9.") != [1]


def test_the_teller_after_the_dead_is_no_victim(reader):
    assert deaths(reader, "Two villagers made up the rest of the dead the watchdog said.") != [1]


def test_the_damage_a_raid_did_retells_the_raid():
    text = ("Eleven killed in raids on Syrias Maarat al-Numan. Air strikes on a market in the rebel-held town of "
            "Maarat al-Numan killed 11 people on Sunday, a monitor said. It was not clear who carried out the raids, "
            "which also wounded 30 people. Rescue workers pulled the wounded from the rubble. Residents said the "
            "jets came twice. The raids also destroyed several shops and cars in the area. Talks on a truce are due "
            "next week.")
    events = coded(text)
    assert len(events) == 1 and events[0].fatalities == 11
    assert not any(e.sub_event_type == "Looting/property destruction" for e in events)


def test_a_past_month_s_toll_of_several_attacks_is_no_event():
    assert coded("In March more than 45 civilians were killed by barrel bomb attacks on the town.",
                 published="2015-06-10") == []


def test_one_attack_in_a_past_month_still_stands():
    events = coded("In March four soldiers were killed in an attack on a post near Hama.", published="2015-06-10")
    assert len(events) == 1 and events[0].fatalities == 4
