"""Round 19 follow-up (issue 9): retellings and backdrops told as events. A verdict on a strike told elsewhere, a
strike weighed, who was behind an attack told before and raids named by their start tell no new event."""

from __future__ import annotations

from coding_support import events

_VERDICT = ("Coalition jets struck a bakery in Raqqa on Friday, killing 11 civilians, state media said. "
            "The raid hit the market at noon. Rescuers searched the rubble. Last week the ministry said that the "
            "coalition's airstrikes on army posts near the airport were an 'unfortunate error.' On May 2 coalition "
            "planes struck army posts near the Deir Hafer airport, killing 30 soldiers. Residents fled the town. "
            "Aid groups called for calm.")


def test_a_verdict_on_a_strike_told_elsewhere_is_no_strike_of_its_own(pipeline) -> None:
    evs = events(pipeline, _VERDICT, published="2016-05-20")
    assert sorted(e.fatalities for e in evs) == [11, 30]
    assert str(evs[0].event_date) != "2016-05-13" and all(str(e.event_date) != "2016-05-13" for e in evs)


def test_a_strike_told_with_its_toll_in_the_lede_is_kept_though_called_a_mistake(pipeline) -> None:
    text = ("Coalition airstrikes on an army post near Deir Hafer killed 30 soldiers on Monday. Rescuers "
            "searched the rubble. The strike was a mistake, the coalition said later. The army said the post was "
            "hit twice. Officials met on Tuesday. Residents fled the area. Aid groups called for calm.")
    evs = events(pipeline, text, published="2016-05-20")
    assert [e.fatalities for e in evs] == [30]


def test_strikes_weighed_are_no_strikes(pipeline) -> None:
    text = "The allies are considering air strikes on the army's bases near Homs, officials said on Monday."
    assert events(pipeline, text, published="2016-05-10") == []


def test_a_strike_told_after_a_bare_considered_stays(pipeline) -> None:
    text = "The attack, considered the deadliest this year, killed 20 soldiers in Homs on Monday."
    assert [e.fatalities for e in events(pipeline, text, published="2016-05-10")] == [20]


_BLAME = ("A car bomb exploded at a checkpoint in Azaz on Monday, killing 12 soldiers, a monitor said. The blast "
          "destroyed two cars. Rescuers searched the rubble. Officials in Ankara say the group was behind the "
          "attack in which 12 were killed and are considering a response. Residents fled the town. "
          "Aid groups called for calm.")


def test_who_was_behind_an_attack_told_before_is_no_new_attack(pipeline) -> None:
    evs = events(pipeline, _BLAME, published="2016-05-10")
    assert [e.sub_event_type for e in evs] == ["Remote explosive/landmine/IED"]


_RAIDS = ("Ten soldiers were killed in clashes with IS near the airport on Tuesday, a monitor said. The fighting "
          "went on overnight. The city has been a target of coalition strikes. When the raids began IS pulled back "
          "from some posts and there have been few reports of fighting involving the group in the province since. "
          "Residents fled the town. Aid groups called for calm.")


def test_raids_named_by_their_start_to_date_another_deed_are_no_event(pipeline) -> None:
    evs = events(pipeline, _RAIDS, published="2014-10-14")
    assert [e.fatalities for e in evs] == [10]
