"""Typing in our own sentences: a mutiny is a riot by its own mutineers; a side that answers an attack in a later
sentence ("responded to the assault", "engaged the assailants", "counterattacked") makes it an armed clash; a force
named twice in a one-sided killing is its doer, not its own victim; a setting ("in the context of") is no event."""

from __future__ import annotations

import warscribe


def events(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in warscribe.extract(text, published="2023-03-10")]


def test_mutinying_soldiers_who_fire_in_the_air_riot() -> None:
    assert events("On 9 March 2023, mutinying soldiers fired in the air in Tindouri, Burkina Faso.") == [
        ("Riots", "Violent demonstration")]


def test_a_mutiny_with_looting_is_a_violent_demonstration_not_looting() -> None:
    assert events("On 9 March 2023, a mutiny by police officers broke out in Tindouri, Burkina Faso, with shops "
                  "looted.") == [("Riots", "Violent demonstration")]


def test_a_march_told_in_the_context_of_a_mutiny_stays_peaceful() -> None:
    assert events("On 9 March 2023, women staged a peace march in Tindouri, Burkina Faso in the context of "
                  "mutinying soldiers and student protests.") == [("Protests", "Peaceful protest")]


def test_volunteers_who_respond_to_the_attack_fight_an_armed_clash() -> None:
    got = warscribe.extract("On 9 March 2023, gunmen attacked a village in Tindouri, Burkina Faso. Local defence "
                            "volunteers responded to the attack. One volunteer was killed.", published="2023-03-10")
    assert [(e.event_type, e.sub_event_type) for e in got] == [("Battles", "Armed clash")]
    assert "VDP" in (got[0].actor2 or "")


def test_troops_who_engage_the_assailants_or_counterattack_fight_an_armed_clash() -> None:
    for answer in ("Soldiers engaged the assailants.", "Soldiers counterattacked.", "Soldiers fended off the raiders."):
        assert events(f"On 9 March 2023, gunmen attacked a village in Tindouri, Burkina Faso. {answer}") == [
            ("Battles", "Armed clash")], answer


def test_police_named_twice_in_a_killing_are_its_doers_not_its_victims() -> None:
    got = warscribe.extract("On 4 July 2023, policemen at the police station in Tougouri shot and killed a man who "
                            "failed to obey orders.", published="2023-07-05")
    assert [(e.event_type, e.sub_event_type) for e in got] == [("Violence against civilians", "Attack")]
    assert (got[0].actor2 or "").startswith("Civilians")


def test_soldiers_who_kill_fellow_soldiers_still_fight() -> None:
    assert events("On 9 March 2023, soldiers shot dead two fellow soldiers at a barracks in Tindouri, "
                  "Burkina Faso.") == [("Battles", "Armed clash")]


def test_people_killed_in_the_context_of_riots_are_the_riots_toll() -> None:
    # one Riots event holds the toll (its sub-type is the crowd's, not the victims': round 14 dropped the rule that
    # made every riot with a civilian victim Mob violence, wrong on tune more often than right)
    got = events("On 9 March 2023, four people were killed in the context of riots in Tindouri, Kenya.")
    assert [t for t, _ in got] == ["Riots"]


def test_a_crowd_that_storms_an_office_to_protest_protests() -> None:
    assert events("On 9 March 2023, traders stormed the county offices in Malindi, Kenya, protesting against the "
                  "demolition of their stalls.") == [("Protests", "Peaceful protest")]


def test_a_crowd_that_storms_an_office_and_burns_it_riots() -> None:
    assert events("On 9 March 2023, youths stormed the county offices in Siaya, Kenya and set furniture on fire to "
                  "protest the new governor.") == [("Riots", "Violent demonstration")]


def test_gunmen_who_storm_a_house_demanding_money_attack() -> None:
    assert events("On 9 March 2023, gunmen stormed a house in Tindouri, Burkina Faso, demanding money, and killed "
                  "the owner.") == [("Violence against civilians", "Attack")]
