"""Round 32 (s32b): a document's country votes read the words a reading may take (`_read_words`: the inner words
that go on no name left out, most of them skipped by the split itself) as one list for the whole text, each span
a range of it (`CountryHints._span_range`: no lists cut per span); the votes are those read from each span's own
`name_words`."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest

from plain_readings import word_texts
from warscribe.places import countries
from warscribe.places.countries import CountryHints

_TEXTS = [
    "Syrian and Russian jets struck Idlib, in Syria; the Democratic Republic of the Congo and Côte d'Ivoire sent aid, "
    "said the UN in New York.",
    "xSyria 5Syria 5-Syria in Damascus OF the Syria and the syria of the -the  of the Bank of the Nile",
    "In Syria, near Idlib and Ségou, Syrian soldiers of Syria; d' Syria d'Ivoire élan Ébolowa the été Homs",
    "McDonald's in al-Bab canal al-Raqqa's Tal Abyad - Syria – Ankara-Istanbul, the Hind Mazdoor Sabha and of",
    "the Syrian Army shelled the Lok Sabha of the East London and Governor Jack of Virginia Nyaiko in Nairobi.",
    "of the",
    "",
]
_TOKENS = ["the", "of", "and", "de", "al", "el", "d'", "du", "del", "Syria", "Idlib", "Homs", "Republic", "Congo",
           "killed", "in", "x", "al-Bab", "d'Ivoire", "été", "Ünal", "3rd", "tHE", "Damascus", "Lok", "Sabha", "'s"]


def _span_words(text: str, start: int, end: int) -> tuple[list[tuple[int, int, str]], list[int]]:
    """The words of text[start:end] a span's reading sees and their reach, read from the span alone."""
    words = countries.name_words(text, start, end)
    return words, countries._reach(text, words)


def _pruned(text: str) -> tuple[list[tuple[int, int, str]], list[int]]:
    """The text's `name_words` and their `_reach` less each word that is not capitalised and does not go on the name
    of the word kept before it (the rule `_read_words` keeps, from the separate calls)."""
    words, reach = _span_words(text, 0, len(text))
    kept: list[tuple[int, int, str]] = []
    kept_reach: list[int] = []
    dropped, end = False, 0
    for word, r in zip(words, reach, strict=True):
        upper = word[2][0].isupper()
        joined = not dropped and text[end:word[0]] in (" ", "-", "") and (upper or word[2].lower() in countries._INNER)
        dropped = not (upper or joined)
        if not dropped:
            kept.append(word)
            kept_reach.append(r)
        end = word[1]
    return kept, kept_reach


@pytest.mark.parametrize("text", _TEXTS + word_texts(_TOKENS, [" ", " ", "-", "  ", ", ", "\u00e9"], 300, 32))
def test_the_words_read_are_the_texts_words_that_a_reading_may_take(text: str) -> None:
    got, words, starts, reach = countries._read_words(text)
    assert got is text and (words, reach) == _pruned(text) and starts == [w[0] for w in words]


def _counted_by_span_words(hints: CountryHints, text: str, spans: list[tuple[int, int]],
                           ignore: Callable[[int], bool] | None = None, known: dict | None = None,
                           victims: bool = False) -> dict[str, int]:
    """`count_into` as round 31 wrote it (each span's words its own lists), less the area words."""
    votes: dict[str, int] = {}
    for s, e in spans:
        words, reach = _span_words(text, s, e)
        i, n = 0, len(words)
        held = None
        while i < n:
            word = words[i]
            if not word[2][0].isupper():
                i += 1
                continue
            if known is None:
                step, found = hints._read_at(text, words, reach, i, s, ignore, victims)
            else:
                before = word[0] - 12
                at = (word[0], reach[i], words[i + reach[i] - 1][1], max(before, s))
                if at not in known:
                    known[at] = hints._read_at(text, words, reach, i, s, ignore, victims)
                step, found = known[at]
            if found:
                end = words[i + step - 1][1]
                if held is not None and hints._holds(text, held, word[0], end, found[0][0]):
                    for country, weight in held[2]:
                        votes[country] -= weight
                        if votes[country] <= 0:
                            del votes[country]
                held = (word[0], end, found)
            for country, weight in found:
                votes[country] = votes.get(country, 0) + weight
            i += step
    return votes


@pytest.mark.parametrize("text", _TEXTS)
def test_the_votes_read_from_ranges_are_those_read_from_each_spans_words(text: str, gaz) -> None:
    hints = CountryHints(gaz)
    cuts = [sorted({0, len(text), *range(0, len(text), step)}) for step in (5, 13, 29)]
    every = [list(itertools.pairwise(c)) for c in cuts] + [[(0, len(text))], [(2, len(text) - 3)]]
    for spans in every:
        for victims in (False, True):
            expected = _counted_by_span_words(hints, text, spans, victims=victims)
            votes: dict[str, int] = {}
            hints.count_into(votes, text, spans, victims=victims)
            assert votes == expected, spans
    # a document's votes, then its spans' with what was read kept (what the place stage does)
    known: dict = {}
    expected_known: dict = {}
    for spans in [[(0, len(text))], *every]:
        votes = {}
        hints.count_into(votes, text, spans, None, known)
        assert votes == _counted_by_span_words(hints, text, spans, None, expected_known), spans
    assert known == expected_known


def test_a_spans_range_holds_its_words_that_a_reading_may_take() -> None:
    text = "In Syria, the rebels of the Free Syrian Army held al-Bab and the Bank of the Nile; rebels."
    hints = CountryHints()
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1, 4):
            words, reach, lo, hi = hints._span_range(text, start, end)
            full, full_reach = _span_words(text, start, end)
            cut = [min(r, hi - k) for k, r in zip(range(lo, hi), reach[lo:hi], strict=True)]
            kept = [k for k, w in enumerate(full) if w in words[lo:hi]]
            assert words[lo:hi] == [full[k] for k in kept] and cut == [full_reach[k] for k in kept], (start, end)
