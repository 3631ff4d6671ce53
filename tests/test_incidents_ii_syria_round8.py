"""Insecurity Insight register on Syria, round 8: who did it. A headline's passive without its auxiliary ("clinic
shelled by X"), bombs "dropped from" aircraft, a squad "belonging to" a group and "by a member of" a faction name
the perpetrator; an air strike with no perpetrator named in Syria before December 2024 is the Syrian military's (not
a drone, not after the government fell); a demonym before a weapon with a modifier between ("Russian aerial
bombing") names that state's force; Turkish-backed factions and pro-regime forces say the report is on Syria; the II
evaluation reads a coalition (SNA, SDF) as any of its member forces. Our own sentences."""

from __future__ import annotations

import pytest

import warscribe
from warscribe.evaluate.insecurity import actor_key, load_mapping
from warscribe.model import Event


def first(text: str, published: str = "2017-03-20") -> Event:
    events = warscribe.extract(text, published=published)
    assert events, text
    return events[0]


@pytest.mark.parametrize(("text", "actor1"), [
    # a headline's passive: the noun before the participle is the victim, the "by" phrase the doer
    ("March 2017: Field clinic destroyed by Syrian government forces.", "Military Forces of Syria (2000-)"),
    ("March 2017: Two nurses hurt and a clinic van burnt reportedly by Syrian regime forces.",
     "Military Forces of Syria (2000-)"),
    ("March 2017: Three people died after the bakery was attacked by Russian warplanes.",
     "Military Forces of Russia (2000-)"),
    # the aircraft a bomb fell from
    ("March 2017: A teacher was killed by a barrel bomb dropped from a regime helicopter over Darayya.",
     "Military Forces of Syria (2000-)"),
    # a squad belonging to a group; a member of a faction
    ("March 2017: A pharmacist in Raqqa was shot by a squad belonging to the Islamic State.", "Islamic State (Syria)"),
    ("March 2017: In Afrin, a farmer was beaten by a member of the Sultan Murad Division.", "Sultan Murad Division"),
    # a demonym with a modifier before the weapon
    ("March 2017: A school was hit by a Russian aerial bombing.", "Military Forces of Russia (2000-)"),
    ("March 2017: A clinic was destroyed by two Russian bunker bombs.", "Military Forces of Russia (2000-)"),
    ("March 2017: A mill was hit by Turkish fixed-wing aircraft near Afrin.", "Military Forces of Turkey (2002-)"),
    # a faction's name after "a member of Al" or in quotes
    ("March 2017: In Afrin, a baker was beaten by a member of Al Sultan Murad division.", "Sultan Murad Division"),
    ('March 2017: In Azaz, a trader was robbed by a member of the "Al-Amshat" faction.',
     "Sultan Suleiman Shah Brigade"),
    # forces aligned with a government; a state's force in the singular; Russia's coalition, not the US-led one
    ("March 2017: A bakery in Hama was shelled by militias aligned with the Syrian Government.",
     "Military Forces of Syria (2000-)"),
    ("March 2017: A shepherd was shot dead by the Turkish force near Jarablus.", "Military Forces of Turkey (2002-)"),
    ("March 2017: Two medics were hurt after Russian coalition airstrikes hit a clinic in Idlib.",
     "Military Forces of Russia (2000-)"),
    # the force named right before the strike noun it fired
    ("March 2017: A driver in Idlib was killed amid Syrian forces artillery shelling.",
     "Military Forces of Syria (2000-)"),
    # a participle's own "by", not an earlier one; aircraft that set a building ablaze struck it from the air
    ("March 2017: Field hospital run by a French charity destroyed by Syrian regime forces.",
     "Military Forces of Syria (2000-)"),
    ("March 2017: Near Saraqib, Idlib governorate, Russian warplanes hit and set ablaze a grain silo.",
     "Military Forces of Russia (2000-)"),
    # munitions dropped from aircraft, the aircraft named first in the subject
    ("March 2017: Near Jisr al-Shughur, Idlib governorate, Russian jets dropped cluster munitions on a farm.",
     "Military Forces of Russia (2000-)"),
    # aid agencies' shorthand for the Government of Syria
    ("March 2017: A clinic in Saraqib was shelled by GoS forces.", "Military Forces of Syria (2000-)"),
])
def test_perpetrator_named(text: str, actor1: str) -> None:
    assert first(text).actor1 == actor1


@pytest.mark.parametrize(("text", "published", "actor1"), [
    # an air strike in Syria with no perpetrator named: the air force flying there
    ("March 2017: An airstrike hit a bakery in Idlib city, killing four people.", "2017-03-20",
     "Military Forces of Syria (2000-)"),
    ("March 2017: A barrel bomb fell on a water station, damaging it.", "2017-03-20",
     "Military Forces of Syria (2000-)"),
    # a drone: armed groups fly them too
    ("March 2023: A drone strike hit a car near Idlib city, killing two people.", "2023-03-20",
     "Unidentified Armed Group (Syria)"),
    # after the government's fall the convention no longer holds
    ("March 2025: An airstrike hit a farm near Idlib city, killing two people.", "2025-03-20",
     "Unidentified Armed Group (Syria)"),
])
def test_unattributed_air_strike(text: str, published: str, actor1: str) -> None:
    ev = first(text, published)
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.actor1 == actor1


def test_air_strike_elsewhere_stays_unidentified() -> None:
    ev = first("March 2017: An airstrike hit a market in Sanaa, killing four people.")
    assert ev.country == "Yemen"
    assert ev.actor1 != "Military Forces of Syria (2000-)"


@pytest.mark.parametrize("text", [
    "May 2023: A shepherd was robbed and beaten by Turkish-backed factions.",
    "May 2016: Four farmers were arrested by pro-regime gunmen.",
])
def test_syrian_labels_give_the_country(text: str) -> None:
    assert first(text, "2023-05-20").country == "Syria"


def test_charges_of_belonging_do_not_make_the_perpetrator() -> None:
    ev = first("January 2023: In Al-Hol camp, two men were detained by the SDF on charges of belonging to IS.")
    assert ev.actor1 == "SDF: Syrian Democratic Forces"


def test_coalitions_read_as_their_members() -> None:
    mapping = load_mapping()
    sna, _ = mapping.perpetrator("Syrian National Army (SNA)", None, "Syria")
    sdf, _ = mapping.perpetrator("Syrian Democratic Forces", None, "Syria")
    assert actor_key("Al Hamza Division") in sna and actor_key("SNA: Syrian National Army") in sna
    assert actor_key("YPG: Peoples Protection Units") in sdf
    assert actor_key("Military Forces of Syria (2000-)") not in sna | sdf
