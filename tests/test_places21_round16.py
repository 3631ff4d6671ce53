"""Round 16 (places21): a place given a bearing from a town, the Golan in reports on Israeli raids, city quarters."""

from __future__ import annotations

import warscribe


def _events(text: str, published: str = "2016-06-07") -> list:
    return warscribe.extract(text, published=published)


def _only(text: str, word: str, published: str = "2016-06-07"):
    """The event whose evidence holds the trigger word."""
    events = [e for e in _events(text, published)
              if any(word in ev.text for ev in e.evidence if ev.field == "event_type")]
    assert events, [(e.location, e.admin1) for e in _events(text, published)]
    return events[0]


def test_place_east_of_a_town_is_no_namesake_across_the_country() -> None:
    # the gazetteer's only Safsafah lies in Tartous: a place east of Tabqa is near Tabqa
    text = "On Friday Kurdish-led fighters took the village of Safsafeh east of Tabqa after heavy clashes."
    ev = _only(text, "took")
    assert ev.admin1 == "Ar-Raqqa"
    assert ev.geo_precision == 2


def test_town_north_of_a_far_city_stays_itself() -> None:
    # a town spelled as the gazetteer spells it keeps its reading though it lies far from the city it is told from
    text = "Iraqi troops stormed Tikrit north of Baghdad on Monday, killing 12 militants."
    ev = _only(text, "stormed")
    assert ev.location == "Tikrit"


def test_golan_is_placed_in_a_report_about_israeli_raids() -> None:
    # a report about Israel (its soldier, its statement): the Golan is still Syria's Quneitra
    text = ("Israel hit Syrian army posts overnight after an Israeli soldier was wounded, Israel said. Eight Syrian "
            "soldiers died in the Israeli strikes on positions next to the occupied part of the Golan.")
    events = _events(text, "2015-03-02")
    assert events
    assert any(e.admin1 == "Quneitra" for e in events)


def test_square_of_damascus_misspelled_as_reports_do() -> None:
    text = ("Three people were hurt when a shell hit the Absasiyeen Square in the heart of the city of Damascus "
            "on Friday.")
    ev = _only(text, "shell", "2017-10-15")
    assert ev.location == "Al-Abbasiyin"
    assert ev.admin1 == "Damascus"


def test_aleppo_quarter_is_no_village_of_the_province() -> None:
    text = "Militants fired rockets on the al-Serian neighbourhood in Aleppo city on Sunday, killing four people."
    ev = _only(text, "fired rockets", "2015-02-16")
    assert ev.location == "Al-Siryan"


def test_hill_in_daraa_named_in_the_trigger() -> None:
    text = "Rebel fighters captured the strategic Tal al-Jabiyeh hill on Friday after a week of fighting."
    ev = _only(text, "captured", "2014-04-25")
    assert ev.admin1 == "Dar'a"
