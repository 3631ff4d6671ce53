"""Round 22, Kenya's places (places31): places the gazetteer lacked or filed under another county, spelling
variants, and names of landmarks and groups that say which county a report is about."""

from __future__ import annotations

import pytest

from coding_support import events


def _admins(pipeline, text: str, published: str = "2018-06-12") -> list[tuple[str | None, str | None]]:
    return [(e.country, e.admin1) for e in events(pipeline, text, published=published)]


@pytest.mark.parametrize("text, admin1", [
    # the Boni forest's reserve lies in Ijara (Garissa)
    ("Soldiers of the Kenya Defence Forces shot dead four militants during a raid in Boni Forest.", "Garissa"),
    # villages and forests the gazetteer lacked
    ("Gunmen ambushed a pick-up truck at Arabia on Tuesday, wounding three of its passengers, Kenyan police said.",
     "Mandera"),
    ("Two Kenyan herders were hacked to death after a quarrel over grazing land near Eburu Forest.", "Nakuru"),
    ("Kenyan police said a mob burned six houses in Murinduko village after a cattle theft.", "Kirinyaga"),
    ("A Kenyan bomb squad defused an explosive device planted on the road near Sangailu.", "Garissa"),
    # Modogashe, on the Garissa-Isiolo line, is coded under Isiolo
    ("Two Kenyan herders were shot dead near Modogashe on Sunday.", "Isiolo"),
    # a spelling of Kawangware
    ("Kenyan police fired tear gas at youths who blocked a road in Kawangwere on Monday.", "Nairobi"),
])
def test_kenyan_places_the_gazetteer_lacked(pipeline, text, admin1):
    assert _admins(pipeline, text) == [("Kenya", admin1)]


def test_a_university_named_for_a_president_is_no_town_abroad(pipeline):
    # "Moi University students": Kenya's university near Eldoret, not Moi in Norway, though the students' actor
    # holds the word "University"
    found = events(pipeline, "On March 3rd, Moi University students protested against a rise in their fees.",
                   published="2019-03-04")
    assert [(e.country, e.admin1) for e in found] == [("Kenya", "Uasin Gishu")]


def test_a_settlement_scheme_named_alone_places_its_dispute(pipeline):
    text = "Three people were shot dead in violence tied to the Chebyuk land dispute."
    assert _admins(pipeline, text, published="2008-03-10") == [("Kenya", "Bungoma")]


def test_the_oromo_rebels_kenyan_ground_is_marsabit(pipeline):
    text = "Kenyan police clashed with OLF rebels who had attacked a village, killing one of them."
    assert [a for _, a in _admins(pipeline, text, published="2006-03-10")] == ["Marsabit"]


def test_kenyas_anti_stock_theft_unit_is_no_town_in_england(pipeline):
    text = "An officer of the Anti-Stock Theft Unit shot and wounded two herders on Friday."
    assert [c for c, _ in _admins(pipeline, text)] == ["Kenya"]
