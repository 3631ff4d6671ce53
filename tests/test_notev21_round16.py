"""Round 16 (notev21): FA-KES not-events and retellings: a stance demonstrated, a campaign's start months back,
talks to free hostages, a detail of a toll told before, a threat, weapons taken in a fight."""

from __future__ import annotations

import warscribe
from warscribe.model import Event

LEDE = "Gunmen killed three soldiers at a checkpoint near Idlib on Monday, a monitor said."


def _events(text: str) -> list[Event]:
    return warscribe.extract(text, published="2019-05-22")


def _types(events: list[Event]) -> list[str]:
    return [e.sub_event_type for e in events]


def test_demonstrated_a_stance_is_no_protest() -> None:
    events = _events(LEDE + " These raids demonstrated insistence by the government on its policy of killing and "
                            "destruction, the opposition council said.")
    assert len(events) == 1
    assert all(e.event_type != "Protests" for e in events)


def test_demonstrated_in_a_square_is_still_a_protest() -> None:
    events = _events("Hundreds of students demonstrated in the main square of Homs on Friday against the curfew.")
    assert [e.event_type for e in events] == ["Protests"]


def test_campaign_begun_months_ago_is_background() -> None:
    events = _events(LEDE + " Moscow began air strikes last October in support of the government in Damascus.")
    assert len(events) == 1


def test_strikes_begun_on_a_day_still_told() -> None:
    events = _events("Turkish jets began air strikes on Kurdish positions near Afrin on Saturday, a monitor said.")
    assert _types(events) == ["Air/drone strike"]


def test_talks_to_free_hostages_are_no_release() -> None:
    events = _events(LEDE + " Local elders said negotiations were under way to free the hostages held by the gang.")
    assert len(events) == 1


def test_fighting_that_threatens_is_no_clash() -> None:
    events = _events(LEDE + " Renewed fighting threatens families in the old city of Homs.")
    assert len(events) == 1


def test_weapons_seized_during_a_fight_are_part_of_it() -> None:
    events = _events("Rebels fought the army for the hill near Nawa on Monday. The rebels had seized weapons and "
                     "ammunition during the fighting, the monitor said.")
    assert "Disrupted weapons use" not in _types(events)


def test_weapons_seized_in_a_raid_still_disrupted() -> None:
    events = _events("Police seized rifles and ammunition in a house in the village of Tal Kalakh on Monday.")
    assert _types(events) == ["Disrupted weapons use"]


def test_among_those_killed_is_a_detail_of_the_toll() -> None:
    text = ("Clashes between rebels and the army killed 40 people in the town of Douma on Tuesday, medics said. "
            "The town has been under siege for four years. Aid has not reached it since March. Nine children and "
            "four women were among those killed.")
    events = _events(text)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 40)]


def test_part_of_toll_joins_the_event_with_the_toll() -> None:
    text = ("Army shelling killed 40 people in the town of Douma on Tuesday, medics said. Rebels and the army "
            "fought on the edge of the town. The town has been besieged for years. Nine children and four women "
            "were among those killed.")
    assert all(e.fatalities != 13 for e in _events(text))


def test_attack_named_as_a_reason_to_halt_is_no_event() -> None:
    events = _events("A man was shot dead at a checkpoint near Idlib on Monday, a monitor said. The agency "
                     "suspended aid deliveries in Aleppo after the convoy attack which the Red Crescent says killed "
                     "20 civilians.")
    assert [e.fatalities for e in events] == [1]


def test_attack_named_as_a_reason_with_its_day_stays() -> None:
    events = _events("The agency halted its work after the attack on its clinic in Douma on Sunday that killed two "
                     "nurses.")
    assert [e.fatalities for e in events] == [2]


def test_part_with_no_toll_told_is_the_toll() -> None:
    events = _events("Police fought a gang of robbers in the village of Ngare on Monday. Three of the robbers were "
                     "killed in the exchange.")
    assert [e.fatalities for e in events] == [3]
