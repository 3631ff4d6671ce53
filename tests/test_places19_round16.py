"""Round 16 (places19): homonyms, places abroad, tag lists, mosques and towns the gazetteer spelled otherwise."""

from __future__ import annotations

import warscribe


def _events(text: str) -> list:
    return warscribe.extract(text, published="2016-06-07")


def _only(text: str, word: str):
    """The event whose evidence holds the trigger word."""
    events = [e for e in _events(text) if any(word in ev.text for ev in e.evidence if ev.field == "event_type")]
    assert events, [(e.location, e.admin1) for e in _events(text)]
    return events[0]


def test_town_keeps_itself_when_a_governorate_was_named_only_before() -> None:
    text = ("Rebels advanced in their push towards Raqqa on Saturday. A car bomb hit buses carrying people "
            "evacuated from the besieged towns of Fuaa and Kafraya, killing 40 people.")
    ev = _only(text, "car bomb")
    assert ev.admin1 == "Idleb"


def test_unknown_village_still_takes_the_governorate_of_its_sentence() -> None:
    text = "Warplanes bombed the village of Zarzur Gharbi in Idlib province on Monday, killing six people."
    ev = _events(text)[0]
    assert ev.admin1 == "Idleb"


def test_city_abroad_is_no_village_of_the_governorate_named_with_it() -> None:
    text = ("Islamic State fighters, who hold most of Deir al-Zor province, stormed the northern city of Mosul in "
            "June, killing 20 policemen, across Syria and Iraq.")
    places = {(e.location, e.admin1, e.country) for e in _events(text)}
    assert ("Mosul", "Deir-ez-Zor", "Syria") not in places


def test_small_namesake_abroad_stays_out() -> None:
    text = ("Rebels shelled Aleppo on Monday. Washington blamed Moscow. Aid trucks were hit near Orum al-Kubrah "
            "on Tuesday, killing 20 people.")
    assert all(e.country == "Syria" for e in _events(text))


def test_homonym_near_the_place_its_sentence_names() -> None:
    text = ("Rebels shelled Azaz, Manbij and Jarabulus in Aleppo province on Wednesday. On Thursday militants "
            "stormed the Shaar field east of the city of Homs, killing 30 guards.")
    ev = _only(text, "stormed")
    assert ev.admin1 == "Homs"


def test_place_in_a_tag_list_is_no_scene() -> None:
    text = ("Tags Syria Palmyra video The group released a video of two activists shot dead in the town of "
            "Raqqa on Monday.")
    ev = _events(text)[0]
    assert ev.admin1 == "Ar-Raqqa"


def test_tag_list_place_kept_when_the_lede_names_none() -> None:
    text = "Tags Syria Idlib airstrikes At least 12 people were killed in air strikes on a market on Monday."
    ev = _events(text)[0]
    assert ev.admin1 == "Idleb"


def test_mosque_name_is_no_village() -> None:
    text = ("A motorcycle bomb went off near the al-Rashideen Mosque in the al-Daatour neighbourhood of Latakia "
            "city on Monday, killing five people.")
    ev = _events(text)[0]
    assert ev.admin1 == "Lattakia"


def test_towns_spelled_as_reports_spell_them() -> None:
    first = _events("Rebels shelled Aleppo on Sunday. Warplanes struck a market in Maaret al-Numan on Monday, "
                    "killing 11 civilians.")
    assert any(e.admin1 == "Idleb" and e.fatalities == 11 for e in first)
    second = _events("Rebels shelled Aleppo on Sunday. Air strikes killed 17 people in a market in the eastern "
                     "city of Ashara on Monday.")
    assert any(e.admin1 == "Deir-ez-Zor" and e.fatalities == 17 for e in second)


def test_foreign_country_of_an_earlier_sentence_is_no_scene() -> None:
    text = ("Warplanes struck the town of Armanaz in Idlib province on Friday. The raids broke a truce that "
            "Russia, Turkey and Iran had agreed. Bombing forced hospitals in the province to close on Saturday, "
            "killing two nurses.")
    assert all(e.country == "Syria" for e in _events(text))


def test_capital_named_in_a_sentence_about_another_country_stays_home() -> None:
    text = ("Warplanes struck Douma near Damascus on Monday, killing 12 people. In the United States, officials "
            "accused Damascus of a gas attack on Tuesday that killed 40 people.")
    assert all(e.country == "Syria" for e in _events(text))


def test_lede_without_place_takes_the_next_sentence_scene() -> None:
    text = ("More than 30 rebels were killed in a suicide blast near the border on Sunday, a monitor said. The "
            "bomber struck the Atmeh crossing in Idlib province at dusk.")
    ev = _events(text)[0]
    assert ev.admin1 == "Idleb" and ev.location == "Atma"


def test_city_abroad_named_unframed_is_no_scene() -> None:
    text = ("Warplanes struck Saraqeb in Idlib province on Monday. Washington and Paris say government forces "
            "carried out the gas attack on Tuesday that killed 40 people.")
    assert all(e.country == "Syria" for e in _events(text))


def test_city_abroad_in_a_sentence_naming_its_country_stays() -> None:
    text = ("Warplanes struck Saraqeb in Idlib province on Monday. In Lebanon, some 200 Kurds staged a "
            "demonstration downtown Beirut on Tuesday against the strikes.")
    assert any(e.country == "Lebanon" for e in _events(text))
