"""Round 32 (s32f): the places stage's per-event tests that need two places in a clause asked only where it names
them (`_place_pair` before `_breakdown`'s and `_first_pair`'s searches, `_two_listed` before `_listed_part`'s); an
actor's countries read once per actor of a document (`_actor_votes`). Each gate is pinned to the scan it spares."""

from __future__ import annotations

import itertools
import random
from collections import Counter

from warscribe.model import Document, Mention, Sentence
from warscribe.places import resolve
from warscribe.places.countries import WEIGHTS
from warscribe.places.normalize import key
from warscribe.places.recognize import PlaceMention
from warscribe.stages import places

_FEATURES = ("town", "village", "admin1", "admin2", "country", "unresolved", "region")


def _resolved(start: int, feature: str, secondary: bool = False, cue: str | None = None) -> resolve.Resolved:
    m = PlaceMention(start, start + 3, "Abc", True, cue=cue, secondary=secondary)
    return resolve.Resolved(m, "Abc", "Syria", "SY", None, None, 35.0, 36.0, 1, feature)


def _random_places(rng: random.Random) -> list[resolve.Resolved]:
    starts = rng.sample(range(40), rng.randrange(0, 6))  # in any order, as the scans read them
    return [_resolved(s, rng.choice(_FEATURES), rng.random() < 0.3) for s in starts]


def _paired(resolved: list[resolve.Resolved], start: int, end: int, main: bool) -> bool:
    """A place below the country, known (and, with `main`, no secondary mention), then a later place no country."""
    return any(start <= a.mention.start < end and a.feature not in ("country", "unresolved")
               and not (main and a.mention.secondary)
               and a.mention.start < b.mention.start < end and b.feature != "country"
               for a, b in itertools.product(resolved, repeat=2))


def test_a_place_pair_is_what_a_scan_of_every_two_places_finds() -> None:
    rng = random.Random(32)
    for _ in range(400):
        resolved = _random_places(rng)
        for start, end in ((0, 40), (5, 30), (10, 11), (20, 20), (39, 60)):
            for main in (True, False):
                assert places._place_pair(resolved, start, end, main) == _paired(resolved, start, end, main)


def test_no_place_pair_no_breakdown_nor_first_pair_whatever_the_words() -> None:
    text = "Strikes killed 54 on Aleppo on May 3, including 9 in Alsaliheen and 8 in Ansari on May 4."
    sent = Sentence(0, len(text), 0, 0)
    at = text.index
    # a place before the split and one in it: the split is read; the first alone (or a country after it): none
    town, part = _resolved(at("Aleppo"), "town"), _resolved(at("Alsaliheen"), "village")
    assert places._breakdown(text, [town, part], sent) == [(at("including"), len(text))]
    assert places._breakdown(text, [town], sent) == []
    assert places._breakdown(text, [town, _resolved(at("Alsaliheen"), "country")], sent) == []
    assert places._breakdown(text, [_resolved(at("Aleppo"), "town", secondary=True), part], sent) == []
    # a place before the first day and one after it: the first pair's place; the first alone: none
    assert places._first_pair(text, [town, part], sent, 0) == town
    assert places._first_pair(text, [town], sent, 0) is None


def test_two_listed_places_is_what_the_count_of_the_list_finds() -> None:
    rng = random.Random(320)
    for _ in range(300):
        resolved = _random_places(rng)
        for start, end in ((0, 40), (5, 30), (10, 11)):
            listed = [r for r in resolved if start <= r.mention.start < end and r.specific
                      and r.feature != "unresolved" and not r.mention.secondary]
            assert places._two_listed(resolved, start, end) == (len(listed) >= 2)


def _votes_one_by_one(doc: Document, ctx) -> Counter[str]:  # type: ignore[no-untyped-def]
    """`_actor_votes` as it read every mention before round 32."""
    votes: Counter[str] = Counter()
    for m in doc.mentions_of("actor"):
        if m.data.get("form") == "description":
            continue
        try:
            actor = ctx.actors.get(m.label) if m.label in ctx.actors else None
            countries = (actor.abroad_on(doc.published) or actor.countries()) if actor is not None else ()
        except (KeyError, AttributeError, TypeError):
            actor, countries = None, ()
        weight = WEIGHTS["police"] if getattr(actor, "role", None) == "police" else WEIGHTS["actor"]
        for country in countries:
            code = ctx.gazetteer.country_keys().get(key(country))
            if code:
                votes[code] += weight
    return votes


def test_the_actor_votes_read_once_per_actor_are_those_of_every_mention(ctx) -> None:  # type: ignore[no-untyped-def]
    labels = [a.id for a in itertools.islice(ctx.actors, 0, None, max(1, len(ctx.actors) // 60))]
    # (forces at war abroad on some days, police, and labels no actor of the base has)
    labels += [a.id for a in ctx.actors if a.wars_abroad][:8] + [a.id for a in ctx.actors if a.role == "police"][:8]
    labels += ["generic:civilians", "state:SY", "no such actor", ""]
    rng = random.Random(3201)
    for published in ("2017-04-07", "2012-01-01", None, "2017"):
        for _ in range(30):
            doc = Document("d", "x" * 50, published=published)
            doc.mentions = [Mention("actor", i, i + 1, "x", label=rng.choice(labels),
                                    data={"form": "description"} if rng.random() < 0.2 else {})
                            for i in range(rng.randrange(0, 12))]
            got = places._actor_votes(doc, ctx)
            assert got == _votes_one_by_one(doc, ctx)
            assert list(got) == list(_votes_one_by_one(doc, ctx))  # (the same order of countries)
