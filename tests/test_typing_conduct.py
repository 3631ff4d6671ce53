"""Typing in our own sentences what a crowd does and how a protest went: a gang's beating is mob violence, violence a
protest is about is no violent demonstration, an obstructed protest met an intervention."""

from __future__ import annotations

import pytest

import warscribe


def subs(text: str) -> list[str]:
    return [e.sub_event_type for e in warscribe.extract(text, published="2023-05-10")]


@pytest.mark.parametrize("text", [
    "On 5 May 2023, assailants assaulted and injured a shopkeeper with sticks in Sadar upazila, Comilla.",
    "On 5 May 2023, rivals assaulted and killed a farmer over a land dispute in Ghatail upazila, Tangail.",
])
def test_a_gang_that_beats_someone_is_a_mob(text: str) -> None:
    assert subs(text) == ["Mob violence"]


def test_a_state_force_that_beats_someone_attacks_a_civilian() -> None:
    text = "On 5 May 2023, police assaulted and injured a journalist at the court in Nairobi."
    assert subs(text) == ["Attack"]


@pytest.mark.parametrize("text", [
    "On 5 May 2023, hundreds of residents marched silently in Kisumu to mark the anniversary of the market attack.",
    "On 5 May 2023, teachers staged a human chain in Rangpur city demanding justice for the killing of a colleague.",
    "On 5 May 2023, journalists staged a hunger-strike protest in front of the press club in Dhaka.",
])
def test_violence_a_protest_is_about_leaves_it_peaceful(text: str) -> None:
    assert subs(text) == ["Peaceful protest"]


def test_clashes_a_protest_led_to_make_it_violent() -> None:
    text = "On 5 May 2023, traders demonstrated in Kericho, resulting in clashes between the traders and police."
    assert subs(text) == ["Violent demonstration"]


def test_a_protest_obstructed_in_the_next_sentence_met_an_intervention() -> None:
    text = "On 5 May 2023, students staged a protest in Khulna city. Police obstructed the protest near the campus."
    assert "Protest with intervention" in subs(text)
    assert "Peaceful protest" not in subs(text)


def test_protesters_beaten_by_a_rival_group_met_an_intervention() -> None:
    text = ("On 5 May 2023, students staged a protest on campus in Sylhet city. Members of a rival student wing "
            "assaulted and injured four protesters.")
    assert set(subs(text)) == {"Protest with intervention"}


def test_arrests_made_at_a_protest_are_an_intervention() -> None:
    text = "On 5 May 2023, police detained 12 activists while they were staging a protest in Dhaka city."
    assert subs(text) == ["Protest with intervention"]


def test_rioters_who_fight_the_police_are_a_violent_demonstration() -> None:
    text = "On 5 May 2023, rioters clashed with police in the market of Kisumu after the election results."
    assert subs(text) == ["Violent demonstration"]


@pytest.mark.parametrize("text", [
    "On 5 May 2023, one commando was killed and another wounded by a sniper in Murghab district, Badghis.",
    "On 5 May 2023, two reservists were shot dead by raiders near Baragoi.",
])
def test_commandos_or_reservists_counted_among_the_dead_make_an_armed_clash(text: str) -> None:
    assert subs(text) == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "On 12 June 2023, members of a women's network staged a protest rally in Dhaka, demanding justice for an "
    "activist who was abducted 27 years ago.",
    "On 8 October 2023, party members staged a protest rally in Durgapur upazila, demanding punishment for the "
    "killing of a leader last year.",
])
def test_a_past_in_what_a_protest_is_about_does_not_make_it_background(text: str) -> None:
    assert subs(text) == ["Peaceful protest"]


def test_a_protest_told_as_last_year_is_still_background() -> None:
    assert subs("Last year, students protested against the new fees in Nairobi.") == []


@pytest.mark.parametrize("text", [
    "On 5 May 2023, traders protested in Voi over new market fees; anti-riot police intervened to restore order.",
    "On 5 May 2023, security forces dispersed a gathering of the population that had come out in Kandi to protest "
    "against the new tax.",
])
def test_a_protest_the_police_intervened_in_met_an_intervention(text: str) -> None:
    assert subs(text) == ["Protest with intervention"]
