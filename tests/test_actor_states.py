"""State forces of every country by period, unit names, renamings, crowds of party members."""

from __future__ import annotations

from pathlib import Path

import pytest

from warscribe.config import Config
from warscribe.knowledge.actors import ActorBase, ActorBaseError
from warscribe.model import Document
from warscribe.pipeline import Pipeline


@pytest.fixture(scope="module")
def base() -> ActorBase:
    return ActorBase.load()


@pytest.mark.parametrize(("country", "role", "day", "name"), [
    ("Kenya", "police", "2010-05-01", "Police Forces of Kenya (2002-2013)"),
    ("Kenya", "police", "2016-05-01", "Police Forces of Kenya (2013-2022)"),
    ("Kenya", "police", "2013-06-01", "Police Forces of Kenya (2002-2013)"),  # ACLED's 2013 name from December
    ("Puntland", "military", "2016-03-01", "Military Forces of Puntland (1998-)"),
    ("Kenya", "police", "2024-05-01", "Police Forces of Kenya (2022-)"),
    ("Kenya", "military", "2024-05-01", "Military Forces of Kenya (2022-)"),
    ("Bangladesh", "police", "2023-01-10", "Police Forces of Bangladesh (2009-2024)"),
    ("Benin", "government", "2020-01-01", "Government of Benin (2016-)"),
    ("Burkina Faso", "military", "2023-01-01", "Military Forces of Burkina Faso (2022-)"),
    ("Mali", "military", "2022-01-01", "Military Forces of Mali (2021-)"),
    ("Afghanistan", "military", "2020-01-01", "Military Forces of Afghanistan (2014-2021)"),
    ("Liberia", "police", "2010-01-01", "Police Forces of Liberia (2005-2018)"),
    ("Laos", "police", "2016-01-01", "Police Forces of Laos"),
])
def test_state_force_named_for_the_period(base: ActorBase, country: str, role: str, day: str, name: str) -> None:
    assert base.name_on(base.state(country, role).id, day) == name


def test_every_country_has_its_forces(base: ActorBase) -> None:
    for country in ("Peru", "Chad", "Nepal", "Ivory Coast", "Democratic Republic of Congo"):
        assert base.state(country, "police").name.startswith("Police Forces of ")
        assert base.state(country, "military").name.startswith("Military Forces of ")
    assert base.state("DR Congo").id == base.state("Democratic Republic of Congo").id
    assert base.state("Atlantis", "police").name == "Police Forces of Atlantis"  # not listed: no period


def test_units_follow_their_parent_period(base: ActorBase) -> None:
    gendarmerie = base.get("burkina-faso-police-gendarmerie")
    assert base.name_on(gendarmerie.id, "2018-06-01") == "Police Forces of Burkina Faso (2015-2022) Gendarmerie"
    assert base.name_on(gendarmerie.id, "2014-06-01") == "Police Forces of Burkina Faso (1987-2014) Gendarmerie"
    assert base.state("Burkina Faso", "police").unit is None  # a unit is never the country's police itself


def test_same_name_across_renamings(base: ActorBase) -> None:
    assert base.same_name("Military Forces of Kenya (2013-)", "Military Forces of Kenya (2013-2022)")
    assert not base.same_name("Military Forces of Kenya (2002-)", "Military Forces of Kenya (2013-2022)")
    assert base.same_name("Police Forces of India", "Police Forces of India (2014-)")  # older exports: no period
    assert base.same_name("JNIM: Group for Support of Islam and Muslims", "JNIM: Jamaah Nusrat al Islam wal Muslimin")
    assert not base.same_name("Ansaroul Islam", "JNIM: Jamaah Nusrat al Islam wal Muslimin")


def test_an_older_exports_period_label_is_the_same_force(base: ActorBase) -> None:
    # Ethiopia's 1995 period was written "(1991-)" in older exports: the same force in the same period.
    assert base.same_name("Military Forces of Ethiopia (1991-)", "Military Forces of Ethiopia (1995-2018)")
    assert not base.same_name("Military Forces of Ethiopia (1991-)", "Military Forces of Ethiopia (2018-)")
    assert not base.same_name("Military Forces of Kenya (1991-)", "Military Forces of Kenya (2013-2022)")


def test_libya_before_the_gna_and_haftars_army_in_older_exports(base: ActorBase) -> None:
    assert base.name_on(base.state("Libya").id, "2015-06-01") == "Military Forces of Libya (2014-)"
    assert base.name_on(base.state("Libya").id, "2017-06-01").endswith("Government of National Accord")
    assert base.name_on("lna", "2016-05-01") == "Military Forces of Libya (2014-)"
    assert base.name_on("lna", "2020-05-01") == "LNA: Libyan National Army"


def test_older_years_must_be_years(tmp_path: Path) -> None:
    path = tmp_path / "states.yaml"
    path.write_text("states:\n  - country: Ruritania\n    periods: [{start: 2001-03-01, older_years: [soon]}]\n",
                    encoding="utf-8")
    with pytest.raises(ActorBaseError, match="older_years"):
        ActorBase.load([path])
    path.write_text("states:\n  - country: Ruritania\n    periods: [{start: 2001-03-01, older_years: [1999]}]\n",
                    encoding="utf-8")
    ruritania = ActorBase.load([path])
    assert ruritania.same_name("Police Forces of Ruritania (1999-)", "Police Forces of Ruritania (2001-)")


def test_bad_periods_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "states.yaml"
    path.write_text("states:\n  - country: Ruritania\n    periods: [2010-01-01, 2001-01-01]\n", encoding="utf-8")
    with pytest.raises(ActorBaseError, match="date order"):
        ActorBase.load([path])


def test_user_states_entry_builds_forces(tmp_path: Path) -> None:
    path = tmp_path / "states.yaml"
    body = "states:\n  - country: Ruritania\n    demonyms: [Ruritanian]\n    periods: [2001-03-01, 2019-07-01]\n"
    path.write_text(body, encoding="utf-8")
    base = ActorBase.load([path])
    assert base.name_on(base.state("Ruritania", "police").id, "2010-01-01") == "Police Forces of Ruritania (2001-2019)"


def _events(text: str, published: str) -> list:
    doc = Document.from_input({"id": "t", "text": text, "published": published})
    Pipeline(Config(detect_near_duplicates=False)).run(doc)
    return doc.events


def _names(ev) -> set[str]:
    return {ev.actor1, ev.actor2, *ev.assoc_actor_1, *ev.assoc_actor_2} - {None}


def test_police_of_the_event_country_and_period() -> None:
    events = _events("On 3 March 2016, police officers shot dead a suspected robber in Nakuru, Kenya.", "2016-03-04")
    assert events
    assert "Police Forces of Kenya (2013-2022)" in set().union(*(_names(ev) for ev in events))


def test_party_members_are_a_crowd_with_their_party() -> None:
    events = _events("On 12 June 2023, BNP activists clashed with Awami League activists in Bogra town, Bangladesh, "
                     "leaving ten people injured.", "2023-06-13")
    assert events
    names = set().union(*(_names(ev) for ev in events))
    assert "BNP: Bangladesh Nationalist Party" in names
    assert "Rioters (Bangladesh)" in names
    assert all(ev.actor1 != "BNP: Bangladesh Nationalist Party" for ev in events)


def test_groups_in_a_protest_are_named_beside_the_crowd() -> None:
    events = _events("On 9 May 2023, students and teachers of a college staged a protest in Rangpur, Bangladesh, "
                     "demanding a new road.", "2023-05-10")
    protests = [ev for ev in events if ev.event_type == "Protests"]
    assert protests
    ev = protests[0]
    assert ev.actor1 == "Protesters (Bangladesh)"
    assert {"Students (Bangladesh)", "Teachers (Bangladesh)"} <= set(ev.assoc_actor_1)
    assert "Civilians (Bangladesh)" not in ev.assoc_actor_1


def test_without_a_place_generic_actors_take_the_home_of_a_local_group() -> None:
    events = _events("Koglweogo militia attacked a village, killing three civilians on Monday.", "2019-03-02")
    assert events
    names = set().union(*(_names(ev) for ev in events))
    assert {"Koglweogo Militia", "Civilians (Burkina Faso)"} <= names
    assert all(ev.country in (None, "Burkina Faso") for ev in events)  # the event's country stays the places'
    unknown = _events("Jihadists attacked a village, killing three civilians on Monday.", "2019-03-02")
    assert all("(" not in (ev.actor2 or "") for ev in unknown)  # no country known: none made up


def test_a_named_force_keeps_its_country_abroad_and_a_common_name_does_not() -> None:
    abroad = _events("On 3 May 2021, Kenya Defence Forces soldiers killed five militants in Kismayo, Somalia.",
                     "2021-05-04")
    assert "Military Forces of Kenya (2013-2022)" in set().union(*(_names(ev) for ev in abroad))
    guard = _events("On 3 May 2021, the National Guard killed two gunmen in Kasserine, Tunisia.", "2021-05-04")
    names = set().union(*(_names(ev) for ev in guard))
    assert any(n.startswith("Military Forces of Tunisia") for n in names)
    assert not any("Mexico" in n for n in names)


def test_older_export_names_compare_as_the_same_actor(base: ActorBase) -> None:
    assert base.same_name("Vigilante Militia (Nigeria)", "Vigilante Group (Nigeria)")  # a generic's older name
    assert not base.same_name("Vigilante Militia (Nigeria)", "Vigilante Group (Kenya)")
    assert base.same_name("AMISOM: African Union Mission in Somalia (2007-) (Uganda)",
                          "ATMIS: African Union Transition Mission in Somalia")
    assert base.same_name("Islamic State (Cyrenaica Province)", "Islamic State (Libya)")
    assert not base.same_name("Islamic State (Cyrenaica Province)", "Islamic State (Somalia)")
    assert base.name_on("toposa-ethnic-militia-south-sudan", "2008-03-01") == "Toposa Ethnic Militia (Sudan)"
    assert base.name_on("toposa-ethnic-militia-south-sudan", "2018-03-01") == "Toposa Ethnic Militia (South Sudan)"


def test_generic_older_names_need_the_country_slot(tmp_path: Path) -> None:
    path = tmp_path / "generic.yaml"
    path.write_text('generics:\n  - {kind: bandits, name: "Bandits ({country})", inter: 3, actor_kind: militia,\n'
                    '     acled_names: ["Bandit Gang"]}\n', encoding="utf-8")
    with pytest.raises(ActorBaseError, match="acled_names needs"):
        ActorBase.load([path])


def test_thai_insurgents_and_baloch_separatists() -> None:
    thai = _events("On 4 June 2015, suspected insurgents shot dead two rangers in Rueso district, Narathiwat, "
                   "Thailand.", "2015-06-05")
    assert "Southern Muslim Separatists (Thailand)" in set().union(*(_names(ev) for ev in thai))
    baloch = _events("On 2 May 2015, Baloch separatists attacked a police post in Turbat, Balochistan, Pakistan, "
                     "killing two policemen.", "2015-05-03")
    assert "Baloch Separatists (Pakistan)" in set().union(*(_names(ev) for ev in baloch))


def test_a_crowd_event_told_in_several_sentences_is_one_event() -> None:
    events = _events("On 14 March 2018, traders marched in Eldoret, Kenya, against new market fees. They blocked the "
                     "main road with burning tyres. Police fired tear gas to disperse them.", "2018-03-15")
    crowd = [ev for ev in events if ev.event_type in ("Protests", "Riots")]
    assert len(crowd) == 1
    assert (crowd[0].event_type, crowd[0].sub_event_type) == ("Riots", "Violent demonstration")
    assert crowd[0].actor1 == "Rioters (Kenya)"
    assert crowd[0].actor2 == "Police Forces of Kenya (2013-2022)"


def test_crowd_events_at_different_places_stay_apart() -> None:
    events = _events("On 14 March 2018, traders marched in Eldoret, Kenya, against new market fees. On the same day "
                     "police fired tear gas at students protesting in Kisumu, Kenya.", "2018-03-15")
    assert len([ev for ev in events if ev.event_type in ("Protests", "Riots")]) == 2


def test_a_mob_or_looters_with_no_target_named_act_on_civilians() -> None:
    mob = _events("On 2 April 2019, a mob lynched a suspected thief in Kakamega, Kenya.", "2019-04-03")
    assert any(ev.sub_event_type == "Mob violence" and ev.actor2 == "Civilians (Kenya)" for ev in mob)
    arson = _events("On 3 February 2019, suspected militants burned a school in Djibo, Burkina Faso.", "2019-02-04")
    assert any(ev.actor2 == "Civilians (Burkina Faso)" for ev in arson)


def test_prison_guards_are_a_police_unit_where_acled_names_one() -> None:
    kenya = _events("On 9 October 2018, prison guards beat dozens of residents in Nyeri, Kenya.", "2018-10-10")
    assert "Police Forces of Kenya (2013-2022) Prison Guards" in set().union(*(_names(ev) for ev in kenya))
    nigeria = _events("On 9 October 2018, prison guards beat dozens of residents in Kaduna, Nigeria.", "2018-10-10")
    names = set().union(*(_names(ev) for ev in nigeria))
    assert any(n.startswith("Police Forces of Nigeria") for n in names) and not any("Kenya" in n for n in names)


def test_a_bare_noun_before_an_event_verb_is_its_subject() -> None:
    # "stole" and "kill" end in neither -ed nor -s: the noun before them is still their subject, not a modifier.
    stole = _events("On 1 March 2019, bandits stole 300 cattle in Gusau, Zamfara, Nigeria.", "2019-03-02")
    assert any(ev.actor1 == "Unidentified Armed Group (Nigeria)" for ev in stole)
    rustlers = _events("On 1 March 2015, suspected cattle rustlers shot dead two herders in Baragoi, Kenya.",
                       "2015-03-02")
    assert any(ev.actor1 == "Unidentified Ethnic Militia (Kenya)" for ev in rustlers)
