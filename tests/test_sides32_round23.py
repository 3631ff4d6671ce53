"""Round 23 fixes by sides32, actors (issue 9): the police in a headline's present tense, the other side of a fight
a pronoun told again, and a group blamed after its name."""

from __future__ import annotations

from coding_support import events


def _sides(found: list) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in found]


def test_the_police_before_a_present_tense_event_word_are_its_doer(pipeline):
    # "police" takes a plural verb with no plural ending: "attack", "raid" after it are verbs, as after "soldiers"
    found = events(pipeline, "Police attack villagers in Bungoma after a raid on a chief's camp.", "2010-03-02")
    assert _sides(found) == [("Police Forces of Kenya (2002-2013)", "Civilians (Kenya)")]
    found = events(pipeline, "Police raid a newspaper office in Nairobi and seize copies of the weekly.", "2011-06-14")
    assert [e.actor1 for e in found] == ["Police Forces of Kenya (2002-2013)"]


def test_a_present_tense_verb_after_the_police_keeps_them_a_side(pipeline):
    text = "Police use tear gas to scatter a rowdy crowd of hawkers who blocked the main road in Nakuru town."
    found = events(pipeline, text, "2016-08-09")
    assert len(found) == 1 and found[0].actor2 == "Police Forces of Kenya (2013-2022)"


def test_a_pronoun_for_the_doer_of_a_fight_is_not_its_other_side(pipeline):
    text = "Three Mungiki suspects died as they engaged in a gunfight with police in Kayole, Nairobi."
    found = events(pipeline, text, "2009-04-21")
    assert _sides(found) == [("Mungiki Militia", "Police Forces of Kenya (2002-2013)")]


def test_a_group_blamed_after_its_name_is_the_doer(pipeline):
    text = ("Six soldiers were wounded when their truck struck a land mine near Elwak on Sunday. Al Shabaab is "
            "believed to be responsible.")
    found = events(pipeline, text, "2012-11-05")
    assert [e.actor1 for e in found] == ["Al Shabaab"]
    # a state force so blamed too
    text = "The body of a matatu conductor was found in a river in Kisumu. Police are believed to be responsible."
    found = events(pipeline, text, "2010-07-19")
    assert [e.actor1 for e in found] == ["Police Forces of Kenya (2002-2013)"]
    # a force responsible for security is blamed for nothing
    text = "Gunmen killed two traders in Mandera town, where the police are responsible for security."
    found = events(pipeline, text, "2014-02-11")
    assert [e.actor1 for e in found] == ["Unidentified Armed Group (Kenya)"]


def test_security_forces_facing_a_crowd_are_its_police(pipeline):
    # ACLED codes the unnamed force that polices a protest or a riot as the country's police
    text = ("On March 9, traders in Koudougou marched against a new market tax. Security forces arrested ten of the "
            "marchers.")
    found = events(pipeline, text, "2019-03-11")
    assert [(e.event_type, e.actor2) for e in found] == [("Protests", "Police Forces of Burkina Faso (2015-2022)")]
    # ... and elsewhere the military
    found = events(pipeline, "On June 4, security forces killed six militants near Arbinda.", "2019-06-06")
    assert [e.actor1 for e in found] == ["Military Forces of Burkina Faso (2015-2022)"]


def test_soldiers_named_with_and_or_are_a_side(pipeline):
    text = "On May 12, soldiers and/or gendarmes detained four herders near Kelbo and shot them dead."
    found = events(pipeline, text, "2019-05-14")
    assert [e.actor1 for e in found] == ["Military Forces of Burkina Faso (2015-2022)"]


def test_the_police_before_a_headline_verb_of_throwing_are_a_side(pipeline):
    text = "Police lob teargas canisters at election protesters along Oginga Odinga street in Kisumu."
    found = events(pipeline, text, "2017-10-13")
    assert [(e.actor1, e.actor2) for e in found] == [("Protesters (Kenya)", "Police Forces of Kenya (2013-2022)")]
