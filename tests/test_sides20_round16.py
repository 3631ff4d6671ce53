"""Round 16 (sides20): FA-KES sides still wrong after sides19: the possessor of a place struck, a denier, a statement
author with a long title, a strike noun told again as the subject, the object of a verb taken as a later verb's
subject, a "terrorist bomb" read as an air strike. Our own sentences."""

from __future__ import annotations

import warscribe
from warscribe.knowledge.roles import denies, owns_place, states_author


def _events(text: str, published: str = "2016-06-22") -> list:
    return warscribe.extract(text, published=published)


def test_owns_place_reads_a_possessive_before_a_place_word() -> None:
    text = "jets struck the Islamic State group's de facto Syrian capital Raqqa"
    assert owns_place(text, text.index(" group"))
    text = "jets struck the Islamic State groups de factor Syrian capital"
    assert owns_place(text, text.index(" groups"))
    text = "bombs fell on IS's last stronghold in the north"
    assert owns_place(text, text.index("'s"))
    text = "IS Seizes Capital Of The Province"
    assert not owns_place(text, text.index(" Seizes"))
    text = "the rebels shelled the capital on Monday"
    assert not owns_place(text, text.index(" shelled"))


def test_possessor_of_the_capital_struck_is_not_the_striker() -> None:
    events = _events("Air strikes on the Islamic State group's self-declared capital Raqqa killed 14 civilians on "
                     "Tuesday.")
    assert events
    assert events[0].actor1 != "Islamic State (Syria)"
    assert events[0].actor2 == "Civilians (Syria)"


def test_denier_named_after_the_act_is_no_side() -> None:
    assert denies(" insists were not its doing")
    assert denies(" has denied")
    assert not denies(" attacked the town")
    text = ("Rescuers found the bodies of nine men in Douma after a gas attack on Tuesday which the Syrian government "
            "insists was not its doing.")
    for event in _events(text, "2013-08-22"):
        assert "Government of Syria" not in (event.actor1 or "") + (event.actor2 or "")


def test_statement_author_with_a_long_title_is_no_side() -> None:
    assert states_author("Earlier the ", " spokesman Lieutenant Colonel Johnathan Smithers said that the gunmen")
    text = ("Earlier the Russian Defense Ministry spokesman Lieutenant General Johnathan Smithers said that the gunmen "
            "shelled a school in Aleppo, Syria, killing three children.")
    for event in _events(text, "2016-11-20"):
        assert "Russia" not in (event.actor1 or "") + (event.actor2 or "")


def test_strikes_told_again_as_subject_keep_their_flyer() -> None:
    text = ("Russian warplanes flew 40 sorties over Deir Ezzor province on Monday. The sorties also destroyed three "
            "depots and killed 10 ISIS members near Palmyra in Homs countryside, destroying two tanks.")
    events = _events(text)
    palmyra = [e for e in events if e.fatalities == 10]
    assert palmyra
    assert palmyra[0].actor1 == "Military Forces of Russia (2000-)"
    assert palmyra[0].actor2 == "Islamic State (Syria)"


def test_strikes_told_again_in_a_summary_keep_the_flyer_it_names() -> None:
    text = ("Russian warplanes flew 40 sorties over several provinces during the past week. The sorties killed "
            "10 ISIS members near Palmyra in Homs countryside on Monday.")
    events = _events(text)
    assert events
    assert events[-1].actor1 == "Military Forces of Russia (2000-)"


def test_terrorist_bomb_in_a_headline_is_no_air_strike() -> None:
    events = _events("Terrorist Bomb Hits Bus In Damascus Killing 4 Pilgrims", "2015-02-01")
    assert events
    assert events[0].sub_event_type != "Air/drone strike"
    assert events[0].actor1 != "Military Forces of Syria (2000-)"


def test_a_report_issued_abroad_leaves_the_event_in_the_reports_country() -> None:
    text = ("Syrian government forces were behind a gas attack that killed more than 300 people in the Syrian "
            "capital's suburbs, a rights group said on Tuesday in a report issued in London.")
    events = _events(text, "2013-09-10")
    assert events
    assert all(e.country == "Syria" for e in events)
    assert all("(United Kingdom)" not in (e.actor2 or "") for e in events)


def test_peace_talks_city_is_no_scene() -> None:
    text = ("Rebels fought Syrian troops in Aleppo on Monday. The rebels, who were left out of the Geneva peace "
            "talks, clashed with the army again on Tuesday, killing four soldiers.")
    events = _events(text, "2016-06-20")
    assert events
    assert all(e.country == "Syria" for e in events)



def test_an_urging_to_agree_is_no_agreement() -> None:
    text = "The minister urged them to agree to a ceasefire in Aleppo, Syria, on Monday."
    assert not [e for e in _events(text, "2016-06-20") if e.sub_event_type == "Agreement"]
