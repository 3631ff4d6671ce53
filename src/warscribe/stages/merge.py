"""Merge stage: ACLED's one-event-per-(date, place, actors, type) rule inside a document — the headline, the lede
and the body telling one strike become one event — then the finishing touches (unknown perpetrators, ids,
notes)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from operator import attrgetter

from warscribe import trace
from warscribe.config import Context
from warscribe.knowledge.actors import interaction
from warscribe.knowledge.roles import (
    air_force,
    blamed_after,
    blamed_for_other_kind,
    blames,
    crowd_ranks,
    flown_strike,
    force_met,
    grounded_sides,
    named_by_fire,
    names_a_place,
    refines,
    same_crowd,
)
from warscribe.model import Document, Event, EventDraft, Mention, Sentence
from warscribe.notes import write_notes
from warscribe.stages import retell
from warscribe.stages.actors import name_actor
from warscribe.stages.time import SINCE_BEFORE, long_past
from warscribe.timex import find_dates, parse_published, resolve

_INDEX = attrgetter("index")  # (read without a Python call per sentence)
_CLAIM_ORDER = {"disputed": 3, "denied": 2, "claimed": 1, "reported": 0}


@dataclass
class _Cluster:
    """An event and what merging needs to know about the reports folded into it."""

    event: Event
    sentence: int
    explicit_place: bool
    explicit_date: bool
    # (value, vague, added, kind) per report of deaths; added: a toll on top of the event's ("three more were
    # killed"), told by a later report than the event's own and as an exact figure; kind: "risen" for a toll told
    # as risen ("the death toll rose to 30"), which replaces the figures told before it, "part" for a count of some
    # of the dead ("21 others died", "including 10 on a bus"), which is no report of the whole toll, "floor" for an
    # indefinite amount ("dozens": vague, but before a "several"), "echo" for dead with no number of their own
    # that an earlier sentence told ("The fighters were killed ...": stages/recognize.py), no toll, else ""
    deaths: list[tuple[int, bool, bool, str]] = field(default_factory=list)
    injuries: list[int] = field(default_factory=list)
    more: tuple[int, bool, bool, str] | None = None  # its deaths report, as another report joining an event gives it
    own_more: int | None = None  # its own report of "8 more killed": deaths on top of those another report tells
    # the kind of weapon its own sentence names as the cause ("air" for "strikes", "ground" for "rebel fire"), if any
    cause: str | None = None
    # its own date is a month or year long past at publication ("Russia joined the war in September"): background
    past: bool = False
    # ... or a day four weeks or more before it, told with no definite word: background for the headline's event, the
    # news of the report's day ("Israeli strike kills five soldiers" over "clashes on June 17" six weeks before)
    past_day: bool = False
    # told as a new event of its kind ("in another air strike", "a similar bombing"): no report of one told before it
    another: bool = False
    # the sentences of the reports folded into it
    told: list[int] = field(default_factory=list)
    # its place is a whole whose toll its report split among parts (EventDraft.whole_place): no part narrows it
    whole_place: bool = False


def _explicit(ev: Event) -> set[str]:
    """The fields the event's own sentence gave (rather than the context or the publication date): one pass over
    its evidence for all of them, not one per field asked."""
    d = ev.draft
    if d is None:
        return set()
    start, end = d.sentence.start, d.sentence.end
    return {e.field for e in ev.evidence if start <= e.start < end}


def _cluster(ev: Event, text: str, published: date | None = None, places: list[Mention] | None = None) -> _Cluster:
    d = ev.draft
    assert d is not None
    given = _explicit(ev)
    c = _Cluster(ev, d.sentence.index, "location" in given, "event_date" in given)
    c.past = c.explicit_date and (_long_past(ev, published) or _since(ev, text))
    # (a day weeks before publication told of an event named by a definite word, "these shootings took place on 27
    # May", still dates the event it retells)
    # (the definite word is read only for a day weeks before publication, the case of few: `_long_past` asked with
    # `days` is that, and a month's or a year's answer does not hang on it)
    c.past_day = c.explicit_date and _long_past(ev, published, True) and not (
        (ev.time_precision or 1) == 1 and retell.refers_back(text, d.trigger.start))
    c.told = [c.sentence]
    c.whole_place = c.explicit_place and d.whole_place
    c.cause = _cause_kind(d)
    # told as a new event of its kind: "a similar bombing", "such an attack" always; "another" or "separate" only at
    # a place or on a day of its own ("another explosion" in a witness's account of one attack is still that attack,
    # as ACLED keeps one event per day, place and sides; "another wounded child" is no event)
    if d.trigger.data.get("noun"):  # (a verb is never told so: the words before it are not read)
        told_another = retell.tells_another(text, d.trigger.start)
        own_scene = bool(c.explicit_place or c.explicit_date)
        c.another = (own_scene and told_another) or (retell.like_before(text, d.trigger.start) and not told_another)
    # a strike aimed at the sources of a fire told before ("army units then targeted the sources of the shelling"):
    # the reply to that fire, never the fire told again
    c.another = c.another or retell.answers_fire(text, d.trigger.start, d.sentence.end)
    deaths = [m for m in d.counts if m.label == "death"]
    if deaths:
        # the words just before and in the count: "another seven people", "three more civilians"
        near = text[max(d.sentence.start, deaths[0].start - 12):deaths[0].end]
        # a figure of an indefinite amount ("dozens") only bounds the toll: an exact figure of another report wins
        vague = d.fatalities_vague or d.fatalities_floor
        exact = not vague and not deaths[0].data.get("vague")
        floor = d.fatalities_floor and not d.fatalities_vague
        toll = next((m for m in deaths if m.data.get("value") == ev.fatalities), deaths[0])  # the count it took
        before = text[max(d.sentence.start, toll.start - 30):toll.start]
        kind = retell.toll_kind(before, toll.text, str(toll.data.get("victim_words") or "")) if exact else \
            "floor" if floor else "echo" if all(m.data.get("told_before") for m in deaths) else ""
        # a toll split by place or group ("30 were killed around Shadadi and another five near Hasakeh"): a part
        if kind == "" and exact and retell.splits_toll(text[toll.end:min(d.sentence.end, toll.end + 120)]):
            kind = "part"
        # "Earlier it was reported that the strikes had killed 24": a superseded report, no report of the whole toll
        if kind == "" and exact and retell.superseded(text[d.sentence.start:toll.start]):
            kind = "part"
        # more dead told at another place than its event's ("... destroyed in Mayadeen, adding that another 40 were
        # killed around Albu Kamal"): that place's share, no addition to another report's toll
        adds = exact and retell.adds_to_toll(near)  # (read once for both tests)
        if adds and _told_elsewhere(ev, toll, places or []):
            kind = "part"
        # (a toll told as risen is the whole toll, never deaths on top of it: a headline's "toll rises to 8 more
        # casualties reported in Idleb" run into its next clause)
        more = adds and kind not in ("part", "risen")
        c.deaths.append((ev.fatalities, vague, False, kind))
        c.more = (ev.fatalities, vague, more, kind)
        # ("Senior Nusra Leader in Homs 8 More Killed": the event's own "more" adds to the fewer dead another report
        # tells, the leader; see _conservative)
        c.own_more = ev.fatalities if more else None
    if ev.injuries:
        c.injuries.append(ev.injuries)
    return c


def _cause_kind(d: EventDraft) -> str | None:
    """The kind of weapon a report's own sentence names as its cause (retellings.yaml `cause_kinds`): its trigger
    noun ("killed in strikes"), else the fire its doer is named by ("killed in rebel fire")."""
    if d.trigger.data.get("noun") and (kind := retell.cause_kind(d.trigger.text)):
        return kind
    m = d.actor1
    if m is not None and d.sentence.start <= m.start < d.sentence.end and named_by_fire(m.text):
        return retell.cause_kind(m.text.split()[-1])
    return None


def _other_cause(k: _Cluster, c: _Cluster) -> bool:
    """Whether a report of more dead ("Another 42 were killed in strikes on the east") names a weapon of another kind
    than the event it would join ("65 were killed in rebel fire on the west"): two shares of a toll, two events; a
    strike's dead are never added to a shelling's."""
    adds = c.more is not None and c.more[2]
    return adds and c.cause is not None and k.cause is not None and c.cause != k.cause


def _told_elsewhere(ev: Event, toll: Mention, places: list[Mention]) -> bool:
    """Whether the words after a count, in its sentence, place it somewhere other than the event's place, which
    the sentence named before the count."""
    d = ev.draft
    assert d is not None
    own = [e for e in ev.evidence if e.field == "location" and d.sentence.start <= e.start < toll.start]
    # (a region or country holding the event's place is no other place: "in Ariha, in Idlib province"; nor is a
    # place abroad, where a source is based: "according to the Britain-based monitor")
    holding = {ev.location, ev.admin1, ev.admin2, ev.country}
    return bool(own) and any(toll.end <= m.start < d.sentence.end and m.label and m.label not in holding
                             and m.data.get("country") == ev.country for m in places)


def _generic(ev: Event, role: str) -> bool:
    d = ev.draft
    m = getattr(d, role) if d is not None else None
    return m is None or bool(m.data.get("generic")) or m.label.startswith(("generic:", "state:"))


def _specificity(ev: Event, role: str) -> int:
    """How specifically an event names an actor: a name beats a description, which beats a bare noun."""
    m = getattr(ev.draft, role) if ev.draft is not None else None
    if getattr(ev, role) is None or m is None:
        return -1
    return 1000 if not _generic(ev, role) else int(m.data.get("priority", 0))


def _side(ev: Event, n: int) -> set[str]:
    main = ev.actor1 if n == 1 else ev.actor2
    return ({main} if main else set()) | set(ev.assoc_actor_1 if n == 1 else ev.assoc_actor_2)


# ACLED inter codes that never name the same side: a state's forces (1) and rebels (2)
_OPPOSED_KINDS = frozenset({1, 2})


def _sides_compatible(a: Event, b: Event, na: int, nb: int) -> bool:
    """Two sides fit when one is unknown or generic, or they share an actor. A generic side is no name for a side of
    the opposed kind when both reports tell their own dead ("rebels fired rockets on Damascus killing three" is not
    the regime's shelling that killed ten told again); a side's claim that the other did it, with no toll of its own,
    may still be the same attack told by the other side."""
    role_a, role_b = f"actor{na}", f"actor{nb}"
    if _generic(a, role_a) or _generic(b, role_b):
        opposed = {getattr(a, f"inter{na}"), getattr(b, f"inter{nb}")} == _OPPOSED_KINDS
        return not (opposed and a.fatalities and b.fatalities)
    return bool(_side(a, na) & _side(b, nb))


_NONSTATE = frozenset({2, 3, 4})  # ACLED inter codes of rebels, political and identity militias
_ONE_SIDED = frozenset({"Explosions/Remote violence", "Violence against civilians"})


def _civilians_stay(a: Event, b: Event, role: str, their_role: str) -> bool:
    """Civilians told by a common noun ("eight volunteers killed") stay the side struck when another report of the
    event names a side of another kind in that role ("as the regime and Russia have targeted ..." read as struck):
    a name is more specific, but of another side (ACLED inter 7 against another code)."""
    mine, theirs = getattr(a, f"inter{role[-1]}"), getattr(b, f"inter{their_role[-1]}")
    if mine == 1 and theirs in _NONSTATE and _generic(a, role):
        return True  # "the army" is no name for "the YPG" another report names in that role: a state's force stays
    if mine != 7 or theirs is None or theirs == 7 or not _generic(a, role) or a.draft is None \
            or a.event_type not in _ONE_SIDED:
        return False  # (a battle has no civilian side: "HTS takes over the city as violations against residents")
    m, trigger = getattr(a.draft, role), a.draft.trigger
    other = getattr(b.draft, their_role) if b.draft is not None else None
    if other is None or other.data.get("target") or (other.data.get("generic") and theirs not in _NONSTATE):
        # "bombings that targeted a police station": the armed place struck is the side struck; a description of
        # rebels ("tit-for-tat attacks between regime forces and the opposition") is no name for the civilians
        # the shelling killed
        return False
    return m is not None and _noun_named(m, trigger)


def _noun_named(m: Mention, trigger: Mention) -> bool:
    """Whether civilians are ones a noun of the text names: not the default put on the trigger, nor a toll's guessed
    victims (a count that names them, "killed 25 civilians", names them too)."""
    return ("victims" not in m.data or bool(m.data.get("named"))) and (m.start, m.end) != (trigger.start, trigger.end)


def _own_struck(a: Event, role: str) -> bool:
    """Whether the side in `role` is the civilians a one-sided event's own sentence names by a noun ("Russian raids
    hit Raqqa killing 30 people"). Another report that tells the sides the other way round ("Russia said its
    warplanes struck around Raqqa", read as warplanes striking Russia) puts its own doer in that role: a retelling
    adds evidence, it does not turn the people struck into a force."""
    d = a.draft
    m = getattr(d, role) if d is not None else None
    return m is not None and getattr(a, f"inter{role[-1]}") == 7 and a.event_type in _ONE_SIDED \
        and d.sentence.start <= m.start < d.sentence.end and _noun_named(m, d.trigger)  # type: ignore[union-attr]


def _actors_compatible(a: Event, b: Event) -> bool:
    """Each side fits the other report's same side, or (in a battle) its other side (the pairings swapped are read
    only when the straight ones do not fit)."""
    if _sides_compatible(a, b, 1, 1) and _sides_compatible(a, b, 2, 2):
        return True
    return a.event_type == "Battles" and _sides_compatible(a, b, 1, 2) and _sides_compatible(a, b, 2, 1)


def _region(ev: Event) -> bool:
    return ev.geo_precision == 3 or (ev.location is not None and ev.location == ev.admin1)


def _places_compatible(a: _Cluster, b: _Cluster) -> bool:
    x, y = a.event, b.event
    if not (a.explicit_place and b.explicit_place) or x.location == x.country or y.location == y.country:
        return True
    if x.location == y.location:
        return True
    return (_region(x) or _region(y)) and x.admin1 is not None and x.admin1 == y.admin1


def _dates_compatible(a: _Cluster, b: _Cluster) -> bool:
    return not (a.explicit_date and b.explicit_date) or a.event.event_date == b.event.event_date


def _since(ev: Event, text: str) -> bool:
    """Whether the event's date is told as the start of a period ("since the campaign began on 30 May")."""
    d = ev.draft
    told = next((e for e in ev.evidence if e.field == "event_date"), None)
    return d is not None and told is not None and (told.text[:6].lower() == "since "
                                                   or bool(SINCE_BEFORE.search(text, d.sentence.start, told.start)))


# A day told this many days or more before publication is another sentence's background for a headline's event its
# own sentence leaves undated ("Israeli strike kills five soldiers" over a paragraph on the clashes "on June 17", six
# weeks earlier): the headline's event keeps the report's day.
_PAST_DAY = 28


def _headline(c: _Cluster) -> bool:
    """Whether the event is told in the document's headline."""
    d = c.event.draft
    return d is not None and (d.sentence.headline or d.sentence.index == 0)


def _long_past(ev: Event, published: date | None, days: bool = False) -> bool:
    """A date of a month or a year (no day) that ended more than a month before publication, or (with `days`) a day
    four weeks or more before it."""
    if published is None or not ev.event_date:
        return False
    try:
        day = date.fromisoformat(ev.event_date)
    except ValueError:
        return False
    if (ev.time_precision or 1) == 1:
        return days and (published - day).days >= _PAST_DAY
    return long_past(day, published)


def _compatible(a: _Cluster, b: _Cluster) -> bool:
    """Same type and sub-event type, then a date and a place that fit, then sides that fit (the cheap tests first:
    the sides' test reads both events' actors in four pairings, and the four tests are pure, so their order changes
    no answer)."""
    x, y = a.event, b.event
    return (x.event_type, x.sub_event_type) == (y.event_type, y.sub_event_type) and _dates_compatible(a, b) \
        and _places_compatible(a, b) and _actors_compatible(x, y)


def _precision(ev: Event) -> tuple[int, bool]:
    """Lower is more precise: ACLED's geo precision, then a named locality before a whole region."""
    return ev.geo_precision or 9, _region(ev)


def _take_place(into: Event, other: Event) -> None:
    for name in ("country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision"):
        setattr(into, name, getattr(other, name))


def _absorb(into: _Cluster, other: _Cluster, *, fill_only: bool) -> None:
    a, b = into.event, other.event
    more_precise = _precision(b) < _precision(a)
    # "... in Idlib province" told after an event placed at Khan Shaykhun: the governorate that holds the town
    # says nothing new about where
    holds_it = _region(b) and a.admin1 is not None and a.admin1 == b.admin1 and _precision(a) < _precision(b)
    # (a place the event only borrowed from the sentences before gives way to the area a toll was told for and
    # split among its parts, even one holding it: "54 civilians were killed in strikes on Aleppo, including 9 in
    # X" after a lede on one quarter of the city)
    holds_it = holds_it and not (other.whole_place and not into.explicit_place)
    if other.explicit_place and not holds_it and (not into.explicit_place or (more_precise and not fill_only
                                                                              and not into.whole_place)):
        _take_place(a, b)
        into.explicit_place = True
        into.whole_place = other.whole_place
    if other.explicit_date and not into.explicit_date and not other.past and not (
            other.past_day and _headline(into)):
        # (a month long past the other sentence tells is its background, not this event's date)
        a.event_date, a.time_precision = b.event_date, b.time_precision
        into.explicit_date = True
    # The other report may tell the sides the other way round ("A attacked B" / "B repelled A").
    swapped = bool(_side(b, 1) & _side(a, 2) or _side(b, 2) & _side(a, 1)) and not _side(b, 1) & _side(a, 1)
    # "Nusra mounted an attack on the road. The army launched a counter-offensive, killing 29 extremists": the fight
    # told again by its other side, whose foe in generic words is the first report's doer
    swapped = swapped or _told_from_the_other_side(a, b)
    pairs = (("actor1", "actor2"), ("actor2", "actor1")) if swapped else (("actor1", "actor1"), ("actor2", "actor2"))
    # A state force the event's own sentence told ("Assad's air force kills 65") keeps its sides against another
    # force named in another report ("the US-led coalition strikes"): that one is a different striker, not a name
    # for the same one.
    # So does a rebel or armed group told by a common noun in a report that does not swap the sides ("the
    # government has accused rebels of launching the attack": a counter-claim, not a name for the army).
    kept = _told_force(a) and b.actor1 is not None and b.actor1 != a.actor1 and (
        not _generic(b, "actor1") or (not swapped and _nonstate_noun(b)))
    for role, their_role in () if kept else pairs:
        if getattr(b, their_role) is not None and getattr(b, their_role) not in (a.actor1, a.actor2) and \
                _specificity(b, their_role) > _specificity(a, role) and not _civilians_stay(a, b, role, their_role) \
                and not (swapped and _own_struck(a, role)):
            setattr(a, role, getattr(b, their_role))
            setattr(a.draft, role, getattr(b.draft, their_role))
    for role in ("assoc_actor_1", "assoc_actor_2"):
        merged = [n for n in getattr(a, role) + getattr(b, role) if n not in (a.actor1, a.actor2)]
        setattr(a, role, list(dict.fromkeys(merged)))
    if _CLAIM_ORDER[b.claim_status] > _CLAIM_ORDER[a.claim_status]:
        a.claim_status = b.claim_status
    a.attributed_to = sorted(set(a.attributed_to) | set(b.attributed_to))
    into.deaths += _joining(other)
    into.injuries += other.injuries
    into.told += other.told
    _add_evidence(a, b)


def _told_between(clusters: list[_Cluster], target: _Cluster, c: _Cluster) -> bool:
    """Whether another event, with a place or dead of its own, is told after the target's last report before c and
    before c."""
    last = max((s for s in target.told if s < c.sentence), default=None)
    return last is not None and any(k is not target and (k.explicit_place or k.deaths)
                                    and any(last < s < c.sentence for s in k.told) for k in clusters)


def _drop_toll(c: _Cluster) -> None:
    """A report's count of dead that is no toll of the event it joins: the report joins without it."""
    c.deaths, c.more = [], None
    c.event.evidence = [e for e in c.event.evidence if e.field != "fatalities"]


def _told_force(ev: Event) -> bool:
    """Whether the event's actor 1 is a state force told by a common noun in the event's own sentence."""
    d = ev.draft
    m = d.actor1 if d is not None else None
    return m is not None and ev.actor1 is not None and m.label == "state:military" and \
        d.sentence.start <= m.start < d.sentence.end  # type: ignore[union-attr]  # (m is set: so is d)


def _nonstate_noun(ev: Event) -> bool:
    """Whether the event's actor 1 is an armed non-state side (rebels, militia: ACLED's inter codes 2 and 3) told by
    a common noun ("rebels", "militants")."""
    m = ev.draft.actor1 if ev.draft is not None else None
    return m is not None and m.label.startswith("generic:") and ev.inter1 in _ARMED_NONSTATE


_ARMED_NONSTATE = (2, 3)  # ACLED's inter codes of rebels and militias


def _joining(c: _Cluster) -> list[tuple[int, bool, bool, str]]:
    """A cluster's reports of deaths as they join another event: its own report may add to that event's toll."""
    return [c.more, *c.deaths[1:]] if c.more is not None and c.deaths else list(c.deaths)


def _conservative(c: _Cluster) -> None:
    """ACLED's rule: of several reports of one toll, the lowest (an exact figure before a vague one); a toll
    told as more deaths on top ("three more civilians were killed") adds to it. A count of some of the dead
    ("21 others died", "including 10 on a bus") is no report of the whole toll; a toll told as risen ("the toll
    rose to 30") replaces the figures told before it."""
    told = [r for r in c.deaths if not r[2]] or c.deaths
    added = [v for v, _, more, _ in c.deaths if more] if told is not c.deaths else []
    told = [r for r in told if r[3] != "echo"]  # dead told before: no toll of their own, 0 when alone
    risen = [v for v, vague, _, kind in told if kind == "risen" and not vague]
    told = _summed_parts(told)
    if c.own_more is None and c.deaths:  # ("Leader ... 8 More Killed": the leader is no part of the 8, see below)
        told = _lone_deaths(told, c.deaths[0])
    parts = [v for v, vague, _, kind in told if kind == "part" and not vague]
    told = [r for r in told if r[3] != "part"] or told
    exact = [v for v, vague, _, _ in told if not vague]
    floors = [v for v, _, _, kind in told if kind == "floor"]  # "dozens": before a vague "several" or "killed"
    vague = [v for v, is_vague, _, _ in told if is_vague and v]
    base = max(risen) if risen else min(exact) if exact else min(floors) if floors else min(vague) if vague else 0
    if parts and not risen and not exact and not floors:
        # a bare "were killed" (ACLED's default of 3) is no report of a toll told only in parts ("the spokesman, his
        # son and 20 other fighters were killed"): at least the largest part died
        base = max(base, max(parts))
    if c.own_more is not None and not risen and exact and min(exact) < c.own_more:
        base += c.own_more  # "Leader ... 8 More Killed", then "the leader was killed": 1 + 8
    c.event.fatalities = base + sum(added)
    c.event.injuries = min(c.injuries) if c.injuries else None


def _summed_parts(told: list[tuple[int, bool, bool, str]]) -> list[tuple[int, bool, bool, str]]:
    """Reports whose exact tolls add up to another report's ("over 125 killed in the south and north of Hama", then
    "about 100" in the south and "25" in the north): the parts of that total, no lower reports of it
    (retellings.yaml `summed_parts`)."""
    exact = [(i, v) for i, (v, vague, _, kind) in enumerate(told) if not vague and v > 0 and kind != "part"]
    for _, total in sorted(exact, key=lambda r: -r[1]):
        parts = _summing([r for r in exact if r[1] < total], total)
        if parts:
            return [(v, vague, more, "part") if i in parts else (v, vague, more, kind)
                    for i, (v, vague, more, kind) in enumerate(told)]
    return told


def _lone_deaths(told: list[tuple[int, bool, bool, str]],
                 own: tuple[int, bool, bool, str]) -> list[tuple[int, bool, bool, str]]:
    """Later reports of one death each when the event's own report tells many, exactly or as a floor ("at least 33
    members of IS and Nusra were killed", then "the commander of Nusra was killed"): the one named among the dead, no
    lower report of the toll (retellings.yaml `lone_death_beside`). A larger toll joining later is no such event's
    ("a man died after shelling on the camp", then "130 have died of the siege's shortages")."""
    least = retell.lone_death_beside()
    value, vague, _, kind = own
    if not least or value < least or not ((not vague and kind in ("", "risen")) or kind == "floor"):
        return told
    return [(v, is_vague, more, "part") if v == 1 and not is_vague and k == "" else (v, is_vague, more, k)
            for v, is_vague, more, k in told]


def _summing(reports: list[tuple[int, int]], total: int) -> set[int]:
    """The indexes of two or more reports (index, toll) whose tolls sum to `total`, fewest first; empty if none. Parts
    differ: one figure told twice is one toll retold (a lede's 25 and its repeat are no 25 + 25 = 50)."""
    most = min(len(reports), retell.summed_parts_most())
    for n in range(2, most + 1):
        found = next((combo for combo in combinations(reports, n) if sum(v for _, v in combo) == total
                      and len({v for _, v in combo}) == n), None)
        if found is not None:
            return {i for i, _ in found}
    return set()


def _totals_over_events(doc: Document, clusters: list[_Cluster]) -> None:
    """An event whose toll is the larger of two exact counts of its own sentence, that toll being the smaller plus
    the tolls of other events of the document ("10 civilians killed in attacks on Aleppo and Deir Ezzor ... 6
    civilians were killed in Aleppo", then "four civilians were killed" in Deir Ezzor): a total over those events
    (a headline run into its lede); the event keeps the smaller, its own."""
    for c in clusters:
        d = c.event.draft
        if d is None:
            continue
        own = [m for m in d.counts if m.label == "death" and not m.data.get("vague")
               and d.sentence.start <= m.start < d.sentence.end]
        total = next((m for m in own if m.data["value"] == c.event.fatalities), None)
        if total is None:
            continue
        # (the smaller told after the total and as no part of it: "10 killed, including 6 children" is no total)
        smaller = [m for m in own if m.start > total.start and m.data["value"] < c.event.fatalities
                   and retell.toll_kind(doc.text[max(d.sentence.start, m.start - 30):m.start], m.text, "") != "part"]
        others = [(i, k.event.fatalities) for i, k in enumerate(clusters)
                  if k is not c and _exact_toll(k) is not None and k.event.fatalities > 0]
        for m in smaller:
            rest = c.event.fatalities - m.data["value"]
            if any(toll == rest for _, toll in others) or _summing(others, rest):
                trace.note(doc, "merge", trace.RELABELLED, f"its toll of {c.event.fatalities} is its own "
                           f"{m.data['value']} and the tolls of other events told: a total over them", c.sentence)
                c.event.fatalities = m.data["value"]
                break


class MergeStage:
    """Merges the reports of one event within a document and finishes each event."""

    name = "merge"
    reads = ("events",)
    adds = ("events",)

    def run(self, doc: Document, ctx: Context) -> None:
        if not doc.events:
            return  # nothing to merge (the tolls no event told are read for events only)
        places = doc.mentions_of("place")
        published = parse_published(doc.published)  # (read once, not per event)
        reports = [_cluster(ev, doc.text, published, places) for ev in doc.events]
        main = [c for c in reports if not _enrich_only(c.event)]
        # A report made only of a headline or a summary line: that line is the report.
        enrich = [c for c in reports if _enrich_only(c.event)] if main else []
        clusters: list[_Cluster] = []
        for c in main or reports:
            target = _best_target(clusters, c)
            if target is None:
                clusters.append(c)
            else:
                if c.deaths and target.deaths and _told_between(clusters, target, c):
                    _drop_toll(c)
                    trace.note(doc, "merge", trace.RELABELLED, "its toll is not the event's: another event is "
                               "told between them", c.sentence)
                _absorb(target, c, fill_only=False)
                trace.merged(doc, c.sentence, target.sentence, "the same event told again")
        for c in enrich:
            target = _enrich_target(clusters, c) or _refined_target(clusters, c)
            if target is None and _scene_of_its_own(c, clusters):
                clusters.append(c)
                trace.note(doc, "merge", trace.KEPT, "detail that fits no event but tells its own day, place, sides "
                           "and exact toll: an event of its own", c.sentence)
                continue
            if target is not None and _dated_toll_of_its_own(c, target):
                clusters.append(c)
                trace.note(doc, "merge", trace.KEPT, "detail that tells its own day and exact toll after an event "
                           "that tells neither: an event of its own", c.sentence)
                continue
            if target is not None:
                _absorb(target, c, fill_only=True)
            trace.merged(doc, c.sentence, target.sentence if target is not None else None,
                         "detail for the event it refers to")
        _attach_tolls(clusters, doc.mentions_of("actor"), _untold_tolls(doc, reports))
        _combine_crowds(doc, clusters)
        _fold_retellings(doc, clusters)
        for c in clusters:
            _force_met(doc, c.event, ctx)
        trace.unmerged(doc, reports, clusters)
        events = []
        for c in clusters:
            _conservative(c)
        _totals_over_events(doc, clusters)
        # whether the words after and before each actor mention blame it for an act (`_blamed_group`): read once per
        # mention for all the document's events, by where the mention ends and starts
        blamed: tuple[dict[int, bool], dict[int, bool]] = ({}, {})
        for c in sorted(clusters, key=lambda k: k.sentence):
            if _finish(c.event, ctx, doc, blamed):
                events.append(c.event)
                trace.unknown_perpetrator(doc, c.event)
            else:
                trace.note(doc, "merge", trace.DROPPED, "no actor 1: neither side is named", c.sentence)
        for n, ev in enumerate(events, 1):
            ev.event_id = f"{doc.id}:{n}"
            ev.notes = write_notes(ev)
        doc.events = events


def _best_target(clusters: list[_Cluster], c: _Cluster) -> _Cluster | None:
    """The compatible event that names the same actors, else the nearest compatible one before."""
    if c.another:  # (told as another event: no event is its target, whatever fits; asked before the fitting)
        return None
    fitting = [k for k in clusters if _compatible(k, c) and not _own_scene_and_toll(k, c) and not _other_cause(k, c)]
    if not fitting:
        return None

    def score(k: _Cluster) -> tuple[bool, int]:
        same = {k.event.actor1, k.event.actor2} == {c.event.actor1, c.event.actor2}
        return same, -abs(c.sentence - k.sentence)

    return max(fitting, key=score)


def _scene_of_its_own(c: _Cluster, clusters: list[_Cluster]) -> bool:
    """Whether a report read as detail of another event tells, in its own sentence, a day, a place, both sides and an
    exact toll ("On September 17 coalition aircraft carried out four strikes on the army near the airport leaving 62
    soldiers killed", after a statement dated "last week" about those strikes): when no event fits it, it is one. Its
    place lies in the country of the document's other events (a dateline's "Moscow" places no strike in Syria)."""
    d = c.event.draft
    return d is not None and not d.sentence.headline and c.explicit_place and c.explicit_date \
        and d.actor1 is not None and d.actor2 is not None and _exact_toll(c) is not None \
        and c.event.country in {k.event.country for k in clusters}


def _dated_toll_of_its_own(c: _Cluster, target: _Cluster) -> bool:
    """Whether a detail line tells, in its own sentence, a day and an exact toll where the event it would join tells
    neither, told before it ("Militants began shelling houses in the south", then "On August 10 shells hit the market
    killing 14"): a strike of its own told in the course of a campaign, not the campaign's toll and day."""
    d = c.event.draft
    return d is not None and not d.sentence.headline and c.sentence > target.sentence and c.explicit_date \
        and _exact_toll(c) is not None and not target.explicit_date and not target.deaths


def _exact_toll(c: _Cluster) -> int | None:
    """The exact toll a report tells of its own (not a part, an addition or a floor), or None."""
    told = [v for v, vague, more, kind in c.deaths if not vague and not more and kind in ("", "risen")]
    return told[0] if told else None


def _own_scene_and_toll(k: _Cluster, c: _Cluster) -> bool:
    """A later report placed in its own sentence, with a toll of its own, after a risen toll placed by no sentence
    of its own ("In Raqqa a woman was stoned to death" after "the toll from the raid rose to 115"): another event,
    not a retelling that lends the toll its place."""
    mine = _exact_toll(c)
    risen = [v for v, vague, _, kind in k.deaths if kind == "risen" and not vague]
    return c.explicit_place and not k.explicit_place and mine is not None and bool(risen) and mine not in risen


_TOLL_REACH = 2  # sentences: a toll follows its event closely
_DETAIL_REACH = 4  # sentences: a part of a toll ("were among the dead") may follow the toll's event further off


def _sentence_at(doc: Document, offset: int) -> Sentence | None:
    """The sentence that holds the character at `offset`, if any."""
    return next((s for s in doc.sentences if s.start <= offset < s.end), None)


def _untold_tolls(doc: Document, reports: list[_Cluster]) -> set[int]:
    """The sentences that tell an exact death toll but no event (dropped as a tally over days, background)."""
    told = {c.sentence for c in reports}
    out = set()
    for m in doc.mentions_of("count"):
        if m.label == "death" and not m.data.get("vague"):
            s = _sentence_at(doc, m.start)
            if s is not None and s.index not in told:
                out.add(s.index)
    return out


def _attach_tolls(clusters: list[_Cluster], actors: list[Mention] | None = None,
                  untold: frozenset[int] | set[int] = frozenset()) -> None:
    """A follow-up toll ("11 civilians were killed") joins the event told just before it, whatever its type;
    the event gets the deaths, the injuries and, if it named none, the victims. A part of a toll ("six women were
    among those killed") joins the event told with a toll up to `_DETAIL_REACH` sentences before, and adds no deaths
    to it; with no toll told, its deaths are the event's ("three of the suspects were killed"), unless it places
    them among a toll that a sentence coded as no event told (`untold`: "84 killed over four days ... seventeen
    children were among those killed"): the period's toll is no event's."""
    for c in [k for k in clusters if k.event.draft is not None and k.event.draft.follow_up and not k.another]:
        # (its own report's deaths come first: reports merged into it since may tell other tolls)
        detail = bool(c.deaths) and c.deaths[0][3] == "part"
        reach = _DETAIL_REACH if detail else _TOLL_REACH
        near = [k for k in clusters if k is not c and k.sentence < c.sentence <= k.sentence + reach]
        # a part of a toll ("six women were among those killed") belongs to the event whose toll was told, whatever
        # day or place the context lent the part
        tolled = [k for k in near if k.deaths] if detail else []
        if detail and not tolled and _among_untold(c, untold, reach):
            clusters.remove(c)
            continue
        before = tolled or [k for k in near if k.sentence + _TOLL_REACH >= c.sentence
                            and _places_compatible(k, c) and _dates_compatible(k, c)
                            and not (c.deaths and _other_victims(k.event, c.event, actors or []))
                            and not _other_cause(k, c)]
        if not before:
            continue
        target = max(before, key=lambda k: k.sentence)
        a, b = target.event, c.event
        if a.actor2 is None and b.actor2 is not None and b.actor2 != a.actor1:
            a.actor2, a.inter2, a.draft.actor2 = b.actor2, b.inter2, b.draft.actor2  # type: ignore[union-attr]
        among = detail and bool(target.deaths)  # a part's dead are among the toll told: no report of it
        if not among:
            target.deaths += _joining(c)
            target.injuries += c.injuries
        joined = ("actor2",) if among else ("fatalities", "injuries", "actor2")
        a.evidence += [e for e in b.evidence if e.field in joined]
        clusters.remove(c)


def _among_untold(c: _Cluster, untold: frozenset[int] | set[int], reach: int) -> bool:
    """Whether the part of a toll places its dead among those of a toll told, within reach before it, by a sentence
    coded as no event."""
    d = c.event.draft
    count = next((e for e in c.event.evidence if e.field == "fatalities"), None)
    return d is not None and count is not None and retell.among_told_toll(count.text) and \
        any(c.sentence - reach <= s < c.sentence for s in untold)


def _other_victims(event: Event, toll: Event, actors: list[Mention]) -> bool:
    """Whether a toll names as its dead a side that the event does not strike and its sentence does not name, where
    the event names its own target ("planes struck IS" / "45 IS militants and 20 Kurdish fighters were killed":
    the fighting's toll, not the strikes')."""
    named = toll.actor2 is not None and not _generic(toll, "actor2")
    if not named or event.actor2 is None or _generic(event, "actor2") \
            or toll.actor2 in _side(event, 2) | _side(event, 1):
        return False
    d, victims = event.draft, toll.draft.actor2 if toll.draft is not None else None
    return d is None or victims is None or not any(
        m.label == victims.label and d.sentence.start <= m.start < d.sentence.end for m in actors)


def _fold_retellings(doc: Document, clusters: list[_Cluster]) -> None:
    """A later event that tells an earlier event of the document again (a toll, a quote, a caption, a detail: of
    the same family of types, at a place that fits, on the same day or none of its own, naming no other side) is
    merged into the earliest such event (stages/retell.py, lexicon/retellings.yaml)."""
    if len(doc.sentences) < retell.rules().min_sentences:
        return
    kept: list[_Cluster] = []
    # what an earlier event's own sentence tells (its places named in one breath, whether its day is its report's),
    # read once per kept event, not once per later report compared with it; forgotten when a retelling folds in
    named: dict[int, frozenset[str]] = {}
    dated: dict[int, bool] = {}
    for c in sorted(clusters, key=lambda k: k.sentence):
        # (a report told as another event, or placed beside another place, retells none: asked once, not per event)
        target: _Cluster | None = None
        found: tuple[str, str] | None = None
        # (kept runs in sentence order: none is earlier when the first is not)
        if kept and kept[0].sentence < c.sentence and not c.another and not _placed_beside(doc, c):
            target, found = _told_before(doc, c, kept, named, dated)
        if target is None or found is None:
            kept.append(c)
            continue
        if not _day_told(doc, target):
            target.explicit_date = False  # the retelling's day is the event's, the report's is not
        if retell.sides_read_wrongly(target.event, c.event):
            _swap_sides(target.event)
        # the weapon told later, with a toll, or a place and a day, of its own (a concrete report, not "behind many
        # bomb attacks over the years"), types the event told first in generic words ("U.S. attack caused deaths"
        # then "a U.S. missile strike on an airbase near Homs on Friday")
        concrete = c.deaths or c.injuries or (c.explicit_place and c.explicit_date)
        sharper = retell.sharper_type(target.event, c.event) if concrete else None
        if sharper is not None:
            target.event.event_type, target.event.sub_event_type = sharper
        if _lede_of(doc, target, c) and c.event.event_type == "Battles" != target.event.event_type:
            _take_battle(target.event, c.event)  # the lede tells that the attacked fought back: a battle
        _fill_from(target, c)
        named.pop(id(target), None)
        dated.pop(id(target), None)
        clusters.remove(c)
        trace.note(doc, "merge", trace.MERGED, f"a retelling: merged into the event of sentence "
                   f"{target.sentence + 1}, which keeps its fields: {found[0]}", c.sentence, where=found[1])


def _told_before(doc: Document, c: _Cluster, kept: list[_Cluster], named: dict[int, frozenset[str]],
                 dated: dict[int, bool]) -> tuple[_Cluster | None, tuple[str, str] | None]:
    """The first kept event that report c tells again (`retell.agreement`), and what agreement found; `named` and
    `dated`: `_named_places` and `_day_told` of the kept events, by their ids, filled as asked."""
    unknown: set[str | None] | None = None
    definite = False
    theirs = _whole_tolls(c)  # (the report's whole tolls, read once for every event it is compared with)
    for k in kept:
        if k.sentence >= c.sentence or _whole_of(k, c):
            continue
        # (a lede's larger toll is the headline's attack told again, see retell.agreement's `lede`)
        lede = _lede_of(doc, k, c)
        ours = _whole_tolls(k)
        if not lede and _larger_toll_of_its_own(k, c, ours, theirs):
            continue
        if unknown is None:
            # Stand for no one in particular: an unidentified armed actor 1, a generic actor 2 ("one civilian was
            # also killed in the raids").
            unknown = {c.event.actor1} if _unidentified(c.event, "actor1") else set()
            unknown |= {c.event.actor2} if _generic(c.event, "actor2") else set()
            d = c.event.draft
            definite = d is not None and retell.refers_back(doc.text, d.trigger.start)
        key = id(k)
        if key not in named:
            named[key] = _named_places(doc, k)
        if key not in dated:
            dated[key] = _day_told(doc, k)
        found = retell.agreement(k.event, c.event, later_placed=c.explicit_place, later_dated=c.explicit_date,
                                 unknown=unknown, definite=definite, named=named[key], earlier_dated=dated[key],
                                 same_toll=_same_toll(ours, theirs), tolls_differ=_tolls_differ(ours, theirs),
                                 lede=lede)
        if found:
            return k, found
    return None, None


def _lede_of(doc: Document, k: _Cluster, c: _Cluster) -> bool:
    """Whether report c is told in the lede, the sentence right after the headline (or the document's first
    sentence, where a title run into the text stands) that tells report k."""
    dk, dc = k.event.draft, c.event.draft
    # (the sentences' first index looked for only where c's sentence follows k's: most pairs of reports are further
    # apart, and no pass over the document's sentences is made for them)
    if dk is None or dc is None or dc.sentence.headline or dc.sentence.index != dk.sentence.index + 1:
        return False
    return dk.sentence.headline or dk.sentence.index == min(map(_INDEX, doc.sentences))


def _take_battle(into: Event, battle: Event) -> None:
    """A headline's attack on civilians that its lede tells as a battle: the battle's type and its other side."""
    into.event_type, into.sub_event_type = battle.event_type, battle.sub_event_type
    into.actor2, into.inter2, into.assoc_actor_2 = battle.actor2, battle.inter2, list(battle.assoc_actor_2)
    if into.draft is not None and battle.draft is not None:
        into.draft.actor2 = battle.draft.actor2
    into.interaction = interaction(into.inter1, into.inter2)


def _placed_beside(doc: Document, c: _Cluster) -> bool:
    """Whether the report's own sentence places it at a place told as beside another ("in shelling on the nearby
    town"): a scene of its own (retellings.yaml `beside_place`)."""
    d = c.event.draft
    return c.explicit_place and d is not None and any(
        e.field == "location" and d.sentence.start <= e.start < d.sentence.end
        and retell.beside_place(doc.text, e.start) for e in c.event.evidence)


def _swap_sides(ev: Event) -> None:
    """The event's actor 1 and actor 2 (with their codes, associates and mentions) the other way round."""
    ev.actor1, ev.actor2 = ev.actor2, ev.actor1
    ev.inter1, ev.inter2 = ev.inter2, ev.inter1
    ev.assoc_actor_1, ev.assoc_actor_2 = ev.assoc_actor_2, ev.assoc_actor_1
    if ev.draft is not None:
        ev.draft.actor1, ev.draft.actor2 = ev.draft.actor2, ev.draft.actor1
    ev.interaction = interaction(ev.inter1, ev.inter2)


def _named_places(doc: Document, c: _Cluster) -> frozenset[str]:
    """The places the event's own sentence names in one breath with the place it was put at, a few words and no
    event word between them ("shells on Mazzeh 86 and Harasta"; not "dead in Aleppo, cause damage in Daraa"), by
    the names the place stage resolved them to."""
    d = c.event.draft
    if d is None:
        return frozenset()
    a, b = d.sentence.start, d.sentence.end
    at = next((e for e in c.event.evidence if e.field == "location" and a <= e.start < b), None)
    if at is None:
        return frozenset()
    words = [m.start for m in doc.mentions_of("trigger") if a <= m.start < b]
    named: set[str] = set()
    for m in doc.mentions_of("place"):
        if not m.label or not a <= m.start < b:
            continue
        # the words between the place and the one the event was put at (read once per place, not per event word)
        lo, hi = (m.end, at.start) if m.start < at.start else (at.end, m.start)
        if not any(lo <= w < hi for w in words) and retell.listed_together(doc.text[lo:hi]):
            named.add(m.label)
    return frozenset(named)


def _day_told(doc: Document, c: _Cluster) -> bool:
    """Whether the event's day was told by its report, not only by the publication: it has a date of its own,
    unless that is the dateline's day in the opening line, told there once ("Tuesday 26 April ... airstrikes
    kill five"; not "Thursday 30 Jul ... 18 were killed Thursday")."""
    if not c.explicit_date:
        return False
    published = parse_published(doc.published)
    if c.sentence != 0 or published is None or c.event.event_date != published.isoformat():
        return True
    sent = doc.sentences[0]
    days = [m for m in find_dates(doc.text, sent.start, sent.end)
            if any(v == published.isoformat() for v, _ in resolve(m, published))]
    # "Tuesday 26 April 2016" is one telling of the day in two expressions
    return any(doc.text[n.end:m.start].strip(" ,") for m, n in zip(days[1:], days, strict=False))


def _whole_tolls(c: _Cluster) -> set[int]:
    """The exact tolls an event's reports tell as a whole (not a part, not deaths added on top)."""
    return {v for v, vague, added, kind in c.deaths if v and not vague and not added and kind != "part"}


def _same_toll(x: set[int], y: set[int]) -> int:
    """The exact toll two events both tell as a whole (their `_whole_tolls`), else 0."""
    both = x & y
    return max(both) if both else 0


def _whole_of(earlier: _Cluster, later: _Cluster) -> bool:
    """The later report tells a toll for a whole area, split among the places it holds ("54 civilians were killed
    in strikes on Aleppo, including 9 in X and 8 in Y"), and the earlier event is at another place (a massacre in
    one quarter): the quarter's event is a part of the whole, not the whole told again."""
    return later.whole_place and earlier.event.location != later.event.location


def _larger_toll_of_its_own(earlier: _Cluster, later: _Cluster, x: set[int], y: set[int]) -> bool:
    """A later report of another sub-event type, dated in its own sentence, telling a larger whole toll, not as the
    earlier event's toll risen ("On Thursday 23 civilians were killed in air raids on a town held by IS" after a
    sniper's one dead): another event, which a retelling would lose (the earlier event keeps its fields). (An
    undated larger toll is as often a period's sum: "327 have also been killed in clashes".) `x`, `y`: the
    `_whole_tolls` of each."""
    risen = any(kind == "risen" for _, _, _, kind in later.deaths)
    return bool(x and y) and min(y) > max(x) and not risen and later.explicit_date \
        and earlier.event.sub_event_type != later.event.sub_event_type


def _tolls_differ(x: set[int], y: set[int]) -> bool:
    """Both events tell a whole toll (their `_whole_tolls`), and none is the same."""
    return bool(x and y and not x & y)


def _unidentified(ev: Event, role: str) -> bool:
    """An actor told only as armed men of no known group ("gunmen", "militants")."""
    m = getattr(ev.draft, role) if ev.draft is not None else None
    return m is not None and m.label == "generic:armed_group"


def _fill_place_and_date(into: _Cluster, other: _Cluster) -> None:
    """The place and the date the other sentence named, where the kept event's own sentence named none."""
    a, b = into.event, other.event
    if other.explicit_place and not into.explicit_place:
        _take_place(a, b)
        into.explicit_place = True
    if other.explicit_date and not into.explicit_date and not other.past and not (
            other.past_day and _headline(into)):
        # (a month long past the other sentence tells is its background, not this event's date)
        a.event_date, a.time_precision = b.event_date, b.time_precision
        into.explicit_date = True


def _told_from_the_other_side(a: Event, b: Event) -> bool:
    """Whether a battle with no actor 2 is told again with another doer, whose foe is named in generic words or
    as the battle's doer: that doer is the battle's other side."""
    return a.event_type == "Battles" == b.event_type and a.actor2 is None and a.actor1 is not None \
        and b.actor1 is not None and b.actor1 != a.actor1 and a.draft is not None and b.draft is not None \
        and b.draft.actor1 is not None and not _generic(b, "actor1") \
        and (b.actor2 is None or b.actor2 == a.actor1 or _generic(b, "actor2"))


def _fill_from(into: _Cluster, other: _Cluster) -> None:
    """The earlier event keeps its fields and takes from the retelling only those it lacks, and its evidence."""
    a, b = into.event, other.event
    _fill_place_and_date(into, other)
    # a retelling that names the event's doer as its foe ("85 troops killed in a jihadist advance", then "the IS
    # assault forced the army to withdraw") tells the sides the other way round: its doer is the event's other side
    swapped = b.actor2 is not None and b.actor2 in _side(a, 1) and b.actor1 not in _side(a, 1)
    for role, inter in (("actor1", "inter1"), ("actor2", "inter2")):
        theirs = {"actor1": "actor2", "actor2": "actor1"}[role] if swapped else role
        name = getattr(b, theirs)
        if getattr(a, role) is None and name is not None and name not in (a.actor1, a.actor2):
            setattr(a, role, name)
            setattr(a, inter, getattr(b, f"inter{theirs[-1]}"))
            setattr(a.draft, role, getattr(b.draft, theirs))
            a.interaction = interaction(a.inter1, a.inter2)
    a.attributed_to = sorted(set(a.attributed_to) | set(b.attributed_to))
    if not into.deaths:  # a toll only when the event has none of its own (the lowest is kept: _conservative)
        into.deaths = list(other.deaths)
    elif all(vague or kind == "part" for _, vague, _, kind in into.deaths) \
            and any(not vague and kind != "part" for _, vague, _, kind in other.deaths):
        # ("Dozens killed in a car bomb attack", then "the attack killed at least 44"): an indefinite amount only
        # bounds the toll, the retelling's exact figure is the report of it (_conservative keeps it); so does a part
        # of the dead ("70 children were among those killed", then "126 people killed in the attack")
        into.deaths += other.deaths
    if not into.injuries:
        into.injuries = list(other.injuries)
    _add_evidence(a, b)


def _combine_crowds(doc: Document, clusters: list[_Cluster]) -> None:
    """A document's protests and riots at one place and date are one event: the highest-ranked part takes
    the others' intervening force (actor 2), associated actors, tolls and evidence. Two crowds named otherwise
    ("nurses" and "teachers") are two gatherings and stay apart."""
    ranks = crowd_ranks()  # roles.yaml
    crowd = sorted((c for c in clusters if (c.event.event_type, c.event.sub_event_type) in ranks),
                   key=lambda c: (ranks[c.event.event_type, c.event.sub_event_type], c.sentence))
    kept: list[_Cluster] = []
    for c in crowd:
        target = next((k for k in kept if _places_compatible(k, c) and _dates_compatible(k, c)
                       and same_crowd(_crowd_words(k), _crowd_words(c))), None)
        if target is None:
            kept.append(c)
            continue
        _absorb_crowd(target, c)
        clusters.remove(c)
        trace.merged(doc, c.sentence, target.sentence, "one crowd event told over several sentences")


def _crowd_words(c: _Cluster) -> str | None:
    """The words that named a crowd event's crowd, if its sentence named one (assemble.py)."""
    d = c.event.draft
    return d.actor1.data.get("crowd_words") if d is not None and d.actor1 is not None else None


def _absorb_crowd(into: _Cluster, other: _Cluster) -> None:
    a, b = into.event, other.event
    _fill_place_and_date(into, other)
    if a.actor2 is None and b.actor2 is not None and b.actor2 != a.actor1:
        a.actor2, a.inter2, a.assoc_actor_2 = b.actor2, b.inter2, list(b.assoc_actor_2)
        if a.draft is not None and b.draft is not None:
            a.draft.actor2 = b.draft.actor2
    a.assoc_actor_1 = list(dict.fromkeys(n for n in a.assoc_actor_1 + b.assoc_actor_1 if n not in (a.actor1, a.actor2)))
    a.interaction = interaction(a.inter1, a.inter2)
    into.deaths += _joining(other)
    into.injuries += other.injuries
    _add_evidence(a, b)


def _add_evidence(a: Event, b: Event) -> None:
    """b's evidence that a lacks, added to a's: Evidence compares by its fields, so a set of them is asked, not the
    list scanned for each span."""
    held = {(e.start, e.end, e.text, e.field) for e in a.evidence}
    a.evidence += [e for e in b.evidence if (e.start, e.end, e.text, e.field) not in held]


def _force_met(doc: Document, ev: Event, ctx: Context) -> None:
    """A crowd event met by force whose parts named no other side takes the police or military its report names
    (not as a speaker: "police said") as actor 2 (roles.yaml `force_met`)."""
    if ev.actor2 is not None or ev.draft is None or ev.actor1 is None or not force_met(ev.sub_event_type):
        return
    force = next((m for m in doc.mentions_of("actor") if _is_force(m, ctx) and not _not_a_side(doc, m, ctx)), None)
    if force is None:
        return
    ev.actor2, ev.inter2 = name_actor(force, ev, ctx)
    if ev.actor2 is None or ev.actor2 == ev.actor1:
        ev.actor2, ev.inter2 = None, None
        return
    ev.draft.actor2 = force
    ev.interaction = interaction(ev.inter1, ev.inter2)
    trace.note(doc, "merge", trace.RELABELLED, f"a crowd met by force: actor 2 is {ev.actor2}, named in the report "
               "(lexicon/roles.yaml force_met)", ev.draft.sentence.index, force)


def _is_force(m: Mention, ctx: Context) -> bool:
    if m.label in ("state:police", "state:military"):
        return True
    if m.label not in ctx.actors:
        return False
    actor = ctx.actors.get(m.label)
    return actor.kind == "state" and actor.role in ("police", "military")


def _not_a_side(doc: Document, m: Mention, ctx: Context) -> bool:
    """"police said", "according to police": the report's source, not a side; "the police station": a place."""
    after = doc.text[m.end:m.end + 25].lower().split()
    before = doc.text[max(0, m.start - 20):m.start].lower()
    word = after[0].strip(",.") if after else ""
    return word in ctx.lexicon.reporting_verbs or names_a_place(word) or names_a_place(m.text.split()[-1]) \
        or "according to" in before


def _enrich_only(ev: Event) -> bool:
    """A draft that only adds detail: a headline, a summary, a back-reference, or a sentence that names no one
    (its actors may be named but unresolved, e.g. without a country: that still makes an event)."""
    d = ev.draft
    return d is None or d.enrich_only or (d.actor1 is None and d.actor2 is None)


def _enrich_target(clusters: list[_Cluster], c: _Cluster) -> _Cluster | None:
    """Headlines join the first fitting event; back-references the nearest fitting one before them."""
    # (a risen toll placed nowhere does not join a later event placed and counted in its own sentence)
    fitting = [] if c.another else [k for k in clusters if _compatible(k, c)
                                     and not (k.sentence > c.sentence and _own_scene_and_toll(c, k))]
    if not fitting:
        return None
    if c.event.draft is not None and c.event.draft.sentence.headline:
        return fitting[0]
    before = [k for k in fitting if k.sentence < c.sentence]
    return before[-1] if before else fitting[0]


def _refined_target(clusters: list[_Cluster], c: _Cluster) -> _Cluster | None:
    """A headline or detail line that tells the only event of its type more precisely ("Suicide blast kills 70" over
    "a blast hit the convoy"): that event, made as precise (typing.yaml `refinements`)."""
    x = c.event
    fitting = [] if c.another else [k for k in clusters if k.event.event_type == x.event_type
                                     and refines(x.event_type, x.sub_event_type, k.event.sub_event_type)
                                     and _actors_compatible(k.event, x) and _places_compatible(k, c)
                                     and _dates_compatible(k, c)
                                     and not (k.sentence > c.sentence and _own_scene_and_toll(c, k))]
    if len(fitting) != 1:
        return None
    fitting[0].event.sub_event_type = x.sub_event_type
    return fitting[0]


_ARMED_KINDS = frozenset({"rebel", "militia", "identity", "external"})


def _unnamed_perpetrator(draft: EventDraft) -> bool:
    """No perpetrator, or only an unnamed armed one ("gunmen", "militants")."""
    return draft.actor1 is None or draft.actor1.label == "generic:armed_group"


def _blamed_group(doc: Document, draft: EventDraft, ctx: Context,
                  blamed: tuple[dict[int, bool], dict[int, bool]] | None = None) -> Mention | None:
    """The first named armed group the report blames for an act ("planted by", "attributed to", roles.yaml
    `blames`), unless it is the event's other side or the blame is another place's act. `blamed`: what the words
    after and before an actor mention were read to say, by its end and its start, kept for the document's events."""
    other = draft.actor2.label if draft.actor2 is not None else None
    after_of, before_of = blamed if blamed is not None else ({}, {})
    for m in doc.mentions_of("actor"):
        # a state is blamed by its capital's name only ("the attack Washington blames on Damascus"), and so named it
        # is the doer even where the sentence made it the other side
        capital = m.data.get("form") == "metonym"
        known = m.label in ctx.actors
        # (a side neither in the actor base nor a generic state force is no state force, whatever follows it: the
        # words after it are not read, most generic sides)
        if (m.label == other and not capital) or (not known and not m.label.startswith("state:")):
            continue
        # (a force blamed after its name, "police are believed to be responsible", is laid the act as plainly)
        after = after_of.get(m.end)
        if after is None:
            after = after_of[m.end] = blamed_after(doc.text[m.end:m.end + 80])
        force = after and _state_force(ctx, m.label)
        if not known and not force:
            continue
        if not force and ctx.actors.get(m.label).kind not in _ARMED_KINDS and not capital:
            continue
        if not after:
            before = before_of.get(m.start)
            if before is None:
                before = before_of[m.start] = blames(doc.text[max(0, m.start - 80):m.start])
            if not before:
                continue
        if not _other_act_blamed(doc, draft, m) and not _blamed_elsewhere(doc, draft, m):
            return m
    return None


def _state_force(ctx: Context, label: str) -> bool:
    """A state force: a generic one ("state:police") or a named one of the actor base."""
    if label.startswith("state:"):
        return True
    return label in ctx.actors and (ctx.actors.get(label).kind == "state" or ctx.actors.get(label).inter == 1)


def _blamed_elsewhere(doc: Document, draft: EventDraft, blamed: Mention) -> bool:
    """Whether the blame stands in another sentence that names places, none of them the act's ("rockets fired by
    terrorist groups injured four in Aleppo" is not the attack "carried out by Jaish al-Islam" on Damascus)."""
    sentence = _sentence_at(doc, blamed.start)
    if sentence is None or sentence.index == draft.sentence.index:
        return False
    places = {m.label for m in doc.mentions_of("place") if sentence.start <= m.start < sentence.end}
    own = {m.label for m in doc.mentions_of("place") if draft.sentence.start <= m.start < draft.sentence.end}
    return bool(places) and not places & own


def _other_act_blamed(doc: Document, draft: EventDraft, blamed: Mention) -> bool:
    """Whether the act the blame names, the trigger just before the blamed group in its sentence ("an airstrike
    likely carried out by the coalition"), is of another kind than the draft's ("a chemical weapons attack")."""
    before = [t for t in doc.mentions_of("trigger") if t.end <= blamed.start and blamed.start - t.end <= 80
              and "." not in doc.text[t.end:blamed.start]]
    return bool(before) and blamed_for_other_kind(before[-1].label, draft.trigger.label)


def _grounded(ctx: Context, label: str, grounded: frozenset[str]) -> bool:
    """Whether the side flies nothing there: its label or its kind ("kind:rebel") is among the grounded."""
    if label in grounded:
        return True
    actor = ctx.actors.get(label) if label in ctx.actors else None
    return actor is not None and f"kind:{actor.kind}" in grounded


def _flyers_own(ctx: Context, flyer: str, struck: Mention | None) -> bool:
    """Whether the side struck fights with the air force (its associates: the regime's militias). (The force itself
    named as struck is most often the air force told again: "airstrikes and the advance of the GoS".)"""
    if struck is None or struck.label not in ctx.actors or struck.label == flyer:
        return False
    return flyer in ctx.actors.get(struck.label).associated


def _finish(ev: Event, ctx: Context, doc: Document,
            blamed: tuple[dict[int, bool], dict[int, bool]] | None = None) -> bool:
    """Unknown perpetrators of violence become ACLED's unidentified armed group (or the frame's default agent,
    e.g. the police for arrests). An event is never dropped for lack of a resolved actor or country: its actors
    then stay unnamed (a generic actor needs a country)."""
    draft = ev.draft
    if draft is None:
        return ev.actor1 is not None
    frame = ctx.lexicon.frames[draft.trigger.label]
    if frame.violent and _unnamed_perpetrator(draft):
        culprit = _blamed_group(doc, draft, ctx, blamed)
        if culprit is not None:  # "... hit an IED. The device was likely planted by JNIM."
            draft.actor1, ev.actor1 = culprit, None
            if draft.actor2 is not None and draft.actor2.label == culprit.label:
                draft.actor2, ev.actor2, ev.inter2 = None, None, None
            trace.note(doc, "merge", trace.RELABELLED, f"the report blames {culprit.text!r} for the act: "
                       f"actor 1 (lexicon/roles.yaml blames)", draft.sentence.index, culprit)
    grounded = draft.actor1 is not None and _grounded(ctx, draft.actor1.label,
                                                      grounded_sides(ev.country, ev.event_date))
    if flown_strike(ev.sub_event_type, draft.means) and (_unnamed_perpetrator(draft) or grounded):
        flyer = air_force(ev.country, ev.event_date, doc.text[draft.sentence.start:draft.sentence.end])
        if flyer is not None and flyer in ctx.actors and not _flyers_own(ctx, flyer, draft.actor2):
            # "an airstrike hit the hospital": who flies there (not "bombs kill 13 pro-Assad fighters": the air
            # force strikes no side fighting with it)
            if grounded and (draft.actor2 is None or draft.actor2.label in (flyer, "state:military")):
                # "fighting between rebels and loyalists as helicopters dropped a barrel bomb": a side that flies
                # nothing there is the one struck, not the striker
                draft.actor2 = draft.actor1
                ev.actor2, ev.inter2 = name_actor(draft.actor2, ev, ctx)  # type: ignore[arg-type]  # (grounded)
            draft.actor1, ev.actor1 = Mention("actor", draft.trigger.start, draft.trigger.end, draft.trigger.text,
                                              flyer, {}), None
            trace.note(doc, "merge", trace.RELABELLED, f"an air strike (or an act delivered from the air) with no "
                       f"perpetrator named in {ev.country}, or one by a side that flies nothing there: actor 1 is the "
                       f"air force flying there (lexicon/roles.yaml air_forces, air_delivered)", draft.sentence.index)
    agent = frame.default_agent or ("generic:armed_group" if frame.violent else None) or (
        frame.toll_agent if ev.fatalities else None)  # "a helicopter was shot down, killing five": unknown shooters
    if draft.actor1 is None and agent is not None:  # frames.yaml: arrests are made by the police
        draft.actor1 = Mention("actor", draft.trigger.start, draft.trigger.end, draft.trigger.text, agent,
                               {"generic": True})
    if ev.actor1 is None and draft.actor1 is not None:
        ev.actor1, ev.inter1 = name_actor(draft.actor1, ev, ctx)
        if ev.actor1 is not None and ev.actor1 == ev.actor2:
            ev.actor2, ev.inter2 = None, None
        ev.interaction = interaction(ev.inter1, ev.inter2)
    return True
