"""Round 19 (issue 9): captions, capabilities, tallies and backdrops are no events of their own. A photo's credit
ends its caption; a place's holder named in a relative clause is no doer; what a side "has been able to" do, a
province's tally told beside another's, a share of a toll over weeks and an event retold as the subject of its
setting tell nothing new."""

from __future__ import annotations

from coding_support import events
from warscribe.stages.segment import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, 0, len(text))]


def test_a_photo_credit_ends_the_caption_run_into_the_story() -> None:
    text = ("Rescuers search the rubble after a strike on a street in Homs (AP photo) DAMASCUS A car bomb killed "
            "nine soldiers at a checkpoint on Sunday.")
    assert _sentences(text) == ["Rescuers search the rubble after a strike on a street in Homs (AP photo)",
                                "DAMASCUS A car bomb killed nine soldiers at a checkpoint on Sunday."]


def test_a_credit_before_another_bracket_is_cut_and_the_story_s_credit_stays() -> None:
    text = "A girl sits outside a clinic in Idlib (File Photo) (Wire Agencies) Shelling killed four men on Monday."
    assert _sentences(text)[1] == "(Wire Agencies) Shelling killed four men on Monday."


def test_a_bracket_of_photos_followed_by_lower_case_text_is_no_credit() -> None:
    text = "The ministry released images (see photos) showing the damage in the town on Friday."
    assert len(_sentences(text)) == 1


def test_a_caption_flattened_with_its_story_lends_the_event_neither_place_nor_doer(pipeline) -> None:
    text = ("In this photo provided by the local rescue service, volunteers carry a wounded man after warplanes "
            "attacked a street in Aleppo (AP photo) BEIRUT A car bomb exploded at a checkpoint in Homs on Sunday, "
            "killing nine soldiers.")
    evs = events(pipeline, text, published="2016-05-10")
    assert [e.sub_event_type for e in evs] == ["Remote explosive/landmine/IED"]
    assert evs[0].admin1 == "Homs" and evs[0].fatalities == 9


def test_the_holder_of_the_city_struck_takes_no_doer_s_place(pipeline) -> None:
    text = ("Four children were among those killed in the air raids on Saraqib which is held by Al Qaeda affiliate "
            "Al Nusra Front, a monitor said on Monday.")
    evs = events(pipeline, text)
    assert evs and all("Nusra" not in (e.actor1 or "") for e in evs)


def test_what_a_side_has_been_able_to_do_is_no_event(pipeline) -> None:
    text = "From these hills the militants have been able to shell the town and its small airport."
    assert events(pipeline, text) == []


def test_a_province_s_tally_told_beside_another_is_no_event(pipeline) -> None:
    text = "At least 210 people have also been killed in fighting in the neighbouring province of Hama."
    assert events(pipeline, text) == []


def test_a_share_of_a_toll_over_weeks_is_no_event(pipeline) -> None:
    text = "The monitor said 60 children were among those killed in the clashes over the last 20 days."
    assert events(pipeline, text) == []


def test_a_base_described_by_who_overran_it_tells_no_takeover(pipeline) -> None:
    text = ("The shootings happened on Friday at Kweires airbase which was overran by the ISIL fighters, the monitor "
            "said.")
    evs = events(pipeline, text)
    assert not any(e.sub_event_type == "Non-state actor overtakes territory" for e in evs)


def test_an_event_retold_as_the_subject_of_its_setting_is_no_new_event(pipeline) -> None:
    text = ("Two car bombs killed 30 people in the Zahra district of Homs on Sunday. The blasts went off near a "
            "school. Officials said the toll could rise. No group claimed the attack. Rescuers worked through the "
            "night. The new deadly bombings come in the wake of army gains against rebels north of Aleppo. Shops "
            "stayed closed on Monday.")
    evs = events(pipeline, text, published="2016-05-10")
    assert len(evs) == 1 and evs[0].admin1 == "Homs"


def test_a_caption_cut_before_its_story_tells_no_event_of_its_own(pipeline) -> None:
    text = ("A soldier runs past destroyed shops in the city of Deir ez-Zor on Monday (AFP photo) BEIRUT Air strikes "
            "killed eleven civilians in the town of Maaret al-Numan in Idlib province on Tuesday, a monitor said. "
            "Four children were among "
            "the dead. Rescuers searched the rubble for survivors through the night while families waited outside "
            "the ruined homes. The monitor relies on a network of sources on the ground across the country for "
            "its figures. Peace talks in Geneva have made little progress this spring, diplomats said, and aid "
            "groups warned that food stocks in the province were running low.")
    evs = events(pipeline, text, published="2016-05-11")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]
    # (the caption's Monday is no day of the strike; Tuesday before the publication on Wednesday is)
    assert evs[0].fatalities == 11 and evs[0].admin1 == "Idleb" and evs[0].event_date == "2016-05-10"


def test_some_of_the_attackers_told_again_in_a_statement_are_no_new_event(pipeline) -> None:
    text = ("Three suicide bombers attacked a police station in the Midan district of Damascus on Monday, killing 12 "
            "policemen. One bomber blew himself up at the gate. Police officers fought back for an hour. The "
            "interior minister visited the site. Residents heard two blasts. In a statement posted on a channel on "
            "Tuesday the group said two of the fighters fired shots inside the station before blowing themselves "
            "up. Shops reopened later.")
    evs = events(pipeline, text, published="2017-10-03")
    assert evs and not any(e.event_date == "2017-10-03" for e in evs)  # (Tuesday is the statement's day)


def test_most_of_the_militants_killed_told_in_the_body_are_no_attack_of_theirs(pipeline) -> None:
    text = ("Syrian troops killed 40 Islamic State fighters near Hasakeh on Friday, state media said. The fighting "
            "lasted two days. Troops regained several hills. The army said it lost four men. Residents fled south. "
            "Most of the IS militants killed in the operation were foreigners, the agency said. Roads stayed shut.")
    evs = events(pipeline, text, published="2014-12-27")
    assert evs and not any(e.sub_event_type == "Attack" for e in evs)
