"""The count reader's round-32 shortcuts answer as what they replace: `_may_hold`'s substring tests made in a loop of
its own (what `not lacks_words` answers, over the same kept lower-case form), counting.yaml `not_people` read as a
set by `_not_people` (what the list's membership tests answered), and the bare death words tried only where their
scout finds one (the matches of the pattern's search)."""

from __future__ import annotations

import pytest

from plain_readings import word_texts
from warscribe.knowledge import counts, patterns
from warscribe.knowledge.counts import _may_hold, _not_people, _not_people_words, _scouted
from warscribe.knowledge.patterns import lacks_words

_TEXTS = [
    "",
    "Gunmen killed 12 villagers in Ariha on Monday.",
    "The FATALITIES were coded separately, a day after the killing of a student.",
    "Protesters demanded justice over the death of a man",
    "No casualties were reported among the hotel guests.",
    "Na\u00efve d\u00e9tente: f\u00e9d\u00e9ration killed 3",  # not ASCII, no case-blind extra
    "\u0130stanbul: the \u212aurds' separate toll",  # an extra: no lower-case form, any text may hold a match
    "DEATH\u017f and more" * 40,  # long, not ASCII: a remembered form (or none)
    "x" * 300 + " killing over the weeks",  # long ASCII: remembered
]

_WORDS: list[tuple[str, ...] | None] = [
    None,
    (),
    ("fatalities", "estimate", "fatality"),
    ("separate",),
    ("killing", "death", "murder"),
    ("against", "over", "protest", "justice"),
    ("after", "weeks", "months"),
    ("zzz",),
]


@pytest.mark.parametrize("text", _TEXTS)
def test_may_hold_answers_as_lacks_words(text: str) -> None:
    for words in _WORDS:
        expected = words is None or not lacks_words(text, words)
        assert _may_hold(text, words) is expected
        # (another text read last: its kept form is not this text's)
        patterns.LAST[0] = ("another text", "another text")
        assert _may_hold(text, words) is expected
        # (this text read last, as `lacks_words` leaves it)
        lacks_words(text, ("q",))
        assert _may_hold(text, words) is expected


def test_may_hold_reads_no_form_where_a_case_blind_test_has_none() -> None:
    text = "The \u212aurds"  # the Kelvin sign: a case-blind "k", lowered to a plain "k"
    assert patterns.lower_form(text) is None
    assert _may_hold(text, ("zzz",)) and not lacks_words(text, ("zzz",))


def _plain_not_people(words: str) -> bool:
    """`_not_people` as it read before: the data file's list tested word by word."""
    tokens = [t for t in counts._LETTERS.findall(words.lower()) if t not in ("hundred", "thousand", "dozen", "of")]
    things = counts._raw_rules()["not_people"]
    return bool(tokens) and ((tokens[0] in things and not (len(tokens) > 1 and counts._PERSON_ENDING.search(
        tokens[1]))) or tokens[-1] in things)


def test_not_people_words_are_the_data_files() -> None:
    raw = counts._raw_rules()["not_people"]
    assert _not_people_words() == frozenset(raw) and len(raw) > 10


@pytest.mark.parametrize("words", ["nine sheep", "sheep thieves", "cattle rustlers", "47 rifles", "rifles",
                                   "civilians", "", "of", "two hundred goats", "the houses of the village",
                                   "Goats", "heads of state", "people and cows", "shells"])
def test_not_people_answers_as_the_list_did(words: str) -> None:
    assert _not_people(words) is _plain_not_people(words)
    for word in counts._raw_rules()["not_people"]:
        for phrase in (word, f"two {word}", f"{word} farmers", f"{word} of {words}", f"{words} {word}"):
            assert _not_people(phrase) is _plain_not_people(phrase)


_DEATH_TOKENS = ["killed", "KILLED", "Killed", "killing", "kills", "kill", "dead", "died", "shot", "dead", "beat",
                 "to", "death", "beaten", "burnt", "burned", "resulting", "in", "the", "of", "and", "skilled",
                 "deadline", "undead", "\u212aILLED", "\u017flain", "slain", "martyred", "a", "Ali", "3", "_killed",
                 "killed_", "\u00e9killed", "gunned", "down", "x"]


def _death_texts(count: int, seed: int) -> list[str]:
    return word_texts(_DEATH_TOKENS, [" ", "  ", "\xa0", "\n", "-", ", ", ".", "\u00e9", "\u2014", ""], count, seed)


def test_the_bare_death_scout_is_built() -> None:
    assert counts._rules().bare_death_scout is not None


@pytest.mark.parametrize("seed", range(4))
def test_bare_deaths_scouted_as_searched(seed: int) -> None:
    rules = counts._rules()
    texts = [*_death_texts(300, seed), *_TEXTS,
             "Beat to\xa0death, SHOT  DEAD and \u212ailled: resulted in the death of"]
    for text in texts:
        scouted = _scouted(rules.bare_death, rules.bare_death_scout, text, len(text))
        assert [(m.span(), m.group()) for m in scouted] == [
            (m.span(), m.group()) for m in rules.bare_death.finditer(text)]
