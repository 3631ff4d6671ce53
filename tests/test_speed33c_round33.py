"""The count reader's round-33 shortcuts answer as what they replace: a count's clause read off the text's clause
ends, found once (`_clause_around`: what the searches up to the count and from its end found); the scout of `before`
read on from the first word the outcome gate finds (the matches of the scout read from the start); the words every
match of `joined`, `_others_join` (with a head of others) and `more` holds tested before their searches; the list's
end before `_named_before`'s heads searched for only where a head is there; the digit runs of an ASCII text searched
with their first digit as [0-9]."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest

from plain_readings import masked_by_character, word_texts
from warscribe.knowledge import counts
from warscribe.knowledge.counts import Count, CountReader
from warscribe.knowledge.lexicon import _numbers

_SEPARATORS = [" ", "  ", ", ", ",", ". ", ".", "; ", " (", ") ", ":", "\n", "-", "!", "? ", "[", "]", ",\n"]
_TOKENS = ["since", "2011", "the", "war", "began", "killed", "12", "people", "in", "total", "so", "far", "this", "year",
           "over", "past", "three", "years", "Syria", "accident", "during", "March", "mid", "-", "war-wide", "all",
           "of", "conflict", "has", "lost", "a", "week", "weeks", "fighting", "days", "front", "x"]


def _texts(seed: int) -> list[str]:
    return [*word_texts(_TOKENS, _SEPARATORS, 200, seed),
            "Since 2011, more than 400,000 people have been killed in the war, the monitor said.",
            "In all, 12 soldiers died; the overall toll (since March) stands at 40.",
            "Nine were killed in an accident, police said",
            "Na\u00efve: since the war began \u2014 12 killed, in total."]  # not ASCII: no gate


def _plain_clause(text: str, count: Count) -> tuple[int, int]:
    """The clause as `_background` read it before: the clause ends searched up to the count and from its end."""
    starts = [m.end() for m in counts._CLAUSE_END.finditer(text, 0, count.start)]
    after = counts._CLAUSE_END.search(text, count.end)
    return (starts[-1] if starts else 0), (after.start() if after else len(text))


@pytest.mark.parametrize("seed", range(3))
def test_clause_around_is_the_searches(seed: int) -> None:
    for text in _texts(seed):
        spans = [m.span() for m in counts._CLAUSE_END.finditer(text)]
        starts, ends = [s for s, _ in spans], [e for _, e in spans]
        for start in range(len(text) + 1):
            for end in range(start, min(len(text), start + 12) + 1):
                count = Count(start, end, "death", 1, False, None, "")
                assert counts._clause_around(starts, ends, count, len(text)) == _plain_clause(text, count), (
                    text, start, end)


@pytest.fixture(scope="module")
def reader() -> CountReader:
    return CountReader(SimpleNamespace(numbers=_numbers()))  # type: ignore[arg-type]


_VERB_TOKENS = ["killed", "KILLING", "Killed", "killing", "executed", "summarily", "wounding", "injured", "destroyed",
                "the", "two", "12", "soldiers", "civilians", "at", "least", "and", "dead", "3", "people", "x", "a",
                "targets", "lost", "claiming", "lives", "of"]


@pytest.mark.parametrize("seed", range(4))
def test_before_from_the_gate_s_first_word(reader: CountReader, seed: int) -> None:
    assert reader.before_told
    gate = reader.p.any_outcome_gate
    assert gate is not None
    for text in word_texts(_VERB_TOKENS, [" ", "  ", ", ", ".", "-", "\n", ""], 300, seed):
        first = counts._gate_first(gate, counts._spaced_lower(text))
        assert first is not None
        if first < 0:
            continue
        assert reader._before(text, first) == reader._before(text), text


def test_gate_first() -> None:
    gate = counts._word_gate(["killed", "dead"])
    assert counts._gate_first(gate, " three were killed") == len(" three were")
    assert counts._gate_first(gate, " skilled") == -1
    assert counts._gate_first(gate, None) is None and counts._gate_first(None, " killed") is None


_JOIN_TOKENS = ["along", "with", "together", "alongside", "and", "others", "other", "Others", "another", "further",
                "while", "man", "died", "killed", "his", "her", "son", "Abu", "Ahmad", "four", "12", "civilians", "in",
                "Duma", "ALONG", "Another", "a", "young", "were", "was", "\u212aurds", "brother", "the", "driver",
                "fighters", "x"]


def _join_texts(seed: int) -> list[str]:
    return [*word_texts(_JOIN_TOKENS, [" ", "  ", ", ", ".", ";", "-", "\n", ""], 300, seed),
            "10 fighters were killed in the blast along with eight attackers",
            "23 civilians were killed in one district and 21 others in another",
            "11 civilians were killed in Saraqeb and another man died in Sheikh Mustafa",
            "Abu Ahmad, his son and four others were killed", "Abu Omar, the commander, and three of his comrades"]


@pytest.mark.parametrize("seed", range(3))
def test_join_words_spare_only_searches_that_find_nothing(reader: CountReader, seed: int) -> None:
    rules = counts._rules()
    assert reader.joined_words and reader.others_words and reader.more_words
    for text in _join_texts(seed):
        joined = counts._may_hold(text, reader.joined_words)
        others = counts._may_hold(text, reader.others_words)
        more = counts._may_hold(text, reader.more_words)
        for at in range(len(text) + 1):
            assert joined or rules.joined.match(text, at) is None
            assert more or reader.more.match(text, at) is None
            if not others:
                j = counts._others_join().match(text, at)
                n = reader.p.counted.match(text, j.end()) if j else None
                assert n is None or n.group("np").split()[0].lower() not in counts._others_heads()


def _plain_named_before(reader: CountReader, text: str, start: int, np: str) -> tuple[int, int]:
    """`_named_before` as it read before: the list's end searched for first."""
    rules = counts._raw_rules().get("named_with_others") or {}
    words = np.lower().split()
    end = counts._LIST_END.search(text, max(0, start - 120), start)
    if words and end is not None and words[0] in (rules.get("possessive_heads") or ()):
        return reader._possessor(text, end.start(), start)
    if not words or words[0] not in (rules.get("heads") or ()) or end is None:
        return 0, start
    clause = max(text.rfind(c, 0, end.start()) for c in ".;:") + 1
    items = [(m.start(), m.group()) for m in counts._LIST_ITEM.finditer(text, clause, end.start())]
    named = 0
    for at, item in reversed(items):
        if not reader._named_item(item.split(), rules):
            break
        named, start = named + 1, at
    return named, start


@pytest.mark.parametrize("seed", range(3))
def test_named_before_as_it_read(reader: CountReader, seed: int) -> None:
    for text in _join_texts(seed):
        for np in ("others", "his comrades", "her sons", "Others", "civilians", "", "other men", "his"):
            for start in range(len(text) + 1):
                assert reader._named_before(text, start, np) == _plain_named_before(reader, text, start, np)


_DIGIT_TOKENS = ["1", "10", "12", "2014", "1999", "2000", "0", "0123", "1234567", ":", ".", ",", "/", "h", "30", "st",
                 "th", "km", "%", "-year-old", "year", "people", "men", "a", "A", "x", "_", " ", "  ", "-", "$", "No.",
                 "aged", "Route", "battalion", "F-16", "\u0663", "\u00e9"]


@pytest.mark.parametrize("seed", range(3))
def test_ascii_digit_runs_are_the_digit_runs(seed: int) -> None:
    rules = counts._rules()
    assert rules.digit_runs is not None and rules.digit_runs_ascii is not None
    rng = random.Random(seed)
    for _ in range(400):
        text = "".join(rng.choice(_DIGIT_TOKENS) for _ in range(rng.randint(1, 25)))
        if text.isascii():
            assert [m.regs for m in rules.digit_runs_ascii.finditer(text)] == [
                m.regs for m in rules.digit_runs.finditer(text)]
        assert counts._masked(text) == masked_by_character(text)
