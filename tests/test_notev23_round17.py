"""FA-KES statements, denials and history told as events (round 17, issue 9): a call on someone to act, what a strike
"served", a command named in a charge, blame and denial of a strike told before, a chemical arsenal given up years
ago, a campaign's summary since it began; and from a new reading (seed 113) a place's plight, a photo's caption, the
moment a strike is set in, and a weapon told by its use over the war."""

from __future__ import annotations

import pytest

from coding_support import events
from warscribe.model import Event
from warscribe.pipeline import Pipeline

# Statements about an event are read only in an article's body (past its lede, in six sentences or more): each
# test sets its sentence fourth in an article of its own words whose other sentences tell nothing.
STRIKE = "Jets bombed a market in the town of Binnish in Idlib province on Monday, killing nine people, medics said."
FILLER = ("The town lies on the road between the provincial capital and the Turkish border.",
          "Its market draws farmers from the surrounding villages every week.",
          "The province is home to about two million people, many of them displaced from other regions.",
          "Aid groups say the winter has made life in the camps harder.")


def article(lede: str, body: str) -> str:
    return " ".join([lede, *FILLER[:2], body, *FILLER[2:]])


def _only_the_strike(found: list[Event]) -> None:
    assert [(e.sub_event_type, e.fatalities) for e in found] == [("Air/drone strike", 9)]


@pytest.mark.parametrize("body", [
    # what a statement is called on to condemn is no event ("civilian targets" are no rioters)
    'The foreign ministry spokeswoman took a swipe at Washington on Tuesday calling on the State Department to '
    'publish statements "strongly condemning strikes against civilian targets and the murder of civilians".',
    # what a strike served, in a speaker's judgement
    'The US strikes "hit military positions in Syria and in Hama in particular" in order to "serve the goals of '
    'terrorism in Syria" the governor added in an interview with state TV.',
    # blame and denial of the strike told before
    "US officials believe Russian aircraft were responsible for the strike but Moscow has denied involvement and its "
    "defence ministry said on Tuesday that a US drone was in the area when the market was attacked.",
    # a campaign's summary since it began
    "The SDF launched its drive on Raqqa in November and has since captured most of the surrounding province.",
])
def test_a_statement_or_summary_adds_no_event(pipeline: Pipeline, body: str) -> None:
    _only_the_strike(events(pipeline, article(STRIKE, body)))


def test_a_command_named_in_a_charge_is_no_side(pipeline: Pipeline) -> None:
    lede = ("A suicide bomber killed more than 20 rebel fighters at a border crossing near Idlib on Sunday, a monitor "
            "said.")
    body = ("The group's statement said the attack left 'nearly 40' rebels dead charging they took orders from the "
            "US-led coalition fighting the group in Iraq and Syria.")
    found = events(pipeline, article(lede, body))
    assert [(e.sub_event_type, e.fatalities) for e in found] == [("Suicide bomb", 20)]
    assert all("Coalition" not in (e.actor1 or "") + (e.actor2 or "") for e in found)


def test_a_chemical_arsenal_given_up_years_ago_is_no_agreement(pipeline: Pipeline) -> None:
    lede = "Activists said 1,200 people died in the gas attack on the suburb in 2013."
    body = ("Following the massacre the Assad regime surrendered its cache of chemical weapons under the threat of UN "
            "sanctions and the use of force by the United States.")
    assert "Agreement" not in {e.sub_event_type for e in events(pipeline, article(lede, body))}


def test_a_call_to_reopen_a_massacre_file_is_no_event(pipeline: Pipeline) -> None:
    lede = "The opposition council met in Istanbul on Wednesday to elect a new president."
    body = ("The opposition council called upon the Security Council to reopen the file of the Ghouta massacre and "
            "refer it to the court to find the perpetrators of the massacre.")
    assert events(pipeline, article(lede, body)) == []


@pytest.mark.parametrize("body", [
    # a place's plight (the corpus prints "cant" without its apostrophe)
    "The situation is very bad but the people cant repel them he said.",
    # a photo's caption, in the present
    "Burnt-out army trucks are parked at the base after it was seized by the militants.",
    # the moment the strike is set in, told of another country's strikes
    "The Binnish raids come as Turkish jets carry out air strikes on the militants across the border in Iraq.",
])
def test_a_plight_a_caption_or_a_setting_adds_no_event(pipeline: Pipeline, body: str) -> None:
    found = events(pipeline, article(STRIKE, body))
    _only_the_strike(found)
    assert found[0].actor1 == "Military Forces of Syria (2000-)"


def test_a_weapon_told_by_its_use_over_the_war_is_no_second_strike(pipeline: Pipeline) -> None:
    lede = "Syrian war planes bombed positions of the Islamic State group in Raqa for a second day on Monday."
    body = ("The raids involved the use of precision weapons rather than the explosive-packed barrel bombs that the "
            "regime has deployed to deadly effect in Hama province and elsewhere.")
    assert len(events(pipeline, article(lede, body))) == 1


def test_a_capture_told_with_its_day_still_stands(pipeline: Pipeline) -> None:
    found = events(pipeline, "Rebel fighters captured the village of Tal Hadya south of Aleppo on Sunday after heavy "
                             "fighting with government forces, a monitor said.")
    assert found and found[0].event_type == "Battles"


def test_a_call_told_after_the_strike_keeps_the_strike(pipeline: Pipeline) -> None:
    found = events(pipeline, "Jets bombed a market in the town of Binnish in Idlib province on Monday, killing nine "
                             "people, and the opposition called on the United Nations to act.")
    _only_the_strike(found)
