"""Syrian war articles (round 15, fakes16): a later report folded into the event the article told before when it
tells that event's day where the event had only the report's (a dateline), names a place the event's sentence
listed with its own, or tells the same toll by the same actor under another type. Our own sentences."""

from __future__ import annotations

import warscribe
from warscribe.model import Event
from warscribe.stages import retell

# A dateline opens the headline; the body tells the day ("on Monday", the day before publication).
DATELINE = ("Tuesday 26 April 2016 Warplanes kill five rescue workers in Atarib. Regime warplanes struck a civil "
            "defence centre in the town of Atarib in Aleppo province on Monday{toll}, the rescue group said. The "
            "group said its teams had been working in the town for three years. It called on the world to protect "
            "its volunteers.")

# One shelling of two districts, told again for the damage in one of them.
LISTED = ("Rebels fired rocket shells at the districts of Mezzeh and Harasta in Damascus on Friday, wounding two "
          "people, state media said. A police source told the agency that the shelling came from the east. The "
          "source added that material damage was also caused to houses when rebels fired rocket shells on Harasta. "
          "Schools in the area were closed.")

# Two events in two clauses of one sentence: Harasta is not a place of the Mezzeh shelling.
CLAUSES = ("Rebel shells killed two people in Mezzeh on Friday and a roadside bomb destroyed a car in Harasta, state "
           "media said. A police source told the agency that the shelling came from the east. The source added that "
           "material damage was also caused to houses when rebels fired rocket shells on Harasta. Schools in the "
           "area were closed.")


def coded(text: str) -> list[Event]:
    return warscribe.extract(text, published="2016-04-26")


def test_the_body_tells_the_day_of_a_headline_dated_by_its_dateline():
    events = coded(DATELINE.format(toll=""))
    assert len(events) == 1
    assert (events[0].event_date, events[0].fatalities, events[0].location) == ("2016-04-25", 5, "Al Atarib")


def test_a_headline_dated_by_its_line_and_its_body_with_another_toll_are_one_strike():
    # the headline takes the day its body tells (round 15's dates15: a date line glued to a headline is the
    # article's date, and the next sentence's day within the week before it is the event's), so both tell one
    # strike on one day at one place; the two tolls disagree and ACLED's rule keeps the lower
    events = coded(DATELINE.format(toll=", killing three people"))
    assert sorted((e.event_date, e.fatalities) for e in events) == [("2016-04-25", 3)]


def test_a_place_listed_with_the_events_place_is_the_event():
    events = coded(LISTED)
    assert [e.location for e in events] == ["Mezzeh"]


def test_a_place_of_another_clause_stays_another_event():
    events = coded(CLAUSES)
    assert sorted(e.location for e in events) == ["Harasta", "Mezzeh"]


def test_places_listed_together():
    assert retell.listed_together(" and ")
    assert retell.listed_together(" district in ")
    assert not retell.listed_together(" cause material damage in ")


def _event(sub: str, actor1: str | None, actor2: str | None, fatalities: int, day: str = "2014-08-07",
           place: str = "Deir-ez-Zor") -> Event:
    family = {"Attack": "Violence against civilians", "Armed clash": "Battles"}.get(sub, "Explosions/Remote violence")
    return Event(event_type=family, sub_event_type=sub, actor1=actor1, actor2=actor2, fatalities=fatalities,
                 event_date=day, country="Syria", admin1="Deir-ez-Zor", location=place)


def _agree(a: Event, b: Event, **kw) -> tuple[str, str] | None:
    return retell.agreement(a, b, later_placed=True, later_dated=True, unknown=set(), **kw)


def test_the_same_toll_by_the_same_actor_is_one_killing_under_two_types():
    a = _event("Attack", "Islamic State (Syria)", "Civilians (Syria)", 19)
    b = _event("Armed clash", "Islamic State (Syria)", "Opposition Rebels (Syria)", 19)
    found = _agree(a, b, same_toll=19)
    assert found is not None and "the same toll (19)" in found[0]
    assert _agree(a, b) is None  # no shared toll: two families stay two
    assert _agree(a, b, same_toll=2) is None  # below same_toll_min
    other = _event("Armed clash", "Military Forces of Syria (2000-)", "Islamic State (Syria)", 19)
    assert _agree(a, other, same_toll=19) is None  # another actor 1
    town = _event("Attack", "Islamic State (Syria)", "Civilians (Syria)", 19, place="Al Mayadin")
    elsewhere = _event("Armed clash", "Islamic State (Syria)", None, 19, place="Hajin")
    assert _agree(town, elsewhere, same_toll=19) is None  # two towns


def test_a_day_before_the_reports_only_when_the_event_had_no_day_of_its_own():
    a = _event("Air/drone strike", "Military Forces of Syria (2000-)", "Civilians (Syria)", 5, day="2016-04-26")
    b = _event("Air/drone strike", "Military Forces of Syria (2000-)", None, 0, day="2016-04-25")
    assert _agree(a, b) is None  # the event's day was told: another day is another strike
    assert _agree(a, b, earlier_dated=False) is not None
    far = _event("Air/drone strike", "Military Forces of Syria (2000-)", None, 0, day="2016-04-10")
    assert _agree(a, far, earlier_dated=False) is None  # beyond day_lag
    assert _agree(a, b, earlier_dated=False, tolls_differ=True) is None


def _strike(sub: str, actor1: str, inter1: int, actor2: str, inter2: int) -> Event:
    return Event(event_type="Explosions/Remote violence", sub_event_type=sub, actor1=actor1, inter1=inter1,
                 actor2=actor2, inter2=inter2, event_date="2015-08-06", country="Syria", admin1="Ar-Raqqa",
                 location="Al-Tabqa")


def test_an_air_strike_told_the_other_way_round_is_one_strike_read_wrongly_once():
    army, isis = ("Military Forces of Syria (2000-)", 1), ("Islamic State (Syria)", 2)
    misread = _strike("Air/drone strike", *isis, *army)
    right = _strike("Air/drone strike", *army, *isis)
    assert retell.sides_read_wrongly(misread, right)
    found = _agree(misread, right)
    assert found is not None and "the other way round" in found[0]
    assert not retell.sides_read_wrongly(right, misread)  # the later striker does not fly: the event keeps its sides
    assert _agree(right, misread) is None
    # shelling goes both ways: rebel shells after army shells are the reply, another event
    assert not retell.sides_read_wrongly(_strike("Shelling/artillery/missile attack", *isis, *army),
                                         _strike("Shelling/artillery/missile attack", *army, *isis))


def test_swapping_sides_swaps_codes_and_associates():
    from warscribe.stages.merge import _swap_sides
    ev = _strike("Air/drone strike", "Islamic State (Syria)", 2, "Military Forces of Syria (2000-)", 1)
    ev.assoc_actor_2 = ["Hezbollah"]
    _swap_sides(ev)
    assert (ev.actor1, ev.inter1, ev.actor2, ev.inter2) == ("Military Forces of Syria (2000-)", 1,
                                                            "Islamic State (Syria)", 2)
    assert ev.assoc_actor_1 == ["Hezbollah"] and ev.assoc_actor_2 == []
    assert ev.interaction == 12
