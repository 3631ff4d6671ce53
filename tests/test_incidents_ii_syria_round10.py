"""Insecurity Insight register on Syria, round 10: II's "Militia" is any militia (the pro-government ones too) and
its Syrian government forces include the National Defence Forces; "National Police" alone names no country's
police. Our own sentences."""

from __future__ import annotations

import pytest

import warscribe
from warscribe.evaluate.insecurity import actor_key, load_mapping
from warscribe.model import Event


def first(text: str, published: str = "2022-03-20") -> Event:
    events = warscribe.extract(text, published=published)
    assert events, text
    return events[0]


@pytest.mark.parametrize(("label", "actor"), [
    ("Militia", "Militia (Pro-Government)"),
    ("Militia", "NDF: National Defence Forces"),
    ("Syrian Armed Forces", "NDF: National Defence Forces"),
    ("Government of Syria", "NDF: National Defence Forces"),
])
def test_ii_labels_that_take_the_pro_government_militias(label: str, actor: str) -> None:
    names, known = load_mapping().perpetrator(label, None, "Syria")
    assert known
    assert actor_key(actor) in names


def test_a_militia_label_is_no_state_force() -> None:
    names, _ = load_mapping().perpetrator("Militia", None, "Syria")
    assert actor_key("Military Forces of Syria (2000-)") not in names


def test_national_police_takes_the_country_of_the_place() -> None:
    ev = first("March 2022: A nurse and two drivers were detained by a National Police patrol in Azaz.")
    assert ev.country == "Syria"
    assert ev.actor1 == "Police Forces of Syria (2000-)"


def test_the_sdf_named_in_the_singular_makes_the_arrest() -> None:
    ev = first("March 2022: Three men were detained during a sweep of the market by Syrian Democratic Force (SDF) "
               "members in Shaddadi.")
    assert ev.actor1 == "SDF: Syrian Democratic Forces"


def test_the_abu_fadl_al_abbas_militia_by_its_acronym() -> None:
    ev = first("March 2022: A shepherd was beaten by LAFA members near Sayyida Zaynab.")
    assert ev.actor1 == "Liwa Abu al Fadl al Abbas"
    names, known = load_mapping().perpetrator("Abu al Abbas Brigade", None, "Syria")
    assert known and actor_key("Liwa Abu al Fadl al Abbas") in names


@pytest.mark.parametrize("direction", ["Northern", "Southern", "Eastern", "Western"])
def test_a_bare_compass_adjective_is_no_region(direction: str) -> None:
    # "Northern" alone once placed the event in Australia's Northern Territory, "Eastern" in American Samoa
    ev = first(f"March 2022: In a camp in the {direction} sector, gunmen shot dead a nurse.")
    assert ev.country is None


def test_a_hyphenated_weapon_keeps_the_firing_a_trigger() -> None:
    # "fired a hand-held missile": the force that fired it is the doer, not the victim of the killing
    ev = first("March 2022: A driver was killed when regime troops posted near Kafr Nabl fired a home-made "
               "missile at his truck.")
    assert ev.actor1 == "Military Forces of Syria (2000-)"


def test_shells_fired_near_a_clinic() -> None:
    ev = first("March 2022: A clinic in Ariha had mortar shells fired near it by regime forces.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert ev.actor1 == "Military Forces of Syria (2000-)"
