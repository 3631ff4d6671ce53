"""Speed round 34 (s34a): a sentence's dates weighed once per document (`time._weighed`), not again for each event
and walk that asks of the sentence; `_nearest_date` answers as it did when it read every date each time."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from warscribe.stages import time as time_stage
from warscribe.timex import DateMention, resolve

_TEXTS = [
    "On 31 December 2019, gunmen attacked a checkpoint in Idlib, a monitor said on Saturday.",
    "Air strikes hit Aleppo on Tuesday (between 3 and 7 May), the group said late Sunday, killing ten.",
    "The town, under the group's control since August, was shelled on Monday and again on 5 May 2016.",
    "... Idlib province Syria August 6 2016 (Reuters) A suicide bomber killed six people yesterday.",
    "Rebels said Thursday that raids last week killed 12, before the army retook the city in December.",
    "No date here at all, only words about the war.",
]
_SPEECH = frozenset({"said", "told", "reported"})


def _slow_nearest(text: str, start: int, end: int, anchor: int, published, speech: frozenset[str],
                  line: DateMention | None, captions: bool, holes: list[tuple[int, int]] | None):
    """`_nearest_date` as it read before: every date of the span resolved and weighed at each call."""
    best = None
    for m in time_stage._dates_in(text, start, end):
        if holes and any(a <= m.start < b for a, b in holes):
            continue
        values = resolve(m, published)
        if not values or m.text[:6].lower() == "since " or time_stage.SINCE_BEFORE.search(text, start, m.start):
            continue
        if not (captions and anchor < m.start) and time_stage._caption_date(text, m):
            continue
        distance = 0 if m.start <= anchor < m.end else min(abs(m.start - anchor), abs(m.end - anchor))
        before = text[start:m.start]
        aside = before.count("(") > before.count(")")
        said = time_stage._said_on(text, start, m.start, speech)
        own = line is not None and line.start <= m.start < line.end
        rank = (min(v[1] for v in values), own, said, not time_stage._OPENING.fullmatch(before), aside, distance)
        if best is None or rank < best[0]:
            best = (rank, m, values)
    return (best[1], best[2]) if best else None


@pytest.mark.parametrize("published", [None, date(2016, 5, 14)])
def test_nearest_date_answers_as_when_every_date_was_weighed_at_each_call(published: date | None) -> None:
    for text in _TEXTS:
        text = "Headline. " + text  # (a span that does not open the text)
        time_stage._WEIGHED.clear()
        time_stage._dates_in.cache_clear()
        start, end = 10, len(text)
        found = time_stage._dates_in(text, start, end)
        lines = [None, *found[:1]]
        holes_choices = [None, [], [(start, start + 20)], [(m.start, m.end) for m in found[1:2]]]
        for anchor, line, captions, holes in itertools.product(range(start, end, 7), lines, (False, True),
                                                               holes_choices):
            got = time_stage._nearest_date(text, start, end, anchor, published, _SPEECH, line, captions, holes)
            assert got == _slow_nearest(text, start, end, anchor, published, _SPEECH, line, captions, holes), \
                (text, anchor, line, captions, holes)


def test_weighed_reads_a_sentence_once_and_keeps_only_dates_that_may_date_an_event() -> None:
    text = "Clashes went on since August and on Monday (said on Tuesday) near Aleppo."
    time_stage._WEIGHED.clear()
    first = time_stage._weighed(text, 0, len(text), date(2016, 5, 14), _SPEECH)
    assert [m.text for m, *_ in first] == ["on Monday", "on Tuesday"]  # ("since August": a state's start, left out)
    assert [(said, aside) for _, _, _, _, said, _, aside in first] == [(False, False), (True, True)]
    assert time_stage._weighed(text, 0, len(text), date(2016, 5, 14), _SPEECH) is first  # remembered
    assert time_stage._weighed(text, 0, len(text), None, _SPEECH) == []  # (no weekday resolves without a day)
