"""Country area lists (Kenya's sub-counties, Burkina Faso's communes) and the wordings that say a name is not the
scene (an office holder's seat, a destination, one side of a border), on hand-written sentences."""

from __future__ import annotations

import pytest

from places_support import default_gazetteer, make_doc
from warscribe.config import Config, Context
from warscribe.places.countries import border_before
from warscribe.places.importers import country_areas
from warscribe.stages.places import PlaceStage


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    gaz = default_gazetteer(tmp_path_factory)
    return Context(Config(gazetteer_path=gaz.path))


def run(ctx, text, events, actors=(), published="2019-06-01"):
    doc = make_doc(text, events, published, actors)
    PlaceStage().run(doc, ctx)
    return doc


def test_every_listed_area_has_a_country_and_an_admin1():
    areas = [a for a in country_areas() if a.country in ("KE", "BF")]
    names = {(a.country, a.name) for a in areas}
    assert ("KE", "Kapseret") in names and ("KE", "Wajir South") in names and ("BF", "Kouka") in names
    assert all(a.admin1 and -6 < a.lat < 16 for a in areas)


@pytest.mark.parametrize(("text", "admin1"), [
    ("Herders fought over a water point in Wajir South on Sunday.", "Wajir"),
    ("Youths barricaded the road in Kapseret on Friday.", "Uasin Gishu"),
    ("A trader was shot dead in Mathira on Monday.", "Nyeri"),
    ("Police dispersed protesters in Laikipia West Sub-County on Tuesday.", "Laikipia"),
])
def test_a_kenyan_sub_county_is_placed_in_its_county(ctx, text, admin1):
    ev = run(ctx, text, [(text.split()[1], text.split()[1])]).events[0]
    assert (ev.country, ev.admin1) == ("Kenya", admin1)


def test_a_burkinabe_commune_is_placed_in_its_region(ctx):
    # a village of Bam shares the name of the commune of Banwa: named as a commune, it is the commune
    text = "Gunmen killed four herders in Kouka commune, in Burkina Faso, on Sunday."
    ev = run(ctx, text, [("Gunmen killed", "killed")]).events[0]
    assert (ev.location, ev.admin1) == ("Kouka", "Boucle du Mouhoun")


def test_the_communes_of_the_northern_and_eastern_provinces_have_their_own_seats():
    # a commune placed at its province's seat lies 30-80 km from where reports put it: each has its own point
    seats = {(a.admin2, a.lat, a.lon) for a in country_areas() if a.country == "BF"}
    communes = {a.name: (a.admin2, a.lat, a.lon) for a in country_areas() if a.country == "BF"}
    province_seats = {"Soum": (14.10, -1.63), "Yagha": (13.44, 0.53), "Kossi": (12.73, -3.86),
                      "Yatenga": (13.58, -2.42), "Kompienga": (11.25, 0.71), "Ioba": (11.15, -3.06)}
    for name in ("Tongomayel", "Boundore", "Kombori", "Madouba", "Sono", "Kain", "Madjoari", "Dissin"):
        province, lat, lon = communes[name]
        assert (lat, lon) != province_seats[province], name
    assert len(seats) > 150


def test_a_village_named_with_its_commune_is_placed_near_the_commune_seat(ctx):
    from warscribe.places.gazetteer import distance_km
    text = "On 4 May 2021, gunmen burned the school of Wendou (Mansila, Yagha) and stole cattle."
    ev = run(ctx, text, [("burned", "burned")]).events[0]
    assert ev.admin1 == "Sahel"
    # Mansila lies south of Sebba, not on the Niger border 45 km east
    assert distance_km(ev.latitude, ev.longitude, 13.17, 0.65) < 15


@pytest.mark.parametrize(("text", "trigger", "location"), [
    # a people's name said of people is no place; framed as a place, it is one
    ("Armed men burned a Fulani hamlet near Kandi, in Benin, on Tuesday night.", "burned", "Kandi"),
    ("Gunmen shot dead two Kikuyu traders at Kangemi on Friday.", "shot dead", "Kangemi"),
    ("Youths rioted in Kikuyu town after a trader was shot.", "rioted", "Kikuyu"),
    ("Commuters blocked the Kikuyu road over the death of a hawker.", "blocked", "Kikuyu"),
    ("Matatu crews blocked the Kikuyu-Limuru highway for hours over police harassment.", "blocked", "Kikuyu"),
])
def test_a_peoples_name_is_a_place_only_where_a_locative_frames_it(ctx, text, trigger, location):
    ev = run(ctx, text, [(trigger, trigger)]).events[0]
    assert ev.location == location


def test_the_kinds_of_place_that_make_a_peoples_name_a_place_are_data():
    from warscribe.places.data import cues
    from warscribe.places.recognize import _holder_after

    words = cues()["people_place_after"]
    assert {"county", "town", "road", "highway"} <= set(words)
    for word in words:
        assert _holder_after().match(f" {word} ")
        assert _holder_after().match(f"-Limuru {word.upper()}")
    assert not _holder_after().match(" traders")
    assert not _holder_after().match(" townsfolk")


def test_a_village_of_a_named_district_is_held_by_the_district_whatever_words_of_its_name_recall(ctx):
    # "Chopan" alone is a town of Uttar Pradesh; "X of Maywand district" is a village of that district
    text = "On 2 May 2020, a roadside bomb killed three soldiers in Kalay Chopan of Maywand district, Kandahar."
    ev = run(ctx, text, [("killed", "killed")]).events[0]
    assert (ev.location, ev.admin1) == ("Kalay Chopan", "Kandahar")


def test_a_village_in_a_named_district_is_not_its_namesake_across_the_county_line(ctx):
    text = "Residents of Kiarango village in Embu West district lynched a suspected thief."
    ev = run(ctx, text, [("lynched", "lynched")]).events[0]
    assert ev.admin1 == "Embu"


def test_the_seat_of_an_office_holder_is_no_scene_when_another_place_is_named(ctx):
    text = "Traders in Chwele stoned a helicopter carrying the Saboti MP."
    ev = run(ctx, text, [("stoned", "stoned")]).events[0]
    assert (ev.location, ev.admin1) == ("Chwele", "Bungoma")
    # named alone, the seat still places the event
    alone = run(ctx, "Youths stoned the car of the Kapseret MP.", [("stoned", "stoned")]).events[0]
    assert alone.admin1 == "Uasin Gishu"


@pytest.mark.parametrize("text", [
    "Militants attacked a Nairobi-bound bus at Omar Jilo in Mandera County, killing 28.",
    "Militants attacked a bus heading for Nairobi at Omar Jilo in Mandera County, killing 28.",
])
def test_a_destination_is_no_scene(ctx, text):
    ev = run(ctx, text, [("attacked", "attacked")]).events[0]
    assert ev.admin1 == "Mandera"


def test_a_country_after_the_border_with_is_neither_scene_nor_focus(ctx):
    assert border_before("near the border with Mali", len("near the border with "))
    assert not border_before("soldiers from Mali", len("soldiers from "))
    text = "Soldiers fired in the air in the northern town of Gorom-Gorom near the border with Mali."
    ev = run(ctx, text, [("fired", "fired")]).events[0]
    assert (ev.country, ev.admin1) == ("Burkina Faso", "Sahel")


def test_an_event_placed_at_its_country_takes_the_town_the_paragraph_names(ctx):
    text = ("Thousands marched across Burkina Faso on Friday against the new constitution. "
            "The largest crowd gathered in Bobo-Dioulasso.")
    ev = run(ctx, text, [("marched", "marched")]).events[0]
    assert (ev.location, ev.admin1) == ("Bobo-Dioulasso", "Hauts-Bassins")


def test_a_quarter_named_with_its_city_is_placed_in_the_city_not_at_a_namesake_far_away(ctx):
    # Bijoynagar is also an upazila 100 km east of Dhaka; "Bijoynagar area, Dhaka city" is the capital's quarter
    text = "Members of a party staged a rally in Bijoynagar area, Dhaka city, on Friday."
    ev = run(ctx, text, [("staged a rally", "rally")]).events[0]
    assert (ev.country, ev.admin1) == ("Bangladesh", "Dhaka")


@pytest.mark.parametrize(("district", "division"), [("Gazipur", "Dhaka"), ("Satkhira", "Khulna")])
def test_an_area_of_a_named_district_is_the_one_in_that_district(ctx, district, division):
    # four upazilas are called Kaliganj; "of Gazipur" says which
    text = f"Police clashed with protesters in Kaliganj upazila of {district} on Monday."
    ev = run(ctx, text, [("Police clashed", "clashed")]).events[0]
    assert (ev.location, ev.admin1) == ("Kaliganj", division)


@pytest.mark.parametrize(("text", "trigger", "admin2", "point"), [
    # an unknown village "in" or "of" an upazila named with its district and division: placed at the upazila
    # (or the district) named, not at the division's seat
    ("On 3 June 2024, rival supporters clashed in Zorgachha village in Atgharia upazila (Pabna, Rajshahi).",
     "clashed", "Pabna", (24.107, 89.283)),
    ("On 3 June 2024, a mob looted shops at Kumirbari village of Nowda union, Madhukhali upazila (Faridpur, Dhaka).",
     "looted", "Faridpur", (23.541, 89.611)),
    ("On 3 June 2024, robbers beat a trader in Dhalpur village, Sadar upazila (Satkhira, Khulna).",
     "beat", "Satkhira", (22.559, 89.103)),
])
def test_an_unknown_village_of_a_named_upazila_is_placed_at_the_upazila(ctx, text, trigger, admin2, point):
    from warscribe.places.gazetteer import distance_km
    ev = run(ctx, text, [(trigger, trigger)]).events[0]
    assert ev.admin2 == admin2 and ev.geo_precision == 2
    assert distance_km(ev.latitude, ev.longitude, *point) < 5


def test_an_upazila_outside_the_division_named_does_not_place_the_village(ctx):
    # the division named does not hold the upazila named: the division's own seat, as before
    text = "On 3 June 2024, rival supporters clashed in Zorgachha village in Atgharia upazila (Sylhet)."
    ev = run(ctx, text, [("clashed", "clashed")]).events[0]
    assert ev.admin1 == "Sylhet" and ev.geo_precision == 3


@pytest.mark.parametrize(("text", "trigger", "location"), [
    # the towns a road's name joins are no scene when the sentence frames another name as the place
    ("Boda boda riders barricaded the Mombasa-Malindi road in Kilifi town after a crash.", "barricaded", "Kilifi"),
    ("On 2 March 2024, garment workers blocked the Dhaka - Mymensingh highway, Gazipur city (Gazipur Sadar, Dhaka), "
     "over unpaid wages.", "blocked", "Gazipur"),
    # named alone, or with a place only in another sentence or only as a county, the road's first end places it
    ("Traders blocked the Eldoret-Kitale highway over new market fees.", "blocked", "Eldoret"),
    ("Youths blocked the Kericho-Kisumu highway on Monday. They later marched to Nakuru town.", "blocked",
     "Kericho"),
    ("A landmine struck a car along the Dadaab-Liboi road in Garissa County.", "struck", "Dadaab"),
])
def test_the_ends_of_a_road_are_no_scene_when_a_town_is_named_with_it(ctx, text, trigger, location):
    ev = run(ctx, text, [(trigger, trigger)]).events[0]
    assert ev.location == location


@pytest.mark.parametrize("upazila", ["Koyra", "Shyamnagar", "Dacope", "Mongla"])
def test_an_upazila_mostly_of_the_sundarbans_is_placed_at_its_seat_not_in_the_forest(ctx, upazila):
    text = f"On 3 June 2024, shrimp farmers protested in {upazila} upazila against saline water intake."
    ev = run(ctx, text, [("protested", "protested")]).events[0]
    assert ev.location == upazila and ev.admin1 == "Khulna"
    # the reserve forest's northern edge lies at about 22.3 N along these upazilas; their seats are north of it
    assert ev.latitude > 22.28


def test_beninese_arrondissements_are_listed_with_their_department_and_commune():
    # every arrondissement the packages lack is in bj_arrondissement_areas.yaml, placed at its commune's seat
    areas = {a.name: a for a in country_areas() if a.country == "BJ"}
    assert (areas["Sirarou"].admin1, areas["Sirarou"].admin2) == ("Borgou", "N'Dali")
    assert (areas["Founougo"].admin1, areas["Founougo"].admin2) == ("Alibori", "Banikoara")
    assert all(a.admin1 and 6 < a.lat < 12.5 and 0.7 < a.lon < 3.9 for a in areas.values())
    # numbered town quarters and words of English or French are not listed as places
    assert "Cotonou 1" not in areas and "Dame" not in areas and "Dome" not in areas


@pytest.mark.parametrize(("text", "admin1"), [
    ("Suspected jihadists kidnapped a village chief in Sirarou overnight.", "Borgou"),
    ("Armed men set fire to a customs post at Founougo, in northern Benin.", "Alibori"),
])
def test_a_beninese_arrondissement_is_placed_in_its_department(ctx, text, admin1):
    trigger = "kidnapped" if "kidnapped" in text else "set fire"
    ev = run(ctx, text, [(trigger, trigger)]).events[0]
    assert (ev.country, ev.admin1) == ("Benin", admin1)


def test_burkinabe_villages_with_a_known_point_are_placed_there_not_at_their_commune_seat(ctx):
    from warscribe.places.gazetteer import distance_km
    # Tanwalbougou lies on the road east of Fada N'Gourma, some 45 km from the town
    text = "Soldiers repelled an attack on their base at Tanwalbougou on Saturday."
    ev = run(ctx, text, [("repelled", "repelled")]).events[0]
    assert (ev.location, ev.admin1) == ("Tanwalbougou", "Est")
    assert distance_km(ev.latitude, ev.longitude, 12.06, 0.36) > 30
    assert distance_km(ev.latitude, ev.longitude, 12.05, 0.78) < 5


def test_an_arrondissement_that_looks_like_another_commune_is_its_own_place():
    # Gouande (Materi) is not a spelling of Kouande, a commune of the same department
    areas = {a.name: a for a in country_areas() if a.country == "BJ"}
    assert areas["Gouande"].admin2 == "Materi"


@pytest.mark.parametrize(("text", "look_alike"), [
    ("Rioters stoned the convoy of Kibaki in Kenya on Saturday.", "Kiboko"),
    ("Protesters loyal to Justice David Maraga marched in Kenya on Monday.", "Maragua"),
])
def test_a_kenyan_public_figure_is_no_look_alike_town(ctx, text, look_alike):
    trigger = "stoned" if "stoned" in text else "marched"
    ev = run(ctx, text, [(trigger, trigger)]).events[0]
    assert ev.country == "Kenya" and ev.location != look_alike
