"""Syrian war articles, round 5: period summaries and what a war has become are no event; words of war reporting
that share a skeleton with a town abroad are no place; a town framed as one by a country the text names is read
there, though the text names another country more. Our own sentences."""

from __future__ import annotations

import pytest

import warscribe
from warscribe.model import Event


def coded(text: str) -> list[Event]:
    return warscribe.extract(text, published="2016-06-12")


@pytest.mark.parametrize("text", [
    "Air strikes since January have also hit several villages in the rural province.",
    "Government troops have been since June waging a counter-offensive on the desert town.",
    "The militants have tried to advance on the rebel-held border town for several months.",
    "In the last six months the army has used helicopters to drop barrel bombs on the northern towns.",
    "The war has turned the uprising into a sectarian fight between rebels and government forces.",
    "The general staff warned against new missile strikes on the air base.",
])
def test_period_summaries_are_no_event(text: str) -> None:
    assert coded(text) == []


@pytest.mark.parametrize("text", [
    "Air strikes hit the town of Douma, where a truce has been in place since July, killing four civilians.",
    "Two civilians were killed by shelling in Aleppo city on Monday in the first deaths since the truce began.",
])
def test_a_dated_event_with_a_period_in_an_aside_stands(text: str) -> None:
    events = coded(text)
    assert len(events) == 1 and events[0].fatalities in (2, 4), [(e.sub_event_type, e.fatalities) for e in events]


@pytest.mark.parametrize(("text", "wrong"), [
    ("Blast kills 20 rebels. A blast in Idlib province near the border with Turkey killed 20 rebels on "
     "Thursday, a monitor based in Britain said.", "Elbistan"),
    ("Human Rights Watch said the rockets hit a school in Idlib on Thursday, killing two children.", "Haymana"),
    ("Rockets filled with sarin hit the rebel-held suburbs of Damascus on Thursday, killing dozens.", "Suran"),
])
def test_reporting_words_are_no_town(text: str, wrong: str) -> None:
    events = coded(text)
    assert events and all((e.location or "") != wrong and e.country == "Syria" for e in events), \
        [(e.location, e.country) for e in events]


def test_a_town_framed_by_its_country_is_read_there() -> None:
    text = ("Kurdish-led fighters killed 12 militants near Syrias northern town of Al Tabqah on Saturday, media "
            "in Russia reported, citing the defence ministry in Russia. Syrian state television gave no toll.")
    events = coded(text)
    assert any(e.location == "Al-Tabqa" and e.admin1 == "Ar-Raqqa" for e in events), \
        [(e.location, e.admin1, e.country) for e in events]


def test_a_border_town_of_a_country_is_a_vote_for_it() -> None:
    text = ("Fighting raged in the Syrian border town of Kobani on Saturday after militants attacked Kurdish "
            "fighters, joined by Iraqi peshmerga; the Iraqi fighters came with Iraqi heavy weapons.")
    events = coded(text)
    assert any(e.country == "Syria" and e.admin1 == "Aleppo" for e in events), \
        [(e.location, e.admin1, e.country) for e in events]


def test_a_demonym_before_held_is_no_town() -> None:
    text = "At least 10 soldiers were killed in air raids near the Israeli-held Golan Heights on Monday."
    assert all((e.location or "") != "Israeli" for e in coded(text))


@pytest.mark.parametrize("text", [
    "The two-week-old battle for the mountain town has cost the lives of at least 60 rebels.",
    "The coalition raids, which began last September, have focused on the jihadist group.",
    "State television gave no figure for the number of people killed in the clashes.",
])
def test_a_campaigns_course_or_an_untold_toll_is_no_event(text: str) -> None:
    assert coded(text) == []


def test_a_10_year_old_victim_is_no_campaign() -> None:
    events = coded("A 10-year-old boy was killed by a sniper in Daraa on Monday.")
    assert len(events) == 1 and events[0].fatalities == 1


def test_a_gate_quarter_of_damascus_is_no_al_bab() -> None:
    events = coded("Rebels fired a mortar shell on the Bab Touma neighbourhood of Damascus on Monday, injuring two.")
    assert [(e.location, e.admin1) for e in events] == [("Bab Touma", "Damascus")]


def test_a_month_opening_a_sentence_dates_it_and_only_it() -> None:
    events = coded("Rebels fired mortar shells at a square in Damascus. In March two blasts occurred near a cemetery "
                   "in Damascus, killing 40 people.")
    dates = sorted((e.sub_event_type, e.event_date, e.time_precision) for e in events)
    assert dates == [("Remote explosive/landmine/IED", "2016-03-01", 3),
                     ("Shelling/artillery/missile attack", "2016-06-12", 1)], dates


def test_a_protest_over_months_of_unpaid_pay_still_stands() -> None:
    events = coded("Teachers protested in Nairobi on Monday over salaries unpaid for several months.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_a_day_compared_with_months_still_stands() -> None:
    events = coded("Air strikes on a village in the rebel-held enclave killed at least seven people on Sunday, in one "
                   "of the deadliest days in the region for months.")
    assert [e.fatalities for e in events] == [7]


def test_a_campaign_under_way_for_months_is_no_event() -> None:
    assert coded("The Kurdish-led fighters have for months been advancing towards the city from the north.") == []
