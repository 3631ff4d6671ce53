"""Syrian war articles (round 14, fakes11): events. Counts told as "claiming the lives of" and with two modifiers
("an estimated at least 50"); children counted as the dead of a shelling are its victims, never a crowd that riots;
a "bomb attack" or "bomb blast" is a bomb set off where it was left, not an air strike.
Our own sentences."""

from __future__ import annotations

import warscribe
from warscribe.model import Event


def coded(text: str, published: str = "2016-03-10") -> list[Event]:
    return warscribe.extract(text, published=published)


def test_claiming_the_lives_of_counts_the_dead():
    events = coded("Two shells fell on the Sheikh Maqsoud district of Aleppo on Monday, claiming the lives of 3 "
                   "children and injuring 11 people.")
    assert events[0].fatalities == 3


def test_two_modifiers_before_a_count():
    events = coded("A military source said the Syrian army killed an estimated at least 40 militants on Friday in "
                   "the countryside of Idlib.")
    assert events[0].fatalities == 40
    assert events[0].event_type == "Battles"


def test_counted_children_do_not_riot():
    events = coded("Rebels fired rocket shells on residential quarters of Aleppo city on Monday. A police source "
                   "told the agency that three of the shells fell in the Sheikh Maqsoud district claiming the lives "
                   "of 3 children and injuring 17 people some of them are in critical condition.")
    assert all(e.event_type != "Riots" for e in events)
    assert all(e.actor1 != "Rioters (Syria)" for e in events)


def test_a_bomb_attack_is_a_remote_explosive():
    events = coded("Twin bomb attacks killed 50 people in the Syrian province of Homs on Sunday.")
    assert events[0].sub_event_type == "Remote explosive/landmine/IED"
    assert events[0].actor1 != "Military Forces of Syria (2000-)"


def test_a_bomb_blast_near_a_building_is_no_air_strike():
    events = coded("At least six people died on Monday in a bomb blast near a police station in the Syrian city of "
                   "Hama, a monitor said.")
    assert events[0].sub_event_type == "Remote explosive/landmine/IED"


def test_the_holder_of_a_town_is_no_side_of_a_strike_on_it():
    events = coded("Fourteen people died in airstrikes on the opposition-held town of Saqba in Syria on Monday.")
    assert events[0].actor1 != "Opposition Rebels (Syria)"
    assert events[0].actor2 != "Opposition Rebels (Syria)"


def test_a_suicide_bombing_in_an_opposition_held_province_is_not_the_rebels():
    events = coded("A suicide bomber detonated an explosive vest on a bus in the opposition-held Idlib province on "
                   "Monday, killing at least 15 people.")
    assert events[0].actor1 == "Unidentified Armed Group (Syria)"


def test_a_coalition_led_by_a_state_is_still_a_side():
    events = coded("Saudi-led coalition jets struck a market in Yemen on Monday, killing 10 people.")
    assert events[0].actor1 is not None and "Saudi" in events[0].actor1


def test_regime_shelling_is_the_state_force():
    events = coded("A man died on Monday after regime shelling on the Yarmouk camp in Damascus, the monitor said.")
    assert events[0].actor1 == "Military Forces of Syria (2000-)"


def test_a_subject_first_count_does_not_make_the_doers_victims():
    # the guard for counted children reads only counts told verb first
    events = coded("On 8 March 2021, a farmer and his sons killed another farmer in the village of Tepare Sore in "
                   "Benin.", published="2021-03-09")
    assert events[0].sub_event_type == "Mob violence"


def test_a_headline_toll_of_civilians_is_no_riot():
    events = coded("Three civilians killed 12 others injured in terrorist attacks in Aleppo.")
    assert events[0].event_type != "Riots"
    assert events[0].actor2 == "Civilians (Syria)"


def test_a_hyphenated_suicide_bomber_is_a_suicide_bomb():
    events = coded("At least nine people were killed in three suicide-bomber attacks near a police station in "
                   "Damascus on Wednesday, a source said.", published="2017-10-11")
    assert events[0].sub_event_type == "Suicide bomb"
    assert events[0].actor1 == "Unidentified Armed Group (Syria)"


def test_sides_told_on_the_one_hand_and_on_the_other():
    events = coded("Fierce clashes erupted on Sunday between the Nusra Front and the Free Syrian Army on one hand "
                   "and ISIL on the other in the Qalamoun barrens in Syria, killing at least 10.")
    assert events[0].actor2 == "Islamic State (Syria)"
    assert "Islamic State (Syria)" not in (events[0].actor1,)


def test_fighters_from_a_group_between_two_sides():
    events = coded("Clashes erupted on Friday between fighters from the YPG on the one hand and fighters from the "
                   "Islamic State on the other hand in Hasakah, Syria, the monitor said.", published="2013-08-03")
    assert {events[0].actor1, events[0].actor2} == {"YPG: Peoples Protection Units", "Islamic State (Syria)"}


def test_a_bid_to_capture_is_no_capture():
    events = coded("Emboldened by the success, the Army of Conquest announced an ambitious bid to capture all of "
                   "Aleppo on Sunday.", published="2016-08-17")
    assert events == []


def test_an_attack_in_a_bid_to_capture_stands():
    events = coded("Rebels attacked the town of Kafr Nabl in Syria on Sunday in a bid to capture it, killing four "
                   "soldiers.", published="2016-08-17")
    assert len(events) == 1 and events[0].fatalities == 4


def test_a_declared_goal_is_no_event():
    events = coded("The coalition has been largely incapable of achieving its declared goal of destroying IS in "
                   "Syria.", published="2017-10-03")
    assert events == []


def test_a_toll_of_operations_is_no_event():
    events = coded("Air strikes killed 14 people in the village of Ashara in Syria on Monday. The group has reported "
                   "hundreds of civilians killed in operations against IS in the two provinces.",
                   published="2017-10-04")
    assert len(events) == 1 and events[0].fatalities == 14


def test_the_group_an_operation_is_against_is_its_target():
    events = coded("Syrian fighter jets in a large-scale anti-ISIL operation targeted tens of ISIL positions across "
                   "the town of al Tabaqa on Thursday, inflicting major casualties on the militants.",
                   published="2015-08-06")
    assert events[0].actor1 == "Military Forces of Syria (2000-)"
    assert events[0].actor2 == "Islamic State (Syria)"


def test_the_injured_of_a_brawl_between_villagers_are_of_the_crowds():
    events = coded("At least 15 people sustained injuries in a clash between two rival groups of villagers in a "
                   "village of Jhenaidah, Bangladesh, on Monday.", published="2015-12-29")
    assert events[0].actor1 == "Rioters (Bangladesh)"
