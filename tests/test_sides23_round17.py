"""Sides (round 17, follow-up): the holder of a place raided is no raider, the owner of an offensive the dead were
killed in is the doer, popular-committee men and the Kurdish internal security force are armed sides, a blame told of
one kind of act names no doer for another, "the opposition groups" are the opposition, no anaphor."""

from __future__ import annotations

from warscribe.knowledge.roles import (
    blamed_for_other_kind,
    holder_cannot_do,
    holder_never_strikes,
    owns_offensive,
)
from warscribe.model import Document
from warscribe.pipeline import Pipeline


def sides(pipeline: Pipeline, text: str, published: str = "2016-03-02") -> list[tuple[str | None, str | None]]:
    doc = Document.from_input({"id": "t", "text": text, "published": published, "country": "Syria"})
    pipeline.run(doc)
    return [(ev.actor1, ev.actor2) for ev in doc.events]


def test_raids_and_shelling_are_not_the_holders() -> None:
    assert holder_never_strikes("attack") and holder_never_strikes("shelling") and holder_cannot_do("airstrike")
    assert not holder_never_strikes("clash") and not holder_cannot_do("shelling")


def test_holder_of_the_raided_village_is_no_raider(pipeline: Pipeline) -> None:
    found = sides(pipeline, "A monitor said on Monday that raids hit the village of Tal Hamra controlled by the "
                            "Islamic State group near Raqqa, killing nine people.")
    assert found and all("Islamic State" not in (a1 or "") for a1, _ in found), found


def test_offensive_owner_words() -> None:
    text = "Four fighters killed in Syrian army offensive"
    assert owns_offensive(text, text.index("Syrian"), text.index(" offensive"))
    text = "Four fighters killed in Aleppo by the Syrian army"
    assert not owns_offensive(text, text.index("Syrian"), len(text))


def test_dead_killed_in_a_sides_offensive_are_struck(pipeline: Pipeline) -> None:
    found = sides(pipeline, "Islamic State commander and six more killed in Syrian army offensive near Palmyra.")
    assert found and "Military Forces of Syria" in (found[0][0] or ""), found
    assert "Islamic State" in (found[0][1] or ""), found


def test_popular_committee_men_are_armed(pipeline: Pipeline) -> None:
    found = sides(pipeline, "An Israeli drone hit a truck in the village of Jubata on Sunday, killing three "
                            "popular committee fighters, a monitor said.")
    assert found and "NDF" in (found[0][1] or ""), found


def test_kurdish_internal_security_force_is_the_asayish(pipeline: Pipeline) -> None:
    found = sides(pipeline, "A car bomb killed four members of the Kurdish internal security force in Qamishli on "
                            "Friday.")
    assert found and "Asayish" in (found[0][1] or ""), found


def test_blame_of_one_kind_of_act() -> None:
    assert blamed_for_other_kind("airstrike", "chemical")
    assert not blamed_for_other_kind("airstrike", "airstrike")
    assert not blamed_for_other_kind("attack", "chemical")
    assert not blamed_for_other_kind("explosion", "suicide")


def test_airstrike_blame_names_no_doer_of_a_recalled_gas_attack(pipeline: Pipeline) -> None:
    found = sides(pipeline, "An airstrike likely carried out by the US-led coalition hit the village of Kafr Nabl "
                            "on Monday, killing six civilians. Kafr Nabl lies near the town of Talmenes where a "
                            "chemical weapons attack killed 40 people on March 3.", published="2016-03-20")
    assert len(found) == 2 and "Coalition" in (found[0][0] or ""), found
    assert "Coalition" not in (found[1][0] or ""), found


def test_the_opposition_groups_are_no_anaphor(pipeline: Pipeline) -> None:
    found = sides(pipeline, "Fighters of the Nusra Front attacked an army post in Idlib on Monday. On Tuesday Syrian "
                            "army units destroyed a weapons depot run by the opposition groups in Daraa.")
    assert any("Military Forces of Syria" in (a1 or "") and a2 and "Nusra" not in a2 and "Rebels" in a2
               for a1, a2 in found), found


def test_dead_of_a_headline_passive_are_not_the_advancing_side(pipeline: Pipeline) -> None:
    found = sides(pipeline, "Dozens of Insurgents Killed As Kurdish Fighters Advance in Azaz Countryside.")
    assert found and "YPG" in (found[0][0] or "") and "Rebels" in (found[0][1] or ""), found
    found = sides(pipeline, "Five Soldiers Killed As Rebels Advance in Hama Countryside.")
    assert found and "Rebels" in (found[0][0] or "") and "Military Forces of Syria" in (found[0][1] or ""), found


def test_unnamed_gunmen_breaking_up_a_protest_are_its_force(pipeline: Pipeline) -> None:
    found = sides(pipeline, "A spokesman said that the gunmen suppressed protests in which some 300 people took part "
                            "in the town of Saraqeb on Friday while dispersing the protesters.")
    assert found and found[0][1] is not None and "Military Forces" not in found[0][1], found


def test_positions_of_a_side_named_without_apostrophe_are_struck(pipeline: Pipeline) -> None:
    found = sides(pipeline, "Syrian warplanes carried out air strikes on terrorists position in the town of Duma on "
                            "Monday.")
    assert found and found[0][1] is not None and "Civilians" not in found[0][1], found
    found = sides(pipeline, "Syrian warplanes struck rebel positions in the town of Duma on Monday.")
    assert found and "Rebels" in (found[0][1] or ""), found


def test_syrians_counted_dead_are_civilians(pipeline: Pipeline) -> None:
    found = sides(pipeline, "Rebel Mortar Attack Kills Injures over 30 Syrians in Hama Province.")
    assert found and "Civilians" in (found[0][1] or ""), found


def test_state_holding_the_place_attacked_is_struck() -> None:
    assert holder_never_strikes("attack") and holder_never_strikes("shelling")
    assert not holder_never_strikes("airstrike")


def test_state_holding_the_hospital_attacked_is_no_attacker(pipeline: Pipeline) -> None:
    found = sides(pipeline, "On Monday a clinic occupied by the Syrian army in the town of Tafas was attacked with "
                            "rockets.")
    assert found and "Military Forces of Syria" not in (found[0][0] or ""), found
