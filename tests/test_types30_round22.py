"""Round 22 (types30): ACLED event types of protests told over several sentences."""

from __future__ import annotations

import pytest

from coding_support import events


@pytest.mark.parametrize("text", [
    "Traders gathered outside the county offices in Kapenguria, protesting the closure of their market. A man was shot "
    "dead during the ensuing clashes with police.",
    "Dozens of residents marched to the police post in Runyenjes to protest the release of a murder suspect. A man "
    "was wounded in the clashes with police that followed.",
])
def test_a_protest_whose_crowd_later_clashed_with_the_police_is_a_violent_demonstration(pipeline, text):
    found = events(pipeline, text, published="2018-07-02")
    assert [(e.event_type, e.sub_event_type, e.actor1, e.actor2) for e in found] == [
        ("Riots", "Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya (2013-2022)")]


def test_a_protest_followed_by_a_fight_between_armed_sides_stays_peaceful(pipeline):
    text = ("Nurses marched through Garissa town to protest unpaid salaries. Later, soldiers clashed with al Shabaab "
            "militants near the border.")
    found = events(pipeline, text, published="2018-07-02")
    assert ("Protests", "Peaceful protest") in [(e.event_type, e.sub_event_type) for e in found]
