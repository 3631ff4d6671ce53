"""Syrian war articles (round 14, fakes12): places and actors. Quarters of Syria's cities are their own points in
their city, not look-alike towns elsewhere ("Masaken Hanano" is no Maskanah, "al-Qusour" no al-Qusayr); "al-Fouaa"
is al-Fuah; Arabic personal names ("Abdul Jabbar ...", "Talal al-Barazi") are no places; "regime shelling" is the
state's; "Russias military" (a text stripped of apostrophes) is Russia's.
Our own sentences."""

from __future__ import annotations

import warscribe
from warscribe.model import Event


def coded(text: str, published: str = "2016-08-10") -> list[Event]:
    return warscribe.extract(text, published=published)


def test_a_quarter_of_aleppo_is_no_lookalike_town():
    events = coded("Nineteen people were killed by shelling near Masaken Hanano neighbourhood in eastern Aleppo "
                   "on Monday.")
    assert events[0].location == "Masaken Hanano"
    assert events[0].admin1 == "Aleppo"
    assert abs(events[0].latitude - 36.2) < 0.1 and abs(events[0].longitude - 37.15) < 0.1


def test_a_quarter_of_deir_ez_zor_is_no_town_of_homs():
    events = coded("Mortar shells fired by militants hit al-Qusour neighbourhood in Deir ez-Zor city on Tuesday, "
                   "killing two children.")
    assert events[0].location == "Al-Qusour"
    assert events[0].admin1 == "Deir-ez-Zor"


def test_a_quarter_of_damascus_is_no_village_of_rural_damascus():
    events = coded("A rocket fell on a street in Dummar on Sunday, killing a woman.")
    assert events[0].location == "Dummar"
    assert events[0].admin1 == "Damascus"


def test_al_fouaa_is_al_fuah():
    events = coded("Rockets fired on the besieged al-Fouaa town in Idleb killed a civilian on Tuesday.")
    assert events[0].location == "Al-Fuah"
    assert events[0].admin1 == "Idleb"


def test_a_name_opened_by_abdul_is_a_person_not_a_quarter():
    events = coded("A video showed Col. Abdul Jabbar Akidi announcing that fighters shelled the town of Kobani, "
                   "killing four.")
    assert events[0].location == "Kobani"


def test_a_governor_named_talal_is_no_quarter_of_damascus():
    events = coded("Ten people were killed in a car bomb attack on a taxi stand in Homs, said Talal al-Barazi.")
    assert events[0].admin1 == "Homs"


def test_regime_shelling_is_by_the_state():
    events = coded("Homes in the district of al-Waer in Homs came under intense regime shelling on Friday, "
                   "killing two civilians.")
    assert events[0].actor1 == "Military Forces of Syria (2000-)"


def test_a_possessive_without_its_apostrophe_still_names_the_state():
    events = coded("Russias military said its bombers struck militants near Raqqa on Sunday, killing 30.")
    assert events[0].actor1 == "Military Forces of Russia (2000-)"


def test_a_family_name_told_alone_after_the_full_name_is_the_person():
    events = coded("A car bomb killed ten people in central Syria on Sunday, Governor Talal al-Barazi said. A second "
                   "bomb wounded three more, said Barazi.")
    assert events and all(e.location != "Barzeh" and e.admin1 != "Damascus" for e in events)


def test_a_place_after_a_title_and_of_stays_a_place():
    events = coded("The Governor of Aleppo said on Monday that shelling killed three people in Aleppo.")
    assert events[0].admin1 == "Aleppo"


def test_a_hill_the_gazetteer_lacks_is_no_town_named_tal():
    events = coded("Four Kurdish fighters were killed on Sunday as their forces captured the Tal Baghdaq hilltop near "
                   "Kobani.")
    assert events[0].location == "Kobani"
    assert events[0].admin1 == "Aleppo"


def test_a_quarter_opened_by_bab_is_no_al_bab():
    events = coded("Rebels shelled the Bab Qasim quarter of Homs on Monday, killing two people.")
    assert events[0].location != "Al Bab"
    assert events[0].admin1 == "Homs"


def test_a_head_word_alone_is_still_a_place():
    events = coded("Rebels shelled the town of al-Bab in Aleppo province on Monday, killing two people.")
    assert events[0].location == "Al Bab"


def test_a_speakers_family_name_after_a_place_is_no_part_of_it():
    events = coded("Colonel General Sergei Rudskoi spoke on Tuesday. Syrian jets bombed the city of Saraqib Rudskoi "
                   "said, killing 12 people.")
    assert events[0].location == "Saraqib"


def test_a_quarter_answers_only_to_its_listed_spellings():
    events = coded("Rebels in Syria freed their commander, Saqr al-Juburi, on Thursday after months in detention.")
    assert all(e.location != "Jobar" for e in events)
    assert all(e.location != "Al-Sukkari" for e in events)


def test_maintained_places_split_by_their_exact_only_flag(tmp_path):
    from warscribe.places.importers import maintained_places
    loose, strict = tmp_path / "aa_places.yaml", tmp_path / "bb_places.yaml"
    loose.write_text("country: SY\nplaces:\n  - {name: Alpha, lat: 1, lon: 2}\n", encoding="utf-8")
    strict.write_text("exact_only: true\ncountry: SY\nplaces:\n  - {name: Beta, lat: 1, lon: 2}\n", encoding="utf-8")
    assert [p.name for p in maintained_places([loose, strict], exact=False)] == ["Alpha"]
    assert [p.name for p in maintained_places([loose, strict], exact=True)] == ["Beta"]
    assert [p.name for p in maintained_places([loose, strict])] == ["Alpha", "Beta"]


def test_the_midan_of_aleppo_when_the_text_says_aleppo():
    events = coded("A woman was killed by rocket shells fired by terrorists on the neighborhoods of al-Hamadaniyeh and "
                   "al-Midan in Aleppo city on Monday.")
    assert events[0].admin1 == "Aleppo"
    bare = coded("Mortar shells hit al-Midan neighborhood in Damascus on Monday, killing a man.")
    assert bare[0].admin1 == "Damascus"


def test_the_army_of_conquest_spelled_jeish():
    events = coded("More than 100 Jeish al-Fatah fighters were killed by the Syrian army in Aleppo on Friday.")
    assert events[0].actor2 == "Jaysh al Fatah"


def test_east_ghota_is_eastern_ghouta():
    events = coded("The army ambushed fighters trying to sneak into the East Ghota in Damascus countryside on Monday, "
                   "killing 40.")
    assert events[0].location == "Eastern Ghouta"
    assert events[0].admin1 == "Rural Damascus"


def test_the_full_name_that_defines_a_person_stays_a_person():
    events = coded("An election official, Caroline Odiga, was killed in Kenya and her body was dumped near a market.")
    assert events and all(e.country == "Kenya" for e in events)


def test_a_quarter_of_aleppo_is_no_word_of_an_indian_place_name():
    events = coded("Protesters of the committee on Kalasa-Banduri marched through the city of Hubli on Monday.")
    assert events[0].country == "India"
