"""Round 21 reading of FA-KES events (read21): state media's "terrorist groups" is no anaphor of the group named a
paragraph before, shells carried over go to the last striker only, a one-word name carried on by "al-" is another
name, and a side named among those a passive toll counts is the victims' side."""

from __future__ import annotations

from coding_support import events

_ROUNDUP = ("Two people were killed when ISIL terrorists fired shells on the Joura district of Deir Ezzor on "
            "Tuesday. In Aleppo, a police source told the agency that terrorist groups fired rocket shells on the "
            "Midan neighborhood, killing a man. Other shells fell on the Sulaymaniyah neighborhood, injuring four "
            "civilians.")


def test_terrorist_groups_after_said_that_are_no_group_told_before(pipeline):
    found = events(pipeline, _ROUNDUP, published="2016-06-02")
    aleppo = [e for e in found if e.admin1 == "Aleppo"]
    assert aleppo and all(e.actor1 == "Unidentified Armed Group (Syria)" for e in aleppo)


def test_the_terrorist_groups_as_subject_are_the_generic_crowd(pipeline):
    text = ("Daesh militants shelled the Joura district of Deir Ezzor on Monday, killing three people. In Aleppo "
            "the terrorist groups targeted the Midan neighborhood with rocket shells, killing two civilians.")
    found = events(pipeline, text, published="2016-06-02")
    assert [e.actor1 for e in found if e.admin1 == "Aleppo"] == ["Unidentified Armed Group (Syria)"]


def test_a_one_word_name_carried_on_by_al_is_another_name(pipeline):
    text = ("The leader of Ansar al-Haq and two of his guards were killed in a roadside bomb blast in Saraqib in "
            "Idlib province on Tuesday.")
    found = events(pipeline, text, published="2016-05-18")
    assert len(found) == 1 and "Police" not in (found[0].actor2 or "")


def test_a_side_among_those_a_passive_toll_counts_is_the_victim(pipeline):
    text = ("Omar Haddad the commander of a brigade affiliated to Ahrar al-Sham and three of his comrades were killed "
            "in a bomb explosion in Saraqib in Idlib province on Tuesday.")
    found = events(pipeline, text, published="2016-05-18")
    assert [(e.actor1, e.actor2, e.fatalities) for e in found] == [
        ("Unidentified Armed Group (Syria)", "Ahrar al Sham", 4)]


def test_shells_told_again_go_to_the_last_striker_only(pipeline):
    text = ("ISIL militants fired shells on the Joura district of Deir Ezzor on Wednesday, killing two people. "
            "In Aleppo, terrorists fired rocket shells on the Midan neighborhood, injuring five people. "
            "Local sources told the agency reporter that rocket shells fell on al-Sheikh Maqsoud neighborhood "
            "injuring three civilians.")
    found = events(pipeline, text, published="2016-06-02")
    assert [e.actor1 for e in found if e.location == "Sheikh Maqsoud"] == ["Unidentified Armed Group (Syria)"]


def test_a_pretext_for_a_bombing_tells_no_bombing(pipeline):
    text = ("Residents say the jihadists are few in the town and their presence is an excuse for the air force to "
            "bomb homes and hit the water network.")
    assert events(pipeline, text, published="2016-10-07") == []
