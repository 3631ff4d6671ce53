"""Round 19 follow-up (issue 9, actor 2): civilians a casualty count names stay the side struck when a later
sentence names another side beside the same strikes."""

from __future__ import annotations

import warscribe


def _sides(text: str, published: str = "2016-06-22") -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in warscribe.extract(text, published=published)]


def test_civilians_a_count_names_stay_struck_when_a_later_sentence_names_the_holder() -> None:
    sides = _sides("Tags Tabqa raids IS Syria Overnight airstrikes on the Islamic State groups de facto capital Tabqa "
                   "killed 12 civilians a monitor said on Tuesday. The airstrikes came after IS dealt a heavy blow to "
                   "Syrian government forces, driving them out of the province.")
    assert sides and sides[0][1] == "Civilians (Syria)"


def test_a_group_an_act_is_aimed_at_is_struck() -> None:
    from warscribe.knowledge.roles import aimed_at
    assert aimed_at("fired gas shells against the ")
    assert not aimed_at("fired gas shells at dawn on ")
    sides = _sides("State media said Takfiri terrorists had also used toxic munitions against civilians in Saraqib on "
                   "Monday but militants accused government forces of carrying out the attack.", "2016-08-03")
    assert sides and sides[0][1] == "Civilians (Syria)"


def test_rockets_on_neighbourhoods_strike_civilians() -> None:
    sides = _sides("Militants fired several rockets at dawn on the Qusour and Joura neighborhoods of Deir Ezzor on "
                   "Wednesday.", "2016-06-01")
    assert sides and sides[0][1] == "Civilians (Syria)"
    sides = _sides("Rebels shelled residential areas of Aleppo on Monday.", "2016-06-01")
    assert sides and sides[0][1] == "Civilians (Syria)"


def test_a_clash_in_neighbourhoods_keeps_its_armed_sides() -> None:
    sides = _sides("Clashes broke out between rebels and the army in several neighborhoods of Aleppo on Monday.",
                   "2016-06-01")
    assert sides and "Civilians" not in (sides[0][1] or "") and sides[0][1] is not None


def test_the_object_of_a_first_verb_is_no_subject_of_the_second() -> None:
    sides = _sides("Army units hunted down fleeing IS fighters inside the town and dismantled dozens of mines left "
                   "behind on Sunday in Palmyra.", "2016-04-03")
    assert sides and "Military Forces of Syria" in (sides[0][0] or "")


def test_a_subject_before_a_coordinated_verb_still_acts() -> None:
    sides = _sides("IS fighters attacked army posts near Palmyra and killed 12 soldiers on Sunday.", "2016-04-03")
    assert sides and "Islamic State" in (sides[0][0] or "")
