"""Round 20 (issue 9, FA-KES readings): event types whose deciding words were missed. A weapon that opens the verb's
own subject after another clause's side; property burnt after an armed group's act; infighting; offensives launched
on a side's areas or to take a town; a bomb's explosion; a backer's air force; a title glued to a date line."""

from __future__ import annotations

from coding_support import events
from warscribe.knowledge.counts import CountReader
from warscribe.knowledge.lexicon import Lexicon
from warscribe.model import Document
from warscribe.pipeline import Pipeline


def test_a_warplane_after_another_clause_is_the_striker(pipeline) -> None:
    evs = events(pipeline, "As doctors worked a helicopter circled overhead and struck the hospital in Saraqib on "
                 "Monday.", "2016-08-03")
    assert evs and evs[0].sub_event_type == "Air/drone strike"
    assert evs[0].actor1.startswith("Military Forces of Syria")


def test_nurses_before_a_warplane_are_no_rioters(pipeline) -> None:
    text = ("A warplane struck a clinic in Saraqib on Monday, killing four people. As nurses worked a warplane circled "
            "overhead striking near the clinic and then hitting it twice and prompting the staff to flee.")
    evs = events(pipeline, text, "2017-04-05")
    assert evs and all(e.sub_event_type == "Air/drone strike" for e in evs)
    assert all("Rioters" not in (e.actor1 or "") for e in evs)


def test_a_side_that_uses_a_warplane_still_strikes(pipeline) -> None:
    evs = events(pipeline, "Rebels said the army used a warplane to strike the town of Kafr Nabl on Monday.",
                 "2016-08-03")
    assert evs and evs[0].sub_event_type == "Air/drone strike"


def test_churches_torched_after_an_armed_groups_raid_are_its_destruction(pipeline) -> None:
    text = ("Islamic State fighters stormed two Assyrian villages near Tal Tamr on Monday. Dozens of families fled to "
            "Hasakah city. The group seized 90 Christians in the raids, a monitor said. Activists said the militants "
            "had also detained two priests. Other residents remain missing. IS members were heard saying on radios "
            "that they had detained crusaders. The churches in both villages have been torched, a charity said.")
    evs = events(pipeline, text, "2015-02-25")
    assert evs and all(e.event_type != "Riots" for e in evs)  # (the burning joins the raid it followed)
    assert all(e.actor1.startswith("Islamic State") for e in evs)


def test_property_torched_after_an_armed_groups_act_is_destruction(pipeline) -> None:
    text = ("Islamic State fighters stormed two Assyrian villages near Tal Tamr on Monday. Dozens of families fled to "
            "Hasakah city. The group seized 90 Christians in the raids, a monitor said. Other residents remain missing."
            " IS members were heard saying on radios that they had detained crusaders. On Tuesday the church in Tal "
            "Hurmoz was torched, a charity said.")
    evs = events(pipeline, text, "2015-02-25")
    burnt = [e for e in evs if e.sub_event_type == "Looting/property destruction"]
    assert burnt and burnt[0].actor1.startswith("Islamic State")


def test_infighting_is_a_battle(pipeline) -> None:
    evs = events(pipeline, "Infighting among rebel factions in Eastern Ghouta killed 12 people on Tuesday.",
                 "2016-05-18")
    assert evs and evs[0].event_type == "Battles" and evs[0].sub_event_type == "Armed clash"


def test_militia_dead_are_fighters() -> None:
    counts = [c for c in CountReader(Lexicon.load()).read("Infighting Killed More than 350 Militia")
              if c.outcome == "death"]
    assert counts and counts[0].victims == "armed"


def test_an_offensive_launched_on_a_sides_areas_is_fighting(pipeline) -> None:
    evs = events(pipeline, "Rebels launched a large offensive on government-held areas near Jisr al-Shughour on "
                 "Tuesday.", "2015-07-28")
    assert evs and evs[0].sub_event_type == "Armed clash"


def test_an_offensive_to_take_a_town_is_fighting(pipeline) -> None:
    evs = events(pipeline, "The Kurdish-led alliance launched its offensive to take Manbij on May 31.", "2016-06-26")
    assert evs and evs[0].sub_event_type == "Armed clash"


def test_an_offensive_launched_with_no_side_struck_stays_a_change(pipeline) -> None:
    evs = events(pipeline, "The army launched a new offensive in the province on Monday, officials said.",
                 "2016-06-26")
    assert evs and evs[0].sub_event_type == "Change to group/activity"


def test_a_bomb_explosion_is_no_air_strike(pipeline) -> None:
    evs = events(pipeline, "A rebel commander and three of his comrades were killed in a bomb explosion in the town of "
                 "Maarat al-Numan on Monday.", "2016-05-09")
    assert evs and evs[0].sub_event_type == "Remote explosive/landmine/IED"


def test_shells_with_toxic_gasses_are_a_chemical_attack(pipeline) -> None:
    evs = events(pipeline, "Five people died after artillery shells containing toxic gasses hit the Old City of "
                 "Aleppo on Tuesday.", "2016-08-03")
    assert evs and evs[0].sub_event_type == "Chemical weapon"


def test_a_helicopters_chlorine_attack_is_the_air_forces(pipeline) -> None:
    evs = events(pipeline, "On Sunday it is claimed a helicopter struck the Sakhour district of Aleppo with chlorine "
                 "gas killing a father and his three children.", "2016-11-22")
    assert evs and evs[0].sub_event_type == "Chemical weapon"
    assert evs[0].actor1.startswith("Military Forces of Syria")


def test_a_backers_air_force_is_no_air_strike(pipeline) -> None:
    text = "The SDF began an assault on Manbij and entered the town on Friday with support from the US-led coalition."
    evs = events(pipeline, text, "2016-06-25")
    assert evs and evs[0].sub_event_type != "Air/drone strike"
    assert evs[0].actor2 is None or "Coalition" not in evs[0].actor2


def test_the_side_after_a_backers_name_is_no_backer(pipeline) -> None:
    text = ("The SDF began an assault on Manbij on Friday with support from the US-led coalition against the Islamic "
            "State group.")
    evs = events(pipeline, text, "2016-06-25")
    assert evs and evs[0].event_type == "Battles" and evs[0].actor2.startswith("Islamic State")


def _titled(pipeline: Pipeline, text: str, title: str) -> list:
    doc = Document.from_input({"id": "t", "text": text, "title": title, "published": "2014-08-29"})
    pipeline.run(doc)
    return list(doc.events)


def test_a_title_glued_to_its_date_line_is_cut_into_its_stories(pipeline) -> None:
    title = "Army Kills 15 Terrorists in Qalamoun Advances in Jobar"
    evs = _titled(pipeline, f"29-08-2014 {title}. The army ambushed a group of terrorists in Qalamoun on Friday "
                  "killing 15. Army units continued operations in Jobar.", title)
    assert evs and evs[0].sub_event_type == "Armed clash" and evs[0].fatalities == 15


def test_a_glued_toll_verb_stays_with_its_story(pipeline) -> None:
    title = "Three Bomb Attacks Target Shrine Area in Rural Damascus Kill 50"
    evs = _titled(pipeline, f"21-02-2016 {title}. Three blasts hit the area near the shrine on Sunday.", title)
    assert evs and evs[0].fatalities == 50


def test_civilians_hit_while_fleeing_fighting_were_attacked(pipeline) -> None:
    evs = events(pipeline, "The monitor said the civilians were hit as they were fleeing fighting in the village of "
                 "Tukhar on Monday.", "2016-07-19")
    assert evs and evs[0].sub_event_type == "Attack"


def test_an_attack_during_clashes_still_reads_the_clashes_as_its_setting(pipeline) -> None:
    evs = events(pipeline, "A teacher was attacked by raiders during ethnic clashes in Marsabit on Monday.",
                 "2016-07-19")
    assert evs and evs[0].sub_event_type == "Attack"


def test_suicide_bombers_shot_dead_are_fought_not_a_bombing(pipeline) -> None:
    evs = events(pipeline, "Kurdish forces shot dead six IS suicide bombers west of Kirkuk on Saturday.", "2016-03-12")
    assert evs and evs[0].sub_event_type == "Armed clash"


def test_a_suicide_bomber_who_kills_is_a_bombing(pipeline) -> None:
    evs = events(pipeline, "A suicide bomber killed six soldiers west of Kirkuk on Saturday.", "2016-03-12")
    assert evs and evs[0].sub_event_type == "Suicide bomb"


def test_a_bomb_claimed_by_a_group_went_off_where_it_was_left(pipeline) -> None:
    evs = events(pipeline, "On Sunday in Damascus a bomb claimed by the Nusra Front tore apart a bus carrying "
                 "pilgrims.", "2015-02-02")
    assert evs and evs[0].sub_event_type == "Remote explosive/landmine/IED"


def test_a_barrel_bomb_that_tore_through_a_market_was_dropped(pipeline) -> None:
    evs = events(pipeline, "A barrel bomb tore through a market in Aleppo on Sunday.", "2015-02-02")
    assert evs and evs[0].sub_event_type == "Air/drone strike"


def test_speakers_described_by_their_past_fight_are_no_brawl(pipeline) -> None:
    evs = events(pipeline, "The charity quoted villagers of Tel Hormizd who had fought to defend their homes saying "
                 "that one woman had been beheaded by IS militants on Monday.", "2015-02-26")
    assert evs and evs[0].sub_event_type == "Attack" and evs[0].actor1.startswith("Islamic State")


def test_advisers_named_after_with_advice_from_are_no_side(pipeline) -> None:
    evs = events(pipeline, "The SDF launched its offensive to take Manbij on May 31 with military advice from some 200 "
                 "US special forces troops.", "2016-06-26")
    assert evs and evs[0].sub_event_type == "Armed clash"
    assert evs[0].actor2 is None or "United States" not in evs[0].actor2
