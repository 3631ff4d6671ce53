"""Typing explosions in our own sentences: a planted bomb, a bomb blast or attack is a remote explosive; a bomb
dropped from the air is an air strike."""

from __future__ import annotations

import pytest

import warscribe


def subs(text: str) -> list[str]:
    return [e.sub_event_type for e in warscribe.extract(text, published="2023-03-10")]


@pytest.mark.parametrize("text", [
    "On 9 March 2023, a bomb planted by the Taliban hit a police pickup in Kandahar, killing two officers.",
    "On 9 March 2023, four soldiers were wounded in a bomb blast near Mandera.",
    "On 9 March 2023, a Taliban 'bomb attack' killed a district official in Khost.",
    "On 9 March 2023, two bombs exploded at a bus stop in Nairobi, wounding nine people.",
])
def test_a_planted_bomb_or_bomb_blast_is_a_remote_explosive(text: str) -> None:
    assert subs(text) == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize("text", [
    "On 9 March 2023, a bomb dropped by a government helicopter hit a market in Idlib, killing five people.",
    "On 9 March 2023, government aircraft bombed a village near Idlib, killing three civilians.",
])
def test_a_bomb_from_the_air_is_an_air_strike(text: str) -> None:
    assert subs(text) == ["Air/drone strike"]
