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


@pytest.mark.parametrize("text", [
    # one alternative per token: "procession~n|human chain~n" asked for "chain" after "procession"
    "On 27 January 2023, several thousand members of an Islamist party staged a procession in Dhaka against "
    "textbook content.",
    # the dead a march remembers are its cause, not a killing told of a past year
    "Thousands marched in Ouagadougou on Sunday in memory of a journalist who was assassinated in 1998.",
    # a crowd gathered to demand, a longer place between
    "A crowd of supporters gathered in front of the central police station in Cotonou to demand his release.",
    # a railway or a junction blocked
    "On 12 September 2023, students blocked a rail track in Mymensingh city, demanding a new railway station.",
])
def test_protests_told_in_these_words_are_peaceful_protests(pipeline, text):
    found = events(pipeline, text, published="2023-09-14")
    assert [e.sub_event_type for e in found] == ["Peaceful protest"]


@pytest.mark.parametrize("text", [
    "On 6 May, youths barricaded the road in Kongoussi, demanding that the mining company hire more local youths.",
    "Opposition supporters barricaded the roads in Busia with burning tires.",
    "Residents engaged police in running battles in Nairobi to protest insecurity in the area.",
])
def test_a_crowd_that_barricades_a_road_or_fights_police_in_protest_demonstrates_violently(pipeline, text):
    found = events(pipeline, text, published="2019-05-14")
    assert [e.sub_event_type for e in found] == ["Violent demonstration"]


@pytest.mark.parametrize("text", [
    "On 6 December 2023, members of the ruling party's youth wing staged a protest rally in Chittagong city, against "
    "the opposition for setting fire to a bus during their blockade.",
    "On 2 November 2023, students held a rally in Rajshahi city against rival activists for setting fire to their "
    "hostel.",
])
def test_destruction_a_protest_accuses_others_of_is_not_its_conduct(pipeline, text):
    found = events(pipeline, text, published="2023-12-14")
    assert [e.sub_event_type for e in found] == ["Peaceful protest"]


def test_a_protest_that_burns_a_bus_itself_is_violent(pipeline):
    text = "On 4 March 2023, students staged a protest in Dhaka against fee rises and set fire to a bus."
    found = events(pipeline, text, published="2023-03-14")
    assert [e.sub_event_type for e in found] == ["Violent demonstration"]


def test_police_who_broke_the_rally_intervened(pipeline):
    # one alternative per token: "...|gathering~n|sit - in~n" asked for "- in" after every protest word
    text = "Opposition supporters held a rally in Khulna on Friday. Police broke the rally, witnesses said."
    found = events(pipeline, text, published="2023-03-14")
    assert [e.sub_event_type for e in found] == ["Protest with intervention"]
