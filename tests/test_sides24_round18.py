"""Round 18 (issue 9, who acted and who was acted on): an outlet's owner speaks, a progressive verb's subject acts,
and the holder of a place struck, named again, is no striker."""

from __future__ import annotations

import warscribe
from warscribe.knowledge.roles import opening_backer, owns_outlet


def _events(text: str, published: str = "2016-06-01") -> list:
    return warscribe.extract(text, published=published)


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in _events(text)]


def test_an_outlet_owner_is_told_by_its_link_words() -> None:
    assert owns_outlet("A radio station run by the ")
    assert owns_outlet("a news agency affiliated with the armed group ")
    assert not owns_outlet("The village run by the ")
    assert not owns_outlet("the army backed by ")


def test_the_owner_of_a_reporting_channel_is_no_side() -> None:
    text = ("A TV channel owned by the Lebanese movement Hezbollah, whose men fight beside the army, said on Friday "
            "that Syrian troops had seized three hills west of Homs.")
    sides = _sides(text)
    assert sides and all("Hezbollah" not in (a or "") and "Hezbollah" not in (b or "") for a, b in sides)
    assert any("Military Forces of Syria" in (a or "") for a, _ in sides)


def test_a_station_run_by_a_group_and_struck_stays_a_side() -> None:
    sides = _sides("Israeli jets struck a radio station run by Hezbollah near Qusayr on Tuesday.")
    assert any("Hezbollah" in (b or "") for _, b in sides)


def test_a_progressive_verb_has_its_subject_as_the_doer() -> None:
    sides = _sides("Syrian troops are advancing toward the town of Resafa in the east, a monitor said on Friday.")
    assert sides and "Military Forces of Syria" in (sides[0][0] or "")
    assert "Military Forces of Syria" not in (sides[0][1] or "")


def test_a_passive_still_has_its_subject_as_the_victim() -> None:
    sides = _sides("Four soldiers were being killed by gunmen near Deir ez-Zor on Sunday.")
    assert sides and "Military Forces of Syria" in (sides[0][1] or "")


def test_the_holder_named_again_is_no_striker() -> None:
    text = ("Themes Raqqa IS air raids Overnight air strikes on the Islamic State group's self-declared capital "
            "Raqqa killed 14 civilians, a monitor said on Monday.")
    events = _events(text)
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strikes and all("Islamic State" not in (e.actor1 or "") for e in strikes)
    assert any("Civilians" in (e.actor2 or "") for e in strikes)


def test_the_holder_named_again_stays_the_target_with_no_victims() -> None:
    text = "Themes IS air raids Heavy air strikes hit the Islamic State group's stronghold of Mayadin on Monday."
    strikes = [e for e in _events(text) if e.sub_event_type == "Air/drone strike"]
    assert strikes and "Islamic State" not in (strikes[0].actor1 or "")
    assert "Islamic State" in (strikes[0].actor2 or "")


def test_a_verb_subject_near_its_own_stronghold_still_acts() -> None:
    sides = _sides("IS militants attacked army posts near the group's stronghold of Mayadin on Monday.")
    assert sides and "Islamic State" in (sides[0][0] or "")


def test_unknown_attackers_killed_at_a_sides_positions_fought_that_side() -> None:
    text = ("A local outlet reported on Wednesday that the terrorists were killed while trying to storm the positions "
            "of the SDF near Tabqa.")
    sides = _sides(text)
    assert sides and "Unidentified" in (sides[0][0] or "") and "SDF" in (sides[0][1] or "")


def test_civilians_killed_near_a_forces_base_are_not_its_victims() -> None:
    sides = _sides("Two civilians were killed in a blast near the headquarters of the police in Qamishli on Monday.")
    assert sides and all("Police" not in (a or "") for a, _ in sides)


def test_a_fighting_group_is_no_fight() -> None:
    text = ("A spokesman for the Syrian fighting group Jaysh al-Nasr said the Kurdish fighters attacked it near "
            "Tal Rifaat.")
    sides = _sides(text)
    assert sides and all("Military Forces of Syria" not in (a or "") for a, _ in sides)


def test_a_spelling_of_zinki_with_el_is_the_group() -> None:
    sides = _sides("Fighters of Nour El Din El Zinki shelled the Kurdish quarter of Aleppo on Monday.")
    assert sides and "Zenki" in (sides[0][0] or "")


def test_a_pronoun_read_as_its_own_target_is_dropped() -> None:
    text = ("IS fighters shelled the town of Marea on Monday. Ankara began its operation on Tuesday, saying it was "
            "targeting both IS and the YPG.")
    sides = _sides(text)
    assert all(not ("Islamic State" in (a or "") and "Civilians" in (b or "")) for a, b in sides)


def test_a_standing_war_told_in_the_present_is_no_event() -> None:
    for text in ("The town lies in the north of Aleppo province, where the jihadists are fighting Kurdish forces.",
                 "Rebels have been fighting IS in the north since March.",
                 "Across the border the militant group is fighting for its survival against Iraqi troops."):
        assert not _events(text), text


def test_the_dead_of_both_sides_of_a_battle_are_its_sides() -> None:
    sides = _sides("At least 40 regime soldiers and rebel fighters were killed in fierce battles in Hama province.")
    assert sides and "Military Forces of Syria" in (sides[0][0] or "") and "Rebels" in (sides[0][1] or "")


def test_a_progressive_in_a_relative_clause_tells_the_side_struck() -> None:
    text = "A roadside bomb exploded near Bouira on Monday, wounding three soldiers who were patrolling the area."
    sides = _sides(text)
    assert sides and "Military Forces of Algeria" in (sides[0][1] or "")



def test_an_opening_backer_is_no_side() -> None:
    assert opening_backer("Backed by Hezbollah fighters the army took Qusayr.", 10)
    assert not opening_backer("The army backed by Hezbollah fighters took Qusayr.", 24)
    sides = _sides("Backed by Hezbollah fighters the Syrian army captured the town of Qusayr on Wednesday.")
    assert sides and "Military Forces of Syria" in (sides[0][0] or "")
    sides = _sides("Backed by US air strikes, Kurdish fighters seized the town of Tal Abyad from IS on Monday.")
    assert sides and "United States" not in (sides[0][0] or "")


def test_the_subject_after_an_opening_backer_is_no_backer() -> None:
    text = "Backed by Russian air power the troops advanced on Resafa."
    assert not opening_backer(text, text.index("troops"))
    text = "Backed by the coalition the SDF took Tabqa."
    assert opening_backer(text, text.index("coalition")) and not opening_backer(text, text.index("SDF"))
