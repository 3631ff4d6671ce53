"""Syrian war articles (round 15, generic15): a campaign told in the present progressive is ongoing background; a
support phrase ("backed by air strikes") names who helped a side, not an event; a weekday told as a possessive
whose apostrophe was lost ("Tuesdays raid") dates the event. Our own sentences."""

from __future__ import annotations

import warscribe
from warscribe.model import Event
from warscribe.timex import find_dates


def coded(text: str, published: str = "2016-10-17") -> list[Event]:
    return warscribe.extract(text, published=published)


# -- the present progressive campaign

def test_warplanes_carrying_out_strikes_is_ongoing_background():
    assert coded("Government and allied jets are carrying out raids over Hama in support of a ground push.") == []


def test_a_coalition_conducting_strikes_is_ongoing_background():
    assert coded("The coalition is also conducting air strikes against the group in the east.") == []


def test_the_group_is_no_verb():
    # "IS" is the group here: the strikes launched to free the city of it are told as an event
    events = coded("Militia warplanes bombed the group's positions in the city on Thursday, in a battle to free the "
                   "city of IS by launching airstrikes on its sites.")
    assert events and events[0].sub_event_type == "Air/drone strike"


def test_carrying_out_strikes_on_a_day_stays_an_event():
    events = coded("Warplanes are carrying out air strikes on Douma on Monday, residents said.")
    assert len(events) == 1
    assert events[0].sub_event_type == "Air/drone strike"


def test_carrying_out_strikes_with_a_toll_stays_an_event():
    events = coded("Jets are carrying out raids on Douma that killed 14 people.")
    assert len(events) == 1
    assert events[0].fatalities == 14


def test_support_given_over_a_campaign_is_ongoing_background():
    assert coded("The coalition has been providing air support to an alliance also fighting the militants in "
                 "Raqqa.") == []


def test_air_cover_given_in_the_present_is_ongoing_background():
    assert coded("Russia is giving air cover to troops fighting rebels near Hama.") == []


# -- the support phrase

def test_fighters_backed_by_air_strikes_name_no_air_strike():
    assert coded("Kurdish fighters backed by US-led coalition air strikes have held back the jihadists in "
                 "Kobani.") == []


def test_troops_supported_by_airstrikes_name_no_air_strike():
    assert coded("Regime troops backed by Russian airstrikes have pushed back rebel fighters near Aleppo.") == []


def test_under_cover_of_strikes_names_no_air_strike():
    assert coded("Regime troops advanced under cover of heavy Russian air strikes near Aleppo.") == []


def test_with_the_support_of_raids_names_no_event():
    assert coded("Loyalist militias with the support of Russian raids have kept their lines near Hama.") == []


def test_what_the_supported_side_did_stays():
    events = coded("Army troops backed by Russian air strikes captured the village of Tal Khaled on Sunday.")
    assert len(events) == 1
    assert events[0].event_type == "Battles"


def test_a_verb_inside_the_phrase_keeps_its_attack():
    # "backed by Turkey" then a verb: no support phrase reaches the strikes
    events = coded("Rebels backed by Turkey attacked the town with air strikes and shelling on Sunday.")
    assert events


def test_air_strikes_told_on_their_own_stay():
    assert coded("Coalition warplanes carried out air strikes on Tabqa on Sunday.")


# -- a weekday whose apostrophe was lost

def test_possessive_weekday_without_apostrophe_is_a_day():
    found = find_dates("Tuesdays raid hit the market.")
    assert len(found) == 1 and found[0].kind == "weekday" and found[0].weekday == 1


def test_plural_weekday_is_no_day():
    assert find_dates("Protesters march on Fridays after prayers.") == []


def test_possessive_weekday_dates_the_event_over_the_speaking_day():
    events = coded("Thirty people were killed in Kafr Nabl last week when army artillery shelled the village a "
                   "monitor said on Saturday Wednesdays shelling hit the market.", published="2015-02-23")
    assert events
    assert events[0].event_date == "2015-02-18"


def test_a_header_date_yields_to_the_weekday_told():
    events = coded("Published March 9 2015 Ten people were killed when gunmen attacked a bakery in Kafr Nabl "
                   "a monitor said on Sunday Thursdays attack took place at dawn.", published="2015-03-09")
    assert events
    assert events[0].event_date == "2015-03-05"
