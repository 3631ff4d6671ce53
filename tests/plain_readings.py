"""The plain readings that the speed rounds' shortcuts are checked against: each pattern searched on its own, each
character tested in turn (slow, and obviously what the code means); and the random texts they are checked on."""

from __future__ import annotations

import random
import re

from warscribe import timex
from warscribe.cleaning import promos
from warscribe.knowledge import counts


def every_pattern_searched(text: str) -> tuple[timex.DateMention, ...]:
    """`timex._chunk_dates`: every date pattern searched from the text's start, the longest kept among overlapping
    dates, then the pairs merged."""
    everything = []
    for kind, pattern in timex._patterns():
        everything += [d for m in pattern.finditer(text) if (d := timex._build(kind, m, 0)) is not None]
    everything.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[timex.DateMention] = []
    for d in everything:
        if not kept or d.start >= kept[-1].end:
            kept.append(d)
    return tuple(timex._merge_pairs(text, kept))


def masked_by_character(text: str, bare_year: re.Pattern[str] = counts._BARE_YEAR) -> str:
    """`counts._masked`: the digits of every date, of every match of `not_counts` and of every bare year (`bare_year`)
    masked, each pattern searched on its own and each character tested in turn."""
    spans = [(d.start, d.end) for d in timex.find_dates(text)]
    spans += [m.span() for pattern in counts._rules().not_counts for m in pattern.finditer(text)]
    spans += [m.span() for m in bare_year.finditer(text)]
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i].isdigit():
                chars[i] = counts._MASK
    return "".join(chars)


def assert_credit_openings_as_searched(texts: list[str]) -> None:
    """`promos._openings` finds the credits a search of `opens` over text[start:end] finds, at every start and end of
    each text."""
    rules = promos._promos()
    for text in texts:
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                want = [(m.span(), m.group(0)) for m in rules.opens.finditer(text, start, end)]
                got = [(m.span(), m.group(0)) for m in promos._openings(text, start, end, rules)]
                assert got == want, (text, start, end)


def word_texts(tokens: list[str], separators: list[str], count: int, seed: int) -> list[str]:
    """`count` texts of 1-20 of the tokens, some in upper or title case, each followed by one of the separators."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        words = [rng.choice(tokens) for _ in range(rng.randint(1, 20))]
        words = [w.upper() if rng.random() < 0.15 else w.title() if rng.random() < 0.15 else w for w in words]
        seps = [rng.choice(separators) for _ in words]
        texts.append("".join(w + s for w, s in zip(words, seps, strict=True)))
    return texts
