"""Round 20 (places29): places left wrong in FA-KES: a place named in what an attack avenges is not the scene,
and Abu al-Duhur is in the Syria gazetteer."""

from __future__ import annotations

import warscribe


def _events(text: str, published: str = "2016-08-02"):
    events = warscribe.extract(text, published=published)
    assert events, text
    return events


def test_a_place_inside_a_revenge_clause_is_not_the_scene() -> None:
    events = _events("Five civilians were killed in air strikes on the village of Tal Toughan in rural Idlib. "
                     "Activists said that the bombings were carried out by Russian forces in revenge for the death "
                     "of five crewmen killed when their helicopter crashed near the town of Saraqib on Monday.")
    assert all(e.location != "Saraqib" for e in events)
    assert any(e.location == "Tal Toughan" for e in events)


def test_a_comma_ends_the_motive_so_the_place_after_it_is_the_scene() -> None:
    events = _events("In retaliation for the ambush, the army shelled the town of Saraqib on Monday, killing "
                     "four civilians.")
    assert any(e.location == "Saraqib" for e in events)


def test_abu_al_duhur_is_a_known_town_of_idlib() -> None:
    events = _events("Russian jets raided Abu Alduhour on Monday, killing 12 civilians.")
    assert any(e.location == "Abu al-Duhur" and e.admin1 == "Idleb" for e in events)


def test_a_town_in_apposition_frames_an_unknown_name() -> None:
    events = _events("In al-Zahwara a town on the banks of the Euphrates gunmen beheaded two men on Sunday.",
                     "2014-08-12")
    assert any(e.location == "al-Zahwara" for e in events)


def test_a_village_in_apposition_after_a_comma_frames_an_unknown_name() -> None:
    events = _events("Gunmen shot dead three farmers in Kafr Nubudah, a village near Hama, on Sunday.", "2014-08-12")
    assert any(e.location == "Kafr Nubudah" for e in events)


def test_a_village_elder_is_no_settlement() -> None:
    events = _events("Gunmen shot Ahmed Zubari, a village elder, on Sunday in Idlib.", "2014-08-12")
    assert all(e.location != "Ahmed Zubari" and e.location != "Zubari" for e in events)


def test_a_country_named_as_an_ally_gives_the_sentence_no_country() -> None:
    events = _events("Air strikes on a market killed at least 29 civilians in a town in northern Syria on Monday. "
                     "The monitor said it was not clear whether the strikes on rebel-held Atareb had been carried "
                     "out by Syrian warplanes or those of the regime's ally Russia.", "2017-11-13")
    assert any(e.admin1 == "Aleppo" for e in events)
    assert all(e.location != "Russia" for e in events)


def test_a_place_an_attack_is_likened_to_is_not_the_scene() -> None:
    events = _events("Fighters tried to break the army's lines north of Aleppo using car bombs in a move like that "
                     "seen in Khan Touman, but the car bombs exploded before they reached the front lines.",
                     "2016-06-30")
    assert all(e.location != "Khan Tuman" for e in events)
    assert any(e.admin1 == "Aleppo" for e in events)
