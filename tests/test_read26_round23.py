"""Round 23 fixes by read26, from the reading of FA-KES events (issue 9): who learns of an event, a capital's
troops sent abroad."""

from __future__ import annotations

from coding_support import events


def test_a_side_that_learns_of_an_attack_is_no_party_to_it(pipeline):
    text = ("Local police officers in Homs learned on Monday that one of the bombers used a hand grenade to attack "
            "the police station.")
    found = events(pipeline, text, published="2016-04-12")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in found] == [
        ("Grenade", "Unidentified Armed Group (Syria)", "Police Forces of Syria (2000-)")]
    text = "Investigators in Aleppo found that gunmen had shot two guards at the gate."
    found = events(pipeline, text, published="2016-04-12")
    assert [e.actor1 for e in found] == ["Unidentified Armed Group (Syria)"]


def test_a_capital_that_sends_troops_names_its_own_force(pipeline):
    text = "Ankara sent tanks, soldiers and warplanes into northern Syria in July in an unprecedented incursion."
    found = events(pipeline, text, published="2016-09-01")
    assert [(e.actor1, e.actor2) for e in found] == [("Military Forces of Turkey (2002-)", None)]


def test_a_general_claim_of_many_dead_over_the_war_is_no_event(pipeline):
    text = ('The rights group published its report on prisons on Tuesday. "We know large numbers of people have died '
            'in detention in Syria," a deputy director of the group said.')
    assert events(pipeline, text, published="2017-02-07") == []


def test_a_suicide_bomber_right_after_a_groups_assault_is_that_groups(pipeline):
    text = ("Several Islamic State fighters stormed Tal Hamis on Monday. A first attacker blew himself up at a "
            "checkpoint, killing four guards.")
    found = events(pipeline, text, published="2016-05-03")
    assert [(e.sub_event_type, e.actor1) for e in found][-1] == ("Suicide bomb", "Islamic State (Syria)")


def test_snipers_dead_told_beside_mortar_fire_are_no_toll_of_the_shelling(pipeline):
    text = "Rebels fired mortars at the Midan district of Aleppo on Sunday while snipers shot dead three civilians."
    found = events(pipeline, text, published="2016-06-13")
    assert [(e.sub_event_type, e.fatalities) for e in found] == [("Shelling/artillery/missile attack", 0)]
