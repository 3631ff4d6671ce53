"""Round 22, read23: tolls, dates and non-events found by reading FA-KES events (texts written for the tests)."""

from __future__ import annotations

import pytest

from coding_support import events


@pytest.mark.parametrize("text", [
    "Warplanes pounded the besieged suburb again on Monday. Five days of heavy shelling have killed dozens of people "
    "in the area, medics said.",
])
def test_a_toll_told_of_several_days_is_no_event_of_its_own(pipeline, text):
    found = events(pipeline, text, published="2017-11-20")
    assert [e.fatalities for e in found] == [0]


@pytest.mark.parametrize("text", [
    "The air raids, which began on Friday and continued Saturday, killed 37 civilians in and around Idlib, a monitor "
    "said.",
])
def test_strikes_told_with_the_days_they_ran_keep_no_summed_toll(pipeline, text):
    found = events(pipeline, text, published="2016-08-15")
    assert [(e.sub_event_type, e.fatalities) for e in found] == [("Air/drone strike", 0)]


def test_a_headline_toll_the_body_tells_as_a_span_sum_is_no_event(pipeline):
    text = ("Militants executed 450 members of a clan in eastern Syria. The jihadist group has executed 450 members "
            "of the clan it has been fighting during the past three weeks, a monitor said on Sunday. On Tuesday "
            "government warplanes killed 12 people in Raqqa, residents said.")
    found = events(pipeline, text, published="2014-08-17")
    assert [e.fatalities for e in found] == [12]


def test_an_incident_of_a_past_month_recalled_lends_no_toll(pipeline):
    text = ("Two car bombs killed at least 45 people in a district of Homs on Sunday, state media said. In a similar "
            "attack last November 28 people were killed in two explosions in the same district.")
    found = events(pipeline, text, published="2016-02-21")
    assert [e.fatalities for e in found] == [45]


@pytest.mark.parametrize("text", [
    "The militants have levied a tax on Christians and lodged their fighters in confiscated houses, a resident said.",
    "The group has housed its foreign fighters in confiscated homes in the city, a resident said.",
])
def test_a_standing_levy_or_a_seized_home_named_is_no_looting(pipeline, text):
    assert events(pipeline, text, published="2014-07-21") == []


def test_spoils_seized_in_a_fight_are_no_looting(pipeline):
    text = ("Kurdish-led fighters pushed the jihadists back from the town's school and after seizing a truck "
            "loaded with ammunition advanced towards the centre, sources said.")
    found = events(pipeline, text, published="2016-07-18")
    assert [e.sub_event_type for e in found] == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "Three people were killed when Syrian army tanks shelled the village of Kfar Ruma on Sunday. A wounded boy "
    "waits for treatment at a clinic in a government-held district on May 2 2015 after reported rebel shelling of "
    "the city. (AFP) The army denied the report.",
])
def test_a_photo_caption_told_with_its_full_date_is_no_event(pipeline, text):
    found = events(pipeline, text, published="2015-05-04")
    assert [(e.sub_event_type, e.actor1, e.event_date) for e in found] == [
        ("Shelling/artillery/missile attack", "Military Forces of Syria (2000-)", "2015-05-03")]


def test_a_caption_run_into_the_story_after_its_dated_credit_lends_it_nothing(pipeline):
    text = ("A checkpoint once held by government troops is seen after rebels said they took control of it on a road "
            "near Idlib May 4 2015 (Reuters) Three people were killed as Syrian troops attacked the village of Kfar "
            "Ruma on Sunday.")
    found = events(pipeline, text, published="2015-05-04")
    assert [(e.sub_event_type, e.actor1, e.event_date) for e in found] == [
        ("Attack", "Military Forces of Syria (2000-)", "2015-05-03")]


def test_a_day_told_ahead_dates_no_deed_told_after_it(pipeline):
    text = ("Air strikes killed nine people in Aleppo on Thursday, rescuers said. Peace talks are set to open in "
            "Geneva this Saturday, diplomats said. Elsewhere the army shelled rebel positions in Daraa province.")
    found = events(pipeline, text, published="2016-10-13")
    assert sorted((e.location, e.event_date) for e in found) == [("Aleppo", "2016-10-13"), ("Dar'a", "2016-10-13")]
