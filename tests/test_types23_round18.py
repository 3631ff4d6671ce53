"""FA-KES event types whose deciding word was missing (round 18, issue 9): an operation named by its aim, a side
described by the war it wages in a relative clause, an armed group that blocks roads, a force's reported
"elimination of" a post, and an execution told by how it was done."""

from __future__ import annotations

from coding_support import events
from warscribe.model import Event
from warscribe.pipeline import Pipeline


def _types(found: list[Event]) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in found]


def test_an_operation_named_by_its_aim_takes_no_ground(pipeline: Pipeline) -> None:
    # the coalition's strike on an ally is the event, not the operation's aim of freeing the city
    found = events(pipeline, "Operation to Liberate Deir ez-Zor: The US-led coalition mistakenly struck allied "
                             "Kurdish fighters near Shaddadi on Monday, killing seven of them.")
    assert _types(found) == [("Explosions/Remote violence", "Air/drone strike")]
    assert found[0].actor1.startswith("Global Coalition")


def test_an_operation_to_retake_posts_is_a_fight(pipeline: Pipeline) -> None:
    found = events(pipeline, "On Sunday the police launched an operation to retake two border posts held by "
                             "bandits near the town of Lokichogio.")
    assert _types(found) == [("Battles", "Armed clash")]


def test_a_side_described_by_the_war_it_wages_takes_the_base(pipeline: Pipeline) -> None:
    found = events(pipeline, "Rebel fighters that are supported by Turkey and are fighting Islamic State militants "
                             "took control of an air base near the town of Dabiq on Tuesday.")
    assert _types(found) == [("Battles", "Non-state actor overtakes territory")]
    assert found[0].actor1.startswith("Opposition Rebels")


def test_a_side_who_is_fighting_a_group_is_no_clash_of_its_own(pipeline: Pipeline) -> None:
    found = events(pipeline, "Kurdish fighters who are fighting the jihadists seized the village of Tal Abyad "
                             "on Saturday.")
    assert ("Battles", "Armed clash") not in _types(found)


def test_an_armed_group_that_blocks_roads_is_no_protest(pipeline: Pipeline) -> None:
    found = events(pipeline, "On Wednesday the SDF blocked all roads leading into the town of Manbij, residents "
                             "said.")
    assert all(t[0] != "Protests" for t in _types(found))


def test_a_crowd_that_blocks_a_road_still_protests(pipeline: Pipeline) -> None:
    found = events(pipeline, "On Wednesday angry farmers blocked the main road into the town of Manbij to demand "
                             "water for their fields.")
    assert _types(found) == [("Protests", "Peaceful protest")]


def test_russia_reporting_the_elimination_of_a_post_struck_it_from_the_air(pipeline: Pipeline) -> None:
    found = events(pipeline, "Russian forces carried out the elimination of an Islamic State command post near "
                             "Palmyra on Friday, killing about 40 militants.")
    assert _types(found) == [("Explosions/Remote violence", "Air/drone strike")]
    assert found[0].actor1.startswith("Military Forces of Russia")
    assert found[0].fatalities == 40


def test_the_elimination_of_weapons_is_no_strike(pipeline: Pipeline) -> None:
    found = events(pipeline, "The deal on the elimination of the country's chemical weapons was signed in Geneva "
                             "on Saturday by both sides.")
    assert all(t[0] != "Explosions/Remote violence" and t[0] != "Battles" for t in _types(found))


def test_captives_tied_up_and_shot_are_executed(pipeline: Pipeline) -> None:
    # men bound and then shot: an attack by the side that holds them, not a battle
    found = events(pipeline, "In the desert near Palmyra on Monday four soldiers were blindfolded and Islamic State "
                             "gunmen then shot them one by one.")
    assert _types(found) == [("Violence against civilians", "Attack")]


def test_soldiers_shot_at_close_range_in_an_ambush_met_a_clash(pipeline: Pipeline) -> None:
    found = events(pipeline, "Three soldiers who tried to flee their truck were shot at close range by militants "
                             "near Palmyra on Monday.")
    assert _types(found) == [("Battles", "Armed clash")]


def test_the_elimination_of_opponents_as_an_aim_is_no_attack(pipeline: Pipeline) -> None:
    found = events(pipeline, "The ruling party is arming and training young men for the systematic elimination of "
                             "its opponents, a rights group said.")
    assert all(t[0] not in ("Violence against civilians", "Battles") for t in _types(found))


def test_a_speech_in_a_relative_clause_keeps_its_own_subject(pipeline: Pipeline) -> None:
    # the army seized the cache; the journalist who is with the troops only reports it
    found = events(pipeline, "A reporter who is embedded with the troops in the district said the army seized a "
                             "cache of rifles and mortar rounds in Jobar on Saturday.")
    assert found and found[0].actor1.startswith("Military Forces of Syria")


def test_a_ground_campaign_in_the_present_progressive_is_no_event(pipeline: Pipeline) -> None:
    found = events(pipeline, "Opposition groups in the province are mounting an offensive to seize the contested "
                             "city.")
    assert found == []


def test_an_attack_mounted_to_recapture_a_road_takes_none(pipeline: Pipeline) -> None:
    found = events(pipeline, "On Thursday rebel fighters mounted an attack to recapture the main supply road north "
                             "of the city from the army.")
    assert _types(found) == [("Battles", "Armed clash")]


def test_a_commander_named_by_his_side_is_a_fighter(pipeline: Pipeline) -> None:
    found = events(pipeline, "Syrian Army kills top militant commander in Daraa province on Sunday.")
    assert _types(found) == [("Battles", "Armed clash")]


def test_a_group_ousted_from_a_town_lost_it_to_the_ousters(pipeline: Pipeline) -> None:
    found = events(pipeline, "Government soldiers and Kurdish fighters ousted the Islamic State group from the town "
                             "of Shaddadi on Tuesday.")
    assert _types(found) == [("Battles", "Government regains territory")]


def test_a_group_expelled_by_the_army_lost_the_district(pipeline: Pipeline) -> None:
    found = events(pipeline, "The militants were expelled by the army from the last district they held in the town "
                             "on Tuesday.")
    assert _types(found) == [("Battles", "Government regains territory")]


def test_families_expelled_from_a_camp_are_no_territory(pipeline: Pipeline) -> None:
    found = events(pipeline, "Police expelled 200 families from a camp near the town on Tuesday.")
    assert all(t[0] != "Battles" for t in _types(found))


def test_a_council_set_up_to_push_militants_out_takes_no_town(pipeline: Pipeline) -> None:
    found = events(pipeline, "On Sunday the alliance set up a military council to push the militants out of the "
                             "town.")
    assert ("Battles", "Non-state actor overtakes territory") not in _types(found)
