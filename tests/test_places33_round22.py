"""Round 22, places33: villages, camps, quarters and mountains of conflict reporting that the packages lack
(data/places/*_places.yaml)."""

from __future__ import annotations

import pytest

from coding_support import events


@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("Raia Mutomboki fighters abducted five traders on the road near Lulingu on Tuesday.",
     "Democratic Republic of Congo", "Sud-Kivu"),
    ("Gunmen attacked a police post in Thiet overnight, wounding two officers.", "South Sudan", "Warrap"),
    ("A soldier was wounded when a mine went off during a sweep on Mount Semmama.", "Tunisia", "Kasserine"),
    ("Youths blocked the highway in Obigbo to protest the killing of a trader by soldiers.", "Nigeria", "Rivers"),
    ("Riot police fired tear gas at vendors protesting the seizure of their goods in Mbare.", "Zimbabwe", "Harare"),
    ("Unidentified men set fire to a party office in Balangoda after the vote count.", "Sri Lanka", "Sabaragamuwa"),
    ("Gunmen on motorbikes attacked an army camp in Tessalit, killing three soldiers.", "Mali", "Kidal"),
    ("Police fired tear gas at opposition marchers in Bambeto on Thursday.", "Guinea", "Conakry"),
    ("Pupils protested outside the education ministry's annex in Kyambogo.", "Uganda", "Kampala"),
])
def test_a_village_or_mountain_we_keep_gives_its_area(pipeline, text, country, admin1):
    found = events(pipeline, text, published="2018-03-06")
    assert found and (found[0].country, found[0].admin1) == (country, admin1)


@pytest.mark.parametrize(("text", "admin1"), [
    ("Traders in Dhangadhi have taken to the streets demanding lower market fees.", "Far Western"),
    ("Members of the teachers' union march at their secretariat in Enugu over unpaid allowances.", "Enugu"),
])
def test_protest_phrasings_of_conflict_notes(pipeline, text, admin1):
    found = events(pipeline, text, published="2019-04-11")
    assert [e.event_type for e in found] == ["Protests"] and found[0].admin1 == admin1


def test_a_village_the_gazetteer_lacks_lies_in_the_one_area_the_report_names(pipeline):
    text = ("Clashes broke out at several places in Kottayam district after the results were declared. Party workers "
            "fought with their rivals near Vaikomkara, leaving five people hurt.")
    found = events(pipeline, text, published="2016-05-20")
    assert [(e.country, e.admin1) for e in found] and all(e.admin1 == "Kerala" for e in found)
    assert any(e.location == "Vaikomkara" for e in found)
