"""Round 20 (places28): places still wrong in FA-KES: a framed village whose name opens with a person's title
("the village of Abu Alduhour"), a capital before a word for its state
("its Damascus ally"), and a town of the report's country after a governorate of another."""

from __future__ import annotations

import pytest

import warscribe
from warscribe.places.countries import border_before


def _events(text: str, published: str = "2016-08-02"):
    events = warscribe.extract(text, published=published)
    assert events, text
    return events


def test_a_framed_village_opening_with_abu_is_placed_in_the_governorate_named() -> None:
    events = _events("Separately 12 civilians were killed when Russian jets raided the village of Abu Alduhour in "
                     "rural Idlib on Monday.")
    raid = [e for e in events if e.fatalities == 12]
    assert raid and raid[0].location in ("Abu Alduhour", "Abu al-Duhur") and raid[0].admin1 == "Idleb"


def test_a_framed_village_opening_with_abu_is_a_place_the_gazetteer_lacks() -> None:
    ev = _events("Warplanes raided the village of Abu Qarqoor in rural Deir Ezzor on Monday, killing five "
                 "civilians.")[0]
    assert ev.location == "Abu Qarqoor" and ev.admin1 == "Deir-ez-Zor"


def test_a_person_named_abu_is_still_no_place() -> None:
    ev = _events("Gunmen loyal to Abu Qarqoor shot dead three soldiers in Deir Ezzor city on Monday.")[0]
    assert ev.location != "Abu Qarqoor"


def test_a_capital_before_ally_is_the_state_not_the_scene() -> None:
    events = _events("The death toll from a suspected gas attack on a rebel-held town rose to 86 on Wednesday. "
                     "But Moscow defended its Damascus ally saying that Syrian aircraft had carried out a strike "
                     "that hit a stockpile of toxic substances.", "2017-04-05")
    assert all(e.admin1 != "Damascus" for e in events)


def test_a_capital_before_a_compound_with_government_stays_a_place() -> None:
    ev = _events("Rebel rockets hit Damascus government-held districts on Monday, killing four civilians.")[0]
    assert ev.admin1 == "Damascus"


def test_a_town_of_the_reports_country_after_a_foreign_province_keeps_its_governorate() -> None:
    events = _events("At least 23 militants were killed on Sunday in northern Syria, security sources said. "
                     "The southeastern province of Kilis has faced rocket attacks from the group. "
                     "Kurdish-led fighters have seized land to the northeast of the northern city of Manbij.",
                     "2016-06-20")
    assert all(not (e.location == "Manbij" and e.admin1 is None) for e in events)
    assert any(e.location == "Manbij" and e.admin1 == "Aleppo" for e in events)



@pytest.mark.parametrize("text", ["a blast at a border crossing with Turkey on Thursday",
                                  "the bomb at the Atme crossing between Turkey and the province"])
def test_a_country_after_a_crossing_is_one_side_of_a_border(text: str) -> None:
    assert border_before(text, text.index("Turkey"))


def test_a_country_after_a_crossing_is_no_vote_for_the_scene(gaz) -> None:
    text = "Twenty fighters died at a border crossing with Turkey, and at the crossing between Turkey and Idlib."
    votes = gaz.country_hints().votes(text, [(0, len(text))], lambda at: False, {})
    assert not votes.get("TR")


def test_a_capital_after_pro_is_an_allegiance_not_the_scene() -> None:
    events = _events("A car bomb killed 22 evacuees in Rashidin west of Aleppo on Saturday. Pro-Damascus media "
                     "outlets said a suicide attacker detonated a car bomb and killed at least 22 people.",
                     "2017-04-15")
    assert all(e.admin1 == "Aleppo" for e in events)


def test_a_given_name_before_a_kind_of_place_is_not_read_as_an_unknown_place() -> None:
    ev = _events("The home of a politician in Tripoli was hit by a rocket on 4 March. The rocket hit his house "
                 "in the Ben Qarqoor district.", "2016-03-05")[0]
    assert ev.location != "Ben Qarqoor"
