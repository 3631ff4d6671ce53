"""Typing a crowd's violence by the protest it belongs to, in our own sentences: a riot whose own words tell a protest,
violence of the same crowd told after its protest, a present-tense riot in a headline, and a party named again as a
modifier ("the X-led strike") that is no victim."""

from __future__ import annotations

import pytest

import warscribe
from warscribe.model import Event


def coded(text: str) -> list[Event]:
    return warscribe.extract(text, published="2023-03-10")


def subs(text: str) -> list[str]:
    return [e.sub_event_type for e in coded(text)]


def test_a_violent_protest_is_a_violent_demonstration_whoever_else_is_named() -> None:
    text = ("Pupils of Lakeview Boys Secondary School went on a violent protest in Kisumu over the expulsion of "
            "a prefect.")
    assert subs(text) == ["Violent demonstration"]


def test_the_rioters_after_a_demonstration_turned_it_violent() -> None:
    text = ("Traders held demonstrations against new market fees in Kisumu on Monday. "
            "The rioters burned down the county revenue office.")
    assert subs(text) == ["Violent demonstration"]


@pytest.mark.parametrize("text", [
    "Hawkers demonstrated against new market fees in Eldoret on Monday. Police dispersed them. Later there were "
    "clashes between police and the hawkers.",
    "Students marched in Nakuru on Monday over a rise in fees. Police clashed with the students near the campus.",
])
def test_a_clash_of_police_with_the_protesters_after_their_protest_is_a_violent_demonstration(text: str) -> None:
    events = coded(text)
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Riots", "Violent demonstration")]
    assert events[0].actor1.startswith("Rioters") and events[0].actor2.startswith("Police")


def test_a_clash_of_police_with_another_group_after_a_protest_stays_apart() -> None:
    text = ("Hawkers demonstrated against new market fees in Eldoret on Monday. Police dispersed them. Later there "
            "were clashes between police and bandits in the hills.")
    assert "Violent demonstration" not in subs(text)


def test_another_crowd_after_a_protest_is_still_a_mob() -> None:
    text = ("Nurses marched through Kisumu on Monday to demand unpaid salaries. "
            "In a separate incident, villagers set fire to the house of a suspected thief in Kisumu.")
    assert "Mob violence" in subs(text)


def test_a_crowd_that_beats_someone_after_a_protest_is_a_mob() -> None:
    text = ("Residents protested against insecurity in Kisumu on Monday. "
            "Later the crowd lynched a suspected thief near the market.")
    assert "Mob violence" in subs(text)


def test_a_present_tense_riot_after_a_crowd_is_its_verb() -> None:
    events = coded("Hawkers riot and clash with police in Nairobi over the removal of their stalls.")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]
    assert events[0].actor1.startswith("Rioters")


def test_a_party_named_again_as_a_modifier_is_no_victim() -> None:
    text = ("On 2 March 2023, rioters (likely BNP activists) set fire to a bus in Dhaka, during the BNP-led "
            "blockade against the government.")
    events = coded(text)
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_vehicles_burnt_during_a_protest_make_it_violent() -> None:
    text = ("Boda boda riders blocked the Kisumu-Busia road on Monday over police harassment. "
            "Two cars were burnt during the protest.")
    assert subs(text) == ["Violent demonstration"]


def test_protesters_teargassed_met_an_intervention() -> None:
    text = "Police teargassed nurses who were protesting outside the county offices in Nakuru over unpaid salaries."
    assert subs(text) == ["Protest with intervention"]


def test_rival_groups_described_by_whom_they_support_are_a_brawl() -> None:
    text = ("Two rival groups, those backing the county governor and those backing a local businessman, clashed at "
            "a fundraiser in Nyeri.")
    assert subs(text) == ["Mob violence"]


def test_political_rivals_who_clash_are_rioters() -> None:
    events = coded("Political rivals clash at a funeral in Nyeri.")
    assert [e.sub_event_type for e in events] == ["Mob violence"]
    assert events[0].actor1.startswith("Rioters")
