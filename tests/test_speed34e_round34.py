"""Round 34 (issue 14), merging and retelling: the pair tests of merge read their cheap parts first and the sides
swapped only where the straight ones fail; retell's frame sets are built once. The answers are those of the tests
as they were written before (kept here as the reference)."""

from __future__ import annotations

import itertools

from warscribe.model import Event, EventDraft, Mention, Sentence
from warscribe.stages import merge, retell


def _actors_compatible_slow(a: Event, b: Event) -> bool:
    """`merge._actors_compatible` as it was: both pairings read, then joined."""
    straight = merge._sides_compatible(a, b, 1, 1) and merge._sides_compatible(a, b, 2, 2)
    swapped = a.event_type == "Battles" and merge._sides_compatible(a, b, 1, 2) and merge._sides_compatible(a, b, 2, 1)
    return straight or swapped


def _compatible_slow(a: merge._Cluster, b: merge._Cluster) -> bool:
    """`merge._compatible` as it was: the sides read before the place and the date."""
    x, y = a.event, b.event
    return (x.event_type, x.sub_event_type) == (y.event_type, y.sub_event_type) and _actors_compatible_slow(x, y) \
        and merge._places_compatible(a, b) and merge._dates_compatible(a, b)


def _side(label: str | None, generic: bool) -> Mention | None:
    """An actor mention in the test sentence (a name, or a generic one)."""
    if label is None:
        return None
    data: dict[str, object] = {"generic": True} if generic else {}
    return Mention("actor", 0, 4, "side", f"generic:{label}" if generic else label, data)


_ADMIN1 = {"Aleppo": "Aleppo", "Azaz": "Aleppo", "Homs": "Homs", "Rastan": "Homs"}


def _cluster(event_type: str, a1: str | None, a2: str | None, generic: bool, place: str, day: str,
             explicit: bool, inters: tuple[int | None, int | None], deaths: int) -> merge._Cluster:
    sent = Sentence(0, 100, 0)
    draft = EventDraft(sent, Mention("trigger", 10, 15, "fight", "clash", {}), event_type, "sub",
                       actor1=_side(a1, generic), actor2=_side(a2, False))
    ev = Event(doc_id="t", event_type=event_type, sub_event_type="sub", actor1=a1, actor2=a2, inter1=inters[0],
               inter2=inters[1], location=place, admin1=_ADMIN1[place], country="Syria", event_date=day,
               fatalities=deaths, draft=draft)
    return merge._Cluster(ev, 0, explicit, explicit)


def _clusters() -> list[merge._Cluster]:
    """Clusters over every mix of type, sides (named, generic, absent, swapped), place, day and toll."""
    out = []
    for kind, (a1, a2), generic, place, day, explicit, inters, deaths in itertools.product(
            ("Battles", "Explosions/Remote violence"), (("A", "B"), ("B", "A"), ("A", None), (None, "C"), ("C", "B")),
            (False, True), ("Aleppo", "Azaz", "Rastan"), ("2016-01-02", "2016-01-03"), (False, True),
            ((1, 2), (2, 1), (7, 1)), (0, 5)):
        out.append(_cluster(kind, a1, a2, generic, place, day, explicit, inters, deaths))
    return out


def test_the_pair_tests_answer_as_they_did_in_their_old_order() -> None:
    clusters = _clusters()[::7]  # (a spread over the mixes: every pair of them is asked)
    seen = {True: 0, False: 0}
    for a in clusters:
        for b in clusters:
            want = _compatible_slow(a, b)
            assert merge._compatible(a, b) == want
            assert merge._actors_compatible(a.event, b.event) == _actors_compatible_slow(a.event, b.event)
            seen[want] += 1
    assert seen[True] and seen[False]  # (both answers were asked for)


def test_a_battle_told_by_its_other_side_fits_only_as_a_battle() -> None:
    battle = _cluster("Battles", "A", "B", False, "Aleppo", "2016-01-02", True, (1, 2), 0)
    retold = _cluster("Battles", "B", "A", False, "Aleppo", "2016-01-02", True, (2, 1), 0)
    assert merge._actors_compatible(battle.event, retold.event) and merge._compatible(battle, retold)
    strike = _cluster("Explosions/Remote violence", "A", "B", False, "Aleppo", "2016-01-02", True, (1, 2), 0)
    struck_back = _cluster("Explosions/Remote violence", "B", "A", False, "Aleppo", "2016-01-02", True, (2, 1), 0)
    assert not merge._actors_compatible(strike.event, struck_back.event)


def test_the_frame_sets_are_the_data_files_and_built_once() -> None:
    data = retell.rules().data.data
    assert retell.other_strike_frames() == frozenset(data.get("other_strike_frames") or [])
    assert retell.other_strike_frames() is retell.other_strike_frames()
    frames = (data.get("generic_strike") or {}).get("frames") or {}
    assert retell.generic_strike_frames() == frozenset(frames.values())
    assert retell.generic_strike_frames() is retell.generic_strike_frames()
    assert "airstrike" in retell.other_strike_frames()


def test_a_report_weeks_old_reads_its_definite_word_only_where_its_day_hangs_on_it() -> None:
    from datetime import date

    from warscribe.model import Evidence

    seen = set()
    for opening, precision, day, published in itertools.product(
            ("On 3 May the strike", "On 3 May a strike"), (1, 2, 3), ("2016-05-03", "2016-06-20", "bad"),
            (None, date(2016, 6, 21), date(2016, 9, 1))):
        text = f"{opening} hit the town."
        trigger = text.index("strike")
        sent = Sentence(0, len(text), 0)
        draft = EventDraft(sent, Mention("trigger", trigger, trigger + 6, "strike", "airstrike", {}), "E", "sub")
        ev = Event(doc_id="t", event_date=day, time_precision=precision, draft=draft,
                   evidence=[Evidence.of(text, 3, 8, "event_date")])
        # (as it was written: the definite word read first, for every dated report)
        want = merge._long_past(ev, published, not retell.refers_back(text, trigger))
        assert merge._cluster(ev, text, published).past_day == want
        seen.add(want)
    assert seen == {True, False}
