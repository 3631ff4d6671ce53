"""Round 16 (types20): a bombing told with a ground bomb, a crowd beside a fight it did not fight, captives killed,
a strike set near another event, and a misspelt name of the Islamic State."""

from __future__ import annotations

import warscribe


def _events(text: str) -> list:
    return warscribe.extract(text, published="2016-06-01")


def _subs(text: str) -> list[str]:
    return [e.sub_event_type for e in _events(text)]


def test_bombing_with_a_car_bomb_told_nearby_is_a_remote_explosive() -> None:
    text = ("The council condemned the bombing that hit the local council office in the town of Marea on Tuesday. "
            "Four civilians were killed and many more wounded in the attack. "
            "The office was struck by a car bomb parked near its gate, a spokesman said.")
    assert _subs(text) == ["Remote explosive/landmine/IED"]


def test_bombing_with_a_bomb_exploding_in_its_sentence_is_a_remote_explosive() -> None:
    text = ("Bus bombing near Hama also on Friday a bomb exploded on a bus carrying farm workers near the city of "
            "Hama, killing two men and wounding nine.")
    assert _subs(text) == ["Remote explosive/landmine/IED"]


def test_bombing_in_an_article_with_warplanes_stays_an_air_strike() -> None:
    text = ("Government warplanes carried out the bombing of the market in Saraqib on Tuesday, killing seven people. "
            "Later a blast shook a checkpoint in another province.")
    assert _subs(text)[0] == "Air/drone strike"


def test_people_cut_off_by_fighting_are_no_rioters() -> None:
    text = "About 90,000 people in the eastern quarter had their last road cut following heavy fighting on Monday."
    assert "Mob violence" not in _subs(text)


def test_residents_who_clash_are_still_rioters() -> None:
    assert _subs("Residents of two villages clashed with sticks over grazing land near Hama on Monday.") \
        == ["Mob violence"]


def test_captured_soldiers_executed_are_an_attack() -> None:
    events = _events("Islamic State militants executed nine captured soldiers near Deir ez-Zor on Sunday.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Violence against civilians", "Attack")]


def test_soldiers_executed_after_their_capture_are_an_attack() -> None:
    assert _subs("Rebels beheaded two soldiers after capturing them near the town of Morek on Friday.") == ["Attack"]


def test_fighters_killed_in_fighting_stay_a_clash() -> None:
    assert _subs("Rebels killed two soldiers in fighting near the town of Morek on Friday.") == ["Armed clash"]


def test_gas_dropped_near_where_a_helicopter_fell_is_a_chemical_strike() -> None:
    text = ("A rescue service said on Tuesday a helicopter dropped containers of toxic gas overnight on a village in "
            "Idlib close to where a Russian military helicopter was shot down hours earlier.")
    assert _subs(text) == ["Chemical weapon"]


def test_daes_misspelt_is_the_islamic_state() -> None:
    events = _events("In March another attack claimed by Daes killed 12 people in the town of Jableh.")
    assert events and events[0].actor1 == "Islamic State (Syria)"


def test_troops_killed_as_the_army_battled_to_restore_control_is_a_clash() -> None:
    text = ("At least forty troops were killed on Friday in Deir ez-Zor as the army battled to restore control of "
            "the air base, a monitor said.")
    assert _subs(text) == ["Armed clash"]


def test_killer_fumes_are_a_chemical_weapon() -> None:
    assert _subs("Killer fumes spread over the town of Zamalka on Wednesday, killing 30 people.") \
        == ["Chemical weapon"]


def test_town_captured_by_fighters_stays_ground_taken() -> None:
    text = "The town of Ariha in Idlib province was captured by opposition fighters on Thursday, a monitor said."
    assert _subs(text) == ["Non-state actor overtakes territory"]
