"""Round 21, notev29: sentences of real war reports that tell no event of their own (FA-KES): a lab's finding on an
attack told elsewhere, a town described as retaken, weapons named as spoils, strikes told by their
trend, a road cut by armed men, a war's record charged, a week's toll, a campaign's next target, a province described
by who holds it (cues.yaml)."""

from __future__ import annotations

import pytest

from coding_support import events

# Body sentences that carry no event, so that a text of six sentences or more reads past its lede
_FILLER = ("The monitor relies on a network of sources on the ground. Residents said the roads were quiet at night. "
           "Aid groups asked for access to the area. Schools stayed shut for a second week. ")


def test_a_lab_finding_on_an_attack_told_elsewhere_is_no_attack_of_its_own(pipeline):
    # the finding's sentence named no doer: it made the event, with an unidentified side; the attack is the
    # assessment's, whose doer is named
    text = ("British scientists concluded that sarin was used in the chemical attack in Syria, the ambassador said on "
            "Wednesday. Samples obtained from Kafr Zita, where the attack took place, have tested positive for the "
            "nerve agent sarin or a sarin-like substance, the ambassador told the council, pinning the blame on the "
            "regime. Britain shares the assessment that the regime was responsible for a sarin attack on Kafr Zita on "
            "the 30th of March, he said.")
    found = events(pipeline, text, published="2017-04-13")
    assert [(e.sub_event_type, e.event_date, e.actor1) for e in found] == [
        ("Chemical weapon", "2017-03-30", "Military Forces of Syria (2000-)")]


def test_a_town_described_as_retaken_from_a_group_is_no_takeover_by_the_group(pipeline):
    text = ("At least 40 bodies of civilians have been found in a central town retaken by government forces from the "
            "Islamic State group, activists said on Monday.")
    found = events(pipeline, text, published="2017-10-23")
    assert "Non-state actor overtakes territory" not in [e.sub_event_type for e in found]


def test_grenade_launchers_named_as_spoils_are_no_grenade_attack_nor_abduction(pipeline):
    text = ("Kurdish fighters killed 60 jihadists in clashes near Afrin on Friday, a commander said. He posted "
            "photographs showing a large cache of rifles and rocket-propelled grenade launchers all thought to have "
            "been seized by the Kurdish fighters.")
    found = events(pipeline, text, published="2016-04-30")
    assert [e.sub_event_type for e in found] == ["Armed clash"]


def test_strikes_told_by_their_trend_are_no_strike(pipeline):
    text = ("Regime air strikes killed 12 civilians in the town of Maarat al-Numan on Tuesday, a monitor said. "
            + _FILLER + "Over the past week, as raids over Aleppo eased during a truce, airstrikes on rebel positions "
            "have increased in Idlib province.")
    found = events(pipeline, text, published="2016-10-12")
    assert [e.location for e in found] == ["Maarat al-Numan"]


def test_a_road_cut_by_armed_forces_is_no_protest(pipeline):
    text = ("The monitor said pro-government forces had blocked a road leading towards the Turkish border as heavy "
            "clashes with the rebels continued there on Tuesday.")
    found = events(pipeline, text, published="2015-02-18")
    assert not [e for e in found if e.event_type == "Protests"]


def test_crimes_against_humanity_charged_are_a_record_not_an_event(pipeline):
    text = ("Government shelling killed four people in the town of Douma on Sunday, rescuers said. " + _FILLER
            + "The regime has committed crimes against humanity, the group's head said, citing sexual assault, "
            "killing and disappearance among its practices.")
    found = events(pipeline, text, published="2016-06-27")
    assert [e.sub_event_type for e in found] == ["Shelling/artillery/missile attack"]


def test_a_weeks_toll_is_a_sum_not_an_event(pipeline):
    found = events(pipeline, "Over 400 civilians killed in one week of bombing across Aleppo and Idlib.",
                   published="2016-11-21")
    assert found == []


@pytest.mark.parametrize("text", [
    "The alliance said on Sunday it had formed a military council to drive the jihadists out of Al-Bab, its next "
    "target in the province.",
    "Idlib province, where the crossing lies, is a bastion of the rebel groups fighting the regime.",
])
def test_an_aim_or_a_holder_described_is_no_clash(pipeline, text):
    assert events(pipeline, text, published="2016-08-17") == []


def test_a_month_part_that_opens_a_sentence_dates_its_event(pipeline):
    # "Late March" with a capital, no preposition: the month's last third, not the day of publication
    text = ("Late March, local media reported that at least 150 people were killed in recent airstrikes in the "
            "town of Raqqa.")
    found = events(pipeline, text, published="2017-04-08")
    assert [e.event_date[:7] for e in found] == ["2017-03"]
