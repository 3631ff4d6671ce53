"""Place recognition and context resolution on small hand-written texts."""

from __future__ import annotations

import pytest

from places_support import default_gazetteer, make_doc
from warscribe.config import Config, Context
from warscribe.places.recognize import country_focus, find_places, name_runs
from warscribe.stages.places import PlaceStage


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    gaz = default_gazetteer(tmp_path_factory)
    context = Context(Config(gazetteer_path=gaz.path))
    assert context.gazetteer.path == gaz.path
    return context


def run(ctx, text, events, actors=(), published=None):
    doc = make_doc(text, events, published, actors)
    PlaceStage().run(doc, ctx)
    return doc


def test_village_with_governorate_context(ctx):
    text = ("Rebels shelled army posts in Kafr Nabl town in the southern countryside of Idlib on Monday.\n"
            "Two soldiers died.")
    doc = run(ctx, text, [("Rebels shelled", "shelled")])
    ev = doc.events[0]
    assert ev.location == "Kafranbel" and ev.admin1 == "Idleb" and ev.geo_precision == 1
    assert ev.country == "Syria" and ev.latitude == pytest.approx(35.61, abs=0.05)
    assert [e.text for e in ev.evidence if e.field == "location"] == ["Kafr Nabl"]


def test_unknown_village_takes_governorate_from_context(ctx):
    text = "Gunmen attacked a checkpoint in the village of Tell Zaghrun, in the western countryside of Hama."
    ev = run(ctx, text, [("Gunmen attacked", "attacked")]).events[0]
    assert ev.location == "Tell Zaghrun" and ev.admin1 == "Hama" and ev.geo_precision == 3
    assert (ev.latitude, ev.longitude) == pytest.approx((35.13179, 36.75783))
    assert {e.text for e in ev.evidence} == {"Tell Zaghrun", "Hama"}


def test_benin_in_a_syrian_document_is_no_country(ctx):
    text = ("Regime troops advanced in southern Idlib.\n"
            "Fighters said they repelled the troops in the village of Benin, losing three men.")
    doc = run(ctx, text, [("they repelled", "repelled")])
    ev = doc.events[0]
    assert ev.location == "Benin" and ev.country == "Syria" and ev.admin1 == "Idleb" and ev.geo_precision == 3
    assert all(m.data["country"] != "Benin" for m in doc.mentions_of("place"))


def test_benin_the_country_where_the_document_is_about_it(ctx):
    text = "Flooding in Benin displaced thousands. Officials in Benin asked for aid."
    ev = run(ctx, text, [("Flooding in", "Flooding")]).events[0]
    assert ev.country == "Benin" and ev.geo_precision == 3


def test_near_and_between_patterns(ctx):
    text = ("Militants ambushed a patrol near Saraqib on Friday.\n"
            "Clashes broke out between Khan Shaykhun and Murak.\n"
            "Jets struck positions along the Aleppo-Damascus highway.")
    doc = run(ctx, text, [("Militants ambushed", "ambushed"), ("Clashes broke", "Clashes"),
                          ("Jets struck", "struck")])
    near, between, highway = doc.events
    assert near.location == "Saraqib" and near.geo_precision == 2
    assert between.location == "Khan Shaykhun" and between.geo_precision == 2
    assert highway.location == "Aleppo" and highway.geo_precision == 3  # a governorate seat: precision 3


def test_city_versus_governorate(ctx):
    text = "A car bomb exploded in Idlib city.\nAircraft bombed villages across Idlib province."
    city, province = run(ctx, text, [("A car bomb exploded", "exploded"), ("Aircraft bombed", "bombed")]).events
    assert city.location == "Idlib" and city.geo_precision == 1
    assert province.location == "Idleb" and province.admin1 == "Idleb" and province.geo_precision == 3


def test_specific_place_beats_governorate_and_trigger_distance(ctx):
    text = "In Hama province, shelling hit the town of Kafr Zayta, killing a child."
    ev = run(ctx, text, [("shelling hit", "shelling")]).events[0]
    assert ev.location == "Kafr Zayta" and ev.admin1 == "Hama" and ev.geo_precision == 1


def test_actor_names_are_not_places(ctx):
    text = "Fighters of Hay'at Tahrir al-Sham raided a house in Sarmada."
    doc = run(ctx, text, [("raided", "raided")], actors=["Hay'at Tahrir al-Sham"])
    assert [m.text for m in doc.mentions_of("place")] == ["Sarmada"]
    assert doc.events[0].location == "Sarmada"


def test_city_named_as_an_actor_is_a_place_after_in(ctx):
    text = "Damascus said rockets killed five people in Damascus on Thursday."
    doc = run(ctx, text, [("rockets killed", "killed")], actors=["Damascus"])
    assert [m.start for m in doc.mentions_of("place")] == [text.rindex("Damascus")]
    assert doc.events[0].admin1 == "Damascus"


def test_country_only_sentence_takes_the_document_focus(ctx):
    text = "Jets pounded Raqqa city for a week.\nA suicide bomber killed five police officers in Syria."
    doc = run(ctx, text, [("Jets pounded", "pounded"), ("suicide bomber killed", "killed")])
    assert doc.events[1].admin1 == "Ar-Raqqa" and doc.events[1].country == "Syria"


def test_stop_list_without_actor_mentions():
    from warscribe.places.data import stoplist

    assert "sham" in stoplist()[0] and "levant" in stoplist()[0]


def test_previous_sentence_then_document_focus(ctx):
    text = ("Clashes erupted on the outskirts of Daraa. Four fighters were killed.\n"
            "Separately, unknown gunmen kidnapped a teacher.")
    doc = run(ctx, text, [("Four fighters were killed", "killed"), ("unknown gunmen kidnapped", "kidnapped")])
    earlier, focus = doc.events
    assert earlier.location == "Dar'a" and earlier.admin1 == "Dar'a"
    assert focus.admin1 == "Dar'a" and focus.geo_precision == 3  # the document's main governorate


def test_country_default_without_places(ctx):
    text = "The ministry said nothing."
    doc = make_doc(text, [("The ministry said", "said")])
    PlaceStage().run(doc, Context(Config(gazetteer_path=ctx.gazetteer.path, default_country="SY")))
    assert doc.events[0].country == "Syria" and doc.events[0].location is None


def test_elaboration_in_the_next_sentence(ctx):
    text = "Rebels repelled an assault in northern Hama. They said the fighting was in the village of Qumhana."
    ev = run(ctx, text, [("Rebels repelled", "repelled")]).events[0]
    assert ev.admin1 == "Hama" and ev.location != "Hama"


def test_name_runs_and_focus():
    text = "Troops entered al-Sukhna and Ras al-Ain; the Palmyra-Deir Ezzor road."
    runs = [" ".join(t.text for t in r) for r in name_runs(text, 0, len(text))]
    assert runs == ["Troops", "al Sukhna", "Ras al Ain", "Palmyra Deir Ezzor"]
    assert country_focus("Syrian troops entered Idlib, in Syria.", [(0, 38)]) == "SY"
    assert country_focus("Nothing here.", [(0, 13)], default="IQ") == "IQ"


def test_find_places_marks_cues(ctx):
    text = "They fought near the villages of Binnish and Taftanaz, south of Saraqib."
    found = {m.text: m for m in find_places(text, [(0, len(text))], ctx.gazetteer, "SY")}
    assert found["Binnish"].cue == "near" and found["Taftanaz"].cue == "settlement"
    assert found["Saraqib"].cue == "near"


def test_a_name_only_looking_like_a_village_does_not_pull_a_city_away(ctx):
    # "Masarat" shares its consonants with a hamlet of Jharkhand: no evidence that the report is there, so
    # Srinagar is the city of Kashmir, not its namesake of Uttarakhand
    text = ("Police fired tear gas as violence erupted on the streets of Srinagar hours after separatist leader "
            "Masarat Alam was arrested.")
    ev = run(ctx, text, [("fired tear gas", "fired")], published="2015-04-17").events[0]
    assert (ev.country, ev.location, ev.admin1) == ("India", "Srinagar", "Jammu and Kashmir")


def test_an_unframed_look_alike_yields_to_a_place_spelled_as_the_gazetteer_does(ctx):
    # "Keithel" (a market's name) looks like Kaithal, Haryana; the sentence names Imphal as it is spelled
    text = "In Imphal, vendors of the Keithel protested against the eviction drive on Monday."
    ev = run(ctx, text, [("protested", "protested")], published="2015-05-28").events[0]
    assert (ev.country, ev.location, ev.admin1) == ("India", "Imphal", "Manipur")


def test_a_namesake_of_the_focus_country_beats_a_larger_city_abroad(ctx):
    found = ctx.gazetteer.lookup("Hyderabad", "PK", fuzzy=False)
    assert found[0].country == "PK" and found[0].admin1 == "Sindh"
    # a big city abroad still beats a look-alike village of the focus country
    assert ctx.gazetteer.lookup("Hyderabad", "IN", fuzzy=False)[0].country == "IN"


def test_a_single_letter_is_no_place(ctx):
    # some towns abroad list a letter among their names ("M"); a party's "(M)" is no scene
    text = "Volunteers of the CPI (M) staged a demonstration in front of the Collectorate in Hassan."
    doc = run(ctx, text, [("staged a demonstration", "demonstration")], published="2015-06-01")
    assert all(len(m.text) > 1 for m in doc.mentions_of("place"))
    assert doc.events[0].country != "Italy"


def test_a_capital_read_as_its_government_is_a_place_after_area_of(ctx):
    # the actor recogniser reads "Ouagadougou" as Burkina Faso's government; "the X area of" makes it a place again
    text = "Shopkeepers in the Zogona area of Ouagadougou protested against new market fees."
    doc = run(ctx, text, [("protested", "protested")], actors=["Ouagadougou"])
    assert (doc.events[0].admin1, doc.events[0].country) == ("Centre", "Burkina Faso")


def test_unknown_village_is_placed_at_the_district_named_after_it(ctx):
    # "Chingarel" spells like Sankrail (West Bengal); the district named after it is in Manipur
    text = "Suspected insurgents hurled a bomb at a shop at Chingarel in Imphal East, wounding its owner."
    ev = run(ctx, text, [("hurled a bomb", "hurled")]).events[0]
    assert ev.location == "Chingarel" and ev.country == "India" and ev.admin1 == "Manipur" and ev.geo_precision == 2
    assert ev.latitude == pytest.approx(24.8, abs=0.3) and ev.longitude == pytest.approx(94.0, abs=0.3)


def test_lookalike_in_another_state_than_the_district_named_is_not_the_place(ctx):
    # "Chhipra" spells like Chapra (Bihar); the district named after it says it lies in Uttar Pradesh
    text = "A land dispute turned violent in Chhipra village in Mainpuri, leaving one man dead."
    ev = run(ctx, text, [("turned violent", "violent")]).events[0]
    assert ev.country == "India" and ev.admin1 == "Uttar Pradesh"


def test_a_district_named_before_the_place_does_not_hold_it(ctx):
    text = "Attackers burned a bus on the Dhaka-Bogra highway in Bogra town on Wednesday night."
    ev = run(ctx, text, [("Attackers burned", "burned")]).events[0]
    assert ev.location == "Bogra" and ev.admin1 == "Rajshahi"


@pytest.mark.parametrize("text, absent, present", [
    ("Relatives of Kamal Singh protested outside the police station at Buguda.", {"Kamal"}, {"Buguda"}),
    ("Villagers gheraoed the house of Suresh Patra in Buguda.", {"Patra", "Suresh"}, {"Buguda"}),
    ("Police blamed the Netra Bikram Chand-led faction for the blast in Lalitpur.", {"Bikram"}, {"Lalitpur"}),
])
def test_a_family_name_closes_a_persons_name(ctx, text, absent, present):
    found = {m.text for m in find_places(text, [(0, len(text))], ctx.gazetteer)}
    assert not found & absent and present <= found


@pytest.mark.parametrize("text, clan", [
    ("Gunmen raided a village of the Dir clan near Baidoa and killed four herders.", "Dir"),
    ("Elders of the Isse sub-clan met militia leaders near Baidoa.", "Isse"),
    ("Marehan militia attacked a camp near Baidoa at dawn.", "Marehan"),
])
def test_a_clans_name_is_no_place(ctx, text, clan):
    found = {m.text for m in find_places(text, [(0, len(text))], ctx.gazetteer, "SO")}
    assert clan not in found and "Baidoa" in found


def test_a_place_lies_in_the_country_of_the_area_named_as_holding_it(ctx):
    # Banda is a large town of India and a village of Pakistan's Bajaur: the holding area says which
    text = "Gunmen attacked a police checkpoint in Banda, Bajaur Agency, killing two constables."
    ev = run(ctx, text, [("Gunmen attacked", "attacked")]).events[0]
    assert ev.country == "Pakistan"


def test_namesake_outside_the_area_named_as_holding_it(ctx):
    # the gazetteer's only Majengo lies in Vihiga: "the Majengo area of Mombasa" is another one, in Mombasa
    text = "Gunmen shot dead a shopkeeper in the Majengo area of Mombasa late on Friday."
    ev = run(ctx, text, [("Gunmen shot dead", "shot dead")]).events[0]
    assert ev.admin1 == "Mombasa" and ev.country == "Kenya"
    # with no area named, the gazetteer's reading stands
    text = "Gunmen shot dead a shopkeeper in Majengo late on Friday."
    ev = run(ctx, text, [("Gunmen shot dead", "shot dead")]).events[0]
    assert ev.admin1 == "Vihiga"


def test_place_of_the_police_home_country_when_only_the_neighbour_is_named():
    # Liboi exists only in Kenya; the text names Somalia alone, but the force that acts is Kenya's police
    from warscribe.config import Config
    from warscribe.model import Document
    from warscribe.pipeline import Pipeline

    text = ("Administration Police officers crossed into Somalia and killed three militants in a gunfight at Liboi "
            "on Tuesday.")
    doc = Document.from_input({"id": "t", "text": text, "published": "2021-03-02"})
    Pipeline(Config(detect_near_duplicates=False)).run(doc)
    assert doc.events and all(ev.country == "Kenya" and ev.admin1 == "Garissa" for ev in doc.events)


def test_an_unfound_place_takes_no_governorate_of_another_country(ctx):
    # the report is about Lebanon; the Syrian governorate named in the sentence before does not hold the hamlet
    text = ("Lebanese soldiers came under fire from Rural Damascus. Gunmen attacked an army post near the hamlet of "
            "Wadi Khuraysh in Lebanon on Tuesday.")
    ev = run(ctx, text, [("Gunmen attacked", "attacked")]).events[0]
    assert ev.country == "Lebanon" and ev.admin1 != "Rural Damascus"


def test_a_governorate_joined_by_and_does_not_hold_the_place(ctx):
    # "Palmyra and Deir ez-Zor" are two places; Palmyra stays in its own governorate
    text = "Jihadists cut the highway linking Palmyra and Deir ez-Zor on Sunday."
    ev = run(ctx, text, [("Jihadists cut", "cut")]).events[0]
    assert ev.admin1 == "Homs"


@pytest.mark.parametrize("text, trigger, country", [
    # Eastleigh is a Nairobi estate of our Kenyan list; England's town and a suburb of a South African city share
    # the name, and the text names no country
    ("Hawkers in Eastleigh protested against a new levy.", "Hawkers in Eastleigh protested", "Kenya"),
    # Silly is a commune of our Burkinabe list and a Belgian town
    ("Gunmen abducted two traders in Silly on Sunday.", "Gunmen abducted", "Burkina Faso"),
])
def test_a_place_of_our_lists_outweighs_a_small_namesake_abroad(ctx, text, trigger, country):
    ev = run(ctx, text, [(trigger, trigger.split()[-1])]).events[0]
    assert ev.country == country


@pytest.mark.parametrize("text", [
    "Raiders looted the market in Kara, North Darfur, on Monday night.",
    "Raiders looted the market in Kara in North Darfur state and wounded a trader.",
    "Raiders looted the market in Kara, Sudan, on Monday night.",
])
def test_a_holding_area_abroad_outweighs_the_place_s_own_namesake(ctx, text):
    # Kara is a region and a city of Togo; the area or country named as holding it is Sudan's, so the Kara meant
    # is a place of Sudan (one the gazetteer lacks), not Togo's
    ev = run(ctx, text, [("Raiders looted", "looted")]).events[0]
    assert ev.country == "Sudan" and ev.location == "Kara"


def test_a_quarter_named_for_a_city_abroad_lies_in_the_town_holding_it(ctx):
    # "Mumbai" here is a quarter of the South Sudanese town named as holding it, not India's city
    text = "A teacher was shot dead in the Mumbai area of Yambio on Monday night."
    ev = run(ctx, text, [("was shot", "shot")]).events[0]
    assert ev.country == "South Sudan" and ev.admin1 == "Western Equatoria"


def test_a_city_that_names_a_governorate_is_no_namesake_of_the_area_named_before(ctx):
    text = "Crowds marched in Hama on Friday. Army guns pounded Homs city the next day."
    doc = run(ctx, text, [("Army guns pounded", "pounded")])
    ev = doc.events[0]
    assert ev.location == "Homs" and ev.admin1 == "Homs" and ev.geo_precision == 1
