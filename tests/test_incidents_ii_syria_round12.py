"""Insecurity Insight register on Syria, round 12: a perpetrator the text leaves unnamed, in a report that never says
which country it is from, is still an unidentified armed group (named without its country) rather than no actor;
II's unknown-perpetrator labels agree with it. Our own sentences."""

from __future__ import annotations

import pytest

import warscribe
from warscribe.evaluate.insecurity import actor_key, load_mapping
from warscribe.knowledge.actors import ActorBase
from warscribe.model import Event


def first(text: str, published: str = "2021-06-20") -> Event:
    events = warscribe.extract(text, published=published)
    assert events, text
    return events[0]


def test_the_countryless_armed_group_is_named_without_a_country() -> None:
    base = ActorBase.load()
    actor = base.resolve("generic:armed_group", None)
    assert actor.name == "Unidentified Armed Group"
    assert actor.country is None and actor.inter == 3
    assert base.resolve("generic:armed_group", "Yemen").name == "Unidentified Armed Group (Yemen)"
    with pytest.raises(ValueError):
        base.resolve("generic:civilians", None)  # only the kinds the data file marks countryless
    assert base.resolve("state:police", None).name == "Police Forces"
    assert base.resolve("state:police", "Kenya").name.startswith("Police Forces of Kenya")


@pytest.mark.parametrize("text", [
    "June 2021: Masked men on a motorbike opened fire on a pharmacist outside his shop, killing him.",
    "June 2021: A clinic guard was kidnapped by unidentified assailants while driving home.",
    "June 2021: A roadside bomb planted by persons unknown wounded two paramedics in their ambulance.",
])
def test_an_unnamed_attacker_in_a_text_naming_no_country(text: str) -> None:
    ev = first(text)
    assert ev.country is None
    assert ev.actor1 == "Unidentified Armed Group"


@pytest.mark.parametrize(("text", "actor"), [
    ("June 2021: A field hospital was badly damaged by government jets.", "Military Forces"),
    ("June 2021: Government troops shelled the clinic, wounding a nurse.", "Military Forces"),
    ("June 2021: Two relief workers were detained by police at a checkpoint.", "Police Forces"),
])
def test_a_force_named_by_its_role_in_a_text_naming_no_country(text: str, actor: str) -> None:
    ev = first(text)
    assert ev.country is None
    assert (ev.actor1, ev.inter1) == (actor, 1)


def test_a_named_country_still_fills_the_slot() -> None:
    ev = first("June 2021: Masked men on a motorbike opened fire on a pharmacist in Aleppo, killing him.")
    assert ev.actor1 == "Unidentified Armed Group (Syria)"


@pytest.mark.parametrize("label", ["Unidentified Armed Actor", "Unidentified armed actor", "Gunmen", "Armed men"])
def test_ii_unknown_labels_take_the_countryless_armed_group(label: str) -> None:
    names, known = load_mapping().perpetrator(label, None, "Syria")
    assert known
    assert actor_key("Unidentified Armed Group") in names
    assert actor_key("Unidentified Armed Group (Syria)") in names


@pytest.mark.parametrize(("label", "actor"), [
    ("Syrian Armed Forces", "Military Forces"),
    ("Syrian or Russian Forces", "Military Forces"),
    ("Government of Syria", "Military Forces"),
    ("Syrian Public Security Police", "Police Forces"),
])
def test_ii_syrian_force_labels_take_the_countryless_force(label: str, actor: str) -> None:
    names, _ = load_mapping().perpetrator(label, None, "Syria")
    assert actor_key(actor) in names
    assert actor_key("Unidentified Armed Group") not in names


@pytest.mark.parametrize(("label", "country", "actor"), [
    ("Myanmar Armed Forces", "Myanmar", "Military Forces"),
    ("Kenya Police", "Kenya", "Police Forces"),
    ("Government of Syria", "Syria", "Government"),
    ("Militia", "Syria", "Unidentified Armed Group"),
])
def test_any_country_force_label_takes_our_name_of_it_without_a_country(label: str, country: str,
                                                                         actor: str) -> None:
    names, known = load_mapping().perpetrator(label, None, country)
    assert known and actor_key(actor) in names


def test_a_named_group_or_another_role_takes_no_countryless_name() -> None:
    shabaab, _ = load_mapping().perpetrator("Al-Shabaab", None, "Somalia")
    assert not {actor_key(n) for n in ("Military Forces", "Unidentified Armed Group")} & shabaab
    police, _ = load_mapping().perpetrator("Kenya Police", None, "Kenya")
    assert actor_key("Military Forces") not in police


@pytest.mark.parametrize(("text", "sub_type"), [
    ("March 2016: Two volunteers died when their centre was hit by government airstrikes.", "Air/drone strike"),
    ("March 2016: A pharmacy was levelled in a government air strike.", "Air/drone strike"),
    ("March 2016: Government shelling of the market wounded a midwife.", "Shelling/artillery/missile attack"),
])
def test_government_before_the_strike_names_the_state_force(text: str, sub_type: str) -> None:
    ev = first(text, "2016-03-20")
    assert (ev.sub_event_type, ev.actor1) == (sub_type, "Military Forces")


def test_government_before_the_strike_in_a_named_country() -> None:
    ev = first("March 2016: Government shelling of a market in Homs wounded a midwife.", "2016-03-20")
    assert ev.actor1 == "Military Forces of Syria (2000-)"
