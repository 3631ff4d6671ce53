"""Insecurity Insight register on Syria, round 9: text once misread as Windows-1252 ("Daraâ€™a") is repaired when the II
export is read; the Rukban camp lies in Syria; the rebel force of al-Tanf and the short name of Ahrar al-Sharqiya are
actors; a job title and the Red Cross name no town; the II evaluation reads the SDF as including its Asayish.
Our own sentences."""

from __future__ import annotations

import json

import pytest

import warscribe
from warscribe.cleaning.mojibake import repair_mojibake
from warscribe.evaluate.insecurity import actor_key, load_mapping, read_rows
from warscribe.model import Event


def first(text: str, published: str = "2022-03-20") -> Event:
    events = warscribe.extract(text, published=published)
    assert events, text
    return events[0]


@pytest.mark.parametrize(("text", "repaired"), [
    ("Daraâ€™a city", "Dara’a city"),
    ("DerÃ¢â‚¬â„¢ Al Furat", "Der’ Al Furat"),  # read wrongly twice
    ("rÃ©fugiÃ©s de Goma", "réfugiés de Goma"),
    # right text stays as it is
    ("Dara’a, déjà vu, São Tomé — “quoted”", "Dara’a, déjà vu, São Tomé — “quoted”"),
])
def test_repair_mojibake(text: str, repaired: str) -> None:
    assert repair_mojibake(text) == repaired


def test_the_ii_reader_repairs_a_misread_description_and_the_pipeline_codes_it(tmp_path) -> None:
    path = tmp_path / "ii.jsonl"
    text = "March 2022: A volunteer's car was hit by mortar shells fired by Derâ€™ Al Furat forces near Jarablus."
    path.write_text(json.dumps({"id": "x1", "description": text, "date": "2022-03-20", "country": "Syria"}) + "\n",
                    encoding="utf-8")
    rows, _ = read_rows(path)
    assert "Der’ Al Furat" in rows[0].text
    ev = first(rows[0].text)
    assert ev.actor1 == "SNA: Syrian National Army"
    assert ev.country == "Syria"


def test_the_pipeline_never_rewrites_a_misread_text() -> None:
    # evidence offsets index the document as given, so the pipeline leaves mojibake as it is
    text = "March 2022: Gunmen of Derâ€™ Al Furat shot dead a nurse in Jarablus."
    for ev in warscribe.extract(text, published="2022-03-20"):
        assert all(text[e.start:e.end] == e.text for e in ev.evidence)


@pytest.mark.parametrize(("text", "actor1"), [
    ("March 2022: In the Rukban camp, four men were detained by Maghawir al-Thawra after a dispute over bread.",
     "Maghawir al Thawra"),
    ("March 2022: Gunmen of the al-Sharqiya faction kidnapped a trader from his shop in Ras al-Ain.",
     "Ahrar al Sharqiya"),
])
def test_syrian_factions(text: str, actor1: str) -> None:
    ev = first(text)
    assert ev.actor1 == actor1
    assert ev.country == "Syria"


def test_rukban_camp_is_in_syria() -> None:
    ev = first("March 2022: A nurse was shot and wounded by unknown gunmen in Al-Rukban camp.")
    assert (ev.country, ev.admin1) == ("Syria", "Rural Damascus")


@pytest.mark.parametrize("text", [
    "May 2020: A project Officer of a local charity was detained at a checkpoint.",
    "May 2020: A Red Cross nurse was wounded when gunmen opened fire on a clinic.",
])
def test_job_title_and_red_cross_name_no_town(text: str) -> None:
    assert all(ev.country in (None, "") for ev in warscribe.extract(text, published="2020-05-10"))


def test_sdf_perpetrator_includes_its_asayish() -> None:
    names, known = load_mapping().perpetrator("Syrian Democratic Forces", None, "Syria")
    assert known and actor_key("Asayish") in names


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Rif Dimashq", "Rural Damascus", True),  # one governorate in two languages
    ("Al-Qunaitra", "Quneitra", True),
    ("Damascus", "Rural Damascus", False),
    ("Hama", "Homs", False),
])
def test_admin1_names_in_two_languages_agree(a: str, b: str, same: bool) -> None:
    from warscribe.evaluate.acled import same_admin

    assert same_admin(a, b) is same


@pytest.mark.parametrize(("text", "published", "country"), [
    # a state's force at war abroad that day: a report of its strikes naming no place is about that war
    ("A bakery was destroyed by Russian warplanes.", "2017-06-10", "Syria"),
    ("A bakery was destroyed by Russian warplanes.", "2023-06-10", "Ukraine"),
    ("A water station was hit by Turkish drone strikes.", "2021-06-10", "Syria"),
    ("Two farmers were detained by Israeli forces near their olive grove.", "2024-06-10", "Palestine"),
    # a place named still decides
    ("A bakery in Kharkiv was shelled by Russian forces.", "2019-06-10", "Ukraine"),
])
def test_force_at_war_abroad_names_the_war_country(text: str, published: str, country: str) -> None:
    assert first(text, published).country == country


def test_wars_abroad_hold_on_their_days() -> None:
    from warscribe.knowledge.actors import ActorBase

    russia = ActorBase.load().get("russia-military")
    assert russia.abroad_on("2014-01-01") == ()
    assert russia.abroad_on("2018-01-01") == ("Syria",)
    assert russia.abroad_on("2025-03-01") == ("Ukraine",)
    assert russia.abroad_on(None) == ()


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    # a generic noun right before a group's name is that group, not another side
    ("Fighters of the armed group M23 burned houses in a village near Rutshuru, North Kivu.",
     "M23: March 23 Movement", "Civilians (Democratic Republic of Congo)"),
    ("In Afrin, Aleppo governorate, clashes between the armed group Hayat Tahrir al-Sham and the Syrian National "
     "Army forced dozens of families from a camp.", "HTS: Hayat Tahrir al Sham", "SNA: Syrian National Army"),
])
def test_generic_noun_before_a_name_is_that_group(text: str, actor1: str, actor2: str) -> None:
    ev = first(text)
    assert (ev.actor1, ev.actor2) == (actor1, actor2)


def test_earlier_year_in_a_passive_aside_is_the_things_past() -> None:
    # the year tells when the clinic had been hit before, not when it was bombed now
    ev = first("March 2021: Russian jets bombed a field clinic in a cave near Kafr Nabl, which had previously been "
               "damaged by a bunker buster bomb in February 2018.", "2021-03-15")
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.actor1 == "Military Forces of Russia (2000-)"


@pytest.mark.parametrize("text", [
    "In 2016, government forces retook the town, which had been held by rebels.",
    "Police arrested a man, who had killed two traders in 2019.",  # his act, which the report may tell
])
def test_earlier_year_outside_a_passive_aside_is_still_background(text: str) -> None:
    assert warscribe.extract(text, published="2021-03-15") == []
