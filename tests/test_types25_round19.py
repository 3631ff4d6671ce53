"""Round 19 (issue 9): fights and seizures coded as violence against civilians, and other type errors. A battle and
a seizure of arms have no civilian side; an armed side's "group members" are its fighters, not a crowd; the US's
raids are air strikes; an advance in a region with no place taken is an armed clash."""

from __future__ import annotations

from coding_support import events


def test_fighting_has_no_civilian_side(pipeline) -> None:
    text = ("Some 90000 people lived in the besieged parts of Aleppo and the only road out of those districts was "
            "cut after heavy fighting broke out on Thursday.")
    evs = [e for e in events(pipeline, text) if e.event_type == "Battles"]
    assert evs and all("Civilians" not in (e.actor2 or "") for e in evs)


def test_arms_seized_have_no_civilian_victim(pipeline) -> None:
    text = ("A reporter who travels with the soldiers in the district said the army confiscated an arms cache that "
            "held rifles and grenades in Jobar on Monday.")
    evs = [e for e in events(pipeline, text) if e.sub_event_type == "Disrupted weapons use"]
    assert evs and all(not e.actor2 for e in evs)


def test_a_named_group_s_members_are_its_fighters_not_civilians(pipeline) -> None:
    text = "Government troops ambushed the Nusra Front group members near Douma on Tuesday."
    evs = events(pipeline, text)
    assert evs and evs[0].event_type == "Battles" and evs[0].sub_event_type == "Armed clash"
    assert all("Civilians" not in (e.actor2 or "") for e in evs)


def test_members_of_a_crowd_stay_civilians(pipeline) -> None:
    evs = events(pipeline, "Gunmen shot dead three members of a farming family in Kafr Nabl on Tuesday.")
    assert evs and evs[0].event_type == "Violence against civilians"


def test_us_raids_are_air_strikes(pipeline) -> None:
    evs = events(pipeline, "US raids on the Islamic State stronghold of Raqqa killed 14 people on Sunday.")
    assert evs and evs[0].sub_event_type == "Air/drone strike"


def test_an_advance_in_the_countryside_takes_no_place(pipeline) -> None:
    text = ("Army units advanced in the eastern Hama countryside on Friday, inflicting heavy losses upon the "
            "militants.")
    evs = events(pipeline, text)
    assert evs and evs[0].sub_event_type == "Armed clash"


def test_an_advance_into_a_town_still_takes_it(pipeline) -> None:
    evs = events(pipeline, "Army units advanced into Kafr Nabl on Friday.")
    assert evs and evs[0].sub_event_type == "Government regains territory"


def test_a_side_that_also_targeted_a_place_after_its_rocket_fire_shelled_it(pipeline) -> None:
    text = ("Rebels fired a rocket shell on the Jamiliya district of Aleppo on Monday, injuring four people. Rebels "
            "also targeted the Zahraa district, causing heavy material damage.")
    evs = events(pipeline, text)
    assert len(evs) == 2 and all(e.sub_event_type == "Shelling/artillery/missile attack" for e in evs)


def test_another_side_that_targeted_a_place_after_rocket_fire_is_not_shelling(pipeline) -> None:
    text = ("Rebels fired a rocket shell on the Jamiliya district of Aleppo on Monday, injuring four people. Police "
            "officers targeted a smuggler in the Zahraa district.")
    evs = events(pipeline, text)
    assert not any(e.sub_event_type == "Shelling/artillery/missile attack" and "Police" in (e.actor1 or "")
                   for e in evs)


def test_fighters_getting_killed_are_struck_not_the_doers(pipeline) -> None:
    evs = events(pipeline, "The posts in Deir Ezzor were destroyed on Sunday with terrorists around getting killed.")
    assert evs and not any(e.event_type == "Violence against civilians" for e in evs)
