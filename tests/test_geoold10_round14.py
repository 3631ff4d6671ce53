"""Places on the older coding schema, round 14 (geoold10): a day one country keeps ("Kashmir Day") is evidence of
that country; the Islamic State's towns in Libya and Iraq decide its reports' country. Our own sentences."""

from __future__ import annotations

import warscribe
from warscribe.knowledge.actors import ActorBase
from warscribe.places.countries import CountryHints


def test_a_day_one_country_keeps_votes_for_that_country(gaz):
    hints = CountryHints(gaz)
    text = "Crowds marked Kashmir Day with rallies."
    assert hints.votes(text, [(0, len(text))]) == {"PK": 3}
    text = "Lawmakers walked out of the Lok Sabha."
    assert hints.votes(text, [(0, len(text))]) == {}  # a body's name stays no evidence at all


def test_kashmir_day_rallies_in_a_sindh_town_are_coded_in_pakistan():
    events = warscribe.extract("In Badin Kashmir Day rallies were held where speakers condemned the treatment of "
                               "the people of Kashmir by Indian troops.", published="2016-02-05")
    assert [(e.country, e.admin1) for e in events] == [("Pakistan", "Sindh")]


def test_kashmir_itself_stays_in_india():
    events = warscribe.extract("Stone pelters clashed with police in Srinagar, Kashmir.", published="2016-07-12")
    assert [(e.country, e.admin1) for e in events] == [("India", "Jammu and Kashmir")]


def test_the_islamic_state_fights_in_libya_and_iraq_too():
    assert {"Syria", "Libya", "Iraq"} <= set(ActorBase.load().get("isis-syria").countries())


def test_a_libyan_town_the_islamic_state_attacks_decides_the_country():
    events = warscribe.extract("Islamic State militants tried to enter Derna but were repulsed by local fighters.",
                               published="2015-01-20")
    assert [(e.country, e.admin1) for e in events] == [("Libya", "Darnah")]


def test_an_islamic_state_attack_with_no_place_stays_syrian():
    events = warscribe.extract("Islamic State fighters attacked a checkpoint and killed two soldiers.",
                               published="2015-01-20")
    assert [e.country for e in events] == ["Syria"]

