"""Round 21, sides30: who did what to whom in Syrian war reports. Allies set side by side in a headline act together;
a headline's "pounded down by" strikes its subject; the group a passive's subject belongs to is struck; a generic
side right before its own "bombarding" shells."""

from __future__ import annotations

from coding_support import events


def test_two_allies_side_by_side_in_a_headline_act_together(pipeline):
    text = ("Hezbollah Syrian Army Kill 3 Nusra Front Fighters in Zabadani. The fighters were killed on Tuesday in "
            "clashes on the edge of the town, a military source said.")
    found = events(pipeline, text, published="2016-03-09")
    assert found
    first = found[0]
    assert first.actor2 == "Jabhat al Nusra"
    assert {first.actor1, *first.assoc_actor_1} >= {"Military Forces of Syria (2000-)", "Hezbollah"}


def test_allies_told_assisting_each_other_are_no_two_sides(pipeline):
    text = "Hezbollah fighters have been assisting Syrian army forces in fending off rebel attacks near Zabadani."
    found = events(pipeline, text, published="2016-03-09")
    assert not any({e.actor1, e.actor2} == {"Hezbollah", "Military Forces of Syria (2000-)"} for e in found)


def test_a_group_pounded_down_by_air_strikes_is_struck(pipeline):
    text = "Jaish al-Fatah Pounded down by 40 Airstrikes in Southern Aleppo, Dozens of Militants Killed."
    found = events(pipeline, text, published="2016-08-23")
    assert found
    assert found[0].actor1 != "Jaysh al Fatah"
    assert found[0].actor2 == "Jaysh al Fatah"


def test_the_group_a_passive_subject_belongs_to_is_struck(pipeline):
    text = ("A commander affiliated to Ahrar al-Sham and two of his aides were killed in a bomb blast in the town "
            "of Sarmin on Tuesday.")
    found = events(pipeline, text, published="2016-05-12")
    assert [(e.actor1, e.actor2) for e in found] == [("Unidentified Armed Group (Syria)", "Ahrar al Sham")]


def test_insurgents_right_before_their_bombarding_shell(pipeline):
    text = ("Insurgents have also been bombarding government-held districts of Aleppo, killing four people on "
            "Monday.")
    found = events(pipeline, text, published="2015-07-03")
    assert [(e.sub_event_type, e.actor1) for e in found] == [
        ("Shelling/artillery/missile attack", "Opposition Rebels (Syria)")]


def test_a_passive_subjects_group_is_struck_by_the_side_after_by(pipeline):
    found = events(pipeline, "Four suspected SLDF militiamen were shot dead by police in Mt Elgon on Monday.",
                   published="2010-03-09")
    assert [(e.actor1, e.actor2) for e in found] == [("Police Forces of Kenya (2002-2013)",
                                                      "SLDF: Sabaot Land Defence Force")]


def test_a_side_named_before_its_own_strikes_is_not_struck(pipeline):
    # (a headline run into its lede with no stop between, as scraped pages have it)
    text = ("Russia regime strikes kill 31 in east Syria Monitor AFP Sunday 26 Jun 2016 Russian and regime air "
            "strikes killed 31 people most of them civilians on Sunday in a militant-held town in eastern Syria a "
            "monitor said.")
    found = events(pipeline, text, published="2016-06-27")
    assert found
    assert found[0].actor2 == "Civilians (Syria)"


def test_described_terrorist_groups_are_not_the_group_named_in_another_city(pipeline):
    text = ("ISIL terrorists fired several rocket shells on al-Joura neighborhood in Deir Ezzor city on Wednesday, "
            "injuring two civilians. In Aleppo, a woman was killed when the terrorist groups targeted al-Midan "
            "neighborhood with rocket shells on Wednesday.")
    found = events(pipeline, text, published="2016-06-02")
    aleppo = [e for e in found if e.admin1 == "Aleppo"]
    assert aleppo
    assert all(e.actor1 != "Islamic State (Syria)" for e in aleppo)


def test_two_communities_sharing_one_noun_are_both_sides(pipeline):
    found = events(pipeline, "Borana and Gabra clans clashed near Moyale on Tuesday, leaving three people dead.",
                   published="2014-06-12")
    assert [(e.actor1, e.actor2) for e in found] == [("Borana Ethnic Militia (Kenya)", "Gabra Ethnic Militia (Kenya)")]


def test_a_communitys_villages_are_its_people(pipeline):
    found = events(pipeline, "Orma ethnic group attacks Pokomo villages near Hola and kills 9.", published="2012-09-08")
    assert [(e.actor1, e.actor2) for e in found] == [("Orma Ethnic Militia (Kenya)", "Civilians (Kenya)")]
