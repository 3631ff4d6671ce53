"""Sides (round 17): a side right before "according to" is no speaker and no modifier, an ally named a few words
after "backed by" (and a pronoun standing for it) is no side of its own."""

from __future__ import annotations

from warscribe.knowledge.roles import backed_by_before, cites_after
from warscribe.model import Document
from warscribe.pipeline import Pipeline


def sides(pipeline: Pipeline, text: str) -> list[tuple[str | None, str | None]]:
    doc = Document.from_input({"id": "t", "text": text, "published": "2016-03-02", "country": "Syria"})
    pipeline.run(doc)
    return [(ev.actor1, ev.actor2) for ev in doc.events]


def test_citing_words_put_the_speaker_after_them() -> None:
    assert cites_after(" according to a monitor")
    assert cites_after(", according to the group")
    assert not cites_after(" said on Monday")


def test_ally_a_few_words_after_backed_by() -> None:
    text = "the army backed by its Lebanese ally Hezbollah"
    assert backed_by_before(text, text.index("Hezbollah"))
    assert not backed_by_before("the army and Hezbollah", len("the army and "))


def test_side_holding_the_place_before_according_to_is_struck(pipeline: Pipeline) -> None:
    found = sides(pipeline, "Rebels stormed the part of the quarter held by the army according to a monitoring group "
                            "in Aleppo on Tuesday.")
    assert found and found[0][1] is not None and "Military Forces of Syria" in found[0][1]


def test_pronoun_for_the_backer_is_no_target(pipeline: Pipeline) -> None:
    found = sides(pipeline, "In Homs province the Syrian army backed by its Lebanese ally Hezbollah shelled Talbiseh "
                            "on Tuesday as it prepared an assault on the town.")
    assert found and "Military Forces of Syria" in (found[0][0] or "")
    assert found[0][1] != "Hezbollah"


def test_repelling_words_need_an_assault_noun() -> None:
    from warscribe.knowledge.roles import repels_assault
    assert repels_assault(" to try to repel the assault, a monitor said")
    assert repels_assault(" in a bid to halt the jihadist advance")
    assert not repels_assault(" to repel the heat")


def test_strike_to_repel_the_assault_hits_the_assailants(pipeline: Pipeline) -> None:
    found = sides(pipeline, "Islamic State fighters attacked the town of Tal Abyad in Raqqa province on Friday. "
                            "American war planes carried out six air strikes to repel the assault, a monitor said.")
    assert any("Islamic State" in (a2 or "") and a1 and "Islamic State" not in a1 for a1, a2 in found), found


def test_adverb_in_the_passive_keeps_the_dead_victims(pipeline: Pipeline) -> None:
    found = sides(pipeline, "Several dozen Kurdish fighters were also killed near Qamishli on Monday.")
    assert found and found[0][1] is not None and "YPG" in found[0][1]
    assert "YPG" not in (found[0][0] or "")


def test_fight_told_again_is_fought_by_the_last_fights_sides(pipeline: Pipeline) -> None:
    found = sides(pipeline, "Syrian jets bombed YPG positions in Qamishli on Monday. Hundreds of civilians have fled "
                            "to nearby villages as the fighting intensified.")
    assert found
    assert all("Communal" not in (a1 or "") + (a2 or "") for a1, a2 in found), found


def test_rescuers_killed_stay_civilians_beside_a_named_army(pipeline: Pipeline) -> None:
    found = sides(pipeline, "Air strikes hit a centre of the White Helmets in Kafr Nabl in Idlib province on "
                            "Monday, killing six volunteers. The monitor said the number of those killed is likely "
                            "to rise as the regime and Russia aircraft have targeted the rebel-held areas.")
    assert found and all((a2 or "").startswith("Civilians") for _, a2 in found), found


def test_side_in_the_speakers_description_is_no_side(pipeline: Pipeline) -> None:
    found = sides(pipeline, "The UK-based group which supports the Syrian opposition said six people lost their lives "
                            "in a village near Manbij on Monday after attacks by coalition jets.")
    assert found and all("Rebels" not in (a1 or "") + (a2 or "") for a1, a2 in found), found


def test_residents_are_no_side_of_a_takeover(pipeline: Pipeline) -> None:
    found = sides(pipeline, "Jaysh al-Islam takes over the town of Douma as abuses against residents go on. "
                            "Jaysh al-Islam fighters entered Douma in Rural Damascus on Friday and took control of it "
                            "after Faylaq al-Rahman withdrew.")
    assert found and not any((a2 or "").startswith("Civilians") for _, a2 in found), found


def test_the_army_is_no_name_for_another_reports_rebel_group(pipeline: Pipeline) -> None:
    found = sides(pipeline, "Fierce fighting broke out in Aleppo on Tuesday where the insurgents struck the part of "
                            "the Zahra district held by the army. Nusra Front fighters also clashed with Islamic "
                            "State militants on Tuesday, a monitor said.")
    assert found and "Military Forces of Syria" in (found[0][1] or ""), found
