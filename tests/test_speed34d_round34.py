"""Round 34 (s34d): the border tests of a country's name in `CountryHints._in_context` asked with less work: the
pattern after the name (`boundary_pattern`) only where the word after one space may open a border word
(`may_border_after`), and the one before it (`_border_before_read`) with the caller's reading of the 30 characters
before the name. Each says what the pattern alone says. The grievance and motive patterns searched back from a
name behind the look-ahead of their phrases' beginnings."""

from __future__ import annotations

import random
import re

import pytest

from warscribe.knowledge.patterns import alternation
from warscribe.places import countries, recognize
from warscribe.places.data import cues

# pieces of text after a name: border words and their beginnings in both cases, other words, every spacing, dashes
# and slashes (the pattern reads "-Somalia border"), digits, marks, a non-ASCII letter and spacing
_AFTER = ["border", "Border", "BORDERS", "borderlands", "frontier", "boundary", "crossing", "crossings", "post",
          "point", "gate", "area", "region", "bord", "borde", "border1", "border_", "cross", "said", "town", "city",
          "village", " ", "  ", "\u00a0", "-", "–", "/", ",", ".", "'", "’", "5", "_", "\n", "é", "Somalia", "x"]
# pieces of text before a name: the words a `_border_before` match holds and ends in, other words, spacing
_BEFORE = ["border", "crossing", "frontier", "with", "of", "between", "the", "The", "near", "in", "said", " ", "  ",
           "\u00a0", "\n", ",", "é", "Mali", "x"]


def _texts(seed: int, pieces: list[str], count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(count)]


@pytest.mark.parametrize("seed", range(4))
def test_may_border_after_never_hides_a_match(seed: int) -> None:
    for after in _texts(seed, _AFTER, 3000):
        text = "Kenya" + after
        if not countries.may_border_after(text, 5):
            assert countries.boundary_pattern().match(text, 5) is None, text


def test_may_border_after_spares_plain_words() -> None:
    assert not countries.may_border_after("Syria said on Monday", 5)
    assert not countries.may_border_after("Syria bord", 5)  # the start of a border word is none
    assert not countries.may_border_after("Syria borderx", 5)
    assert countries.may_border_after("the Syria border", 9)
    assert countries.may_border_after("the Syria Border", 9)
    assert countries.may_border_after("the Syria crossing point", 9)
    # what it cannot tell: two spaces, a dash, the end, a text that is not ASCII
    assert countries.may_border_after("Syria  said", 5)
    assert countries.may_border_after("Syria-Turkey border", 5)
    assert countries.may_border_after("Syria", 5)
    assert countries.may_border_after("Syria said é", 5)


@pytest.mark.parametrize("seed", range(4))
def test_border_before_read_is_border_before(seed: int) -> None:
    for before in _texts(seed, _BEFORE, 3000):
        text = before + "Mali"
        start = len(before)
        ending = countries.final_word(text[max(0, start - 30):start])
        assert countries._border_before_read(text, start, ending) == countries.border_before(text, start), text


@pytest.mark.parametrize(("name", "cue"), [("grievance", "grievance_before"), ("motive", "motive_before")])
def test_window_patterns_find_what_their_phrases_do(name: str, cue: str) -> None:
    """The grievance and motive patterns, behind the look-ahead of their phrases' beginnings, find the matches of
    the plain alternation of the phrases, in any case, at word boundaries (the look-ahead changes no match)."""
    phrases = list(cues().get(cue, ()))
    plain = re.compile(rf"\b(?:{alternation(phrases)})\b", re.I)
    pattern = recognize._cue_patterns()[name]
    rng = random.Random(7)
    pieces = [*phrases, *(p.upper() for p in phrases), *(p.title() for p in phrases), *(p[:-1] for p in phrases),
              " ", "  ", "\n", "x", "ed", "-", ",", "ı", "İ", "ſ", "K", "protests", "revenge"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        at = rng.randint(0, len(text))
        assert [m.group() for m in pattern.finditer(text, at)] == [m.group() for m in plain.finditer(text, at)], text
