"""Round 28 (s28b): the places stage's cheaper scans find what the slower ones found."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from rapidfuzz import fuzz, process

from warscribe.knowledge.patterns import alternation, starts_with
from warscribe.places.countries import (
    _COMPASS,
    _COMPASS_ENDS,
    _LOCATIVE,
    _LOCATIVE_ENDS,
    _ORIGIN,
    _ORIGIN_ENDS,
    _direction_before,
    _direction_ends,
    _may_end,
    _status_before,
    _status_ends,
    final_word,
)
from warscribe.places.data import cues
from warscribe.places.gazetteer import Gazetteer, PlaceRecord
from warscribe.places.world import capitals
from warscribe.stages.places import _capitals_in


def _capital_run_before() -> re.Pattern[str]:
    """The pattern `_capitals_in` stands for: the capitals' alternation behind a word boundary (round 27's)."""
    words = sorted({name.strip() for name in capitals().values()})
    names = alternation(words)
    return re.compile(rf"\b(?=[A-Z]){starts_with(words)}({names})(?:\s+and\s+({names}))?\s+([a-z]+)\b")


def _found(hits: list[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(hit.span(), hit.groups()) for hit in hits]


def test_capitals_in_finds_what_the_alternation_behind_a_boundary_finds() -> None:
    before = _capital_run_before()
    names = sorted({name.strip() for name in capitals().values()})
    rng = random.Random(28)
    texts = ["Washington and Paris say forces loyal to Assad were behind it", "xParis said", "_Paris said",
             "éParis said", "3Paris said", "AmmanParis said", "McAmman and Paris said", "Abu Dhabi and Paris say x",
             "Abu  Dhabi said", "Basse-Terre said", "Bern and Berlin said", "Moscow defended its Damascus ally", ""]
    texts += [f"{a} said" for a in names] + [f"In {a} and {b} say" for a in names for b in rng.sample(names, 3)]
    texts += [f"{a}s said, {a}-x said" for a in names]
    pieces = [*names[:40], " said ", " and ", "x", "_", " ", "é", "-", "Ber", "lin", "Abu ", "warned"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(2000)]
    for text in texts:
        spans = [(0, len(text))] + [tuple(sorted((rng.randint(0, len(text)), rng.randint(0, len(text)))))
                                    for _ in range(3)]
        for start, end in spans:
            assert _found(_capitals_in(text, start, end)) == _found(list(before.finditer(text, start, end))), \
                (text, start, end)


def test_in_context_gates_skip_only_searches_that_find_nothing() -> None:
    """Each pattern `CountryHints._in_context` searches before a name is searched only where the word ending the 30
    characters before it (`final_word`) may end a match (`_may_end`): a search it skips finds nothing, in the
    stretch of 30 characters and in its last 12 or 20."""
    gated = [(_status_before(), _status_ends()), (_LOCATIVE, _LOCATIVE_ENDS), (_ORIGIN, _ORIGIN_ENDS),
             (_COMPASS, _COMPASS_ENDS), (_direction_before(), _direction_ends())]
    c = cues()
    phrases = [*c.get("status_before", ()), *c.get("directions", ()), "in", "at", "near", "from", "the",
               "neighbouring", "East", "WEST", "IN", "İn", "ın", "fröm", "x", "-", ",", "(", "2", "\n", "\u00a0", "K"]
    rng = random.Random(2828)
    texts = ["".join(rng.choice(phrases) + rng.choice(["", " ", "  ", "\n", "-", "\u00a0"])
                     for _ in range(rng.randint(1, 6))) for _ in range(6000)]
    for text in texts:
        text += "Syria"
        start = len(text) - 5
        for s in (0, rng.randint(0, start)):
            ending = final_word(text[max(s, start - 30):start])
            for pattern, words in gated:
                if _may_end(ending, words):
                    continue
                for width in (12, 20, 30):
                    assert pattern.search(text, max(s, start - width), start) is None, (text, s, width)
                    assert pattern.search(text[max(s, start - width):start]) is None, (text, s, width)


def test_fuzzy_window_finds_what_the_whole_list_finds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`process.extract` over a key length's window of a country's keys gives the keys and scores it gives over all
    of them, at the lookup's cut and at others; the window leaves out only keys of other lengths."""
    monkeypatch.setenv("WARSCRIBE_CACHE", str(tmp_path / "cache"))
    rng = random.Random(28)
    letters = "abdeiklmnorstuy "
    names = sorted({"".join(rng.choice(letters) for _ in range(rng.randint(3, 24))).strip() or "x"
                    for _ in range(3000)})
    gaz = Gazetteer(tmp_path / "g.sqlite", create=True)
    gaz.add([PlaceRecord(n.title(), 30.0, 30.0, country=rng.choice(["SY", "IQ"])) for n in names], "test")
    for country in ("SY", None):
        keys = gaz._fuzzy_choices(country)
        queries = rng.sample(keys, 200) + ["".join(rng.choice(letters) for _ in range(rng.randint(5, 25))).strip()
                                           for _ in range(300)]
        for q in queries:
            for q2 in (q, q[1:], q + "a", q[:len(q) // 2] + "e" + q[len(q) // 2 + 1:]):
                for cut in (92.0, 85.0, 70.0):
                    window = gaz._fuzzy_window(country, len(q2), cut)
                    assert set(window) <= set(keys)
                    whole = process.extract(q2, keys, scorer=fuzz.ratio, score_cutoff=cut, limit=5)
                    part = process.extract(q2, window, scorer=fuzz.ratio, score_cutoff=cut, limit=5)
                    assert [(c, s) for c, s, _ in part] == [(c, s) for c, s, _ in whole], (q2, cut)
        assert len(gaz._fuzzy_window(country, 10, 92.0)) < len(keys) // 2  # (most keys left out)
