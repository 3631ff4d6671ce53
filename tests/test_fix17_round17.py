"""Round 17 (the integrator's reading): a statement's audience is no side, "another attack" is another strike, and
an air base seized is ground taken."""

from __future__ import annotations

import warscribe
from warscribe.knowledge.roles import addressed
from warscribe.stages.retell import another_strike


def _events(text: str) -> list:
    return warscribe.extract(text, published="2016-06-01")


def test_reporters_spoken_to_are_the_audience() -> None:
    assert addressed("generic:journalists", "The source explained to SANA ")
    assert addressed("generic:journalists", "a commander told ")
    assert not addressed("generic:journalists", "gunmen shot two ")
    assert not addressed("generic:civilians", "the army told ")


def test_a_clash_told_to_a_reporter_is_no_riot() -> None:
    text = ("A military source explained to SANA reporter that the army unit clashed with the terrorists near Harasta "
            "on Monday, killing a number of them.")
    events = _events(text)
    assert events and all(e.event_type == "Battles" for e in events)
    assert all("Rioters" not in (e.actor1 or "") and "Journalists" not in (e.actor1 or "") for e in events)


def test_another_attack_is_not_the_strike_told_before() -> None:
    assert another_strike("And in January another ")
    assert another_strike("a second ")
    assert not another_strike("the ")
    text = ("Warplanes bombed the market of Ariha on Monday, killing 12 people. "
            "In March another attack claimed by the Islamic State killed 30 people in Damascus.")
    subs = [e.sub_event_type for e in _events(text)]
    assert subs[0] == "Air/drone strike"
    assert "Attack" in subs[1:] and subs.count("Air/drone strike") == 1


def test_an_air_base_seized_is_ground_taken() -> None:
    text = "Hundreds dead as Islamic State seizes Syrian air base near Raqqa on Sunday."
    events = _events(text)
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]
    assert events[0].actor1 == "Islamic State (Syria)"


def test_a_related_stories_tail_is_no_event() -> None:
    body = ("Government jets struck the town of Ariha on Monday, killing 12 civilians, a monitor said. "
            "Rescuers searched the rubble through the night. The town lies south of Idlib. "
            "Residents said the market was crowded. The monitor said the toll could rise. ")
    tail = ("12 Related Rebels Capture Two Villages Near Hama Coalition Launches 20 Airstrikes Against Daesh Tags "
            "Syria Idlib Community standardsDiscussion Comment via FacebookComment via Sputnik News")
    subs = [e.sub_event_type for e in _events(body + tail)]
    assert subs == ["Air/drone strike"]


def test_demonyms_together_name_no_unknown_town() -> None:
    events = _events("A double bomb attack killed 31 people in Syrian Kurdish city of Qamishli on Wednesday.")
    assert events and events[0].location != "Syrian Kurdish"
    events = _events("Twin bombs killed 31 in Syrian Kurdish city on Wednesday.")
    assert all(e.location != "Syrian Kurdish" for e in events)
