"""Typing strategic developments in our own sentences: weapons seized after a fight are a detail of the fight;
weapons shot down or intercepted are disrupted weapons use."""

from __future__ import annotations

import pytest

import warscribe


def subs(text: str) -> list[str]:
    return [e.sub_event_type for e in warscribe.extract(text, published="2023-05-20")]


@pytest.mark.parametrize("text", [
    "On 14 May 2023, soldiers killed six militants near Markoye and seized their motorbikes and rifles.",
    "On 14 May 2023, militants ambushed an army patrol near Tin-Akoff; the attack was repelled and the soldiers "
    "recovered a motorbike and ammunition.",
])
def test_weapons_seized_after_a_fight_are_a_detail_of_the_fight(text: str) -> None:
    assert subs(text) == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "On 15 May 2023, soldiers shot down a drone over Kidal.",
    "On 15 May 2023, police seized two rifles and ammunition in a house in Garissa.",
])
def test_weapons_shot_down_or_seized_are_disrupted_weapons_use(text: str) -> None:
    assert subs(text) == ["Disrupted weapons use"]


@pytest.mark.parametrize("text", [
    "On 9 March 2023, the governor of the Est Region extended the nightly curfew by two months.",
    "On 9 March 2023, the government declared a state of emergency in six provinces of the Sahel.",
    "On 9 March 2023, twelve soldiers switched sides and joined the Taliban in Ghor.",
    "On 9 March 2023, residents of a village near Kandi created a self-defence militia.",
])
def test_security_measures_and_changes_of_side_are_a_change_to_group_activity(text: str) -> None:
    assert [e.sub_event_type for e in warscribe.extract(text, published="2023-03-10")] == [
        "Change to group/activity"]
