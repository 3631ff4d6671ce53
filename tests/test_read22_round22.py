"""Round 22, read22: actors and types from a reading of FA-KES events (aircraft and plurals told again, shots at
protesters, a militia fighting alongside the army, a strike that answers fire)."""

from __future__ import annotations

from coding_support import events


def test_bombers_told_again_are_the_side_that_flew_the_strike_before(pipeline):
    text = ("Coalition warplanes destroyed a bridge in Mayadin on Wednesday, local sources said. The bombers had also "
            "struck government soldiers near the city of Deir Ezzor on September 14, leaving over 70 troops dead.")
    found = events(pipeline, text, published="2016-10-07")
    struck = [e for e in found if e.fatalities == 70]
    assert [(e.actor1, e.actor2) for e in struck] == [
        ("Global Coalition Against Daesh", "Military Forces of Syria (2000-)")]


def test_factions_pointed_back_at_shell_the_districts_they_showered(pipeline):
    text = ("Opposition factions in Aleppo waged a large assault on Tuesday against the advance of regime forces on "
            "the northern road. These factions showered districts held by Assad forces with dozens of missiles and "
            "bombarded tunnels.")
    found = events(pipeline, text, published="2016-07-12")
    shelling = [e for e in found if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert [(e.actor1, e.actor2) for e in shelling] == [
        ("Opposition Rebels (Syria)", "Military Forces of Syria (2000-)")]
    assert not any(e.sub_event_type == "Air/drone strike" for e in found)


def test_shots_fired_at_protesters_are_force_used_on_them_not_their_riot(pipeline):
    text = ("Hundreds of residents of the suburb protested on Friday against the infighting between the rebel groups. "
            "Shots were fired at the demonstrators in one district, leaving four injured, the monitor said.")
    found = events(pipeline, text, published="2017-04-29")
    assert "Excessive force against protesters" in {e.sub_event_type for e in found}
    assert not any(e.event_type == "Riots" for e in found)


def test_a_militia_fighting_alongside_the_army_joins_it(pipeline):
    text = ("The Syrian army alongside a volunteer militia has killed some 50 Islamic State fighters near the Turkish "
            "border, a Lebanese television channel reported on Friday.")
    found = events(pipeline, text, published="2014-12-26")
    assert [(e.actor1, e.actor2) for e in found] == [("Military Forces of Syria (2000-)", "Islamic State (Syria)")]


def test_a_strike_on_the_sources_of_shelling_answers_it_and_lends_it_no_doer(pipeline):
    text = ("Terrorists fired rocket shells on the Midan neighborhood of Aleppo on Tuesday, killing three people. "
            "On Wednesday 9 civilians were killed and 30 others were injured in similar terrorist attacks on "
            "residential neighborhoods in Aleppo city. Army units then targeted the sources of the shelling and "
            "destroyed a number of mortar launchers.")
    found = events(pipeline, text, published="2016-04-28")
    nine = [e for e in found if e.fatalities == 9]
    assert len(nine) == 1 and nine[0].actor1 != "Military Forces of Syria (2000-)"


def test_a_side_counted_in_a_passive_toll_told_after_the_act_is_the_victims(pipeline):
    text = ("A command post of the terrorists and up to 60 fighters were destroyed near Mayadeen, the defence ministry "
            "said, adding that another 30 Islamic State fighters were killed around the town of Albu Kamal.")
    found = events(pipeline, text, published="2017-10-08")
    assert found and all(e.actor1 != "Islamic State (Syria)" for e in found)
    assert "Islamic State (Syria)" in {e.actor2 for e in found}


def test_an_arab_kurdish_alliance_is_the_sdf_not_the_kurdish_militia(pipeline):
    text = ("The US-led coalition is also battling IS in Syria and Iraq with air strikes and backing for the Syrian "
            "Democratic Forces an Arab-Kurdish militia alliance which on Friday took full control of the town of "
            "Manbij after IS withdrew.")
    found = events(pipeline, text, published="2016-08-17")
    taken = [e.actor1 for e in found if e.sub_event_type == "Non-state actor overtakes territory"]
    assert taken == ["SDF: Syrian Democratic Forces"]
