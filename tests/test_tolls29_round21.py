"""Round 21 fatality counts (tolls29): one person told as the subject of "died" or of a headline's death word counts
one, not the default of several; a battle's or a front's running toll is background."""

from __future__ import annotations

import pytest

from coding_support import deaths, reader  # noqa: F401  (a fixture)


@pytest.mark.parametrize("text", [
    "Gunmen shot a trader in the market of Kassala on Monday. He later died of his wounds in hospital.",
    "Raiders set a lorry on fire near Mopti. The driver later died at the clinic.",
    "A farmer, who was burnt when attackers torched his home in Lira on Sunday, died on the way to hospital.",
    "The villagers beat a thief; she was taken to the police station where she later died.",
])
def test_one_person_as_the_subject_of_died_is_one_dead(reader, text):  # noqa: F811
    assert deaths(reader, text)[-1][:2] == (1, False)


@pytest.mark.parametrize("text", [
    "Elderly man killed and three children missing after a militia raid on Dila.",
    "Soldier assassinated overnight in his barracks.",
    "The colonel was later found dead in a ditch near the river.",
    "A suicide bomber set off his vest at the gate of the mosque, killing only himself.",
])
def test_one_victim_told_in_other_words_is_one_dead(reader, text):  # noqa: F811
    assert deaths(reader, text)[-1][:2] == (1, False)


@pytest.mark.parametrize("text", [
    "Many people died in the floods.",
    "Rebels attacked the village and residents died.",
])
def test_several_dead_told_with_no_number_keep_the_default(reader, text):  # noqa: F811
    assert deaths(reader, text)[-1][1] is True


@pytest.mark.parametrize("text", [
    "At least 310 militants among them 20 boys had been killed in the fight for Raqqa as well as in strikes by the "
    "coalition he said.",
    "He claimed that at least 4000 militants have been killed on this front.",
])
def test_a_battles_or_fronts_running_toll_is_no_events_toll(reader, text):  # noqa: F811
    assert [v for v, _, _ in deaths(reader, text) if v > 100] == []


@pytest.mark.parametrize("text", [
    "Gunmen kill herder near the wells of Wajir",
    "Roadside bomb planted by unknown group kills traffic police officer near Mandera",
    "Suspected raiders shoot and kill Turkana peace activist",
    "An infant dies during the police raid on the village.",
    "Residents of Nyamasaria lynch a man they suspect of theft.",
])
def test_a_short_notes_present_tense_death_of_one_person_is_one_dead(reader, text):  # noqa: F811
    assert deaths(reader, text)[-1][:2] == (1, False)


def test_an_aim_to_kill_is_no_death(reader):  # noqa: F811
    assert deaths(reader, "The militia vowed to kill the governor of the county.") == []


def test_a_headlines_one_victim_within_a_numbered_group_is_no_toll_of_one(reader):  # noqa: F811
    text = "Three villagers incl. Sebba village chief assassinated overnight near the border."
    assert deaths(reader, text)[-1][0] == 3


@pytest.mark.parametrize("text", [
    "A herder in Kapedo was beaten by raiders and later died in hospital of his wounds.",
    "A guard who suffered burns in the blast at the depot died after being taken to hospital.",
    "A trader from Moyale, died on 9 March after the attack on his shop.",
])
def test_one_person_with_a_phrase_or_a_passive_of_their_own_before_died_is_one_dead(reader, text):  # noqa: F811
    assert deaths(reader, text)[-1][:2] == (1, False)


def test_a_bomber_killing_himself_and_others_is_no_toll_of_one(reader):  # noqa: F811
    assert deaths(reader, "A suicide bomber killed himself and two others at the gate of a mosque.")[-1][0] != 1


def test_the_dead_that_included_people_named_after_is_no_one_victim(reader):  # noqa: F811
    assert deaths(reader, "Gunmen attacked the camp. The dead included displaced children.")[-1][0] != 1


def test_a_figure_after_a_death_word_is_no_default_toll(reader):  # noqa: F811
    assert [v for v, _, _ in deaths(reader, "IS kills more than 40 in northern Hama raid.")] != [3]


@pytest.mark.parametrize("text", [
    "A farmer of the parish of Saint Paul in Beni and his brother were killed by a group of gunmen.",
    "A teacher from the secondary school at Kasese, and his son were shot dead by unknown gunmen.",
])
def test_one_person_and_one_of_theirs_as_the_subject_are_two_dead(reader, text):  # noqa: F811
    assert deaths(reader, text)[-1][:2] == (2, False)


def test_killing_after_in_addition_to_tells_deaths(reader):  # noqa: F811
    text = "The fighting ended with the attack repelled in addition to killing and injuring scores of militants."
    assert any(outcome_dead for outcome_dead, _, _ in deaths(reader, text))
