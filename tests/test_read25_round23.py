"""Round 23 fixes by read25, from the reading of FA-KES events (issue 9: known reading errors and seeds 600-620)."""

from __future__ import annotations

from coding_support import events


def test_a_number_of_dead_gives_no_invented_toll(pipeline):
    # "a number of" tells no size: no figure is made up from it (a real count beside it still counts)
    text = ("Army units shelled a militant hideout near Talbiseh on Monday, killing a number of them and wounding "
            "others, a military source said.")
    found = events(pipeline, text, published="2016-09-27")
    assert [e.fatalities for e in found] == [0]
    text = "Rebels shelled Talbiseh on Monday, killing two civilians and injuring a number of others."
    found = events(pipeline, text, published="2016-09-27")
    assert [e.fatalities for e in found] == [2]
