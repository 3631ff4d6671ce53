"""Typing attacks whose casualties include a state force, in our own sentences: soldiers or police killed, wounded or
missing in an attack met an armed clash (ACLED), even when civilians also died; a force that protests by rioting,
or clashes with a crowd during a demonstration, is part of a violent demonstration, not a battle."""

from __future__ import annotations

import warscribe


def coded(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in warscribe.extract(text, published="2023-03-10")]


def test_soldiers_killed_and_missing_after_an_ambush_met_an_armed_clash() -> None:
    assert coded("Gunmen ambushed an army convoy near Djibo on Monday, killing four soldiers while three others "
                 "went missing.") == [("Battles", "Armed clash")]


def test_a_civilian_abducted_and_killed_stays_an_attack() -> None:
    assert coded("Gunmen abducted and killed a village chief near Djibo on Monday.") \
        == [("Violence against civilians", "Attack")]


def test_a_policeman_among_the_dead_makes_an_attack_an_armed_clash() -> None:
    assert coded("Gunmen attacked a checkpoint near Garissa, killing two civilians and a police officer.") \
        == [("Battles", "Armed clash")]


def test_civilians_alone_among_the_dead_stay_an_attack() -> None:
    assert coded("Gunmen attacked a village near Garissa, killing two civilians.") \
        == [("Violence against civilians", "Attack")]


def test_an_officer_who_shoots_a_trader_is_no_casualty() -> None:
    assert coded("A police officer shot dead a trader near Garissa on Friday.") \
        == [("Violence against civilians", "Attack")]


def test_an_officer_attacked_on_patrol_is_the_target_not_the_attacker() -> None:
    events = warscribe.extract("A gang attacked a police officer on patrol near Garissa on Friday, seriously "
                               "wounding him.", published="2023-03-10")
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Armed clash", "Police Forces of Kenya (2022-)")]


def test_soldiers_who_protest_by_barricading_riot() -> None:
    assert coded("Off-duty soldiers demonstrated in Ouagadougou on Monday by barricading the road to the barracks.") \
        == [("Riots", "Violent demonstration")]


def test_police_who_protest_peacefully_stay_protesters() -> None:
    assert coded("Police demonstrated in Ouagadougou on Monday to demand higher wages.") \
        == [("Protests", "Peaceful protest")]


def test_police_and_traders_clashing_during_a_demonstration_is_a_violent_demonstration() -> None:
    assert coded("Traders staged a demonstration in Dhaka on Monday. Police and traders clashed during the "
                 "demonstration.") == [("Riots", "Violent demonstration")]


def test_police_clashing_with_militants_stays_a_battle() -> None:
    assert coded("Police clashed with militants in Garissa on Monday.") == [("Battles", "Armed clash")]


def test_villagers_placed_by_their_village_and_district_are_the_mob() -> None:
    events = warscribe.extract("On 12 June 2023, a number of locals in the village of Tanou (Kandi, Alibori) severely "
                               "wounded a man suspected of theft.", published="2023-06-12")
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Mob violence", "Rioters (Benin)")]


def test_what_was_done_to_the_protesters_by_others_is_their_grievance() -> None:
    assert coded("Nurses who were assaulted by unknown men last week staged a peaceful demonstration in Kisumu.") \
        == [("Protests", "Peaceful protest")]


def test_protesters_shot_by_police_during_a_demonstration_met_excessive_force() -> None:
    assert coded("Protesters were shot dead by police during a demonstration in Kisii.") \
        == [("Protests", "Excessive force against protesters")]


def test_unknown_persons_who_vandalise_a_house_are_a_mob() -> None:
    events = warscribe.extract("On 5 August 2024, unidentified persons vandalized the house of a school teacher in "
                               "Koyra upazila (Khulna).", published="2024-08-05")
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Mob violence", "Rioters (Bangladesh)")]


def test_unknown_gunmen_who_burn_a_school_destroy_property() -> None:
    assert coded("Unknown gunmen burned the primary school in Djibo on Monday.") \
        == [("Strategic developments", "Looting/property destruction")]


def test_unknown_persons_who_shoot_a_trader_stay_an_armed_group() -> None:
    events = warscribe.extract("On 5 August 2024, unidentified persons shot dead a trader in Koyra upazila (Khulna).",
                               published="2024-08-05")
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Attack", "Unidentified Armed Group (Bangladesh)")]


def test_a_headlines_officer_killed_when_raiders_attack_is_the_victim() -> None:
    events = warscribe.extract("Police reservist killed when raiders attack a village near Isiolo",
                               published="2023-03-10")
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Armed clash", "Police Forces of Kenya (2022-)")]


def test_police_who_shoot_two_suspects_are_the_shooters() -> None:
    events = warscribe.extract("Police shot dead two suspects in Isiolo on Monday.", published="2023-03-10")
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Attack", "Police Forces of Kenya (2022-)")]


def test_a_counted_community_name_alone_is_its_people_not_its_militia() -> None:
    for text in ("On 9 March 2023, gunmen shot dead three Turkanas at a watering point near Lodwar.",
                 "On 9 March 2023, a Kikuyu was hacked to death by raiders in Molo."):
        events = warscribe.extract(text, published="2023-03-10")
        assert [(e.sub_event_type, e.actor2) for e in events] == [("Attack", "Civilians (Kenya)")], text


def test_an_unknown_group_that_ambushes_officers_fights_them() -> None:
    # a headline's "unknown group" names the attacker: the officer is its target, and the fight an armed clash
    events = warscribe.extract("Unknown group attacks a police officer in Nakuru and steals his gun",
                               published="2023-03-10")
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Battles", "Armed clash")]
    assert events[0].actor1.startswith("Unidentified Armed Group")
    assert events[0].actor2.startswith("Police Forces")


def test_an_armed_gang_that_robs_a_shopkeeper_attacks_a_civilian() -> None:
    events = warscribe.extract("An armed gang robbed and stabbed a shopkeeper in Eldoret on Tuesday night.",
                               published="2023-03-10")
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Violence against civilians", "Attack")]
    assert events[0].actor1.startswith("Unidentified Armed Group")


def test_a_trader_attacked_by_a_group_of_gunmen_is_their_victim() -> None:
    # "by a group of gunmen": the collective's members are the doers, not a second armed side
    events = warscribe.extract("A trader was attacked by a band of gunmen near Garissa on Friday night.",
                               published="2023-03-10")
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Violence against civilians", "Attack")]
    assert events[0].actor1.startswith("Unidentified Armed Group")
    assert events[0].actor2.startswith("Civilians")
