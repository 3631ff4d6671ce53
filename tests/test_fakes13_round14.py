"""Syrian war articles (round 14, fakes13): an event word told with a definite word before it ("the air strikes",
"the bombing") refers back to an event the article told before, so it retells that event even when the two types
are a pair ACLED keeps apart (a gas attack and air strikes, shelling and an air raid); without that word it is a
new event. Our own sentences."""

from __future__ import annotations

import warscribe
from warscribe.model import Event
from warscribe.stages import retell

GAS = ("Government warplanes dropped bombs loaded with chlorine gas on the town of Kafr Zita in Hama province on "
       "Tuesday, killing 12 civilians, a monitor said. Doctors at a field clinic treated dozens of patients. The "
       "monitor said its sources counted the dead in three villages. {strikes} on Kafr Zita also wounded 40 people, "
       "the monitor said. Rescue teams were still searching the rubble in the evening. Residents said they feared "
       "more attacks.")

RAID = ("Russian jets pounded the rebel-held districts of eastern Aleppo on Monday, killing 20 people, a monitor said. "
        "Rescuers pulled bodies from the rubble. The monitor said the toll could rise. {bombing} by Russian jets "
        "mostly hit residential quarters of the city. Schools in the area were closed. Residents fled to the west.")


def coded(text: str) -> list[Event]:
    return warscribe.extract(text, published="2016-03-10")


def test_the_air_strikes_retell_the_gas_attack():
    events = coded(GAS.format(strikes="The air strikes"))
    assert [e.sub_event_type for e in events] == ["Chemical weapon"]
    assert events[0].fatalities == 12
    assert events[0].injuries == 40


def test_other_air_strikes_are_a_new_event():
    events = coded(GAS.format(strikes="Other air strikes"))
    assert [e.sub_event_type for e in events] == ["Chemical weapon", "Air/drone strike"]


def test_the_bombing_retells_the_shelling():
    events = coded(RAID.format(bombing="The bombing"))
    assert len(events) == 1
    assert events[0].fatalities == 20


def test_a_definite_word_refers_back():
    text = "Later this attack and a bombing"
    assert retell.refers_back(text, text.index("attack"))
    assert not retell.refers_back(text, text.index("bombing"))
    assert not retell.refers_back(text, 0)
