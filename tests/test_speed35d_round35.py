"""Round 35 (s35d): `_read_words` reads an ASCII text's words from a split that skips to each capital letter
(`_ascii_read_words`: the capitals inside words and the inner words after a word told by hand), not from
the ASCII split's loop over every lower-case word; the words, their starts and reach are the same."""

from __future__ import annotations

import random

import pytest

from plain_readings import word_texts
from warscribe.places import countries

_TEXTS = [
    "xSyria 5Syria 5-Syria in Damascus OF the Syria and the syria of the -the  of the Bank of the Nile",
    "the Syria", " the Syria", "-the Syria", "--the Syria", "The", "of", "oF the", "OFF the Nile", "d' Syria",
    "d'Ivoire", "Bank of d' the", "iPhone-X", "x-Ray-Bob", "a3Beirut", "3Beirut", "_Beirut", "'Beirut", "x'Beirut",
    "x.'Beirut", "U.S. and the U.K.", "McDonald's in al-Bab canal al-Raqqa's Tal Abyad - Syria Ankara-Istanbul",
    "Governor Jack of the  the Nile", "Nile of", "Nile of\nthe Delta", "Nile,the", "Nile  the", "Nile thereof",
    "",
]
_TOKENS = ["the", "of", "and", "de", "al", "el", "d'", "du", "del", "dell", "Syria", "Idlib", "Republic", "x", "in",
           "al-Bab", "d'Ivoire", "3rd", "tHE", "iPhone", "U.S.", "_x", "'s", "Ali", "El"]
# the split `_read_words` read an ASCII text by before this round
_READ_SPLIT_ASCII = countries._read_split_pattern("[A-Za-z]", "[A-Za-z0-9_'.-]", "[^A-Za-z]")


def _by_the_split(text: str) -> tuple[list[tuple[int, int, str]], list[int], list[int]]:
    """What `_read_words` read of an ASCII text before this round: each word of `_READ_SPLIT_ASCII` kept where it
    is capitalised or joins the word kept before it."""
    words: list[tuple[int, int, str]] = []
    joins: list[bool] = []
    at, dropped = 0, False
    for skipped, word in _READ_SPLIT_ASCII.findall(text):
        at += len(skipped)
        if word:
            upper = word[0].isupper()
            joined = not dropped and len(skipped) < 2 and skipped in (" ", "-", "") \
                and (upper or word.lower() in countries._INNER)
            dropped = not (upper or joined)
            if not dropped:
                words.append((at, at + len(word), word))
                joins.append(joined)
            at += len(word)
    reach = [1] * len(words)
    for k in range(len(words) - 2, -1, -1):
        if joins[k + 1]:
            reach[k] = reach[k + 1] + 1
    return words, [w[0] for w in words], reach


def _character_texts(count: int, seed: int) -> list[str]:
    """Short texts of the characters the split tells apart: capitals, inner words' letters, marks, digits, spaces."""
    rng = random.Random(seed)
    chars = "aBoftheTHEdlu' -._0\n,`Z"
    return ["".join(rng.choice(chars) for _ in range(rng.randint(0, 14))) for _ in range(count)]


@pytest.mark.parametrize("text", _TEXTS + word_texts(_TOKENS, [" ", " ", "-", "  ", ", ", "", "'", "."], 400, 35)
                         + _character_texts(2000, 35))
def test_an_ascii_texts_words_are_the_splits(text: str) -> None:
    got, words, starts, reach = countries._read_words(text)
    assert got is text and (words, starts, reach) == _by_the_split(text)


def test_a_capital_inside_a_word_opens_none() -> None:
    text = "x-Ray 5Ray x5Ray _Ray"
    assert [countries._opens_word(text, text.index(w)) for w in ("Ray ", "5Ray", "x5Ray", "_Ray")] == \
        [False, True, True, True]
    assert not countries._opens_word(text, text.index("Ray ", 9))  # (the R of "x5Ray")
    assert countries._opens_word(text, len(text) - 3)  # (after "_", no letter before it)


def test_inner_words_are_read_after_a_word_up_to_the_first_that_is_none() -> None:
    text = "Bank of the Nile"
    words: list[tuple[int, int, str]] = []
    starts: list[int] = []
    joins: list[bool] = []
    assert countries._inner_words_at(text, 4, words, starts, joins) == 11
    assert words == [(5, 7, "of"), (8, 11, "the")] and starts == [5, 8] and joins == [True, True]
    assert countries._inner_words_at("Bank ofs", 4, [], [], []) == 4  # "ofs" is no inner word
