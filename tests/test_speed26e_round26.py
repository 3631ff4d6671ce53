"""Round 26 speed work by s26e on dating and event assembly (issue 14): the shorter window read for a date line,
the document's test for a same-day phrase, and the pre-tests before role and toll patterns, pinned to answer what
the full reads answer."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from warscribe.knowledge import roles
from warscribe.knowledge.roles import unarmed_unknown, victim_countries
from warscribe.stages import retell
from warscribe.stages import time as time_stage
from warscribe.timex import stop_in_date

# Openings of texts with and without a date line; a stop early, late, inside a month's abbreviation, or none
_OPENINGS = [
    "8 Jun 2016 Russian strikes killed ten on Tuesday. More strikes hit the town on 9 June 2016. ",
    "Sunday 25 May 2014 \"Ten people were killed. The army said on Monday. ",
    "Published February 23 2015 Ten children died. ",
    "Sept. 5 2014 Ten people died in raids. ",
    "Rebels said. Sept. 5 2014 Ten people died in raids. ",
    "Killed on Dec. 5, 2014. Ten people died. ",
    "Thu Feb 26 2015 Strikes hit Idlib. ",
    "On 3 May 2020, gunmen attacked a post. 4 May 2020 Ten died. ",
    "Strikes kill ten! 12 May 2016 Syria ",
    "Strikes kill ten? Monday 12 May 2016 Syria ",
    "Date of publication 4 April 2017 Strikes hit Idlib. ",
    "Monday. 12 May 2016 Ten killed. ",
    "Raids hit Aleppo on 12 May. 2016 was the worst year. ",
    "Ten killed in May. 5 civilians were wounded on 6 May 2016. ",
    "Ten killed in Jan. 5 civilians were wounded on 6 May 2016. ",
    "No date here at all, only words. ",
    "",
]
_TAILS = ["", "x" * 280, " " * 300, "On 4 May 2016 Ten people died in Aleppo. " * 8, "Sept. 5 2014 " * 30]


def _full_reach_line(text: str, published: date | None):
    """`date_line` as it read before: always the first `_LINE_REACH` characters."""
    saved = time_stage._line_window
    time_stage._line_window = lambda t: min(len(t), time_stage._LINE_REACH)
    try:
        time_stage._dates_in.cache_clear()
        return time_stage.date_line(text, published)
    finally:
        time_stage._line_window = saved
        time_stage._dates_in.cache_clear()


@pytest.mark.parametrize("published", [None, date(2016, 5, 14), date(2020, 1, 1)])
def test_date_line_window_answers_as_the_full_reach(published: date | None) -> None:
    for opening, tail in itertools.product(_OPENINGS, _TAILS):
        for cut in (None, 40, 120, 299, 300, 301):
            text = (opening + tail)[:cut]
            time_stage._dates_in.cache_clear()
            assert time_stage.date_line(text, published) == _full_reach_line(text, published), text


def test_stop_in_date_only_after_a_month() -> None:
    text = "in Sept. 5 and Jan. then Mr. Smith. May. The end."
    assert stop_in_date(text, text.index("Sept.") + 4)
    assert stop_in_date(text, text.index("Jan.") + 3)
    assert stop_in_date(text, text.index("May.") + 3)
    assert not stop_in_date(text, text.index("Mr.") + 2)
    assert not stop_in_date(text, text.index("Smith.") + 5)
    assert not stop_in_date("Killed! Then", 6)


def test_same_day_test_lets_every_cue_through() -> None:
    cue = time_stage._same_day_cue()
    texts = ["Hours after the initial attack air strikes also hit a hospital.",
             "LATER THAT DAY a second blast hit.", "It was struck on the  same\nday.", "Minutes after a blast",
             "Strikes hit the town on Monday, killing ten.", "Soon the day came.", "the same day"]
    for text in texts:
        if cue.search(text):
            assert time_stage._may_link_days(text), text
    assert not time_stage._may_link_days("Strikes hit the town on Monday, killing ten.")
    # a character that a case-blind letter matches outside ASCII: no lower-case form, the cue is searched for
    assert time_stage._may_link_days("Hour\u017f after the attack")


def _unarmed_before(label: str, words: str, frame: str, verb: str = "", sentence: str = "") -> bool:
    """`unarmed_unknown` as it read before: every part read, in its old order."""
    import re

    data = roles._data()["unarmed_unknowns"]
    last = words.casefold().split()[-1] if words.split() else ""
    armed = (bool(verb.split()) and verb.casefold().split()[0] in data.get("not_by", ())) \
        or not roles._words_of("unarmed_unknowns", "not_with").isdisjoint(re.findall(r"[a-z]+", sentence.casefold())) \
        or not roles._words_of("unarmed_unknowns", "armed_in_name").isdisjoint(words.casefold().split())
    hand = data.get("by_hand") or {}
    by_hand = last in hand.get("words", ()) and bool(verb.split()) and verb.casefold().split()[0] in hand["verbs"]
    return label == "generic:armed_group" and (last in data["words"] or by_hand) and frame in data["frames"] \
        and not armed


def test_unarmed_unknown_answers_as_before() -> None:
    data = roles._data()["unarmed_unknowns"]
    words = [*list(data["words"])[:3], "gunmen", "unidentified persons", "", "armed men"]
    frames = [*list(data["frames"])[:3], "attack", "airstrike"]
    verbs = ["", "stabbed", "shot", *list(data.get("not_by", ()))[:2], *list((data.get("by_hand") or {}).get(
        "verbs", ()))[:2]]
    sentences = ["", "unidentified persons stabbed a man with knives", "gunmen shot a man with rifles"]
    for label, w, frame, verb, sentence in itertools.product(
            ["generic:armed_group", "generic:civilians"], words, frames, verbs, sentences):
        assert unarmed_unknown(label, w, frame, verb, sentence) == _unarmed_before(label, w, frame, verb, sentence)


def test_victim_countries_of_phrases() -> None:
    def country_of(words: str) -> str | None:
        return {"somali": "Somalia", "malian": "Mali", "ugandan": "Uganda"}.get(words.casefold())

    def country_named(words: str) -> str | None:
        return {"mali": "Mali", "turkey": "Turkey"}.get(words.casefold())

    assert victim_countries("a national of Mali", country_of, country_named) == {"Mali"}
    assert victim_countries("a NATIONAL OF Mali", country_of, country_named) == {"Mali"}
    assert victim_countries("a man from Mali", country_of, country_named) == set()
    assert victim_countries("two Somali refugees", country_of, country_named) == {"Somalia"}
    assert victim_countries("five Ugandans", country_of, country_named) == {"Uganda"}
    assert victim_countries("", country_of, country_named) == set()


def test_part_and_toll_pre_tests_answer_as_the_patterns() -> None:
    figure, quantifier = retell._part_before()
    texts = ["two of the fighters fired shots", "most of the militants stormed", "three of them stormed the post",
             "Two Of The fighters fired", "the fighters fired", "members of the Islamic State", "some of  them left",
             "nine of those killed", "10 of whom died", "six women were among those killed"]
    for text in texts:
        for start in range(len(text) + 1):
            reach = max(0, start - 30)
            want = figure.search(text, reach, start) is not None or quantifier.search(text, reach, start) is not None
            assert retell.part_of_group(text, start) == want, (text, start)
        want = bool(retell._words("part_within").search(text) or retell._part_of_number().search(text))
        assert retell.within_toll(text) == want, text
