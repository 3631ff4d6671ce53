"""Round 19 follow-up (issue 9): retellings and backdrops told as events. Who some of the dead were ("five of those
killed were suicide bombers") is a part of a toll described, no bombing of its own."""

from __future__ import annotations

from coding_support import events

_CLASH = ("Clashes in Manbij killed 40 jihadists on Monday, a monitor said. The fighting lasted all day near the town. "
          "The monitor said at least six of those killed were suicide bomb attackers, three of them involved in "
          "attacks on a checkpoint. The Kurdish fighters lost 9 men in the battle.")


def test_who_some_of_the_dead_were_is_no_bombing_of_its_own(pipeline) -> None:
    evs = events(pipeline, _CLASH, published="2016-05-03")
    assert [e.sub_event_type for e in evs] == ["Armed clash"]


def test_a_suicide_bombing_told_with_its_toll_stays(pipeline) -> None:
    text = ("A suicide bomber killed six soldiers at a checkpoint in Manbij on Monday, a monitor said. The attacker "
            "drove a van into the post. Two of the dead were officers. The army closed the road.")
    evs = events(pipeline, text, published="2016-05-03")
    assert "Suicide bomb" in [e.sub_event_type for e in evs]
