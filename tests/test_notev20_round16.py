"""Round 16 (notev20): FA-KES not-events: people captured, participles naming a state, motives, aftermath,
photo captions, options and figurative fights."""

from __future__ import annotations

import warscribe

LEDE = "Gunmen killed three soldiers at a checkpoint near Idlib on Monday, a monitor said."
# Three quiet sentences put what follows in an article's body (commentary cues hold there only).
QUIET = ("The monitor has a network of sources on the ground. It publishes its figures every evening. "
         "The ministry gave its own account of the day.")
GAIN = "Non-state actor overtakes territory"


def _events(text: str) -> list:
    return warscribe.extract(text, published="2019-05-22")


def _body(sentence: str) -> list:
    """The events of a six-sentence article whose one event is the lede's, with `sentence` in its body."""
    return _events(f"{LEDE} {QUIET} {sentence} The talks are to resume next week in Geneva.")


def _types(events: list) -> set:
    return {e.sub_event_type for e in events}


def test_a_commander_captured_is_part_of_the_clash_not_ground() -> None:
    events = _events("Kurdish fighters captured a senior Daesh commander near the dam of Tabqa on Sunday.")
    assert GAIN not in _types(events)
    assert "Armed clash" in _types(events)


def test_one_of_the_chiefs_captured_is_no_gain() -> None:
    events = _events("The coalition captured one of the principals of the group's weapons programme near Mosul on "
                     "Tuesday.")
    assert GAIN not in _types(events)


def test_civilians_captured_are_abducted() -> None:
    events = _events("Militants captured two journalists near the town of Saraqeb on Friday.")
    assert _types(events) == {"Abduction/forced disappearance"}


def test_ground_captured_with_soldiers_killed_stays_a_gain() -> None:
    events = _events("Rebels captured the town killing soldiers near Hama on Friday.")
    assert GAIN in _types(events)


def test_facilities_captured_by_a_group_are_a_state_not_a_gain() -> None:
    events = _events("Coalition jets hit oil refineries captured by the group in the east of the province.")
    assert GAIN not in _types(events)
    assert events


def test_a_village_captured_by_rebels_is_no_event() -> None:
    assert _events("Hundreds of residents fled the village captured by the rebels near Hama.") == []


def test_a_village_captured_on_a_day_is_told() -> None:
    events = _events("Hundreds of residents fled the village captured by the rebels on Monday near Hama.")
    assert GAIN in _types(events)


def test_the_avenged_strikes_are_no_event() -> None:
    events = _body("Rebels said the barrage was in revenge for airstrikes by government forces on the district of "
                   "Douma.")
    assert len(events) == 1
    assert "Air/drone strike" not in _types(events)


def test_an_attack_done_in_retaliation_stays() -> None:
    events = _events("Militants ambushed an army convoy near Palmyra on Monday in retaliation for the killing of "
                     "their leader.")
    assert len(events) == 1


def test_the_wounded_brought_to_hospitals_are_no_event() -> None:
    assert len(_body("Six injured were rushed to hospitals in the border town of Reyhanli for treatment.")) == 1


def test_a_photo_caption_is_no_event() -> None:
    assert len(_body("Residents inspect the damage at a bakery hit by air strikes on March 3 2016.")) == 1


def test_a_story_run_into_a_caption_after_its_credit_is_told() -> None:
    caption = "Men walk past a burnt shop in Homs on March 2 2016."
    assert _events(caption) == []
    events = _events("Men walk past a burnt shop in Homs on March 2 2016 (Reuters Photo) Gunmen shot dead four "
                     "farmers in the village of Taldo on Tuesday.")
    assert len(events) == 1


def test_options_weighed_are_no_event() -> None:
    assert len(_body("Officials said options ranging from air strikes to arming the rebels were on the table.")) == 1


def test_a_fighting_position_and_a_fight_against_are_no_event() -> None:
    events = _body('"The strike was requested by partner forces who had identified the target as an ISIS fighting '
                   'position," the command said.')
    assert [e.actor1 for e in events] == ["Unidentified Armed Group (Syria)"]
    assert _events("His group is allied with the Front in their fight against the regime of Assad in Syria.") == []


def test_celebratory_fire_is_no_event() -> None:
    assert len(_body("The evacuees were greeted with hugs and shots fired into the air when they arrived.")) == 1


def test_what_lets_a_side_hold_out_is_commentary() -> None:
    assert len(_body("The mountains have allowed the rebels to resist heavy army shelling for years.")) == 1


def test_deaths_set_in_a_cycle_of_attacks_are_commentary() -> None:
    assert len(_body("The deaths were the result of the latest bout in a cycle of tit-for-tat attacks between regime "
                     "forces and the rebels holding the enclave.")) == 1


def test_a_weapon_used_over_a_campaign_is_habitual() -> None:
    events = _events("The opposition said the air force has been using cluster bombs in attacks on villages in Hama.")
    assert events == []


def test_the_attackers_described_again_are_commentary() -> None:
    assert len(_body("State media said all of the dead were civilians and described the attackers as "
                     "terrorists.")) == 1


def test_an_assessment_naming_the_attacks_place_and_day_still_tells_it() -> None:
    # the only sentence of an article that may say where and when the attack was: it must reach the coder
    assert len(_body('"We share the assessment that it is highly likely that the army was responsible for a gas '
                     'attack on Kafr Zita on the 4th of April," the envoy said.')) == 2


def test_a_surge_in_raids_is_commentary() -> None:
    assert len(_body("The surge in bombing raids has forced three hospitals in the province to close.")) == 1


def test_a_caption_of_rising_smoke_is_no_event() -> None:
    assert len(_body("Heavy smoke billows following an air strike on the front line of Raqqa on June 3 2017.")) == 1


def test_talks_that_hit_deadlock_and_a_banner_fought_under_are_no_event() -> None:
    assert len(_body("Peace talks hit deadlock after the opposition walked out of the negotiations.")) == 1
    assert len(_body("Fighting under the banner of the alliance, the militia has emerged as a key partner of the "
                     "coalition.")) == 1


def test_a_purpose_or_an_interest_is_no_event() -> None:
    assert len(_body("The envoy said the policy was designed to force people to choose between surrender and the "
                     "bombing of their towns.")) == 1
    assert _events("The allies say they are only interested in fighting the militants in the east.") == []


def test_strikes_received_over_time_are_habitual() -> None:
    assert _events("The militant groups are receiving more strikes by the air force in the desert.") == []


def test_raids_reduced_are_no_event() -> None:
    assert _events("Russian jets had reduced air raids on the northern city over the last week.") == []
