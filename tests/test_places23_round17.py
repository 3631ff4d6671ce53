"""Round 17 (places23): FA-KES places: the lands near a capital, a settlement near a town, capitals that speak,
a place held by a named area, and Syrian places the gazetteer lacked."""

from __future__ import annotations

import pytest

import warscribe


def _events(text: str, published: str = "2016-06-07") -> list:
    return warscribe.extract(text, published=published)


def _first(text: str, published: str = "2016-06-07"):
    events = _events(text, published)
    assert events, text
    return events[0]


@pytest.mark.parametrize("where", ["near Syria's capital", "near the Syrian capital", "outside the Syrian capital"])
def test_lands_near_the_capital_are_rural_damascus(where: str) -> None:
    ev = _first(f"A car bomb went off beside a mosque {where} on Saturday, killing eleven worshippers.")
    assert ev.admin1 == "Rural Damascus"


def test_the_capital_itself_stays_damascus() -> None:
    ev = _first("A car bomb went off beside a mosque in the Syrian capital on Saturday, killing eleven worshippers.")
    assert ev.admin1 == "Damascus"


def test_settlement_near_a_town_is_read_near_it() -> None:
    # the gazetteer's only Safsafah lies in Tartous, 300 km from Tabqa
    ev = _first("Fighters were killed on Wednesday while storming army posts around the town of Safsafah near "
                "Al Tabqah, the news site reported.", "2017-04-05")
    assert ev.admin1 == "Ar-Raqqa"


def test_capitals_that_speak_are_no_place() -> None:
    events = _events("Washington and Paris say troops loyal to the president were behind the gas attack in which "
                     "more than 900 people were killed.", "2013-09-08")
    assert events
    assert all(ev.country != "France" and ev.location != "Paris" for ev in events)


def test_a_capital_after_a_locative_stays_a_place() -> None:
    ev = _first("Gunmen killed four people in Paris on Friday, police said.", "2015-11-14")
    assert ev.country == "France"


def test_the_golan_hader_is_in_quneitra() -> None:
    ev = _first("An Israeli drone hit a car in the village of Hader on Wednesday, killing two militiamen.",
                "2015-07-29")
    assert ev.admin1 == "Quneitra"


def test_a_name_held_by_its_city_keeps_it_when_told_again() -> None:
    text = ("Dozens of Militants Killed in Fighting in Homs and Aleppo. "
            "A rebel commander was killed in an army raid in the Howayqa neighborhood of Deir Ezzor. "
            "Lately the militants' shelling focused on Howayqa neighborhood, killing three residents.")
    placed = [ev for ev in _events(text, "2013-08-13") if ev.location and "Huwayqa" in ev.location]
    assert placed and all(ev.admin1 == "Deir-ez-Zor" for ev in placed)


def test_zahra_on_aleppos_outskirts_is_aleppos_quarter() -> None:
    ev = _first("The rebel faction began an offensive to capture the government-held district of Zahra on "
                "Aleppo's western outskirts on Sunday, killing nine soldiers.", "2016-08-14")
    assert ev.admin1 == "Aleppo"


def test_rasafa_in_raqqa() -> None:
    ev = _first("The army advanced on al-Rasafa and shot down a drone of the militants, killing four of them.",
                "2016-06-11")
    assert ev.admin1 == "Ar-Raqqa"


def test_the_news_agency_is_no_scene_in_france() -> None:
    text = ("Three soldiers were killed in a mortar attack on their post on Tuesday, activists told "
            "Agence France Presse.")
    ev = _first(text, "2013-08-13")
    assert ev.country != "France"


def test_a_village_near_a_border_country_keeps_its_country() -> None:
    ev = _first("Militants kidnapped two herders from the village of Tangounga near the Niger border on Monday.",
                "2018-06-12")
    assert ev.country == "Burkina Faso"


@pytest.mark.parametrize(("where", "admin1"), [
    ("the al-Zahraa neighborhood in Aleppo city", "Aleppo"),
    ("the al-Zahraa neighbourhood of Homs", "Homs"),
])
def test_zahraa_follows_the_city_named_with_it(where: str, admin1: str) -> None:
    ev = _first(f"Two people were killed in a rocket attack on {where} on Monday.", "2016-08-25")
    assert ev.admin1 == admin1
