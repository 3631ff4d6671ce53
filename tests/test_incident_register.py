"""The incident-report register (aid, health and education incidents, written by coders): passive weapon phrases,
injuries, bodies with gunshot wounds, facilities closed because of an attack, and the Syrian and Russian air forces
named by their weapons. Our own sentences."""

from __future__ import annotations

import pytest

import warscribe
from warscribe.model import Event


def coded(text: str) -> list[Event]:
    return warscribe.extract(text, published="2020-02-10")


@pytest.mark.parametrize(("text", "sub"), [
    ("A clinic and a water truck were damaged by rockets reportedly fired by Syrian forces in Idlib.",
     "Shelling/artillery/missile attack"),
    ("A school in Ariha was damaged by missiles fired by Syrian regime warplanes.", "Air/drone strike"),
    ("A nurse was injured by Russian warplanes near Maarat al-Numan.", "Air/drone strike"),
    ("A relief convoy was fired upon by unknown gunmen near Daraa, injuring a driver.", "Attack"),
    ("In a camp near Hasakah, the body of a young man was found bearing gunshot wounds.", "Attack"),
    ("Medical supplies were taken from a pharmacy in Raqqa by an armed group.", "Looting/property destruction"),
    ("Regime warplanes fired three missiles at a bakery in Ariha.", "Air/drone strike"),
    ("A clinic in Sarmin was destroyed by missiles fired by Russian warplanes.", "Air/drone strike"),
    ("Air defences destroyed two missiles over the capital on Monday.", "Disrupted weapons use"),
    ("A dispensary in Kafr Nabl was rendered inoperable by regime warplanes.", "Air/drone strike"),
])
def test_incident_phrasing_makes_an_event(text: str, sub: str) -> None:
    assert sub in [e.sub_event_type for e in coded(text)]


def test_a_clinic_suspended_because_of_shelling_is_still_an_event() -> None:
    events = coded("A health centre in Atarib was suspended due to heavy shelling on the town.")
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_suspended_talks_are_still_no_event() -> None:
    assert coded("The two sides suspended the talks on Monday.") == []


@pytest.mark.parametrize("text", [
    "A paramedic was wounded by Syrian or Russian warplanes near Saraqib.",
    "A bakery was hit by Syrian/Russian warplanes in Ariha.",
    "A teacher was killed by Syrian regime ground forces artillery in Idlib.",
])
def test_syrian_or_russian_air_forces_are_the_syrian_military(text: str) -> None:
    actors = [e.actor1 for e in coded(text)]
    assert "Military Forces of Syria (2000-)" in actors


def test_an_ngo_is_not_a_place() -> None:
    events = coded("An NGO ambulance was damaged by Syrian regime shells near Idlib.")
    assert events and all(e.country not in ("Republic of Congo", "Republic of the Congo") for e in events)


@pytest.mark.parametrize(("text", "admin1"), [
    ("Fifty fighters were killed in clashes in Kobani on Monday.", "Aleppo"),
    ("A car bomb hit buses from Fuaa at Rashidin on Saturday, killing dozens.", "Aleppo"),
    ("An air strike on Syrias Raqa killed nine people on Tuesday.", "Ar-Raqqa"),
    ("Kurdish fighters killed 12 militants near the town of Al Tabqah on Sunday.", "Ar-Raqqa"),
])
def test_syrian_towns_from_war_reporting(text: str, admin1: str) -> None:
    assert admin1 in [e.admin1 for e in coded(text)]


def test_state_media_terrorists_are_an_unidentified_armed_group() -> None:
    events = coded("Terrorists fired rocket shells on a neighbourhood of Aleppo on Sunday, killing a child.")
    assert [e.actor1 for e in events] == ["Unidentified Armed Group (Syria)"]


def test_us_led_strikes_are_the_coalition() -> None:
    events = coded("US-led air strikes killed 20 militants near Raqqa on Monday.")
    assert [e.actor1 for e in events] == ["Global Coalition Against Daesh"]


def test_weapons_counted_are_not_a_toll() -> None:
    events = coded("Gunmen fired 10 rocket shells on Aleppo on Sunday, killing 3 civilians.")
    assert [e.fatalities for e in events] == [3]


def test_a_toll_since_the_middle_of_a_month_is_background() -> None:
    events = coded("The district has been under heavy shelling since mid-January that has killed 80 civilians.")
    assert all(e.fatalities == 0 for e in events)


@pytest.mark.parametrize(("text", "sub"), [
    ("A village clinic near Kafr Takharim was occupied by soldiers and turned into a barracks.",
     "Headquarters or base established"),
    ("Troops were stationed inside a primary school in Maarrat Misrin for two weeks.",
     "Headquarters or base established"),
    ("An aid convoy was denied access to the town of Saraqib by soldiers at a checkpoint.", "Other"),
    ("A medical team was prevented from reaching the wounded in Jisr al-Shughur by police.", "Other"),
    ("A headteacher in Azaz was threatened by armed men who demanded the school be closed.", "Other"),
    ("A pharmacy in Al-Bab was forced to close by members of an armed faction.", "Other"),
    ("In Afrin, fighters of an armed faction expelled twenty families from their homes.", "Other"),
    ("A field hospital near Ariha was searched by soldiers and two nurses were interrogated.", "Arrests"),
    ("Three paramedics were taken to an unknown location by gunmen in Daraa.", "Abduction/forced disappearance"),
    ("A village school near Ariha became a military base for government troops.", "Headquarters or base established"),
    ("Doctors and patients were expelled from a clinic in Afrin by members of an armed faction.", "Other"),
    ("Residents of a village near Azaz were ordered to evacuate by an armed faction.", "Other"),
    ("A clinic in Maarrat al-Numan was damaged by the bombs dropped from regime helicopters.", "Air/drone strike"),
    ("A field hospital outside Idlib was seized by government troops.", "Headquarters or base established"),
    ("Soldiers set up a field hospital in a primary school near Hama.", "Headquarters or base established"),
    ("A relief truck was stopped and searched by soldiers outside Daraa.", "Other"),
    ("Two nurses were sexually harassed by soldiers at a checkpoint near Homs.", "Sexual violence"),
    ("A driver for an aid agency was held by gunmen for two days near Deir ez-Zor.",
     "Abduction/forced disappearance"),
    ("Medical supplies were taken from a clinic in Jisr al-Shughur by armed men.", "Looting/property destruction"),
])
def test_obstruction_occupation_and_threats_are_events(text: str, sub: str) -> None:
    assert sub in [e.sub_event_type for e in coded(text)]


@pytest.mark.parametrize("text", [
    # a siege told as a standing state, and the armed expulsion of a group from its positions, are no such events
    "Tens of thousands of people live in districts surrounded by government forces.",
    "The rebels expelled the militants from their positions in the hills last year.",
    "Rebel groups have been expelled from territory they once held in the capital.",
])
def test_siege_states_and_captures_are_not_obstruction_events(text: str) -> None:
    assert "Other" not in [e.sub_event_type for e in coded(text)]


def test_islamic_state_without_a_country_is_the_syrian_branch() -> None:
    events = coded("A nurse was shot dead outside a clinic by two Islamic State members on a motorbike.")
    assert [e.actor1 for e in events] == ["Islamic State (Syria)"]


def test_islamic_state_in_another_country_stays_that_countrys_branch() -> None:
    events = coded("Islamic State militants attacked a checkpoint in Kirkuk, Iraq, killing three policemen.")
    assert events and events[0].actor1 == "Islamic State (Iraq)"


def test_der_al_furat_factions_are_the_syrian_national_army() -> None:
    events = coded("A paramedic was injured in Jarablus by mortar shells fired by Der' Al Furat forces.")
    assert [e.actor1 for e in events] == ["SNA: Syrian National Army"]


@pytest.mark.parametrize("text", [
    "In a camp near Hasakah, a guard was shot dead by gunmen believed to be Islamic State members.",
    "In a camp near Hasakah, a woman was found killed by unknown attackers, likely Islamic State members.",
])
def test_a_suspected_group_named_for_unknown_attackers_is_actor1(text: str) -> None:
    events = coded(text)
    assert [e.actor1 for e in events] == ["Islamic State (Syria)"]
    assert all(not (e.actor2 or "").startswith("Unidentified") for e in events)


def test_the_doer_of_a_later_clause_is_actor1_after_a_list_of_victims() -> None:
    events = coded("In Raqqa, a boy was killed and four women injured when Syrian Democratic Forces opened fire "
                   "on them.")
    assert [(e.actor1, e.actor2) for e in events] == [("SDF: Syrian Democratic Forces", "Civilians (Syria)")]


def test_the_victim_of_a_passive_stays_actor2_when_the_agent_is_a_suspected_group() -> None:
    events = coded("Nine civilians were killed in a suspected Russian air strike on a market in Ariha.")
    assert [(e.actor1, e.actor2) for e in events] == [("Military Forces of Russia (2000-)", "Civilians (Syria)")]


def test_a_nurse_questioned_by_soldiers_is_the_victim_of_the_arrest() -> None:
    events = coded("Two nurses were questioned by Syrian regime forces at an intelligence branch in Hama.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Arrests", "Military Forces of Syria (2000-)", "Civilians (Syria)")]


def test_neighbourhoods_of_damascus_and_aleppo_are_not_towns_elsewhere() -> None:
    midan = coded("A suicide bomber struck a police station in the Midan neighbourhood of Damascus, Syria.")
    salah = coded("Rebels shelled the Salah Eddin neighbourhood in Aleppo, Syria, killing two civilians.")
    assert [(e.location, e.admin1) for e in midan] == [("Al-Midan", "Damascus")]
    assert ("Salah al-Din", "Aleppo") in [(e.location, e.admin1) for e in salah]


def test_coming_under_fire_is_an_event() -> None:
    assert coded("A Red Crescent ambulance came under fire on the road to Saraqib.")


def test_districts_held_by_militants_are_no_abduction() -> None:
    events = coded("Aleppo's eastern districts, held by militants, were bombed by government aircraft on Monday.")
    assert "Abduction/forced disappearance" not in [e.sub_event_type for e in events]
