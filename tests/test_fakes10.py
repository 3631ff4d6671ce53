"""Syrian war articles (round 13, fakes10): places, dates and sides. A town framed as lying outside a city lies in
the governorate named after that city ("Rural Damascus"); the rebels named by an adjective before their strike
("a rebel rocket attack", "opposition shelling") are its doers, but not the owners of a weapon kept in a depot;
fighters "allied" to a force named before them fight on its side; a month long past or the start of a campaign
told in a later sentence is background, not the date of the event before it; a weekday or month after a place
("the city of Idlib Saturday") is no part of its name; an attack "which London blames on Damascus" is laid at the
Syrian state, the accuser no side of it; a date after "since" dates no event; troops "in cooperation with" a militia
are one side.
Our own sentences."""

from __future__ import annotations

import warscribe
from warscribe.model import Event


def coded(text: str, published: str = "2016-03-10") -> list[Event]:
    return warscribe.extract(text, published=published)


def test_a_town_outside_a_city_lies_in_the_governorate_around_that_city():
    events = coded("Warplanes bombed the besieged town of Douma outside Damascus on Wednesday, killing six "
                   "civilians, a monitor said.")
    assert events[0].admin1 == "Rural Damascus"
    assert events[0].geo_precision == 1


def test_a_town_measured_from_a_city_lies_in_the_governorate_around_it():
    events = coded("Government artillery hit the town of Jayrud, 50 kilometres from Damascus, on Tuesday, killing "
                   "two farmers.")
    assert events[0].admin1 == "Rural Damascus"


def test_a_rebel_rocket_attack_is_by_the_rebels():
    events = coded("Four pupils died on Monday in a rebel rocket attack on a school in the city of Aleppo, state "
                   "television said.")
    assert events[0].actor1 == "Opposition Rebels (Syria)"
    assert events[0].sub_event_type == "Shelling/artillery/missile attack"


def test_opposition_shelling_is_by_the_rebels():
    events = coded("Opposition shelling on a market in the Syrian city of Hama killed three shoppers on Friday.")
    assert events[0].actor1 == "Opposition Rebels (Syria)"


def test_a_rebel_weapons_depot_is_no_strike_by_the_rebels():
    events = coded("Syrian jets dropped sarin on the town of Saraqib on Monday, killing 30 people; Moscow said "
                   "the gas came from a rebel chemical weapons depot hit by the bombs.")
    assert events[0].actor1 == "Military Forces of Syria (2000-)"
    assert events[0].actor2 != "Opposition Rebels (Syria)"


def test_a_rebel_held_town_names_no_doer():
    events = coded("Warplanes struck the rebel-held town of Atareb in Aleppo province on Sunday, killing nine "
                   "civilians.")
    assert events[0].actor1 == "Military Forces of Syria (2000-)"
    assert events[0].actor2 == "Civilians (Syria)"


def test_fighters_allied_to_the_troops_are_no_other_side():
    events = coded("Syrian troops and allied fighters recaptured the town of Palmyra on Sunday after a week of "
                   "fighting.")
    assert events[0].sub_event_type == "Government regains territory"
    assert events[0].actor1 == "Military Forces of Syria (2000-)"


def test_a_month_long_past_told_after_a_strike_is_background_not_its_date():
    events = coded("Jets killed five civilians in the town of Saraqib, the monitor said. Russia started its "
                   "air campaign in support of the government in October, helping the army advance.",
                   published="2016-06-22")
    assert events[0].event_date == "2016-06-22"


def test_the_start_of_a_campaign_told_after_a_strike_is_not_its_date():
    events = coded("Russian jets destroyed 12 Islamic State targets in Raqqa province, the ministry said. Since "
                   "the start of their operations on September 30 2015 the jets have destroyed 500 fuel trucks.",
                   published="2016-02-01")
    assert events[0].event_date == "2016-02-01"


def test_a_date_in_the_next_sentence_still_dates_the_strike():
    events = coded("Jets killed five civilians in the town of Saraqib, the monitor said. The raids hit a market "
                   "in the town on March 3.", published="2016-03-10")
    assert events[0].event_date == "2016-03-03"


def test_a_weekday_after_a_city_is_no_part_of_its_name():
    events = coded("Air raids on a bakery in the rebel-held city of Saraqib Sunday killed nine people, "
                   "a monitor said.", published="2016-09-11")
    assert events[0].location == "Saraqib"
    assert events[0].geo_precision == 1


def test_an_attack_one_capital_blames_on_another_is_laid_at_that_government():
    events = coded("The president spoke of the nerve gas attack on Khan Sheikhoun on Tuesday, which London blames "
                   "on Damascus.", published="2017-04-07")
    gas = next(e for e in events if e.sub_event_type == "Chemical weapon")
    assert gas.actor1 == "Military Forces of Syria (2000-)"
    assert gas.actor2 is None or "United Kingdom" not in gas.actor2


def test_the_start_of_a_state_of_things_in_the_sentence_is_not_the_date():
    events = coded("A roadside bomb killed three farmers near Manbij, a town held by the SDF since August.",
                   published="2016-10-11")
    assert events[0].event_date == "2016-10-11"


def test_troops_in_cooperation_with_a_militia_are_one_side():
    events = coded("Army units in cooperation with popular defense groups clashed on Monday with ISIS fighters "
                   "near the village of Zakiyeh in Raqqa countryside.", published="2016-08-10")
    assert events[0].actor1 == "Military Forces of Syria (2000-)"
    assert events[0].actor2 == "Islamic State (Syria)"

