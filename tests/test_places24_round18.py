"""Round 18 (places24): FA-KES places: a country's possessive before a kind of place, a quarter held by a town
named after a direction, a person's name after a noun for a person, "in and around" a city, a landmark named
beside a place, and the report's own country named in an earlier sentence."""

from __future__ import annotations

import pytest

import warscribe
from warscribe.places.recognize import find_places


def _events(text: str, published: str = "2017-04-09") -> list:
    return warscribe.extract(text, published=published)


def _first(text: str, published: str = "2017-04-09"):
    events = _events(text, published)
    assert events, text
    return events[0]


@pytest.mark.parametrize("said", ["Syria's northern town", "Syrias northern town", "Syria's town"])
def test_a_countrys_possessive_before_a_town_names_the_scene(gaz, said: str) -> None:
    hints = gaz.country_hints()
    text = f"Fighters took a hill near {said} of Kafr Zita on Monday."
    assert hints.votes(text, [(0, len(text))])["SY"] >= 5


@pytest.mark.parametrize("said", ["Syria's army said", "Russia's state media said", "Syrias allies said"])
def test_a_countrys_possessive_before_no_place_gives_no_vote(gaz, said: str) -> None:
    text = f"{said} the fighting went on."
    assert not gaz.country_hints().votes(text, [(0, len(text))])


def test_a_dateline_abroad_does_not_move_a_syrian_town_abroad() -> None:
    text = ("MOSCOW (Agency) Kurdish-led forces killed nine militants near Syria's northern town of Al Tabqah, "
            "media reported on Sunday. The group is outlawed in Russia. A local agency said the clashes broke out "
            "on Saturday night to the east from Al Tabqah and went on until dawn.")
    events = _events(text)
    assert events and all(ev.country == "Syria" for ev in events)
    assert all(ev.admin1 == "Ar-Raqqa" for ev in events)


def test_a_quarter_in_western_mosul_lies_in_mosul() -> None:
    text = ("Coalition jets struck the eastern parts of Raqqa province on Monday. Such strikes in Syria or Iraq often "
            "kill civilians. In March a coalition strike hit a house in al-Kharab neighborhood in western Mosul, "
            "killing twelve people.")
    placed = [ev for ev in _events(text, "2017-04-08") if ev.location == "al-Kharab"]
    assert placed and all(ev.country == "Iraq" and ev.admin1 == "Ninawa" for ev in placed)


def test_a_name_after_a_noun_for_a_person_is_no_place(gaz) -> None:
    text = ("Gunmen seized the Christian priest Hanna Aziz in Idlib province on Sunday. Witnesses said Aziz was "
            "taken at dawn.")
    found = find_places(text, [(0, len(text))], gaz, "SY")
    assert [m.text for m in found] == ["Idlib"]


def test_in_and_around_a_city_is_the_city() -> None:
    text = ("Air strikes killed thirty civilians in and around Aleppo on Sunday, the monitor said. Rebels have held "
            "the district of Zahra on the city's western edge since May.")
    ev = _first(text, "2016-08-14")
    assert ev.location == "Aleppo" and ev.geo_precision == 1


def test_around_a_city_stays_around_it() -> None:
    ev = _first("Air strikes killed thirty civilians around Aleppo on Sunday, the monitor said.", "2016-08-14")
    assert ev.geo_precision != 1 or ev.location != "Aleppo"


def test_a_landmark_beside_a_place_is_no_scene() -> None:
    text = ("Clashes went on as rebels tried to take a hill to link the land they hold in Daraa and the "
            "Quneitra region alongside the Israeli-occupied Golan Heights, the monitor said.")
    ev = _first(text, "2014-04-26")
    assert ev.location != "Golan Heights"
    assert ev.admin1 == "Dar'a"


def test_the_reports_country_named_before_gives_way_to_a_town_named_earlier() -> None:
    text = ("A helicopter dropped barrel bombs on rebels about ten kilometres from the town of Al Bab on Monday. "
            "A Kurdish commander denied it. No aircraft were involved, an officer of the main Syria Kurdish militia "
            "told the agency. A spokesman for the rebels said the Kurdish forces attacked them while they were "
            "fighting in the area.")
    events = [ev for ev in _events(text, "2016-10-26") if ev.event_type == "Battles"]
    assert events and all(ev.admin1 == "Aleppo" for ev in events)


def test_a_treatys_name_is_no_town(gaz) -> None:
    text = "They broke the Convention on Certain Conventional Weapons, he wrote."
    assert not find_places(text, [(0, len(text))], gaz, "SY")
