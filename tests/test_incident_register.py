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
    assert events and all(e.country != "Republic of the Congo" for e in events)


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
