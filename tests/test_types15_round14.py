"""Round 15 typing on our own sentences: an ambush that sets a bomb off and then shoots is an armed clash, and
bombs found, dismantled or gone off in their carriers' hands are disrupted weapons use."""

from __future__ import annotations

import pytest

import warscribe
from warscribe.knowledge.lexicon import Lexicon


def types(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in warscribe.extract(text, published="2023-03-10")]


@pytest.mark.parametrize("text", [
    "On 11 April 2022, suspected militants carried out a complex ambush involving an IED and gunfire on an army "
    "convoy near Kandi, killing two soldiers.",
    "On 4 May 2022, rebels set off an IED followed by gunfire against an army convoy near Kandi.",
])
def test_a_bomb_then_gunfire_ambush_is_an_armed_clash(text: str) -> None:
    assert types(text) == [("Battles", "Armed clash")]


@pytest.mark.parametrize("text", [
    "On 4 May 2022, an IED struck an armored vehicle of the army near Kandi, injuring three soldiers.",
    "On 4 May 2022, a bomb exploded near a school in Kandi. After the explosion, soldiers fired gunshots.",
])
def test_a_bomb_alone_or_answered_by_a_force_stays_remote_violence(text: str) -> None:
    assert types(text)[0] == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


@pytest.mark.parametrize("text", [
    "On 3 May 2022, an army unit discovered an IED at the entrance of a village near Kandi.",
    "On 2 June 2022, a bomb carried by two rebels detonated prematurely near Kandi, killing both of them.",
    "On 5 June 2022, an IED being planted by suspected rebels accidentally went off near Kandi, killing three of "
    "them.",
])
def test_a_bomb_found_or_gone_off_in_its_carriers_hands_is_disrupted_weapons_use(text: str) -> None:
    assert types(text) == [("Strategic developments", "Disrupted weapons use")]


def test_a_found_pattern_names_each_device_word_alone() -> None:
    # "explosive device~n|ied~n" once asked for "explosive" before every device word: "found an IED" was missed
    lexicon = Lexicon.load()
    for text in ("Police found an IED under a bridge.", "Soldiers spotted two IEDs on the road.",
                 "Police uncovered a bomb in a bus."):
        doc = lexicon.tokenize(text)
        assert [m.label for m in lexicon.matches(doc) if m.kind == "trigger"] == ["disrupt"], text


def test_a_gold_mine_is_no_device() -> None:
    lexicon = Lexicon.load()
    doc = lexicon.tokenize("The bodies were found in a gold mine.")
    assert "disrupt" not in [m.label for m in lexicon.matches(doc) if m.kind == "trigger"]
