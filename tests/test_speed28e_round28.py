"""Round 28 (s28e, issue 14): the date reader's day check from a table, its needs searched directly, a match's
groups read by name in one call; the older-year test skips sentences without a year's first two digits."""

from __future__ import annotations

import calendar
import re

import pytest

from warscribe import timex
from warscribe.stages import assemble


def test_valid_days_agree_with_the_calendar() -> None:
    """`_valid` answers as `calendar.monthrange` counts a month's days (no year: 2000's), leap years included."""
    years = [0, 1, 4, 100, 400, 1900, 1996, 1999, 2000, 2015, 2016, 2100, 2400, 9999, 12345]
    for year in years:
        for month in range(-1, 15):
            for day in range(-1, 33):
                expected = 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year if year else 2000, month)[1]
                assert timex._valid(year, month, day) == expected, (year, month, day)


def test_each_kind_holds_the_groups_build_reads() -> None:
    """`_build` reads a kind's groups by name: each pattern has them, and a second day ("June 25 and 26") is only in
    the kinds whose second day it reads (else a pattern given one later would lose it silently)."""
    groups = {kind: set(pattern.groupindex) for kind, pattern in timex._patterns()}
    for kind in timex._DAY_KINDS:
        assert {"y", "d"} <= groups[kind]
        assert ("mn" in groups[kind]) == (kind in timex._NUMBERED_KINDS)
        assert ("m" in groups[kind]) == (kind not in timex._NUMBERED_KINDS)
        assert ("d2" in groups[kind]) == (kind in timex._TWO_DAY_KINDS)
    assert {"y", "m"} <= groups["month_year"] and {"y", "m", "part"} <= groups["month"]
    assert "part" not in groups["month_year"]
    assert {"s", "on", "last", "next", "wd"} <= groups["weekday"]
    assert {"yday", "today", "n"} <= groups["relative"]
    assert "w" in groups["week"]
    # every kind `_patterns` has is one `_build` knows
    assert set(groups) == timex._DAY_KINDS | {"month", "month_year", "weekday", "relative", "week"}


def _build_from_groupdict(kind: str, m: re.Match[str]) -> timex.DateMention | None:
    """`_build` as it read a match before round 28: every group through one dict."""
    g = m.groupdict()
    s, e, text = m.start(), m.end(), m.group()
    year = int(g["y"]) if g.get("y") else None
    if kind in ("iso", "numeric", "dmy", "mdy", "mdy_glued"):
        month = int(g["mn"]) if g.get("mn") else timex._month_table()[g["m"].rstrip(".").lower()]
        days = [timex._num(g["d"])]
        if g.get("d2"):
            days.append(timex._num(re.sub(r"^\D+", "", g["d2"].strip(" -–&"))))
        if not all(1 <= month <= 12 and 1 <= d <= calendar.monthrange(year or 2000, month)[1] for d in days):
            return None
        return timex.DateMention(s, e, text, "date", month, tuple(days), year)
    if kind in ("month", "month_year"):
        part = next((timex._PARTS[w] for w in (g.get("part") or "").lower().split() if w in timex._PARTS), 1)
        return timex.DateMention(s, e, text, "month", timex._month_table()[g["m"].rstrip(".").lower()], (), year,
                                 part=part)
    if kind == "weekday":
        if g.get("s") and (g.get("on") or g.get("last")):
            return None
        return timex.DateMention(s, e, text, "weekday", weekday=timex._WEEKDAYS[g["wd"].lower()],
                                 strict=bool(g.get("last")), offset=1 if g.get("next") else 0)
    if kind == "relative":
        if g.get("yday"):
            back = 2 if g["yday"].lower().startswith("the day before") else 1
            return timex.DateMention(s, e, text, "relative", offset=-back)
        if g.get("today"):
            return timex.DateMention(s, e, text, "relative", offset=0)
        n = g["n"].lower()
        return timex.DateMention(s, e, text, "relative", offset=-(int(n) if n.isdigit() else timex._NUMBERS[n]))
    w = " ".join(g["w"].lower().split())
    if w.endswith("weekend"):
        return timex.DateMention(s, e, text, "weekend")
    if w == "last month":
        return timex.DateMention(s, e, text, "month", offset=-1)
    if w == "earlier this month":
        return timex.DateMention(s, e, text, "month", offset=0)
    return timex.DateMention(s, e, text, "week", offset=-1 if w in ("last week", "the past week") else 0)


_TEXTS = [
    "On 26 May 2017 and 27 May gunmen attacked; on May 26, 2016 and May 28 too; 2017-04-05 and 30/11/2020.",
    "Apr 052017 strikes; 31 February 2016 is no day; 29 February 2016 is, 29 Feb 2015 is not; 5.02.2015.",
    "In early February, by the end of July 2016, late March, mid-June and during September 2015; June 2014.",
    "Last Tuesday, on Fridays, next Monday, this coming Sunday and Tuesdays executions; on Saturday.",
    "Yesterday, the day before yesterday, last night, today, this morning, three days ago and 5 days ago.",
    "Last week, earlier this week, the past week, last month, earlier  this month, at the weekend, this past weekend.",
    "June 25 - 26 and 3rd to 4th of March 2019, 12th & 13th April.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_build_reads_each_match_as_the_dict_of_its_groups_did(text: str) -> None:
    """Every match of every kind builds the same mention (or none) as reading its groups through one dict did."""
    seen = 0
    for kind, pattern in timex._patterns():
        for m in pattern.finditer(text):
            assert timex._build(kind, m, 0) == _build_from_groupdict(kind, m), (kind, m.group())
            seen += 1
    assert seen


@pytest.mark.parametrize("text", [*_TEXTS, "No digits at all here.", "Figures: 19 and 20 but no year.",
                                  "In 1987 and since 2031 and 1949.", "Tuesday TODAY ago WEEK"])
def test_present_holds_what_each_need_test_holds(text: str) -> None:
    """`_present`, with its searches made at import, answers each need as `_needs` tests it."""
    needs = timex._needs()
    assert timex._present(text) == tuple(bool(needs[name](text)) for name in timex._NEEDS_ORDER)


def test_every_year_the_older_year_test_reads_opens_with_19_or_20() -> None:
    """`_older_year` skips a sentence holding neither "19" nor "20": every match of the year's digits (which `_YEAR`'s
    own year needs) opens with one of them."""
    for n in range(10000):
        text = f"{n:04d}"
        if assemble._YEAR_DIGITS.fullmatch(text) is not None:
            assert text.startswith(("19", "20"))
        if assemble._YEAR.fullmatch(f"in {text}") is not None:
            assert assemble._YEAR_DIGITS.fullmatch(text) is not None


def test_literal_trie_finds_a_word_where_a_substring_test_does() -> None:
    """`window_holds`' trie search of the lower-case form answers as a substring test of each word in the window:
    a space matches only a space, a dot only a dot, a word cut by either end of the window is not in it."""
    from warscribe.knowledge import roles

    words_lists = [("between",), ("bet", "between", "a b", "x.y"), roles.identifying_words(), ("zzz",)]
    low = "the deal reached between  the sides a b x.y xzy a  b betw"
    for words in words_lists:
        trie = roles._literal_trie(words)
        assert roles._literal_trie(words) is trie  # (made once for the list)
        assert roles._literal_trie(tuple(list(words))) is trie  # (... and found again for a copy of it)
        for start in range(len(low) + 1):
            for end in range(start, len(low) + 1, 3):
                expected = any(w in low[start:end] for w in words)
                assert (trie.search(low, start, end) is not None) == expected, (words, start, end)
    assert not roles.window_holds("between", 0, 7, ())  # (no words: none held)
