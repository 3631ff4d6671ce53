"""Round 33 (s33a): the name runs of an ASCII text found whole, each by one match that skips the text up to a capital
opening a word (`_CAPITAL_RUNS`), not word by word; a run of one word kept or dropped as `_trim` would. Each reading
gives the runs that the word-by-word reading gives."""

from __future__ import annotations

import random

import pytest

from warscribe.places import recognize

# pieces of text around the edges of a run: capitals and inner words in both cases, articles before a dash, words
# inside words ("iPhone", "x'Al"), every join and what is no join, stop words, days, a non-ASCII letter
_PIECES = ["Al", "al", "el", "El", "of", "Of", "wa", "bin", "Ras", "The", "the", "he", "x", "Ab", "aL", "iPhone", "McD",
           " ", "  ", "-", "‐", "–", " - ", "'", "`", "'s", "\n", "\u00a0", ".", ",", "5", "_", "Monday", "an", "At",
           "at", "umm", "Umm", "L", "l", "Bab", "X'Y", "o'Neil", "O'Neil", "x''Y", "a", "ul", "Il", "May", "aN", "é"]


def _texts(seed: int, count: int) -> list[tuple[str, int, int]]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 16)))
        start = rng.randint(0, len(text))
        out.append((text, start, rng.randint(start, len(text))))
    return out


@pytest.mark.parametrize("seed", range(4))
def test_name_runs_read_as_word_by_word(seed: int) -> None:
    for text, start, end in _texts(seed, 5000):
        assert recognize.name_runs(text, start, end) == recognize._word_name_runs(text, start, end), (text, start, end)


_SENTENCES = [
    "Clashes in Ras al-Ain and the al-Bab countryside, near Jisr ash-Shughur; the Governor of Homs said.",
    "Photo: AFP Omar Haj Kadour. On Monday the village of Umm al-Miyazen - Daraa - was shelled by the SAA.",
    "x'al-Bab, el-Hawa, (Bab el-Hawa) AL-RAQQA iPhone McDonald's O'Neil's Tal  Abyad Deir ez-Zor\nDamascus",
    "Idlib -Maarat al-Numan- of the Abu al-Duhur -\nKafr Nabl wa Hass of", "al-", "al-B", "The", "", "  A",
]


@pytest.mark.parametrize("text", _SENTENCES)
def test_name_runs_of_every_span_read_as_word_by_word(text: str) -> None:
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert recognize.name_runs(text, start, end) == recognize._word_name_runs(text, start, end), (start, end)


def test_a_run_of_one_word_is_kept_as_trim_keeps_it() -> None:
    words = ["The", "He", "Monday", "May", "Of", "Al", "Aleppo", "Wa", "Umm", "It", "Homs", "An", "L", "Idlib"]
    for word in words:
        text = f"said {word} today"
        kept = recognize._trim([recognize._Tok(5, 5 + len(word), word)])
        assert recognize._ascii_name_runs(text, 0, len(text)) == ([kept] if kept else []), word


def test_the_run_joins_are_the_joins() -> None:
    # (`_ASCII_JOIN` reads the strings of `_JOINS`, and no other gap of the characters they are made of)
    import itertools
    import re

    join = re.compile(recognize._ASCII_JOIN)
    chars = " \u00a0-‐–\n"
    for n in range(5):
        for gap in map("".join, itertools.product(chars, repeat=n)):
            assert (join.fullmatch(gap) is not None) == (gap in recognize._JOINS), repr(gap)


def _windows(phrases: list[str]) -> list[str]:
    """Text before a name around each phrase: after letters, spacing or punctuation, in both cases, then spacing or
    "the" or none."""
    out = []
    for phrase in phrases:
        for head in ("", "x", "the ", "(", "said-", " ", "\n", "Xx "):
            for said in (phrase, phrase.upper(), phrase.title()):
                for tail in (" ", "  the ", "\u00a0", "", " The\n", "s ", " x ", "\t"):
                    out.append(head + said + tail)
    return out


@pytest.mark.parametrize("name", ["outlet_before", "office_before", "around_before"])
def test_the_look_ahead_on_the_first_words_changes_no_match(name: str) -> None:
    import re

    from warscribe.places.data import cues

    phrases = list(cues().get(name, ()))
    plain = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in sorted(phrases, key=len, reverse=True))})"
                       rf"\s+(?:the\s+)?$", re.I)
    pattern = recognize._cue_patterns()[name]
    for window in _windows(phrases) + _windows(["near", "around the", "mayor of"]):
        found, expected = pattern.search(window), plain.search(window)
        assert (found and found.span()) == (expected and expected.span()), window


def _befores() -> list[str]:
    """Text before a name: the phrases of the patterns searched back from a name, in every order, after other words."""
    from warscribe.places.data import cues

    c = cues()
    words = [*c["settlement"], *c["directions"], *c["region"], *c["near"], *recognize._PREPS, "the", "a", "an", "of",
             "of the", "said", "(the", "x", "village-of", "THE", "Of"]
    rng = random.Random(33)
    out = []
    for _ in range(6000):
        said = [rng.choice(words) for _ in range(rng.randint(1, 7))]
        out.append(rng.choice(["", " ", "\n", "x"]) + rng.choice([" ", "  ", "\n", "\u00a0", "\t"]).join(said)
                   + rng.choice([" ", "", "  ", " \n", "\u00a0"]))
    return out


@pytest.mark.parametrize("name", ["settle_before", "region_before", "prep"])
def test_a_search_from_the_last_words_finds_what_a_whole_search_finds(name: str) -> None:
    pattern = recognize._cue_patterns()[name]
    reach = recognize._words_before()[name]
    found = 0
    for before in _befores():
        whole = pattern.search(before)
        tail = pattern.search(before, recognize._last_words_from(before, reach))
        assert (whole and (whole.span(), whole.groupdict())) == (tail and (tail.span(), tail.groupdict())), before
        found += whole is not None
    assert found > 20  # (the texts hold matches)


def test_the_last_words_start_where_they_start() -> None:
    for before, words, start in [("in the village of ", 4, 0), ("said in the village of ", 4, 4),
                                 ("x  in the\nvillage of the ", 4, 5), ("a b", 4, 0), ("", 3, 0), ("a b c d ", 3, 1)]:
        assert recognize._last_words_from(before, words) == start, before
