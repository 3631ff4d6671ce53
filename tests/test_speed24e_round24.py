"""Round 24 fixes by speed24e, speed work on the places stage, the place resolver and the merge stage (issue 14):
pre-tests, indexes and memos pinned to answer what the scans and searches they replace answer."""

from __future__ import annotations

import itertools
import random

import pytest

from coding_support import events
from warscribe.model import Sentence
from warscribe.places import resolve
from warscribe.places.resolve import DocumentPlaces
from warscribe.stages import places
from warscribe.timex import find_dates

# Texts holding days and months as the date reader finds them, and texts holding none
_DATED = [
    "dropped nerve agents on eastern Hama on December 11 and northern Hama near Khan Shaykhun on March 30",
    "clashes on 05/04/2017 and again on 2017-04-09", "killed in Sept. 2016 and in early May", "on 3 Jan and 4 Feb",
    "earlier this month and last month", "Late March, media reported", "Apr 052017 then Oct 12",
    "30.11.2020 or 1-2-2019",
    "in mid-June and by July 2015", "June 25 and June 26, 2016", "the end of August and the beginning of November",
]
_UNDATED = [
    "killed 30 people in the village of X on Tuesday", "a maybe may be mayor", "resolution 2254 of 70%",
    "Division 25 fired 400 rounds", "monthly raids over the weekend", "", "the 1 - 2 score",
]


@pytest.mark.parametrize("text", _DATED + _UNDATED)
def test_the_date_pre_test_holds_wherever_a_day_or_month_is_read(text):
    found = [d for d in find_dates(text) if d.kind in ("date", "month")]
    if found:
        assert places._DATE_OR_MONTH.search(text)
    # (and from any offset: a pair's days are read from the trigger on)
    for start in range(0, len(text), 7):
        if [d for d in find_dates(text, start, len(text)) if d.kind in ("date", "month")]:
            assert places._DATE_OR_MONTH.search(text, start, len(text))


def test_a_clause_with_no_day_or_month_is_no_pair_of_days_and_places(monkeypatch):
    text = "Warplanes struck the village of X and the town of Y, killing 12 people on Tuesday."
    sent = Sentence(0, len(text), 0, 0)
    monkeypatch.setattr(places, "find_dates", lambda *a: pytest.fail("dates read where none can be"))
    assert places._first_pair(text, [], sent, 0) is None


def _outside_one_by_one(spans, holes):
    out = []
    for start, end in spans:
        cursor = start
        for h_start, h_end in sorted(h for h in holes if h[0] < end and start < h[1]):
            if h_start > cursor:
                out.append((cursor, h_start))
            cursor = max(cursor, h_end)
        if cursor < end:
            out.append((cursor, end))
    return out


def test_outside_with_holes_sorted_once_cuts_as_one_by_one():
    rng = random.Random(24)
    for _ in range(5000):
        spans = [tuple(sorted((rng.randint(0, 100), rng.randint(0, 100)))) for _ in range(rng.randint(0, 5))]
        # (holes overlapping, nested, empty, even reversed)
        holes = [(a, a + rng.randint(-5, 40)) for a in (rng.randint(0, 100) for _ in range(rng.randint(0, 8)))]
        assert places._outside(spans, holes) == _outside_one_by_one(spans, holes), (spans, holes)


def test_clipper_cuts_only_the_ends_of_its_run_as_clip_does():
    rng = random.Random(7)
    for _ in range(2000):
        points = sorted(rng.sample(range(200), 10))
        spans = [(points[i], points[i + 1]) for i in range(0, 10, 2)]
        clip = places._clipper(spans)
        for start, end in itertools.combinations(range(-5, 206, 9), 2):
            assert clip(start, end) == places._clip(spans, start, end)


def test_locator_finds_the_sentence_that_locate_finds():
    rng = random.Random(3)
    for _ in range(2000):
        points = sorted(rng.sample(range(300), 2 * rng.randint(0, 8)))
        # touching, empty and (shuffled) out-of-order sentences: the last two are located one by one
        sentences = [Sentence(points[i], points[i + 1] if rng.random() < 0.8 else points[i], i // 2, i // 5)
                     for i in range(0, len(points), 2)]
        if rng.random() < 0.2:
            rng.shuffle(sentences)
        locate = places._locator(sentences)
        for offset in range(-2, 305):
            assert locate(offset) == places._locate(sentences, offset)


def test_elaboration_asks_for_the_sentences_of_other_events_only_where_a_spot_is_named():
    sent, nxt = Sentence(0, 10, 0, 0), Sentence(10, 20, 1, 0)

    def never():
        raise AssertionError("asked")

    assert places._elaboration([], [sent, nxt], sent, _admin1_place(), never) is None


def _admin1_place():
    from warscribe.places.recognize import PlaceMention

    m = PlaceMention(0, 5, "Idlib", True)
    return resolve.Resolved(m, "Idlib", "Syria", "SY", "Idlib", None, 35.9, 36.6, 3, "admin1")


_TEXTS = [
    "Government warplanes struck the village of Kafr Nabl in Idlib province on Tuesday, killing 12 people. In "
    "Aleppo, rebels shelled the al-Zahraa neighbourhood in Aleppo city, killing three. Clashes near Morek, north of "
    "Hama, killed five fighters.",
    "Police clashed with protesters at Kibanda (Kisumu) and in Watamu, Kilifi, on Monday, wounding four. A man was "
    "killed at Bar Osimbo village in Siaya. Two were shot dead in Mathare, Nairobi.",
]


@pytest.fixture(scope="module")
def resolvers(pipeline):
    made: list[DocumentPlaces] = []
    real = DocumentPlaces.__init__

    def init(self, *args, **kwargs):
        real(self, *args, **kwargs)
        made.append(self)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(DocumentPlaces, "__init__", init)
        for text in _TEXTS:
            events(pipeline, text)
    assert made
    return made


def test_the_resolvers_indexes_hold_what_scans_of_its_mentions_find(resolvers):
    for places_ in resolvers:
        for m in places_.mentions:
            sent, para = places_.sentence_of.get(m.start, (-1, -1))
            usable = [a for a in places_.admin_mentions if a is not m and not a.secondary]
            same = [a for a in usable if places_.sentence_of.get(a.start, (-2, -2))[0] == sent]
            earlier = [a for a in usable if places_.sentence_of.get(a.start, (-2, -2))[1] == para
                       and a.start < m.start]
            expected = sorted(same, key=lambda a: (a.start < m.start, abs(a.start - m.start))) if same \
                else sorted(earlier, key=lambda a: -a.start)
            assert places_._admins_near(m) == expected
            assert places_._admins_near(m) is places_._admins_near(m)  # read once
            assert places_._holding.get(m.start, []) == [x for x in places_.mentions
                                                         if x.data.get("holds") == m.start]
            assert places_._tails.get(m.start, []) == [x for x in places_.mentions if x.data.get("tail_of") == m.start
                                                       or x.data.get("near_of") == m.start]
            # the admin reading, remembered, is what reading it afresh gives
            assert places_.admin_reading(m) == places_._admin_reading(m)


def test_the_coders_label_is_read_once_per_document(pipeline, monkeypatch):
    calls = []
    real = places._labelled
    monkeypatch.setattr(places, "_labelled", lambda *a: calls.append(1) or real(*a))
    found = events(pipeline, _TEXTS[0])
    assert len(found) >= 2
    assert len(calls) == 1
