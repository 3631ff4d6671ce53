"""Round 21, where21: where an event happened when its sentence names a place only as another event's name ("the
Khan Sheikhun attack"), splits a city's toll among its quarters ("including 8 in X, 6 in Y") or follows a sentence
listing several spots of another event."""

from __future__ import annotations

from coding_support import events


def test_a_place_naming_another_event_is_not_this_events_scene(pipeline):
    text = ("A suspected gas attack hit the town of Khan Sheikhun in Idlib on Tuesday, killing 70 people. "
            "The Khan Sheikhun attack led Washington to take its first direct action against the Syrian government "
            "with cruise missile strikes against an air base on Friday morning.")
    found = events(pipeline, text, published="2017-04-09")
    missiles = [e for e in found if e.event_date == "2017-04-07"]
    assert missiles and all(e.location != "Khan Shaykhun" for e in missiles)
    assert [e.location for e in missiles] == ["Syria"]
    # (a place named with the strike it suffered, that strike's trigger or its subject, stays its scene)
    found = events(pipeline, "The Saraqib air strike killed 12 civilians on Monday, activists said.",
                   published="2017-04-11")
    assert [e.location for e in found] == ["Saraqib"]


def test_a_toll_split_among_quarters_is_the_citys(pipeline):
    text = ("A total of 48 civilians were killed in air strikes by Syrian government warplanes on Aleppo and its "
            "countryside in northern Syria on Monday including 8 in the neighbourhood of Ansari 6 in Salah Addin "
            "and 2 in Bab al-Nairab.")
    found = events(pipeline, text, published="2016-11-22")
    assert [(e.location, e.admin1, e.fatalities) for e in found] == [("Aleppo", "Aleppo", 48)]


def test_a_citys_split_toll_after_a_quarters_massacre_stays_its_own_event(pipeline):
    text = ("Syrian government forces on Monday committed a massacre in the neighbourhood of Bab Alnairab killing "
            "at least 20 civilians. The victims were hit by air strikes while fleeing on foot. "
            "The Syrian opposition condemned the crime. A total of 48 civilians were killed in air strikes by "
            "government warplanes on Aleppo and its countryside in northern Syria on Monday including 8 in Ansari "
            "6 in Salah Addin and 2 in Hanano.")
    found = events(pipeline, text, published="2016-11-22")
    assert ("Aleppo", 48) in [(e.location, e.fatalities) for e in found]


def test_an_event_after_a_list_of_another_events_spots_takes_the_place_holding_them(pipeline):
    text = ("Russian and government jets pounded rebel-held parts of Aleppo early on Thursday. "
            "Air strikes killed 11 people on Thursday when warplanes hit several districts including al-Kalaseh "
            "Bustan al-Qasr and al-Sakhour. "
            "Six children were among 60 civilians killed in opposition-held areas on Monday and Tuesday the monitor "
            "said.")
    found = events(pipeline, text, published="2016-10-13")
    sixty = [e for e in found if e.fatalities == 60]
    assert [e.location for e in sixty] == ["Aleppo"]


def test_an_activist_page_named_for_a_town_is_no_scene(pipeline):
    text = ("An air strike killed 12 people in the rebel-held village of Urum al-Joz in Idlib province on Saturday. "
            "The names of the 12 dead were published by Ariha Today activist group.")
    found = events(pipeline, text, published="2017-04-08")
    assert [(e.location, e.admin1) for e in found] == [("Urum al-Jawz", "Idleb")]
