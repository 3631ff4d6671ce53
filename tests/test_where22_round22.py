"""Round 22, where22: admin1 of the wrong place (an office's county, a journey's end, a coder's label, a namesake)."""

from __future__ import annotations

import pytest

from coding_support import events


def _admin1s(pipeline, text: str, published: str) -> set[str | None]:
    return {e.admin1 for e in events(pipeline, text, published=published)}


@pytest.mark.parametrize("text, admin1", [
    # a county named for a chief's office, the body found in another county the sentence frames
    ("A Marsabit chief who had been missing since Monday was found dead at Olmoran in Laikipia county, shot in the "
     "head.", "Laikipia"),
    # a governor leading a protest in another county
    ("On 3 May, a protest led by the Nairobi governor was held in Machakos town against traders being harassed by "
     "county askaris.", "Machakos"),
    # the office written before the county
    ("On 9 March, gunmen shot dead the former deputy governor of Lamu outside his house in Nyali (Mombasa).",
     "Mombasa"),
])
def test_a_county_named_for_an_office_is_no_scene_when_its_sentence_frames_another(pipeline, text, admin1):
    assert _admin1s(pipeline, text, "2018-05-10") == {admin1}


def test_a_county_named_for_an_office_alone_stays_the_scene(pipeline):
    text = "On 4 June, the Migori MCAs protested over the delayed payment of their allowances."
    assert _admin1s(pipeline, text, "2018-06-10") == {"Migori"}


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
