"""Actor stage: turns the actor mentions of each event into ACLED names (former names by date), with inter
codes and the interaction code."""

from __future__ import annotations

import re

from warscribe import trace
from warscribe.config import Context
from warscribe.knowledge.actors import Actor, inter_for, interaction
from warscribe.knowledge.country_words import country_of_words
from warscribe.knowledge.outlets import outlet_country
from warscribe.knowledge.roles import crowd_policing_forces, military_at_crowds
from warscribe.model import Document, Event, EventDraft, Mention


class ActorStage:
    """Fills actor1, actor2, assoc_actor_1, assoc_actor_2, inter1, inter2 and interaction."""

    name = "actors"
    reads = ("events", "mentions")
    adds = ("events",)

    def run(self, doc: Document, ctx: Context) -> None:
        local, why = _local_country(doc, ctx) if any(ev.country is None for ev in doc.events) else (None, "")
        for ev in doc.events:
            if ev.country is None and local is not None:
                ev.country = local
                trace.note(doc, "actors", trace.NOTED, f"no place gives a country: {why} point to {local}",
                           ev.draft.sentence.index if ev.draft else None)
            _crowd_members(ev, doc, ctx)
            resolve_actors(ev, ctx)


def _local_country(doc: Document, ctx: Context) -> tuple[str | None, str]:
    """The country of a report whose places name none, and why: its local words ("Boda boda operators blocked
    the road": Kenyan words), else its outlet's country (a local paper reports local events)."""
    local = country_of_words(doc.text)
    if local is not None:
        return local, "the report's local words (lexicon/country_words.yaml)"
    outlet = outlet_country(doc.source, ctx.actors)
    if outlet is not None:
        return outlet, f"its outlet, {doc.source!r} (lexicon/outlets.yaml)"
    return None, ""


# The groups ACLED names beside a crowd: "students and teachers marched", "BNP and Jamaat activists rioted".
_MEMBERS = frozenset({"students", "teachers", "labour", "women", "journalists", "health_workers", "lawyers",
                      "farmers", "pastoralists", "refugees", "prisoners"})


def _crowd_members(ev: Event, doc: Document, ctx: Context) -> None:
    """Add the parties and civilian groups named in a protest's or riot's sentence to the crowd's side (for a
    riot, those named before the event's verb: the targets come after it)."""
    draft = ev.draft
    if draft is None or ev.event_type not in ("Protests", "Riots"):
        return
    used = {id(m) for m in (draft.actor1, draft.actor2, *draft.assoc1, *draft.assoc2) if m is not None}
    end = draft.trigger.start if ev.event_type == "Riots" else draft.sentence.end
    for m in doc.mentions:
        if m.kind != "actor" or id(m) in used or not (draft.sentence.start <= m.start and m.end <= end):
            continue
        actor = _actor(m, ev, ctx)
        if actor is not None and (actor.kind == "political" or actor.generic_kind in _MEMBERS):
            draft.assoc1.append(m)


# ACLED names a government only in strategic developments; violence by it ("killed by Syrian government
# shelling", "shells from the Syrian government") is its military's.
_FORCE_EVENTS = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def _actor(m: Mention | None, ev: Event, ctx: Context) -> Actor | None:
    return None if m is None else _actor_in(m, ev, ctx, _event_country(ev, ctx))


def _actor_in(m: Mention | None, ev: Event, ctx: Context, country: str | None) -> Actor | None:
    """`_actor`, given the event's country (`_event_country`, read once for all the actors of an event)."""
    if m is None:
        return None
    try:
        # civilians of another country are named for theirs ("a Chinese national killed in Mombasa"; assemble)
        actor = ctx.actors.resolve(_in_country(m, country, ctx), m.data.get("nationality") or country)
    except (KeyError, ValueError):
        return None
    if actor.role == "government" and actor.kind == "state" and ev.event_type in _FORCE_EVENTS:
        return ctx.actors.state(actor.country, "military") if actor.country else ctx.actors.resolve("state:military",
                                                                                                     None)
    if actor.role == "military" and actor.kind == "state" and ev.event_type in _CROWD_EVENTS and _policing_words(m) \
            and actor.country not in military_at_crowds():
        # "security forces dispersed the marchers": ACLED codes the force that polices a crowd as the police
        return ctx.actors.state(actor.country, "police") if actor.country else ctx.actors.resolve("state:police",
                                                                                                   None)
    return actor


_CROWD_EVENTS = frozenset({"Protests", "Riots"})
_DETERMINERS = re.compile(r"^(?:the|a|an|some|several)\s+", re.I)


def _policing_words(m: Mention) -> bool:
    """Whether a force's words do not say which force ("the security forces"; roles.yaml crowd_policing_forces)."""
    words = " ".join(m.text.casefold().split())
    return _DETERMINERS.sub("", words) in crowd_policing_forces()


def _event_country(ev: Event, ctx: Context) -> str | None:
    """The country generic actors are named for: the event's; without one, the home of the named actors that
    fight only at home ("Koglweogo" -> Burkina Faso), when they agree; else none."""
    country = ev.country or ctx.config.default_country
    if country or ev.draft is None:
        return ctx.actors.country_name(country)
    draft = ev.draft
    homes = set()
    for m in (draft.actor1, draft.actor2, *draft.assoc1, *draft.assoc2):
        if m is None or m.label not in ctx.actors:
            continue
        actor = ctx.actors.get(m.label)
        if actor.kind != "external" and len(actor.countries()) == 1:
            homes.add(actor.country)
    return homes.pop() if len(homes) == 1 else None


def _in_country(m: Mention, country: str | None, ctx: Context) -> str:
    """Of the actors a name may denote ("ISIS" in Syria or Iraq), the one active in the event's country; a
    country branch named for another country ("Islamic State (Syria)") gives way to the branch of this one; a
    phrase one country's force claims ("gendarmes") is the event country's force elsewhere."""
    every = list(dict.fromkeys([m.label, *(m.data.get("candidates") or [])]))
    candidates = [c for c in every if c in ctx.actors]
    for candidate in candidates:
        if _active_in(ctx.actors.get(candidate), country):
            return candidate
    if candidates and country:
        name = ctx.actors.get(candidates[0]).name
        branch = ctx.actors.by_name(re.sub(r"\([^()]*\)$", f"({country})", name)) if name.endswith(")") else None
        if branch is not None and branch.id in ctx.actors:
            return branch.id
    slots = [c for c in every if c.startswith(("generic:", "state:"))]
    described = m.data.get("form") == "description"  # "clan fighters": a phrase, not a group's name
    if slots and country and (not candidates or described or ctx.actors.get(candidates[0]).kind == "state"):
        return slots[0]
    if country and candidates and _common_force_name(m, ctx.actors.get(candidates[0])):
        return f"state:{ctx.actors.get(candidates[0]).role or 'military'}"
    return m.label


def _active_in(actor: Actor, country: str | None) -> bool:
    """`country in actor.countries()`, read from the actor's own fields (its country, the others it fights in;
    `countries` keeps those that are set): no tuple of its countries built for each candidate of each mention."""
    return bool(country) and (actor.country == country or country in actor.active_in)


def _common_force_name(m: Mention, actor: Actor) -> bool:
    """A force's name that does not name its country ("National Guard", "Republican Guard") is the event
    country's force of that kind when the event is elsewhere; "Kenya Defence Forces" and "KDF" stay Kenya's."""
    if actor.kind != "state" or m.data.get("form") != "name" or not actor.country:
        return False
    text = m.text.casefold()
    return not any(word.casefold().removesuffix("'s") in text for word in (actor.country, *actor.demonyms))


def _name(actor: Actor, ev: Event, ctx: Context) -> str:
    try:
        return ctx.actors.name_on(actor.id, ev.event_date)
    except KeyError:
        return actor.name


def resolve_actors(ev: Event, ctx: Context) -> None:
    """Name the event's actors; also used again after a merge changes them."""
    draft = ev.draft
    if draft is None:
        return
    # (the event's country read once: every actor of the event is named for it)
    country = _event_country(ev, ctx)
    raw1, raw2 = _actor_in(draft.actor1, ev, ctx, country), _actor_in(draft.actor2, ev, ctx, country)
    (a1, party1), (a2, party2) = _crowd(raw1, ev, ctx, True, country), _crowd(raw2, ev, ctx, False, country)
    if a1 is not None and a2 is not None and a1.id == a2.id and raw1 is not None and raw1.id == a1.id \
            and not _two_sides_of_one_kind(draft):
        a2 = None  # one actor twice; two crowds of one kind ("Rioters" against "Rioters") stay
    ev.actor1 = _name(a1, ev, ctx) if a1 else None
    ev.actor2 = _name(a2, ev, ctx) if a2 else None
    ev.assoc_actor_1 = _assoc(draft.assoc1, ev, ctx, {ev.actor1, ev.actor2}, country,
                              party1 or _subgroup(a1, ev.actor1))
    ev.assoc_actor_2 = _assoc(draft.assoc2, ev, ctx, {ev.actor1, ev.actor2, *ev.assoc_actor_1}, country,
                              party2 or _subgroup(a2, ev.actor2))
    ev.inter1 = inter_for(a1, ev.country) if a1 else None
    ev.inter2 = inter_for(a2, ev.country) if a2 else None
    ev.interaction = interaction(ev.inter1, ev.inter2)


def _two_sides_of_one_kind(draft: EventDraft) -> bool:
    """"BJP and BSP workers clashed", "two groups of ... clashed": the sides of a clash its subject named, both
    crowds of one kind (assemble marks the second side)."""
    return draft.actor2 is not None and bool(draft.actor2.data.get("other_side"))


def name_actor(m: Mention, ev: Event, ctx: Context) -> tuple[str | None, int | None]:
    """The ACLED name and inter code of one actor mention in an event."""
    actor = _actor(m, ev, ctx)
    return (_name(actor, ev, ctx), inter_for(actor, ev.country)) if actor else (None, None)


def _crowd(actor: Actor | None, ev: Event, ctx: Context, first: bool,
           country: str | None) -> tuple[Actor | None, list[str]]:
    """ACLED codes a party's members as the crowd they form (Protesters in a protest, Rioters otherwise) with the
    party as an associated actor; so too civilians who lead a protest or a riot ("students marched": Protesters,
    associated Students). `country`: the event's (`_event_country`)."""
    if actor is not None and not country and actor.generic_kind == "armed_group" and ev.event_type == "Riots":
        return None, []  # a riot's unnamed attackers are the rioters of a country the text does not name
    if actor is None or not country:
        return actor, []
    crowd_kind = "protesters" if ev.event_type == "Protests" else "rioters"
    if actor.generic_kind == "armed_group" and ev.event_type == "Riots":  # a riot's unnamed attackers are rioters
        return ctx.actors.generic("rioters", country), []
    if actor.kind == "political":
        return ctx.actors.generic(crowd_kind, country), [_name(actor, ev, ctx)]
    if first and actor.kind == "civilians" and ev.event_type in ("Protests", "Riots"):
        subgroup = [actor.name] if actor.generic_kind not in (None, "civilians") else []
        return ctx.actors.generic(crowd_kind, country), subgroup
    return actor, []


def _subgroup(actor: Actor | None, coded_name: str | None) -> list[str]:
    """ACLED codes women, children, journalists... as civilians and names the group as an associated actor."""
    if actor is None or not coded_name or not actor.coded_as or actor.name == coded_name:
        return []
    return [actor.name]


def _assoc(mentions: list[Mention], ev: Event, ctx: Context, taken: set[str | None], country: str | None,
           first: list[str] | None = None) -> list[str]:
    names: list[str] = list(first or [])
    for m in mentions:
        actor = _actor_in(m, ev, ctx, country)
        # a group ACLED codes as civilians is named as itself beside another actor ("Students (Kenya)")
        name = actor.name if actor and actor.generic and actor.coded_as else _name(actor, ev, ctx) if actor else None
        if name and name not in taken and name not in names:
            names.append(name)
    return names
