"""Round 33 (s33b): a reading tries the surfaces of several words at a word only where the word may open a key of
the tables (`may_open` of the word's key and the first words of the keys); what a reading asks of a word's key
(that, and whether it is a person's title or closes a body's name) is remembered per word as bits
(`CountryHints._marks`); the votes are those read trying every surface."""

from __future__ import annotations

import random

import pytest

from warscribe.places import countries
from warscribe.places.countries import CountryHints, first_key_words, may_open
from warscribe.places.data import body_words, person_titles, stop_phrases
from warscribe.places.normalize import key

# words as `_read_words` splits them: articles alone or hyphenated, apostrophes, dots, scripts `key` folds away
_WORDS = ["al", "Al", "el-", "Al-Bab", "ash-Shughur", "Ar-Raqqa", "As", "Ezzor", "Assukhna", "The", "Syria",
          "Syria's", "Idlib", "Tal", "Abyad", "U.S.", "d'Ivoire", "Côte", "Ünal", "دمشق", "Σ", "ΣΑ", "3rd", "New",
          "York", "Hind", "Mazdoor", "Sabha", "Lok", "al-al", "el'", "Ma’arrat", "an", "Nu‘mān", "Deir", "ez-Zor"]


def _surfaces(count: int, seed: int) -> list[list[str]]:
    """`count` lists of 2-5 of the words."""
    rng = random.Random(seed)
    return [[rng.choice(_WORDS) for _ in range(rng.randint(2, 5))] for _ in range(count)]


@pytest.mark.parametrize("seed", range(4))
def test_a_surfaces_key_starts_with_a_word_its_first_word_may_open(seed: int) -> None:
    for words in _surfaces(1000, seed):
        for gap in (" ", "-"):
            surface_key = key(gap.join(words))
            if surface_key:
                assert may_open(key(words[0]), first_key_words([surface_key])), (words, gap)


def test_first_key_words_and_may_open() -> None:
    first = first_key_words(["tal abyad", "idlib", "", "new york city"])
    assert first == frozenset({"tal", "idlib", "new"})
    assert may_open("tal", first) and may_open("new york", first) and not may_open("york", first)
    assert may_open("", first) and may_open("al", first)  # the surface's key may start with a later word


_TEXTS = [
    "Syrian and Russian jets struck Idlib, in Syria; the Democratic Republic of the Congo and Côte d'Ivoire sent aid, "
    "said the UN in New York and Governor Jack of Virginia Nyaiko in Nairobi.",
    "The Lok Sabha of the East London met in Al Raqqa, Al-Bab, Tal Abyad and Deir ez-Zor; the Hind Mazdoor Sabha "
    "and Kashmir Day in the Central African Republic, South Sudan and the United States of America.",
    "Syria's northern town of Idlib, Aleppos Salah Eddin, Kara, North Darfur and دمشق Damascus, Ünal Ankara.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_the_votes_are_those_read_trying_every_surface(text: str, gaz, monkeypatch: pytest.MonkeyPatch) -> None:
    spans_list = [[(0, len(text))], [(0, len(text) // 2), (len(text) // 2, len(text))], [(3, len(text) - 7)]]
    got = []
    hints = CountryHints(gaz)
    for spans in spans_list:
        votes: dict[str, int] = {}
        known: dict = {}
        hints.count_into(votes, text, spans, None, known)
        got.append((votes, known))
    # (the reference: every word may open a key of several words; a fresh reader, nothing remembered)
    monkeypatch.setattr(countries, "may_open", lambda word_key, first_words: True)
    reference = CountryHints(gaz)
    for spans, (votes, known) in zip(spans_list, got, strict=True):
        expected: dict[str, int] = {}
        expected_known: dict = {}
        reference.count_into(expected, text, spans, None, expected_known)
        assert votes == expected and list(votes) == list(expected) and known == expected_known, spans


def test_a_words_marks_are_what_its_key_says(gaz) -> None:
    hints = CountryHints(gaz)
    first = first_key_words([*hints._kinds, *stop_phrases()])
    for word in [*_WORDS, "Governor", "President", "Sabha", "Lok", "Kashmir", "Democratic", "Syria", "", "Jack"]:
        k = key(word)
        expected = ((countries._TITLE if k in person_titles() else 0) | (countries._BODY if k in body_words() else 0)
                    | (countries._OPENS if may_open(k, first) else 0))
        assert hints._marks(word) == expected == hints._marks(word), word
