"""Round 21 places: "the X capital" reads countries of two words and those only GeoNames names, a country whose
government sits outside the capital GeoNames names has its capital at the seat of government
(data/places/countries.yaml `government_seats`), and a place measured from a town in miles is the scene. A report
that names only its country is not placed at the capital (no word of it says so)."""

from __future__ import annotations

import pytest

from coding_support import events


def test_the_capital_of_a_country_whose_government_sits_elsewhere(pipeline):
    # Porto-Novo is Benin's official capital; its ministries and its news' "capital" are in Cotonou
    text = "Several hundred Beninese traders protested in the capital on Wednesday against a new market tax."
    found = events(pipeline, text, published="2016-04-13")
    assert [(e.location, e.admin1) for e in found] == [("Cotonou", "Littoral")]


def test_a_report_naming_only_its_country_is_not_placed_at_the_capital(pipeline):
    found = events(pipeline, "Gunmen killed four herders in Burkina Faso on Sunday.", published="2019-04-14")
    assert [(e.country, e.admin1) for e in found] == [("Burkina Faso", None)]


@pytest.mark.parametrize(("text", "place"), [
    ("Teachers marched through Burkina Fasos capital on Friday to demand their arrears.", ("Ouagadougou", "Centre")),
    ("Teachers marched through the Burkina Faso capital on Friday to demand their arrears.",
     ("Ouagadougou", "Centre")),
    ("Traders protested in Kenyas capital on Friday against the closure of a market.", ("Nairobi", "Nairobi")),
])
def test_the_capital_of_a_country_of_two_words_or_with_a_stripped_apostrophe(pipeline, text, place):
    found = events(pipeline, text, published="2016-04-15")
    assert [(e.location, e.admin1) for e in found] == [place]


@pytest.mark.parametrize("text", [
    "Seven people were killed in Ajdabiya (160 kilometres, 100 miles southwest of Benghazi) in fighting on Monday.",
    "Seven people were killed in Ajdabiya (100 miles southwest of Benghazi) in fighting on Monday.",
])
def test_a_place_measured_from_a_town_in_two_units_or_in_miles_is_the_scene(pipeline, text):
    found = events(pipeline, text, published="2016-02-01")
    assert [e.location for e in found] == ["Ajdabiya"]
