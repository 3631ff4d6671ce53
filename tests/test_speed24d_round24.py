"""Round 24 (speed, issue 14): the date finder's needs tested once each and its kinds looked up per set of needs,
the count reader's masking a span at a time, its `distant_subject` phrases compiled once, the `none_dead` phrases
behind a look-ahead, and the time stage's nearest dates remembered per document. Each pins the structure where a
change could drop a hit or re-read per call."""

from __future__ import annotations

import re
from datetime import date
from itertools import product

import pytest

from plain_readings import every_pattern_searched, masked_by_character
from warscribe import timex
from warscribe.knowledge import counts
from warscribe.stages import time as time_stage

_TEXTS = [
    "",
    "No date here at all.",
    "On 26 May 2016 gunmen killed 4 civilians in Idlib.",
    "The attack on 2017-04-05 and on 05/04/2017 killed 12.",
    "Late March, media reported clashes; last week and earlier this month too.",
    "Yesterday and 3 days ago, last night, this morning, on Tuesday and next Friday.",
    "Figures of 10:30 and 21h, no month: 1-2 and 3.4.",
    "Apr 052017 Russian strikes killed ten",
    "June 25 and June 26, 2015 at the weekend",
    "Sunday 25 May 2014 Ten people were killed",
    "since mid-June, the WEEK ago Today",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_present_needs_agree_with_each_need_test(text: str) -> None:
    """`_present` answers each need as its own test (`_needs`) does, though it skips tests it can rule out."""
    needs = timex._needs()
    assert set(timex._NEEDS_ORDER) == set(needs)
    assert timex._present(text) == tuple(bool(needs[name](text)) for name in timex._NEEDS_ORDER)


def test_kinds_for_each_set_of_needs_are_those_whose_needs_all_hold() -> None:
    """For every combination of needs, the kinds searched are those of the old per-kind test, in `_patterns` order."""
    for present in product((False, True), repeat=len(timex._NEEDS_ORDER)):
        held = dict(zip(timex._NEEDS_ORDER, present, strict=True))
        expected = [(kind, pattern) for kind, pattern, needs in timex._needed_patterns() if all(held[n] for n in needs)]
        assert list(timex._kinds_for(present)) == expected


def test_chunk_dates_finds_the_same_dates_as_every_pattern_searched() -> None:
    """No kind is skipped where it could match: the dates are those of searching every pattern (longest first among
    overlapping ones), and a chunk with none gives the empty tuple."""
    for text in _TEXTS:
        timex._chunk_dates.cache_clear()
        assert timex._chunk_dates(text) == every_pattern_searched(text)
    timex._chunk_dates.cache_clear()
    assert timex._chunk_dates("No date here at all.") == ()


@pytest.mark.parametrize("text", [
    "On 26 May 2016 at 10:30, 4 civilians aged 12 and a 12-year-old were killed, 70% of Route 5.",
    "In 2014 2000 people fled; $5 and No. 3 on 25/09, the 46th, ID 0123456.",
    "Killed 4 on 26 May 2016",  # a date at the end
    "Four killed ٣ May 2016 and 10:30 ² km",  # not ASCII: the characters' own digit test
    "nothing to mask 12 here",
])
def test_masked_span_at_a_time_is_the_character_loop(text: str) -> None:
    assert counts._masked(text) == masked_by_character(text)


def test_masked_ascii_joins_overlapping_and_nested_spans() -> None:
    text = "a 12 34 56 b 78"
    assert counts._masked_ascii(text, [(2, 7), (5, 10), (3, 4), (13, 15)]) == "a xx xx xx b xx"
    assert counts._masked_ascii(text, [(13, 15), (2, 4)]) == "a xx 34 56 b xx"


def test_distant_subject_builds_no_pattern_per_death_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """The `parts` phrases are compiled once: reading a distant subject builds no phrase pattern."""
    from warscribe.knowledge.lexicon import Lexicon

    reader = counts.CountReader(Lexicon.load())
    text = "Two members of the local defence forces were killed."
    first = reader.read(text)
    assert [(c.value, c.victim_words) for c in first] == [(2, "members")]  # the subject a long phrase before

    def no_build(*_args: object) -> str:
        raise AssertionError("a phrase pattern built while reading")

    monkeypatch.setattr(counts, "_phrases", no_build)
    monkeypatch.setattr(counts, "_phrase", no_build)
    assert reader.read(text) == first
    assert counts._distant_parts() is counts._distant_parts()


def test_none_dead_look_ahead_changes_no_match() -> None:
    rules = counts._raw_rules()["none_dead"]
    alts = counts._phrases(sorted(rules["phrases"], key=len, reverse=True), r"(?:\d+|[a-z]+)")
    plain = re.compile(rf"\b(?:{alts})\b", re.I)
    phrases, _sides = counts._none_dead_patterns()
    texts = ["No casualties were reported among the guards.", "Nobody was killed; there were no casualties.",
             "Reported: 5 killed, without causing any casualties, no one was reported killed.",
             "the snow knows no lives were lost", "NO DEATHS REPORTED", "killed and reported, nothing else"]
    for text in texts:
        assert [m.span() for m in phrases.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert any(phrases.finditer(texts[0]))


def test_nearest_is_remembered_for_the_document_and_cleared_per_run() -> None:
    text = "Clashes were reported. On Tuesday 3 people were killed in the city. They said Monday it ended."
    published = date(2016, 5, 26)
    time_stage._NEAREST.clear()
    first = time_stage._nearest(text, 23, 67, 67, published)
    assert first is not None and first[0].text.endswith("Tuesday")
    assert time_stage._nearest(text, 23, 67, 67, published) is first  # asked again: remembered
    assert len(time_stage._NEAREST) == 1
    # an event's own sentence (captions, holes) is read afresh and not kept
    own = time_stage._nearest(text, 23, 67, 40, published, captions=True)
    assert own is not None and len(time_stage._NEAREST) == 1
    assert time_stage._nearest_date(text, 23, 67, 67, published) == first
