"""Insecurity Insight register, round 6: the allies named as one ("Russian/Syrian allied airstrikes"), a
government named as the one that fired (its military), "Male nurse" and "Medical Centre" naming no country,
cues whose scope ends at a closing bracket, a compound adjective or the main verb, and goods or buildings taken.
Our own sentences."""

from __future__ import annotations

import pytest

import warscribe
from warscribe.model import Event


def coded(text: str, published: str = "2019-06-20") -> list[Event]:
    return warscribe.extract(text, published=published)


@pytest.mark.parametrize("text", [
    "A bakery was hit by Syrian/Russian allied airstrikes on Tuesday.",
    "Two rescuers died after Russian-Syrian coalition airstrikes struck their centre.",
    "A dispensary was damaged by a GoS/GoR airstrike overnight.",
    "A clinic was destroyed by government or Russian forces, the director said.",
])
def test_the_two_allies_named_as_one_are_the_syrian_military(text: str) -> None:
    assert "Military Forces of Syria (2000-)" in [e.actor1 for e in coded(text)]


@pytest.mark.parametrize(("text", "sub"), [
    ("A nurse was killed by Syrian government shelling near the clinic.", "Shelling/artillery/missile attack"),
    ("A volunteer died in a Syrian government air strike on the market.", "Air/drone strike"),
    ("A school was damaged by shells fired by the Syrian government.", "Shelling/artillery/missile attack"),
])
def test_a_government_that_fires_is_its_military(text: str, sub: str) -> None:
    events = coded(text)
    assert (sub, "Military Forces of Syria (2000-)") in [(e.sub_event_type, e.actor1) for e in events]


def test_a_government_that_acts_without_violence_stays_the_government() -> None:
    events = coded("The Syrian government announced a new curfew in the city of Homs.")
    assert "Military Forces of Syria (2000-)" not in [e.actor1 for e in events]


@pytest.mark.parametrize("text", [
    "Male nurse shot dead by unknown gunmen on his way home.",
    "Gunmen fired at the Al Amal Medical Centre, wounding a guard.",
    "Looters broke into the Community Health Center and took the vaccines.",
])
def test_facility_and_victim_words_name_no_country(text: str) -> None:
    assert all(e.country not in ("Maldives", "Burkina Faso") for e in coded(text))


def test_the_centre_region_of_burkina_faso_is_still_read() -> None:
    events = coded("Gunmen killed four farmers near Koubri in the Centre region of Burkina Faso.")
    assert ("Burkina Faso", "Centre") in [(e.country, e.admin1) for e in events]


@pytest.mark.parametrize(("text", "sub"), [
    # a negation inside a bracket governs nothing after it
    ("In Kassala, six people (names not released) were abducted by gunmen.", "Abduction/forced disappearance"),
    # a disaster word in a compound adjective describes the victims, not the event
    ("Two aid workers helping flood-affected families were abducted by militants.",
     "Abduction/forced disappearance"),
    # "trying to" governs its own verb, not the main verb of the sentence
    ("A man trying to reach the clinic was shot dead by soldiers.", "Attack"),
    # "stopped" coordinated with the trigger's verb is no negation of it
    ("A nurse was stopped and detained by police at a checkpoint in Kassala.", "Arrests"),
    # a negation leaves alone what happened before it
    ("The clinic was left without water after a rocket attack on the town.", "Shelling/artillery/missile attack"),
    # an alleged owner of the weapon is the perpetrator
    ("A bakery was hit by rockets allegedly of Syrian regime forces.", "Shelling/artillery/missile attack"),
])
def test_cue_scope_ends_where_the_clause_does(text: str, sub: str) -> None:
    assert sub in [e.sub_event_type for e in coded(text)]


@pytest.mark.parametrize("text", [
    "Negation still holds: the militants did not abduct anyone from the camp.",
    "Residents fear that gunmen will attack the clinic again.",
    "The army stopped shelling the town after the truce.",
    "The company fired three workers last week.",
])
def test_cues_still_govern_their_own_clause(text: str) -> None:
    assert coded(text) == []


@pytest.mark.parametrize(("text", "sub"), [
    ("Laptops were seized from a primary school by suspected militants.", "Looting/property destruction"),
    ("A mobile clinic was taken by unidentified armed men.", "Looting/property destruction"),
    ("Settlers burned dozens of olive trees near the village.", "Looting/property destruction"),
    ("Troops seized a secondary school and a monastery in the township.", "Headquarters or base established"),
    ("The district health centre was invaded by armed men at night.", "Other"),
])
def test_goods_and_buildings_taken_are_events(text: str, sub: str) -> None:
    assert sub in [e.sub_event_type for e in coded(text)]


@pytest.mark.parametrize(("text", "sub"), [
    ("Soldiers fired in the vicinity of the district hospital.", "Attack"),
    ("Militiamen fired several shots outside a school in the morning.", "Attack"),
])
def test_shots_with_no_target_named_are_an_attack(text: str, sub: str) -> None:
    assert sub in [e.sub_event_type for e in coded(text)]


def test_the_alleged_owner_of_the_rockets_is_actor_1() -> None:
    events = coded("A bakery was hit by rockets allegedly of Syrian regime forces.")
    assert "Military Forces of Syria (2000-)" in [e.actor1 for e in events]


@pytest.mark.parametrize("text", [
    "A man was found shot dead in a camp near Hasakah. His killers are unknown, but it is believed to be ISIS.",
    "A shepherd was killed in a camp near Hasakah. The murder was most likely committed by ISIS cells.",
])
def test_an_act_laid_at_a_groups_door_names_it(text: str) -> None:
    assert "Islamic State (Syria)" in [e.actor1 for e in coded(text)]


@pytest.mark.parametrize(("text", "sub"), [
    ("The district hospital was damaged during Russian shelling of the town.", "Shelling/artillery/missile attack"),
    ("A clinic was burgled by soldiers who took its medicines and a generator.", "Looting/property destruction"),
    ("An ambulance was stopped and inspected by soldiers at the crossing.", "Other"),
])
def test_more_incident_phrasing_makes_an_event(text: str, sub: str) -> None:
    assert sub in [e.sub_event_type for e in coded(text)]


def test_the_cause_of_the_damage_is_actor_1() -> None:
    events = coded("A school was damaged as a result of Russian artillery fire on the village.")
    assert "Military Forces of Russia (2000-)" in [e.actor1 for e in events]


def test_syrian_regime_police_are_the_police() -> None:
    events = coded("A pharmacist was detained by Syrian regime police at a checkpoint near Homs.")
    assert "Police Forces of Syria (2000-)" in [e.actor1 for e in events]
