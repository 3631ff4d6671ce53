"""Round 17 (types22): FA-KES event types: suicide car bombings, armed forces breaking into a town, offensives
begun to take ground, advances on a town, gun emplacements struck, manned aircraft shot down."""

from __future__ import annotations

import warscribe


def _events(text: str) -> list:
    return warscribe.extract(text, published="2016-06-01")


def _subs(text: str) -> list[str]:
    return [e.sub_event_type for e in _events(text)]


def test_suicide_car_bombing_is_a_suicide_bomb() -> None:
    text = "A suicide car bombing tore through a bus station in the town of Jableh on Monday, killing 30 people."
    assert _subs(text) == ["Suicide bomb"]


def test_suicide_truck_bomb_attack_with_words_between() -> None:
    text = "A suicide truck bomb attack hit a checkpoint near the town of Azaz on Monday, killing 12 people."
    assert _subs(text) == ["Suicide bomb"]


def test_car_bombing_went_off_on_the_ground() -> None:
    text = "A car bombing in the main square of Azaz killed eight people on Monday."
    assert _subs(text) == ["Remote explosive/landmine/IED"]


def test_fighters_breaking_into_districts_fight_no_protest() -> None:
    text = ("On Monday the rebel fighters broke into eastern districts of the town of Morek after blocking the road "
            "north of the town.")
    subs = _subs(text)
    assert "Peaceful protest" not in subs
    assert subs == ["Armed clash"]


def test_villagers_blocking_a_road_still_protest() -> None:
    text = "Villagers blocked the road to Kisumu on Monday to protest against the price of water."
    assert _subs(text) == ["Peaceful protest"]


def test_offensive_begun_to_liberate_a_district_takes_no_ground() -> None:
    text = "The Faylaq al-Sham faction said it had begun a new offensive to liberate the regime-held district of Morek."
    assert "Non-state actor overtakes territory" not in _subs(text)


def test_offensive_launched_to_capture_a_town_takes_no_ground() -> None:
    assert "Non-state actor overtakes territory" not in _subs(
        "Rebels launched an offensive to capture the town of Morek on Monday.")


def test_rebels_that_liberate_a_town_still_take_it() -> None:
    assert _subs("Rebel fighters liberated the town of Morek on Monday.") == ["Non-state actor overtakes territory"]


def test_army_advancing_on_a_town_takes_no_ground() -> None:
    assert _subs("The army advances on the town of Morek on Monday.") == ["Armed clash"]


def test_helicopter_crash_with_no_fire_is_no_fight() -> None:
    text = "Three officers were killed on Monday when their helicopter crashed near the town of Morek."
    assert "Armed clash" not in _subs(text)


def test_army_advancing_into_a_town_still_gains() -> None:
    assert _subs("The army advanced into the town of Morek on Monday.") == ["Government regains territory"]


def test_troops_striking_gun_emplacements_shell() -> None:
    text = ("On Monday Turkish troops struck the militants' gun emplacements near the town of Azaz, killing 20 "
            "militants.")
    assert _subs(text) == ["Shelling/artillery/missile attack"]


def test_militants_shooting_down_a_helicopter_fight() -> None:
    text = "Islamic State militants shot down a Russian military helicopter near Palmyra on Monday, killing two pilots."
    assert _subs(text) == ["Armed clash"]


def test_helicopter_told_shot_down_is_no_air_strike() -> None:
    text = ("Two pilots were killed near Palmyra on Monday when their helicopter was shot down by Islamic State "
            "militants.")
    assert "Air/drone strike" not in _subs(text)


def test_drone_shot_down_is_still_disrupted_weapons_use() -> None:
    assert _subs("The army shot down a drone near Palmyra on Monday.") == ["Disrupted weapons use"]


def test_days_blast_after_a_suicide_car_bombing_retells_it() -> None:
    text = ("Nearly 40 people were killed when a suicide car bombing tore through buses carrying evacuees near Aleppo, "
            "a monitor said on Sunday. Saturday's blast hit a convoy of buses at a transit point in Rashidin west of "
            "Aleppo. At least 60 people were killed in the attack, the monitor said. The evacuations were taking "
            "place under a deal between the government and the rebels.")
    events = warscribe.extract(text, published="2017-04-16")
    assert [e.sub_event_type for e in events] == ["Suicide bomb"]
