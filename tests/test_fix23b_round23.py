"""Round 23 fixes by fix23b, from the reading of FA-KES events (seed 349)."""

from __future__ import annotations

from coding_support import events


def test_an_activists_committee_that_reports_is_no_side_of_the_shelling(pipeline):
    text = ("The opposition Local Coordination Committee of Kafr Nabl said heavy shelling had driven the Free Syrian "
            "Army out of the village on Tuesday.")
    found = events(pipeline, text, published="2015-02-12")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in found] == [
        ("Shelling/artillery/missile attack", "Unidentified Armed Group (Syria)", "Opposition Rebels (Syria)")]
