"""Insecurity Insight register, round 11: the force whose operation an act happened in is its agent, common
misspellings of "government", and the allies named as one placed in the country of the force they are read as.
Our own sentences."""

from __future__ import annotations

import warscribe
from warscribe.model import Event


def coded(text: str, published: str = "2022-03-10") -> list[Event]:
    return warscribe.extract(text, published=published)


def test_the_force_whose_operation_it_was_is_the_agent() -> None:
    events = coded("Eight pharmacists were detained during an SDF security operation in Raqqa city.")
    assert "SDF: Syrian Democratic Forces" in [e.actor1 for e in events]


def test_a_misspelt_government_force_is_still_the_military() -> None:
    events = coded("A bakery in Idlib city was shelled by goverment forces.")
    assert "Military Forces of Syria (2000-)" in [e.actor1 for e in events]


def test_the_allies_named_as_one_are_placed_in_the_country_of_the_force_read() -> None:
    events = coded("A bakery was hit by missiles fired by Russian or Syrian warplanes.")
    assert [(e.actor1, e.country) for e in events] == [("Military Forces of Syria (2000-)", "Syria")]
