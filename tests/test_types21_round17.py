"""Round 17 (types21): FA-KES event types: ground recovered or fields taken, strikes from the air, executions,
massacres, shells by another name, troops ferried to an assault."""

from __future__ import annotations

import warscribe


def _events(text: str) -> list:
    return warscribe.extract(text, published="2016-06-01")


def _types(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in _events(text)]


def _subs(text: str) -> list[str]:
    return [e.sub_event_type for e in _events(text)]


def test_army_that_recovers_lost_ground_regains_territory() -> None:
    text = "The army launched a counter attack on Monday and recovered some lost ground near the town of Morek."
    assert _subs(text) == ["Government regains territory"]


def test_rebels_that_regain_positions_overtake_territory() -> None:
    text = "Rebel fighters regained several positions near the village of Kafr Nabuda on Sunday."
    assert _subs(text) == ["Non-state actor overtakes territory"]


def test_bodies_recovered_in_an_area_are_no_ground() -> None:
    text = "Rescuers recovered the bodies of four men in areas near the town of Morek on Monday."
    assert "Government regains territory" not in _subs(text)


def test_fields_taken_after_killing_soldiers_are_ground_taken() -> None:
    text = "The Islamic State managed to control the two gas fields near Palmyra after killing 20 soldiers on Friday."
    assert _subs(text) == ["Non-state actor overtakes territory"]


def test_militants_take_an_oil_field() -> None:
    assert _subs("Islamic State militants took the Jazal oil field near Palmyra on Friday.") \
        == ["Non-state actor overtakes territory"]


def test_police_controlling_a_crowd_take_no_ground() -> None:
    text = "Police managed to control the situation after a quarrel in the market of Kisumu on Friday."
    assert "Government regains territory" not in _subs(text)


def test_coalition_forces_engaging_targets_strike_from_the_air() -> None:
    text = "Coalition forces engaged several targets throughout Raqqa on Sunday, destroying militant positions."
    assert _subs(text) == ["Air/drone strike"]


def test_israeli_strike_on_soldiers_is_an_air_strike() -> None:
    assert _subs("An Israeli strike on a village in Quneitra killed four Syrian soldiers on Tuesday.") \
        == ["Air/drone strike"]


def test_aircraft_ferrying_troops_to_an_assault_strike_nothing() -> None:
    text = "On Monday American aircraft ferried troops behind the front near Tabqa to spearhead a large assault."
    assert "Air/drone strike" not in _subs(text)


def test_soldiers_executed_by_militants_is_an_attack() -> None:
    text = "Islamic State fighters executed twelve soldiers in the desert near Palmyra on Friday, the monitor said."
    assert _types(text) == [("Violence against civilians", "Attack")]


def test_men_shot_dead_or_executed_is_an_attack() -> None:
    text = ("The army entered the town of Mhin on Saturday after the militants withdrew, the agency said. "
            "Doctors in the town said 14 men had been shot dead or executed with knives by the militants there.")
    assert ("Violence against civilians", "Attack") in _types(text)
    assert ("Battles", "Armed clash") not in _types(text)


def test_an_operation_executed_is_no_killing() -> None:
    text = ("Army units executed a special operation against militant hideouts in Zuhur on Tuesday, killing ten "
            "militants.")
    assert _subs(text) == ["Armed clash"]


def test_civilian_massacre_is_violence_against_civilians() -> None:
    text = "A civilian massacre in a village with a heavy Islamic State presence took place on Saturday near Mayadin."
    assert _types(text) == [("Violence against civilians", "Attack")]


def test_massacre_told_then_its_air_strikes_is_an_air_strike() -> None:
    text = ("A civilian massacre in a town of eastern Syria took place on Saturday. "
            "Russian airstrikes killed 19 children on Saturday in the town, the agency said. "
            "The monitor reported the airstrikes with a toll of 30. "
            "The agency deplored the attacks on the town.")
    assert _subs(text) == ["Air/drone strike"]


def test_explosive_ammunition_fired_on_a_district_is_shelling() -> None:
    text = ("Militants positioned in the countryside targeted the Midan district of Aleppo with explosive "
            "ammunition on Tuesday, injuring three people.")
    assert _subs(text) == ["Shelling/artillery/missile attack"]


def test_shells_falling_on_a_square_are_shelling() -> None:
    text = "Two shells fired from the eastern countryside fell on a square in Damascus on Sunday, injuring five people."
    assert _subs(text) == ["Shelling/artillery/missile attack"]


def test_israeli_raid_on_army_positions_is_israels_air_strike() -> None:
    events = _events("An Israeli raid on Syrian army positions near Quneitra killed four soldiers on Tuesday.")
    assert [(e.sub_event_type, e.actor1) for e in events] \
        == [("Air/drone strike", "Military Forces of Israel (2009-2021)")]


def test_israeli_strikes_that_damage_a_camp_are_israels() -> None:
    events = _events("In Gaza, Israeli strikes caused significant damage to the Nuseirat refugee camp on Friday.")
    assert [(e.sub_event_type, e.actor1) for e in events] \
        == [("Air/drone strike", "Military Forces of Israel (2009-2021)")]


def test_troops_taken_hostage_and_massacred_is_an_attack() -> None:
    text = "Islamic State militants massacred 120 soldiers taken hostage at an airbase near Raqqa on Wednesday."
    assert _types(text) == [("Violence against civilians", "Attack")]


def test_soldiers_captured_while_fleeing_then_executed_is_an_attack() -> None:
    text = ("The monitor said on Thursday that soldiers captured while fleeing the airbase near Raqqa were executed "
            "by the militants.")
    assert _types(text) == [("Violence against civilians", "Attack")]


def test_numerous_executions_committed_over_the_war_is_no_event() -> None:
    text = ("Islamic State militants overran the Tabqa airbase near Raqqa on Wednesday, the monitor said. "
            "The militants have committed numerous mass executions during the conflict in Syria.")
    assert _subs(text) == ["Non-state actor overtakes territory"]


def test_a_bomb_attack_without_a_toll_does_not_retype_a_massacre() -> None:
    text = ("Islamic State militants massacred 120 soldiers taken hostage at an airbase near Raqqa on Wednesday. "
            "The killings took place at night, the monitor said. "
            "The base held planes and tanks. "
            "The group has carried out deadly bomb attacks on government buildings in Raqqa.")
    assert ("Violence against civilians", "Attack") in _types(text)
    assert "Remote explosive/landmine/IED" not in _subs(text)


def test_fighters_taking_full_control_of_a_town_overtake_it() -> None:
    text = "Kurdish-led fighters took full control of the town of Manbij on Friday after the militants retreated."
    assert _subs(text) == ["Non-state actor overtakes territory"]
