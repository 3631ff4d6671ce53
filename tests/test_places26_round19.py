"""Round 19 (places26): places from common words and places of the wrong town: a title-case noun of a place's kind
before "of <Name>" ("Town of X") and a people's or faith's word before a place's kind ("Shiite villages") name no
place."""

from __future__ import annotations

import pytest

import warscribe
from warscribe.places.recognize import find_places


def _first(text: str, published: str = "2017-11-14"):
    events = warscribe.extract(text, published=published)
    assert events, text
    return events[0]


@pytest.mark.parametrize("kind", ["Town", "City", "Province", "Governorate"])
def test_a_capitalised_kind_of_place_before_of_is_no_place(gaz, kind: str) -> None:
    text = f"Warplanes Kill Nine Civilians in {kind} of Atareb Aleppo Province."
    found = [m.text for m in find_places(text, [(0, len(text))], gaz, "SY")]
    assert kind not in found and "Atareb" in found


def test_a_headline_town_of_names_the_town() -> None:
    ev = _first("Jets killed nine civilians in Town of Atareb west of Aleppo on Monday.")
    assert ev.location == "Al Atarib" and ev.admin1 == "Aleppo"


@pytest.mark.parametrize("people", ["Shiite", "Sunni", "Alawite", "Kurdish", "Druze", "Christian", "Yazidi",
                                    "Turkmen", "Rebel"])
def test_a_peoples_word_before_villages_is_no_place(gaz, people: str) -> None:
    text = f"Fighters shelled two {people} villages in Idlib province on Friday."
    found = [m.text for m in find_places(text, [(0, len(text))], gaz, "SY")]
    assert people not in found and "Idlib" in found


def test_shelled_shiite_villages_are_placed_in_the_province() -> None:
    ev = _first("Fighters shelled the last two regime-held Shiite villages in Idlib province on Friday.")
    assert ev.location != "Shiite" and ev.admin1 == "Idleb"


def test_the_same_city_points_back_at_the_city_not_the_village_told_since() -> None:
    text = ("Fighters pressed their assault on the city of Manbij on Tuesday. Air strikes killed 20 people in the "
            "nearby village of Tokhar on Tuesday, the monitor said. Another strike killed six people in a separate "
            "part of the same city on Sunday, the monitor said.")
    evs = warscribe.extract(text, published="2016-07-20")
    six = [e for e in evs if e.fatalities == 6]
    assert six and six[0].location == "Manbij"
    assert any(x.text == "the same city" for x in six[0].evidence if x.field == "location")


def test_the_town_points_back_at_the_town_named_as_one() -> None:
    text = ("A sniper killed a woman in Hadar town on Monday, a police source said. The sniper fired from the nearby "
            "village of Jubata al-Khashab. Gunmen also shelled the town with mortars on Monday, killing two children.")
    evs = warscribe.extract(text, published="2016-10-18")
    two = [e for e in evs if e.fatalities == 2]
    assert two and two[0].location == "Hadar"


def test_a_kind_of_place_with_its_name_after_of_is_no_pointer() -> None:
    text = ("Jets struck the city of Manbij on Tuesday. Shells killed two people in the town of Tokhar on Sunday.")
    evs = warscribe.extract(text, published="2016-07-20")
    two = [e for e in evs if e.fatalities == 2]
    assert two and two[0].location == "Tokhar"


def test_a_country_before_town_is_the_town_the_next_sentence_names() -> None:
    # (a headline run into its lede, as scraped articles often are)
    text = ("Huge bombs kill 12 in rebel-held Syria town Monitor Saturday 11 Jul 2015 Warplanes killed 12 people on "
            "Saturday when they dropped bombs on a town held by rebels. The bombs fell on Al-Bab in the northern "
            "province of Aleppo.")
    evs = warscribe.extract(text, published="2015-07-11")
    assert evs and evs[0].location == "Al Bab" and evs[0].geo_precision == 1


def test_a_country_before_town_is_no_town_named_for_the_country(gaz) -> None:
    text = "Regime bombs kill 28 in IS-held Syria town."
    found = find_places(text, [(0, len(text))], gaz, "SY")
    assert [m.text for m in found] == ["Syria"] and found[0].cue != "settlement"


@pytest.mark.parametrize("said, place", [("in Ancient City of Aleppo", "Aleppo"),
                                         ("in the District of Douma", "Duma")])
def test_a_part_or_kind_before_of_is_no_village_of_the_place(said: str, place: str) -> None:
    ev = _first(f"Regime forces shelled a crowded market {said} on Saturday, killing nine civilians.")
    assert ev.location == place


def test_a_groups_other_names_name_no_place(gaz) -> None:
    text = "Jets struck near ISIL positions in Raqqa on Monday."
    found = [m.text for m in find_places(text, [(0, len(text))], gaz, "SY")]
    assert "ISIL" not in found and "Raqqa" in found
