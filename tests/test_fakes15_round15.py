"""Syrian war articles, round 15 (fakes15): statements, denials and background are no events. Weapons held, made or
stored (means.yaml `held`) hide the trigger words inside them; the war or a side described ("torn by a civil war",
"the groups fighting in the civil war", "they control a third of the country", "the protests became an uprising")
is background (cues.yaml `period`, `background`); letters, war-crimes charges, calls for inquiries, accusations of
breaking a truce and how a monitor works are commentary in an article's body; a side described by its aim ("the
rebels fighting to overthrow Assad") is a name, not a fight (actors/descriptions.yaml). Our own sentences."""

from __future__ import annotations

import warscribe
from warscribe.model import Event


def coded(text: str, published: str = "2017-06-12") -> list[Event]:
    return warscribe.extract(text, published=published)


def told_at(events: list[Event], text: str, words: str) -> list[Event]:
    start = text.index(words)
    end = start + len(words)
    return [e for e in events if any(v.start < end and start < v.end for v in e.evidence)]


# -- weapons held, not used

def test_a_denial_of_holding_chemical_weapons_is_no_attack():
    text = ("The general said the army does not possess chemical weapons, while the two chemical weapons storage "
            "facilities left in the country lie in rebel-held territory.")
    assert coded(text) == []


def test_weapons_talked_of_are_no_attack():
    assert coded("The minister said the council's decisions about chemical weapons are meaningless.") == []
    assert coded("The government agreed last year to destroy its chemical weapons under a deal.") == []


def test_chemical_weapons_used_are_still_an_attack():
    events = coded("Government jets attacked the town of Saraqib with chemical weapons on Monday, killing 12 people.")
    assert events and events[0].sub_event_type == "Chemical weapon"


def test_a_strike_on_a_weapons_store_is_no_chemical_attack():
    events = coded("Russian warplanes struck a chemical weapons factory held by the militants near Raqqa on Sunday.")
    assert events
    assert all(e.sub_event_type != "Chemical weapon" for e in events)


# -- the war described

def test_truces_between_the_groups_fighting_in_the_war_are_no_clash():
    assert coded("Several local truces have been reached between the many armed groups fighting in the country's "
                 "long civil war.") == []


def test_a_country_torn_by_war_is_no_clash():
    assert coded("The country has been torn by a bitter civil war between government troops and rebels who want "
                 "to end the president's rule.") == []


def test_a_share_of_the_country_held_is_no_capture():
    assert coded("The militants, who are advancing fast in Iraq, now control about a third of the country.") == []


def test_how_the_war_began_is_no_protest():
    assert coded("The protests became an armed uprising after the security forces cracked down on marchers.") == []


def test_a_side_named_by_its_aim_is_no_fight():
    text = "The envoy urged the government and the rebels fighting to overthrow Assad to allow the inspectors in."
    assert all(e.event_type != "Battles" for e in coded(text))


def test_a_fight_told_beside_an_aim_still_stands():
    events = coded("Rebels clashed with army troops near Hama on Friday, killing 6 soldiers.")
    assert events and events[0].sub_event_type == "Armed clash"


def test_a_strike_that_kept_pounding_a_city_is_a_campaign():
    assert coded("While the ground offensive stalled, warplanes kept pounding rebel areas of the city.") == []


# -- an article's body: letters, charges, inquiries, accusations

ARTICLE = ("Air strikes killed at least 12 civilians in the town of Maadan on Sunday, a monitor said. "
           "Four children were among the dead. "
           "Rescue workers searched the rubble for survivors. "
           "In two letters sent to the UN chief, the foreign ministry said the coalition was committing war crimes "
           "through its aerial bombardment of homes. "
           "We demand a thorough investigation of the alleged air strike on the town, the minister said. "
           "The rebels accused the army of violating the truce by shelling their positions. "
           "The monitor says it determines whose planes carry out raids by their flight patterns. "
           "All the information we have is converging to indicate there was a massacre and that the army was "
           "behind it, the envoy said.")


def test_body_statements_about_the_war_tell_no_event():
    events = coded(ARTICLE)
    assert told_at(events, ARTICLE, "Air strikes killed")
    for words in ("aerial bombardment", "alleged air strike", "shelling their positions", "carry out raids",
                  "massacre"):
        assert not told_at(events, ARTICLE, words), words


def test_an_accusation_that_tells_the_attack_stands():
    text = ("Washington accuses the regime of killing more than 1,400 people with chemical weapons near Damascus on "
            "August 21.")
    events = coded(text, published="2013-09-01")
    assert events and events[0].fatalities == 1400


# -- campaigns and hopes

def test_a_tally_since_a_date_is_no_event():
    assert coded("Rights groups say the government has used chemical weapons 40 times since the resolution.") == []


def test_attacks_told_as_several_times_are_a_campaign():
    assert coded("The militants have attacked the town of Hasakeh several times.") == []


def test_a_month_long_campaign_is_no_event():
    assert coded("The monitor said the militants used at least 12 car bombs during the month-long campaign.") == []


def test_a_liberation_waited_for_is_no_capture():
    assert coded("Families in the east of the city are waiting for the army to liberate their areas.") == []


def test_the_sides_a_force_is_fighting_are_no_clash():
    assert coded("Government forces are currently fighting against the jihadists and the rebels.") == []


def test_a_protest_demanding_an_inquiry_stays_a_peaceful_protest():
    events = coded("Relatives staged a protest in front of the press club in Dhaka on Sunday, demanding a fair "
                   "investigation and the arrest of the killers of a journalist.", published="2023-02-27")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_the_coalition_named_by_its_foe_strikes_from_the_air():
    events = coded("An air strike on Tuesday by a US-led coalition fighting Daesh mistakenly killed 18 members of "
                   "the Syrian Democratic Forces near Tabqa.", published="2017-04-13")
    assert events[0].sub_event_type == "Air/drone strike"
    assert events[0].actor1 == "Global Coalition Against Daesh"
    assert events[0].actor2 == "SDF: Syrian Democratic Forces"


def test_a_protest_against_someone_battling_charges_stands():
    events = coded("Party youths staged a protest in Mumbai against a minister who is currently battling corruption "
                   "charges.", published="2015-07-03")
    assert [e.event_type for e in events] == ["Protests"]


def test_a_war_told_in_the_present_perfect_is_no_clash():
    assert coded("Western-backed rebels have also been fighting the jihadists but were defeated by the group, which "
                 "in June declared a caliphate.") == []


def test_a_side_told_as_a_standing_target_is_no_strike():
    assert coded("The jihadists are also being targeted by airstrikes carried out by an international coalition.") == []


def test_a_day_keeps_a_strike_told_as_being_carried_out():
    events = coded("Rebel positions near Hama are being bombed by government jets on Tuesday, killing 4 fighters.")
    assert events and events[0].sub_event_type == "Air/drone strike"


CITY = ("Rebels shelled a district of the city of Aleppo on Tuesday, killing 3 civilians, a monitor said. "
        "Two of the dead were children. "
        "The shells fell near a school. "
        "The old city has suffered devastating damage as each side tries to dislodge the other. "
        "Rights groups have criticised both sides for indiscriminate attacks on civilians with barrel bombs. "
        "Barrel bombs have been criticised for being indiscriminate and killing civilians.")


def test_body_damage_and_criticism_tell_no_event():
    events = coded(CITY, published="2015-07-21")
    assert told_at(events, CITY, "Rebels shelled")
    for words in ("devastating damage", "indiscriminate attacks", "killing civilians"):
        assert not told_at(events, CITY, words), words


def test_a_relative_clause_on_the_attackers_keeps_the_attack():
    text = "Eight people were struck by bullets fired by militiamen who have been fighting army troops near the border."
    assert coded(text, published="2011-02-26")
