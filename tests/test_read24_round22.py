"""Round 22 fixes by read24, from the reading of 30 FA-KES events (seed 571)."""

from __future__ import annotations

from coding_support import events


def test_a_place_named_as_the_site_of_a_past_chemical_attack_types_no_chemical_strike(pipeline):
    text = ("Monitors said that on Thursday at least 9 civilians died in air strikes believed to be carried out by the "
            "government around Kafr Zita, the site of the army's deadly chemical attack in May.")
    found = events(pipeline, text, published="2017-09-16")
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in found] == [
        ("Air/drone strike", "Military Forces of Syria (2000-)", 9)]
    # with no month or year after it, the phrase points at the attack just told: its kind stays
    text = ("A car bomb killed 6 people in Azaz on Tuesday, a monitor said. Rescuers rushed to the scene of the "
            "attack to treat the wounded.")
    found = events(pipeline, text, published="2016-05-10")
    assert [(e.sub_event_type, e.fatalities) for e in found] == [("Remote explosive/landmine/IED", 6)]


def test_a_similar_attack_recalled_with_its_month_gives_no_toll_to_the_days_attack(pipeline):
    text = ("At least 40 people were killed on Sunday in two car bombings in a district of Homs. In a similar incident "
            "last October more than 20 people were killed and 70 others wounded in two explosions in the same "
            "district of Homs.")
    found = events(pipeline, text, published="2016-03-06")
    assert [(e.event_date, e.fatalities) for e in found] == [("2016-03-06", 40)]


def test_a_share_of_the_dead_in_the_lede_yields_to_the_whole_toll_told_after(pipeline):
    # the retelling's exact toll joins an event whose own report is only a part of the dead
    text = ("Nearly 50 children were among those killed when a suicide car bombing tore through buses carrying "
            "evacuees from besieged government-held towns in Syria a monitor said on Sunday. Saturdays blast hit a "
            "convoy carrying residents from the towns of Fuaa and Kafraya as they waited at a transit point in "
            "rebel-held Rashidin west of Aleppo. At least 48 children were among the 98 people killed in the attack "
            "the monitor said updating a previous toll of 90 dead. At least 80 of the dead were evacuees the monitor "
            "said while the rest were aid workers and rebels guarding the convoy.")
    found = events(pipeline, text, published="2017-04-16")
    assert [e.fatalities for e in found] == [98]
