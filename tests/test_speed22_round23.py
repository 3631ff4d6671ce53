"""Round 23 fixes by speed22, speed work on the places stage (issue 14): helpers that spare searches, pinned to
answer what the searches they replace answer."""

from __future__ import annotations

import itertools

from warscribe.places.countries import CountryHints
from warscribe.places.recognize import _anchored, _written
from warscribe.stages.places import _clip, _clipper


def test_phrases_sharing_a_word_are_looked_for_under_that_word():
    phrases = ("march on", "sit-in at", "march to", "in solidarity with")
    groups = dict(zip(*_anchored(phrases), strict=True))
    assert groups["march"] == ("march on", "march to")
    assert groups["in solidarity with"] == ("in solidarity with",)  # no word shared: its own group
    # (no stop word is a group's word: most texts hold "to" or "with")
    assert _anchored(("walked to", "drove to")) == (("walked to", "drove to"), (("walked to",), ("drove to",)))


def test_a_phrase_holding_another_is_left_to_the_shorter_one():
    _, groups = _anchored(("shelled from", "from", "fired from", "camped in"))
    assert groups == (("from",), ("camped in",))


def test_written_answers_as_a_search_for_every_phrase():
    phrases = ("bound for", "headed for", "heading for", "heading to", "mp for", "en route to", "from")
    texts = ["the convoy was heading north", "a bus headed for the border", "the camp", "mp for the area",
             "he came fro m there", "en route to", "", "from"]
    for text in texts:
        assert _written(text, phrases) == any(p in text for p in phrases), text


def test_clipper_cuts_ordered_spans_as_clip_does():
    spans = [(0, 10), (10, 15), (20, 40), (41, 60)]
    clip = _clipper(spans)
    for start, end in itertools.combinations(range(0, 65, 3), 2):
        assert clip(start, end) == _clip(spans, start, end)
    # spans out of order or overlapping: clipped one by one all the same
    odd = [(20, 40), (0, 25), (30, 30)]
    for start, end in itertools.combinations(range(0, 45, 2), 2):
        assert _clipper(odd)(start, end) == _clip(odd, start, end)


def test_a_title_opening_a_name_is_never_remembered_as_reading_nothing():
    hints = CountryHints()
    text = "Governor Kiprono Lang said the road to the Mara Springs lodge was closed."
    assert not hints.votes(text, [(0, len(text))])
    blank = hints._blank
    assert "Mara Springs" in blank  # read nothing, wherever it stands
    assert not any(s.startswith("Governor") for s in blank)
    # read again, the remembered stretches give what reading them gives
    assert hints.votes(text, [(0, len(text))]) == CountryHints().votes(text, [(0, len(text))])
