"""Round 22, places32: villages of Burkina Faso reports name that the place lists lacked, and the spellings
reports give of the ones they hold (coded in their region, not at the country)."""

from __future__ import annotations

import pytest

from coding_support import events


@pytest.mark.parametrize(("text", "location", "admin1"), [
    ("On 4 March 2020, gunmen shot dead three farmers in the village of Kieman-Yarce, Burkina Faso.",
     "Kieman-Yarce", "Centre-Nord"),
    ("On 9 June 2019, suspected jihadists burned a school in the village of Minima, in northern Burkina Faso.",
     "Minima", "Centre-Nord"),
    ("On 2 May 2019, Burkinabe soldiers clashed with suspected militants near Gargaboule, killing four of them.",
     "Gargaboule", "Sahel"),
    ("On 6 July 2019, armed men attacked the gendarmerie post of the Goudoubou refugee camp in Burkina Faso.",
     "Goudoubo", "Sahel"),
    ("On 12 March 2019, gunmen killed four civilians in Kompienbiga, in eastern Burkina Faso.",
     "Kompiembiga", "Est"),
    ("On 3 January 2020, suspected militants abducted a farmer in the village of Darbiti in Burkina Faso.",
     "Darbiti 2", "Centre-Nord"),
    # French transliterations of held names
    ("On 2 January 2019, militiamen killed twelve herders in the village of Toekedogo, Burkina Faso.",
     "Tokyedogo", "Sahel"),
    ("On 9 October 2019, gunmen attacked a Burkinabe gendarmerie patrol in the area of Tongomayle, wounding one.",
     "Tongomayel", "Sahel"),
    ("On 27 December 2019, militants attacked the gendarmerie in Tanwolbougou, Burkina Faso; no one was hurt.",
     "Tanwalbougou", "Est"),
])
def test_a_burkinabe_village_is_coded_in_its_region(pipeline, text, location, admin1):
    found = events(pipeline, text, published="2020-03-10")
    assert [(e.location, e.admin1) for e in found][:1] == [(location, admin1)]


def test_foube_is_filed_under_soum(pipeline):
    # the village lies on the province line north of Barsalogho; reports code it in the Sahel region
    text = "On 2 February 2020, suspected militants killed five civilians in Foube, Burkina Faso."
    found = events(pipeline, text, published="2020-02-10")
    assert [e.admin1 for e in found][:1] == ["Sahel"]


def test_a_quarter_named_with_ouagadougou_is_the_citys(pipeline):
    # Gounghin is also a commune of the Centre-Est; told as an area of the capital it is the city's quarter
    text = "On 6 May 2018, students in the Gounghin area of Ouagadougou clashed with police, throwing stones."
    found = events(pipeline, text, published="2018-05-10")
    assert [e.admin1 for e in found][:1] == ["Centre"]
