"""Round 23 fixes by types31, from the event type and sub-event type confusions of the ACLED tune rows."""

from __future__ import annotations

from coding_support import events


def test_a_crowd_fighting_police_with_no_protest_or_riot_told_is_mob_violence(pipeline):
    # no demonstration and no riot is told: ACLED codes the crowd's fight with the force as mob violence
    text = "On 3 March 2022, villagers clashed with police in Mugumo over a land survey. Two officers were hurt."
    found = events(pipeline, text, published="2022-03-04")
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Riots", "Mob violence")]
    text = "On 9 May 2023, a group of locals attacked policemen who had come to arrest a trader in Kitale."
    found = events(pipeline, text, published="2023-05-10")
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Riots", "Mob violence")]
    # a crowd told to riot (the word riot) that fights the police still demonstrates violently
    text = "On 3 March 2022, youths rioted and clashed with police in Kakamega town."
    found = events(pipeline, text, published="2022-03-04")
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Riots", "Violent demonstration")]


def test_carts_and_trucks_seized_on_the_road_are_looting(pipeline):
    text = "On 4 May 2021, suspected JNIM militants seized six tricycles loaded with food from traders near Djibo."
    found = events(pipeline, text, published="2021-05-05")
    assert [(e.event_type, e.sub_event_type) for e in found] == [
        ("Strategic developments", "Looting/property destruction")]
    text = "On 7 June 2021, presumed ISGS militants stripped travellers of their phones near Sebba."
    found = events(pipeline, text, published="2021-06-08")
    assert [(e.event_type, e.sub_event_type) for e in found] == [
        ("Strategic developments", "Looting/property destruction")]


def test_a_curfew_told_in_the_passive_is_a_change_to_group_activity(pipeline):
    text = "On 2 February 2022, a night curfew was imposed in the commune of Dori because of insecurity."
    found = events(pipeline, text, published="2022-02-03")
    assert [(e.event_type, e.sub_event_type) for e in found] == [
        ("Strategic developments", "Change to group/activity")]


def test_suspects_burned_to_death_by_a_crowd_are_mob_violence(pipeline):
    text = "On 2 June 2022, a group of villagers burned two suspected thieves to death in Allada."
    found = events(pipeline, text, published="2022-06-03")
    assert [(e.event_type, e.sub_event_type, e.fatalities) for e in found] == [("Riots", "Mob violence", 2)]
    text = "On 4 May 2014, four suspected witches were burnt to death in Keroka."
    found = events(pipeline, text, published="2014-05-05")
    assert [(e.event_type, e.sub_event_type, e.fatalities) for e in found] == [("Riots", "Mob violence", 4)]
