"""Complete district lists: Nigeria's local government areas (data/places/ng_areas.yaml), and the districts of
India and Pakistan that the packages' towns lack (in_areas.yaml, pk_areas.yaml). Named in a report ("in X Local
Government Area", "X LGA", "in X district") the event is placed in the area's state or province, on hand-written
sentences."""

from __future__ import annotations

import pytest

from places_support import default_gazetteer, make_doc
from warscribe.config import Config, Context
from warscribe.places.importers import country_areas
from warscribe.stages.places import PlaceStage

STATES = {"Abia", "Adamawa", "Akwa Ibom", "Anambra", "Bauchi", "Bayelsa", "Benue", "Borno", "Cross River", "Delta",
          "Ebonyi", "Edo", "Ekiti", "Enugu", "Federal Capital Territory", "Gombe", "Imo", "Jigawa", "Kaduna", "Kano",
          "Katsina", "Kebbi", "Kogi", "Kwara", "Lagos", "Nasarawa", "Niger", "Ogun", "Ondo", "Osun", "Oyo", "Plateau",
          "Rivers", "Sokoto", "Taraba", "Yobe", "Zamfara"}


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    gaz = default_gazetteer(tmp_path_factory)
    return Context(Config(gazetteer_path=gaz.path))


def run(ctx, text, events, published="2016-03-01"):
    doc = make_doc(text, events, published, ())
    PlaceStage().run(doc, ctx)
    return doc


def test_every_listed_area_lies_in_nigeria_under_one_of_its_states():
    areas = [a for a in country_areas() if a.country == "NG"]
    assert len(areas) > 500
    assert all(a.admin1 in STATES and 4.2 < a.lat < 13.9 and 2.6 < a.lon < 14.7 for a in areas)
    names = {a.name for a in areas}
    assert {"Isoko South", "Kolokuma/Opokuma", "Ehime Mbano", "Logo", "Satellite Town"} <= names


@pytest.mark.parametrize(("text", "trigger", "admin1"), [
    ("Gunmen abducted a village head in Isoko South Local Government Area on Saturday.", "abducted", "Delta"),
    ("Herders and farmers fought in Logo LGA overnight, leaving nine dead.", "fought", "Benue"),
    ("Pensioners marched through Ehime Mbano local government area to demand their arrears.", "marched", "Imo"),
    ("Soldiers raided a militant camp in Kolokuma-Opokuma on Thursday.", "raided", "Bayelsa"),
    ("Market women protested at Satellite Town over a new levy.", "protested", "Lagos"),
])
def test_a_local_government_area_is_placed_in_its_state(ctx, text, trigger, admin1):
    ev = run(ctx, text, [(trigger, trigger)]).events[0]
    assert (ev.country, ev.admin1) == ("Nigeria", admin1)


@pytest.mark.parametrize(("text", "trigger", "country", "admin1"), [
    ("Police said militants torched a forest office in East Garo Hills on Sunday.", "torched", "India", "Meghalaya"),
    ("Villagers blocked the highway in Kandhamal district after a leopard attack.", "blocked", "India", "Odisha"),
    ("Traders shut their shops in Sujawal to protest the arrest of a local leader.", "shut", "Pakistan", "Sindh"),
    ("Gunmen shot dead a levies official in Killa Saifullah district overnight.", "shot dead", "Pakistan",
     "Balochistan"),
])
def test_a_district_the_packages_lack_is_placed_in_its_state(ctx, text, trigger, country, admin1):
    ev = run(ctx, text, [(trigger, trigger)]).events[0]
    assert (ev.country, ev.admin1) == (country, admin1)
