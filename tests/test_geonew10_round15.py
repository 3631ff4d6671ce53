"""Round 15 (geonew10): places of ACLED new-schema notes: a protest's grievance place and a town's name worn by a
hotel or a coach company are no scene when the sentence frames another place; on hand-written sentences."""

from __future__ import annotations

import pytest

from places_support import default_gazetteer, make_doc
from warscribe.config import Config, Context
from warscribe.stages.places import PlaceStage


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    gaz = default_gazetteer(tmp_path_factory)
    return Context(Config(gazetteer_path=gaz.path))


def run(ctx, text, events, published="2019-06-01"):
    doc = make_doc(text, events, published)
    PlaceStage().run(doc, ctx)
    return doc


def test_a_place_after_what_protesters_demand_is_not_the_scene(ctx):
    # the Ugandan leader and Kampala would pull the report abroad: the rally was in Nairobi
    text = ("Hundreds of protesters gathered in Nairobi's Central Park, demanding the release of a Ugandan "
            "opposition leader held in Kampala.")
    ev = run(ctx, text, [("protesters gathered", "gathered")]).events[0]
    assert (ev.location, ev.admin1) == ("Nairobi", "Nairobi")


def test_a_grievance_place_stays_the_scene_when_no_framed_place_comes_before(ctx):
    # "the Moyale Students Union" frames no place: the only place is the one after the grievance word
    text = "Members of a students union held a protest against police brutality in Garissa town."
    ev = run(ctx, text, [("held a protest", "protest")]).events[0]
    assert ev.location == "Garissa"


def test_a_town_that_names_a_hotel_is_not_where_the_hotel_stands(ctx):
    text = "A grenade was thrown at a police vehicle passing by the Nairobi Hotel in Mandera on Tuesday night."
    ev = run(ctx, text, [("grenade was thrown", "thrown")]).events[0]
    assert (ev.location, ev.admin1) == ("Mandera", "Mandera")


def test_a_small_town_that_names_a_hotel_is_no_scene(ctx):
    text = "Supporters of a losing candidate stormed the Simba Hotel in Migori, where election officials were meeting."
    ev = run(ctx, text, [("Supporters of a losing candidate stormed", "stormed")]).events[0]
    assert (ev.location, ev.admin1) == ("Migori", "Migori")


def test_the_town_a_mayor_holds_office_in_is_not_the_scene(ctx):
    text = ("Gunmen abducted the driver of the mayor of Lanfiera on the road between Tougan and Koudougou on "
            "Monday.")
    ev = run(ctx, text, [("Gunmen abducted", "abducted")]).events[0]
    assert ev.location == "Tougan"


def test_a_village_chief_named_for_his_village_is_not_the_scene(ctx):
    text = "Militants abducted the Nassoumbou village chief between Djibo and Bourzanga on Friday."
    ev = run(ctx, text, [("Militants abducted", "abducted")]).events[0]
    assert ev.location == "Djibo"


def test_an_office_holders_town_coded_with_its_areas_stays_the_scene(ctx):
    text = "Gunmen tried to kidnap the mayor of Karimama (Karimama, Alibori) on Sunday night."
    ev = run(ctx, text, [("Gunmen tried to kidnap", "kidnap")]).events[0]
    assert (ev.location, ev.admin1) == ("Karimama", "Alibori")
