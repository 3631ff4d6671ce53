"""FA-KES not-events and retellings (round 17): a standing condition ("suffer daily shelling"), a group's founding
told as background, a toll over a span of days, and a strike named only for a comparison."""

from __future__ import annotations

import pytest

from coding_support import events
from warscribe.pipeline import Pipeline


@pytest.mark.parametrize("text", [
    "Cut off for two years, the families of the valley live on bread and water and suffer daily shelling.",
    "The people of the old quarter live under constant bombardment and have nowhere to go.",
    "Families in the camp say the jets come almost daily and drop bombs on the tents.",
    "Villagers in the hills are shelled every day by the artillery on the ridge.",
])
def test_a_standing_condition_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert events(pipeline, text) == []


def test_a_day_and_a_toll_keep_the_event_beside_the_condition(pipeline: Pipeline) -> None:
    found = events(pipeline, "Army shelling killed seven people in the valley on Monday, residents who suffer daily "
                             "shelling said.")
    assert [(e.sub_event_type, e.fatalities) for e in found] == [("Shelling/artillery/missile attack", 7)]


def test_a_group_founding_told_as_background_is_no_change(pipeline: Pipeline) -> None:
    text = ("Rebels shelled an army post near Hama on Tuesday, killing three soldiers. The Army of Conquest was formed "
            "by a merger of several rebel brigades and receives money from abroad.")
    found = events(pipeline, text)
    assert "Change to group/activity" not in {e.sub_event_type for e in found}
    assert len(found) == 1


def test_a_toll_over_a_span_of_days_is_no_event(pipeline: Pipeline) -> None:
    text = ("Health officials say 52 people have been killed and 300 hurt over a three-day stretch of heavy fighting "
            "near Hama. Rebels clashed with government forces north of the city.")
    found = events(pipeline, text)
    assert [e.fatalities for e in found if e.fatalities] == []
    assert all(e.sub_event_type == "Armed clash" for e in found) and found
    assert all("Unidentified" not in (e.actor1 or "") for e in found)


def test_a_strike_named_for_a_comparison_is_no_second_event(pipeline: Pipeline) -> None:
    text = ("An air strike hit the town of Mayadin overnight, killing eight people, activists said. The activists said "
            "the Monday strike on Mayadin was similar to airstrikes carried out by Russian jets that have been "
            "hitting the province. Aid workers said the wounded were taken to a field clinic. The town has few "
            "doctors left.")
    found = events(pipeline, text, "2017-04-18")
    assert len(found) == 1
    assert found[0].fatalities == 8


def test_repeated_attacks_with_no_day_are_no_event(pipeline: Pipeline) -> None:
    assert events(pipeline, "Farmers say the militia has carried out repeated attacks on the farms of the "
                            "valley.") == []


def test_a_part_of_a_span_toll_is_no_day_toll(pipeline: Pipeline) -> None:
    text = ("Doctors say 61 people have been killed over a five-day stretch of shelling and fighting near Idlib. "
            "Rebels clashed with government forces west of the city on Monday. The town has been cut off for a year. "
            "Nine children and four women were among those killed.")
    found = events(pipeline, text)
    assert [(e.sub_event_type, e.fatalities) for e in found] == [("Armed clash", 0)]


def test_a_part_with_no_toll_told_is_still_the_event_toll(pipeline: Pipeline) -> None:
    text = ("Police raided a hideout of the gang in the hills near Homs on Monday. The raid lasted an hour. "
            "Officers said the gang had hidden weapons there. Three of the suspects were killed.")
    assert [e.fatalities for e in events(pipeline, text)] == [3]


def test_a_side_linked_to_a_source_is_no_side_of_the_event(pipeline: Pipeline) -> None:
    found = events(pipeline, "The IS-linked Aamaq news agency said an air strike on a market in Mayadin killed six "
                             "people on Sunday.", "2017-04-18")
    assert found and all(e.actor1 != "Islamic State (Syria)" for e in found)


def test_a_protest_against_repeated_attacks_stands(pipeline: Pipeline) -> None:
    found = events(pipeline, "Nurses in Kano protested against the repeated assaults on hospital staff.")
    assert [e.sub_event_type for e in found] == ["Peaceful protest"]


@pytest.mark.parametrize("text", [
    "Residents say the situation in the old town is very difficult because the gunmen prevent families from leaving.",
    "Aid workers say the militants prevent civilians from leaving the besieged quarter.",
])
def test_a_siege_plight_is_no_event(pipeline: Pipeline, text: str) -> None:
    body = "Rebels shelled an army post near Hama on Tuesday, killing three soldiers. The post guards the main road. "
    found = events(pipeline, body + text)
    assert [e.sub_event_type for e in found] == ["Shelling/artillery/missile attack"]
