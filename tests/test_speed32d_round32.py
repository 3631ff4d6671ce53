"""Round 32 (s32d), speed work in the recognize stage (issue 14): the anaphor pattern tried only at an opening whose
word begins a match and, after a demonstrative, whose next word begins as one the pattern reads there; the overlapping
lexicon matches ordered by one int key each (no tuple made or compared per match); `lacks_words` a plain loop. Each
answers as the old way did."""

from __future__ import annotations

import random
import re

from warscribe.knowledge.lexicon import Match, TriggerEntry, _by_span, _longest_per_kind, _order_keys
from warscribe.knowledge.patterns import lacks_words
from warscribe.stages.recognize import (
    _ANAPHOR,
    _ANAPHOR_DESCRIBERS,
    _ANAPHOR_HEADS,
    _ANAPHOR_OPENINGS,
    _ANAPHOR_PREVIOUS,
    _anaphor_matches,
    _first_two,
    _may_open_anaphor,
)

_AFTER = [p.replace("organi[sz]ation", "organisation").replace("fr?actions", "fractions") for p in
          (*_ANAPHOR_DESCRIBERS, *_ANAPHOR_HEADS, *_ANAPHOR_PREVIOUS) if "(" not in p] + [
    "opposition", "organization", "factions", "groups", "gr", "grou", "Group", "city", "previous", "one", "attack",
    "week", "al-Qaeda", "twofold", "armed", "were", "attacked", "quickly", "x", "", "ha", "la"]
_OPENERS = ["the", "The", "this", "This", "that", "these", "These", "both", "Both", "they", "They", "it", "It",
            "their", "there", "them", "then", "its", "Its", "bother", "thes", "thi", "he", "Thhe", "bot"]
_GAPS = [" ", "  ", "", ", ", ".", "\n", "-", "\u00a0", "\u2003", "\t", " \n ", "\u2019"]


def _texts(count: int, seed: int) -> list[str]:
    """Texts of openers and the words the pattern reads after them (and others), with gaps of white space or not."""
    rng = random.Random(seed)
    pieces = _OPENERS + _AFTER
    return ["".join(rng.choice(pieces) + rng.choice(_GAPS) for _ in range(rng.randint(1, 14))) for _ in range(count)]


def test_the_first_two_letters_of_each_word_read_after_a_demonstrative_are_as_written() -> None:
    for pattern in (*_ANAPHOR_DESCRIBERS, *_ANAPHOR_HEADS, *_ANAPHOR_PREVIOUS):
        # (two literal characters, or a second made optional and a literal after it)
        assert re.fullmatch(r"[A-Za-z-]{2}(?:\?[A-Za-z-]|[A-Za-z-]{0,2})", pattern[:4]), pattern
    assert _first_two("fr?actions") == {"fr", "fa"} and _first_two("group") == {"gr"}


def test_no_anaphor_matches_where_its_opening_is_left_untried() -> None:
    for text in _texts(4000, 32):
        for opening in _ANAPHOR_OPENINGS:
            at = text.find(opening)
            while at >= 0:
                for end in (len(text), min(len(text), at + 4), min(len(text), at + 9)):
                    if _ANAPHOR.match(text, at, end) is not None:
                        assert _may_open_anaphor(text, at, end), (text, at, end)
                at = text.find(opening, at + 1)


def test_the_anaphor_matches_behind_the_opening_test_are_finditers() -> None:
    for text in _texts(3000, 7):
        size = len(text)
        for start, end in [(0, size), (1, size), (0, max(0, size - 3))]:
            found = [(m.span(), m.groupdict()) for m in _anaphor_matches(text, start, end)]
            assert found == [(m.span(), m.groupdict()) for m in _ANAPHOR.finditer(text, start, end)], (text, start, end)


def _entry(rng: random.Random) -> object:
    return rng.choice([None, TriggerEntry("attack", "p", noun=True), TriggerEntry("attack", "p", noun=False)])


def _matches(rng: random.Random) -> list[Match]:
    out = []
    for n in range(rng.randint(0, 14)):
        start = rng.randint(0, 12)
        out.append(Match(rng.choice(["trigger", "cue", "means"]), f"l{n}", start, start + rng.randint(1, 4),
                         _entry(rng)))
    return out


def test_the_int_keys_order_the_matches_as_their_tuples_do() -> None:
    rng = random.Random(32)
    for _ in range(500):
        matches = _matches(rng)
        by_tuple = sorted(range(len(matches)), key=lambda i: (matches[i].start - matches[i].end, matches[i].start,
                                                              not getattr(matches[i].entry, "noun", False)))
        assert [key % len(matches) for key in _order_keys(matches)] == by_tuple
        spans = sorted(matches, key=lambda m: (m.start, m.end))
        assert [id(m) for m in _by_span(matches)] == [id(m) for m in spans]


def test_the_longest_per_kind_keeps_what_the_tuple_sort_kept() -> None:
    def plain(matches: list[Match]) -> list[Match]:
        kept: list[Match] = []
        held: dict[str, set[int]] = {}
        order = sorted(matches, key=lambda m: (m.start - m.end, m.start, not getattr(m.entry, "noun", False)))
        for m in order:
            taken = held.setdefault(m.kind, set())
            if taken.isdisjoint(range(m.start, m.end)):
                kept.append(m)
                taken.update(range(m.start, m.end))
        return sorted(kept, key=lambda m: (m.start, m.end))

    rng = random.Random(3)
    for _ in range(500):
        matches = _matches(rng)
        assert [id(m) for m in _longest_per_kind(matches)] == [id(m) for m in plain(matches)]


def test_lacks_words_reads_any_iterable_of_words() -> None:
    text = "The Airstrikes hit a \u212aLAIM depot" + " x" * 200
    for words in [("airstrike",), ["depot", "zzz"], iter(["zzz", "hit a"]), {"zzz"}, (), ("klaim",)]:
        listed = list(words) if not isinstance(words, (tuple, list, set)) else words
        low = text.lower() if "\u212a" not in text else None
        expected = low is not None and not any(w in low for w in listed)
        assert lacks_words(text, listed) == expected
    assert lacks_words("short text", ("zzz", "qq")) and not lacks_words("short text", ("zzz", "text"))
