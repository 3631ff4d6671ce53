"""Mobs and attacks in our own sentences: unknown persons who beat or burn, a crowd told in the present tense, verbs
in a series after a crowd, a community's crowd that assaults someone, and a group glossed by the wider group in
brackets."""

from __future__ import annotations

import warscribe
from warscribe.model import Event


def coded(text: str) -> list[Event]:
    return warscribe.extract(text, published="2023-03-10")


def subs(text: str) -> list[str]:
    return [e.sub_event_type for e in coded(text)]


def test_unknown_persons_who_stab_a_shopkeeper_are_a_mob() -> None:
    events = coded("On 9 March 2023, unidentified persons stabbed and injured a shopkeeper in Kushtia city "
                   "(Kushtia Sadar, Khulna).")
    assert [e.sub_event_type for e in events] == ["Mob violence"]
    assert events[0].actor1 == "Rioters (Bangladesh)"


def test_unknown_gunmen_who_shoot_a_shopkeeper_still_attack() -> None:
    assert subs("On 9 March 2023, unidentified gunmen shot and injured a shopkeeper in Kushtia city "
                "(Kushtia Sadar, Khulna).") == ["Attack"]


def test_unknown_persons_who_hack_a_party_leader_are_a_mob() -> None:
    events = coded("On 9 March 2023, unidentified persons hacked a local Jubo League leader to death in Bogra city "
                   "(Bogra Sadar, Rajshahi).")
    assert [e.sub_event_type for e in events] == ["Mob violence"]


def test_a_crowd_before_a_series_of_verbs_is_their_doer() -> None:
    events = coded("On 9 March 2023, villagers caught a man stealing a cow, and later assaulted, tied, and "
                   "paraded him in Sherpur upazila (Sherpur, Mymensingh).")
    assert "Mob violence" in [e.sub_event_type for e in events]
    events = coded("On 9 March 2023, residents assaulted, robbed, and chased away two tax collectors in "
                   "Sherpur upazila (Sherpur, Mymensingh).")
    assert [e.sub_event_type for e in events] == ["Mob violence"]
    assert events[0].actor1 == "Rioters (Bangladesh)"


def test_a_plural_crowd_before_a_present_tense_attack_is_its_subject() -> None:
    events = coded("Pupils attack three teachers at a boarding school in Kisii over exam results.")
    assert [e.sub_event_type for e in events] == ["Mob violence"]
    assert events[0].actor1 == "Rioters (Kenya)"


def test_a_singular_word_before_attack_still_modifies_it() -> None:
    events = coded("On 9 March 2023, a militant attack on an army post in Mandera killed two soldiers.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_a_communitys_crowd_that_assaults_a_man_is_a_mob() -> None:
    events = coded("On 9 March 2023, members of the Marma community assaulted and injured a man in Lama upazila "
                   "(Bandarban, Chittagong), accusing him of theft.")
    assert [e.sub_event_type for e in events] == ["Mob violence"]
    assert events[0].actor1 == "Rioters (Bangladesh)"


def test_a_group_glossed_by_the_wider_group_in_brackets_is_one_side() -> None:
    events = coded("On 9 March 2023, presumed Katiba Macina (JNIM) militants killed a municipal councillor in "
                   "Djibo (Soum, Sahel).")
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert events[0].actor1.startswith("JNIM")
    assert events[0].actor2 == "Civilians (Burkina Faso)"
    assert "Katiba Macina" in events[0].assoc_actor_1


def test_youths_told_as_armed_attack_rather_than_riot() -> None:
    events = coded("On 9 March 2023, a group of armed youths attacked a campaign meeting in Homa Bay, injuring "
                   "several people.")
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert events[0].actor1 == "Unidentified Armed Group (Kenya)"


def test_a_group_of_policemen_ambushed_is_an_armed_side() -> None:
    events = coded("On 9 March 2023, Al Shabaab fighters ambushed a group of police near Mandera town.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert events[0].actor2.startswith("Police Forces of Kenya")


def test_a_group_of_farmers_stays_a_crowd() -> None:
    events = coded("On 9 March 2023, a group of farmers chased a herder away and ransacked his hut near Parakou "
                   "(Parakou, Borgou).")
    assert [e.sub_event_type for e in events] == ["Mob violence"]


def test_a_bare_checkpoint_attacked_is_a_forces_post() -> None:
    events = coded("On 9 March 2023, Taliban militants attacked a check point in Nijrab district, Kapisa.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_assailants_who_hack_a_party_worker_are_a_mob() -> None:
    events = coded("On 9 March 2023, assailants hacked and injured a supporter of a mayoral candidate at a bazaar in "
                   "Faridpur city (Faridpur Sadar, Dhaka) while he was putting up posters.")
    assert [e.sub_event_type for e in events] == ["Mob violence"]


def test_assailants_who_shoot_a_party_worker_attack_him() -> None:
    events = coded("On 9 March 2023, assailants shot and injured a supporter of a mayoral candidate at a bazaar in "
                   "Faridpur city (Faridpur Sadar, Dhaka) while he was putting up posters.")
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_herders_and_farmers_who_clash_fight_as_communal_militias() -> None:
    events = coded("On 9 March 2023, herders and farmers clashed over grazing land near Malanville (Malanville, "
                   "Alibori), leaving three dead.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert "Communal Militia" in events[0].actor1


def test_farmers_who_beat_a_herder_are_still_a_mob() -> None:
    events = coded("On 9 March 2023, farmers beat a herder whose cattle had strayed into their fields near "
                   "Malanville (Malanville, Alibori).")
    assert [e.sub_event_type for e in events] == ["Mob violence"]
