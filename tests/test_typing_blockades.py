"""Typing protests in our own sentences: a road blockade that the police break up is a violent demonstration, one
left alone a peaceful protest; interventions told with words a pattern bug used to miss ("dispersed them"); a
demonstration staged as violent."""

from __future__ import annotations

import pytest

import warscribe


def subs(text: str) -> list[str]:
    return [e.sub_event_type for e in warscribe.extract(text, published="2022-06-20")]


@pytest.mark.parametrize("text", [
    "On 14 June 2022, hawkers blocked the Kisumu-Busia highway over new market fees. Police fired tear gas to "
    "disperse them.",
    "On 14 June 2022, police lobbed tear gas at farmers who had blocked a road near the factory over late payments.",
])
def test_a_blockade_broken_up_is_a_violent_demonstration(text: str) -> None:
    assert subs(text) == ["Violent demonstration"]


def test_a_blockade_left_alone_is_a_peaceful_protest() -> None:
    text = "On 14 June 2022, hawkers blocked the Kisumu-Busia highway for two hours over new market fees."
    assert subs(text) == ["Peaceful protest"]


def test_a_march_broken_up_without_a_blockade_is_a_protest_with_intervention() -> None:
    text = ("On 14 June 2022, hawkers marched to the town hall over new market fees. Police fired tear gas to "
            "disperse them.")
    assert subs(text) == ["Protest with intervention"]


@pytest.mark.parametrize("later", [
    "Guards dispersed them.",
    "Police baton charged the protestors.",
    "Police broke the sit-in.",
    "Policemen chased away the demonstrators.",
])
def test_later_interventions_in_other_words(later: str) -> None:
    text = f"On 14 June 2022, nurses staged a sit-in outside the county offices over unpaid salaries. {later}"
    assert subs(text) == ["Protest with intervention"]


def test_a_demonstration_staged_as_violent_is_a_riot() -> None:
    text = "On 14 June 2022, detained migrants staged a violent demonstration inside the holding centre."
    assert subs(text) == ["Violent demonstration"]


@pytest.mark.parametrize("text", [
    # a year in the grievance, past its clause, is the grievance's time, not the protest's
    "On 14 June 2022, unionists staged a protest in Kisumu demanding news of their leader, who went missing in 2019.",
    "On 14 June 2022, farmers staged a protest in Nakuru against the county, and said gunmen killed a farmer in 2018.",
    # a march told as a noun, and misspellings
    "On 14 June 2022, a march against rising fuel prices was held in Eldoret.",
    "On 14 June 2022, boda boda riders demonstated in Kericho against a new parking levy.",
])
def test_protests_found(text: str) -> None:
    assert subs(text) == ["Peaceful protest"]


@pytest.mark.parametrize("text", [
    "On 14 June 2022, traders demonstrated in Kakamega over market fees. Police used live bullets to disperse them.",
    "On 14 June 2022, police violently dispersed teachers who marched in Kitale over unpaid arrears.",
    "On 14 June 2022, villagers demonstrating to demand clean water were violently dispersed by the police.",
])
def test_live_fire_or_a_violent_dispersal_is_excessive_force(text: str) -> None:
    assert subs(text) == ["Excessive force against protesters"]


def test_force_against_a_crowd_that_rioted_is_its_violent_demonstration() -> None:
    text = "On 14 June 2022, students protesting fees in Kisii torched a lorry, and police fired live bullets at them."
    assert subs(text) == ["Violent demonstration"]


def test_a_pattern_gap_stops_at_the_sentence_end() -> None:
    text = ("On 14 June 2022, activists marched in Embu demanding justice for a boy who was killed. The protesters "
            "also asked for a new footbridge.")
    assert subs(text) == ["Peaceful protest"]


def test_live_rounds_without_a_protest_stay_an_attack() -> None:
    text = "On 14 June 2022, soldiers fired live rounds at a clinic in the village, wounding a nurse."
    assert "Excessive force against protesters" not in subs(text)
