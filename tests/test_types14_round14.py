"""Round 14 typing on our own sentences: a crowd told to riot demonstrates violently, and arrests that a protest
is about (a release demanded, mass arrests protested) are no intervention."""

from __future__ import annotations

import pytest

import warscribe
from warscribe.knowledge.roles import capital_accuses, capital_place_before, collectives, coordinated, ly_nouns
from warscribe.model import Event


def coded(text: str) -> list[Event]:
    return warscribe.extract(text, published="2023-03-10")


def types(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in coded(text)]


@pytest.mark.parametrize("text", [
    "On 17 March 2023, students of Kisii High School rioted over fees and injured a teacher.",
    "On 17 March 2023, riots broke out in Kisumu after a trader was killed, and two people were hurt.",
])
def test_a_crowd_told_to_riot_demonstrates_violently(text: str) -> None:
    assert types(text) == [("Riots", "Violent demonstration")]


@pytest.mark.parametrize("text", [
    "On 3 May 2023, students staged a protest in Khulna city, demanding the release of a fellow student, detained "
    "under the security act.",
    "On 3 May 2023, teachers held a rally in Khulna city, calling for the release of two colleagues arrested last "
    "month.",
    "On 3 May 2023, students staged a protest rally in Khulna city, against the deaths of two students, mass arrests "
    "and harassment by the police.",
])
def test_arrests_a_protest_is_about_are_no_intervention(text: str) -> None:
    assert types(text) == [("Protests", "Peaceful protest")]


def test_arrests_made_at_a_protest_still_meet_it() -> None:
    assert types("On 3 May 2023, police arrested 5 students who staged a protest in Khulna city.") == [
        ("Protests", "Protest with intervention")]


@pytest.mark.parametrize("text", [
    "On 4 June 2023, one person was killed and several injured in clashes between rival political groups in Bungoma "
    "town.",
    "On 4 June 2023, opposing political groups clashed in Bungoma town, injuring five people.",
    "On 4 June 2023, political opponents attacked and injured the mayor of Bungoma at his home.",
])
def test_rival_political_camps_fight_as_a_mob_not_armed_sides(text: str) -> None:
    assert types(text) == [("Riots", "Mob violence")]


@pytest.mark.parametrize(("between", "joined"), [
    (" and allied ", True), (", and the ", True), (" in cooperation with ", True), (" and / or ", True),
    (" as well as their ", True), (" Turkish backed by the ", True), (" attacked ", False), (" near ", False),
])
def test_words_that_join_two_sides_come_from_roles_yaml(between: str, joined: bool) -> None:
    assert coordinated(between) is joined


def test_capital_and_adverb_word_lists_come_from_roles_yaml() -> None:
    assert "in" in capital_place_before() and "blames" in capital_accuses() and "rally" in ly_nouns()
    assert "gang" in collectives().split("|")


def test_a_force_that_intervenes_killing_the_raiders_fought_them() -> None:
    events = coded("On 3 May 2021, armed raiders attacked Lokori village and stole 300 cattle. Police intervened, "
                   "killing four of the raiders.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Battles", "Armed clash")]


def test_a_force_that_intervenes_in_a_riot_still_meets_the_riot() -> None:
    assert types("On 3 May 2021, riots broke out in Kisumu over the election results. Police intervened, killing "
                 "two.") == [("Riots", "Violent demonstration")]
