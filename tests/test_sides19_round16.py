"""Round 16 (sides19): the sides of FA-KES events named by a description, allies, accusers, pacts and statements."""

from __future__ import annotations

import warscribe
from warscribe.knowledge.roles import accuses, coordinated, named_by_fire, party_to_pact, states_author


def _events(text: str, published: str = "2016-10-31") -> list:
    return warscribe.extract(text, published=published)


def _sides(text: str, published: str = "2016-10-31") -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in _events(text, published)]


def test_group_spelled_fateh_is_the_group() -> None:
    text = "Dozens of Jaysh al-Fateh militants died in fighting with Syrian troops near Aleppo on Sunday."
    assert any(a1 == "Jaysh al Fatah" or a2 == "Jaysh al Fatah" for a1, a2 in _sides(text))


def test_so_called_ally_joins_the_first_side() -> None:
    assert coordinated(" as well as the so-called ")
    text = ("Heavy fighting broke out on Tuesday between Nusra Front as well as the so-called Free Syrian Army on one "
            "hand and ISIL on the other near Qalamoun, killing 12.")
    a1, a2 = _sides(text, "2014-12-17")[0]
    assert (a1, a2) == ("Jabhat al Nusra", "Islamic State (Syria)")


def test_allies_named_after_a_description_are_one_side() -> None:
    assert coordinated(" and its allies from the Lebanese group ")
    assert not coordinated(" and its allies, the ministry said, ")
    text = "On Sunday the Syrian army and its allies from the Lebanese group Hezbollah captured the town of Qusayr."
    events = _events(text, "2013-06-05")
    assert events and events[0].actor1 == "Military Forces of Syria (2000-)"
    assert events[0].actor2 != "Military Forces of Syria (2000-)"


def test_accuser_is_no_side() -> None:
    assert accuses(" has accused regime troops")
    assert accuses(" blamed the rebels")
    assert not accuses(" killed two men")
    assert not accuses(" accused of bombing herders")
    assert not accuses(" blamed for the shelling")
    text = "The opposition has accused regime troops of killing 40 civilians in Douma on Monday."
    a1, a2 = _sides(text, "2013-08-25")[0]
    assert a1 == "Military Forces of Syria (2000-)"
    assert a2 == "Civilians (Syria)"


def test_counter_accusation_keeps_the_first_doer() -> None:
    text = ("The Syrian opposition has accused government forces of killing well over 1000 civilians with poison gas "
            "in Damascus suburbs on Wednesday. The Syrian government has accused rebels of launching the chemical "
            "attacks.")
    events = _events(text, "2013-08-25")
    assert len(events) == 1
    assert events[0].actor1 == "Military Forces of Syria (2000-)"
    assert events[0].actor2 == "Civilians (Syria)"


def test_side_named_by_its_fire_is_the_doer() -> None:
    assert named_by_fire("rebel fire")
    assert not named_by_fire("fire")
    text = ("An injured boy waits at a hospital in Aleppo on Monday following rebel fire on government-held parts of "
            "the city.")
    a1, a2 = _sides(text, "2016-11-04")[0]
    assert (a1, a2) == ("Opposition Rebels (Syria)", "Civilians (Syria)")


def test_demand_that_attacks_stop_is_no_event() -> None:
    text = "The council demands that the government immediately put an end to all air strikes on Aleppo."
    assert _events(text, "2016-11-04") == []


def test_statement_author_is_no_doer() -> None:
    assert states_author("media reported citing an ", " statement that a bomber")
    assert states_author("Earlier ", " statement said that a bomber")
    assert not states_author("Earlier ", " fighters said that")
    assert states_author("Earlier the ", " spokesman Major General Jane Roe said that the gunmen")
    assert not states_author("Earlier the ", " spokesman Jane Roe visited the town and said that")
    text = ("Media reported on Sunday citing a Jaysh al-Islam statement that a suicide bomber blew himself up at an "
            "office in Douma, killing five.")
    events = _events(text, "2017-05-21")
    assert events and events[0].actor1 != "Jaysh al Islam"


def test_lower_case_turkey_is_the_country() -> None:
    text = "On Monday turkey shelled Kurdish YPG fighters near Afrin."
    events = _events(text, "2018-01-22")
    assert events and events[0].actor1 == "Military Forces of Turkey (2002-)"


def test_starting_a_strike_names_its_doer() -> None:
    text = "On Monday Turkey started shelling Kurdish YPG fighters near Afrin."
    events = _events(text, "2018-01-22")
    assert events and events[0].actor1 == "Military Forces of Turkey (2002-)"


def test_parties_to_a_pact_are_no_sides_of_a_blast() -> None:
    assert party_to_pact("evacuated under a deal reached between the regime and ")
    assert not party_to_pact("fighting between the regime and ")
    text = ("A car bomb hit buses carrying people evacuated from two towns under a deal reached between the regime and "
            "rebels near Aleppo on Saturday.")
    events = _events(text, "2017-04-16")
    assert events and events[0].actor1 not in ("Military Forces of Syria (2000-)", "Opposition Rebels (Syria)")
    assert events[0].actor2 not in ("Military Forces of Syria (2000-)", "Opposition Rebels (Syria)")


def test_holder_of_the_place_taken_is_actor2() -> None:
    text = ("On Sunday the Syrian army and its allies from the Lebanese group Hezbollah captured more territory inside "
            "Zabadani, the last rebel-held town near the border.")
    events = _events(text, "2015-07-21")
    assert events and events[0].actor1 == "Military Forces of Syria (2000-)"
    assert events[0].actor2 == "Opposition Rebels (Syria)"


def test_holder_before_the_trigger_describes_a_side() -> None:
    text = "On Sunday the government-backed and rebel-dominated coalition captured two villages near Aleppo."
    events = _events(text, "2015-07-21")
    assert all(e.actor2 != "Opposition Rebels (Syria)" for e in events)


def test_strike_on_a_held_town_keeps_its_victims() -> None:
    text = "On Monday air strikes on a rebel-held town near Idlib killed 12 civilians."
    events = _events(text, "2017-04-25")
    assert events and events[0].actor2 == "Civilians (Syria)"


def test_isis_in_title_case_is_the_group() -> None:
    text = "On Saturday Isis carried out a car bomb attack on displaced people near Deir ez-Zor, killing five."
    events = _events(text, "2017-11-10")
    assert events and events[0].actor1 == "Islamic State (Syria)"


def test_rebel_holder_flies_no_air_strike() -> None:
    text = "Aerial bombardment on a residential neighbourhood controlled by the rebels killed five civilians in Aleppo."
    events = _events(text, "2016-09-11")
    assert events and events[0].actor1 != "Opposition Rebels (Syria)"
    assert events[0].actor2 == "Civilians (Syria)"
