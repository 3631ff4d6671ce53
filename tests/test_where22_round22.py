"""Round 22, where22: admin1 of the wrong place (an office's county, a journey's end, a coder's label, a namesake)."""

from __future__ import annotations

import pytest

from coding_support import events


def _admin1s(pipeline, text: str, published: str) -> set[str | None]:
    return {e.admin1 for e in events(pipeline, text, published=published)}


@pytest.mark.parametrize("text, admin1", [
    # a county named for a chief's office, the body found in another county the sentence frames
    ("A Marsabit chief who went missing on Monday was found shot dead in a thicket at Olmoran in Laikipia county the "
     "next day.", "Laikipia"),
    # a governor leading a protest in another county
    ("On 3 May, a protest led by the Nairobi governor was held in Machakos town against traders being harassed by "
     "county askaris.", "Machakos"),
    # the office written before the county
    ("On 9 March, gunmen shot dead the former deputy governor of Lamu outside his house in Nyali (Mombasa).",
     "Mombasa"),
])
def test_a_county_named_for_an_office_is_no_scene_when_its_sentence_frames_another(pipeline, text, admin1):
    assert _admin1s(pipeline, text, "2018-05-10") == {admin1}


@pytest.mark.parametrize("text, admin1", [
    ("Sixty jobless youths began a march from Kasserine to Tunis to protest against unemployment.", "Kasserine"),
    ("Al Shabaab militants ambushed a bus travelling from Garsen to Lamu, killing two passengers.", "Tana River"),
])
def test_a_journey_is_placed_where_it_set_out(pipeline, text, admin1):
    assert _admin1s(pipeline, text, "2016-03-10") == {admin1}


def test_a_coders_location_label_places_the_note(pipeline):
    text = ("Armed youths raided a hamlet and set 40 houses ablaze - three dead. Likely tied to the clashes between "
            "Kalenjin and Kisii. LOCATION: Kipkelion in Kericho District (district capital = Kericho)")
    assert _admin1s(pipeline, text, "2008-01-20") == {"Kericho"}


def test_a_namesake_in_the_district_the_note_names_is_the_one_meant(pipeline):
    text = ("Unknown attackers set fire to a bus at Mohammadpur in Dhaka city on Monday morning. Witnesses said a "
            "group of youths stopped the bus near Mohammadpur's main road.")
    assert _admin1s(pipeline, text, "2015-01-20") == {"Dhaka"}


def test_a_namesake_outside_the_district_written_as_holding_it_is_not_it(pipeline):
    text = ("Two units of government soldiers exchanged fire near Hanta Dheer neighbourhood (Dayniile District) on "
            "Tuesday morning over a land quarrel. Two soldiers were killed.")
    assert _admin1s(pipeline, text, "2016-02-10") == {"Banaadir"}


@pytest.mark.parametrize("text, admin1, published", [
    ("On 2 August, workers of the Sonargaon textile mill staged a protest at Dhaka-Kuakata highway, Barisal city "
     "(Barisal Sadar), against recent lay-offs.", "Barisal", "2023-08-05"),
    ("Fighting between army units and local fighters went on near Istanbul Street in Ajdabiya on Monday, with heavy "
     "losses reported.", "Ajdabiya", "2015-03-02"),
])
def test_a_towns_name_worn_by_a_street_or_a_mill_is_no_scene(pipeline, text, admin1, published):
    assert _admin1s(pipeline, text, published) == {admin1}
