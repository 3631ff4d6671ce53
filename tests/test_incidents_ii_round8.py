"""Insecurity Insight register, round 8: incident-log wordings that tell an event with no news verb (forces
stationed at or converting a school, arms found in a search, staff taken away or held by an armed group, a threat
to shoot, people driven from their shelters, buildings blown up, people undressed by soldiers), cue words that are
no cue ("an ambulance was stopped and burned", "School No. 4"), and what must stay no event (a shortage, a search
that found nothing, a closure for want of fuel). Our own sentences."""

from __future__ import annotations

import pytest

import warscribe
from warscribe.model import Event


def coded(text: str, published: str = "2022-05-20") -> list[Event]:
    return warscribe.extract(text, published=published)


def subs(text: str) -> list[str]:
    return [e.sub_event_type for e in coded(text)]


@pytest.mark.parametrize(("text", "sub"), [
    # occupation of facilities
    ("May 2022: Army soldiers stationed at the village primary school.", "Headquarters or base established"),
    ("May 2022: Police units stationed themselves in a district hospital.", "Headquarters or base established"),
    ("May 2022: Troops turned the gymnasium of the secondary school into a military hospital.",
     "Headquarters or base established"),
    ("May 2022: A clinic was converted into a military camp by the rebels.", "Headquarters or base established"),
    ("May 2022: Soldiers posted personnel inside two schools of the town.", "Headquarters or base established"),
    # arms found
    ("May 2022: Rifles and ammunition were found inside a kindergarten by the army.", "Disrupted weapons use"),
    ("May 2022: Four homemade mines were found in the school yard by soldiers.", "Disrupted weapons use"),
    ("May 2022: Police found weapons in the storeroom of a college.", "Disrupted weapons use"),
    # staff detained or held
    ("May 2022: Two drivers were taken away by intelligence officers at the depot.", "Arrests"),
    ("May 2022: A nurse was held for questioning by the police for a day.", "Arrests"),
    ("May 2022: Detention of three NGO staff by the police in the capital.", "Arrests"),
    ("May 2022: A vaccination team was intercepted and held by militiamen near the river.",
     "Abduction/forced disappearance"),
    ("May 2022: A lab worker was abudcted near the market.", "Abduction/forced disappearance"),
    # threats, obstruction, searches, forced displacement
    ("May 2022: Soldiers threatened to shoot anyone leaving the clinic.", "Other"),
    ("May 2022: Displaced families were evicted from the stadium by the militia.", "Other"),
    ("May 2022: Two relief trucks were forced to turn back by soldiers at the bridge.", "Other"),
    ("May 2022: Troops carried out a security operation inside the camp.", "Other"),
    ("May 2022: Gunmen entered a health centre and questioned the staff.", "Other"),
    # harm told by its outcome and means
    ("May 2022: Two vaccinators sustained gunshot injuries by unknown gunmen.", "Attack"),
    ("May 2022: Shots were fired at the gate of the clinic by unidentified men.", "Attack"),
    ("May 2022: The body of a missing NGO field officer was found near the river.", "Attack"),
    ("May 2022: Artillery damaged the roof of a maternity hospital.", "Shelling/artillery/missile attack"),
    # property
    ("May 2022: Soldiers blew up a school building in the village.", "Looting/property destruction"),
    ("May 2022: A clinic vehicle was carjacked by armed men on the highway.", "Looting/property destruction"),
    ("May 2022: Settlers seized a tractor and bales of hay from a farmer.", "Looting/property destruction"),
    # sexual violence
    ("May 2022: Soldiers undressed two women at the checkpoint.", "Sexual violence"),
    ("May 2022: A detainee was stripped half naked by guards.", "Sexual violence"),
    # a cue word that is no cue
    ("May 2022: A health NGO ambulance was stopped and set on fire by militants.", "Looting/property destruction"),
    # (beaten by those who detain him: an attack on the detainee, as ACLED codes an arrest with harm; round 14)
    ("May 2022: A doctor was stopped at a checkpoint by soldiers who beat and detained him.", "Attack"),
    ("May 2022: The director of School No. 7 was detained by soldiers.", "Arrests"),
    ("May 2022: A Planned Parenthood office was attacked by a gunman.", "Attack"),
    # violence reported without its act, an aid mission refused, staff harassed, a facility ringed by tanks
    ("May 2022: An incident of violence was reported at the regional blood bank.", "Attack"),
    ("May 2022: A UN mission to bring fuel to the children's hospital was denied by the army.", "Other"),
    ("May 2022: A female vaccinator was harassed by two soldiers at a checkpoint.", "Other"),
    ("May 2022: Army tanks surrounded the district hospital.", "Other"),
    ("May 2022: Artillery fire was reported in the vicinity of the eye clinic.", "Shelling/artillery/missile attack"),
    ("May 2022: The windows of the maternity ward were shattered overnight.", "Attack"),
    ("May 2022: A health NGO truck was forced to pay militiamen at a roadblock.", "Looting/property destruction"),
    ("May 2022: Nurses were intimidated by armed men at the dispensary.", "Other"),
])
def test_incident_log_wordings_are_events(text: str, sub: str) -> None:
    assert sub in subs(text)


@pytest.mark.parametrize(("text", "sub"), [
    # a weak frame (a search, a siege, an entry) told before a stronger one: the stronger is the event
    ("May 2022: Soldiers surrounded a school, searched it and arrested four teachers.", "Arrests"),
    ("May 2022: Militiamen entered the clinic and seized two rifles from the guards.", "Disrupted weapons use"),
    # a weapon that is a trigger of its own keeps typing the damage it did
    ("May 2022: Enemy shelling damaged a kindergarten in the suburb.", "Shelling/artillery/missile attack"),
])
def test_the_stronger_frame_of_a_sentence_is_the_event(text: str, sub: str) -> None:
    assert subs(text) == [sub]


@pytest.mark.parametrize("text", [
    "May 2022: A stampede at a food distribution point resulted in the death of nine people.",
    "May 2022: The district hospital ran out of oxygen and fuel.",
    "May 2022: A clinic closed due to a shortage of medicine.",
    "May 2022: Police checked the school after a phone call, but no explosives were found.",
    "May 2022: Twelve schools were inspected by police. No weapons were found.",
    "May 2022: A school was planned to be built in the village.",
])
def test_what_is_no_conflict_event_stays_none(text: str) -> None:
    assert coded(text) == []
