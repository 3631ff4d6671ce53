"""Places on the older coding schema, round 14 (geoold10): a day one country keeps ("Kashmir Day") is evidence of
that country; a town measured from another keeps its own reading; a look-alike outside the town named as holding
a place is another place. Our own sentences."""

from __future__ import annotations

import warscribe
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


def test_a_town_measured_from_another_keeps_its_own_reading_at_about_that_distance():
    events = warscribe.extract("Seven people were killed in Ajdabiya (190 kilometres southwest of Benghazi) in two "
                               "days of fighting.", published="2015-02-20")
    assert [(e.location, e.admin1) for e in events] == [("Ajdabiya", "Ajdabiya")]


def test_a_village_measured_from_a_town_is_no_namesake_far_away():
    # no Bali Busle is known: the village is placed near the town it is measured from, not in Bali
    events = warscribe.extract("Clan militias clashed in Bali Busle (145km S of Laas-Qoray) on Monday.",
                               published="2015-02-20")
    assert [(e.country, e.admin1) for e in events] == [("Somalia", "Sanaag")]


def test_a_look_alike_outside_the_town_named_as_holding_it_is_another_place():
    # Pollamapalli is no Bellampalli (Telangana): the village is placed in Sukma's state
    events = warscribe.extract("Suspected Maoists attacked an auxiliary constable with sharp weapons at a "
                               "marketplace at Pollamapalli in Sukma.", published="2015-02-20")
    assert [(e.location, e.admin1) for e in events] == [("Pollamapalli", "Chhattisgarh")]


def test_a_village_in_a_township_is_no_namesake_township_elsewhere():
    events = warscribe.extract("TNLA fighters and the army clashed near Kyauk Phyu village in Kyaukme township.",
                               published="2015-02-20")
    assert [e.admin1 for e in events] == ["Shan"]  # not Kyaukphyu township, Rakhine


def test_northern_sinai_is_north_sinai():
    events = warscribe.extract("A missile hit a home in the Rafah city of Northern Sinai on Friday.",
                               published="2015-02-20")
    assert [(e.country, e.admin1) for e in events] == [("Egypt", "North Sinai")]


def test_a_landmark_of_islamabad_places_a_protest_in_the_capital_territory():
    events = warscribe.extract("The party held a long sit-in at D-Chowk demanding a probe into rigging.",
                               published="2015-02-20")
    assert [(e.country, e.admin1) for e in events] == [("Pakistan", "Islamabad Capital Territory")]
