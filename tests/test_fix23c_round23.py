"""Round 23 fixes by fix23c, from the reading of FA-KES events (seed 353): Syria's air bases are places."""

from __future__ import annotations

import pytest

from coding_support import events


@pytest.mark.parametrize(("text", "place", "admin1"), [
    ("US warships fired 59 cruise missiles at the Shayrat air base in the early hours of Friday.", "Shayrat", "Homs"),
    ("Rebels shelled the Khmeimim air base with rockets on Sunday.", "Hmeimim", "Lattakia"),
    ("IS fighters attacked the Kweiris military airport east of the city on Monday.", "Kuweires", "Aleppo"),
    ("Israeli jets struck the Tiyas air base on Saturday, a monitor said.", "Tiyas", "Homs"),
])
def test_an_air_base_named_alone_places_the_event_at_the_base(pipeline, text: str, place: str, admin1: str):
    found = events(pipeline, text, published="2017-04-09")
    assert [(e.location, e.admin1) for e in found] == [(place, admin1)]
