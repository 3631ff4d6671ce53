"""Syrian war articles (round 15, fakes18): event types and sides. A force that fights from the air raids by air; a
bombing told as like a car bomb is a car bomb, and another event; executions that "took place in the village" take
no ground; a weapon destroyed is a fight's target, not its means; a monitor is a source whatever word qualifies it;
a town's Kurdish defenders are the YPG; a source's day of speaking yields to the event's own day. Our own sentences."""

from __future__ import annotations

import warscribe
from warscribe.model import Event


def coded(text: str, published: str = "2016-10-17") -> list[Event]:
    return warscribe.extract(text, published=published)


def test_russian_raids_are_air_strikes():
    events = coded("Russian raids killed 17 people in the Qaterji district of Aleppo overnight.")
    assert events[0].sub_event_type == "Air/drone strike"
    assert events[0].actor1 == "Military Forces of Russia (2000-)"


def test_victims_counted_before_the_raids_are_no_rioters():
    events = coded("Of the 30 people killed most died in Qaterji in Aleppo where Russian raids claimed 17 lives "
                   "overnight.")
    assert events[0].event_type != "Riots"
    assert events[0].actor1 == "Military Forces of Russia (2000-)"
    assert events[0].sub_event_type == "Air/drone strike"


def test_police_raids_stay_on_the_ground():
    events = coded("Police raids in Nairobi killed two suspects on Monday.")
    assert events[0].sub_event_type != "Air/drone strike"


def test_a_similar_bombing_is_another_car_bomb():
    events = coded("A car bomb exploded in the main square of Jaramana near Damascus on Sunday, killing 12 people. "
                   "A similar bombing in the same square on July 25 killed at least seven people.",
                   published="2012-08-28")
    assert len(events) == 2
    assert all(e.sub_event_type == "Remote explosive/landmine/IED" for e in events)
    assert sorted(e.fatalities for e in events) == [7, 12]


def test_a_bombing_after_air_strikes_stays_an_air_strike():
    events = coded("Warplanes struck the town of Saraqib in Idlib on Sunday, killing 9 people. A similar bombing "
                   "of the town on Friday killed 4.", published="2016-10-17")
    assert all(e.sub_event_type == "Air/drone strike" for e in events)


def test_clashes_after_the_bombings_are_a_fight():
    events = coded("Two suicide bombers blew themselves up at a checkpoint near Kobani on Saturday, killing 5 "
                   "fighters. Another 11 were killed in clashes between the Kurdish defenders and the jihadists at "
                   "the border after the bombings.", published="2014-11-30")
    clashes = [e for e in events if e.sub_event_type == "Armed clash"]
    assert clashes
    assert any(e.actor1 == "YPG: Peoples Protection Units" or e.actor2 == "YPG: Peoples Protection Units"
               for e in clashes)
    assert all(e.sub_event_type != "Air/drone strike" for e in events)


def test_kobani_defenders_are_the_ypg():
    events = coded("Kobani's defenders clashed with Islamic State fighters at the border crossing on Saturday.",
                   published="2014-11-30")
    sides = {events[0].actor1, events[0].actor2}
    assert "YPG: Peoples Protection Units" in sides


def test_executions_that_took_place_in_a_village_take_no_ground():
    events = coded("The executions took place in the village of Rityan north of Aleppo on Tuesday when regime "
                   "forces executed 20 people.", published="2015-02-23")
    assert events[0].event_type == "Violence against civilians"
    assert events[0].sub_event_type == "Attack"


def test_troops_who_took_a_village_still_regain_it():
    events = coded("Government forces took the village of Rityan north of Aleppo on Tuesday.",
                   published="2015-02-23")
    assert events[0].sub_event_type == "Government regains territory"


def test_the_day_of_the_executions_not_of_the_statement():
    events = coded("A monitoring group said on Saturday that regime forces killed 20 people in the village of Rityan "
                   "north of Aleppo in an offensive on Tuesday.", published="2015-02-23")
    assert events[0].event_date == "2015-02-17"


def test_a_destroyed_mortar_is_a_fight_not_shelling():
    events = coded("The army destroyed a mortar and a bulldozer of the insurgents in Barzeh in Damascus on Monday.")
    assert events[0].sub_event_type == "Armed clash"


def test_mortars_fired_stay_shelling():
    events = coded("Rebels destroyed the post with mortars in Barzeh in Damascus on Monday.")
    assert events[0].sub_event_type == "Shelling/artillery/missile attack"


def test_the_opposition_monitor_is_no_side():
    events = coded("The opposition Syrian Observatory for Human Rights said air strikes killed 29 people on Sunday "
                   "in the Al-Ferdous district of Aleppo.", published="2014-04-21")
    assert events[0].actor1 != "Opposition Rebels (Syria)"
    assert events[0].sub_event_type == "Air/drone strike"


def test_rebels_named_before_a_monitor_with_a_comma_stay_a_side():
    events = coded("Rebels shelled Aleppo killing 5 people on Sunday, the Syrian Observatory said.",
                   published="2014-04-21")
    assert events[0].actor1 == "Opposition Rebels (Syria)"


def test_a_daily_toll_compared_with_a_campaign_is_no_event():
    events = coded("The monitor said the number of deaths was one of the highest daily tolls for the group since "
                   "it launched an assault on the town of Kobani in September.", published="2014-11-30")
    assert events == []


def test_troops_who_retook_a_named_village_regain_it():
    events = coded("Government troops re-took Qumhana village from the rebels on Tuesday.", published="2015-02-23")
    assert events[0].sub_event_type == "Government regains territory"


def test_a_party_before_activists_stays_their_party():
    events = coded("Hundreds of DMK activists staged a demonstration in Namakkal on Monday.", published="2015-09-23")
    assert events[0].sub_event_type == "Peaceful protest"
    assert any("DMK" in a for a in events[0].assoc_actor_1)


def test_locals_of_the_area_who_clash_are_no_victims():
    events = coded("On 15 March 2024, locals of the area and students of the college clashed near Hathazari in "
                   "Chittagong.", published="2024-03-16")
    assert events[0].event_type == "Riots"


def test_a_weapon_used_when_a_place_was_destroyed_stays_the_means():
    events = coded("A clinic was destroyed when regime warplanes fired missiles at it in Idlib on Monday.")
    assert events[0].sub_event_type == "Air/drone strike"


def test_us_led_strikes_are_air_strikes():
    events = coded("US-led strikes on the province of Raqa killed more than 20 Islamic State jihadists early Tuesday.",
                   published="2014-09-23")
    assert events[0].sub_event_type == "Air/drone strike"
    assert events[0].actor1 == "Global Coalition Against Daesh"


def test_air_attacks_are_air_strikes():
    events = coded("The intensified air attacks by regime forces on Al-Bab killed 12 people on Tuesday.",
                   published="2014-09-23")
    assert events[0].sub_event_type == "Air/drone strike"


def test_a_toll_killed_in_the_blast_still_tells_the_blast():
    events = coded("A car bomb exploded at a checkpoint in Hasakeh on Saturday. At least 10 fighters were killed in "
                   "the blast and a subsequent gun battle, the monitor said.", published="2015-07-30")
    assert all(e.sub_event_type != "Air/drone strike" for e in events)
