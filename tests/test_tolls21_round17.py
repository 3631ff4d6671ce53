"""Round 17 (tolls21): FA-KES tolls and dates: a counted subject far before its death word, month and week
expressions, days long before publication."""

from __future__ import annotations

from datetime import date

import pytest

from warscribe.knowledge.counts import CountReader
from warscribe.knowledge.lexicon import Lexicon
from warscribe.timex import find_dates, resolve


@pytest.fixture(scope="module")
def reader() -> CountReader:
    return CountReader(Lexicon.load())


def _deaths(reader: CountReader, text: str) -> list[tuple[int, bool]]:
    return [(c.value, c.vague) for c in reader.read(text) if c.outcome == "death"]


def test_counted_subject_far_before_its_death_word(reader: CountReader) -> None:
    text = ("Near the river a band of over 40 hired gunmen coming from the coast and the northern hills were killed "
            "by a drone.")
    assert _deaths(reader, text) == [(40, False)]


def test_counted_subject_with_a_long_of_phrase(reader: CountReader) -> None:
    assert _deaths(reader, "Two members of the village council of the eastern valley were killed when a mine went "
                           "off.") == [(2, False)]


def test_more_than_n_is_n(reader: CountReader) -> None:
    assert _deaths(reader, "More than 30 fighters originating from the provinces and the capital were killed in "
                           "the raid.") == [(30, False)]


def test_a_verb_between_stops_the_subject(reader: CountReader) -> None:
    # the numbered people did something else; those killed are not counted (ACLED's limited default)
    assert _deaths(reader, "Four gunmen stormed the market near the bridge before dawn, villagers were killed.") \
        == [(3, True)]


def test_another_people_noun_between_stops_the_subject(reader: CountReader) -> None:
    assert _deaths(reader, "Twelve trucks of the convoy carrying food for refugees were killed.") != [(12, False)]


def test_a_part_after_including_is_no_subject(reader: CountReader) -> None:
    assert _deaths(reader, "Nine people including a driver of the aid agency were reportedly killed.") == [(9, False)]


def test_no_number_inside_the_subject(reader: CountReader) -> None:
    assert _deaths(reader, "According to one account four guards from the northern unit were killed in fighting.") \
        == [(4, False)]


def _resolved(text: str, published: date) -> list[tuple[str, int]]:
    return [r for m in find_dates(text) for r in resolve(m, published)]


def test_earlier_this_month_is_the_month() -> None:
    assert _resolved("A boy was wounded by a sniper earlier this month.", date(2016, 8, 14)) == [("2016-08-01", 3)]


def test_this_month_alone_is_no_date() -> None:
    # often to come: "for this month's vote"
    assert _resolved("Officials prepared for this month's vote.", date(2016, 8, 14)) == []


def test_last_month_still_the_month_before() -> None:
    assert _resolved("The town fell last month.", date(2016, 8, 14)) == [("2016-07-01", 3)]


def test_in_recent_days_yields_to_the_day_told() -> None:
    # "in recent days" is no date of its own: the weekend its clause tells dates the strike
    assert _resolved("Jets stepped up raids in recent days, killing ten when they struck at the weekend.",
                     date(2016, 8, 16)) == [("2016-08-13", 2)]


@pytest.fixture(scope="module")
def pipeline():  # type: ignore[no-untyped-def]
    from warscribe.config import Config
    from warscribe.pipeline import Pipeline
    return Pipeline(Config(detect_near_duplicates=False))


def test_undated_event_keeps_the_report_day_over_a_day_weeks_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    from warscribe.model import Document
    # the headline's clash is told only there; the clash "on March 3", six weeks before, is another
    text = ("Wed Apr 20 2016 Rebel Attack on Daraa Village Kills 5 Soldiers. A drone strike on a village near Daraa "
            "killed five soldiers on Wednesday, a monitor said. The village lies on the road to the border. Rebel "
            "fighters besieged the village of Busra near Daraa on March 3 after fierce clashes with the army.")
    doc = Document.from_input({"id": "t", "text": text, "published": "2016-04-20"})
    pipeline.run(doc)
    assert "2016-03-03" not in {ev.event_date for ev in doc.events if ev.draft and ev.draft.sentence.index == 0}


def _events(pipeline, text: str, published: str):  # type: ignore[no-untyped-def]
    from warscribe.model import Document
    doc = Document.from_input({"id": "t", "text": text, "published": published})
    pipeline.run(doc)
    return doc.events


def test_toll_before_a_lost_full_stop_is_not_the_shelling_after(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Nine people died on a raid on a food convoy near Idlib city In the west of the town a reporter heard "
            "heavy shelling in the old market.")
    shelling = [ev for ev in _events(pipeline, text, "2016-09-20") if "Shelling" in ev.sub_event_type]
    assert shelling and all(ev.fatalities == 0 for ev in shelling)


def test_title_case_is_no_lost_full_stop() -> None:
    from warscribe.stages.retell import lost_break
    text = "Shelling Kills 9 People In Idlib"
    assert lost_break(text, 0, len(text)) is None
    text = "nine died in the raid near the city In the west shelling went on"
    assert text[lost_break(text, 0, len(text)):].startswith("In the west")


def test_named_people_and_n_others(reader: CountReader) -> None:
    assert _deaths(reader, "Abu Karim, his nephew and three others were killed in a drone strike.") == [(5, False)]


def test_named_commander_and_n_other_fighters(reader: CountReader) -> None:
    assert _deaths(reader, "The local commander, his deputy and 4 other fighters were killed.") == [(6, False)]


def test_a_place_before_others_is_no_person(reader: CountReader) -> None:
    assert _deaths(reader, "In Jisr, five others were killed.") == [(5, False)]
    assert _deaths(reader, "Jets struck the town and four others were killed.") == [(4, False)]


def test_second_source_toll_in_one_sentence_is_the_lower(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Jets bombed a market in Saraqib killing 18 people, a monitor said, while local medics said 11 died."
    assert [ev.fatalities for ev in _events(pipeline, text, "2017-03-02")] == [11]


def test_second_source_needs_a_teller() -> None:
    from warscribe.stages.retell import second_source
    assert second_source(" people, a monitor said, while local medics said ")
    assert not second_source(" people in the town while ")
    assert not second_source(" people and medics said ")


def test_a_definite_retelling_weeks_before_still_dates_the_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen shot dead two teachers in a village near Hama, a video posted online shows. The monitor said "
            "these killings took place on 3 March.")
    assert {ev.event_date for ev in _events(pipeline, text, "2016-04-20")} == {"2016-03-03"}


def test_a_range_before_the_count_is_its_lowest(reader: CountReader) -> None:
    assert _deaths(reader, "Between 200 and 450 people died on Monday in the gas attack.") == [(200, False)]
    assert _deaths(reader, "Between four and nine soldiers were killed.") == [(4, False)]


def test_between_two_sides_is_no_range(reader: CountReader) -> None:
    assert _deaths(reader, "In fighting between rebels and 12 soldiers were killed.") == [(12, False)]


def test_the_beginning_of_the_week_is_a_week() -> None:
    # published on a Wednesday: the Monday of that week, at a week's precision
    assert _resolved("Fighters took a base in the town at the beginning of the week.", date(2016, 7, 20)) == [
        ("2016-07-18", 2)]


def test_earlier_in_the_week_is_no_date() -> None:
    # mostly a protest's cause ("against the killing of a man earlier in the week"): the report's day stands
    assert _resolved("Relatives of a man killed earlier in the week protested.", date(2016, 7, 20)) == []
