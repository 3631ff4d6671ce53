"""Round 19 follow-up (tolls26, issue 9): deaths that tell no toll of their own or tell it in a way the default
of three missed: dead that point back ("those who had died", "The crew died"), "killed or wounded", a death word in
a list of crimes, a headline's one dead before the wounded ("Child killed 9 ... injured") and kin listed after a
count ("the four siblings and their father")."""

from __future__ import annotations

import pytest

from coding_support import deaths, events
from warscribe.knowledge.counts import CountReader


@pytest.mark.parametrize("text", [
    "Relatives collected the remains of those who had died in the blast at the depot.",
    "As far as we know those in the lorry died instantly, the governor told reporters.",
    "The crew died, the ministry said.",
])
def test_dead_that_point_back_are_marked(reader: CountReader, text: str) -> None:
    assert deaths(reader, text) == [(3, True, True)]


@pytest.mark.parametrize("text", [
    "The rebels killed farmers near the well.",  # a doer, the death word takes an object
    "Farmers died when the shell hit the well.",
    "Those who survived said the guards killed prisoners.",
])
def test_no_pointing_back(reader: CountReader, text: str) -> None:
    assert [d for _, _, d in deaths(reader, text)] == [False]


def test_the_crew_died_after_a_toll_adds_none(pipeline) -> None:
    text = ("A military helicopter was shot down on Monday near the town of Binnish in Idlib province, killing all "
            "four soldiers on board, a monitor said. The crew died trying to land the burning aircraft in a field. "
            "Local medics said the wreck was still smouldering in the evening.")
    evs = events(pipeline, text)
    assert evs and all(e.fatalities in (0, 4) for e in evs)


@pytest.mark.parametrize("text", [
    "Several rebel fighters were killed or wounded near the dam.",
    "Twelve guards were killed or injured in the shelling.",
])
def test_killed_or_wounded_tells_no_death(reader: CountReader, text: str) -> None:
    assert [v for v, _, _ in deaths(reader, text)] == [0]


def test_killed_and_wounded_keeps_the_limited_reading(reader: CountReader) -> None:
    assert [v for v, _, _ in deaths(reader, "Twelve guards were killed and wounded in the shelling.")] == [3]


@pytest.mark.parametrize("text", [
    "The envoy accused the militia of torture killing and forced disappearance in its jails.",
    "The report lists rape, killing and detention among the abuses of the occupying force.",
])
def test_a_killing_in_a_list_of_crimes_is_no_death(reader: CountReader, text: str) -> None:
    assert deaths(reader, text) == []


@pytest.mark.parametrize("text", [
    "Gunmen stormed the hamlet killing and looting.",
    "Witnesses described the killing and torture of detainees at the camp.",
])
def test_a_killing_told_still_counts(reader: CountReader, text: str) -> None:
    assert [v for v, _, _ in deaths(reader, text)] == [3]


def test_a_headline_s_one_dead_before_the_wounded(reader: CountReader) -> None:
    assert [v for v, _, _ in deaths(reader, "Boy killed 7 Civilians Injured in Mortar Attacks on Hama")] == [1]


def test_a_plural_doer_before_a_figure_keeps_the_default(reader: CountReader) -> None:
    assert [v for v, _, _ in deaths(reader, "Gunmen killed 7 civilians injured in the town")] == [3]


@pytest.mark.parametrize(("text", "dead"), [
    ("A shell struck the farmhouse killing the three brothers and their mother.", 4),
    ("The drone hit the car killing two boys and their father.", 3),
    # how many of their children is not told: the count stays the figure's
    ("The drone hit the car killing two women and their children.", 2),
    ("The strike killed the five sisters.", 5),
])
def test_kin_listed_after_a_figure(reader: CountReader, text: str, dead: int) -> None:
    assert [v for v, _, _ in deaths(reader, text)] == [dead]


@pytest.mark.parametrize(("text", "dead"), [
    ("Another man and a woman were killed by a mortar in the next village.", 2),
    ("Another farmer and three children were killed.", 4),
    ("Another six people were killed in the raids.", 6),
])
def test_another_opens_one_person_of_a_list(reader: CountReader, text: str, dead: int) -> None:
    assert [v for v, _, _ in deaths(reader, text)] == [dead]
