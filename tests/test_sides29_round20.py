"""Round 20 follow-up (issue 9, actors 1 and 2): a group joined to another as its ally is one side with it, and a
battle told again by its other side takes that side as actor 2."""

from __future__ import annotations

import warscribe
from warscribe.knowledge import roles


def _sides(text: str, published: str = "2016-07-11") -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in warscribe.extract(text, published=published)]


def test_an_allied_group_joins_the_side_before_it() -> None:
    assert roles.allied_join(" and its allied fighters of ")
    assert roles.allied_join(" backed by ")
    assert not roles.allied_join(" and ")
    sides = _sides("Fighters of the Nusra Front (an al-Qaeda branch) and its allied gunmen of Faylaq al-Sham "
                   "mounted an attack to recapture the road on Thursday near Aleppo.")
    assert sides and sides[0][0] == "Jabhat al Nusra" and sides[0][1] != "Faylaq al Sham"


def test_two_sides_joined_plainly_still_clash() -> None:
    sides = _sides("The Nusra Front and Faylaq al-Sham clashed in the town of Saraqib on Thursday.")
    assert sides and {sides[0][0], sides[0][1]} == {"Jabhat al Nusra", "Faylaq al Sham"}


def test_a_battle_told_again_by_its_other_side() -> None:
    sides = _sides("Fighters of the Nusra Front and its allied gunmen of Faylaq al-Sham mounted an attack to "
                   "recapture the road near Aleppo on Thursday. Syrian army soldiers launched a counter-offensive, "
                   "killing 29 extremists and foiling their attack.")
    assert sides and sides[0] == ("Jabhat al Nusra", "Military Forces of Syria (2000-)")


def test_the_second_holder_of_a_pair_holds_its_place() -> None:
    assert roles.holder_before("bases one run by the YPG, the other by the ", 44) is not None
    assert roles.holder_before("a clinic run by ", 16) is not None
    sides = _sides("Two IS suicide bombers killed 30 Kurdish fighters in Hasakah on Monday. The two bombers blew "
                   "themselves up at two bases, one run by the YPG, the other by the Asayesh police, near the city.",
                   "2014-10-06")
    assert sides and all(s[0] != "Asayish" for s in sides)


def test_several_groups_under_a_side_join_it() -> None:
    assert roles.coordinated(" and several ")
    sides = _sides("Five civilians were injured on Saturday when gunmen of the Nusra Front (an al-Qaeda branch) and "
                   "several armed groups operating under its command shelled neighbourhoods in Aleppo city.")
    assert sides and sides[0][0] == "Jabhat al Nusra"


def test_bombs_that_kill_pro_government_fighters_are_not_the_air_forces() -> None:
    sides = _sides("Bombs in Aleppo kill 9 National Defence Forces fighters.", "2014-07-30")
    assert sides and sides[0][0] != "Military Forces of Syria (2000-)"
    assert sides[0][1] == "NDF: National Defence Forces"


def test_a_places_past_as_a_target_is_no_event() -> None:
    sides = _sides("Suicide bombers struck outside a Shiite shrine near Damascus on Saturday leaving at least 20 "
                   "people dead, a monitor said. The shrine south of Damascus is heavily guarded by pro-government "
                   "forces but has still been the target of several attacks including those claimed by the Islamic "
                   "State group.", "2016-06-11")
    assert sides and all("Military Forces of Syria (2000-)" not in s for s in sides)


def test_a_part_of_the_dead_named_after_their_count_is_no_doer() -> None:
    assert roles.casualty_part(" including five ")
    assert roles.casualty_part(", among them ")
    assert not roles.casualty_part(" when ")
    sides = _sides("Twelve people died including four policemen in a blast in Damascus on Monday.", "2017-10-02")
    assert sides and sides[0][0] != "Police Forces of Syria (2000-)"


def test_a_sides_source_who_speaks_is_no_bomber() -> None:
    assert roles.states_author("", " source confirmed the toll")
    assert not roles.states_author("", " fighters confirmed the toll")
    sides = _sides("A bomber on a motorbike killed at least 12 people in Qamishli on Tuesday. A Kurdish police source "
                   "confirmed the toll to a reporter and said the assailant blew himself up near a bakery.",
                   "2016-07-05")
    assert sides and all(s[0] != "Asayish" for s in sides)


def test_a_doer_after_a_holders_by_is_no_holder() -> None:
    text = "clinics run by NGOs destroyed by "
    assert roles.holder_before(text, len(text)) is None
