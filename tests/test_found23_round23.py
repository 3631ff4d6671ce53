"""Round 23 fixes by found23, from the Insecurity Insight tune incidents: the men of an armed side named as its
"members", a state's force named by the fire it shot, a building the subject of its own burning, and the II
reading of the weapon carried by armed men who stole or occupied, and of more state forces and militias."""

from __future__ import annotations

import pytest

from coding_support import events
from warscribe.evaluate.insecurity import actor_key, load_mapping


def test_members_of_an_armed_group_are_its_men_not_a_crowd(pipeline):
    text = "November 2019: Two midwives at a rural clinic were beaten by members of an armed group."
    found = events(pipeline, text, published="2019-11-15")
    assert [(e.sub_event_type, e.actor1) for e in found] == [("Attack", "Unidentified Armed Group")]


def test_members_of_a_crowd_stay_a_crowd(pipeline):
    # a crowd word before no armed side keeps its reading: the members of a family are no armed group
    text = "May 2021: Members of a patient's family assaulted a nurse at a clinic in Nairobi."
    found = events(pipeline, text, published="2021-05-20")
    assert [e.sub_event_type for e in found] == ["Mob violence"]


@pytest.mark.parametrize(("text", "sub_type", "actor"), [
    ("October 2023: A marked ambulance was struck by direct Israeli fire near a clinic.", "Attack",
     "Military Forces of Israel (2022-)"),
    ("May 2023: In a refugee camp, two young men were shot dead by Israeli undercover forces.", "Attack",
     "Military Forces of Israel (2022-)"),
    ("March 2022: A maternity ward was wrecked by Russian air bombs dropped on the town overnight.",
     "Air/drone strike", "Military Forces of Russia (2000-)"),
    ("January 2024: A first aid post was hit by Israeli air and drone strikes, killing three medics.",
     "Air/drone strike", "Military Forces of Israel (2022-)"),
])
def test_a_state_force_named_by_what_it_fired(pipeline, text: str, sub_type: str, actor: str):
    found = events(pipeline, text, published="2023-10-10")
    assert [(e.sub_event_type, e.actor1) for e in found] == [(sub_type, actor)]


def test_the_building_burned_down_is_the_subject_of_its_burning(pipeline):
    text = "April 2021: The school was burned down by soldiers during the night."
    found = events(pipeline, text, published="2021-04-12")
    assert [(e.sub_event_type, e.actor1) for e in found] == [("Looting/property destruction", "Military Forces")]


@pytest.mark.parametrize("sub_type", ["Looting/property destruction", "Headquarters or base established"])
def test_ii_firearms_keep_to_violence_the_scorer_does_not_widen_them(sub_type: str):
    # (accepting an armed theft or occupation for Firearms would lift the family by scoring alone; see README)
    _, family = load_mapping().family("Firearms")
    assert sub_type not in family


@pytest.mark.parametrize(("label", "country", "actor"), [
    ("Afghan National Police", "Afghanistan", "Police Forces of Afghanistan (2014-2021)"),
    ("Uganda National Police", "Uganda", "Police Forces"),
    ("Mai Mai militia", "Democratic Republic of Congo", "Mai-Mai Militia"),
    ("Interim Government of Ambazonia", "Cameroon", "Ambazonian Separatists"),
    ("Sudan People's Liberation Army", "South Sudan", "Military Forces of South Sudan (2011-)"),
])
def test_ii_state_force_and_militia_labels(label: str, country: str, actor: str):
    names, known = load_mapping().perpetrator(label, None, country)
    assert known and actor_key(actor) in names


@pytest.mark.parametrize("text", [
    "August 2022: Unknown armed persons entered an NGO compound and beat a driver.",
    "June 2021: A field office was broken into by unidentified perpetrators who took two laptops.",
    "October 2022: Armed men wearing civilian clothes stormed a pharmacy and stole cash from the staff.",
])
def test_unknown_armed_perpetrators_are_an_armed_group_not_a_mob(pipeline, text: str):
    found = events(pipeline, text, published="2022-10-10")
    assert found and {e.actor1 for e in found} == {"Unidentified Armed Group"}


def test_ii_export_escapes_are_read_back(tmp_path):
    from warscribe.evaluate.insecurity import read_rows

    path = tmp_path / "incidents.jsonl"
    path.write_text('{"id": "1", "description": "March 2021: A rural clinic was attacked._x000D_ _x000D_Staff fled.", '
                    '"country": "Nigeria", "date": "2021-03-04"}\n', encoding="utf-8")
    rows, _ = read_rows(path)
    assert rows[0].text.startswith("March 2021: A rural clinic was attacked. ") and "_x000D_" not in rows[0].text


def test_a_building_torched_by_an_armed_side_is_its_act_not_a_riot(pipeline):
    text = "September 2022: A village dispensary was torched by the army during a wider assault on the area."
    found = events(pipeline, text, published="2022-09-20")
    assert found and {e.actor1 for e in found} == {"Military Forces"}
    # torched by a crowd, it stays the crowd's riot
    found = events(pipeline, "Two buses were torched by protesters in Dhaka on Sunday.", published="2022-09-20")
    assert [(e.sub_event_type, e.actor1) for e in found] == [("Violent demonstration", "Rioters (Bangladesh)")]
