"""Round 31 (s31g, issue 14): the cleaning's word reading, band keys and credit openings give the answers of the
slower ways they replace."""

from __future__ import annotations

import hashlib
import itertools

import numpy as np

from plain_readings import assert_credit_openings_as_searched
from warscribe.cleaning import dedup, lines

_WORD_TEXTS = [
    "", "   ", "the army's shelling", "rock''n'roll", "'quoted' words'", "don't'", "''", "a'b'c d''e f'''g",
    "it’s the army’s", "x1y2_z under_score 42nd", "caf\u00e9 au lait", "tab\tnew\nline\x1cgroup\x0bvt",
    "O'Brien SAID 'hello'", "Sputnik's 'AP' reporters' notes", "'' a '' b'", "ends'", "'",
]


def test_words_are_the_word_patterns() -> None:
    for text in _WORD_TEXTS:
        for lowered in (text, text.lower()):
            assert lines._words(lowered) == lines._WORD.findall(lowered), lowered
    letters = "ab'_ 1.\n"
    for size in range(7):
        for chars in itertools.product(letters, repeat=size):
            text = "".join(chars)
            assert lines._words(text) == lines._WORD.findall(text), text


def test_band_keys_are_each_bands_blake2b() -> None:
    rng = np.random.default_rng(31)
    for bands, rows in ((32, 8), (21, 12), (1, 256), (5, 3)):
        hashes = rng.integers(0, 2**32, size=256, dtype=np.uint32)
        assert dedup.band_keys(hashes, bands, rows) == [
            (b, int.from_bytes(hashlib.blake2b(hashes[b * rows:(b + 1) * rows].tobytes(), digest_size=8).digest(),
                               "big", signed=True)) for b in range(bands)]


_STOP_TEXTS = [
    "Five died. The army said. AP Photo x. \u201cReuters y.\" AFP  z", "Hit.\u2019 Sputnik x.' epa y! ' Getty Images z",
    "no. stop? here! at. all.", "x.\u00a0afp y.\n\nREUTERS z. \" AP. AP", "a.'\tAnadolu b.. Flickr c?  AP d",
]


def test_credit_openings_from_the_stops_a_credit_follows() -> None:
    assert_credit_openings_as_searched(_STOP_TEXTS)
