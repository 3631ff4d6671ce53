"""Round 24: a toll told before "following" an attack is that attack's toll (frames.yaml `takes_toll` on attack),
as it was already for a strike, a bombing or a fight: the attacker named before "attack" is the perpetrator, and no
second event makes the dead the attacker's fighters."""

from __future__ import annotations

from coding_support import events
from warscribe.pipeline import Pipeline


def _coded(pipeline: Pipeline, text: str) -> list[tuple[str, str, str | None, int]]:
    return [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in events(pipeline, text, "2017-05-18")]


def test_a_toll_following_an_attack_is_the_attacks(pipeline: Pipeline) -> None:
    text = "The death toll following a Daesh attack on the village of Aqareb es Safi reached 51 people, a source said."
    assert _coded(pipeline, text) == [("Attack", "Islamic State (Syria)", "Civilians (Syria)", 51)]


def test_a_toll_following_an_unnamed_attack_keeps_its_figure(pipeline: Pipeline) -> None:
    text = "Ten people were killed following an attack on a market in Idlib, activists said."
    assert _coded(pipeline, text) == [("Attack", "Unidentified Armed Group (Syria)", "Civilians (Syria)", 10)]


def test_an_attack_that_sets_a_protest_stays_its_setting(pipeline: Pipeline) -> None:
    text = "Residents protested in Kano on Monday following an attack by bandits."
    assert [e[0] for e in _coded(pipeline, text)] == ["Peaceful protest"]
