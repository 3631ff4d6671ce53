"""Round 18 follow-up (places25): an organisation's name is no part of a place's name, a village named as where
people were taken from is the scene inside the governorate the sentence names."""

from __future__ import annotations

import pytest

import warscribe
from warscribe.places.recognize import find_places


def _first(text: str, published: str = "2016-07-20"):
    events = warscribe.extract(text, published=published)
    assert events, text
    return events[0]


@pytest.mark.parametrize("body", ["Amnesty International", "Human Rights Watch"])
def test_an_organisations_name_after_a_village_is_no_part_of_it(gaz, body: str) -> None:
    text = f"Families hid in mud homes in the small village of Tokhar {body} said."
    names = [m.text for m in find_places(text, [(0, len(text))], gaz, "SY")]
    assert names == ["Tokhar"]


def test_an_organisations_name_alone_is_left_as_it_is(gaz) -> None:
    text = "Amnesty International said the strike was unlawful."
    assert all("Amnesty" not in m.text or m.text == "Amnesty International"
               for m in find_places(text, [(0, len(text))], gaz, "SY"))


def test_a_village_people_were_taken_from_is_the_scene_in_the_named_province() -> None:
    ev = _first("In the northwestern province of Idlib gunmen kidnapped a teacher from the village of Yacoubiyeh "
                "on Saturday the monitor said.", "2015-10-06")
    assert ev.location == "Al-Yaqubiyah"
    assert ev.admin1 == "Idleb" and ev.geo_precision == 1


def test_a_place_fire_came_from_stays_second_to_another_town() -> None:
    ev = _first("Rockets fired from the village of Yacoubiyeh hit Hama city on Sunday, killing two.", "2015-10-06")
    assert ev.admin1 == "Hama"



def test_where_attackers_sat_stays_second_to_the_governorate() -> None:
    ev = _first("Gunmen positioned in Yacoubiyeh fired shells on a hotel in Idlib, killing two.",
                "2015-10-06")
    assert ev.location != "Al-Yaqubiyah"
