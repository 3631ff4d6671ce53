"""Round 21, tolls30: a death told with no number whose words name one person reads as one, not ACLED's default of
three: a singular auxiliary before it, a verb and its object of one person before "dead", or a headline whose
words before the death word are one noun phrase naming one person."""

from __future__ import annotations

import pytest

from coding_support import deaths, events


@pytest.mark.parametrize("text", [
    "A senior Hill Front (HF) commander was today killed (12/03) in a raid near the border town.",
    "A local Farmers Union (FU) organiser was beaten dead allegedly by a gang of traders at the market.",
    "A labourer belonging to the tea garden community has died from alleged torture in police custody.",
])
def test_a_singular_auxiliary_before_the_death_word_tells_one_dead(reader, text):
    assert deaths(reader, text) == [(1, False, False)]


@pytest.mark.parametrize("text", [
    "Masked gunmen shot a trader(Karim Odhiambo) dead outside his shop.",
    "Rebels shot Okello, a schoolteacher, dead in a village near the river late on Friday.",
    "Militants threw a grenade at a lorry passing the bridge, leaving lorry driver dead on the spot.",
    "Raiders stopped the trader on the highway and shot him dead near his lorry.",
])
def test_dead_after_a_verb_and_an_object_of_one_person_is_one(reader, text):
    assert deaths(reader, text) == [(1, False, False)]


@pytest.mark.parametrize("text", [
    "Opposition party official Samuel Ndayishimiye shot dead.",
    "Chairman of the Kibira Farmers Union, Jean Hakizimana, shot dead near his house.",
    "Watchman from the Roads and Bridges Authority killed when gunmen raided a depot.",
    "Gunmen ambushed a lorry of a mining firm. Driver presumed dead.",
    "Body of herdsman found dead in Wadi Kara.",
])
def test_a_headline_naming_one_person_before_the_death_word_is_one(reader, text):
    assert [value for value, _, _ in deaths(reader, text)] == [1]


@pytest.mark.parametrize("text", [
    "Unknown number killed, several herders injured.",
    "Gunmen shot several guards dead near the depot.",
    "Armed men clashed near the wells; three persons incl. the village headman assassinated overnight.",
])
def test_no_one_person_named_keeps_the_default_or_the_figure(reader, text):
    assert 1 not in [value for value, _, _ in deaths(reader, text)]


def test_a_headline_death_of_one_official_codes_one_fatality(pipeline):
    text = "Ruling party official Samuel Ndayishimiye shot dead in Bujumbura."
    found = events(pipeline, text, published="2015-06-03")
    assert [e.fatalities for e in found] == [1]


@pytest.mark.parametrize(("text", "dead"), [
    ("Two fighters of the outlawed Eastern Liberation Front were killed in a clash with police on Monday.", 2),
    ("Two Rural Reserve Police Force (RRPF) personnel were killed when their jeep hit a mine.", 2),
])
def test_a_counted_subject_with_a_long_name_before_its_passive_death_word(reader, text, dead):
    assert [value for value, _, _ in deaths(reader, text)] == [dead]


@pytest.mark.parametrize("text", [
    "Tariq Hussain, a truck helper, was clobbered to death by a mob near the bazar early on Monday.",
    "Opposition youth leader Karim Sheikh was murdered on Thursday night near his village.",
])
def test_more_death_words_with_no_number_read_one_person(reader, text):
    assert [value for value, _, _ in deaths(reader, text)] == [1]


@pytest.mark.parametrize("text", [
    "Dead body of young farmer found in a ravine near Kanyosha.",
    "The bullet-riddled body of a customs officer was found near a village in the hills.",
])
def test_one_body_found_is_one_dead(reader, text):
    assert [value for value, _, _ in deaths(reader, text)] == [1]


def test_a_body_found_as_the_cause_of_a_protest_is_no_toll(reader):
    text = "Residents blocked the highway after the body of a young woman was found near her home."
    assert deaths(reader, text) == []


def test_a_counted_subject_takes_the_dead_joined_after_it(reader):
    text = "At least 14 fighters from the Western-backed Dawn brigade were killed along with five jihadist attackers."
    assert [value for value, _, _ in deaths(reader, text)] == [19]


@pytest.mark.parametrize("text", [
    "Gunmen kill official in a camp near the border.",
    "Party representative killed at his home in the hills.",
    "Opposition leader's bodyguard shot and killed.",
    "Man reportedly killed in violence on polling day.",
])
def test_singular_nouns_of_people_the_victims_list_misses_name_one(reader, text):
    assert [value for value, _, _ in deaths(reader, text)] == [1]
