"""Incident reports and Syrian war articles: weapons and vehicles naming a state's military, the source of a weapon
as its user, attempts told in the past, shots fired at a target, break-ins, and tolls of several days that are no
one event. Our own sentences."""

from __future__ import annotations

import pytest

import warscribe
from warscribe.knowledge.counts import CountReader
from warscribe.knowledge.lexicon import Lexicon
from warscribe.model import Event


def coded(text: str) -> list[Event]:
    return warscribe.extract(text, published="2023-06-12")


@pytest.mark.parametrize(("text", "actor"), [
    ("A fishing boat was damaged when Israeli gunboats opened fire near the port.", "Military Forces of Israel"),
    ("A maternity ward was shelled by the Russian occupiers.", "Military Forces of Russia"),
    ("Three houses were demolished by Israeli bulldozers in the camp.", "Military Forces of Israel"),
    ("An Israeli infantry unit detained a farmer near the fence.", "Military Forces of Israel"),
    ("A clinic was damaged by several missiles from Russian forces.", "Military Forces of Russia"),
    ("A bakery was knocked out of service by air strikes from Syrian or Russian forces.",
     "Military Forces of Syria"),
])
def test_a_states_weapons_vehicles_and_occupiers_are_its_military(text: str, actor: str) -> None:
    events = coded(text)
    assert events, text
    assert any((e.actor1 or "").startswith(actor) for e in events), [e.actor1 for e in events]


@pytest.mark.parametrize(("text", "sub"), [
    ("Two gunmen attempted to assassinate a surgeon outside his clinic.", "Attack"),
    ("Soldiers tried to abduct a nurse from her home but she escaped.", "Abduction/forced disappearance"),
    ("Border guards fired shots at a clinic building near the crossing.", "Attack"),
    ("A warehouse of an aid agency was broken into by armed men.", "Looting/property destruction"),
    ("A maternity clinic in the town was taken-over by soldiers.", "Headquarters or base established"),
])
def test_incident_phrasing_makes_an_event(text: str, sub: str) -> None:
    assert sub in [e.sub_event_type for e in coded(text)]


def test_troops_stationed_at_a_school_and_attacked_are_an_attack_not_a_base() -> None:
    subs = [e.sub_event_type for e in coded("Soldiers stationed at a school were attacked by local militiamen.")]
    assert subs and "Headquarters or base established" not in subs


@pytest.mark.parametrize("text", [
    "Gunmen will attempt to storm the checkpoint, the commander warned.",
    "The army is trying to retake the town.",
])
def test_attempts_to_come_stay_no_event(text: str) -> None:
    assert coded(text) == []


@pytest.mark.parametrize("text", [
    "Rebel rockets fired into the capital have killed at least 16 people since Thursday, the monitor said.",
    "More than 300 civilians have been killed in the east of the city since the truce collapsed.",
    "Fifty fighters died in two days of clashes for the hills south of Daraa.",
    "The militants executed 200 tribesmen over the past two weeks, activists said.",
])
def test_tolls_of_several_days_are_no_event(text: str) -> None:
    assert coded(text) == []


def test_a_dated_event_compared_with_a_past_one_still_stands() -> None:
    text = ("A helicopter was shot down near Saraqeb on Monday, killing all five on board, the heaviest loss of the "
            "force since its operations started.")
    assert coded(text) != []


def test_a_dated_strike_with_its_toll_still_stands() -> None:
    events = coded("Jets struck a market in Idlib on Sunday, killing 12 civilians, the monitor said.")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", 12)]


@pytest.mark.parametrize("text", [
    "Shelling of the district killed 40 people since Wednesday afternoon.",
    "Raids on the province killed 84 in three days.",
    "Air strikes killed 49 people over the weekend.",
])
def test_counts_over_several_days_are_background(text: str) -> None:
    assert [c.value for c in CountReader(Lexicon.load()).read(text) if c.outcome == "death"] == []


def test_a_days_count_is_still_read() -> None:
    assert [c.value for c in CountReader(Lexicon.load()).read("Air strikes killed 49 people on Sunday.")
            if c.outcome == "death"] == [49]


def test_the_martyred_are_dead() -> None:
    assert [c.value for c in CountReader(Lexicon.load()).read("Seven civilians were martyred as rockets hit the city.")
            if c.outcome == "death"] == [7]


def test_a_possessive_without_its_apostrophe_is_the_owner_and_the_place() -> None:
    events = coded("Air strikes hit rebel-held areas of Syrias Aleppo on Thursday, killing 12 civilians.")
    assert [(e.country, e.admin1, e.location) for e in events] == [("Syria", "Aleppo", "Aleppo")]


@pytest.mark.parametrize("text", [
    "A clinic in the town was shelled by the Russians overnight.",
    "A paramedic was killed by a Russian projectile near the front.",
])
def test_the_russians_and_their_projectiles_are_russias_military(text: str) -> None:
    assert any((e.actor1 or "").startswith("Military Forces of Russia") for e in coded(text))


@pytest.mark.parametrize(("perpetrator", "country", "coded_as"), [
    ("Islamic State of the Greater Sahara", "Niger", "Islamic State (Greater Sahara)"),
    ("Rapid Support Forces", "Sudan", "Military Forces of Sudan (2019-) Rapid Support Forces"),
    ("Coalition of Patriots for Change", "Central African Republic", "CPC: Coalition of Patriots for Change"),
])
def test_insecurity_insight_groups_agree_with_acleds_names_for_them(perpetrator: str, country: str,
                                                                    coded_as: str) -> None:
    from warscribe.evaluate.insecurity import actor_key, load_mapping
    names, known = load_mapping().perpetrator(perpetrator, None, country)
    assert known and actor_key(coded_as) in names
    assert actor_key("Unidentified Armed Group (Niger)") not in names


def test_a_broadcaster_named_after_a_town_is_no_scene() -> None:
    events = coded("Coalition air strikes killed 14 civilians on the outskirts of Raqqa, Al Mayadeen TV reported.")
    assert [(e.admin1, e.location) for e in events] == [("Ar-Raqqa", "Ar-Raqqa")]


def test_an_attempted_rape_is_an_attack() -> None:
    events = coded("Two armed men attempted to rape a woman near the well; neighbours drove them off.")
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_al_hol_camp_is_in_hasakah() -> None:
    events = coded("A young man was shot dead in Al-Hol camp by unidentified gunmen.")
    assert [(e.country, e.admin1) for e in events] == [("Syria", "Al-Hasakeh")]

