"""Syrian war articles, round 12: whose strike and how many dead. A state force the event's own sentence names
keeps its sides against another force named elsewhere in the article; a count of some of the dead, an indefinite
"dozens" and the injured do not lower or replace the toll; a toll told as risen replaces the earlier one; an air
force named by its "aviation" flies air strikes; possessives written without an apostrophe name the group, not a
place. Our own sentences."""

from __future__ import annotations

import warscribe
from warscribe.model import Event


def coded(text: str, published: str = "2015-03-20") -> list[Event]:
    return warscribe.extract(text, published=published)


def one(text: str) -> Event:
    events = coded(text)
    assert len(events) == 1, events
    return events[0]


def test_the_state_force_of_the_headline_keeps_its_sides_against_a_coalition_named_later():
    events = coded("Assads air force kills 40 civilians in Deir Ezzor. The opposition said the regime bombed a "
                   "market in the city today, while many think it gains from the US-led coalition strikes against "
                   "ISIS.")
    first = events[0]
    assert first.sub_event_type == "Air/drone strike"
    assert "Military Forces of Syria" in first.actor1
    assert "Civilians" in first.actor2
    assert first.fatalities == 40


def test_a_state_force_told_by_a_noun_is_not_renamed_by_a_coalition_of_another_sentence():
    events = coded("The air force killed 40 civilians in Deir Ezzor on Monday. Many think the regime gains from "
                   "the US-led coalition strikes against ISIS.")
    assert "Coalition" not in events[0].actor1
    assert "Civilians" in events[0].actor2


def test_dozens_in_a_later_report_do_not_lower_an_exact_toll():
    event = one("Warplanes killed 38 civilians in Al-Bab on Monday, a monitor said. Activists said the warplanes "
                "carried out seven air raids on the town of Al-Bab on Monday, killing dozens of civilians.")
    assert event.fatalities == 38


def test_a_count_of_some_of_the_dead_does_not_lower_the_toll():
    event = one("Government air raids killed 27 civilians in Saraqib on Sunday, rescuers said. Besides "
                "the nine killed in the air raids on a bakery, 18 others died in the air raids on the town of "
                "Saraqib on Sunday.")
    assert event.fatalities == 27


def test_a_lower_report_of_the_whole_toll_is_still_kept():
    event = one("Government air raids killed 27 civilians in Saraqib on Sunday, rescuers said. A monitor "
                "said 22 civilians were killed in the air raids on the town of Saraqib on Sunday.")
    assert event.fatalities == 22


def test_a_toll_told_as_risen_replaces_the_first_figure():
    event = one("Air raids killed at least 14 civilians in the town of Douma on Monday, rescuers said. The toll "
                "of the air raids on the town of Douma rose to 35 dead by the evening, the monitor said.")
    assert event.fatalities == 35


def test_the_injured_told_after_the_dead_are_not_the_dead():
    event = one("6 persons killed 47 others injured in rocket attacks on Hama city. Rebels fired rockets on "
                "residential areas of Hama city on Tuesday, killing 6 persons and injuring 47 others.")
    assert event.fatalities == 6


def test_towns_counted_before_a_killing_are_no_victims():
    event = one("A car bomb hit buses carrying evacuees out of three besieged towns killing at least 60 people "
                "near Hama on Saturday.")
    assert event.fatalities == 60


def test_raids_of_an_aviation_are_air_strikes():
    event = one("The Syrian aviation carried out 17 raids on the town of Saraqib on Wednesday, killing eight "
                "militants.")
    assert event.sub_event_type == "Air/drone strike"
    assert "Military Forces of Syria" in event.actor1


def test_a_possessive_without_apostrophe_is_the_group_not_a_place():
    event = one("Coalition war planes struck near Daeshs headquarters west of Raqqa on Monday, killing 12 "
                "civilians.")
    assert event.location != "Daeshs"
    assert "Coalition" in event.actor1


def test_dozens_still_outrank_a_vague_several():
    event = one("Warplanes killed dozens of civilians in Al-Bab on Monday, a monitor said. Activists said the "
                "warplanes carried out seven air raids on the town of Al-Bab on Monday, killing several civilians.")
    assert event.fatalities == 12



def test_a_month_s_tally_is_no_event():
    assert coded("Government and Russian air strikes killed 1,300 civilians in Syria in February, a rights group "
                 "said on Sunday.") == []
    event = one("Five soldiers were killed in February in an attack by militants on an army post near Hama.")
    assert event.fatalities == 5


def test_an_anniversary_is_no_event_but_a_protest_on_it_is():
    assert coded("Wednesday marks the third anniversary of the sarin attack on Ghouta that killed hundreds.") == []
    event = one("Hundreds of protesters rallied in Saraqib on the anniversary of the uprising on Wednesday.")
    assert event.event_type == "Protests"


def test_a_toll_split_by_place_is_a_part_of_the_toll():
    event = coded("At least 41 IS militants were killed in coalition air strikes on Hasakeh province overnight, a "
                  "monitor said on Saturday. The monitor said 33 militants were killed in coalition air strikes "
                  "around the town of Shadadi in Hasakeh province and another eight near the border.")[0]
    assert event.fatalities == 41


def test_victims_among_the_dead_are_a_part_of_the_toll():
    event = coded("Air raids on the town of Saraqib killed at least 14 civilians on Saturday, the monitor said. "
                  "The monitor said four children and a woman were among the dead in the air raids on Saraqib.")[0]
    assert event.fatalities == 14
