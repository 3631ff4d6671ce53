"""Typing attacks that the attacked side answers, in our own sentences: a later sentence that tells of return fire
makes the attack an armed clash; violence told with damage or a patrol in one sentence is the event."""

from __future__ import annotations

import warscribe


def events(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in warscribe.extract(text, published="2023-03-10")]


def test_an_attack_answered_with_return_fire_in_the_next_sentence_is_an_armed_clash() -> None:
    got = warscribe.extract("On 9 March 2023, gunmen attacked a village near Kaya, Burkina Faso. Soldiers returned "
                            "fire, killing two of the attackers.", published="2023-03-10")
    assert [(e.event_type, e.sub_event_type) for e in got] == [("Battles", "Armed clash")]
    assert "Military" in (got[0].actor2 or "")


def test_an_attack_whose_guards_fired_back_is_an_armed_clash() -> None:
    assert events("On 9 March 2023, armed robbers stormed a bank in Tindouri. The guards fired back and the robbers "
                  "fled.")[0] == ("Battles", "Armed clash")


def test_an_attack_with_no_answer_stays_an_attack() -> None:
    assert events("On 9 March 2023, gunmen attacked the village of Tindouri. Two farmers were killed.") == [
        ("Violence against civilians", "Attack")]


def test_a_later_noun_about_other_fighting_leaves_the_attack_alone() -> None:
    assert events("On 9 March 2023, gunmen shot a herder in Tindouri. The killing is linked to clashes between "
                  "two clans.")[0] == ("Violence against civilians", "Attack")


def test_fighters_who_exchange_fire_and_burn_a_lodge_fight_an_armed_clash() -> None:
    assert events("On 9 March 2023, herders raided a ranch in Tindouri. They exchanged gunfire with the police and "
                  "burned down the main house.")[-1] == ("Battles", "Armed clash")


def test_robbers_who_rob_and_stab_a_trader_commit_an_attack() -> None:
    assert events("On 9 March 2023, unknown persons robbed and stabbed a shopkeeper in Tindouri.") == [
        ("Violence against civilians", "Attack")]


def test_a_bomb_that_hits_a_patrol_is_an_explosion() -> None:
    assert events("On 9 March 2023, a roadside bomb exploded near soldiers patrolling in Tindouri.") == [
        ("Explosions/Remote violence", "Remote explosive/landmine/IED")]


def test_an_ambush_whose_toll_in_the_next_sentence_is_soldiers_is_an_armed_clash() -> None:
    got = warscribe.extract("On 9 March 2023, militants attacked a convoy near Kaya, Burkina Faso. Three soldiers were "
                            "killed and two wounded.", published="2023-03-10")
    assert [(e.event_type, e.sub_event_type) for e in got] == [("Battles", "Armed clash")]
    assert "Military" in (got[0].actor2 or "")


def test_an_ambushed_army_unit_is_an_armed_side() -> None:
    assert events("On 9 March 2023, militants ambushed an army unit near Kaya, Burkina Faso.") == [
        ("Battles", "Armed clash")]


def test_a_toll_of_villagers_after_an_attack_leaves_it_an_attack() -> None:
    assert events("On 9 March 2023, militants attacked a village near Kaya, Burkina Faso. Three farmers were "
                  "killed.") == [("Violence against civilians", "Attack")]


def test_an_attack_during_clashes_is_an_attack() -> None:
    assert events("On 9 March 2023, a teacher was attacked by raiders during ethnic clashes in Moyale, Kenya.") == [
        ("Violence against civilians", "Attack")]


def test_people_killed_in_clashes_died_in_an_armed_clash() -> None:
    assert events("On 9 March 2023, five people were killed in clashes between two clans in Moyale, Kenya.") == [
        ("Battles", "Armed clash")]


def test_a_later_fight_of_another_event_does_not_answer_a_toll_with_no_attacker() -> None:
    # "vehicles were destroyed" names no attacker: a fight two sentences on is not its answer, and must not give
    # the ambush it details another side
    got = warscribe.extract("ISIS cells ambushed an army unit near al-Sukhna on Monday, killing two soldiers. At least "
                            "two vehicles were eliminated. The National Front for Liberation repelled an attack of "
                            "Russian special forces in southern Idlib.", published="2023-03-10")
    ambush = next(e for e in got if (e.actor1 or "").startswith("Islamic State"))
    assert "Military Forces of Syria" in (ambush.actor2 or "")
