"""Typing a toll told with the fight it came from, in our own sentences: "killed following clashes between the
clans" is the fight's toll (an armed clash), while a killing by named raiders amid clashes stays an attack."""

from __future__ import annotations

import warscribe


def subs(text: str) -> list[str]:
    return [e.sub_event_type for e in warscribe.extract(text, published="2023-03-10")]


def test_a_toll_following_clashes_is_the_clash() -> None:
    assert subs("Six people were killed following two days of clashes between rival clans near Garissa.") \
        == ["Armed clash"]


def test_a_toll_amid_an_inter_clan_conflict_is_the_clash() -> None:
    assert subs("Three herders died amid an inter-clan conflict over water points in Wajir on Sunday.") \
        == ["Armed clash"]


def test_a_killing_by_named_raiders_amid_clashes_stays_an_attack() -> None:
    assert subs("A teacher was killed by raiders amid clashes between rival clans near Garissa.") == ["Attack"]


def test_a_force_that_kills_suspected_militants_is_a_side_not_a_description() -> None:
    events = warscribe.extract("Soldiers killed four suspected Al Shabaab fighters near Garissa on Tuesday.",
                               published="2023-03-10")
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert events[0].actor1.startswith("Military Forces")


def test_victims_shot_dead_by_suspected_militants_stay_victims() -> None:
    events = warscribe.extract("Three civilians shot dead by suspected Al Shabaab militants near Garissa.",
                               published="2023-03-10")
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert events[0].actor1 == "Al Shabaab"


def test_gunmen_linked_to_a_group_are_that_group_not_its_victims() -> None:
    events = warscribe.extract("Gunmen linked to Al Shabaab kill two on the road to Garissa",
                               published="2023-03-10")
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Attack", "Al Shabaab")]


def test_a_communitys_people_named_as_victims_are_civilians() -> None:
    events = warscribe.extract("Gunmen shot dead four Fulani herders near Djibo on Sunday.", published="2023-03-10")
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Attack", "Civilians (Burkina Faso)")]


def test_communities_that_clash_stay_sides() -> None:
    events = warscribe.extract("Fulani herders clashed with Dogon farmers near Djibo.", published="2023-03-10")
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert not events[0].actor2.startswith("Civilians")


def test_herders_who_raid_and_kill_are_a_communal_militia() -> None:
    events = warscribe.extract("A group of herders attacked a farming village near Isiolo and killed three men.",
                               published="2023-03-10")
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert events[0].actor1.startswith("Unidentified Communal Militia")


def test_farmers_who_assault_a_herder_are_a_mob() -> None:
    assert subs("A group of farmers assaulted and wounded a herder near Kalale after his cattle ate their crops.") \
        == ["Mob violence"]
