"""Sides of Syrian war events (round 15, sides15): the holder of the place struck ("a town held by the Islamic State
group") is not the doer its "by" would make it when the sentence names another side that may have struck; with no
other side named, the holder stays the doer. Our own sentences."""

from __future__ import annotations

import warscribe
from warscribe.knowledge import roles
from warscribe.model import Event


def coded(text: str, published: str = "2016-03-10") -> list[Event]:
    return warscribe.extract(text, published=published)


def test_holder_before_reads_the_holding_words():
    text = "jets struck a village held by the Islamic State"
    assert roles.holder_before(text, text.index("Islamic")) == text.index("held")
    text = "the army backed by the Islamic State"
    assert roles.holder_before(text, text.index("Islamic")) is None


def test_the_holder_of_a_town_struck_by_named_jets_is_no_doer():
    events = coded("On Monday 12 civilians were killed in government air raids on a small town in the east held by "
                   "the Islamic State group.")
    assert events[0].actor1 == "Military Forces of Syria (2000-)"


def test_warplanes_striking_territory_controlled_by_a_group():
    events = coded("A rights group said 30 people died after warplanes attacked territory controlled by Daesh in "
                   "the east of Hama on Tuesday.")
    assert events[0].actor1 != "Islamic State (Syria)"


def test_a_neighbourhood_controlled_by_rebels_is_hit_by_russian_strikes():
    events = coded("Russian air strikes on a neighbourhood of Aleppo controlled by rebels killed nine civilians on "
                   "Friday.")
    assert events[0].actor1 == "Military Forces of Russia (2000-)"
    assert events[0].actor2 != "Military Forces of Russia (2000-)"


def test_the_holder_stays_the_doer_when_no_other_side_is_named():
    events = coded("An air strike on a village in an area controlled by the military killed six civilians on Monday.")
    assert events[0].actor1.startswith("Military Forces")


def test_the_holder_is_the_side_struck_when_a_force_retakes_its_posts():
    events = coded("Police forces launched an operation on Sunday to retake two police posts occupied by Pokot "
                   "militia near Lodwar.", published="2013-11-25")
    assert events[0].actor2 is not None and "Pokot" in events[0].actor2


def test_a_place_occupied_as_the_event_keeps_its_doer():
    events = coded("On Monday a village clinic was occupied by government troops who turned it into a base.")
    assert events[0].actor1 is not None and events[0].actor1.startswith("Military Forces")


def test_the_police_command_that_speaks_is_no_bomber():
    events = coded("A source at Homs Police Command told the agency that a suicide bomber driving a car packed "
                   "with explosives blew himself up at a busy roundabout in the city on Sunday.")
    assert events[0].actor1 is not None and not events[0].actor1.startswith("Police Forces")
