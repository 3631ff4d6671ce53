"""Round 21 (found21): reports that made no event at all. South Asian protest words (a sit-in, a shutdown, an
encircled official, a road blockade, a burnt effigy, a march taken out), a "non-stop" blockade that is no negation, a
protest that "continued" (the crowd is out that day), a list of cities "such as" that tells no habit, and a vehicle
"set afire"."""

from __future__ import annotations

import pytest

from coding_support import events


@pytest.mark.parametrize("text", [
    "Members of a teachers union staged a dharna outside the collectorate, urging the state to regularise their jobs.",
    "A 24-hour bandh called by the opposition was observed in Kohima on Tuesday.",
    "Nurses of the district hospital gheraoed the superintendent, demanding the return of two suspended colleagues.",
    "Hundreds of farmers staged a rasta roko on the state highway near Raichur, seeking more canal water.",
    "Youth wing workers burnt an effigy of the transport minister in front of the district court on Friday.",
    "In Bogura, opposition activists brought out a procession from the party office in the morning.",
    "Medical students took out a candle march demanding the arrest of the men who beat a doctor.",
    "Residents blocked the national route 9 near Kasserine, demanding jobs and housing.",
])
def test_south_asian_and_coder_protest_words_make_a_protest(pipeline, text):
    found = events(pipeline, text, published="2015-11-03")
    assert [e.event_type for e in found] == ["Protests"]


def test_a_non_stop_blockade_with_a_hartal_is_no_negation(pipeline):
    text = "45th day of the nationwide non-stop blockade coupled with a hartal, enforced by the opposition alliance."
    found = events(pipeline, text, published="2015-02-20")
    assert [e.event_type for e in found] == ["Protests"]


def test_a_countrywide_blockade_with_a_word_between_is_a_protest(pipeline):
    text = "Twelfth day of the countrywide indefinite blockade enforced by the opposition alliance."
    found = events(pipeline, text, published="2015-01-17")
    assert [e.event_type for e in found] == ["Protests"]


@pytest.mark.parametrize("text", [
    "Contract lecturers continued to protest outside the education directorate, demanding permanent posts.",
    "Farmers continued to block traffic on the bypass over the state's new procurement rules.",
])
def test_a_protest_that_continued_is_a_protest_held(pipeline, text):
    found = events(pipeline, text, published="2015-09-14")
    assert [e.event_type for e in found] == ["Protests"]


def test_strikes_that_continue_stay_a_campaign(pipeline):
    text = "Coalition jets continued to strike militant positions across the province."
    assert events(pipeline, text, published="2015-09-14") == []


def test_cities_such_as_list_places_not_a_habit(pipeline):
    text = ("The Junior Doctors Forum staged protests in major towns of Sindh such as Sukkur to press for a new "
            "pay structure.")
    found = events(pipeline, text, published="2016-04-05")
    assert [e.event_type for e in found] == ["Protests"]


def test_a_bus_set_afire_is_an_event(pipeline):
    text = "Unknown assailants set a bus afire near the railway crossing in Rangpur at around 9 pm on Sunday."
    found = events(pipeline, text, published="2015-01-12")
    assert len(found) == 1


@pytest.mark.parametrize("text", [
    "Hundreds of garment workers marched the streets of the export zone to demand higher wages.",
    "Thousands of opposition supporters marched for jobs in the city centre on Saturday.",
    "Farmers of the district union launched an indefinite fast at the tehsil office on Monday.",
    "A complete shutdown was observed in Baramulla on Friday against the arrests.",
    "The women's wing launched an agitation against the new liquor outlets in Madurai.",
    "Student activists waved black flags at the health minister in Thrissur on Tuesday.",
    "Farmers blocked railway tracks near Ludhiana on Monday demanding a loan waiver.",
])
def test_more_protest_phrasings_make_a_protest(pipeline, text):
    found = events(pipeline, text, published="2015-06-09")
    assert [e.event_type for e in found] == ["Protests"]


@pytest.mark.parametrize("text", [
    "A ward councillor was chopped to death by rivals in Sadar upazila on Tuesday night.",
    "Two opposition polling agents were thrashed by ruling party supporters near the booth on Sunday.",
    "A legislator was roughed up by rival party workers at the bus stand on Monday.",
    "A nurse was assulted by two men outside the clinic on Friday.",
])
def test_south_asian_and_misspelt_violence_words_make_an_event(pipeline, text):
    assert len(events(pipeline, text, published="2015-06-09")) == 1


@pytest.mark.parametrize("text", [
    "On Tuesday night a fire exchange broke out between the two armies in the Kupwara sector.",
    "Firing between the two armies resumed in the Rajouri sector on Wednesday.",
])
def test_gunfire_traded_between_two_sides_is_a_battle(pipeline, text):
    found = events(pipeline, text, published="2015-08-20")
    assert [e.event_type for e in found] == ["Battles"]


@pytest.mark.parametrize("text", [
    "04 March 2023: A district clinic was damaged by explosive weapons.",
    "The roof of a maternity ward was damaged by a projectile on Tuesday.",
])
def test_explosive_weapons_and_projectiles_are_shells(pipeline, text):
    found = events(pipeline, text, published="2023-03-08")
    assert [e.sub_event_type for e in found] == ["Shelling/artillery/missile attack"]


def test_a_bus_set_fire_on_is_an_event(pipeline):
    text = "Unknown men set fire on a bus parked near the stadium in Khulna on Tuesday evening."
    assert len(events(pipeline, text, published="2015-01-21")) == 1


@pytest.mark.parametrize("text", [
    "14 October 2022: In Izium city, a kindergarten was damaged in shelling by Russian forces.",
    "22 March 2025: An ambulance was damaged during a Russian MLRS attack on the district.",
])
def test_damage_told_with_shelling_named_is_shelling(pipeline, text):
    found = events(pipeline, text, published="2025-03-22")
    assert [e.sub_event_type for e in found] == ["Shelling/artillery/missile attack"]


def test_a_grinding_halt_from_a_shutdown_is_no_negation(pipeline):
    text = ("Traffic on the Imphal-Jiribam road came to a grinding halt on Monday owing to an indefinite bandh called "
            "by a students union.")
    found = events(pipeline, text, published="2015-07-06")
    assert [e.event_type for e in found] == ["Protests"]


def test_a_word_both_trigger_and_weapon_names_its_doer_once() -> None:
    from warscribe.config import Context
    from warscribe.stages.recognize import _paragraph_mentions

    rec = Context().recognizers
    text = "Intro. Residents said government airstrikes hit the market of Saraqib on Monday."
    offset = text.index("Residents")
    tokens = rec.lexicon.tokenize(text[offset:])
    found = [(m.text, m.label) for m in _paragraph_mentions(text, offset, tokens, rec) if m.kind == "actor"]
    assert found.count(("government", "state:military")) == 1
