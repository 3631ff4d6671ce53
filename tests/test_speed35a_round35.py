"""Round 35 (speed, issue 14, s35a): the date finder's two costliest searches where they find nothing, the separator
between digits and the weekday's name, each led by substring tests ("19" or "20" for the year every match of "iso"
and "numeric" holds; "day", the ending every weekday's name shares). Each test pins an equivalence the guards could
break silently: the same texts hold a weekday, every match of the separator's kinds holds a year's opening, and the
same dates are found as by searching every pattern from the start of the text."""

from __future__ import annotations

import random

import pytest

from plain_readings import every_pattern_searched
from warscribe import timex

_TEXTS = [
    "",
    "No figure, no day named.",
    "Figures 1-2 and 3.4 and 5/6 with no year, 05.02.15 and 1/2/3.",
    "Dates 2017-04-05 and 05/04/2017 and 23-04-2016 and 30/11/1999.",
    "On 1/2/2020 and 2020-1-2; 19.07.2019; 01-12-2012.",
    "A year 2016 and a figure 3-4 apart.",
    "today, yesterday, some days ago, Sunday, Mondays, Tuesdays executions, the weekday",
    "Sundaes on Satur and Wednes; DAY and MONDAY",
    "\u0661/\u0662/2020 and \u0661\u0669/\u0662/\u0662\u0660\u0662\u0660",
]

_PIECES = ["1", "19", "20", "2016", "1999", "05", "12", "/", ".", "-", "–", "May", "Sunday", "Mondays", "day",
           "today", "Fri", "Tuesday", "x", "on", "last", "this coming", "Sept.", "\u0662"]


def _random_texts(count: int) -> list[str]:
    rng = random.Random(35)
    return ["".join(rng.choice(_PIECES) + rng.choice(["", " ", "-", "/", "."]) for _ in range(rng.randint(1, 20)))
            for _ in range(count)]


@pytest.mark.parametrize("text", _TEXTS + _random_texts(300))
def test_weekday_named_finds_what_the_name_search_finds(text: str) -> None:
    """The "day" guard answers no weekday only where the name search finds none, and else the same first name."""
    found, plain = timex._weekday_named(text), timex._WEEKDAY_NAME.search(text)
    assert (found is None) == (plain is None)
    assert found is None or plain is None or found.span() == plain.span()


@pytest.mark.parametrize("text", _TEXTS + _random_texts(300))
def test_every_match_of_the_separator_kinds_holds_what_the_guard_tests(text: str) -> None:
    """Where "iso" or "numeric" matches, the text holds "19" or "20" and a separator between digits; the guard is the
    separator's search where the text holds either opening."""
    patterns = dict(timex._patterns())
    if any(patterns[kind].search(text) for kind in ("iso", "numeric")):
        assert timex._year_and_separator(text)
    if "19" in text or "20" in text:
        assert timex._year_and_separator(text) == (timex._DIGIT_SEP.search(text) is not None)
    else:
        assert not timex._year_and_separator(text)


@pytest.mark.parametrize("text", _TEXTS + _random_texts(300))
def test_chunk_dates_with_the_guards_finds_what_every_pattern_finds(text: str) -> None:
    """The guards change no date found: the dates are those of every pattern searched from the start."""
    assert timex._chunk_dates.__wrapped__(text) == every_pattern_searched(text)


def test_guards_answer_no_where_the_plain_searches_find_something_only_without_their_substring() -> None:
    """A separator between digits with no year's opening, and a capitalised "Day", are ruled out by the guards."""
    assert timex._DIGIT_SEP.search("1/2/3") is not None and not timex._year_and_separator("1/2/3")
    assert timex._year_and_separator("1/2/2016")
    assert timex._weekday_named("on Sunday") is not None and timex._weekday_named("on Sunda") is None
