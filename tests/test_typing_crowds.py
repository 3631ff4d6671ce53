"""Typing crowds in our own sentences: protests told in coder phrasing, a protest about something of an earlier
year, and vigilantes who lynch a suspect."""

from __future__ import annotations

import pytest

import warscribe
from warscribe.model import Event


def coded(text: str) -> list[Event]:
    return warscribe.extract(text, published="2023-03-10")


def subs(text: str) -> list[str]:
    return [e.sub_event_type for e in coded(text)]


@pytest.mark.parametrize("text", [
    "On 9 March 2023, members of a farmers' union staged a rally in Dhaka, demanding the return of a leader who "
    "went missing in 2019.",
    "On 9 March 2023, hundreds of people demonstrated in Ouagadougou, demanding justice for a singer murdered in 1998.",
])
def test_a_year_in_what_a_protest_is_about_does_not_make_it_background(text: str) -> None:
    assert subs(text) == ["Peaceful protest"]


def test_a_protest_told_in_an_earlier_year_is_still_background() -> None:
    assert subs("In 2019, members of a farmers' union staged a rally in Dhaka, demanding higher prices.") == []


@pytest.mark.parametrize("text", [
    "On 9 March 2023, teachers marched from the stadium to the county offices in Kisii over unpaid allowances.",
    "On 9 March 2023, hundreds of traders thronged the streets of Kisumu over new market fees.",
    "On 9 March 2023, workers at a sugar factory in Mumias downed their tools over salary arrears.",
    "On 9 March 2023, tea farmers gathered at the factory gate in Kericho, demanding better prices.",
])
def test_protests_in_coder_phrasing(text: str) -> None:
    assert subs(text) == ["Peaceful protest"]


def test_vigilantes_who_lynch_a_suspect_are_rioters_in_mob_violence() -> None:
    events = coded("On 9 March 2023, a vigilante group in Nakuru caught a man they accused of theft and stabbed "
                   "him to death.")
    assert [e.sub_event_type for e in events] == ["Mob violence"]
    assert events[0].actor1 == "Rioters (Kenya)"
    assert "Vigilante Group (Kenya)" in events[0].assoc_actor_1


def test_vigilantes_against_an_armed_side_are_not_a_mob() -> None:
    events = coded("On 9 March 2023, vigilantes attacked a police patrol in Kisumu.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert events[0].actor1 == "Vigilante Group (Kenya)"


def test_a_protest_whose_next_sentence_demands_an_arrest_stays_peaceful() -> None:
    text = ("On 9 March 2023, residents marched to the police station in Kisii. They demanded the arrest of a "
            "trader accused of fraud.")
    assert subs(text) == ["Peaceful protest"]


@pytest.mark.parametrize("text", [
    "On 9 March 2023, youths set tyres on fire on the main road in Kisumu to protest the death of a rider.",
    "On 9 March 2023, traders protesting new fees in Namanga deflated the tyres of several lorries.",
    "On 9 March 2023, residents protesting insecurity broke into the water company storage site in Lodwar.",
])
def test_protesters_who_burn_tyres_or_break_in_are_a_violent_demonstration(text: str) -> None:
    assert subs(text) == ["Violent demonstration"]


def test_armed_men_who_ransack_destroy_property_rather_than_riot() -> None:
    events = coded("On 9 March 2023, unknown gunmen ransacked the offices of a gold mine near Dori.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Strategic developments", "Looting/property destruction")]
    assert events[0].actor1 == "Unidentified Armed Group (Burkina Faso)"


def test_a_crowd_that_ransacks_still_riots() -> None:
    assert [e.event_type for e in coded("On 9 March 2023, students ransacked their school offices in Kisii.")] == [
        "Riots"]


@pytest.mark.parametrize("text", [
    "On 9 March 2023, a number of residents captured a suspected motorcycle thief and beat him in Parakou.",
    "On 9 March 2023, a number of partisans of two rival parties clashed with sticks in Materi.",
    "On 9 March 2023, five people were injured in a clash between supporters of two candidates in Eldoret.",
])
def test_crowds_that_catch_a_thief_or_brawl_are_mob_violence(text: str) -> None:
    assert [(e.event_type, e.sub_event_type) for e in coded(text)] == [("Riots", "Mob violence")]


def test_rebels_who_capture_a_town_still_take_territory() -> None:
    events = coded("On 9 March 2023, Islamist militants captured the town of Djibo after a day of fighting.")
    assert events and events[0].event_type == "Battles"


@pytest.mark.parametrize("text", [
    "On 9 March 2023, students staged a protest in Rangpur city, demanding justice for the dead, and release of "
    "students detained by police.",
    "On 9 March 2023, relatives staged a human chain in Dhaka, demanding a fair trial for a jailed activist, and "
    "punishment for officers who beat him.",
])
def test_what_protesters_demand_after_a_comma_is_still_their_topic(text: str) -> None:
    assert subs(text) == ["Peaceful protest"]


@pytest.mark.parametrize("text", [
    # a crowd's violence told in the present tense, as coders' notes often are
    "Villagers attack and kill a man they accuse of stealing goats in Kitui.",
    "Angry traders attack a tax collector at the market in Eldoret.",
    # verbs in a series, the trigger holding its own object, then where it happened
    "On 9 March 2023, a number of villagers seized and assaulted a suspected cattle thief in the town of Kandi.",
    "On 9 March 2023, neighbours caught, tied up and beat two young men at a market in Kisii.",
])
def test_a_crowd_that_does_several_things_to_its_victim_is_a_mob(text: str) -> None:
    assert [(e.event_type, e.sub_event_type) for e in coded(text)] == [("Riots", "Mob violence")]


def test_civilians_killed_in_a_town_are_still_victims() -> None:
    events = coded("On 9 March 2023, two civilians killed in the town of Kandi by gunmen.")
    assert [e.sub_event_type for e in events] == ["Attack"]


@pytest.mark.parametrize("text", [
    "Unidentified youths attack a shopkeeper in Kisumu and take his phone.",
    "A gang of young men attack and rob a pastor on his way home in Kakamega.",
])
def test_youths_no_one_can_name_are_an_unknown_armed_group(text: str) -> None:
    assert [(e.sub_event_type, e.actor1) for e in coded(text)] == [("Attack", "Unidentified Armed Group (Kenya)")]
