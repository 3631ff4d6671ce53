"""Sides, type and place of bombings (round 16, sides16): a group named as the owner of the place hit ("near the
headquarters of X", "X's office") is struck there, never the doer; a suicide blast or bombing is a Suicide bomb; a
city in a sentence-opening dateline with an outlet ("HOMS (Sputnik) ...") loses to the province the sentence names.
Our own sentences."""

from __future__ import annotations

import warscribe
from warscribe.knowledge import roles
from warscribe.model import Event
from warscribe.stages.segment import opening_dateline


def coded(text: str, published: str = "2016-03-10") -> list[Event]:
    return warscribe.extract(text, published=published)


def test_owns_premises_reads_the_place_words_around_a_name():
    text = "a car bomb went off near the headquarters of the Free Syrian Army"
    at = text.index("Free")
    assert roles.owns_premises(text, at, len(text))
    text = "a blast hit the office of the Lions Brigade which belongs to Jaysh al-Islam in the town"
    at = text.index("Jaysh")
    assert roles.owns_premises(text, at, at + len("Jaysh al-Islam"))
    text = "a bomb exploded outside the army's headquarters in the city"
    assert roles.owns_premises(text, text.index("army"), text.index("'s"))
    text = "the Free Syrian Army attacked a checkpoint in the city"
    assert not roles.owns_premises(text, text.index("Free"), text.index(" attacked"))


def test_a_bomb_near_an_intelligence_branch_is_not_coded_as_its_doing():
    events = coded("A car packed with explosives detonated near a branch of the air force intelligence in Homs on "
                   "Monday killing at least six people.")
    assert events
    assert events[0].actor1 == "Unidentified Armed Group (Syria)"


def test_a_blast_outside_a_group_office_is_not_coded_as_its_doing():
    events = coded("A blast outside the office of the Free Syrian Army in Azaz killed seven people on Friday.")
    assert events
    assert events[0].actor1 == "Unidentified Armed Group (Syria)"


def test_the_army_shelling_rebel_positions_keeps_its_sides():
    events = coded("Rebels shelled the positions of the army near Daraa on Tuesday.")
    assert events[0].actor1 == "Opposition Rebels (Syria)"
    assert events[0].actor2 == "Military Forces of Syria (2000-)"


def test_a_suicide_blast_is_a_suicide_bomb():
    events = coded("A suicide blast near a market in the Idlib province killed 12 people on Sunday.")
    assert events[0].sub_event_type == "Suicide bomb"
    events = coded("A suicide bombing at a checkpoint in Homs killed four soldiers on Sunday.")
    assert events[0].sub_event_type == "Suicide bomb"


def test_a_plain_blast_stays_a_remote_explosive():
    events = coded("A blast near a market in the Idlib province killed 12 people on Sunday.")
    assert events[0].sub_event_type == "Remote explosive/landmine/IED"


def test_opening_dateline_needs_an_outlet():
    text = "HOMS (Sputnik) A blast shook the city."
    assert opening_dateline(text, 0, len(text)) == (0, 4)
    text = "HOMS (the city) A blast shook the city."
    assert opening_dateline(text, 0, len(text)) is None


def test_the_province_of_the_sentence_beats_a_dateline_city():
    events = coded("Officials said two people died in a blast in Idlib province. HOMS (Sputnik) A car bomb in the "
                   "Syrian Idlib province killed nine people on Sunday a local source told Sputnik.")
    assert events
    assert all(e.admin1 == "Idleb" for e in events)


def test_a_doer_after_by_is_no_owner_of_the_premises():
    text = "windows broken in the buildings of a school by Russian drone strikes"
    assert not roles.owns_premises(text, text.index("Russian"), text.index(" drone"))


def test_a_group_branch_is_no_building():
    text = "fighters from the Syrian branch of al-Qaeda Jabhat al-Nusra attacked the town"
    assert not roles.owns_premises(text, text.index("Jabhat"), text.index(" attacked"))
    text = "a bomb went off near a branch of the air force intelligence"
    assert roles.owns_premises(text, text.index("air"), len(text))



def test_a_headline_of_a_suicide_blast_joins_the_blast_the_body_tells():
    events = coded("Suicide Blast Near Bus Convoy in Aleppo Kills 40\n\nOn Saturday a blast hit a bus convoy near "
                   "Aleppo, killing 12 people.", published="2017-04-16")
    bombs = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert len(bombs) == 1
    assert bombs[0].sub_event_type == "Suicide bomb"
