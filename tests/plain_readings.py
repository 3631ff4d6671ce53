"""The plain readings that the speed rounds' shortcuts are checked against: each pattern searched on its own, each
character tested in turn (slow, and obviously what the code means)."""

from __future__ import annotations

from warscribe import timex
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


def masked_by_character(text: str) -> str:
    """`counts._masked`: the digits of every date, of every match of `not_counts` and of every bare year masked, each
    pattern searched on its own and each character tested in turn."""
    spans = [(d.start, d.end) for d in timex.find_dates(text)]
    spans += [m.span() for pattern in counts._rules().not_counts for m in pattern.finditer(text)]
    spans += [m.span() for m in counts._BARE_YEAR.finditer(text)]
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i].isdigit():
                chars[i] = counts._MASK
    return "".join(chars)
