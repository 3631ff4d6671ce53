"""Round 16 (types19): the weapon told decides the type of a strike over a generic word ("attacks", "the strikes")."""

from __future__ import annotations

import warscribe


def _events(text: str) -> list:
    return warscribe.extract(text, published="2016-06-01")


def _subs(text: str) -> list[str]:
    return [e.sub_event_type for e in _events(text)]


def test_attacks_after_rocket_shells_are_shelling() -> None:
    text = ("Rocket shells fired by militants fell on the Midan district of Aleppo on Tuesday, killing two civilians. "
            "Four other civilians were injured in attacks on the Salaheddine district, the police said.")
    assert _subs(text) == ["Shelling/artillery/missile attack"] * 2


def test_toll_from_the_strikes_after_jets_is_an_air_strike() -> None:
    text = ("Fighter jets pounded the rebel-held districts of Aleppo overnight. "
            "A hospital director told reporters the death toll from the strikes was 45.")
    assert _subs(text) == ["Air/drone strike"]


def test_jets_that_pound_a_town_strike_from_the_air() -> None:
    assert _subs("Government jets pounded the town of Binnish in Idlib on Monday, killing six people.") \
        == ["Air/drone strike"]


def test_artillery_that_pounds_a_town_stays_shelling() -> None:
    assert _subs("Government artillery pounded the town of Binnish in Idlib on Monday, killing six people.") \
        == ["Shelling/artillery/missile attack"]


def test_another_side_attack_after_air_strikes_keeps_its_own_type() -> None:
    text = ("Russian warplanes bombed the outskirts of Harasta on Monday, killing four people. "
            "On Tuesday Ahrar al-Sham launched an attack on a government military base near the town.")
    assert "Air/drone strike" in _subs(text)
    assert _subs(text).count("Air/drone strike") == 1


def test_counter_attack_is_no_generic_strike_word() -> None:
    text = ("Government warplanes bombed the outskirts of Palmyra on Saturday, killing ten fighters. "
            "The army lost more than 40 soldiers in the militant counter-attack on Sunday, the monitor said.")
    assert _subs(text).count("Air/drone strike") == 1


def test_attack_far_from_a_strike_is_not_retyped() -> None:
    text = ("Rocket shells fell on the Midan district of Aleppo on Tuesday, killing two civilians. "
            "The governor visited the wounded in hospital. The city council met to discuss repairs. "
            "Officials counted the damage to the schools. Gunmen killed a farmer in an attack on his home near Afrin "
            "on Wednesday.")
    assert "Attack" in _subs(text)


def test_chemical_substances_used_in_an_attack_are_a_chemical_weapon() -> None:
    text = ("Chemical substances were used in the attack on the town, which left at least 30 people dead, the health "
            "directorate of Idlib said on Tuesday.")
    assert _subs(text) == ["Chemical weapon"]


def test_blast_on_soldiers_and_their_allies_is_no_clash() -> None:
    text = ("A blast killed five government soldiers and other forces fighting alongside them in Damascus on Monday, "
            "the monitor said.")
    assert _subs(text) == ["Remote explosive/landmine/IED"]


def test_rockets_on_a_district_whose_history_is_told_are_shelling() -> None:
    text = ("Rockets also hit the nearby district of Jobar where rebel fighters have repelled attempts by government "
            "forces to overrun the area, activists said on Monday.")
    assert _subs(text) == ["Shelling/artillery/missile attack"]


def test_insurgents_striking_amid_the_fighting_fight_a_battle() -> None:
    text = ("Heavy fighting raged between rebels and the army in Aleppo on Monday. Much of the fighting was focused on "
            "the Zahra front where the insurgents struck the heavily defended part of the district held by the army "
            "according to the head of the monitor.")
    assert _subs(text) == ["Armed clash"]


def test_strikes_told_again_in_their_own_sentence_decide_its_type() -> None:
    text = ("Rebels of the Army of Conquest shelled government-held districts of Aleppo, and the regime answered with "
            "air raids on Saturday. The air strikes which began Saturday and continued Sunday killed 45 civilians in "
            "and around Aleppo and 22 in Idlib province, the monitor said.")
    assert _subs(text) == ["Shelling/artillery/missile attack", "Air/drone strike"]


def test_coalition_air_strikes_named_as_the_actor_are_air_strikes() -> None:
    assert _subs("Coalition air strikes hit the village of Tal Hamis on Sunday, killing five civilians.") \
        == ["Air/drone strike"]


def test_toll_following_a_shelling_attack_is_the_shelling() -> None:
    text = ("At least three people were killed and 40 injured following a shelling attack by militants on the "
            "government-held part of Aleppo on Monday.")
    assert _subs(text) == ["Shelling/artillery/missile attack"]


def test_toll_with_no_doer_just_after_a_strike_is_its_kind() -> None:
    text = ("Regime air strikes killed 12 people in Douma on Friday, the monitor said. Elsewhere in Eastern Ghouta "
            "another child was killed in Harasta, he said.")
    assert _subs(text) == ["Air/drone strike", "Air/drone strike"]


def test_toll_two_sentences_after_a_strike_keeps_its_own_type() -> None:
    text = ("Regime air strikes killed 12 people in Douma on Friday, the monitor said. The mayor said the town had "
            "no shelters. Elsewhere in Eastern Ghouta another child was killed in Harasta, he said.")
    assert _subs(text) == ["Air/drone strike", "Attack"]


def test_air_fleets_that_set_tankers_ablaze_strike_from_the_air() -> None:
    text = ("The Syrian and Russian air fleets targeted a convoy of oil tankers near Afrin on Tuesday, and half of "
            "the tankers were set ablaze.")
    assert _subs(text) == ["Air/drone strike"]


def test_rally_where_a_party_had_called_it_is_still_told() -> None:
    text = ("Three opposition leaders were arrested on Thursday as they tried to enter the Uhuru grounds in Nairobi "
            "where the party had scheduled a rally that the police had banned.")
    assert "Protest with intervention" in _subs(text)


def test_toll_told_as_a_strike_keeps_its_dead_civilians() -> None:
    events = _events("Government jets bombed the village of Tawila. 4 killed.")
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in events] == [
        ("Air/drone strike", "Civilians (Sudan)", 4)]
