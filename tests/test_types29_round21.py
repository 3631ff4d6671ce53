"""Round 21, helper types29: event and sub-event types.

A protest named only as where the victims were going, came from or took part in is no protest of the sentence (the
assailants' violence is a mob's); an abduction whose victim is beheaded or beaten is an attack."""

from __future__ import annotations

import pytest

from coding_support import events


@pytest.mark.parametrize("text", [
    "On 3 March 2023, about twenty members of the ruling party beat and wounded three opposition activists in "
    "Puthia, Rajshahi, as they were returning home from an opposition demonstration.",
    "On 9 May 2023, ruling party youths assaulted and injured a college student in Kushtia town for joining an "
    "opposition rally.",
    "On 2 April 2023, ruling party activists attacked a bus carrying opposition members near Natore when they were "
    "on their way to a protest march.",
])
def test_a_protest_the_victims_went_to_or_joined_is_no_protest_of_the_assault(pipeline, text):
    found = events(pipeline, text, published="2023-06-01")
    assert [e.sub_event_type for e in found] == ["Mob violence"]


def test_violence_during_a_demonstration_stays_a_violent_demonstration(pipeline):
    text = ("On 3 March 2023, students threw stones at police in Rajshahi city during their demonstration against fee "
            "increases.")
    found = events(pipeline, text, published="2023-06-01")
    assert [e.sub_event_type for e in found] == ["Violent demonstration"]


@pytest.mark.parametrize("text", [
    "On 12 March 2020, unknown gunmen abducted a village councillor in Tanwalbougou and beheaded him two days later.",
    "On 5 June 2019, gunmen abducted a trader near Djibo and beat him before releasing him.",
])
def test_a_captive_beheaded_or_beaten_was_attacked(pipeline, text):
    found = events(pipeline, text, published="2020-03-20")
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Violence against civilians", "Attack")]


def test_an_abduction_with_no_harm_told_stays_an_abduction(pipeline):
    found = events(pipeline, "On 5 June 2019, gunmen abducted a trader near Djibo.", published="2019-06-10")
    assert [e.sub_event_type for e in found] == ["Abduction/forced disappearance"]
