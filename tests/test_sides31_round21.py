"""Round 21, sides31: victims of another country are named for theirs (roles.yaml victim_nationality), and
refugees or prisoners struck are civilians with the group as an associated actor (actors/generic.yaml)."""

from __future__ import annotations

import pytest

from coding_support import events


@pytest.mark.parametrize(("text", "victims"), [
    ("Unknown gunmen shot dead a Sudanese trader in Lodwar, Kenya, on Tuesday.", "Civilians (Sudan)"),
    ("Suspected jihadists killed a Malian lorry driver near Djibo, Burkina Faso, on Friday.", "Civilians (Mali)"),
    ("Sea pirates kidnapped four South Korean nationals from a trawler off Cotonou, Benin.",
     "Civilians (South Korea)"),
    ("Gunmen killed three Somalis in Wajir, Kenya, on Sunday.", "Civilians (Somalia)"),
    ("Bandits killed a national of Niger in Fada N'Gourma, Burkina Faso, on Monday.", "Civilians (Niger)"),
    # victims of two countries, or foreigners of none named, are ACLED's international civilians
    ("Gunmen abducted a Canadian and an Italian aid worker in Garissa, Kenya, on Monday.",
     "Civilians (International)"),
    ("Gunmen attacked a bus carrying foreign tourists near Malindi, Kenya, on Monday, wounding two.",
     "Civilians (International)"),
])
def test_victims_of_another_country_are_named_for_it(pipeline, text, victims):
    found = events(pipeline, text, published="2020-03-10")
    assert victims in [e.actor2 for e in found]


def test_victims_of_the_event_country_stay_its_civilians(pipeline):
    text = "Kenyan police shot dead two civilians in Mombasa, Kenya, on Monday."
    found = events(pipeline, text, published="2020-03-10")
    assert [e.actor2 for e in found] == ["Civilians (Kenya)"]


def test_refugees_struck_are_civilians_with_the_group_associated(pipeline):
    text = "Gunmen shot dead two Ethiopian refugees in Kakuma camp, Kenya, on Monday."
    found = events(pipeline, text, published="2020-03-10")
    assert [(e.actor2, e.assoc_actor_2) for e in found] == [("Civilians (Ethiopia)", ["Refugees/IDPs (Ethiopia)"])]
