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
    "On 6 May 2023, ruling party youths assaulted and injured nine shop owners in Barisal city as they were "
    "protesting against a rise in market rents.",
    "On 6 May 2023, a local leader and his men assaulted and injured ten farmers in Jessore town who were staging "
    "a protest against a land grab.",
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


def test_a_fight_during_a_partys_anniversary_rally_is_still_coded() -> None:
    text = ("On 6 May 2023, opposition activists clashed with ruling party men during their rally in Comilla town, "
            "on the 30th founding anniversary of the party.")
    assert subs(text) == ["Violent demonstration"]
