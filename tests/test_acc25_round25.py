"""Round 25: a place "bombed" or "bombarded" with shells, rockets or artillery and no aircraft was shelled from the
ground, whoever fired (typing.yaml, the rule with `lacks: [air]`); aircraft named beside the guns ("warplanes and
artillery", "aerial and artillery bombardment") keep it an air strike."""

from __future__ import annotations

import pytest

from coding_support import events
from warscribe.knowledge.lexicon import Lexicon
from warscribe.pipeline import Pipeline


def _subs(pipeline: Pipeline, text: str) -> list[str]:
    return [e.sub_event_type for e in events(pipeline, text, "2016-04-23")]


@pytest.mark.parametrize("text", [
    "At least 13 civilians were killed on Saturday when regime forces bombed a popular market in Douma with heavy "
    "artillery.",
    "Syrian government forces bombarded the town of Kafr Nabl with artillery and rockets on Monday, killing five "
    "civilians.",
    "Islamic State bombed the checkpoint with mortars on Monday, killing five soldiers.",
])
def test_a_bombing_with_guns_and_no_aircraft_is_shelling(pipeline: Pipeline, text: str) -> None:
    assert _subs(pipeline, text) == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text", [
    "Government warplanes and artillery bombarded the town of Kafr Nabl on Monday, killing five civilians.",
    "Regime forces resumed aerial and artillery bombardment on the town of Kafr Nabl on Monday, killing five "
    "civilians.",
    "Regime forces bombed a popular market in Douma on Saturday, killing 13 civilians.",
])
def test_a_bombing_with_aircraft_or_no_weapon_named_stays_an_air_strike(pipeline: Pipeline, text: str) -> None:
    assert _subs(pipeline, text) == ["Air/drone strike"]


def test_the_typing_rules_read_what_a_sentence_must_not_name() -> None:
    rules = [r for r in Lexicon.load().rules if r.lacks]
    assert rules and all(r.lacks <= {"air"} for r in rules)
