"""Round 21 places: a report placing its event only in its own country is coded at that country's capital (its
coordinates were already the capital's; now its admin areas and name are too), "the X capital" reads countries of
two words and those only GeoNames names, and a country whose government sits outside the capital GeoNames names
is coded at the seat of government (data/places/countries.yaml `government_seats`)."""

from __future__ import annotations

import pytest

from coding_support import events


@pytest.mark.parametrize(("text", "place"), [
    ("Hundreds of bakers in Burkina Faso marched on Tuesday to protest the price of flour.",
     ("Ouagadougou", "Centre")),
    ("Nurses went on strike across Kenya on Monday over unpaid allowances.", ("Nairobi", "Nairobi")),
])
def test_an_event_placed_only_in_its_country_is_coded_at_the_capital(pipeline, text, place):
    found = events(pipeline, text, published="2016-04-12")
    assert [(e.location, e.admin1) for e in found] == [place]


def test_the_capital_of_a_country_whose_government_sits_elsewhere(pipeline):
    # Porto-Novo is Benin's official capital; its ministries and its news' "capital" are in Cotonou
    text = "Several hundred traders took to the streets of Benin on Wednesday against a new market tax."
    found = events(pipeline, text, published="2016-04-13")
    assert [(e.location, e.admin1) for e in found] == [("Cotonou", "Littoral")]


@pytest.mark.parametrize(("text", "place"), [
    ("Teachers marched through Burkina Fasos capital on Friday to demand their arrears.", ("Ouagadougou", "Centre")),
    ("Teachers marched through the Burkina Faso capital on Friday to demand their arrears.",
     ("Ouagadougou", "Centre")),
    ("Traders protested in Kenyas capital on Friday against the closure of a market.", ("Nairobi", "Nairobi")),
])
def test_the_capital_of_a_country_of_two_words_or_with_a_stripped_apostrophe(pipeline, text, place):
    found = events(pipeline, text, published="2016-04-15")
    assert [(e.location, e.admin1) for e in found] == [place]


def test_the_country_alone_is_its_capital_a_part_of_it_is_not(pipeline):
    # "northern Burkina Faso": a part of the country, which the capital may well lie outside
    whole = events(pipeline, "Gunmen killed four herders in Burkina Faso on Sunday.", published="2019-04-14")
    part = events(pipeline, "Gunmen killed four herders in northern Burkina Faso on Sunday.", published="2019-04-14")
    assert [e.admin1 for e in whole + part] == ["Centre", None]


def test_a_country_is_its_capital_only_where_the_report_names_no_town_of_it(pipeline):
    alone = ("Dozens dead in suspected Syria gas attack. The toll from a suspected gas attack has risen to 60, a "
             "monitor said.")
    named = alone + " Rebels vowed revenge for the strike on the town of Saraqeb in Idlib province."
    found = events(pipeline, alone, published="2017-04-05")[:1] + events(pipeline, named, published="2017-04-05")[:1]
    assert [e.admin1 for e in found] == ["Damascus", "Idleb"]


@pytest.mark.parametrize("text", [
    "Seven people were killed in Ajdabiya (160 kilometres, 100 miles southwest of Benghazi) in fighting on Monday.",
    "Seven people were killed in Ajdabiya (100 miles southwest of Benghazi) in fighting on Monday.",
])
def test_a_place_measured_from_a_town_in_two_units_or_in_miles_is_the_scene(pipeline, text):
    found = events(pipeline, text, published="2016-02-01")
    assert [e.location for e in found] == ["Ajdabiya"]
