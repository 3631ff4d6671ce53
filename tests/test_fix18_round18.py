"""Round 18 fixes by the integrator: "the raids" told after air strikes are those strikes; "an earlier attack"
is another event."""

from __future__ import annotations

from coding_support import events
from warscribe.stages.retell import tells_another


def test_raids_after_air_strikes_are_those_strikes(pipeline):
    text = ("Warplanes carried out air strikes on Tuesday near a clinic in northern Syria, killing at least 9 "
            "civilians, a monitor said. The monitor said the raids targeted the village of Kafr Nabl in Idlib "
            "province.")
    found = events(pipeline, text)
    assert [e.sub_event_type for e in found] == ["Air/drone strike"]
    assert found[0].fatalities == 9
    # the raids' village is where the strikes fell (without the retelling the event stayed at the province)
    assert found[0].location == "Kafranbel"
    assert any(v.text == "raids" for v in found[0].evidence)


def test_a_ground_raid_by_another_side_stays_its_own(pipeline):
    text = ("Warplanes carried out air strikes on Tuesday near a clinic in northern Syria, killing at least 9 "
            "civilians. Later that day Islamic State fighters launched raids on army posts near Palmyra, killing 12 "
            "soldiers.")
    found = events(pipeline, text)
    assert len(found) == 2
    assert found[1].actor1 == "Islamic State (Syria)"


def test_an_earlier_attack_is_told_as_another_event():
    # (merge.py keeps such a report apart when it has a place or day of its own: "in July" after Tuesday's assault)
    text = "An earlier attack by the group on the field in July left 200 people dead."
    assert tells_another(text, text.index("attack"))
    assert not tells_another("The attack on the field left 200 people dead.", 4)


def test_a_toll_told_also_adds_to_the_strikes_toll(pipeline):
    text = ("US-led air strikes killed at least 20 Islamic State fighters in northeastern Syria near the border with "
            "Iraq on Thursday, a monitor said. One civilian was also killed in the air strikes, he said.")
    found = events(pipeline, text, published="2015-02-13")
    assert [(e.sub_event_type, e.fatalities) for e in found] == [("Air/drone strike", 21)]


def test_heritage_destroyed_is_property_destruction(pipeline):
    text = "Islamic State militants destroyed four ancient statues in the museum of Palmyra on Sunday, activists said."
    found = events(pipeline, text, published="2015-07-06")
    assert [e.sub_event_type for e in found] == ["Looting/property destruction"]


def test_fighters_said_to_be_killed_are_the_toll_not_civilians(pipeline):
    text = "Four foreign jihadists were said to be killed in the Green Belt area of the city east of Deir Ezzor."
    found = events(pipeline, text, published="2016-04-03")
    assert [(e.event_type, e.fatalities) for e in found] == [("Battles", 4)]


def test_the_dead_of_the_whole_war_are_no_event(pipeline):
    text = "The downing on Monday brought the toll for Russian servicemen killed in the Syrian conflict to 19."
    assert events(pipeline, text, published="2016-08-01") == []


def test_a_campaign_waged_since_late_in_a_month_is_no_event(pipeline):
    text = ("Government forces backed by their allies have waged an air and ground assault since late September to "
            "recapture the east of the city, killing hundreds of civilians.")
    assert events(pipeline, text, published="2016-10-27") == []


def test_attacks_of_late_are_a_trend_no_event(pipeline):
    text = "Lately the militants' attacks focused on the Howayqa neighbourhood, which holds government buildings."
    assert events(pipeline, text, published="2013-08-13") == []
