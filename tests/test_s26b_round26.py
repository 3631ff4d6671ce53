"""Round 26 (s26b): the places stage's cheaper country votes answer as before."""

from __future__ import annotations

from collections import Counter

from warscribe.places.countries import CountryHints
from warscribe.places.data import cues
from warscribe.stages.places import _ally_words_written


def test_ally_words_read_as_the_lower_case_text() -> None:
    """The kept lower-case form (or the text's own where none is kept) finds what `str.lower` finds."""
    for text in ("Damascus's ally Russia", "ALLIES Russia and Iran", "no such word here", "",
                 "\u0130stanbul's backers", "\u0130stanbul only"):
        assert _ally_words_written(text) == any(w in text.lower() for w in cues()["ally_before"])


def test_victims_passed_to_each_read() -> None:
    """`victims` reaches every read (no longer bound once): a demonym before a victim noun counts only with it."""
    text = "Two Russian medics were wounded."
    spans = [(0, len(text))]
    assert CountryHints().votes(text, spans) == Counter()
    assert CountryHints().votes(text, spans, victims=True) == Counter({"RU": 1})
    known: dict = {}
    assert CountryHints().votes(text, spans, known=known, victims=True) == Counter({"RU": 1})
