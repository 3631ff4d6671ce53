"""Round 18 follow-up (issue 9, who acted and who was acted on): a side told again as a passive's "by" phrase acts,
the sentence's subject being its victim."""

from __future__ import annotations

import warscribe


def _sides(text: str, published: str = "2015-03-10") -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in warscribe.extract(text, published=published)]


def test_a_group_told_again_after_by_is_the_doer() -> None:
    sides = _sides("Government soldiers captured while retreating after ISIS fighters overran the Kweires airbase were "
                   "executed by the terrorists on Monday.")
    assert sides and "Islamic State" in (sides[0][0] or "")
    assert "Military Forces of Syria" in (sides[0][1] or "")


def test_a_group_that_speaks_of_its_fighters_is_the_doer() -> None:
    sides = _sides("On Sunday IS said its fighters had blown up two ancient tombs near Hatra.")
    assert sides and "Islamic State" in (sides[0][0] or "")


def test_a_possessive_makes_men_their_group() -> None:
    from warscribe.knowledge.roles import member_possessive
    assert member_possessive("IS said its ")
    assert member_possessive("the group said their ")
    assert not member_possessive("IS said the ")


def test_an_army_unit_with_a_militia_in_cooperation_leads() -> None:
    sides = _sides("An army unit in cooperation with popular defense groups repelled an assault by al-Nusra fighters "
                   "on a checkpoint near Madaya on Friday.", published="2016-02-14")
    assert sides and "Military Forces of Syria" in (sides[0][0] or "")
    assert "Hayat Tahrir" in (sides[0][1] or "") or "Nusra" in (sides[0][1] or "")


def test_a_side_a_source_speaks_from_is_no_doer() -> None:
    sides = _sides("A source in the Asayesh security forces said a suicide bomber had blown himself up at a funeral "
                   "in Qamishli on Tuesday, killing nine people.", published="2016-07-28")
    assert sides and all("Asayish" not in (a or "") for a, _ in sides)


def test_a_source_in_a_side_is_told_by_its_words() -> None:
    from warscribe.knowledge.roles import speaker_within
    assert speaker_within("A source in the ")
    assert not speaker_within("a checkpoint in the ")


def test_sides_of_a_place_s_past_are_no_target() -> None:
    sides = _sides("Warplanes thought to be Russian bombed the village of Kafr Nouran in western Aleppo where four "
                   "civilians died in an area that has long seen clashes between the rebels and the Syrian army, "
                   "activists said.", published="2017-01-20")
    assert sides and all("Military Forces of Syria" not in (b or "") for _, b in sides)


def test_a_place_s_past_is_told_by_its_words() -> None:
    from warscribe.knowledge.roles import in_place_history
    assert in_place_history("in a region which had witnessed battles between the ")
    assert not in_place_history("in a region where battles broke out between the ")


def test_the_one_side_of_a_clash_that_advances_acts() -> None:
    sides = _sides("Clashes erupted in southern Daraa where government troops have launched an assault and are pushing "
                   "toward Nawa.", published="2018-07-01")
    assert sides and "Military Forces of Syria" in (sides[0][0] or "")
