"""Round 16 (sides21): a state's force named by where it came from ("bombers from Russia", "troops from Turkey") is
that state's force, as "Russian bombers" is; a side that flies nothing in Syria (the rebels) told with an air
strike is its target, the air force its doer; a state's airmen are its force. Our own sentences."""

from __future__ import annotations

import warscribe
from warscribe.knowledge.actors import ActorBase
from warscribe.knowledge.roles import grounded_sides


def _events(text: str, published: str = "2016-05-02") -> list:
    return warscribe.extract(text, published=published)


def test_force_from_a_country_is_a_surface_form_of_its_military() -> None:
    base = ActorBase.load()
    forms = {f.text.casefold(): f.actor_id for f in base.surface_forms()}
    assert forms.get("bombers from russia") == "russia-military"
    assert forms.get("troops from turkey") == "turkey-military"
    assert "fighters from russia" not in forms  # foreign fighters from a country are not its army


def test_bombers_from_russia_strike_as_russia() -> None:
    events = _events("The ministry said on Sunday that four long-range bombers from Russia had struck targets "
                     "around Deir Ezzor, a stronghold of the jihadists.")
    assert events
    assert events[0].actor1 == "Military Forces of Russia (2000-)"


def test_jets_from_turkey_strike_as_turkey() -> None:
    events = _events("Fighter jets from Turkey bombed positions of the Kurdish militia near Afrin on Friday, "
                     "killing five fighters.")
    assert events
    assert events[0].actor1.startswith("Military Forces of Turkey")


def test_grounded_sides_read_from_the_air_forces_rule() -> None:
    assert "generic:rebels" in grounded_sides("Syria", "2014-04-07")
    assert not grounded_sides("Syria", "2025-03-01")  # after the government's fall
    assert not grounded_sides("Nigeria", "2014-04-07")


def test_rebels_told_with_a_barrel_bomb_are_its_target_not_its_doer() -> None:
    events = _events("Clashes broke out between rebels and the army near Hama as helicopters dropped barrel bombs "
                     "on the town, killing four people.", published="2014-04-07")
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strikes
    assert strikes[0].actor1 == "Military Forces of Syria (2000-)"
    assert strikes[0].actor2 == "Opposition Rebels (Syria)"


def test_a_named_striker_that_flies_keeps_the_strike() -> None:
    events = _events("Russian warplanes bombed rebel positions near Hama on Monday, killing six fighters.",
                     published="2016-04-04")
    assert events
    assert events[0].actor1 == "Military Forces of Russia (2000-)"


def test_a_states_airmen_are_its_force() -> None:
    events = _events("Two Russian airmen were killed when their helicopter was shot down east of Palmyra on Friday.",
                     published="2016-07-10")
    assert events
    assert events[0].actor2 == "Military Forces of Russia (2000-)"
