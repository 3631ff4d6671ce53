"""Round 23 fixes by fix23, from the reading of FA-KES events (seeds 331 and 337)."""

from __future__ import annotations

from coding_support import events


def test_a_speaker_named_in_full_before_is_no_hamlet_of_the_same_spelling(pipeline):
    text = ('Syrian warplanes hit homes in Rastan killing four children" said media activist Omar Dali. "The regime '
            'prevented the entry of any building materials into the town" Dali said.')
    found = events(pipeline, text, published="2016-06-19")
    assert {(e.location, e.admin1) for e in found} == {("Ar Rastan", "Homs")}
    # "according to Dali" is the speaker too
    text = ('Syrian warplanes hit homes in Rastan killing four children said media activist Omar Dali. The regime '
            'prevented the entry of any building materials into the town according to Dali.')
    assert {e.location for e in events(pipeline, text, published="2016-06-19")} == {"Ar Rastan"}


def test_a_figure_named_but_not_given_counts_nobody(pipeline):
    text = ("Kurdish fighters repelled an assault on Afrin, killing 30 IS militants. An activist later gave details "
            "about the number of IS fighter killed and wounded during the failed offensive near Afrin.")
    found = events(pipeline, text, published="2016-04-29")
    assert {e.fatalities for e in found} <= {0, 30}
    assert 30 in [e.fatalities for e in found]


def test_a_failed_offensive_is_a_battle_not_an_attack_on_civilians(pipeline):
    text = "IS carried out a failed offensive on the outskirts of Afrin on Friday."
    found = events(pipeline, text, published="2016-04-29")
    assert [(e.sub_event_type, e.actor1) for e in found] == [("Armed clash", "Islamic State (Syria)")]


def test_barrel_bombs_told_beside_a_named_rebel_groups_fight_are_the_air_forces(pipeline):
    text = ("Activists said the rebel-held town of Daraya was hit with barrel bombs and rocket shells on Tuesday while "
            "fierce clashes between FSA fighters and regime troops raged on its edges.")
    found = events(pipeline, text, published="2016-08-10")
    strikes = [e for e in found if e.sub_event_type == "Air/drone strike"]
    assert [(e.actor1, e.actor2) for e in strikes] == [
        ("Military Forces of Syria (2000-)", "Opposition Rebels (Syria)")]


def test_the_count_readers_reference_patterns_are_built_once():
    # (built on every bare death word, they cost the pipeline a tenth of its speed on FA-KES)
    from warscribe.knowledge import counts

    assert counts._reference_patterns() is counts._reference_patterns()
    assert counts._unstated_figure() is counts._unstated_figure()
