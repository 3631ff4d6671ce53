"""Round 33 (s33f): the document's main governorate counted into a plain dict and read by `_first_most` (what
`Counter.most_common(1)` names); the one-point test of a name's readings (`_one_point`) rounding only readings
that lie elsewhere than the first. Each is pinned to the slow way it replaces."""

from __future__ import annotations

import math
import random
from collections import Counter

from warscribe.model import Document
from warscribe.pipeline import Pipeline
from warscribe.places import resolve
from warscribe.places.gazetteer import Place
from warscribe.stages import merge


def test_first_most_is_what_most_common_names() -> None:
    rng = random.Random(33)
    assert resolve._first_most({}) is None
    for _ in range(500):
        votes: Counter[str] = Counter()
        for _ in range(rng.randrange(1, 9)):
            votes[rng.choice("abcdef")] += rng.choice((1, 2, 3, 6))  # ties are common: the first counted wins
        assert resolve._first_most(dict(votes)) == votes.most_common(1)[0][0]


def _place(lat: float, lon: float) -> Place:
    return Place(1, "X", "SY", None, None, lat, lon, "town", 0, "test")


def _one_point_by_set(cands: list[Place]) -> bool:
    """The test as written before round 33: one rounded point in the set of all the readings' rounded points."""
    return len({(round(p.lat, 2), round(p.lon, 2)) for p in cands}) == 1


def test_one_point_is_what_the_set_of_rounded_points_finds() -> None:
    rng = random.Random(330)
    near = (35.0, 35.001, 35.004, 35.005, 35.0049, 35.006, 35.01, -0.001, 0.0, -0.0, 36.5, math.nan)
    for _ in range(3000):
        cands = [_place(rng.choice(near), rng.choice(near)) for _ in range(rng.randrange(1, 5))]
        assert resolve._one_point(cands) == _one_point_by_set(cands), [(p.lat, p.lon) for p in cands]
    same = _place(35.1234, 36.5678)
    assert resolve._one_point([same, _place(35.1234, 36.5678), same])


def test_blame_read_once_per_mention_finds_what_each_event_read(pipeline: Pipeline) -> None:
    text = ("A roadside bomb killed three soldiers near Mandera on Monday. Another blast hit a bus in Wajir, killing "
            "two. The devices were likely planted by Al Shabaab, police said. Al Shabaab is believed to be "
            "responsible for the attack in Garissa.")
    doc = Document.from_input({"id": "t", "text": text, "published": "2016-05-10"})
    pipeline.run(doc)
    drafts = [ev.draft for ev in doc.events if ev.draft is not None]
    assert drafts
    blamed: tuple[dict[int, bool], dict[int, bool]] = ({}, {})
    for d in drafts + drafts:  # (the second time round, every read is one kept)
        once = merge._blamed_group(doc, d, pipeline.context, blamed)
        assert once == merge._blamed_group(doc, d, pipeline.context)
    assert any(blamed[0].values()) or any(blamed[1].values())  # (the blame is read, and kept)
