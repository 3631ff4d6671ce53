"""Syrian war articles, round 11: who strikes. A strike "of" a named force is that force's ("an airstrike of the
US-led coalition"); the US-led coalition's strikes are air strikes; an ally named after "backed by" is no side of
the event ("the army backed by allied militia seized villages" is the army's gain). Our own sentences."""

from __future__ import annotations

import warscribe
from warscribe.model import Event


def coded(text: str, published: str = "2017-03-20") -> list[Event]:
    return warscribe.extract(text, published=published)


def one(text: str) -> Event:
    events = coded(text)
    assert len(events) == 1, events
    return events[0]


def test_a_strike_of_a_named_force_is_that_force_s():
    event = one("An air strike of the US-led coalition has claimed the lives of five civilians in Al-Tabqa, "
                "residents said on Sunday.")
    assert event.sub_event_type == "Air/drone strike"
    assert "Coalition" in event.actor1
    assert "Civilians" in event.actor2


def test_the_us_led_coalition_s_strikes_are_air_strikes():
    event = one("Six civilians were killed in US-led coalitions strikes near Mayadin, a monitor said on Sunday.")
    assert event.sub_event_type == "Air/drone strike"
    assert "Coalition" in event.actor1
    assert event.fatalities == 6


def test_a_backer_named_without_commas_is_not_a_side():
    event = one("The Syrian army backed by allied militia has captured three villages south of Aleppo, "
                "a monitor said on Saturday.")
    assert event.sub_event_type == "Government regains territory"
    assert "Syria" in event.actor1 and "Military" in event.actor1


def test_a_rocket_bomb_on_a_city_is_shelling_not_an_air_strike():
    event = one("A rocket bomb fell on a residential neighbourhood of Aleppo city on Monday, killing two civilians.")
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert "Military Forces" not in (event.actor1 or "")


def test_a_capital_after_a_locative_is_the_place_not_its_government():
    event = one("The blast heard on Sunday in the capital Damascus was due to a rocket and not a car bomb, state TV "
                "said.")
    assert "Military Forces" not in (event.actor1 or "") + (event.actor2 or "")
    assert event.admin1 == "Damascus"


def test_planes_that_target_people_strike_from_the_air():
    event = one("Coalition planes targeted a bakery where villagers had queued near Mayadin on Monday, killing six.")
    assert event.sub_event_type == "Air/drone strike"


def test_a_misspelt_air_strike_is_still_one():
    event = one("Air stikes believed to be Russian killed nine people in a market in Saraqeb on Monday.")
    assert event.sub_event_type == "Air/drone strike"
