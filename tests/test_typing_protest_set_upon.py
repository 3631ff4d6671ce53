"""Typing in our own sentences a protest that others attacked: people beaten "during their rally" or "during the
demonstration of" a party were a protest met with intervention, not a riot of their attackers; the attackers' own
protest that turns on the police stays a violent demonstration."""

from __future__ import annotations

import pytest

import warscribe


def subs(text: str) -> list[str]:
    return [e.sub_event_type for e in warscribe.extract(text, published="2023-05-10")]


@pytest.mark.parametrize("text", [
    "On 6 May 2023, youth wing activists assaulted and injured five opposition members in Bogra town during their "
    "rally demanding lower fuel prices.",
    "On 6 May 2023, supporters of the mayor attacked teachers with sticks in Khulna city during the demonstration of "
    "the teachers' association over unpaid salaries.",
    "On 6 May 2023, student league members beat up traders in Sylhet city during their human chain against a new tax.",
])
def test_people_beaten_during_their_own_protest_met_an_intervention(text: str) -> None:
    assert subs(text) == ["Protest with intervention"]


def test_protesters_who_attack_the_police_during_their_rally_riot() -> None:
    text = ("On 6 May 2023, opposition activists attacked police officers with brickbats in Rajshahi city during their "
            "rally against the government.")
    assert subs(text) == ["Violent demonstration"]


def test_a_rally_told_with_during_alone_stays_peaceful() -> None:
    text = "On 6 May 2023, farmers chanted slogans in Rangpur city during their rally demanding fair crop prices."
    assert subs(text) == ["Peaceful protest"]
