"""A village measured from a town ("X (30km SW of Y)") lies in that town's area; a place "in/of Y district" lies in
that district; towns and districts our place data adds (Darfur, Somalia, Pakistan)."""
from __future__ import annotations

from places_support import make_doc
from warscribe.stages.places import PlaceStage


def _place(ctx, text: str, fragment: str, trigger: str):
    doc = make_doc(text, [(fragment, trigger)])
    PlaceStage().run(doc, ctx)
    return doc.events[0]


def test_an_unknown_village_measured_from_a_town_is_placed_at_that_town(ctx):
    # "Dhagax Yare" is a name we made up; Beledweyne is the seat of Hiiraan
    text = "Somali gunmen killed a herder near Dhagax Yare (approx. 35km SW of Beledweyne) on Monday."
    ev = _place(ctx, text, "killed", "killed")
    assert ev.country == "Somalia" and ev.location == "Dhagax Yare" and ev.admin1 == "Hiiraan"
    assert ev.geo_precision == 2


def test_a_namesake_outside_the_town_area_is_not_the_measured_village(ctx):
    # Jilib is a town of Middle Juba; a village of that name 30 km from Borama lies in Awdal
    text = "Somali clan militias clashed in Jilib village (30km N of Borama) on Monday."
    ev = _place(ctx, text, "clashed", "clashed")
    assert ev.country == "Somalia" and ev.admin1 == "Awdal"


def test_a_known_word_inside_a_measured_village_name_is_not_the_place(ctx):
    # "Marka" alone is a town of Lower Shabelle; "Marka Yare" (made up) lies 20 km from Borama
    text = "Somali clan militias clashed in Marka Yare (20km E of Borama) on Monday."
    ev = _place(ctx, text, "clashed", "clashed")
    assert ev.location == "Marka Yare" and ev.admin1 == "Awdal"


def test_a_sector_of_a_district_stays_inside_that_district(ctx):
    # Mandi is also a town of Himachal Pradesh; the sector of Poonch district is on the Line of Control
    text = "Pakistani troops shelled Indian posts in Mandi sector of Poonch district on Friday."
    ev = _place(ctx, text, "shelled", "shelled")
    assert ev.country == "India" and ev.admin1 == "Jammu and Kashmir"
    assert abs(ev.latitude - 33.77) < 1 and abs(ev.longitude - 74.09) < 1


def test_darfur_towns_have_their_state(ctx):
    ev = _place(ctx, "Sudanese army aircraft bombed Tur on Tuesday.", "bombed", "bombed")
    assert ev.country == "Sudan" and ev.admin1 == "Central Darfur"
    ev = _place(ctx, "Police fired tear gas at displaced people in Geneina on Tuesday.", "fired", "fired")
    assert ev.country == "Sudan" and ev.admin1 == "West Darfur"
    ev = _place(ctx, "Sudanese soldiers clashed with rebels near Zalingei.", "clashed", "clashed")
    assert ev.admin1 == "Central Darfur"


def test_kohistan_is_a_district_of_khyber_pakhtunkhwa_and_basri_no_place(ctx):
    text = "Pakistani farmers from Kohistan protested over the Basri boundary report on Monday."
    ev = _place(ctx, text, "protested", "protested")
    assert ev.country == "Pakistan" and ev.admin1 == "Khyber Pakhtunkhwa"


def test_town_spellings_of_sindh_and_sool_are_read_with_no_country_named(ctx):
    # nothing but the town says which country: the spelling must be one the place data holds as such
    ev = _place(ctx, "In Mirpurkhas, teachers protested over unpaid salaries.", "protested", "protested")
    assert ev.country == "Pakistan" and ev.admin1 == "Sindh"
    ev = _place(ctx, "Traders staged a demonstration in Laas Caanood over a new tax.", "demonstration", "demonstration")
    assert ev.admin1 == "Sool"
