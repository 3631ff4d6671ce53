"""Round 17 (places22): where fire lands, not where it came from; the lands around Damascus; city quarters."""

from __future__ import annotations

import pytest

import warscribe
from warscribe.places.data import admin1_named, surrounding


def _events(text: str, published: str = "2016-06-07") -> list:
    return warscribe.extract(text, published=published)


def _first(text: str, published: str = "2016-06-07"):
    events = _events(text, published)
    assert events, text
    return events[0]


def test_rural_damascus_surrounds_damascus() -> None:
    damascus = admin1_named("Damascus")
    assert damascus is not None
    around = surrounding(damascus)
    assert around is not None and around.name == "Rural Damascus"
    aleppo = admin1_named("Aleppo")
    assert aleppo is not None and surrounding(aleppo) is None


@pytest.mark.parametrize("where", [
    "outside Damascus", "in the countryside of Damascus", "in the Damascus suburbs", "near Damascus",
    "in the eastern suburbs of Damascus", "in Damascus' eastern countryside", "in a district near the capital Damascus",
    "east of Damascus", "in rural Damascus",
])
def test_lands_around_damascus_are_rural_damascus(where: str) -> None:
    ev = _first(f"Government artillery shelled a market {where} on Tuesday, killing seven people.")
    assert ev.admin1 == "Rural Damascus"


@pytest.mark.parametrize("where", ["in Damascus", "near Damascus's old citadel", "in Damascus city"])
def test_damascus_itself_stays_damascus(where: str) -> None:
    ev = _first(f"A car bomb exploded {where} on Tuesday, killing seven people.")
    assert ev.admin1 == "Damascus"


def test_countryside_of_aleppo_stays_in_aleppo_at_the_governorate() -> None:
    ev = _first("Government artillery shelled a market in the western countryside of Aleppo on Tuesday, killing "
                "seven people.")
    assert ev.admin1 == "Aleppo"
    assert ev.geo_precision == 3


def test_where_the_gunmen_sat_is_not_where_the_shells_fell() -> None:
    text = ("Gunmen positioned in Douma fired mortar rounds on Damascus on Tuesday, wounding four people, "
            "the police said.")
    ev = _first(text)
    assert ev.admin1 == "Damascus"


def test_place_of_origin_alone_stays_the_place() -> None:
    # with no other place named, where the fire came from is all the report says
    ev = _first("Militants stationed in Douma fired rockets on Tuesday, wounding four people.")
    assert ev.admin1 == "Rural Damascus"


def test_seven_fountains_square_is_a_quarter_of_damascus() -> None:
    ev = _first("Two mortar shells fell on al-Sabaa Bahrat square on Sunday, wounding three civilians.")
    assert ev.location == "Al-Sabaa Bahrat"
    assert ev.admin1 == "Damascus"


def test_zahraa_association_is_a_district_of_aleppo() -> None:
    ev = _first("Rebels attacked army positions in Jamiyat al-Zahraa on Friday, killing ten soldiers.")
    assert ev.location == "Jamiyat al-Zahra"
    assert ev.admin1 == "Aleppo"


def test_next_sentence_with_its_own_event_does_not_place_the_first() -> None:
    # the second sentence tells its own raid: its town is not where the first one's bombardment fell
    text = ("Residents said the night was the worst in months. The monitor gave its figures on Tuesday morning. "
            "At least 30 civilians were killed in overnight bombardment of Idlib province, the monitor said. "
            "Separately, gunmen ambushed an aid convoy heading to the town of Saraqib, killing five drivers.")
    events = _events(text)
    bombardment = [e for e in events if e.fatalities == 30]
    assert bombardment and bombardment[0].admin1 == "Idleb"
    assert bombardment[0].location != "Saraqib"


def test_next_sentence_naming_the_village_places_the_event() -> None:
    text = ("Air strikes killed 12 people in southern Idlib on Monday, the monitor said. "
            "The dead were in the village of Kafr Nabl.")
    ev = _first(text)
    assert ev.location == "Kafranbel"


def test_toll_told_after_the_place_does_not_move_it() -> None:
    text = ("Residents said the night was the worst in months. Government jets carried out a massacre in the town "
            "of Douma in eastern Ghouta on Monday, claiming the lives of at least 32 people.")
    ev = _first(text)
    assert ev.location == "Duma"


def test_towns_people_came_from_are_not_where_the_bomb_hit() -> None:
    text = ("Residents said the night was the worst in months. A car bomb hit buses carrying families from the "
            "northern towns of Fuaa and Kafraya as they waited in rebel-held Rashidin on Saturday, killing 80 people.")
    ev = _first(text)
    assert ev.location == "Al-Rashidin"


def test_towns_named_as_the_scene_stay_the_scene() -> None:
    ev = _first("Gunmen killed two people in the towns of Fuaa and Kafraya on Monday.")
    assert ev.admin1 == "Idleb"


def test_place_named_before_the_toll_is_not_its_place() -> None:
    # the toll's place is named after it: "thirteen civilians were killed in air raids on the town of X"
    text = ("Residents said the night was the worst in months. Kurdish fighters held the town of Tal Abyad on Monday "
            "and thirteen civilians were killed in air raids by government jets on the town of Manbij, a monitor said.")
    ev = _first(text, "2015-07-15")
    assert ev.location == "Manbij"
