"""Round 23 fixes by speed21, speed work in the recognize stage (issue 14): the pattern matcher's lists of patterns
sharing a start are gated by one set test of the words they need next, and a paragraph's token texts are cut
from the document once."""

from __future__ import annotations

import pytest

from warscribe.config import Context
from warscribe.knowledge.patterns import PatternMatcher, _gate, _match_from, compile_pattern

# Patterns sharing a first word, of every kind the gate reads: words only, words with one gap, and the general
# kind behind a probe (two gaps, an optional word); one of a single word leaves its list ungated.
_SHARED_START = ["was *1 reported missing", "was *2 torched in", "was set *2 alight", "was shelled",
                 "was ?then *1 dumped *2 near"]


def _brute(patterns: list, words: list[str]) -> list:
    """Every pattern at every start whose first word it takes, in order, by `_match_from` alone."""
    return [(p.payload, i, end) for i, w in enumerate(words) for p in patterns
            if w in p.first_words and (end := _match_from(p.elements, 1, words, i + 1)) is not None]


def test_the_gate_of_a_list_holds_the_words_each_needs_next_and_the_farthest_reach() -> None:
    matcher = PatternMatcher([compile_pattern(t, t) for t in _SHARED_START[:4]])
    start = matcher._starts["was"]
    default = start.default
    assert len(default.entries) == 2 and default.reach  # the two gapped patterns take any second word
    # "was" + a gap of two + the word after it
    assert {"reported", "torched"} <= default.needed and default.reach == 4
    picked = start.table["set"]  # the list a second word "set" picks: both gapped patterns and "was set *2 alight"
    # ("alight" after "set" and a gap of two: the farthest, 5 tokens from the start)
    assert len(picked.entries) == 3 and picked.needed == frozenset({"reported", "torched", "alight"})
    assert picked.reach == 5
    # a single pattern keeps its own test; a one-word pattern, which needs nothing more, is matched beside the gate
    # (round 28: it leaves the others gated)
    entries = matcher._by_first["was"]
    assert _gate(tuple(entries[:1])) is None
    alone = PatternMatcher([compile_pattern(t, t) for t in ["was", "was *1 reported missing", "was *2 torched in"]])
    default = alone._starts["was"].default
    assert default.reach == 4 and [e.payload for e in default.bare] == ["was"]


@pytest.mark.parametrize("sentence", [
    "the car was later reported missing",
    "the car was reported missing",
    "the car was x y reported missing",  # the needed word one token past the reach: no match
    "the shop was quickly torched in the night",
    "the truck was set quietly alight",
    "the body was then quickly dumped a b near the road",
    "the body was dumped near the road",
    "the village was shelled again",
    "the report was filed",
    "was",
    "it was",
])
def test_the_gated_matcher_finds_what_match_from_finds(sentence: str) -> None:
    patterns = [compile_pattern(t, t) for t in _SHARED_START]
    words = sentence.split()
    assert list(PatternMatcher(patterns)(words)) == _brute(patterns, words)


def test_the_token_texts_are_the_tokens_own() -> None:
    text = "Intro. Government-held Aleppo’s east, shelled on 3 May (2016), lost 12 men."
    offset = text.index("Government")
    lexicon = Context().lexicon
    tokens = lexicon.tokenize(text[offset:])
    assert lexicon.read_tokens(tokens)[1] == [t.text for t in tokens]
    assert lexicon.read_tokens(tokens[:0])[1] == []
