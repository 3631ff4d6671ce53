"""Round 21 fixes by the integrator, from the readings of FA-KES events."""

from __future__ import annotations

import pytest

from coding_support import events


@pytest.mark.parametrize("text", [
    "Monitors say Islamic State militants shot dead at least 40 villagers in the town of Sukhnah, which has been "
    "traded between the group and the Syrian army several times.",
    "Monitors say Islamic State militants shot dead at least 40 villagers in Sukhnah, a town which has changed hands "
    "between the group and the Syrian army several times.",
])
def test_sides_named_in_a_place_that_changed_hands_are_no_sides(pipeline, text):
    found = events(pipeline, text, published="2017-10-02")
    assert [(e.actor1, e.actor2, e.fatalities) for e in found] == [("Islamic State (Syria)", "Civilians (Syria)", 40)]


def test_a_place_described_as_taken_by_a_side_names_its_holder_not_a_new_event(pipeline):
    text = ("At least 20 people were killed on Monday when Islamic State militants stormed a village in northern Syria "
            "recently captured by Kurdish fighters, a monitor said.")
    found = events(pipeline, text, published="2015-08-04")
    assert [(e.sub_event_type, e.actor1) for e in found] == [("Attack", "Islamic State (Syria)")]


def test_armed_men_of_a_named_group_are_that_group(pipeline):
    text = ("Three people were hurt on Sunday by rocket shells fired by terrorists of the so-called Jaish al-Fateh on "
            "the outskirts of Adra near Damascus.")
    found = events(pipeline, text, published="2016-10-20")
    assert [(e.actor1, e.actor2) for e in found] == [("Jaysh al Fatah", "Civilians (Syria)")]
    actor = next(v for v in found[0].evidence if v.field == "actor1")
    assert actor.text == text[actor.start:actor.end] and actor.text.endswith("Jaish al-Fateh")


def test_the_dead_of_a_sides_operation_told_after_a_day_and_place_were_killed_by_that_side(pipeline):
    text = ("At least 17 Islamic State militants were killed Monday in eastern Syria in a Turkish army and US-led "
            "coalition operation, security sources said.")
    found = events(pipeline, text, published="2016-06-21")
    assert [(e.actor1, e.actor2, e.fatalities) for e in found] == [
        ("Military Forces of Turkey (2002-)", "Islamic State (Syria)", 17)]
