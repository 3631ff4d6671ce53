"""Round 20 (issue 9, FA-KES readings, follow-up): event types whose deciding words were missed. An assault launched
to retake ground; a campaign told with its strikes; cruise missiles fired in
answer to a gas attack; a blast told with the rocket that caused it; troops who stormed a village and killed people."""

from __future__ import annotations

from coding_support import events


def test_an_assault_launched_to_retake_a_village_is_a_clash(pipeline) -> None:
    evs = events(pipeline, "Activists said the army had launched an assault from positions near the dam to retake the "
                 "village of Zaara seized by rebels earlier this year.", "2017-05-01")
    assert evs and evs[0].sub_event_type == "Armed clash"


def test_a_campaign_fought_with_air_strikes_is_no_strike(pipeline) -> None:
    evs = events(pipeline, "The coalition is also battling the militants in Syria and Iraq with air strikes and "
                 "arms for its allies.", "2016-08-14")
    assert all(e.sub_event_type != "Air/drone strike" for e in evs)


def test_cruise_missiles_fired_after_a_gas_attack_are_a_missile_strike(pipeline) -> None:
    evs = events(pipeline, "The United States launched cruise missiles at a Syrian air base on Friday in response to "
                 "a deadly poison gas attack that Washington blamed on the army.", "2017-04-10")
    assert evs and evs[0].sub_event_type == "Shelling/artillery/missile attack"
    assert evs[0].actor1.startswith("Military Forces of the United States")


def test_a_blast_told_with_its_rocket_is_shelling(pipeline) -> None:
    evs = events(pipeline, "The blast heard on Saturday evening in Damascus was due to a rocket bomb and not a car "
                 "bomb, a correspondent said.", "2013-08-24")
    assert evs and evs[0].sub_event_type == "Shelling/artillery/missile attack"


def test_troops_who_stormed_a_village_killing_people_attacked_them(pipeline) -> None:
    evs = events(pipeline, "In Aleppo province troops stormed a village overnight killing 12 people, the monitor said.",
                 "2012-08-01")
    assert evs and evs[0].event_type == "Violence against civilians" and evs[0].sub_event_type == "Attack"


def test_a_village_stormed_from_rebels_is_still_ground_won(pipeline) -> None:
    evs = events(pipeline, "Government troops stormed a village held by rebels on Sunday, the monitor said.",
                 "2012-08-01")
    assert evs and evs[0].sub_event_type == "Government regains territory"


def test_people_running_amid_burnt_cars_burned_nothing(pipeline) -> None:
    evs = events(pipeline, "Television footage showed people running away from the smoke over the town and others "
                 "running amid wrecked or burnt cars on Tuesday.", "2016-07-27")
    assert all(e.sub_event_type != "Looting/property destruction" for e in evs)


def test_wounded_fighters_evacuated_tell_no_wounding(pipeline) -> None:
    evs = events(pipeline, "Residents said they also use the road to evacuate wounded fighters.", "2016-10-06")
    assert evs == []


def test_a_districts_fall_told_to_date_its_past_is_background(pipeline) -> None:
    evs = events(pipeline, "The market lies in a district that was part of the last rebel enclave until it was taken "
                 "over by the army in an advance in December.", "2017-04-19")
    assert evs == []

