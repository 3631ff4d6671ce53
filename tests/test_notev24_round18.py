"""Round 18 (issue 9, events that are none): a related story's box flattened into a paragraph is furniture, a
subheading glued to the next paragraph is cut off, drones deployed to watch and a condemnation of an attack tell no
new event, and "They had been shot dead" counts no single victim."""

from __future__ import annotations

from coding_support import events, pipeline  # noqa: F401  (the fixture)
from warscribe.cleaning import clean_text
from warscribe.cleaning.promos import promo_boxes, without_boxes
from warscribe.knowledge.counts import _one_before
from warscribe.stages.segment import runs_into_opener, split_sentences

_BOXED = ("Gunmen attacked a checkpoint near Saraqib on Sunday, killing four guards. Reuters Jane Doe Three Rebel "
          "Brigades Merge Into New Alliance in Northern Hills The guards were buried in the village on Monday.")


def test_a_credit_and_a_title_case_headline_run_into_a_sentence_is_a_box() -> None:
    boxes = promo_boxes(_BOXED, 0, len(_BOXED))
    assert [_BOXED[a:b].strip() for a, b in boxes] == [
        "Reuters Jane Doe Three Rebel Brigades Merge Into New Alliance in Northern Hills"]
    assert _BOXED[boxes[0][1]:].startswith("The guards were buried")


def test_the_box_ends_at_a_quote_or_a_dateline() -> None:
    quoted = 'Five died. Sputnik John Roe Army Units Push Deeper Into Eastern Desert Oasis "We hold the town" he said.'
    assert [quoted[a:b].strip() for a, b in promo_boxes(quoted, 0, len(quoted))] == [
        "Sputnik John Roe Army Units Push Deeper Into Eastern Desert Oasis"]
    dated = "Five died. AP Photo Big Convoy Reaches Besieged Town After Long Wait MOSCOW (Sputnik) The convoy left."
    ((_, b),) = promo_boxes(dated, 0, len(dated))
    assert dated[b:].startswith("MOSCOW (Sputnik)")


def test_a_credit_that_opens_a_sentence_of_prose_is_no_box() -> None:
    for text in ("Five died. Reuters reported that the army shelled the town.",
                 "Five died. AFP said Two Towns were hit.",
                 "Five died. Reuters Jane Doe Rebels Took the Town, the army said."):
        assert promo_boxes(text, 0, len(text)) == []


def test_the_box_is_left_out_of_the_kept_ranges_and_the_text_is_untouched() -> None:
    kept = clean_text(_BOXED).kept
    assert len(kept) == 2
    assert _BOXED[kept[0][0]:kept[0][1]].endswith("killing four guards.")
    assert _BOXED[kept[1][0]:kept[1][1]].startswith("The guards were buried")
    assert without_boxes("No box here.", [(0, 12)]) == [(0, 12)]


def test_the_headline_in_the_box_codes_no_event(pipeline) -> None:  # noqa: F811
    coded = events(pipeline, _BOXED)
    assert coded and all(e.sub_event_type != "Change to group/activity" for e in coded)


def test_a_subheading_glued_to_the_next_paragraph_is_cut_and_told() -> None:
    text = ("Rebels gain ground in eastern hills as troops withdraw Elsewhere soldiers and tribal fighters drove "
            "the militants from Jarablus on Monday.")
    spans = split_sentences(text, 0, len(text))
    assert text[spans[0][0]:spans[0][1]] == "Rebels gain ground in eastern hills as troops withdraw"
    assert text[spans[1][0]:].startswith("Elsewhere soldiers")
    assert runs_into_opener(text, *spans[0])
    assert not runs_into_opener(text, *spans[1])


def test_a_long_sentence_that_lost_its_stop_is_no_subheading() -> None:
    text = ("The rebels said on Monday that they had taken three villages on the road to the city after a night of "
            "fighting Meanwhile the army shelled the hills.")
    first = split_sentences(text, 0, len(text))[0]
    assert not runs_into_opener(text, *first)


def test_drones_deployed_to_watch_are_no_event(pipeline) -> None:  # noqa: F811
    text = ("Rebels shelled the town of Maan on Monday, killing five people. The army said later that drones "
            "had been deployed day and night to monitor the roads the rebels could use to flee.")
    assert all(e.sub_event_type != "Change to group/activity" for e in events(pipeline, text))


def test_troops_deployed_to_a_town_still_change_the_activity(pipeline) -> None:  # noqa: F811
    text = "The army deployed hundreds of troops to the town of Maan on Monday."
    assert any(e.sub_event_type == "Change to group/activity" for e in events(pipeline, text))


_ARTICLE = ("A chemical attack on the town of Maan killed 40 civilians on Tuesday, medics said. Doctors said the "
            "victims showed signs of nerve agent exposure. The town had been held by rebels since 2014. Aid groups "
            "sent "
            "medicine to the clinics on Wednesday. Hospitals in the area were overwhelmed. The foreign ministry of "
            "Norway condemned what it called a barbaric attack carried out by government forces.")


def test_a_condemnation_in_the_body_is_no_new_event(pipeline) -> None:  # noqa: F811
    coded = events(pipeline, _ARTICLE, published="2017-04-05")
    assert [e.sub_event_type for e in coded] == ["Chemical weapon"]


def test_a_lede_that_condemns_an_attack_still_tells_it(pipeline) -> None:  # noqa: F811
    text = ("The opposition coalition condemned the air strike that killed 12 civilians in the town of Maan on Monday. "
            "It called on the world to act.")
    assert any(e.sub_event_type == "Air/drone strike" for e in events(pipeline, text))


def test_they_had_been_shot_dead_is_no_single_victim() -> None:
    assert not _one_before("They had been shot dead", len("They had been "))
    assert _one_before("The driver had been shot dead", len("The driver had been "))


def test_a_fight_named_as_a_pretext_is_no_clash(pipeline) -> None:  # noqa: F811
    text = ("The commander said on Monday that the foreign advance under the pretext of fighting the militants near "
            "Tal Rifaat would not be tolerated.")
    assert all(e.event_type != "Battles" for e in events(pipeline, text))


def test_a_takeover_months_before_dates_the_place_and_is_no_event(pipeline) -> None:  # noqa: F811
    text = ("A car bomb exploded in the Hamra district of Maan on Tuesday, killing four people. Police sealed off "
            "the area. The district lay on the front line before the army retook full control of the city in March. "
            "Residents said the market had reopened a week before. Shops were closed after the blast. Traffic was "
            "diverted.")
    coded = events(pipeline, text, published="2017-06-07")
    assert coded and all(e.sub_event_type not in ("Government regains territory",
                                                  "Non-state actor overtakes territory") for e in coded)


def test_a_kind_of_offensive_is_no_clash(pipeline) -> None:  # noqa: F811
    text = ("Rebels shelled the town of Maan on Monday, killing five people. The army answered with rockets. Schools "
            "were closed. Aid groups sent medicine. The envoy says such offensives are successful in making gains on "
            "the militants. Talks resume next week.")
    assert all(e.event_type != "Battles" for e in events(pipeline, text))


def test_a_war_toll_over_years_and_a_share_of_deaths_are_no_events(pipeline) -> None:  # noqa: F811
    for text in ("A rights group said that 9,000 people died in detention from March 2012 to June 2016.",
                 "The group said the government is responsible for 95 percent of deaths in detention."):
        assert events(pipeline, text, published="2016-06-27") == []


def test_a_subheading_tells_no_event_and_gives_no_toll(pipeline) -> None:  # noqa: F811
    head = "Thousands tortured to death in jails"
    text = (f"Gunmen killed two guards in Maan on Monday. Police searched the area. {head} Meanwhile a rights group "
            "said more than 9000 people have been tortured to death in jails since 2011.")
    coded = events(pipeline, text)
    assert coded and all(e.fatalities < 100 for e in coded)
    assert not any(ev.start < len(text.split(head)[0]) + len(head) and ev.end > text.index(head)
                   for e in coded for ev in e.evidence)


def test_a_campaign_told_so_far_is_no_event(pipeline) -> None:  # noqa: F811
    text = "The operation has so far captured the militant stronghold of Maan and is pushing towards the hills."
    assert events(pipeline, text) == []


def test_a_protest_condemning_an_attack_stays_a_protest(pipeline) -> None:  # noqa: F811
    coded = events(pipeline, "A protest was staged in Maan on Monday to condemn the shelling of the border villages.")
    assert [e.sub_event_type for e in coded] == ["Peaceful protest"]
