"""Round 16 (notev19): FA-KES not-events: aims, accusations, verdicts on a hypothetical act, spans of dates,
weapons talk, the moment or motive an event is set in."""

from __future__ import annotations

import warscribe
from warscribe.knowledge.lexicon import Lexicon

LEDE = "Gunmen killed three soldiers at a checkpoint near Idlib on Monday, a monitor said."
# Three quiet sentences put what follows in an article's body (commentary cues hold there only).
QUIET = ("The monitor has a network of sources on the ground. It publishes its figures every evening. "
         "The ministry gave its own account of the day.")


def _events(text: str) -> list:
    return warscribe.extract(text, published="2019-05-22")


def _body(sentence: str) -> list:
    """The events of a six-sentence article whose one event is the lede's, with `sentence` in its body."""
    return _events(f"{LEDE} {QUIET} {sentence} The talks are to resume next week in Geneva.")


def test_body_lede_alone_codes_one_event() -> None:
    assert len(_body("The residents buried their dead on the hill in the afternoon.")) == 1


def test_effort_on_capturing_is_an_aim() -> None:
    events = _events(LEDE + " The rebels were focusing their efforts on capturing the hill of Tal Dibs near the dam.")
    assert len(events) == 1


def test_focusing_on_retaking_is_an_aim() -> None:
    events = _events(LEDE + " The army is focusing on retaking the villages west of the lake.")
    assert len(events) == 1


def test_span_of_dates_is_a_campaign_summary() -> None:
    events = _body("The alliance said air strikes on Raqqa between March 3 and April 20 had killed four commanders "
                   "of the Islamic State group.")
    assert len(events) == 1
    assert all(e.sub_event_type != "Air/drone strike" for e in events)


def test_from_month_to_month_is_a_campaign_summary() -> None:
    events = _events(LEDE + " Raids from June 2 to July 9 destroyed eleven depots of the group in the desert.")
    assert len(events) == 1


def test_occasional_blasts_are_no_event() -> None:
    events = _events(LEDE + " The capital has been rocked by occasional bomb blasts in its markets.")
    assert len(events) == 1


def test_blasts_throughout_the_conflict_are_background() -> None:
    events = _events(LEDE + " Car bombs have hit the border town throughout the Syrian conflict.")
    assert len(events) == 1


def test_blaming_an_attack_on_the_other_side_is_no_new_event() -> None:
    events = _body("Moscow has backed the government, blaming the March 4 gas attack on rebel forces.")
    assert len(events) == 1
    assert all(e.sub_event_type != "Chemical weapon" for e in events)


def test_accusing_of_that_attack_is_no_new_event() -> None:
    events = _body("The United States accused Damascus of that attack, which it estimates killed 900 people.")
    assert len(events) == 1


def test_accusing_of_killing_still_tells_the_attack() -> None:
    events = _body("On Friday the opposition accused the army of killing 40 villagers in a raid on Kafr Nabl.")
    assert len(events) == 2


def test_holding_responsible_is_commentary() -> None:
    events = _body("The coalition holds Russia fully responsible for the war crimes it committed in Aleppo and for "
                   "the regime's use of chemical weapons in Homs.")
    assert len(events) == 1


def test_verdict_on_hypothetical_use_is_no_attack() -> None:
    events = _body("Hezbollah leaders have said the large-scale use of chemical weapons in Homs would be a game "
                   "changer.")
    assert len(events) == 1
    assert all(e.sub_event_type != "Chemical weapon" for e in events)


def _cues(text: str) -> list[str]:
    lexicon = Lexicon.load()
    return [m.label for m in lexicon.matches(lexicon.tokenize(text)) if m.kind == "cue"]


def test_weapons_deal_talk_is_commentary() -> None:
    assert "commentary" in _cues("He said the chemical weapons plan could not have been put in place without help.")
    assert "commentary" in _cues("Rebels must also abide by the chemical weapons agreement, Moscow said.")


def test_weapons_used_are_no_commentary() -> None:
    assert "commentary" not in _cues("Government jets dropped chemical weapons on the town of Saraqib on Monday.")


def test_event_set_in_an_offensive_is_told_once() -> None:
    events = _body("Tuesday's explosion in Qamishli came as Kurdish forces pressed ahead with their offensive to "
                   "take the town of Tabqa.")
    assert len(events) == 1


def test_comes_less_than_weeks_after_recalls_a_past_event() -> None:
    events = _body("The raid comes less than two weeks after militants killed 60 guards at a gas field in Homs.")
    assert len(events) == 1


def test_seizing_a_named_hill_is_a_territorial_gain() -> None:
    events = _events("Rebel fighters seized the strategic Tal al-Hamra hill near Daraa on Thursday, a monitor said.")
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]


def test_seizing_a_village_is_a_territorial_gain() -> None:
    events = _events("Islamist fighters seized two villages north of Hama on Sunday, a monitor said.")
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]


def test_goods_seized_in_a_village_are_no_territorial_gain() -> None:
    events = _events("On May 2, gunmen burned a shop and seized a motorbike in the village of Kafr Tala.")
    assert all(e.sub_event_type != "Non-state actor overtakes territory" for e in events)


def test_rallying_minorities_behind_a_regime_is_no_protest() -> None:
    events = _events(LEDE + " The president has rallied the country's minorities behind his regime for years.")
    assert all(e.sub_event_type != "Peaceful protest" for e in events)


def test_a_crime_that_demonstrated_intent_is_no_protest() -> None:
    events = _events(LEDE + " This crime once again demonstrated that the government rejects any talks.")
    assert all(e.sub_event_type != "Peaceful protest" for e in events)


def test_a_crowd_rallying_behind_a_leader_still_protests() -> None:
    events = _events("Thousands rallied behind the opposition leader in the main square of Homs on Friday.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_students_who_demonstrated_against_fees_still_protest() -> None:
    events = _events("Hundreds of students demonstrated against the fee rise outside the ministry in Damascus on "
                     "Monday.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_protesters_who_demonstrated_their_anger_still_protest() -> None:
    events = _events("About forty traders demonstrated their anger at the new market tax outside the town hall of "
                     "Homs on Monday.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_houses_burned_in_the_past_week_stay_an_event() -> None:
    events = _events("Twenty houses were burned over the last week in attacks by gunmen on the village of Kafr Tala.")
    assert len(events) == 1


def test_bases_taken_in_recent_months_are_a_summary() -> None:
    events = _events(LEDE + " The group has captured three army bases in the eastern province in recent months.")
    assert len(events) == 1


TIMELINE = ("March 15 2011 Protests demanding freedom for political prisoners spread to Daraa. "
            "July 2011 The president sacks the governor of Hama over mass demonstrations. ")


def test_timeline_line_of_an_earlier_year_is_background() -> None:
    events = _events(LEDE + " " + TIMELINE + "March 1 2012 Regime forces seized the Baba Amr district of Homs after "
                     "weeks of shelling.")
    assert len(events) == 1


def test_day_first_timeline_line_is_background() -> None:
    events = _events(LEDE + " " + TIMELINE + "24 August 2016 Turkish troops launched an offensive on the border town "
                     "of Jarablus.")
    assert len(events) == 1


def test_full_date_of_the_publication_year_still_tells_an_event() -> None:
    events = _events(LEDE + " May 20 2019 Regime forces shelled Baba Amr in Homs, killing four civilians.")
    assert len(events) == 2


def test_a_timeline_printed_twice_codes_nothing_from_its_second_copy() -> None:
    line = "Regime forces seize the Baba Amr district of Homs after weeks of heavy shelling."
    events = _events(f"{LEDE} {QUIET} {TIMELINE}March 1 2012 {line} January 2015 Kurdish fighters oust the "
                     f"militants from Kobane. {line} Kurdish fighters oust the militants from Kobane.")
    assert len(events) == 1


def test_incident_log_line_with_its_own_date_stays_an_event() -> None:
    events = _events("9 June 2017: Unknown gunmen threw a grenade at the house of a doctor in Daraa.")
    assert len(events) == 1
