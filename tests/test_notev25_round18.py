"""Round 18 (issue 9, events that are none): how a war began ("the crackdown triggered an armed revolt"), a
timeline's "begins to retake territory", what people fear, campaigns "being fought", the place of an attack
described ("the site that was hit houses ..."), and a video in an article's body that showed violence told
elsewhere tell no event; a video of a move announced still tells it."""

from __future__ import annotations

from coding_support import events, pipeline  # noqa: F401  (the fixture)

# Six sentences or more make an article, whose body starts past its lede (segment.py): the sentences under test
# are put there, after a lede telling a shelling.
_LEDE = ("Government forces shelled the town of Binnish in Idlib province on Monday, killing four civilians. "
         "Local medics said the shells fell on a street near the main square. "
         "Residents said the shelling lasted for about an hour. ")
_TAIL = " The town has been held by rebel groups since 2015. Aid workers said supplies were running low."


def test_a_war_s_origin_is_no_change_to_a_group(pipeline) -> None:  # noqa: F811
    text = "The crackdown triggered an armed rebellion fuelled by mass defections from the army."
    assert not any(e.sub_event_type == "Change to group/activity" for e in events(pipeline, text))


def test_a_timeline_s_turn_retaking_territory_is_no_takeover(pipeline) -> None:  # noqa: F811
    text = "With Iranian support the army begins to retake territory near Hama."
    assert not any(e.sub_event_type == "Government regains territory" for e in events(pipeline, text))


def test_what_residents_fear_is_no_strike(pipeline) -> None:  # noqa: F811
    text = "Residents said they feared being caught in air strikes when they went to the river to fetch water."
    assert not events(pipeline, text)


def test_campaigns_being_fought_are_no_clash(pipeline) -> None:  # noqa: F811
    text = "Two offensives are being fought against the militants in the eastern desert."
    assert not any(e.event_type == "Battles" for e in events(pipeline, text))


def test_the_place_of_an_attack_described_is_no_attack(pipeline) -> None:  # noqa: F811
    text = ("A truck bomb exploded near a police station in Qamishli on Tuesday, killing five people. Medics said "
            "dozens were wounded in the blast. The Islamic State group claimed the bombing in a statement. The area "
            "that was targeted houses several government offices and was considered a secure zone with multiple "
            "checkpoints. The town has been held by Kurdish forces since 2012. Aid workers said supplies were "
            "running low.")
    evs = events(pipeline, text)
    assert len(evs) == 1 and evs[0].fatalities == 5


def test_a_video_showing_violence_in_the_body_retells_it(pipeline) -> None:  # noqa: F811
    text = (_LEDE + "A video posted online by activists showed several damaged houses and a burnt car." + _TAIL)
    evs = events(pipeline, text)
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"]


def test_a_video_of_a_move_announced_still_tells_it(pipeline) -> None:  # noqa: F811
    text = (_LEDE + "A video posted online showed a rebel commander announcing that his group sent reinforcements "
            "to the front near Saraqib." + _TAIL)
    assert "Change to group/activity" in [e.sub_event_type for e in events(pipeline, text)]
