"""Old-schema places (round 15, geoold11): a dateline of several bureaus says where a story was filed, not where
its event happened, and names the well-known cities; a country framed by a direction word ("in northwest Syria",
"south-eastern Turkey") is the sentence's country. Our own sentences."""

from __future__ import annotations

from functools import lru_cache

import warscribe
from warscribe.cleaning.lines import dateline
from warscribe.model import Document, Event


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
    hints = _pipeline().context.gazetteer.country_hints()
    text = "Britain said that militants shelled a village in south-eastern Turkey."
    votes = hints.votes(text, [(0, len(text))])
    assert votes["TR"] > votes["GB"]


def test_a_capitalised_direction_opens_a_name():
    # "Southern Queensland" in a university's name is no part of Australia where things happen
    hints = _pipeline().context.gazetteer.country_hints()
    text = "A lecturer of the University of Southern Queensland was seized by gunmen in Kenya."
    votes = hints.votes(text, [(0, len(text))])
    assert votes["KE"] > votes.get("AU", 0)


def test_a_name_owning_the_next_is_the_place():
    events = coded("Gunmen shot dead a preacher outside a mosque in Sirte’s District 2 on Friday.", "2015-03-10")
    assert events and events[0].country == "Libya"
    assert events[0].location == "Sirte"


def test_a_place_framed_abroad_outranks_a_name_said_in_passing():
    # "Ahmadi" names a governorate of Kuwait; the sentence frames only Pakistani towns as the scene
    events = coded("Two men shot a shopkeeper of the Ahmadi faith in Taunsa, near Lahore, on Monday.", "2015-03-10")
    assert events and events[0].country == "Pakistan"


def test_a_place_named_just_after_holds_the_place_abroad():
    # Sanya is a Chinese city; "Sanya area, Lagos" is a quarter of Lagos
    events = coded("Traders burnt tyres in a protest in Sanya area, Lagos after a driver was killed.", "2015-03-10")
    assert events and events[0].country == "Nigeria"


def test_a_body_of_the_state_sits_in_the_capital():
    events = coded("About forty Malagasy nurses held a sit-in outside the Ministry of Health demanding unpaid wages.",
                   "2015-03-10")
    assert events and events[0].admin1 == "Antananarivo"


def test_a_bare_ministry_is_no_seat():
    events = coded("About forty Malagasy nurses held a sit-in demanding that the ministry pay their wages.",
                   "2015-03-10")
    assert events and events[0].admin1 is None


def test_a_quarter_of_dhaka_the_gazetteer_lacks_places_the_event_in_dhaka():
    from warscribe.places.admin_cues import area_named

    cue = area_named("Unknown men threw two crude bombs near the Hatirpool kitchen market.", "BD")
    assert cue is not None and cue.admin1 == "Dhaka"


def test_a_film_school_strike_is_in_maharashtra():
    from warscribe.places.admin_cues import area_named

    cue = area_named("FTII students went on with their strike against the new chairman.", "IN")
    assert cue is not None and (cue.admin1, cue.seat) == ("Maharashtra", "Pune")
