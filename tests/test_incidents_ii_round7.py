"""Insecurity Insight register, round 7: incident-log phrasings that name an event without the news verbs
(a facility "was damaged", "armed violence reported", a worker "reported missing" or "taken prisoner",
misspelled verbs), a facility ringed by troops, and what must stay as it was (a cause named beside the damage
types the event; a nurse who only "feared" harm tells none). Our own sentences."""

from __future__ import annotations

import pytest

import warscribe
from warscribe.model import Event


def coded(text: str, published: str = "2021-03-20") -> list[Event]:
    return warscribe.extract(text, published=published)


def subs(text: str) -> list[str]:
    return [e.sub_event_type for e in coded(text)]


@pytest.mark.parametrize(("text", "sub"), [
    ("March 2021: The maternity clinic was badly damaged overnight.", "Attack"),
    ("March 2021: Primary school damaged.", "Attack"),
    ("March 2021: Armed violence reported at a rural dispensary.", "Attack"),
    ("March 2021: Violence with individual weapons against two vaccinators was reported.", "Attack"),
    ("March 2021: Fire was opened on the district hospital by gunmen.", "Attack"),
    ("March 2021: A midwife was reported missing after leaving the health post.", "Abduction/forced disappearance"),
    ("March 2021: Two paramedics were taken prisoner by soldiers at the bridge.", "Abduction/forced disappearance"),
    ("March 2021: A lab technician was kidaped on the road to the clinic.", "Abduction/forced disappearance"),
    ("March 2021: An aid lorry was seized by armed men near the market.", "Abduction/forced disappearance"),
    ("March 2021: Unknown attackers set the village pharmacy ablaze.", "Looting/property destruction"),
    ("March 2021: A detainee was touched inappropriately by a guard during a search.", "Sexual violence"),
    ("March 2021: The teaching hospital was surrounded by troops for two days.", "Other"),
    ("March 2021: A maternity centre was reportedly seized by the militia.", "Headquarters or base established"),
    ("March 2021: The rural clinic was used for military purposes.", "Headquarters or base established"),
    ("March 2021: A grain store of the clinic was broken in to by a thief.", "Looting/property destruction"),
    ("March 2021: Maize and rice were seized by the militia at the market.", "Looting/property destruction"),
    ("March 2021: A boy was used as a human shield by the soldiers.", "Attack"),
    ("March 2021: Clinic staff threatened by gunmen at the gate.", "Other"),
    ("March 2021: Al-Shabaab militants closed the health centre and took its generator.", "Other"),
    ("March 2021: A vaccination convoy was prevented by soldiers from reaching the valley.", "Other"),
    ("March 2021: The only road to the hospital was cut off by troops.", "Other"),
    ("March 2021: A medical convoy was stopped and checked by the militia.", "Other"),
])
def test_incident_log_phrasings_are_events(text: str, sub: str) -> None:
    assert sub in subs(text)


@pytest.mark.parametrize(("text", "sub"), [
    # the cause named inside the damage phrase still types the event
    ("March 2021: A health post was damaged by artillery shells fired from the hills.",
     "Shelling/artillery/missile attack"),
    ("March 2021: The clinic was shelled and damaged during the night.", "Shelling/artillery/missile attack"),
    ("March 2021: A field hospital was damaged in an air strike on the town.", "Air/drone strike"),
    # a damage report beside an arrest leaves the arrest
    ("March 2021: The dispensary sustained damage and police arrested three youths.", "Arrests"),
])
def test_a_named_cause_still_types_the_event(text: str, sub: str) -> None:
    assert sub in subs(text)


@pytest.mark.parametrize("text", [
    "March 2021: A clinic was surrounded by fields of maize.",
    "March 2021: Supplies were found missing from the storeroom of a clinic.",
    "March 2021: A nurse said she feared the clinic would be damaged.",
    "March 2021: The governor closed all schools in the province because of the floods.",
])
def test_what_is_no_conflict_event_stays_none(text: str) -> None:
    assert coded(text) == []
