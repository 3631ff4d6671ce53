"""Round 31 (speed, issue 14, s31f): the date finder's separator test led by the separator, and its month and weekday
kinds searched from just before the first name they need; the sentence splitter's initials told without a regex call,
and a dateline looked for only after a sentence with no stop. Each pins an equivalence a change could break silently:
the same texts hold a separator between digits, the same dates are found as by searching every pattern from the start
of the text, and the same words are initials and the same sentences run into a dateline."""

from __future__ import annotations

import random
import re

import pytest

from plain_readings import every_pattern_searched
from warscribe import timex
from warscribe.knowledge.outlets import is_outlet
from warscribe.stages import segment

# Texts whose dates lie late, after long leads with white space and hyphens of every kind, and names repeated
_TEXTS = [
    "",
    "No date here at all, on a Mon or in Ma.",
    "Officials said the attack came until 31st  and\n31st of May 2016 and on the 3rd of June.",
    "A long sentence of words before the date: from 1 - 2 of September, 2015 and the beginning of -- March.",
    "Residents said this coming Monday, this past  Sunday, last\tFriday and on Fridays; Tuesdays executions.",
    "Clashes went on throughout\n\nJanuary 2016; in late-  February; mid -March; the end of April 2014.",
    "Sept. 5 and Oct 11, 2016, then 11 Oct 2016 and Apr 052017 and June 25 and June 26, 2015.",
    "Figures 1-2 and 3.4 and 5/6, dates 2017-04-05 and 05/04/2017 and 23-04-2016.",
    "Words in between of Maybe Marching Junes; Mondayish; Sundays; a Sat. and a Sun",
    "   \u00a0 \u2003 on\u00a0 Tuesday, \u2003 31\u00a0 of\u00a0 December",
]

_PIECES = ["on", "as of", "since", "by", "until", "from", "the", "beginning", "of", "end", "middle", "start",
           "early", "mid", "late", "in", "during", "throughout", "last", "this", "past", "next", "coming", "and",
           "to", "&", "-", "–", "1", "21st", "31", "3rd", "2016", "1999", "May", "Sept.", "September", "Jun", "March",
           "Monday", "Sunday", "Fridays", "yesterday", "week", "weekend", "Maybe", ",", ".", "(AFP)", "x", "05/06"]
_SPACES = [" ", "  ", "\n", "\t", "-", " - ", "", "\u00a0"]


def _random_texts(count: int) -> list[str]:
    rng = random.Random(31)
    out = []
    for _ in range(count):
        words = [rng.choice(_PIECES) + rng.choice(_SPACES) for _ in range(rng.randint(1, 24))]
        out.append("".join(words))
    return out


@pytest.mark.parametrize("text", _TEXTS + _random_texts(400))
def test_chunk_dates_from_the_first_name_finds_what_a_search_from_the_start_finds(text: str) -> None:
    """The month kinds and the weekday searched from `_lead_start` find every date a search from 0 finds."""
    assert timex._chunk_dates.__wrapped__(text) == every_pattern_searched(text)


@pytest.mark.parametrize("text", _TEXTS + _random_texts(400))
def test_each_kind_from_its_lead_start_matches_as_from_the_start(text: str) -> None:
    """Kind by kind: the matches found from the lead start are all those found from the text's start."""
    present, month_at, weekday_at = timex._present_from(text)
    assert present == timex._present(text)
    for kind, pattern in timex._patterns():
        at = month_at if kind in timex._MONTH_KINDS else weekday_at if kind == "weekday" else 0
        assert [m.span() for m in pattern.finditer(text, at)] == [m.span() for m in pattern.finditer(text)], kind
        if kind in timex._MONTH_KINDS or kind == "weekday":
            names, most = (timex._MONTH_NAME, timex._MONTH_LEAD_MOST) if kind in timex._MONTH_KINDS else \
                (timex._WEEKDAY_NAME, timex._WEEKDAY_LEAD_MOST)
            led = timex._name_led_matches(pattern, names, text, at, most)
            assert [m.span() for m in led] == [m.span() for m in pattern.finditer(text)], kind


def test_lead_start_counts_only_characters_besides_white_space_and_hyphens() -> None:
    """The walk back stops before the character past `most` counted ones; white space and hyphens are not counted."""
    text = "xx ab - c\n d"
    assert timex._lead_start(text, len(text), 0) == len(text)
    assert timex._lead_start(text, len(text), 1) == text.index("\n")  # "d", "\n " and no more
    assert timex._lead_start(text, len(text), 3) == text.index("b")  # "d", "c", "b" and the spaces and hyphen between
    assert timex._lead_start(text, len(text), 10) == 0
    assert timex._lead_start(text, 0, 5) == 0


_OLD_SEPARATOR = re.compile(r"\d[/.-]\d")


@pytest.mark.parametrize("text", ["", "1.", ".1", "1.2", "a1/b2", "2017-04-05", "x 1- 2", "١/٢", "1\n.2", "3/4 5",
                                  *_TEXTS, *_random_texts(100)])
def test_separator_search_holds_the_texts_of_the_plain_one(text: str) -> None:
    assert (timex._DIGIT_SEP.search(text) is not None) == (_OLD_SEPARATOR.search(text) is not None)


_OLD_INITIAL = re.compile(r"[A-Z]\.")


@pytest.mark.parametrize("word", ["J.", "j.", "JJ.", "J", ".", "", "É.", "Z.", "A.", "@.", "[.", "J,", "U.S.", "1."])
def test_initial_test_is_the_regex_one(word: str) -> None:
    """`segment._is_initial` answers as `[A-Z]\\.` matched whole (ASCII capitals only)."""
    assert segment._is_initial(word) == (_OLD_INITIAL.fullmatch(word) is not None)


def _runs_into_dateline_as_before(text: str, start: int, end: int) -> bool:
    m = segment._DATELINE.match(text, end) if end > start else None
    return m is not None and text[end - 1] not in ".!?" and is_outlet(m.group("outlet"))


@pytest.mark.parametrize("text", [
    "Rebels shell the city BEIRUT (Reuters) - Air strikes killed 21.",
    "Rebels shell the city. BEIRUT (Reuters) - Air strikes killed 21.",
    "Rebels shell the city! DAMASCUS (SANA) The army ...",
    "A caption in Aleppo (AP photo) MOSCOW (Sputnik) A blast ...",
    "Nothing here at all",
])
def test_runs_into_dateline_answers_as_before_at_every_end(text: str) -> None:
    """The stop tested before the dateline's search: the same answer at every end of every span."""
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert segment.runs_into_dateline(text, start, end) == _runs_into_dateline_as_before(text, start, end)
