"""Round 19 follow-up (issue 9): battles still coded as violence against civilians. A side that "lost" its fighters
in a fight is one side of a battle; a side that "came under attack from" another was struck by it."""

from __future__ import annotations

from coding_support import events


def test_a_side_that_lost_troops_fought(pipeline) -> None:
    evs = events(pipeline, "The regime lost 20 soldiers in an assault on the town of Morek on Monday.")
    assert evs and evs[0].event_type == "Battles" and evs[0].sub_event_type == "Armed clash"
    assert evs[0].actor2.startswith("Military Forces of Syria")


def test_troops_lost_in_a_counter_attack_are_no_attackers_of_civilians(pipeline) -> None:
    text = "Damascus lost more than 40 troops in a fierce counter-attack near Hama on Sunday."
    evs = events(pipeline, text)
    assert evs and evs[0].event_type == "Battles"
    assert all("Civilians" not in (e.actor2 or "") for e in evs)


def test_under_attack_from_names_the_attacker(pipeline) -> None:
    evs = events(pipeline, "Islamic State fighters came under attack from rebels near Homs on Sunday.")
    assert evs and evs[0].event_type == "Battles"
    assert evs[0].actor1.startswith("Opposition Rebels") and evs[0].actor2.startswith("Islamic State")


def test_under_fire_from_names_the_shooter(pipeline) -> None:
    evs = events(pipeline, "A rebel convoy came under fire from Islamic State militants near Palmyra on Friday.")
    assert evs and evs[0].actor1.startswith("Islamic State")


def test_killed_by_still_names_the_doer(pipeline) -> None:
    evs = events(pipeline, "Two soldiers were killed by rebels near Homs on Sunday.")
    assert evs and evs[0].actor1.startswith("Opposition Rebels")


def test_the_kurds_who_fight_are_the_ypg(pipeline) -> None:
    evs = events(pipeline, "Islamic State fighters attacked the Kurds near Tal Abyad on Monday, killing five of them.")
    assert evs and evs[0].event_type == "Battles"
    assert evs[0].actor2.startswith("YPG")


def test_a_place_used_as_a_base_belongs_to_the_side_struck(pipeline) -> None:
    text = "Islamic State fighters stormed a school being used as a base by the Kurds in Sarrin on Monday."
    evs = events(pipeline, text)
    assert evs and evs[0].event_type == "Battles"
    assert evs[0].actor1.startswith("Islamic State") and evs[0].actor2.startswith("YPG")
