"""Round 18 (issue 9): types of events told again, in words that name no weapon: the dead feared under a building
levelled by a strike told before are no toll and no attack of their own; "the attack" told again with the jets
that delivered a gas attack told before is that gas attack."""

from __future__ import annotations

from coding_support import events
from warscribe.explain import explain_text


def test_dead_feared_under_a_levelled_building_are_no_attack_of_their_own(pipeline) -> None:
    text = ("Three nurses were killed when an air strike hit a hospital near Maarat al-Numan on Tuesday, a medical "
            "charity said. The nurses had been working a night shift at the hospital, the charity said. The hospital "
            "in the village of Hish was completely levelled and more dead were feared to be trapped under the debris, "
            "the charity added. The charity called for an inquiry.")
    evs = events(pipeline, text, published="2019-05-08")
    assert evs and all(e.sub_event_type == "Air/drone strike" for e in evs)
    assert sum(e.fatalities for e in evs) == 3


def test_the_attack_told_again_as_flown_by_jets_stays_the_gas_attack(pipeline) -> None:
    text = ("Dozens choke after toxic gas attack on the town of Kafr Nabl. Warplanes dropped bombs carrying poison "
            "gas on the town of Kafr Nabl on Wednesday, killing nine people, a rescue group said. The government "
            "denied any role in the attack. A monitoring group said the attack, believed to have been carried out "
            "by government jets, killed at least 30 people in Kafr Nabl on Wednesday.")
    evs = events(pipeline, text, published="2019-06-06")
    assert evs and evs[0].sub_event_type == "Chemical weapon"
    assert not any(e.sub_event_type == "Air/drone strike" for e in evs)


def test_missiles_fired_beside_a_recalled_gas_attack_are_a_strike_of_their_own() -> None:
    # "the attack" there refers back to the gas attack, but the missiles are the new act's: no retelling of it
    text = ("A suspected gas attack killed 80 people in the town of Khan Sheikhoun on Tuesday, a monitor said. "
            "The United States has accused the government of being behind the attack and fired missiles at a "
            "Syrian army base.")
    second = explain_text(text, published="2017-04-08").sentences[1].draft
    assert second is not None and second["sub_event_type"] == "Shelling/artillery/missile attack"
