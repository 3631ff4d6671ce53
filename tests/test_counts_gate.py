"""The word gates of the count reader (`_word_gate`, `_gate_holds`) answer as the case-blind word searches they
stand in for: a whole word or phrase, any case, any spacing, at the start of a text or after any sign."""

from __future__ import annotations

import re

import pytest

from warscribe.knowledge import counts
from warscribe.knowledge.counts import CountReader, _gate_holds, _none_dead_gate, _spaced_lower, _word_gate
from warscribe.knowledge.lexicon import Lexicon

WORDS = ["killed", "shot dead", "the killing of", "dies", "died"]
TEXTS = [
    "Killed near the camp.", "Four soldiers were KILLED.", "He was shot   dead\nat dawn", "shot deadly fire",
    "skilled workers", "killedx", "(killed)", "-killed-", "over the killing  of two men", "the killing", "",
    "die", "studies", "Diesel", "he dies.", "x_killed", "9killed", "shot\tdead",
]


def _slow(words: list[str], text: str) -> bool:
    """The case-blind search the gate stands in for."""
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.search(rf"\b(?:{body})\b", text, re.I) is not None


@pytest.mark.parametrize("text", TEXTS)
def test_a_gate_finds_what_the_case_blind_search_finds(text: str) -> None:
    assert _gate_holds(_word_gate(WORDS), _spaced_lower(text)) is _slow(WORDS, text)


def test_a_gate_leaves_what_it_cannot_tell_to_the_search() -> None:
    assert _gate_holds(_word_gate(WORDS), _spaced_lower("Zwei Männer wurden getötet, killed")) is None  # not ASCII
    assert _word_gate(["Killed"]) is None  # not lower-case
    assert _word_gate(["killed!"]) is None  # ends with a sign: no word boundary to read
    assert _gate_holds(None, _spaced_lower("killed")) is None


def test_the_reader_gates_answer_as_its_patterns() -> None:
    reader = CountReader(Lexicon.load())
    phrases = counts._none_dead_patterns()[0]
    texts = [*TEXTS, "No casualties were reported among the guests.", "Nobody was killed in the blast",
             "there were no casualties", "The car exploded without causing any  casualties."]
    for text in texts:
        low = _spaced_lower(text)
        assert _gate_holds(reader.p.any_outcome_gate, low) is (reader.p.any_outcome.search(text) is not None)
        assert _gate_holds(_none_dead_gate(), low) is (phrases.search(text) is not None)


@pytest.mark.parametrize("text", [
    "Since January, 300 people have been killed in the province.", "SINCE MARCH 2011 the war killed 4 men",
    "4 men were killed so far this year, the monitor said.", "In all, 12 died.", "The toll rose to 9 in all",
    "They fell (in the war) near Homs", "no background here at all: 5 killed", "sinceJanuary 5 killed",
    "Over the past 3 years, 40 died", "over the past three  years 40 died", "x-in all 5", "in allies 5",
])
def test_the_background_gate_finds_what_the_case_blind_search_finds(text: str) -> None:
    rules = counts._rules()
    assert rules.background_gate is not None
    low = _spaced_lower(text)
    for start in range(0, len(text), 5):
        for end in (start, start + 12, start + 30, len(text)):
            end = min(end, len(text))
            assert counts._background_in(text, low, start, end) is (
                rules.background.search(text, start, end) is not None), (start, end)


def test_the_number_words_trie_finds_what_their_alternation_finds() -> None:
    """The look-arounds of the count patterns read the number words as a trie: the same strings as their
    alternation, so whether one of them is there is answered the same."""
    numbers = Lexicon.load().numbers
    trie, alternation = counts.word_trie(numbers.words, fold=True), f"(?:{counts._alt(list(numbers.words))})"
    texts = [*numbers.words, *(w.upper() for w in numbers.words), *(w.title() for w in numbers.words),
             "another man", "a  dozen", "one-year-old", "tens", "an", "and", "a\nthousand", "Sixtyish", "eighty-five",
             "onerous", "a few", "half a  million", "x"]
    for end in (r"\b", r"\s", r"(?![\w-])"):
        for text in texts:
            found = re.match(trie + end, text, re.I) is not None
            assert found is (re.match(alternation + end, text, re.I) is not None), (text, end)
