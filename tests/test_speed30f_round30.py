"""Round 30 (s30f, issue 14): the sentence splitter's glued openers searched only where one is written; the
near-duplicate signature hashed from the shingles in text order (repeats and all) and its band rows stored by one
statement; the linker's reach of days counted as ordinals; the related-story boxes' credits matched at the sentences'
starts found from their stops."""

from __future__ import annotations

import random
from datetime import date, timedelta

import numpy as np

from plain_readings import assert_credit_openings_as_searched
from warscribe import linking
from warscribe.cleaning import dedup
from warscribe.model import Document
from warscribe.stages import segment
from warscribe.timex import MONTH_DAYS

_OPENER_TEXTS = [
    "Rebels advance in western province after regime forces retreated Elsewhere Syrian troops shelled Deraa.",
    "A committee met in Aleppo Meanwhile a convoy left. Elsewhere, fighting went on. In the same context the UN",
    "Meanwhile nothing is glued here. The army said In a separate incident two died",
    "No opener in this text at all. Another sentence follows it.",
    "elsewhere meanwhile (lower case: no opener)",
    "",
]


def test_any_opener_is_found_wherever_a_glued_opener_is() -> None:
    for text in _OPENER_TEXTS:
        for start in range(len(text) + 1):
            if segment._glued_openers().search(text, start) is not None:
                assert segment._any_opener().search(text, start) is not None, (text, start)


def test_glued_openers_still_cut_their_sentences() -> None:
    text = _OPENER_TEXTS[0]
    spans = segment.split_sentences(text, 0, len(text))
    assert [text[s:e] for s, e in spans] == [
        "Rebels advance in western province after regime forces retreated", "Elsewhere Syrian troops shelled Deraa."]


_DEDUP_TEXTS = [
    "Gunmen killed two soldiers at a checkpoint near Maiduguri on Monday, the army said. Gunmen killed two soldiers.",
    "one two three one two three one two three",
    "Ünïcode wörds here and there, ünïcode wörds here again",
    "one two three four", "one two three", "one two", "",
]


def test_shingle_run_holds_the_shingles() -> None:
    for text in _DEDUP_TEXTS:
        assert set(dedup.shingle_run(text)) == dedup.shingles(text), text


def test_hash_values_are_datasketchs() -> None:
    for text in _DEDUP_TEXTS:
        mine, theirs = dedup._hash_values(text), dedup.signature(text)
        assert (mine is None) == (theirs is None), text
        if mine is not None and theirs is not None:
            assert np.array_equal(mine, theirs.hashvalues), text


def test_band_rows_stored_as_executemany_stores_them() -> None:
    index = dedup.NearDuplicateIndex(0.8)
    docs = [Document(id=f"d{i}", text=f"{_DEDUP_TEXTS[0]} report number {i} of {i * 7}", published="2020-01-02")
            for i in range(3)]
    for doc in docs:
        index.place(doc)
    len(index)  # (the first document indexed too)
    rows = index._db.execute("SELECT band, key, doc FROM band ORDER BY rowid").fetchall()
    expected = []
    for doc in docs:
        hashes = dedup._hashes(doc.text, None)
        assert hashes is not None
        expected += [(b, k, doc.id) for b, k in dedup.band_keys(hashes, index.bands, index.rows)]
    assert rows == expected
    index.close()


def _days_reached_by_dates(start: date, end: date, window: int, lag: int) -> tuple[str, ...]:
    """`linking._days_reached` as it was written with dates (round 29)."""
    lo, hi = start - timedelta(days=window), end + timedelta(days=window)
    first, last = lo - timedelta(days=6), hi + timedelta(days=lag)
    out = {first + timedelta(days=n) for n in range((last - first).days + 1)}
    month = lo.replace(day=1)
    while month <= hi:
        out.update(v for v in (month.replace(day=d) for d in MONTH_DAYS) if v <= hi)
        month = linking._month_end(month) + timedelta(days=1)
    return tuple(sorted(v.isoformat() for v in out))


def test_days_reached_as_counted_by_dates() -> None:
    rng = random.Random(30)
    cases = [(date(2020, 2, 27), date(2020, 3, 2), 2, 2), (date(2019, 12, 25), date(2020, 1, 31), 3, 2),
             (date(1999, 12, 31), date(1999, 12, 31), 1, 1)]
    for _ in range(300):
        start = date(2010, 1, 1) + timedelta(days=rng.randint(0, 5000))
        cases.append((start, start + timedelta(days=rng.choice([0, 1, 6, 27, 30])), rng.randint(0, 7),
                      rng.randint(0, 3)))
    for case in cases:
        assert linking._days_reached.__wrapped__(*case) == _days_reached_by_dates(*case), case


_PROMO_TEXTS = [
    "Reuters photo. AP Photo said. \"AFP\u00a0x. ' Sputnik\tgo! ’ EPA  ok?  Getty  Images x.\n\nflickr ",
    "in Idlib. REUTERS Omar Haj Turkish Army Seizes Insurgent at Border Syrian forces managed to advance.",
    "AP", "AP ", ". AP x", "x. AP", ".\u2003Reuters x", "x.\" AFP Photo y", "x.  reuters y", "x.. AP y", "",
    "Sputnik Sputnik. Sputnik?Sputnik! ria   novosti (x).\tanadolu\n",
]


def test_credit_openings_as_the_pattern_finds_them() -> None:
    assert_credit_openings_as_searched(_PROMO_TEXTS)
