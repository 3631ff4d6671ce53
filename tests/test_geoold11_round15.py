"""Old-schema places (round 15, geoold11): a dateline of several bureaus says where a story was filed, not where
its event happened, and names the well-known cities; a country framed by a direction word ("in northwest Syria",
"south-eastern Turkey") is the sentence's country. Our own sentences."""

from __future__ import annotations

from functools import lru_cache

import warscribe
from warscribe.cleaning.lines import dateline
from warscribe.model import Document, Event
from warscribe.places.countries import CountryHints


@lru_cache(maxsize=1)
def _pipeline():
    from warscribe.pipeline import Pipeline

    return Pipeline()


def coded(text: str, published: str = "2019-05-22") -> list[Event]:
    return warscribe.extract(text, published=published)


def test_a_dateline_of_several_bureaus_is_read_as_one():
    match = dateline("LONDON/ISTANBUL, March 3 (Wire) - Britain said ...")
    assert match is not None and match.group("place") == "LONDON/ISTANBUL"


def test_several_bureaus_are_no_scene():
    events = coded("PARIS/AMMAN, May 21 (Wire) - France said on Tuesday it had evidence of a gas attack by "
                   "government forces on Sunday in northwest Syria that hurt six fighters.")
    assert events and events[0].country == "Syria"


def test_a_bureau_city_is_the_well_known_one():
    text = ("NAIROBI/BEIRUT, June 2 (Wire) - The United States said on Monday that it was studying reports of a "
            "chlorine attack on Saturday in northern Syria that hurt four men.")
    doc = _pipeline().run(Document(id="d", text=text, published="2019-06-03"))
    beirut = [m.data["country"] for m in doc.mentions_of("place") if m.text == "BEIRUT"]
    assert beirut == ["Lebanon"]
    assert doc.events and doc.events[0].country == "Syria"


def test_a_direction_frames_the_country():
    hints = CountryHints()
    text = "Britain said that militants shelled a village in south-eastern Turkey."
    votes = hints.votes(text, [(0, len(text))])
    assert votes["TR"] > votes["GB"]
