"""Round 23 fixes by read25, from the reading of FA-KES events (issue 9: known reading errors and seeds 600-620)."""

from __future__ import annotations

from coding_support import events


def test_a_number_of_dead_gives_no_invented_toll(pipeline):
    # "a number of" tells no size: no figure is made up from it (a real count beside it still counts)
    text = ("Army units shelled a militant hideout near Talbiseh on Monday, killing a number of them and wounding "
            "others, a military source said.")
    found = events(pipeline, text, published="2016-09-27")
    assert [e.fatalities for e in found] == [0]
    text = "Rebels shelled Talbiseh on Monday, killing two civilians and injuring a number of others."
    found = events(pipeline, text, published="2016-09-27")
    assert [e.fatalities for e in found] == [2]


def test_a_quarter_listed_before_the_city_holding_it_is_that_citys_namesake(pipeline):
    # "al-Midan ... in Aleppo city": Aleppo's Midan, not Damascus's, though the headline named Damascus last
    text = ("Rebel rockets kill civilians in Aleppo and Damascus. Nine civilians were killed on Sunday by rocket fire "
            "that hit the districts of al-Midan al-Sukkari and al-Ferdous in Aleppo city, a police source said.")
    found = events(pipeline, text, published="2016-10-02")
    assert {e.admin1 for e in found if e.location == "Al-Midan"} == {"Aleppo"}
    assert all(e.admin1 == "Aleppo" for e in found)


def test_coalition_raids_name_the_coalition_and_stay_air_strikes(pipeline):
    # the actor's name holds the strike's word: the raids are still the trigger, and flown
    text = "A monitor said on Tuesday that 14 civilians were killed in coalition raids near Manbij."
    found = events(pipeline, text, published="2016-09-28")
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in found] == [
        ("Air/drone strike", "Global Coalition Against Daesh", 14)]
    text = "Coalition raids pounded Islamic State positions in Raqqa on Tuesday."
    found = events(pipeline, text, published="2016-09-28")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in found] == [
        ("Air/drone strike", "Global Coalition Against Daesh", "Islamic State (Syria)")]


def test_a_force_told_as_a_part_of_the_army_before_it_is_that_army(pipeline):
    # "including special forces": the Turkish army's own units, neither a second side nor Syria's army
    text = ("The Turkish army sent reinforcements into Jarablus on Sunday, including special forces and tanks, and "
            "shelled Islamic State positions, killing 12 militants.")
    found = events(pipeline, text, published="2016-10-03")
    assert [(e.actor1, e.actor2, e.fatalities) for e in found] == [
        ("Military Forces of Turkey (2002-)", "Islamic State (Syria)", 12)]
