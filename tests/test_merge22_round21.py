"""Round 21 merge fixes (merge22): shares of a toll told by weapon or by place are no additions to one event's toll,
a headline and its lede telling one attack are one event, and attackers counted dead are the armed side."""

from __future__ import annotations

from coding_support import deaths, events


def test_attackers_counted_dead_are_the_armed_side(reader):
    found = reader.read("The army repelled an assault on the outskirts of Homs on Monday killing 30 attackers.")
    assert [(c.value, c.victims) for c in found if c.outcome == "death"] == [(30, "armed")]


def test_a_speaker_run_on_after_the_counted_is_no_part_of_them(reader):
    text = "Troops repel an offensive near Hama on Sunday killing 25 raiders Turkeys foreign ministry said."
    found = [c for c in reader.read(text) if c.outcome == "death"]
    assert [(c.value, c.victims, text[c.start:c.end]) for c in found] == [(25, "armed", "killing 25 raiders")]
    assert deaths(reader, text) == [(25, False, False)]


def test_a_battle_whose_dead_are_attackers_has_no_civilian_side(pipeline):
    text = ("Government forces backed by allied air support repel a rebel offensive on the southern edge of Hama on "
            "Sunday killing 25 attackers Russias defence ministry said.")
    found = events(pipeline, text, published="2016-10-02")
    assert [(e.event_type, e.fatalities) for e in found] == [("Battles", 25)]
    # (the ministry that tells it is no side of the fight; the dead attackers are no civilians)
    assert found[0].actor2 not in ("Civilians (Syria)", "Military Forces of Russia (2000-)")


def test_a_share_of_a_toll_and_seven_others_elsewhere_is_a_part(pipeline):
    text = ("Air raids kill 20 civilians in Syrian city of Homs. Air raids on rebel-held districts of Homs killed 20 "
            "civilians on Sunday a monitor said. Thirteen civilians including two children were killed by air raids "
            "overnight in the Waer district and seven others were killed in the Bayada neighbourhood the monitor "
            "said.")
    found = events(pipeline, text, published="2016-08-14")
    assert [e.fatalities for e in found] == [20]


def test_a_strikes_dead_told_as_another_share_are_not_added_to_a_shellings(pipeline):
    text = ("At least 90 civilians have been killed in Homs since the offensive began on Monday the monitor said. "
            "The deaths include 50 people killed in rebel fire on army-held districts the monitor said. "
            "Another 31 people have been killed in strikes on the rebel-held north the monitor said.")
    found = events(pipeline, text, published="2016-08-20")
    assert 81 not in [e.fatalities for e in found]
    assert [e.fatalities for e in found if e.actor1 == "Opposition Rebels (Syria)"] == [50]


def test_a_headline_and_its_lede_telling_one_attack_are_one_battle(pipeline):
    text = ("Friday 9 June 2017 IS kills more than 40 in attack in central Syria. The IS group killed more than 40 "
            "people in an attack on two army-held villages in Syrias Homs province on Friday a monitor said. The "
            "monitor said the attack on the villages killed 12 civilians and 24 pro-government fighters. State media "
            "said troops and allied gunmen repelled the IS attack on the villages.")
    found = events(pipeline, text, published="2017-06-09")
    assert [(e.event_type, e.actor1, e.fatalities) for e in found] == [("Battles", "Islamic State (Syria)", 36)]


def test_those_killed_described_later_are_no_killing_of_their_own(pipeline):
    text = ("Activists said a poison gas attack hit the town of Kafr Zita on Monday killing 14 civilians. "
            "The government denied the claims on state television. "
            "A team of United Nations inspectors arrived in the country last week. "
            "Western governments called for an urgent inquiry. "
            "Ahmad Salem of the local council in Kafr Zita said he saw the bodies at a clinic in the nearby village of "
            "Lataminah. "
            "Most of those killed were sleeping in their houses Salem said.")
    found = events(pipeline, text, published="2015-03-03")
    assert [(e.sub_event_type, e.fatalities) for e in found] == [("Chemical weapon", 14)]
