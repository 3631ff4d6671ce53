"""Insecurity Insight register, round 5: arson of facilities, shots fired at homes, arrests by police, the war
words that name Syria, ACLED's country spellings, "Gaza" with no country named, and the places we keep for the
eastern DRC, South Sudan and south Lebanon. Our own sentences."""

from __future__ import annotations

import pytest

import warscribe
from warscribe.knowledge.country_words import country_of_words
from warscribe.model import Event
from warscribe.places.importers import maintained_places
from warscribe.places.resolve import country_name


def coded(text: str) -> list[Event]:
    return warscribe.extract(text, published="2021-03-10")


@pytest.mark.parametrize(("text", "sub"), [
    ("A primary school was burned overnight by suspected militants.", "Looting/property destruction"),
    ("The village clinic was burnt by an armed group.", "Looting/property destruction"),
    ("Gunmen fired live bullets at the homes of two nurses.", "Attack"),
    ("A pharmacist was seized by police at his shop.", "Arrests"),
    ("A hospital closed after repeated bombings in the vicinity.", "Air/drone strike"),
    ("Soldiers fired on the village school during the night.", "Attack"),
])
def test_incident_phrasing_makes_an_event(text: str, sub: str) -> None:
    assert sub in [e.sub_event_type for e in coded(text)]


def test_a_fire_is_no_arson_without_a_doer_or_a_facility() -> None:
    assert coded("The weather was dry and the grass burned for a week.") == []


@pytest.mark.parametrize("text", [
    "A bakery was hit by a barrel bomb dropped from a helicopter.",
    "Regime forces shelled a field hospital, wounding a nurse.",
    "Two SARC volunteers were wounded when their ambulance was shot at.",
])
def test_the_war_words_give_syria(text: str) -> None:
    assert country_of_words(text) == "Syria"
    assert "Syria" in [e.country for e in coded(text)]


def test_government_helicopters_are_the_state_military() -> None:
    events = coded("Two nurses were wounded when government helicopters dropped barrel bombs on a clinic.")
    assert "Military Forces of Syria (2000-)" in [e.actor1 for e in events]


def test_regime_alone_names_no_country() -> None:
    assert country_of_words("The regime fell after weeks of protests.") is None


def test_events_take_acled_country_spellings() -> None:
    assert country_name("PS") == "Palestine"
    assert country_name("CD") == "Democratic Republic of Congo"
    assert country_name("SY") == "Syria"


def test_gaza_with_no_country_named_is_the_city() -> None:
    events = coded("A clinic was damaged by an airstrike during the siege on Gaza.")
    assert events and {e.country for e in events} == {"Palestine"}


def test_an_ngo_after_an_article_is_no_place() -> None:
    events = coded("An NGO-supported health centre was damaged by rockets.")
    assert events and all(e.country not in ("Republic of Congo", "Republic of the Congo") for e in events)


def test_maintained_places_cover_the_eastern_drc_and_south_sudan() -> None:
    places = {(p.name, p.country) for p in maintained_places()}
    assert {("Fizi", "CD"), ("Minembwe", "CD"), ("Nasir", "SS"), ("Akobo", "SS"), ("Bint Jbeil", "LB"),
            ("Atma", "SY")} <= places
