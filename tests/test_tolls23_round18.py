"""Tolls (round 18): a risen toll is never deaths on top, tolls that sum to another report's are its parts, a
sentence's total over several events leaves each its own, one more dead told in the count's clause, one person named
by a title and a name, "N of those killed" is a part but "N members of the group" is not, and a lone named death
beside an event's toll of many is one of its dead; parts of a toll beat a bare "killed"; a month's tally is no event's
toll, nor is a toll of the war named by its country."""

from __future__ import annotations

import pytest
from tests.coding_support import events

from warscribe.knowledge.counts import CountReader
from warscribe.knowledge.lexicon import Lexicon
from warscribe.model import Event
from warscribe.pipeline import Pipeline
from warscribe.stages import merge, retell


@pytest.fixture(scope="module")
def reader() -> CountReader:
    return CountReader(Lexicon.load())


def _deaths(reader: CountReader, text: str) -> list[tuple[int, bool]]:
    return [(c.value, c.vague) for c in reader.read(text) if c.outcome == "death"]


def test_risen_toll_with_more_is_no_addition(pipeline: Pipeline) -> None:
    # (a headline naming no side, run into the next one: "rises to 9" then "More casualties reported in ...")
    text = ("16 May 2016 Death toll from rocket attacks in Homs rises to 9 more casualties reported in Hama and "
            "Latakia. The death toll from the rebel rocket attacks on the Wadi al-Dhahab neighborhood in Homs city "
            "rose to 9 civilians in addition to 14 injured a police source told the agency on Monday. The source "
            "earlier put the death toll at 6 civilians.")
    found = events(pipeline, text, "2016-05-16")
    assert found and found[0].fatalities == 9, [(e.event_id, e.fatalities) for e in found]


def test_summed_parts_are_no_lower_reports() -> None:
    told = [(140, False, False, ""), (110, False, False, ""), (30, False, False, "")]
    assert [k for *_, k in merge._summed_parts(told)] == ["", "part", "part"]
    # one figure told twice is one toll retold, no two parts
    told = [(25, False, False, ""), (25, False, False, ""), (50, False, False, "")]
    assert [k for *_, k in merge._summed_parts(told)] == ["", "", ""]
    # vague figures are never parts
    told = [(6, False, False, ""), (3, True, False, ""), (3, False, False, "")]
    assert [k for *_, k in merge._summed_parts(told)] == ["", "", ""]


def test_total_with_its_parts_stands(pipeline: Pipeline) -> None:
    text = ("Syrian Army Kills over 140 Rebels in Idlib. The Syrian army foiled on Saturday an attack by rebels on "
            "army posts in the Idlib countryside. 140 rebels at least were killed in the southern and western "
            "countryside of Idlib. In the southern countryside army units killed about 110 rebels in the clashes. In "
            "the western countryside army units foiled an attack by rebels on army posts. 30 rebels were killed and "
            "scores were injured.")
    found = events(pipeline, text)
    assert found and found[0].fatalities == 140, [(e.event_id, e.fatalities) for e in found]


def test_headline_total_over_two_events_leaves_each_its_own(pipeline: Pipeline) -> None:
    text = ("12 civilians killed in rebel rocket attacks on Homs and Hama A reporter in Homs said that 7 civilians "
            "were killed by rocket shells fired by rebels on the Akrama neighborhood in Homs on Monday. Meanwhile "
            "five civilians were killed when rebels shelled the city of Hama with mortars.")
    found = events(pipeline, text)
    assert sorted(e.fatalities for e in found) == [5, 7], [(e.event_id, e.location, e.fatalities) for e in found]


def test_one_more_dead_in_the_clause(reader: CountReader) -> None:
    assert _deaths(reader, "Nine civilians were killed in Binnish and another woman died in Taftanaz.") == [(10, False)]
    # more than one is no "one more"; nor is a thing
    assert _deaths(reader, "Nine civilians were killed in Binnish and another car was burned.") == [(9, False)]


def test_titled_person_is_one_victim(reader: CountReader) -> None:
    text = "The army shelled rebel positions near Rastan killing the rebel commander Abu Khaled sources told us."
    assert _deaths(reader, text) == [(1, False)]
    # a plural noun before the name is no one person
    text = "killing the rebel fighters Abu Khaled said"
    assert not reader._titled_one(text, len("killing"))
    assert reader._titled_one("killing the rebel commander Abu Khaled said", len("killing"))


def test_part_of_number_only_after_a_figure() -> None:
    assert retell.toll_kind("", "seven of those killed", "") == "part"
    assert retell.toll_kind("", "12 of them were killed", "") == "part"
    assert retell.toll_kind("", "40 members of the Islamic State were killed", "") == ""


def test_lone_death_beside_a_toll_of_many() -> None:
    own = (40, True, False, "floor")  # "at least 40": a floor
    told = [own, (1, False, False, "")]
    assert [k for *_, k in merge._lone_deaths(told, own)] == ["floor", "part"]
    # a larger toll joining a lone death later is no such event's: the one stands
    own = (1, False, False, "")
    assert [k for *_, k in merge._lone_deaths([own, (130, False, False, "")], own)] == ["", ""]


def test_named_commander_among_the_dead(pipeline: Pipeline) -> None:
    text = ("Activists said on Sunday that at least 40 members of the Islamic State group were killed in clashes with "
            "the Syrian army near Palmyra. Moreover the military commander of the Islamic State group in Palmyra Abu "
            "Omar al-Shami was killed in the fighting with the Syrian army near Palmyra.")
    found = events(pipeline, text)
    assert found and found[0].fatalities == 40, [(e.event_id, e.fatalities) for e in found]


def test_parts_beat_a_bare_killed() -> None:
    c = merge._Cluster(event=_event(), sentence=0, explicit_place=False, explicit_date=False)
    c.deaths = [(20, False, False, "part"), (3, True, False, "")]
    merge._conservative(c)
    assert c.event.fatalities == 20
    # an exact report of the whole toll still stands before the parts
    c.deaths = [(20, False, False, "part"), (14, False, False, "")]
    merge._conservative(c)
    assert c.event.fatalities == 14


def _event() -> Event:
    return Event(event_id="t:1", doc_id="t")


def test_a_months_tally_is_no_events_toll(reader: CountReader) -> None:
    assert _deaths(reader, "The group said it documented 270 civilians killed by bombing in Aleppo during April.") == []
    assert _deaths(reader, "Throughout March 80 civilians were killed in Idlib.") == []
    assert _deaths(reader, "Air strikes killed 12 people in Aleppo on Monday.") == [(12, False)]


def test_war_named_by_its_country_is_background(reader: CountReader) -> None:
    text = "The downing on Monday brought the toll of Russian airmen killed in the Syrian war to 21."
    assert _deaths(reader, text) == []
    text = "Two Russian airmen were killed when their helicopter was downed near Palmyra."
    assert _deaths(reader, text) == [(2, False)]
