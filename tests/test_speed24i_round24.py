"""Round 24 fixes by speed24i, speed work (issue 14): merge's retellings read what a kept event's own sentence tells
once per kept event (and ask nothing of a report told as another event or placed beside another place), the merge
asks no fitting of a report told as another event, and the premises pattern tries its noun once for its three
branches."""

from __future__ import annotations

import json
import re

import pytest

from conftest import SHARED
from warscribe.config import Config
from warscribe.knowledge import roles
from warscribe.knowledge.patterns import alternation
from warscribe.model import Document, Mention
from warscribe.pipeline import Pipeline
from warscribe.stages import merge, retell

FAKES = SHARED / "eval" / "articles" / "fakes_syria_dev.jsonl"

# -- roles.owns_premises: one alternation after the premises noun


def _three_branch_before() -> re.Pattern[str]:
    """The 'before' pattern of `roles._premises` as it was written before: three branches, each on the noun."""
    data = roles._data()
    led = roles._led(data.get("premises") or [])
    word = r"(?!(?:by|from|in|on|at|with|near|after|during|as|and|or)\b)\S+\s+"
    member = r"(?:(?:(?:the|an?|one)\s+)?members?\s+of\s+)?"
    users = alternation(data.get("premises_users") or ["of"])
    uses = alternation(data.get("premises_uses") or [])
    return re.compile(rf"{led}\s+of\s+{member}(?:(?:the|an?)\s+)?(?:{word}){{0,2}}$|"
                      rf"{led}\s+of\s+(?:{word}){{1,5}}(?:which|that)\s+belongs?\s+to\s+(?:the\s+)?$|"
                      rf"{led}\s+(?:(?:which|that)\s+(?:is|was|are|were)\s+)?(?:{users})\s+(?:the\s+)?$|"
                      rf"\b(?:{uses})\s+(?:the\s+)?$", re.I)


_PREMISES_TEXTS = [
    "A blast hit near the headquarters of the Islamic State group in Raqqa on Monday.",
    "Strikes destroyed the offices of a unit which belongs to the Free Syrian Army.",
    "Shells fell on a building used by the YPG and a school that was occupied by the rebels.",
    "The wedding of a member of Jaish al-Islam was struck; the base of one members of Nusra too.",
    "a school being used as a base by the militants was bombed",
    "HEADQUARTERS OF THE ARMY, positions of IS fighters in the town, the office of by the way",
    "the headquarters of by Russian drones and buildings of a university by Russian jets",
    "",
]


def test_the_premises_pattern_merged_on_its_noun_finds_what_its_three_branches_found_at_any_offset() -> None:
    before, _ = roles._premises()
    old = _three_branch_before()
    for text in _PREMISES_TEXTS:
        for start in range(len(text) + 1):
            lo = max(0, start - 60)
            assert (before.search(text, lo, start) is None) == (old.search(text, lo, start) is None), (text, start)
    text = _PREMISES_TEXTS[0]
    assert roles.owns_premises(text, text.index("Islamic"), text.index(" in Raqqa"))
    assert not roles.owns_premises(text, 0, 1)


# -- merge: retellings


def _plain_named_places(doc: Document, c: merge._Cluster) -> frozenset[str]:
    """`merge._named_places` as it read before (the gap between the places asked again for each event word)."""
    d = c.event.draft
    if d is None:
        return frozenset()
    a, b = d.sentence.start, d.sentence.end
    at = next((e for e in c.event.evidence if e.field == "location" and a <= e.start < b), None)
    if at is None:
        return frozenset()
    words = [m.start for m in doc.mentions_of("trigger") if a <= m.start < b]

    def gap(m: Mention) -> tuple[int, int]:
        return (m.end, at.start) if m.start < at.start else (at.end, m.start)

    return frozenset(m.label for m in doc.mentions_of("place") if m.label and a <= m.start < b
                     and not any(gap(m)[0] <= w < gap(m)[1] for w in words)
                     and retell.listed_together(doc.text[slice(*gap(m))]))


def _fakes(limit: int) -> list[dict]:
    if not FAKES.exists():
        pytest.skip("../shared is absent")
    rows, seen = [], set()
    with FAKES.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row["id"] not in seen:
                seen.add(row["id"])
                rows.append(row)
            if len(rows) >= limit:
                break
    return rows


def _events(rows: list[dict]) -> list[str]:
    pipeline = Pipeline(Config(detect_near_duplicates=False))
    out = []
    for row in rows:
        doc = pipeline.run(Document.from_input(row))
        out += [json.dumps(ev.to_dict(), sort_keys=True, default=str) for ev in doc.events]
    return out


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return _fakes(120)


def test_the_retellings_read_a_kept_events_places_and_day_once_and_fold_as_without_the_memo(
        rows: list[dict], monkeypatch: pytest.MonkeyPatch) -> None:
    asked: dict[int, int] = {}
    folds: dict[int, int] = {}
    alive: list[merge._Cluster] = []  # (held, so that no id is another cluster's in a later document)
    named_places, fill_from = merge._named_places, merge._fill_from

    def counted_named(doc: Document, c: merge._Cluster) -> frozenset[str]:
        alive.append(c)
        asked[id(c)] = asked.get(id(c), 0) + 1
        found = named_places(doc, c)
        assert found == _plain_named_places(doc, c)
        return found

    def counted_fill(into: merge._Cluster, other: merge._Cluster) -> None:
        alive.append(into)
        folds[id(into)] = folds.get(id(into), 0) + 1
        fill_from(into, other)

    monkeypatch.setattr(merge, "_named_places", counted_named)
    monkeypatch.setattr(merge, "_fill_from", counted_fill)
    memo = _events(rows)
    assert asked and folds  # the sample exercises both
    # (a kept event is read again only after a retelling folded into it changed it)
    assert all(n <= 1 + folds.get(key, 0) for key, n in asked.items())
    assert sum(asked.values()) < 2 * len(asked)  # most kept events compared more than once were read once

    told_before = merge._told_before
    monkeypatch.setattr(merge, "_told_before",
                        lambda doc, c, kept, named, dated: told_before(doc, c, kept, {}, {}))
    assert _events(rows) == memo


def test_a_report_told_as_another_event_is_no_retelling_and_has_no_target(rows: list[dict],
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[merge._Cluster] = []
    told_before, best_target = merge._told_before, merge._best_target

    def watched(doc, c, kept, named, dated):
        asked.append(c)
        return told_before(doc, c, kept, named, dated)

    def watched_best(clusters, c):
        target = best_target(clusters, c)
        assert target is None or not c.another
        return target

    monkeypatch.setattr(merge, "_told_before", watched)
    monkeypatch.setattr(merge, "_best_target", watched_best)
    _events(rows)
    assert asked and not any(c.another for c in asked)


def test_the_pair_tests_on_whole_tolls_take_each_events_tolls_read_once() -> None:
    from warscribe.model import Event

    def cluster(deaths: list[tuple[int, bool, bool, str]], dated: bool = True, sub: str = "Air/drone strike"
                ) -> merge._Cluster:
        c = merge._Cluster(Event(doc_id="t", event_type="Explosions/Remote violence", sub_event_type=sub), 0,
                           True, dated)
        c.deaths = deaths
        return c

    one = cluster([(1, False, False, "")], sub="Attack")
    many = cluster([(23, False, False, ""), (5, False, False, "part"), (9, True, False, "")])
    risen = cluster([(30, False, False, "risen")])
    same = cluster([(23, False, False, "floor")])
    assert merge._whole_tolls(many) == {23} and merge._whole_tolls(cluster([])) == set()
    x, y, z = merge._whole_tolls(one), merge._whole_tolls(many), merge._whole_tolls(same)
    assert merge._larger_toll_of_its_own(one, many, x, y)
    assert not merge._larger_toll_of_its_own(one, risen, x, merge._whole_tolls(risen))
    assert not merge._larger_toll_of_its_own(many, one, y, x)
    assert merge._same_toll(y, z) == 23 and merge._same_toll(x, y) == 0
    assert merge._tolls_differ(x, y) and not merge._tolls_differ(y, z) and not merge._tolls_differ(x, set())
