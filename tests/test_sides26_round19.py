"""Round 19 (issue 9, victims read as the doers of a blast or a strike): a side counted among the dead, the user of
a building hit, the group of a member whose wedding was struck, a group whose targets were hit and the broker of
a truce are no doers of the violence their sentence tells."""

from __future__ import annotations

import warscribe


def _sides(text: str, published: str = "2016-03-10") -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in warscribe.extract(text, published=published)]


def test_a_group_counted_among_the_dead_of_a_blast_is_struck() -> None:
    sides = _sides("Thirty commanders of Ahrar al-Sham killed in a blast near Idlib on Tuesday.")
    assert sides and "Ahrar" not in (sides[0][0] or "")
    assert "Ahrar" in (sides[0][1] or "")


def test_a_doer_before_its_count_of_victims_still_acts() -> None:
    sides = _sides("The Syrian army killed 38 rebels in an air strike on Idlib on Monday.")
    assert sides and "Military Forces of Syria" in (sides[0][0] or "")


def test_the_dead_of_a_clash_are_still_its_sides() -> None:
    sides = _sides("Twenty IS fighters were killed in clashes with Kurdish forces near Hasakah on Monday.")
    assert sides and {"Islamic State" in (a or "") for a in sides[0]} == {True, False}


def test_the_user_of_a_building_blown_up_is_no_bomber() -> None:
    from warscribe.knowledge.roles import owns_premises
    text = "The blast on Thursday brought down a building used by the regime in the old city."
    at = text.index("regime")
    assert owns_premises(text, at, at + len("regime"))
    sides = _sides("Forty soldiers were killed in a blast which destroyed a building used by the regime in Aleppo on "
                   "Thursday.")
    assert sides and "Military Forces of Syria" not in (sides[0][0] or "")


def test_the_group_of_a_member_whose_wedding_was_bombed_is_struck() -> None:
    from warscribe.knowledge.roles import owns_premises
    text = "A bomber blew himself up during the wedding of a member of the Kurdish militia, killing ten people."
    at = text.index("Kurdish")
    assert owns_premises(text, at, at + len("Kurdish militia"))
    sides = _sides("A suicide bomber blew himself up in a hall near Hasakah during the wedding of a member of the "
                   "Syrian Democratic Forces on Monday, killing 20 civilians.")
    assert sides and "Syrian Democratic Forces" not in (sides[0][0] or "")


def test_a_group_whose_targets_were_hit_is_struck() -> None:
    from warscribe.knowledge.roles import owns_premises
    text = "Other Nusra and Jund al-Aqsa targets were also hit."
    assert owns_premises(text, text.index("Nusra"), text.index("Nusra") + 5)
    verb = "IS targets the town every day."
    assert not owns_premises(verb, 0, 2)  # a verb's subject acts
    sides = _sides("Jets struck Saraqib on Sunday. Two other Al-Nusra positions were also hit and many were injured.")
    assert sides and all("Nusra" not in (a1 or "") for a1, _ in sides)


def test_the_broker_of_a_truce_is_no_side() -> None:
    sides = _sides("Two civilians were killed in Aleppo on Monday in areas covered by a US-Russian-brokered truce.")
    assert sides and all("United States" not in (a1 or "") and "Russia" not in (a1 or "") for a1, _ in sides)
    sides = _sides("A child was killed in Aleppo on Monday in an area covered by a US-brokered ceasefire.")
    assert sides and "United States" not in (sides[0][0] or "")
    sides = _sides("Two civilians were killed in Aleppo on Monday in areas covered by a Hezbollah-brokered truce.")
    assert sides and "Hezbollah" not in (sides[0][0] or "")  # a named group, not a demonym


def test_a_broker_word_is_data() -> None:
    from warscribe.knowledge.roles import brokers_a_pact
    assert brokers_a_pact("brokered") and brokers_a_pact("Sponsored")
    assert not brokers_a_pact("backed")  # "US-backed forces" still names a side


def test_further_victims_fell_to_the_doer_told_before() -> None:
    from warscribe.knowledge.roles import further_victims
    assert further_victims("a further 12 men from the clan were executed")
    assert not further_victims("12 men from the clan were executed")
    text = ("Islamic State militants beheaded three men from the Shaitat clan near Mayadin on Sunday. A further 12 men "
            "from the clan were executed near Mayadin on Monday, the monitor said.")
    sides = _sides(text, published="2014-08-12")
    assert sides and all("Islamic State" in (a1 or "") for a1, _ in sides)


def test_victims_with_no_earlier_doer_keep_an_unknown_one() -> None:
    sides = _sides("A further 12 men were executed near Mayadin on Monday, the monitor said.", published="2014-08-12")
    assert sides and "Islamic State" not in (sides[0][0] or "")
