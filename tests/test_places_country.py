"""The country of an event when the text weighs several: borders, police, demonyms, actors and look-alike towns."""

from __future__ import annotations

import pytest

from places_support import make_doc
from warscribe.knowledge.country_words import country_of_words
from warscribe.model import Mention
from warscribe.places.countries import CountryHints
from warscribe.places.recognize import find_places
from warscribe.stages.places import PlaceStage, _actor_votes


def _with_actor(text: str, surface: str, actor_id: str, fragment: str, trigger: str):
    doc = make_doc(text, [(fragment, trigger)])
    at = text.index(surface)
    doc.mentions.append(Mention("actor", at, at + len(surface), surface, label=actor_id, data={"form": "name"}))
    return doc


def test_a_peace_operation_of_one_country_votes_for_it_over_its_contingents_demonym(gaz):
    hints = CountryHints(gaz)
    text = "Insurgents shelled a Kenyan AMISOM base overnight."
    votes = hints.votes(text, [(0, len(text))])
    assert votes["SO"] > votes["KE"]
    text = "Rebels ambushed a MONUSCO patrol made up of Indian troops."
    assert hints.votes(text, [(0, len(text))]).most_common(1)[0][0] == "CD"


def test_a_country_named_as_one_side_of_a_border_is_no_evidence_of_the_scene(gaz):
    hints = CountryHints(gaz)
    text = "Raiders attacked a herder in Mandera near the Somalia border."
    assert hints.votes(text, [(0, len(text))]) == {"KE": 4}  # Mandera (admin1, after "in"); Somalia not counted
    text = "Herders fled across the Kenya-Somalia border."
    assert hints.votes(text, [(0, len(text))]) == {}
    text = "Raiders attacked a herder in Somalia."
    assert hints.votes(text, [(0, len(text))]) == {"SO": 5}


def test_a_border_country_is_no_scene_but_a_border_town_is(gaz):
    text = "Gunmen attacked a patrol near the Mali border."
    assert [m.secondary for m in find_places(text, [(0, len(text))], gaz, None)] == [True]
    text = "Traders protested in Moyale border town."  # a town on the border is where it happened
    assert [(m.text, m.secondary) for m in find_places(text, [(0, len(text))], gaz, None)] == [("Moyale", False)]


def test_a_countrys_police_weighs_more_than_its_army(ctx):
    police = next(a for a in ctx.actors if a.country == "Kenya" and a.role == "police" and not a.generic)
    army = next(a for a in ctx.actors if a.country == "Kenya" and a.role == "military" and not a.generic)
    for actor, weight in ((police, 2), (army, 1)):
        doc = make_doc("Officers were attacked.")
        doc.mentions.append(Mention("actor", 0, 8, "Officers", label=actor.id, data={"form": "name"}))
        assert _actor_votes(doc, ctx) == {"KE": weight}


def test_kenyan_police_outweigh_a_demonym_of_the_attackers(ctx):
    text = "Somali raiders attacked Kenyan police officers at dawn."
    police = next(a for a in ctx.actors if a.country == "Kenya" and a.role == "police" and not a.generic)
    doc = _with_actor(text, "Kenyan police", police.id, "attacked", "attacked")
    PlaceStage().run(doc, ctx)
    assert doc.events[0].country == "Kenya"


def test_a_lone_demonym_still_gives_the_country(ctx):
    doc = make_doc("Somali traders were robbed at dawn.", [("robbed", "robbed")])
    PlaceStage().run(doc, ctx)
    assert doc.events[0].country == "Somalia"


def test_an_unframed_word_naming_a_town_abroad_loses_a_tie_to_the_actors(ctx):
    # "Jubilee" is a party of Kenya and a hamlet of Canada; ODM is a party of Kenya
    text = "ODM supporters damaged the truck of the Jubilee candidate."
    doc = _with_actor(text, "ODM supporters", "odm", "damaged", "damaged")
    PlaceStage().run(doc, ctx)
    assert doc.events[0].country == "Kenya"


def test_a_framed_place_keeps_its_country_on_a_tie_with_the_actors(ctx):
    somali_army = next(a for a in ctx.actors if a.country == "Somalia" and a.role == "military" and not a.generic)
    text = "Somali gunmen stormed Kakuma camp at night."
    doc = _with_actor(text, "Somali", somali_army.id, "stormed", "stormed")
    PlaceStage().run(doc, ctx)
    assert (doc.events[0].country, doc.events[0].location) == ("Kenya", "Kakuma")


def test_the_jnim_or_islamic_state_pair_with_no_known_place_is_coded_in_burkina_faso(ctx):
    text = "JNIM and/or ISGS militants looted the village of Zzyqwa."
    doc = _with_actor(text, "JNIM and/or ISGS", "jnim-or-is-sahel", "looted", "looted")
    PlaceStage().run(doc, ctx)
    assert doc.events[0].country == "Burkina Faso"


def test_burkina_alone_names_the_country(gaz):
    text = "Artists of Burkina marched against the attack."
    assert CountryHints(gaz).votes(text, [(0, len(text))]) == {"BF": 3}


@pytest.mark.parametrize("text", ["Mungiki youths torched houses at night.",
                                  "Supporters of Odinga blocked the road.",
                                  "GSU officers dispersed the crowd."])
def test_kenyan_groups_and_politicians_point_to_kenya(text):
    assert country_of_words(text) == "Kenya"


def test_a_given_name_before_a_surname_opens_a_persons_name(gaz):
    text = "Riots followed the killing of Virginia Nyaiko and Justin Zongo in Nairobi."
    assert [m.text for m in find_places(text, [(0, len(text))], gaz, None)] == ["Nairobi"]
    assert CountryHints(gaz).votes(text, [(0, len(text))]) == {"KE": 4}  # not Virginia's state
    text = "Voters queued in Virginia on Tuesday."  # the name alone is still the place
    assert [m.text for m in find_places(text, [(0, len(text))], gaz, None)] == ["Virginia"]


def test_capitalised_words_of_notes_are_not_towns_abroad(gaz):
    text = "Hawker stage riot after police order them to leave Uhuru Park."
    # "Hawker" and "Uhuru" are no towns abroad; the park itself is a place of Nairobi (data/places/ke_areas.yaml)
    assert [m.text for m in find_places(text, [(0, len(text))], gaz, None)] == ["Uhuru Park"]
    assert {p.country for p in gaz.lookup("Uhuru Park", fuzzy=False)} == {"KE"}


def _place(ctx, text: str, trigger: str):
    doc = make_doc(text, [(trigger, trigger)])
    PlaceStage().run(doc, ctx)
    return doc.events[0]



def test_a_country_named_as_where_people_came_from_weighs_as_a_demonym(gaz):
    hints = CountryHints(gaz)
    text = "Raiders from South Sudan attacked herders."
    assert hints.votes(text, [(0, len(text))]) == {"SS": 1}
    text = "Raiders attacked herders in South Sudan."
    assert hints.votes(text, [(0, len(text))]) == {"SS": 5}


def test_with_no_country_known_a_village_is_not_read_as_a_look_alike_abroad(ctx):
    ev = _place(ctx, "A woman was killed in a shootout near Lomeli between herders.", "killed")
    assert ev.country is None and ev.latitude is None  # Lommel (Belgium) is a spelling away, not evidence


def test_a_village_of_our_areas_files_names_its_country_and_county(ctx):
    # Lomelo is a Turkana village (ke_areas.yaml): known as spelled, it is no look-alike of Lommel
    ev = _place(ctx, "A woman was killed in a shootout near Lomelo between herders.", "killed")
    assert (ev.country, ev.admin1) == ("Kenya", "Turkana")


def test_an_area_closing_a_list_counts_as_written_after_in(gaz):
    text = "Students rallied in Savar city (Dhaka) in solidarity with Palestine."
    votes = CountryHints(gaz).votes(text, [(0, len(text))])
    assert votes["BD"] > votes["PS"]  # the scene's capital, written as the area holding the town, over a topic


def test_a_town_both_a_place_and_an_actor_stand_for_beats_a_larger_namesake(ctx):
    text = "Residents protested in Maua after al Shabaab killed a trader."
    doc = _with_actor(text, "al Shabaab", "al-shabaab", "protested", "protested")
    PlaceStage().run(doc, ctx)
    assert (doc.events[0].country, doc.events[0].admin1) == ("Kenya", "Meru")  # not Mauá, Brazil


def test_burkinabe_kenyan_and_beninese_villages_are_placed_in_their_areas(ctx):
    # villages our *_areas.yaml files hold, named with nothing else to place them
    ev = _place(ctx, "Gunmen on motorbikes attacked the village of Taouremba at dawn.", "attacked")
    assert (ev.country, ev.admin1, ev.admin2) == ("Burkina Faso", "Sahel", "Soum")
    ev = _place(ctx, "Armed men attacked a police post in Dadaj-Bula on Sunday.", "attacked")
    assert (ev.country, ev.admin1) == ("Kenya", "Wajir")
    ev = _place(ctx, "Unknown gunmen attacked farmers near Koabagou.", "attacked")
    assert (ev.country, ev.admin1) == ("Benin", "Atacora")


def test_a_kenyan_report_naming_only_a_group_of_one_county_is_placed_at_its_seat(ctx):
    # admin_cues.yaml: the Sabaot militia fights on Mount Elgon (Bungoma); Pokomo and Orma farmers and herders
    # live along the Tana
    ev = _place(ctx, "Kenyan police killed two suspected SLDF fighters during a night raid.", "killed")
    assert (ev.country, ev.admin1) == ("Kenya", "Bungoma")
    ev = _place(ctx, "Kenyan police said Pokomo youths attacked a herders' camp, killing three.", "attacked")
    assert (ev.country, ev.admin1) == ("Kenya", "Tana River")


def test_an_unknown_village_of_a_known_district_is_placed_at_the_district(ctx):
    ev = _place(ctx, "Taliban fighters attacked a police post in Kharbuza of Arghistan district, Kandahar.", "attacked")
    assert (ev.location, ev.admin1, ev.admin2, ev.geo_precision) == ("Kharbuza", "Kandahar", "Arghistan", 2)
    # a body "of" a country is no village
    ev = _place(ctx, "Gunmen attacked a member of the Traders League of Burkina Faso at his home in Djibo.", "attacked")
    assert ev.location == "Djibo"


def test_bangladeshi_upazila_spellings_and_afghan_districts(ctx):
    ev = _place(ctx, "Traders staged a protest in Jaintiapur upazila of Sylhet over road tolls.", "protest")
    assert (ev.admin1, ev.admin2) == ("Sylhet", "Sylhet")
    ev = _place(ctx, "Two factions of the Awami League clashed in Mirsharai upazila.", "clashed")
    assert (ev.admin1, ev.admin2) == ("Chittagong", "Chittagong")
    ev = _place(ctx, "Taliban fighters attacked a police post in Khas Urozgan district.", "attacked")
    assert (ev.country, ev.admin1) == ("Afghanistan", "Uruzgan")


def test_a_town_the_gazetteer_lacks_is_placed_in_the_region_of_the_ethiopian_zone_named_after_it(ctx):
    # et_areas.yaml: the zones of Ethiopia's regions, in the spellings reports use
    ev = _place(ctx, "Farmers rallied against land seizures in Bokosa town, East Harerge.", "rallied")
    assert (ev.country, ev.admin1) == ("Ethiopia", "Oromia")
    ev = _place(ctx, "Soldiers dispersed a crowd of students in Gindo, Qellem Wallaga.", "dispersed")
    assert (ev.country, ev.admin1) == ("Ethiopia", "Oromia")
    ev = _place(ctx, "Traders shut their shops in Dabat, North Gonder, over new taxes.", "shut")
    assert (ev.country, ev.admin1) == ("Ethiopia", "Amhara")


def test_an_event_placed_only_in_the_capital_is_at_the_capital_of_the_reports_country(ctx):
    ev = _place(ctx, "Bangladeshi opposition activists set off crude bombs in the capital on Sunday.", "set off")
    assert (ev.country, ev.location, ev.admin1) == ("Bangladesh", "Dhaka", "Dhaka")
    # another country's capital, or a capital named after the words, is no such cue
    ev = _place(ctx, "Bangladeshi workers protested outside the embassy in the capital of Qatar.", "protested")
    assert ev.admin1 is None
    # a named place holding the event wins over the words
    ev = _place(ctx, "Bangladeshi opposition activists marched to the capital from Sylhet town.", "marched")
    assert ev.admin1 == "Sylhet"


def test_the_capital_is_no_foreign_capital_region():
    from warscribe.places.data import stoplist

    assert "capital" in stoplist()[1]


def test_south_sudanese_counties_congolese_villages_and_cairo_districts(ctx):
    # ss_areas.yaml, cd_areas.yaml, eg_areas.yaml: areas and places the default gazetteer lacks
    ev = _place(ctx, "SPLA-IO fighters attacked an army barracks in Mundri East county.", "attacked")
    assert (ev.country, ev.admin1) == ("South Sudan", "Western Equatoria")
    ev = _place(ctx, "Mai-Mai fighters attacked a FARDC position in Kiliba, killing a soldier.", "attacked")
    assert (ev.country, ev.admin1) == ("Democratic Republic of Congo", "Sud-Kivu")
    ev = _place(ctx, "Egyptian police dispersed a march of Brotherhood supporters in Ein Shams.", "dispersed")
    assert (ev.country, ev.admin1) == ("Egypt", "Cairo")
    ev = _place(ctx, "Gunmen shot dead an Egyptian police conscript in Sheikh Zuwayed.", "shot")
    assert (ev.country, ev.admin1) == ("Egypt", "North Sinai")


def test_a_body_whose_name_closes_with_sabha_or_sangha_names_no_place_but_its_state(ctx):
    ev = _place(ctx, "Members of the Rashtriya Kisan Mahasabha blocked a highway in Indian Punjab's Moga.", "blocked")
    assert ev.admin1 == "Punjab"
    ev = _place(ctx, "Indian workers of the Hind Mazdoor Sabha staged a sit-in.", "staged")
    assert (ev.country, ev.admin1) == ("India", None)
    ev = _place(ctx, "Indian activists of the Kerala Pradesh Karshaka Sangham held a rally.", "held")
    assert ev.admin1 == "Kerala"


def test_namesake_upazilas_nothing_else_tells_apart_go_to_the_one_nearer_the_capital(ctx):
    ev = _place(ctx, "BNP activists torched a bus in Mirpur during the hartal in Bangladesh.", "torched")
    assert (ev.location, ev.admin1) == ("Mirpur", "Dhaka")


def test_somali_towns_in_the_spellings_reports_use(ctx):
    ev = _place(ctx, "Somali troops clashed with militia fighters in Bardera town.", "clashed")
    assert (ev.country, ev.admin1) == ("Somalia", "Gedo")
    ev = _place(ctx, "Somali police raided a house in Xamar Jabjab district of Mogadishu.", "raided")
    assert (ev.country, ev.admin1) == ("Somalia", "Banaadir")
    ev = _place(ctx, "Al Shabaab fighters ambushed a Somali army convoy near Lafole.", "ambushed")
    assert (ev.country, ev.admin1) == ("Somalia", "Shabeellaha Hoose")


def test_a_capitals_name_after_a_compass_word_is_another_town(gaz):
    hints = CountryHints(gaz)
    text = "Municipal workers marched to East London city hall."
    assert "GB" not in hints.votes(text, [(0, len(text))])
    text = "Municipal workers marched in London."
    assert "GB" in hints.votes(text, [(0, len(text))])


def test_english_words_of_notes_name_no_small_town_abroad(ctx):
    ev = _place(ctx, "Members of the All Island Farmers Federation protested in Kandy.", "protested")
    assert (ev.country, ev.admin1) == ("Sri Lanka", "Central")
    ev = _place(ctx, "The Island Paddy Growers Union held a protest blocking the main road.", "protest")
    assert ev.country != "United States"
    ev = _place(ctx, "Contract workers protested at a Metro site in Kolkata.", "protested")
    assert (ev.country, ev.admin1) == ("India", "West Bengal")


def test_ekurhuleni_and_nelson_mandela_bay_are_places_of_south_africa(ctx):
    ev = _place(ctx, "Residents of Tembisa in Ekurhuleni barricaded roads over power cuts.", "barricaded")
    assert (ev.country, ev.admin1) == ("South Africa", "Gauteng")
    ev = _place(ctx, "Taxi drivers blocked roads in Nelson Mandela Bay.", "blocked")
    assert (ev.country, ev.admin1) == ("South Africa", "Eastern Cape")


def test_libyan_city_districts_and_oil_ports(ctx):
    ev = _place(ctx, "Libyan army jets struck militant positions in Ganfuda in western Benghazi.", "struck")
    assert (ev.country, ev.location) == ("Libya", "Ganfouda")
    ev = _place(ctx, "Rival Libyan militias exchanged fire in Abu Sleem overnight.", "exchanged fire")
    assert (ev.country, ev.admin1) == ("Libya", "Tripoli")
    ev = _place(ctx, "Guards repelled an attack on the Libyan oil terminal at Es Sidra.", "attack")
    assert (ev.country, ev.admin1) == ("Libya", "Surt")


def test_an_admin1_name_a_larger_city_abroad_bears_does_not_decide_alone(gaz):
    # "Beni" is a department of Bolivia (El Beni) and a city of Congo: it weighs as a district's name
    hints = CountryHints(gaz)
    text = "Rebels ambushed a convoy in Beni."
    assert hints.votes(text, [(0, len(text))]) == {"BO": 1}
    text = "Rebels ambushed a convoy in Ituri."
    assert hints.votes(text, [(0, len(text))]) == {"CD": 4}


def test_the_actors_place_a_city_bearing_an_admin1_name_abroad(ctx):
    army = next(a for a in ctx.actors if a.country == "Democratic Republic of Congo" and a.role == "military"
                and not a.generic)
    text = "Congolese soldiers repelled a rebel raid on Beni overnight."
    doc = _with_actor(text, "Congolese soldiers", army.id, "repelled", "repelled")
    PlaceStage().run(doc, ctx)
    assert (doc.events[0].country, doc.events[0].location) == ("Democratic Republic of Congo", "Beni")


def test_an_admin1_name_still_names_its_country_against_a_city_abroad(ctx):
    # Bari is a region of Somalia and a city of Italy: the region's own vote tips the tie
    doc = make_doc("Gunmen raided a village in Bari on Monday, killing two herders.", [("Gunmen raided", "raided")])
    PlaceStage().run(doc, ctx)
    assert doc.events[0].country == "Somalia"


def test_every_country_code_in_countries_yaml_is_a_string() -> None:
    # YAML 1.1 reads a bare NO (Norway) as false; a code that is not a string never matches a country.
    from warscribe.places import data

    names, adjectives = data.country_names()
    codes = [*names, *adjectives, *data.area_words().values(), *data.acled_country_names()]
    assert all(isinstance(code, str) and len(code) == 2 for code in codes)
    assert data.adjective_country()["norwegian"] == "NO"


def test_a_demonym_before_a_victim_noun_is_no_evidence_of_the_scene(gaz):
    hints = CountryHints(gaz)
    text = "Shelling wounded two Turkish nurses and a Lebanese driver."
    assert hints.votes(text, [(0, len(text))]) == {"LB": 1}  # the nurses' origin is not counted; the driver's is
    text = "A Canadian aid worker and three Iraqi refugees were hurt when a bomb went off."
    assert hints.votes(text, [(0, len(text))]) == {}


def test_a_described_force_that_names_its_own_country_outweighs_the_other_demonym(ctx):
    iraq_army = next(a for a in ctx.actors if a.country == "Iraq" and a.role == "military" and not a.generic)
    text = "Jordanian or Iraqi warplanes bombed a clinic overnight."
    doc = make_doc(text, [("bombed", "bombed")])
    surface = "Jordanian or Iraqi warplanes"
    doc.mentions.append(Mention("actor", 0, len(surface), surface, label=iraq_army.id, data={"form": "description"}))
    PlaceStage().run(doc, ctx)
    assert doc.events[0].country == "Iraq"


def test_a_victims_demonym_gives_the_country_only_when_nothing_else_does(ctx):
    doc = make_doc("A Malawian nurse was shot at dawn.", [("shot", "shot")])
    PlaceStage().run(doc, ctx)
    assert doc.events[0].country == "Malawi"
    doc = make_doc("Two Zambian journalists were beaten by Malawian police.", [("beaten", "beaten")])
    PlaceStage().run(doc, ctx)
    assert doc.events[0].country == "Malawi"
