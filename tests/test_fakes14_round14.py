"""Syrian war articles (round 14 follow-up, fakes14): a country's name right before an event verb stands for its
force ("Russia bombed a market"), nowhere else; a headline's list of tolls ("A child killed 5 people injured in
attacks") names victims, never a crowd that riots. Our own sentences."""

from __future__ import annotations

import warscribe
from warscribe.model import Event


def coded(text: str, published: str = "2017-06-12") -> list[Event]:
    return warscribe.extract(text, published=published)


def test_a_country_that_bombs_is_its_air_force():
    events = coded("Russia bombed a crowded market in the town of Saraqib in Idlib province on Sunday, killing 9 "
                   "people.")
    assert events[0].actor1 == "Military Forces of Russia (2000-)"
    assert events[0].country == "Syria"


def test_a_country_that_shells_is_its_army():
    events = coded("Turkey shelled a village near Afrin on Tuesday, killing 4 civilians.")
    assert events[0].actor1 == "Military Forces of Turkey (2002-)"


def test_a_country_after_a_preposition_stays_a_place():
    events = coded("Fighters from Turkey attacked a checkpoint near Jarablus on Friday.")
    assert all(e.actor1 != "Military Forces of Turkey (2002-)" for e in events)


def test_a_country_that_speaks_is_no_side():
    events = coded("Russia said rebels shelled a school in Aleppo on Monday, killing 3 children.")
    assert events[0].actor1 != "Military Forces of Russia (2000-)"


def test_a_headline_list_of_tolls_is_no_riot():
    events = coded("A woman killed 6 people injured in terrorist attacks in Homs and Hama on Thursday.")
    assert events
    assert all(e.event_type != "Riots" for e in events)
    assert all(e.actor1 != "Rioters (Syria)" for e in events)


def test_a_country_that_launches_strikes_is_its_force():
    events = coded("Israel launched airstrikes on a house in Gaza City on Monday, killing 5 people.")
    assert events[0].actor1.startswith("Military Forces of Israel")
    assert events[0].country == "Palestine"


def test_a_country_that_carries_out_a_series_of_strikes():
    events = coded("The US carried out a series of airstrikes against IS positions near Raqqa on Sunday.")
    assert events[0].actor1.startswith("Military Forces of the United States")


def test_a_country_that_launches_no_event_is_no_actor():
    events = coded("Turkey launched a new peace plan in Ankara on Monday as rebels attacked a post near Idlib.")
    assert all(not e.actor1.startswith("Military Forces of Turkey") for e in events)


def test_a_country_and_its_allies_strike():
    events = coded("The US, its Arab and European allies launch airstrikes against IS positions near Raqqa.")
    assert events[0].actor1.startswith("Military Forces of the United States")
    events = coded("The US and its allies bombed IS positions near Raqqa on Monday.")
    assert events[0].actor1.startswith("Military Forces of the United States")
    events = coded("The US its Arab allies launch airstrikes against IS positions near Raqqa.")  # commas stripped
    assert events[0].actor1.startswith("Military Forces of the United States")
