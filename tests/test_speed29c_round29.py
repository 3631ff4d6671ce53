"""The count reader's round-29 shortcuts answer as what they replace: word choices as tries (`_alt`, `_AUX`), and
`after` tried without its parts that need a word the text after a place lacks (`_after_matches`)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from plain_readings import word_texts
from warscribe.knowledge import counts
from warscribe.knowledge.counts import CountReader, _after_matches, _alt, _scouted
from warscribe.knowledge.lexicon import Lexicon


@pytest.fixture(scope="module")
def reader() -> CountReader:
    return CountReader(Lexicon.load())


def _alternation(words: list[str]) -> str:
    """The longest-first alternation `_alt` built before round 29."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_TOKENS = ["a", "an", "A", "AN", "one", "two", "ten", "tens", "dozen", "dozens", "of", "hundred", "thousand", "few",
           "at", "least", "at least", "more", "than", "killed", "kill", "wounded", "dead", "died", "shot", "and",
           "including", "among", "them", "among them", "people", "civilians", "were", "was", "been", "being", "all",
           "also", "have", "has", "had", "is", "are", "12", "1,200", "x", ",", ".", "-", "(", ")", "'",
           "\u017feven", "K\u212aILLED", "\u0130ncluding", "thirty-five", "others"]


def _random_texts(count: int, seed: int) -> list[str]:
    """Texts of the words the patterns read, in random case and spacing (a few not ASCII)."""
    return word_texts(_TOKENS, [" ", " ", " ", "  ", "\n", "-", ", "], count, seed)


_SENTENCES = [
    "Four soldiers were killed and 3 civilians wounded in Idlib on Monday.",
    "An airstrike killed at least 12 people, including five children, the monitor said.",
    "Seven people, including four women and two children, were killed.",
    "287 IS fighters, among them 26 minors, had been killed in the offensive.",
    "A woman and her two children were killed when a shell hit the house; a man and child were wounded.",
    "1 policeman and 2 civilians were killed, and a further 3 were injured INCLUDING a child.",
    "Dozens of fighters were killed.Twenty-five more were injured and five were arrested",
    "Between 500 and 1300 people died, and an estimated 1,200 were arrested.",
    "a little boy a little girl and two women were killed among them the driver",
    "Three killed, wounded in the blast and 2 civilians were kidnapped and killed",
]
_TEXTS = _SENTENCES + [s.upper() for s in _SENTENCES] + _random_texts(300, 29)


def _spans(matches: Any) -> list[tuple[tuple[int, int], dict[str, str | Any]]]:
    return [(m.span(), m.groupdict()) for m in matches]


def _every_match(pattern: re.Pattern[str], text: str) -> list[Any]:
    """The pattern's match at every place of the text (None where none), spans and groups."""
    return [None if (m := pattern.match(text, i)) is None else (m.span(), m.groups()) for i in range(len(text) + 1)]


def test_alt_matches_the_longest_first_alternation(reader: CountReader) -> None:
    numbers = reader.numbers
    lists = [list(numbers.words) + list(numbers.indefinite), list(numbers.modifiers), list(numbers.outcomes),
             ["a", "an", "a dozen", "a few", "at least", "at", "ten", "tens", "tens of"]]
    for words in lists:
        # (alone, and followed by more pattern, whose failure backtracks into the choice: the same order of tries)
        for tail in ("", r"(?:\s+of)?\s+(?:people|more)\b", r"\w"):
            new = re.compile(rf"(?:{_alt(words)}){tail}", re.I)
            old = re.compile(rf"(?:{_alternation(words)}){tail}", re.I)
            for text in _TEXTS:
                assert _every_match(new, text) == _every_match(old, text)


def test_alt_of_no_words_is_the_empty_choice() -> None:
    assert _alt([]) == "" and re.compile(rf"x(?:{_alt([])})y", re.I).match("XY") is not None


def test_aux_is_its_alternation() -> None:
    old = re.compile(r"(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|been|being|got|reportedly|also|all|"
                     r"later|more)\s+){0,3}(?:(?!(?:killed|wounded|injured)\b)[a-z]+ed\s+and\s+)?killed", re.I)
    new = re.compile(rf"{counts._AUX}killed", re.I)
    for text in _TEXTS:
        assert _every_match(new, text) == _every_match(old, text)


@pytest.mark.parametrize("text", _TEXTS)
def test_after_matches_are_the_search_s(reader: CountReader, text: str) -> None:
    p = reader.p
    for end in sorted({len(text), len(text) // 2, counts._after_reach(p.last_told, text)}):
        found = _spans(_after_matches(p, text, end))
        assert found == _spans(_scouted(p.after, p.after_scout, text, end))
        assert found == _spans(p.after.finditer(text, 0, end))


def test_after_lighter_patterns(reader: CountReader) -> None:
    lighter = reader.p.after_lighter
    assert len(lighter) == 4 and lighter[0] is not None and lighter[0].pattern == reader.p.after.pattern
    for pattern in lighter:
        assert pattern.groupindex.keys() == reader.p.after.groupindex.keys()
    # (the lighter ones skip the parts that read "and", "including" or "among")
    assert reader.p.after.match("2 men and 3 women were killed").group("num0") == "2"
    assert lighter[1].match("2 men and 3 women were killed") is None
    assert lighter[2].match("7 people including 2 children were killed") is None
    assert reader.p.after.match("7 people including 2 children were killed").group("head") == "people"
    text = "7 people, including 2 children, and 3 women were killed"
    assert _spans(_after_matches(reader.p, text, len(text))) == _spans(reader.p.after.finditer(text))
