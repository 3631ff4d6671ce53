"""Typing looting and property destruction in our own sentences: violence against people told with it decides."""

from __future__ import annotations

import warscribe


def types(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in warscribe.extract(text, published="2023-03-10")]


def test_raiders_who_steal_and_kill_commit_an_attack() -> None:
    assert types("On 9 March 2023, armed raiders stole 200 goats in Tiaty and killed two herders.") == [
        ("Violence against civilians", "Attack")]


def test_raiders_who_only_steal_commit_looting() -> None:
    assert types("On 9 March 2023, armed raiders stole 200 goats from a homestead in Tiaty.") == [
        ("Strategic developments", "Looting/property destruction")]


def test_gunmen_who_kill_villagers_and_burn_shops_commit_an_attack() -> None:
    assert types("On 9 March 2023, gunmen raided the hamlet of Tindouri, shot dead four farmers and torched the "
                 "granaries.") == [("Violence against civilians", "Attack")]


def test_militants_who_storm_a_guarded_post_and_burn_it_fight_an_armed_clash() -> None:
    assert types("On 9 March 2023, militants attacked the gendarmerie post of Tindouri, wounded two gendarmes "
                 "and set the building ablaze.")[0] == ("Battles", "Armed clash")


def test_gunmen_who_only_burn_a_school_destroy_property() -> None:
    assert types("On 9 March 2023, gunmen set fire to the primary school of Tindouri.") == [
        ("Strategic developments", "Looting/property destruction")]


def test_a_crowd_that_burns_a_bus_after_an_accident_commits_mob_violence() -> None:
    assert types("Angry traders in Kitale on Saturday burnt down a matatu after it hit and killed one of them along "
                 "the Kitale-Eldoret highway.") == [("Riots", "Mob violence")]


def test_unidentified_people_who_rob_and_wound_commit_an_attack_not_mob_violence() -> None:
    assert types("On 9 March 2023, a lorry driver was robbed and wounded by unknown persons near Lodwar.") == [
        ("Violence against civilians", "Attack")]


def test_gunmen_who_intercept_a_lorry_and_take_its_load_loot_it() -> None:
    # intercepting a vehicle is no disrupted weapons use; taking what it carries is looting
    assert types("On 9 March 2023, masked gunmen intercepted a lorry of flour outside Tindouri and seized its "
                 "cargo.") == [("Strategic developments", "Looting/property destruction")]
