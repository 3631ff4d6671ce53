"""Round 31 (s31b): the names after a word for an ally found by substring tests of the words before the pattern
is tried (`_ally_spans`: what its search finds); a text's area words tested by the words holding no other; a span
naming one place is its own best."""

from __future__ import annotations

import re

import pytest

from warscribe.places.countries import CountryHints
from warscribe.stages import places


def _searched(text: str, start: int, end: int, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """What `_allies_named` read of a span before round 31: the pattern's search."""
    return [m.span(1) for m in pattern.finditer(text, start, end)]


_ALLY_TEXTS = [
    "Damascus's ally Russia and its allies Iran and Hezbollah struck; really Finally totally.",
    "the rebels' backers Turkey, and Qatar; patrons Saudi Arabia and the UAE; ally",
    "rallying allyRussia ally  Iran ally\u00a0Iraq (ally Egypt) -ally Jordan _ally Libya 3ally Chad",
    "allies allies Iran",
    "",
    "no word for a backer here, finally",
]


@pytest.mark.parametrize("text", _ALLY_TEXTS)
def test_the_ally_spans_are_those_the_search_finds(text: str) -> None:
    pattern, words = places._ally_pattern(), places._ally_words()
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1, 3):
            assert places._ally_spans(text, start, end, pattern, words) == _searched(text, start, end, pattern)
    assert places._allies_named(text, [(0, len(text))]) == _searched(text, 0, len(text), pattern)


def test_the_ally_spans_search_where_a_word_is_empty() -> None:
    pattern = re.compile(r"\b(x)")
    assert places._ally_spans("x axbx -x", 0, 9, pattern, ("",)) == [(0, 1), (8, 9)]
    assert places._ally_spans("x axbx -x", 0, 9, pattern, ("x",)) == [(0, 1), (8, 9)]
    assert places._ally_spans("x a-x", 0, 5, re.compile(r"(-x)"), ("-x",)) == [(3, 5)]


def test_the_ally_words_are_the_cues_once() -> None:
    words = places._ally_words()
    assert words and len(set(words)) == len(words) and all(words)


@pytest.mark.parametrize("text", ["a taluka of Pune", "the Upazila office", "in an LGA of Borno", "no area", "",
                                  "the local government area", "Taluk"])
def test_the_fewest_area_words_test_as_the_whole_list(text: str) -> None:
    from warscribe.knowledge.patterns import lacks_words

    hints = CountryHints()
    assert len(hints._area_fewest) <= len(hints._area_list)
    assert lacks_words(text, hints._area_fewest) == lacks_words(text, hints._area_list)
