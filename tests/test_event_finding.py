"""Finding and typing events in our own sentences: every ACLED sub-event type in news and coder phrasing, no
event lost for want of a named actor or a country, and roles (crowds, passives, "after X ambushed Y", victims)."""

from __future__ import annotations

import pytest

import warscribe
from warscribe.model import Event


def coded(text: str) -> list[Event]:
    return warscribe.extract(text, published="2021-06-10")


def sub_types(text: str) -> list[str]:
    return [e.sub_event_type for e in coded(text)]


@pytest.mark.parametrize(("sub", "text"), [
    ("Armed clash", "Rebels and soldiers exchanged gunfire near the border post on Monday."),
    ("Armed clash", "Police and cattle rustlers engaged in a shootout in the valley on Tuesday."),
    ("Government regains territory", "Government troops recaptured the town of Kolla from the insurgents on Sunday."),
    ("Non-state actor overtakes territory", "Insurgents captured the town of Kolla after government troops fled."),
    ("Air/drone strike", "A drone strike hit a vehicle near the market on Friday, killing two men."),
    ("Shelling/artillery/missile attack", "Mortar shells landed on a residential area of the town on Friday."),
    ("Remote explosive/landmine/IED", "On 3 May 2021, several explosions took place in the old town."),
    ("Remote explosive/landmine/IED", "Two herders were killed when their cart drove over a landmine on Monday."),
    ("Suicide bomb", "A suicide bomber blew himself up at a checkpoint on Monday, killing four guards."),
    ("Grenade", "Unknown men threw a grenade into a bar on Saturday night, wounding six people."),
    ("Chemical weapon", "Residents reported a chlorine gas attack on the suburb on Tuesday."),
    ("Attack", "Unknown gunmen shot dead a village chief in his home on Wednesday."),
    ("Attack", "On 4 June 2021, militants whipped several traders at the market."),
    ("Abduction/forced disappearance", "Gunmen abducted a teacher from the school on Thursday."),
    ("Abduction/forced disappearance", "Pirates took five sailors as hostages from a tanker off the coast on Monday."),
    ("Sexual violence", "Two women were raped by armed men near the camp on Sunday."),
    ("Peaceful protest", "On 12 March 2021, nurses staged a human chain in front of the hospital, demanding pay."),
    ("Peaceful protest", "Teachers went on strike on Monday over unpaid allowances."),
    ("Protest with intervention", "Police dispersed the demonstrators with tear gas outside parliament on Tuesday."),
    ("Excessive force against protesters", "Soldiers opened fire on protesters in the capital, killing three."),
    ("Violent demonstration", "On Monday, youths burned tyres and barricaded the main road to protest power cuts."),
    ("Violent demonstration", "Traders rioted and clashed with police at the market on Tuesday."),
    ("Mob violence", "Villagers lynched two suspected thieves on Sunday."),
    ("Mob violence", "On 8 May 2023, supporters of two rival candidates clashed with sticks in the village."),
    ("Mob violence", "A mob beat a man to death on suspicion of witchcraft on Friday."),
    ("Agreement", "The two militias signed a ceasefire agreement on Saturday."),
    ("Agreement", "The government and the rebels carried out a prisoner swap on Saturday."),
    ("Arrests", "Police arrested twelve suspects in a raid on the slum on Monday."),
    ("Arrests", "Several opposition activists were detained on Monday."),
    ("Change to group/activity", "The army brought in reinforcements to the district on Monday."),
    ("Change to group/activity", "Soldiers conducted a patrol along the river on Tuesday."),
    ("Disrupted weapons use", "Police said a large quantity of weapons and ammunition had been seized on Tuesday."),
    ("Disrupted weapons use", "Army engineers defused a roadside bomb on the highway on Tuesday."),
    ("Headquarters or base established", "The militia established a checkpoint at the entrance of the town on Monday."),
    ("Looting/property destruction", "Militants looted shops and burned a school in the village on Friday."),
    ("Non-violent transfer of territory", "Government forces withdrew from the town on Friday without a fight."),
    ("Other", "The rebels released twenty prisoners on Sunday."),
])
def test_every_sub_event_type(sub: str, text: str) -> None:
    assert sub in sub_types(text)


@pytest.mark.parametrize(("text", "event_type"), [
    ("Nine Nigerien soldiers died after jihadists ambushed their convoy.", "Battles"),
    ("Armed men stormed a crowded church on Sunday, wounding at least 40 worshippers.", "Violence against civilians"),
    ("The police say a large number of rifles and bullets have been seized.", "Strategic developments"),
    ("Several party activists were detained.", "Strategic developments"),
    ("On 2 June 2021, several explosions took place in the port district.", "Explosions/Remote violence"),
])
def test_simple_reports_without_named_actor_or_country_make_an_event(text: str, event_type: str) -> None:
    found = coded(text)
    assert [e.event_type for e in found] == [event_type]


def test_unknown_country_leaves_the_country_null() -> None:
    ev = coded("On 2 June 2021, several explosions took place in the port district.")[0]
    assert ev.country is None


def test_bare_generic_verb_does_not_add_an_event_to_an_article() -> None:
    text = ("Government forces shelled the town of Atarib in Syria on Monday, killing two civilians. "
            "More than a hundred buildings were destroyed.")
    assert sub_types(text) == ["Shelling/artillery/missile attack"]


def test_a_protest_about_a_killing_is_a_peaceful_protest() -> None:
    assert sub_types("On Monday, students protested against the killing of a classmate in Kenya.") == \
        ["Peaceful protest"]


@pytest.mark.parametrize("text", [
    "Residents of Kisumu in Kenya lynched a suspected thief on Sunday.",
    "A suspected thief was lynched by residents in Kisumu, Kenya on Sunday.",
    "On Monday, a group of villagers in Kenya assaulted and killed a man accused of theft.",
])
def test_crowds_that_commit_violence_are_rioters(text: str) -> None:
    ev = coded(text)[0]
    assert (ev.sub_event_type, ev.actor1) == ("Mob violence", "Rioters (Kenya)")


def test_civilians_killed_are_victims_not_rioters() -> None:
    ev = coded("On Monday, civilians killed in Baringo, Kenya were buried by their families.")
    assert all(e.actor1 != "Rioters (Kenya)" for e in ev)


def test_victims_before_after_clause_and_perpetrator_in_it() -> None:
    ev = coded("Three farmers were killed in Kenya on Monday after bandits ambushed their convoy.")[0]
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Attack", "Unidentified Armed Group (Kenya)",
                                                         "Civilians (Kenya)")


def test_armed_target_makes_an_armed_clash() -> None:
    ev = coded("Suspected Al-Shabaab militants attacked a police station in Mandera, Kenya on Monday.")[0]
    assert (ev.event_type, ev.actor1) == ("Battles", "Al Shabaab")


def test_a_group_saying_it_killed_soldiers_is_the_perpetrator() -> None:
    ev = coded("Al-Shabaab said it killed five Kenyan soldiers in an attack on a base in Lamu, Kenya on Monday.")[0]
    assert (ev.actor1, ev.actor2, ev.fatalities) == ("Al Shabaab", "Military Forces of Kenya (2013-2022)", 5)


def test_civilians_are_never_the_perpetrators_of_shelling() -> None:
    ev = coded("Civilians fled after soldiers shelled the village in Kenya on Monday.")[0]
    assert ev.actor1 == "Military Forces of Kenya (2013-2022)" and ev.actor2 == "Civilians (Kenya)"


def test_arrests_with_no_agent_are_made_by_the_police() -> None:
    ev = coded("On Monday, twelve opposition activists were arrested in Nairobi, Kenya.")[0]
    assert (ev.sub_event_type, ev.inter1) == ("Arrests", 1)  # a state force (the police where the base has one)


def test_a_killing_is_not_relabelled_by_looting_in_its_sentence() -> None:
    ev = coded("Gunmen killed nine herders near Salamiyah in Syria on Tuesday and seized their motorcycles.")[0]
    assert ev.sub_event_type == "Attack"


def test_communities_that_clash_are_communal_militias_not_rioters() -> None:
    ev = coded("On Monday, members of two rival clans clashed over grazing land in Marsabit, Kenya.")
    assert (ev[0].sub_event_type, ev[0].actor1) == ("Armed clash", "Unidentified Clan Militia (Kenya)")


def test_abducted_and_killed_is_an_attack() -> None:
    assert sub_types("On Monday, gunmen abducted and killed two traders near the market.") == ["Attack"]


def test_a_threat_is_no_event_even_with_words_between_threatened_and_to() -> None:
    # a threat names what might happen: "threatened on Tuesday to shoot down" is no disrupted weapons use
    assert coded("The army threatened on Tuesday to shoot down any foreign drone that crosses the river near "
                 "Tindouri.") == []
