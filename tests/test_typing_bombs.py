"""Typing bombs in our own sentences: a bomb planted or set off on the ground is a remote explosive, one dropped from
the air an air strike, one found or made safe (or gone off in its makers' hands) a disrupted weapons use."""

from __future__ import annotations

import pytest

import warscribe


def subs(text: str) -> list[str]:
    return [e.sub_event_type for e in warscribe.extract(text, published="2023-05-10")]


@pytest.mark.parametrize("text", [
    "On 8 May 2023, a bomb planted by insurgents hit an army convoy, killing 2 soldiers, in Kandahar city.",
    "On 8 May 2023, three passengers were killed when bombs exploded in two minibuses in Nairobi.",
])
def test_a_bomb_on_the_ground_is_a_remote_explosive(text: str) -> None:
    assert subs(text) == ["Remote explosive/landmine/IED"]


def test_bombs_dropped_by_a_warplane_are_an_air_strike() -> None:
    assert subs("On 8 May 2023, a warplane dropped bombs on the village of Kafr Nabl, killing 4 civilians.") == [
        "Air/drone strike"]


@pytest.mark.parametrize("text", [
    "On 8 May 2023, a bomb was found hidden under a seat of a minibus in Eastleigh.",
    "On 8 May 2023, an unexploded bomb was discovered inside a church in Kutu.",
    "On 8 May 2023, an army unit neutralized an IED on the road between Djibo and Namsiguia.",
    "On 8 May 2023, an IED exploded prematurely near Toeni, killing two militants who were carrying it.",
])
def test_a_bomb_found_defused_or_gone_off_in_its_makers_hands_is_disrupted_weapons_use(text: str) -> None:
    assert subs(text) == ["Disrupted weapons use"]


@pytest.mark.parametrize("text", [
    "On 8 May 2023, an unexploded shell left from earlier fighting wounded a shepherd near Tafas.",
    "On 8 May 2023, a boy was killed when unexploded ordnance went off in a field near Saraqib.",
    "On 8 May 2023, a farm tractor was destroyed by a landmine near Maadan, killing its driver.",
])
def test_a_war_leftover_or_mine_that_hurts_someone_is_a_remote_explosive(text: str) -> None:
    assert subs(text) == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize("text", [
    "On 8 May 2023, army engineers destroyed two IEDs on the road south of Daraa.",
    "On 8 May 2023, civil defence teams removed unexploded munitions from a schoolyard in Sarmin.",
])
def test_explosives_destroyed_or_removed_are_disrupted_weapons_use(text: str) -> None:
    assert subs(text) == ["Disrupted weapons use"]


def test_aerial_bombs_that_exploded_are_an_air_strike() -> None:
    assert subs("On 8 May 2023, aerial bombs exploded near a clinic in Ariha, killing 3 civilians.") == [
        "Air/drone strike"]


def test_armed_men_who_intercept_a_vehicle_do_not_disrupt_a_weapon() -> None:
    assert "Disrupted weapons use" not in subs(
        "On 8 May 2023, armed men intercepted a clinic's car near Menaka and took the nurse's phone.")


def test_drones_intercepted_in_flight_are_disrupted_weapons_use() -> None:
    assert subs("On 8 May 2023, air defences intercepted four drones over the port of Odesa.") == [
        "Disrupted weapons use"]
