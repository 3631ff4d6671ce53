"""Cuts a document's text into segments for display: which evidence spans and kept ranges cover each piece."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from warscribe.model import Evidence


@dataclass
class Segment:
    """A piece of the text, the event fields whose evidence covers it, the evidence numbers, and whether the
    cleaner kept it (False: boilerplate, comments and other removed lines)."""

    text: str
    kept: bool
    fields: list[str] = field(default_factory=list)
    marks: list[int] = field(default_factory=list)
    anchors: list[int] = field(default_factory=list)  # the evidence spans that start in this piece

    @property
    def field_names(self) -> str:
        return " ".join(self.fields)


def _covers(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def segments(text: str, kept: Sequence[tuple[int, int]], spans: Iterable[Evidence] = ()) -> list[Segment]:
    """The text cut at every boundary of a kept range or an evidence span; spans outside the text are ignored.

    With no kept ranges at all (an unprocessed document) the whole text counts as kept.
    """
    size = len(text)
    marks = [(i, e) for i, e in enumerate(spans) if 0 <= e.start < e.end <= size]
    kept_ranges = [(max(0, s), min(size, e)) for s, e in kept if s < e] or [(0, size)]
    cuts = {0, size}
    for s, e in kept_ranges:
        cuts.update((s, e))
    for _, e in marks:
        cuts.update((e.start, e.end))
    points = sorted(cuts)
    out: list[Segment] = []
    for start, end in pairwise(points):
        covering = [(i, e) for i, e in marks if e.start <= start and end <= e.end]
        seg = Segment(text[start:end], _covers(kept_ranges, start, end),
                      sorted({e.field for _, e in covering}), [i for i, _ in covering],
                      [i for i, e in covering if e.start == start])
        prev = out[-1] if out else None
        if prev and not seg.anchors and (prev.kept, prev.fields, prev.marks) == (seg.kept, seg.fields, seg.marks):
            prev.text += seg.text  # adjoining pieces that look the same are shown as one
        else:
            out.append(seg)
    return out


def removed_share(text: str, kept: Sequence[tuple[int, int]]) -> float:
    """The share of the text the cleaner removed (0 when it kept everything or recorded nothing)."""
    if not text or not kept:
        return 0.0
    return 1 - sum(max(0, min(e, len(text)) - max(s, 0)) for s, e in kept) / len(text)
