"""Round 31 (s31e, issue 14): a sentence with a year's digits is read for an older year only where one of its years
comes before the year of publication; the identifying phrase before a side is searched only where the text's last
word ends as a phrase or a tail word does. Each shortcut answers as the slower reading it replaced."""

from __future__ import annotations

import itertools

from warscribe.knowledge import roles
from warscribe.stages import assemble

_YEAR_TEXTS = [
    "In 2016, government forces retook Aleppo; in mid-2012 and in mid2011 and since March 2014 it held.",
    "March 15 2011 Protests demand reform. 24 August 2016 Turkey launches an operation; by 20199 none.",
    "During 1999 and in 1950, of 1949 and of 2039: by 12016 or 20161, in early 2017, in late-2018.",
    "2021 2020 in\t2019\nof 2030 since  december 2015, the year 2022 (in 2023).",
]


def _older_year_ungated(text: str, start: int, end: int, year: int) -> bool:
    """Whether either pattern `_older_year` reads finds a year before `year` in text[start:end]."""
    line = assemble._LINE_DATE.match(text, start, end)
    return (line is not None and int(line.group(1)) < year) or any(
        int(m.group(1)) < year for m in assemble._YEAR.finditer(text, start, end))


def test_year_gate_holds_where_a_pattern_finds_an_older_year() -> None:
    """Wherever `_YEAR` or `_LINE_DATE` finds a year before the year of publication, `_holds_year_before` holds
    (its digits are found whole, whatever window the sentence is)."""
    for text in _YEAR_TEXTS:
        for start, end in itertools.combinations(range(0, len(text) + 1), 2):
            for year in (2011, 2016, 2019, 2024):
                if _older_year_ungated(text, start, end, year):
                    assert assemble._holds_year_before(text, start, end, year), (text[start:end], year)
    assert not assemble._holds_year_before("in 2019 and 2020", 0, 16, 2019)
    assert assemble._holds_year_before("in 2019 and 2020", 0, 16, 2020)


_IDENTIFYING_TEXTS = [
    "gunmen believed to be members of the Islamic State killed two, suspected to belong to the group",
    "a bomb planted, most likely by the rebels; fighters linked to  IS and youths allegedly\nallied to a party",
    "men (likely militants,thought to be the several members of an armed group, identified as three men",
    "Attackers SUSPECTED  To Be Al-Shabaab, affiliated with\tthe army, with suspected links to two members of",
    "the gunmen were ſuspected ISIS fighters, reportedly by the K\u212a group, presumed to be of the",
    "",
]


def test_last_word_gate_changes_no_answer() -> None:
    """`identifies_perpetrator` answers as the pattern's search on every window of hand-built texts, ending at each
    character (spaces, tabs, newlines, brackets, other cases, characters that match an ASCII letter case-blind)."""
    pattern = roles._identifying()
    for text in _IDENTIFYING_TEXTS:
        for start, end in itertools.combinations(range(0, len(text) + 1), 2):
            if end - start > 48:
                continue
            before = text[start:end]
            assert roles.identifies_perpetrator(before) == (pattern.search(before) is not None), before
    assert roles.identifies_perpetrator("gunmen believed to be ")
    assert roles.identifies_perpetrator("gunmen believed to be members of the ")
    assert not roles.identifies_perpetrator("gunmen believed to be")
    assert not roles.identifies_perpetrator("gunmen said the ")
