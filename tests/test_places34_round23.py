"""Round 23 fixes by places34, city quarters and market towns: the wards and estates of Nairobi, Mombasa, Kisumu,
Nakuru and Eldoret, the commuter towns around Nairobi and the county market towns that GeoNames' list lacks
(data/places/ke_areas.yaml); the metropolitan thanas of Bangladesh's cities, Dhaka's quarters that share a name with
an upazila elsewhere, and Kotwali, the name of every district town's central thana (bd_areas.yaml, bd_places.yaml,
stoplist.yaml); Afghanistan's districts the list lacked and their other spellings (af_areas.yaml)."""

from __future__ import annotations

import pytest

from coding_support import events
from warscribe.places.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def built() -> Gazetteer:
    """The gazetteer the pipeline reads (the prebuilt cache), not a second build."""
    return Gazetteer.open()


@pytest.mark.parametrize("name, admin1", [
    ("Kileleshwa", "Nairobi"),
    ("Kwa Njenga", "Nairobi"),
    ("Shanzu", "Mombasa"),
    ("Mtopanga", "Mombasa"),
    ("Nyamasaria", "Kisumu"),
    ("Langas", "Uasin Gishu"),
    ("Kahawa Wendani", "Kiambu"),
    ("Syokimau", "Machakos"),
    ("Dol Dol", "Laikipia"),
    ("Sirare", "Migori"),
])
def test_kenyan_wards_and_towns_lookup(built, name, admin1):
    found = [p for p in built.lookup(name, "KE") if p.country == "KE" and p.match == "exact"]
    assert found and found[0].admin1 == admin1


@pytest.mark.parametrize("text, admin1", [
    ("Young men rioted outside a politician's house in Kileleshwa on Tuesday before police fired tear gas.",
     "Nairobi"),
    ("Residents of Gachie marched on Monday to protest a wave of burglaries.", "Kiambu"),
    ("Traders in Kahawa Sukari blocked the road on Friday over the demolition of their stalls.", "Kiambu"),
    ("Police shot dead two robbery suspects at Mlango Kubwa on Sunday night.", "Nairobi"),
    ("Unknown gunmen shot and wounded a herder near Griftu on Wednesday.", "Wajir"),
    ("Bandits stole 40 goats and wounded a boy at Kargi on Saturday.", "Marsabit"),
])
def test_a_report_naming_a_kenyan_ward_alone_is_placed_in_its_county(pipeline, text, admin1):
    assert [(e.country, e.admin1) for e in events(pipeline, text, published="2019-06-12")] == [("Kenya", admin1)]


def _bd(pipeline, text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.admin1, e.admin2, e.location) for e in events(pipeline, text, published="2023-11-20")]


def test_a_dhaka_quarter_named_alone_is_the_capitals_not_the_upazila_namesake(pipeline):
    text = "On 18 November 2023, BNP activists held a rally in the Bijoynagar area, blocking traffic for an hour."
    assert _bd(pipeline, text) == [("Dhaka", "Dhaka", "Bijoynagar")]
    text = "On 18 November 2023, rioters set fire to two buses near the Gabtali bus terminal overnight."
    assert _bd(pipeline, text) == [("Dhaka", "Dhaka", "Gabtali")]
    # written as an upazila, the name is still the upazila
    text = "On 18 November 2023, rival supporters clashed at a polling centre in Gabtali upazila, injuring 7 people."
    assert _bd(pipeline, text) == [("Rajshahi", "Bogra", "Gabtali")]


def test_a_chittagong_thana_named_alone_is_placed_in_chittagong(pipeline):
    text = "On 18 November 2023, residents formed a human chain in Pahartali to protest the cutting of hills."
    assert _bd(pipeline, text) == [("Chittagong", "Chittagong", "Pahartali")]


def test_the_kotwali_police_station_of_a_town_is_that_towns(pipeline):
    # every district town has a Kotwali thana; GeoNames holds the name as Rangpur's
    text = "On 18 November 2023, a mob attacked the Kotwali police station in Faridpur town and set it on fire."
    assert [(e.admin1, e.location) for e in events(pipeline, text, published="2023-11-20")] == [("Dhaka", "Faridpur")]


@pytest.mark.parametrize("name, admin1", [
    ("Sar Rawza", "Paktika"),
    ("Wazi Zadran", "Paktiya"),
    ("Chisht-i-Sharif", "Herat"),
    ("Sozma Qala", "Sar-e Pul"),
    ("Khost wa Fereng", "Baghlan"),
])
def test_afghan_districts_lookup(built, name, admin1):
    found = [p for p in built.lookup(name, "AF") if p.country == "AF" and p.match == "exact"]
    assert found and found[0].admin1 == admin1


def test_a_report_naming_an_afghan_district_alone_is_placed_in_its_province(pipeline):
    text = ("On 3 May 2020, Taliban militants attacked a police checkpoint in Gerda Serai district, killing two "
            "policemen.")
    assert [(e.country, e.admin1) for e in events(pipeline, text, published="2020-05-04")] == [
        ("Afghanistan", "Paktiya")]
