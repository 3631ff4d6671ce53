"""Syrian war articles, round 15 (branch fakes17): a toll belongs to the event its sentence tells. A headline
flattened into the story before its dateline ("... in Hama Province MOSCOW (Sputnik) The ...") is a sentence of its
own, and the dateline's city no place of the events; a toll that counts the dead of a side the event does not strike
is not that event's; more dead told at another place ("another 40 were killed around B") do not add to an event
told before; a report told as a new event of its kind ("separate air strikes ... killed 12") is its own event. Our
own sentences."""

from __future__ import annotations

import warscribe
from warscribe.model import Event
from warscribe.stages.segment import dateline_places, runs_into_dateline, split_sentences


def coded(text: str, published: str = "2016-07-20") -> list[Event]:
    return warscribe.extract(text, published=published)


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, 0, len(text))]


def test_a_headline_run_into_a_dateline_is_a_sentence_of_its_own() -> None:
    text = ("Photo by a staff writer Rebel Rockets Kill Five in Hama Province BEIRUT (Reuters) The army said its jets "
            "struck a depot near Idlib on Monday.")
    parts = _sentences(text)
    assert parts == ["Photo by a staff writer Rebel Rockets Kill Five in Hama Province",
                     "BEIRUT (Reuters) The army said its jets struck a depot near Idlib on Monday."]
    start = text.index("Photo")
    assert runs_into_dateline(text, start, start + len(parts[0]))
    assert [text[s:e] for s, e in dateline_places(text, 0, len(text))] == ["BEIRUT"]


def test_brackets_that_name_no_outlet_cut_nothing() -> None:
    text = "Ten aid workers of the SARC (Syrian Arab Red Crescent) Were hurt when a shell fell on their office."
    assert _sentences(text) == [text]
    text = "Fighters of the group ISIS (Daesh) Took the hill after a day of fighting."
    assert _sentences(text) == [text]


def test_a_flattened_headline_gives_its_toll_to_no_story_event() -> None:
    events = coded("Regime Jets Kill Over 100 Fighters in Hama Province MOSCOW (Sputnik) The US-led coalition has "
                   "killed more than twenty Islamic State operatives who were plotting attacks abroad the US defence "
                   "secretary said on Wednesday. The coalition also struck oil wells of the group.")
    assert events
    assert all(ev.fatalities != 100 for ev in events)
    assert all(ev.location != "Moscow" for ev in events)
    assert any(ev.fatalities == 20 for ev in events)


def test_a_toll_of_both_sides_is_the_fighting_not_the_air_strikes() -> None:
    events = coded("Islamic State attacks a Kurdish-held town on the Turkish border. Coalition war planes carried out "
                   "ten air strikes on Islamic State militants to repel the assault the monitor reported. It said at "
                   "least 30 Islamic State militants and 12 Kurdish militia fighters had been killed. The militants "
                   "attacked the town of "
                   "Tal Abyad which is held by the Kurdish YPG militia in the early hours of Saturday.",
                   published="2016-02-27")
    strikes = [ev for ev in events if ev.sub_event_type == "Air/drone strike"]
    assert strikes and all(ev.fatalities != 42 for ev in strikes)
    assert any(ev.fatalities == 42 for ev in events)


def test_more_dead_at_another_place_do_not_add_to_an_earlier_toll() -> None:
    events = coded("Russian jets killed dozens of Islamic State fighters in eastern Syria on Saturday the defence "
                   "ministry said. It said three Islamic State commanders had been confirmed dead as a result of an "
                   "earlier Russian strike. A command post of the militants was destroyed in Mayadeen the ministry "
                   "said adding that another 40 Islamic State fighters were killed around the town of Albu Kamal. "
                   "The ministry gave no other detail.", published="2017-10-07")
    assert events
    assert all(ev.fatalities != 43 for ev in events)


def test_separate_strikes_are_an_event_of_their_own() -> None:
    events = coded("Government air strikes on the town of Kafr Takharim in Idlib province killed 26 people on "
                   "Tuesday the monitor said. Separate air strikes southwest of Kafr Takharim killed at "
                   "least 12 people on Tuesday the monitor said. Rescue workers searched the rubble. The town has "
                   "been held by rebels for years. Residents fled to the fields.", published="2017-01-10")
    tolls = sorted(ev.fatalities for ev in events if ev.sub_event_type == "Air/drone strike")
    assert tolls == [12, 26]


_SHELLED = ("Government shelling on the town of Kafr Nabl in Idlib province killed 30 people on Monday, the monitor "
            "said. ")


def test_a_later_count_after_another_event_is_not_the_first_events_toll() -> None:
    events = coded(_SHELLED + "Rebels clashed with soldiers near the town of Suqaylabiyah in Hama province on "
                   "Monday, and four fighters were killed. Aid workers said the hospital in the town was full. Two "
                   "people were killed in shelling, the state news agency said. Residents fled to the fields.",
                   published="2016-05-04")
    shelling = [ev for ev in events if ev.sub_event_type == "Shelling/artillery/missile attack"]
    assert [ev.fatalities for ev in shelling] == [30]


def test_a_later_lower_count_with_nothing_between_still_counts() -> None:
    events = coded(_SHELLED + "Two people were killed in shelling, the state news agency said. Aid workers said the "
                   "hospital in the town was full. Residents fled to the fields. Schools were closed.",
                   published="2016-05-04")
    shelling = [ev for ev in events if ev.sub_event_type == "Shelling/artillery/missile attack"]
    assert [ev.fatalities for ev in shelling] == [2]


def test_a_toll_naming_a_side_of_the_event_sentence_still_joins_it() -> None:
    # the volunteers fight beside the troops: their dead are the fight's, though the event's sides are troops and
    # gunmen
    events = coded("Village volunteers (VDP) and Burkinabe troops fought suspected ISGS gunmen near Tokabangou on "
                   "Monday. One gunman and one VDP member were killed, the army said. The troops seized rifles.",
                   published="2020-10-30")
    assert [ev.fatalities for ev in events if ev.event_type == "Battles"] == [2]


def test_an_article_after_death_toll_is_no_figure() -> None:
    from warscribe.knowledge.counts import CountReader
    from warscribe.knowledge.lexicon import Lexicon

    reader = CountReader(Lexicon.load())
    text = "A police officer confirmed the death toll to an agency reporter and said the bomber blew himself up."
    assert [c.value for c in reader.read(text) if c.outcome == "death"] == []
    assert [c.value for c in reader.read("The death toll rose to 14.") if c.outcome == "death"] == [14]


def test_some_of_a_counted_group_is_part_of_the_toll() -> None:
    events = coded("At least 35 militants were killed on Sunday in clashes with Kurdish fighters around the town of "
                   "Kobani, a monitor said. At least 22 of the militants were killed in fighting on the border. The "
                   "clashes went on into the night. Residents fled the town. Shops stayed shut.",
                   published="2015-02-15")
    assert [ev.fatalities for ev in events if ev.event_type == "Battles"] == [35]
