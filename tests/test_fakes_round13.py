"""Syrian war articles, round 13: bombs or shells carrying chlorine or a gas that leave people choking are a chemical
attack; a month's campaign named by its month is a tally, not one event; capitalised English words of headlines
("Join Ranks") are no places; a toll told in a clause of its own after "while", beside a strike of another kind, is
not the first strike's. Our own sentences."""

from __future__ import annotations

import warscribe
from warscribe.model import Event


def coded(text: str, published: str = "2016-05-20") -> list[Event]:
    return warscribe.extract(text, published=published)


def one(text: str) -> Event:
    events = coded(text)
    assert len(events) == 1, events
    return events[0]


def test_barrel_bombs_carrying_chlorine_are_a_chemical_attack():
    event = one("Medics said helicopters dropped barrel bombs filled with chlorine on Kafr Zita on Wednesday, "
                "leaving dozens of residents with breathing problems.")
    assert event.sub_event_type == "Chemical weapon"


def test_strikes_that_leave_cases_of_suffocation_are_a_chemical_attack():
    event = one("Government aircraft bombed the town of Sarmin on Tuesday, causing more than 20 cases of "
                "asphyxiation among residents.")
    assert event.sub_event_type == "Chemical weapon"
    shells = one("Rebels fired shells containing gas at the Zahraa quarter on Friday; two women died of "
                 "suffocation.")
    assert shells.sub_event_type == "Chemical weapon"
    plain = one("Government aircraft bombed the town of Sarmin on Tuesday, killing three residents.")
    assert plain.sub_event_type == "Air/drone strike"


def test_a_month_s_campaign_named_by_its_month_is_a_tally():
    assert coded("Over 200 civilians have been killed in May shelling of Aleppo, the city council said on "
                 "Thursday.") == []
    assert coded("At least 60 people have been killed in April in the province of Idlib, a monitor said.") == []
    event = one("Six soldiers were killed in April in an ambush by rebels on a checkpoint near Hama.")
    assert event.fatalities == 6


def test_headline_words_join_ranks_are_no_place():
    events = coded("Three Rebel Factions Join Ranks With Ahrar al-Sham. The factions agreed on Monday to join the "
                   "ceasefire between the government and the opposition.")
    assert events and all(e.location is None for e in events)


def test_a_toll_told_after_while_beside_another_strike_is_not_the_first_strike_s():
    event = one("Rebel-held quarters of Homs came under air raids on Sunday while state radio said four people "
                "died in rebel shelling of the government-held west of the city.")
    assert event.sub_event_type == "Air/drone strike"
    assert event.fatalities == 0
    same = one("Warplanes bombed Douma on Sunday while rescuers said seven civilians were killed in the raids.")
    assert same.fatalities == 7
