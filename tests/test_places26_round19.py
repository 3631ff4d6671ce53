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

