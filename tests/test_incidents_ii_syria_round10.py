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
