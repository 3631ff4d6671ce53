"""Round 15 (reading15): four misreadings of Syrian war articles. A photo credit names a person, never a place; the
"strikes" of a bombardment are no labour strike (a trigger mapping cut short by YAML's flow syntax had read
"strikes and" alone as a protest); a stoning that a group sentenced is its attack on a civilian, a crowd's stoning
stays a mob's; "6 IS bombers killed" counts the group's dead, no aircraft and no doer. Our own sentences."""

from __future__ import annotations

import pytest

import warscribe
from warscribe.knowledge.lexicon import LexiconError, _entry
from warscribe.model import Event


def coded(text: str, published: str = "2016-08-10") -> list[Event]:
    return warscribe.extract(text, published=published)


def places(text: str) -> list[str]:
    from warscribe.places.gazetteer import Gazetteer
    from warscribe.places.recognize import find_places

    return [m.text for m in find_places(text, [(0, len(text))], Gazetteer.open(None), "SY")]


# ---- a photo credit names a person

def test_a_photographer_named_after_a_credit_word_is_no_place():
    found = places("AP Photo Felipe Dana Rockets Hit Homs Again. Shells fell on the market.")
    assert "Dana" not in found and "Felipe Dana" not in found
    assert "Homs" in found


def test_a_photographer_named_after_a_credit_colon_is_no_place():
    found = places("Shells fell on the market in Homs on Monday (Photo: Felipe Dana)")
    assert "Homs" in found and not any("Dana" in f for f in found)


def test_a_place_without_a_credit_stays_a_place():
    assert any("Dana" in f for f in places("Shells fell on the market of Ad Dana in Idlib on Monday."))


def test_words_after_the_photographers_name_are_read_on_their_own():
    found = places("Reuters Photo Omar Sanadiki Syria Rebels Shell Aleppo Again")
    assert "Aleppo" in found and "Omar Sanadiki" not in found


# ---- the strikes of a bombardment

def test_the_strikes_of_a_bombardment_are_no_labour_strike():
    events = coded("Schools shut because of the strikes and families hid in basements in Homs on Monday.")
    assert all(e.event_type != "Protests" for e in events)


def test_a_strike_and_a_march_is_still_a_protest():
    events = coded("Nurses held a strike and a march in Nairobi on Monday over unpaid wages.")
    assert events and events[0].event_type == "Protests"


def test_a_strike_and_a_sit_in_is_still_a_protest():
    events = coded("Jute workers staged a strike and a sit-in at the mill in Khulna on Tuesday.")
    assert events and events[0].event_type == "Protests"


def test_a_trigger_mapping_with_a_stray_key_is_refused():
    # what YAML makes of {p: strike~n and|, ?a march~n, noun: true}: the pattern cut short, the rest a key
    with pytest.raises(LexiconError):
        _entry({"p": "strike~n and|", "a march~n": None, "noun": True}, "protest")


# ---- a sentenced stoning

def test_a_stoning_a_group_sentenced_is_its_attack_on_a_civilian():
    events = coded("In Raqqa a man - condemned for theft by the Islamic State - was stoned to death on Monday, "
                   "activists said.")
    assert events[0].event_type == "Violence against civilians" and events[0].sub_event_type == "Attack"
    assert events[0].actor1 == "Islamic State (Syria)"


def test_a_stoning_after_a_courts_sentence_is_an_execution():
    events = coded("A man was stoned to death in Raqqa on Sunday after being sentenced by an Islamic State court.")
    assert events[0].sub_event_type == "Attack" and events[0].actor1 == "Islamic State (Syria)"


def test_a_crowds_stoning_stays_mob_violence():
    events = coded("Villagers stoned a cattle thief to death in Kisii on Monday.", "2019-05-06")
    assert events[0].event_type == "Riots" and events[0].sub_event_type == "Mob violence"


# ---- bombers counted dead

def test_bombers_counted_dead_are_the_groups_men():
    events = coded("Rebels Push Towards Azaz 4 IS Bombers Killed", "2016-03-12")
    assert events[0].sub_event_type != "Air/drone strike"
    assert events[0].actor1 != "Islamic State (Syria)" and events[0].actor2 == "Islamic State (Syria)"


def test_bombers_that_kill_are_still_aircraft():
    events = coded("Russian bombers killed 6 people in Azaz on Monday.", "2016-03-12")
    assert events[0].sub_event_type == "Air/drone strike"


# ---- "two dozen" is 24

def test_two_dozen_is_twenty_four():
    events = coded("Two dozen people were killed in air strikes on Idlib on Monday.")
    assert events[0].fatalities == 24


def test_scales_still_join_as_before():
    from warscribe.knowledge.counts import _joined_value

    assert _joined_value([1, 100, 20]) == 120 and _joined_value([3, 1000, 5]) == 3005
    assert _joined_value([2, 12], frozenset({12, 100, 1000})) == 24


# ---- labour strikes the cut pattern had caught by chance

def test_a_strike_workers_observed_is_a_protest():
    events = coded("Power workers observed a strike and held rallies at their offices in Sukkur on Monday.",
                   "2015-04-15")
    assert events and events[0].event_type == "Protests" and events[0].sub_event_type == "Peaceful protest"


def test_a_strike_activists_organise_is_a_protest():
    events = coded("Opposition activists organise a national strike in Kinshasa on Tuesday.", "2016-02-09")
    assert events and events[0].event_type == "Protests"


def test_a_strike_carried_out_by_jets_stays_a_strike():
    events = coded("Russian jets carried out a strike on Idlib on Monday.")
    assert events and events[0].event_type == "Explosions/Remote violence"
