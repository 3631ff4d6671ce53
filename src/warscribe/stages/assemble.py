"""Assemble stage: builds one event draft per event sentence — its frame and ACLED type, the roles of the
actors, the counts, the attribution and the claim status — and skips negated, hypothetical, planned,
habitual and background statements."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import pairwise
from operator import attrgetter

from warscribe import trace
from warscribe.config import Context
from warscribe.knowledge.counts import no_fatalities
from warscribe.knowledge.lexicon import Frame, Lexicon, TypingRule
from warscribe.knowledge.patterns import lacks_words, space_start, starts_with, word_character
from warscribe.knowledge.prefilter import prefiltered
from warscribe.knowledge.roles import (
    INTERNATIONAL,
    accuser_acts,
    accuses,
    addressed,
    after_copula,
    against_itself,
    agent_marker_pattern,
    agent_markers,
    aimed_at,
    air_raider,
    allied_join,
    armed_casualties,
    bombed_after,
    brawl_crowd,
    burnt_after,
    casualty_part,
    cites_after,
    civilian_target,
    collectives,
    communal_generic,
    community_victims,
    coordinated,
    crowd_anaphor,
    denies,
    fight_setting_before,
    fired_by_owner,
    flyers_again,
    fought_with,
    further_victims,
    further_victims_frames,
    held_place_struck,
    holder_before,
    holder_cannot_do,
    holder_never_strikes,
    identifies_perpetrator,
    identifying_words,
    in_place_history,
    kind_plural_words,
    learns,
    leaves_casualties,
    may_name_role,
    member_possessive,
    mob_generic,
    mob_verb,
    named_as_backer,
    named_as_part,
    named_by_fire,
    no_civilian_side,
    opening_backer,
    owns_offensive,
    owns_outlet,
    owns_place,
    owns_premises,
    partitive,
    party_to_pact,
    pronoun_is_thing,
    reciprocal,
    repels_assault,
    role_words,
    sends_own,
    side_clause_words,
    speaker_within,
    states_author,
    strikes_told_again,
    taken_for,
    tells_again,
    unarmed_unknown,
    vehicle_owner_pattern,
    victim_countries,
    weapon_struck,
    weapon_subject_opens,
    window_holds,
    without_weapons,
)
from warscribe.model import Document, Event, EventDraft, Evidence, Mention, Sentence
from warscribe.stages import retell
from warscribe.stages.segment import dated_caption, ends_with_photo_credit, in_article_body

# (The look-aheads before the word lists below change no match: a search leaves most word starts at their first
# letter instead of trying every word; see patterns.starts_with.)
_BREAK_WORDS = ("but", "while", "whereas", "although", "though", "however", "meanwhile")
_BREAK_MARKS = ",;:—–"


def _break_pattern(marks: str, words: tuple[str, ...]) -> re.Pattern[str]:
    """A search for one of `marks` or a whole word of `words` in any case: the matches of `[marks]|\\b(?:words)\\b`
    (case-blind), written as one alternation each branch of which opens on a character as written (a mark, or a
    word's first letter in one case), with no case-blind flag over them: `re` then skips along a text to the next
    character that opens a branch and tries only the branches it opens, where the case-blind alternation was tried
    whole at every position (a clause break is searched for over long spans: a sentence's rest, a document's).
    Each word's first letter must match no character but its two ASCII cases case-blind (true of the break words);
    the rest of the word keeps the case-blind match. The word's boundary before it is read last, behind the word
    matched: the character before the word is no word character."""
    branches = [re.escape(mark) for mark in marks]
    for word in words:
        rest = f"(?i:{re.escape(word[1:])})\\b(?<!\\w{{{len(word) + 1}}})"
        branches += [re.escape(word[0].lower()) + rest, re.escape(word[0].upper()) + rest]
    return re.compile("|".join(branches))


_CLAUSE_BREAK = _break_pattern(_BREAK_MARKS, _BREAK_WORDS)
# A photo's credit in brackets, then three words or more of a story ("(File photo) (TRT World) A bomb killed six").
_CREDIT_THEN_STORY = re.compile(r"\([A-Z][^()]{0,40}\)\s*(?:\([A-Z][^()]{0,40}\)\s*)*[\w'’-]+\s+[\w'’-]+\s+[\w'’-]+")
_STOP = re.compile(r"[.!?](?:\s|$)")
_COORDINATED_VERB = re.compile(r"\s+and\s+(?:then\s+)?\w+ed\b", re.I)
_CAUSE_OR_TIME = re.compile(r"\b(?:after|following|due\s+to|because\s+of|when)\b", re.I)
_MAIN_VERB = re.compile(r"\b(?:was|were|has been|have been|had been)\b", re.I)
_DAY_CUE = prefiltered(re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\b", re.I))
_YEAR = re.compile(r"\b(?:in|since|during|by|of)\s+(?:(?:early|late|mid)[- ]?)?(?:(?:january|february|march|april|"
                   r"may|june|july|august|september|october|november|december)\s+)?((?:19[5-9]|20[0-3])\d)\b", re.I)
# A date that opens a sentence with no preposition, as a timeline's line does ("March 15 2011 Protests demand ...",
# "24 August 2016 Turkey launches ..."); not an incident log's span ("Between June 2022 and October 2022: ...").
_LINE_DATE = re.compile(r"\s*(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|september|october|"
                        r"november|december)\s+(?:\d{1,2},?\s+)?((?:19[5-9]|20[0-3])\d)\b", re.I)
# The digits every match of `_YEAR` holds: their absence from a sentence spares the search of `_YEAR` there.
_YEAR_DIGITS = re.compile(r"(?:19[5-9]|20[0-3])\d")


@cache
def _agent_before() -> re.Pattern[str]:
    """ "killed by", "at the hands of", "blamed on" and up to two words, or the members of a group ("by members of
    the", "by members of an", "by a gang of armed men", "by a group of unknown gunmen": roles.yaml `collectives`),
    or the owner of what did it ("by a helicopter belonging to the": roles.yaml `vehicle_owners`), right before a
    name."""
    return re.compile(starts_with(agent_markers(), r"\s")
                      + rf"(?<!backed )(?<!supported )(?<!sponsored )\b(?:{agent_marker_pattern()})"
                      r"\s+(?:the\s+)?(?:(?:\S+\s+){0,2}|(?:an?\s+|two\s+|three\s+|several\s+)?(?:members?|"
                      r"fighters?|gunmen|militants?|rebels?|soldiers?|elements?)\s+of\s+(?:the\s+|an?\s+)?(?:al\s+)?|"
                      rf"(?:an?\s+|one\s+)?(?:{collectives()})s?\s+of\s+(?:\S+\s+){{0,2}}|"
                      # "released by a helicopter belonging to the regime": the owner of the aircraft or vehicle
                      rf"(?:an?\s+|the\s+)?[\w-]+\s+(?:{vehicle_owner_pattern()})\s+(?:the\s+)?)"
                      r"[\"“‘']?$", re.I)


# A headline's passive without its auxiliary: "ambulance destroyed by government forces", "hospital hit reportedly
# by warplanes": the trigger is a participle whose agent follows "by", and the noun before it is the victim.
_BY_AFTER = re.compile(r"\s+(?:\w+ly\s+)?by\s", re.I)
_BY_END = re.compile(r"\sby$", re.I)
# The trigger's own "by" after one word of it ("shot dead by", "killed by"): a bare verb's passive (_bare_verb).
_TRIGGER_BY = re.compile(r"\s+(?:\w+\s+)?by\b", re.I)
_ADJECTIVAL = re.compile(r"\bthe\s+$", re.I)  # "the killed terrorists": a participle used as an adjective
_COUNT_AFTER = re.compile(r"\s*(?:of\s+)?(?:at\s+least\s+|over\s+|some\s+)?(?:\d|one|two|three|four|five|six|seven|"
                          r"eight|nine|ten|dozens|tens|hundreds|several)", re.I)
# Case-sensitive: "IS" before a trigger is the Islamic State, not a passive auxiliary.
# (an adverb may stand between: "were reportedly killed", "were also killed", "were all killed")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|got|getting|Was|Were)\s+"
                             r"(?:(?:\w+ly|also|all|both|later|then|again|just)\s+)?$")
# "the troops are advancing toward the city", "the army was shelling the town": "is"/"was" before a present
# participle is the progressive, an active verb whose subject acts (not the passive "were killed"; _passive_before)
_PROGRESSIVE = re.compile(r"(?!being\b)[A-Za-z]+ing\b")
# ... except in a relative clause on the side struck ("injuring two soldiers who were patrolling the area")
_RELATIVE_BE = re.compile(r"\b(?:who|which|that)\s+(?:was|were|is|are)\s+(?:\w+ly\s+)?$", re.I)
# After a name, what makes it a modifier of a noun ("the BNP-JeI led blockade", "the BNP's rally"), not a side.
_MODIFIER_AFTER = re.compile(r"\s*(?:[-–/]|['’]s\b|led\b)")
# "between X and Y", also "between the armed group X and ..." (the noun names X)
_BETWEEN = prefiltered(re.compile(
    r"\bbetween\s+(?:(?:fighters|members|militants|forces|troops)\s+(?:from|of)\s+)?(?:the\s+)?"
    r"(?:(?:[a-z]+\s+)?(?:group|faction|movement)\s+)?$", re.I))
# "between A and B on (the) one hand and C on the other": A and B are one side (a bracketed acronym may come first)
_ONE_HAND = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?on\s+(?:the\s+)?one\s+hand\b", re.I)
# "according to X" runs to the clause's end; a bracketed aside "(2 according to Taliban sources)" ends at its bracket
# (its first letter, then the look-behind a \b before it would be: the same matches, but a search tries only at
# an "a")
_ACCORDING = re.compile(r"(?-i:[aA])(?<!\w[aA])ccording\s+to\b[^,.;)]*", re.I)
_ACCORDING_WORDS = ("according",)  # (the word every match of `_ACCORDING` holds)
_DEFINITE_WORDS = ("the", "this", "these", "that", "those", "such", "its", "their")
_DEFINITE = re.compile(r"\b" + starts_with(_DEFINITE_WORDS, r"\s") + rf"(?:{'|'.join(_DEFINITE_WORDS)})\s+(?:\w+\s+)?$",
                       re.I)
_CLAIMED_RESPONSIBILITY = prefiltered(re.compile(
    r"\bclaim(?:ed|s)?\s+(?:(?:full\s+|sole\s+)?responsibility|the\s+(?:attack|bombing|blast|strike|explosion|"
    r"assault|ambush|killing))\b", re.I))
_CLAIM_WORDS = ("claim",)  # what every match of `_CLAIMED_RESPONSIBILITY` holds: a text without it is not searched
# (the last document text asked of, and whether it lacks the claim words: asked for each of its sentences, between
# which `lacks_words` reads other texts and would lower-case the whole document again)
_CLAIMLESS: tuple[str | None, bool] = (None, False)


def _lacks_claim(text: str) -> bool:
    """`lacks_words(text, _CLAIM_WORDS)`, remembered for the last text asked of."""
    global _CLAIMLESS
    seen, lacks = _CLAIMLESS
    if seen is not text:
        lacks = lacks_words(text, _CLAIM_WORDS)
        _CLAIMLESS = (text, lacks)
    return lacks


@dataclass
class _History:
    """What earlier sentences named, for resolving "the group", "it", "the sides"."""

    actors: list[Mention] = field(default_factory=list)
    drafts: list[EventDraft] = field(default_factory=list)


class AssembleStage:
    """Adds `drafts` and one Event per draft (the later stages resolve and merge them)."""

    name = "assemble"
    reads = ("text", "published", "sentences", "mentions")
    adds = ("drafts", "events")

    def run(self, doc: Document, ctx: Context) -> None:
        lexicon: Lexicon = ctx.lexicon
        history = _History()
        per_sentence = _group(doc.mentions, doc.sentences)
        _ground_bombings(doc, per_sentence)
        drafts: list[EventDraft] = []
        for sentence in doc.sentences:
            mentions = per_sentence[sentence.index]
            draft = _draft(doc, sentence, mentions, lexicon, ctx, history)
            if draft is not None:
                drafts.append(draft)
                history.drafts.append(draft)
            history.actors += [m for m in mentions if m.kind == "actor" and not m.data.get("generic")]
        drafts = _period_headlines(doc, drafts, per_sentence, lexicon)
        _apply_disputes(doc, drafts, per_sentence)
        _declared_fatalities(drafts, per_sentence)
        _later_interventions(doc, drafts, lexicon, ctx)
        _later_fight_back(doc, drafts, lexicon, ctx)
        _protest_beside(doc, drafts, lexicon, ctx)
        doc.drafts = drafts
        doc.events = [_event(doc, d) for d in drafts]


# Cues that make a sentence a span's or a campaign's sum ("700 were executed during the past two weeks").
_SPAN_CUES = frozenset({"background", "period"})
# a cue that names a span of days ("during the past two weeks"), not a day's own ("in the past 24 hours") nor a
# month's ("last month": an older event)
_SPAN_WORD = re.compile(r"\b(?:days|weeks|months)\b", re.I)
# a figure as written, not one that counts the span itself ("over the last 15 days")
_FIGURE = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d+)\b(?!\s+(?:days|weeks|months|years|hours)\b)")


def _period_headlines(doc: Document, drafts: list[EventDraft], per_sentence: dict[int, list[Mention]],
                      lexicon: Lexicon) -> list[EventDraft]:
    """A headline's (or opening sentence's) toll that the body tells as a span's sum ("IS executed 700 from tribe"
    over "has executed 700 members of the tribe during the past two weeks", which is dropped as background) is that
    sum, not one day's event: the headline's draft goes with it (a coder codes the days the body tells, not the
    span)."""
    first = doc.sentences[0].index if doc.sentences else -1
    # (a headline, or the opening sentence that is one: FA-KES texts open with their title, unmarked)
    tolls = [d for d in drafts if (d.sentence.headline or d.sentence.index == first) and d.fatalities > 0
             and not d.fatalities_vague]
    if not tolls:
        return drafts  # (most documents: no headline toll to look for)
    told = {d.sentence.index for d in tolls}
    # (the sentences with a span's cue, read in one pass over the document's mentions)
    cued = {i for i, ms in per_sentence.items() for m in ms
            if m.kind == "cue" and m.label in _SPAN_CUES and _SPAN_WORD.search(m.text)}
    spans = [s for s in doc.sentences if not s.headline and s.index not in told and s.index in cued]
    summed: set[int] = set()
    for s in spans:
        if _sentence_suppressed(doc, s, per_sentence[s.index], lexicon):
            # (its figures as written: a dropped sentence's toll is often read as no count of its own)
            summed.update(int(n.replace(",", "")) for n in _FIGURE.findall(doc.text, s.start, s.end))
            summed.update(m.data["value"] for m in per_sentence[s.index]
                          if m.kind == "count" and m.label == "death" and not m.data.get("vague"))
    gone = [d for d in tolls if d.fatalities in summed]
    for d in gone:
        trace.drop(doc, "assemble", d.sentence, f"its toll, {d.fatalities}, is the sum over a span of days that the "
                   "body tells as background (lexicon/cues.yaml background, period): no one day's event")
    return [d for d in drafts if d not in gone]


def _ground_bombings(doc: Document, per_sentence: dict[int, list[Mention]]) -> None:
    """A word for a bombing that does not say from where ("the bombing that targeted the headquarters") is the
    ground bomb told in its own sentence ("Bus bombing ... a bomb exploded aboard a bus") or, where the article names
    no aircraft, in its headline or a sentence near it ("the building which was targeted by a car bomb"): its
    trigger takes the ground bomb's frame (retellings.yaml `ground_bombing`)."""
    if not _any_ground_bomb(per_sentence):
        return  # (most documents: no sentence's aircraft need be read)
    told = {i: _bombs_told(ms) for i, ms in per_sentence.items()}
    air_anywhere = any(air for _, air in told.values())
    ground_at = [i for i, (ground, _) in told.items() if ground]
    headlines = {s.index for s in doc.sentences if s.headline}
    reach = retell.ground_bombing_reach()
    frame = retell.ground_frame()
    for i, mentions in per_sentence.items():
        ground, air = told[i]
        near = not air_anywhere and any(j in headlines or abs(j - i) <= reach for j in ground_at)
        if air or not (ground or near):
            continue
        for k, m in enumerate(mentions):
            if m.kind == "trigger" and retell.ground_bombing_word(m.label, m.text):
                mentions[k] = replace(m, label=frame)
                trace.note(doc, "assemble", trace.RELABELLED, f"{m.text!r} names no aircraft and a bomb on the "
                           f"ground is told {'in its sentence' if ground else 'near it'}: {frame!r} "
                           f"(lexicon/retellings.yaml ground_bombing)", i, m)


def _any_ground_bomb(per_sentence: dict[int, list[Mention]]) -> bool:
    """Whether some sentence tells a bomb on the ground (`_bombs_told`'s first answer), asked of its triggers and
    means only: a plain loop, no call per mention."""
    for mentions in per_sentence.values():
        for m in mentions:
            if (m.kind == "trigger" or m.kind == "means") and retell.ground_bomb(m.kind, m.label):
                return True
    return False


def _bombs_told(mentions: list[Mention]) -> tuple[bool, bool]:
    """Whether a sentence tells a bomb on the ground, and whether it tells aircraft (a means of the air, or a
    strike from the air not told by a bare bombing word)."""
    ground = any(retell.ground_bomb(m.kind, m.label) for m in mentions)
    air = any(retell.air_told(m.kind, m.label) or (
        m.kind == "trigger" and m.label == "airstrike" and not retell.ground_bombing_word(m.label, m.text))
        for m in mentions)
    return ground, air


def _declared_fatalities(drafts: list[EventDraft], per_sentence: dict[int, list[Mention]]) -> None:
    """"Fatalities coded as 0": a coder's declared figure is the fatalities of the events told before it."""
    declared = sorted((m for ms in per_sentence.values() for m in ms if m.kind == "count" and m.label == "declared"),
                      key=lambda m: m.start)
    for d in drafts:
        m = next((m for m in declared if m.start >= d.sentence.start), None)
        if m is not None and not no_fatalities(d.sub_event_type):
            d.fatalities, d.fatalities_vague = m.data["value"], False
            d.counts = [c for c in d.counts if c.label != "death"] + [replace(m, label="death")]


# Frames of a later sentence that tell how a protest was met ("Police dispersed them"); arrests are left out, since
# in news a later sentence about arrests is as often about other people or another day (the seeds' protests).
_INTERVENTION = frozenset({"protest_intervention"})
_INTERVENTION_REACH = 2  # sentences after the protest
# Frames of a later sentence that tell the protesters fought the force sent against them ("a man was shot dead in
# the ensuing clashes with police"): ACLED codes the protest as a violent demonstration (pseudo-frame
# `fought_police`, typing.yaml).
_FOUGHT_POLICE = frozenset({"clash"})


def _later_interventions(doc: Document, drafts: list[EventDraft], lexicon: Lexicon, ctx: Context) -> None:
    """A peaceful protest that the next sentences say was broken up is one protest with intervention
    (pseudo-frame `intervened`, typing.yaml), unless a new protest is told first."""
    for i, d in enumerate(drafts):
        if d.sub_event_type != "Peaceful protest":
            continue
        for later in drafts[i + 1:]:
            if later.sentence.index - d.sentence.index > _INTERVENTION_REACH or later.trigger.label == "protest":
                break
            if later.frames & _FOUGHT_POLICE and _crowd_and_force(ctx, later):
                d.frames.add("fought_police")
                trace.typed(doc, d, _type(d, lexicon, ctx, doc.text))
                if d.event_type == "Riots" and d.actor1 is not None and d.actor1.label == "generic:protesters":
                    d.actor1 = replace(d.actor1, label="generic:rioters")  # the crowd that fought is rioters
                force = next(a for a in (later.actor1, later.actor2) if _kind(ctx, a) == "state")
                if _kind(ctx, d.actor2) != "state":
                    d.actor2 = force  # the force the crowd fought
                if d.event_type == "Riots":
                    # the clash is the same crowd's fight told again: one event (merge), not a battle with no side
                    later.event_type, later.sub_event_type = d.event_type, d.sub_event_type
                    later.actor1, later.actor2 = d.actor1, d.actor2
                break
            if later.frames & _INTERVENTION:
                d.frames.add("intervened")
                trace.typed(doc, d, _type(d, lexicon, ctx, doc.text))
                if d.sub_event_type != "Peaceful protest" and d.actor2 is None \
                        and _kind(ctx, later.actor1) == "state":
                    d.actor2 = later.actor1  # the force that intervened
                break


def _crowd_and_force(ctx: Context, later: EventDraft) -> bool:
    """A fight between a force and, at most, a crowd ("a man was shot during ensuing clashes with police"): no armed
    group on either side, so it is the protesters' fight, not a battle elsewhere."""
    kinds = [_kind(ctx, a) for a in (later.actor1, later.actor2) if a is not None]
    return "state" in kinds and all(k in _CROWD_OR_FORCE for k in kinds)


# A one-sided attack or a raid that the next sentences say was fought back: the attacked side or a force that came
# to its aid returned fire, repulsed the attack or fought the raiders (the main frame of the later sentence is one
# of these, told by a verb: "the attack is linked to clashes between clans" is background), so the two sides
# fought (pseudo-frame `fought_back`, typing.yaml).
_FIGHT_BACK = frozenset({"clash"})
_FIGHT_BACK_FROM = frozenset({"Attack", "Looting/property destruction"})
_FIGHT_BACK_REACH = 2  # sentences after the attack
_CROWD_KINDS = frozenset({"civilians", "rioters", "protesters"})
_CROWD_OR_FORCE = _CROWD_KINDS | {"state"}  # the sides of a crowd's fight with a force (_crowd_and_force)


def _later_fight_back(doc: Document, drafts: list[EventDraft], lexicon: Lexicon, ctx: Context) -> None:
    """"Gunmen attacked a village. Police returned fire, killing two of them.": one armed clash between the
    attackers and the side that fought back, unless a new event of the attack's kind is told first."""
    for i, d in enumerate(drafts):
        # a toll with no attacker named ("two vehicles were destroyed") was not fought back: a later fight is
        # another event's
        if d.sub_event_type not in _FIGHT_BACK_FROM or d.actor1 is None or _kind(ctx, d.actor1) in _CROWD_KINDS:
            continue
        for later in drafts[i + 1:]:
            if later.sentence.index - d.sentence.index > _FIGHT_BACK_REACH:
                break
            if _armed_toll(ctx, d, later):
                d.frames.add("fought_back")
                if d.actor2 is None or _kind(ctx, d.actor2) == "civilians":
                    d.actor2 = later.actor2  # the armed side that lost men
                trace.typed(doc, d, _type(d, lexicon, ctx, doc.text))
                break
            if later.trigger.label not in _FIGHT_BACK or later.trigger.data.get("noun"):
                if later.trigger.label == d.trigger.label and not later.enrich_only and later.actor1 is not None:
                    break  # another attack told
                continue
            sides = [a for a in (later.actor1, later.actor2) if a is not None]
            if any(_kind(ctx, a) in _CROWD_KINDS - {"civilians"} for a in sides):
                break  # a crowd's fight: no armed side answered
            d.frames.add("fought_back")
            trace.typed(doc, d, _type(d, lexicon, ctx, doc.text))
            if d.event_type == "Battles":
                other = next((a for a in sides if _kind(ctx, a) not in _CROWD_KINDS
                              and (d.actor1 is None or a.label != d.actor1.label)), None)
                if other is not None and (d.actor2 is None or _kind(ctx, d.actor2) == "civilians"):
                    d.actor2 = other  # the side that fought back
                later.enrich_only = True  # the same fight, told from the other side
            break


# A crowd's violence that follows a protest of the same crowd ("There were demonstrations against the results in
# Migori. The rioters burned down the market."): the protest turned violent, a violent demonstration (ACLED), not a
# mob's violence. A crowd that lynches or beats someone (frames mob, beating) stays a mob, whatever it protested
# before; a crowd named otherwise than the protesters ("Nurses marched. Traders burned a car.") is another crowd.
_PROTEST_REACH = 2  # sentences after the protest
_MOB_CONDUCT = frozenset({"riot", "loot", "clash", "attack", "kill"})


def _protest_beside(doc: Document, drafts: list[EventDraft], lexicon: Lexicon, ctx: Context) -> None:
    """Mob violence by a crowd after a protest told in an earlier sentence becomes part of the protest (the frame
    protest is added, typing.yaml)."""
    protests = [d for d in drafts if d.trigger.label == "protest" and d.actor1 is not None]
    if not protests:
        return
    for d in drafts:
        crowd = _protest_crowd(ctx, d)
        if crowd is None:
            continue
        if any(0 < d.sentence.index - p.sentence.index <= _PROTEST_REACH and _same_protesters(p, crowd)
               for p in protests):
            d.frames.add("protest")
            if _kind(ctx, d.actor1) == "state" and d.trigger.label == "clash":
                d.actor1, d.actor2 = d.actor2, d.actor1  # the crowd rioted; the force met it
            trace.typed(doc, d, _type(d, lexicon, ctx, doc.text))
            t, victims = d.trigger, d.actor2
            if d.sub_event_type != "Mob violence" and victims is not None and victims.label == "generic:civilians" \
                    and (victims.start, victims.end) == (t.start, t.end):
                d.actor2 = None  # the civilians a mob's violence is given by default (roles.yaml civilian_targets)


def _protest_crowd(ctx: Context, d: EventDraft) -> str | None:
    """The words naming the crowd of a later sentence's violence that may be a protest's turning violent: a crowd's
    mob violence, or a clash between a force and a crowd ("clashes between police and the traders" after the traders
    protested: ACLED codes the violent demonstration, not an armed clash)."""
    if d.actor1 is None or d.frames & {"mob", "beating"}:
        return None
    if d.sub_event_type == "Mob violence" and d.trigger.label in _MOB_CONDUCT \
            and _kind(ctx, d.actor1) in ("rioters", "protesters"):
        return d.actor1.data.get("crowd_words") or d.actor1.text
    if d.sub_event_type == "Armed clash" and d.trigger.label == "clash" and d.actor2 is not None:
        kinds = (_kind(ctx, d.actor1), _kind(ctx, d.actor2))
        if "state" not in kinds:
            return None
        side = d.actor2 if kinds[0] == "state" else d.actor1
        if _kind(ctx, side) in _CROWD_KINDS or side.label.startswith("generic:"):
            return side.data.get("crowd_words") or side.text
    return None


def _same_protesters(protest: EventDraft, crowd: str) -> bool:
    """Whether a crowd may be the protest's: named alike ("students ... the students") or by a word that names no
    one ("the rioters", "they")."""
    words: str | None = protest.actor1.data.get("crowd_words") if protest.actor1 is not None else None
    return crowd_anaphor(crowd) or (bool(words) and words.lower().split()[-1]  # type: ignore[union-attr]
                                    == crowd.lower().split()[-1])


def _armed_toll(ctx: Context, attack: EventDraft, later: EventDraft) -> bool:
    """"Militants ambushed a convoy. Two soldiers were killed.": a toll with no perpetrator named (or the attack's own)
    whose victims are an armed side other than the attackers."""
    if later.trigger.label not in ("kill", "attack") or later.actor2 is None or later.trigger.data.get("noun"):
        return False
    if later.actor1 is not None and (attack.actor1 is None or later.actor1.label != attack.actor1.label):
        return False
    victim = _kind(ctx, later.actor2)
    return victim == "state" and (attack.actor1 is None or later.actor2.label != attack.actor1.label)


_START = attrgetter("start")  # a sort key read without a Python call per item
_END = attrgetter("end")


def _group(mentions: list[Mention], sentences: list[Sentence]) -> dict[int, list[Mention]]:
    out: dict[int, list[Mention]] = {s.index: [] for s in sentences}
    i, count = 0, len(sentences)  # (the length read once, not at every step)
    for m in sorted(mentions, key=_START):
        while i < count and sentences[i].end <= m.start:
            i += 1
        if i < count and sentences[i].start <= m.start:
            out[sentences[i].index].append(m)
    return out


# -- which triggers stand

def _sentence_suppressed(doc: Document, sentence: Sentence, mentions: list[Mention], lexicon: Lexicon,
                         cues: set[str] | None = None) -> bool:
    """`cues`: the labels of the sentence's cues, where the caller has them (its draft reads them again)."""
    if cues is None:
        cues = {m.label for m in mentions if m.kind == "cue"}
    if "background" in cues and _background(mentions, lexicon):
        return True
    # A photo's caption is suppressed as a campaign's course is (a protest pictured stays); so is a sentence that
    # ends with a photo's credit, the caption segment.py cut from the story after it, and a caption told with its
    # full date and an agency's credit.
    if ("caption" in cues or ends_with_photo_credit(doc.text, sentence.start, sentence.end)
            or dated_caption(doc.text, sentence.start, sentence.end)) and not _story_after_credit(doc, sentence):
        cues = cues | {"period"}
    # A protest keeps a day's sentence that also names a campaign or an anniversary; so does one named where others'
    # violence against its participants is told ("during the party's rally": a non-violent trigger telling a protest).
    if cues & {"nationwide", "period"} and not any(m.kind == "trigger" and (m.label == "protest" or (
            m.data.get("protest") and not lexicon.frames[m.label].violent)) for m in mentions):
        return True
    if "commentary" in cues and in_article_body(doc, sentence.index):
        return True
    if "habitual" in cues and not _DAY_CUE.search(doc.text[sentence.start:sentence.end]) and not any(
            m.kind == "count" and not m.data["vague"] for m in mentions):
        return True
    return _older_year(doc, sentence, mentions, lexicon)


def _retells_attack(cues: set[str], violent: bool) -> bool:
    """Whether a cue makes a sentence of an article's body retell an attack told elsewhere: a statement condemning
    it, a video showing violence, or the event told again as the subject of its setting ("the new blasts come in
    the wake of ...": cues.yaml `condemnation`, `footage`, `retold_subject`)."""
    return bool(cues & {"condemnation", "retold_subject"}) or ("footage" in cues and violent)


def _story_after_credit(doc: Document, sentence: Sentence) -> bool:
    """Whether a story runs on after a photo's credit in the sentence ("... (Reuters Photo) Thirty-five people were
    killed"): a caption flattened with the lede that follows it."""
    return _CREDIT_THEN_STORY.search(doc.text, sentence.start, sentence.end) is not None


def _background(mentions: list[Mention], lexicon: Lexicon) -> bool:
    """Whether a background cue ("last year", "years ago") makes the sentence background: not when it lies in what a
    protest or an arrest is about ("protested, demanding justice for an activist abducted 27 years ago")."""
    topics = _topic_cues(mentions, lexicon)
    return any(m.kind == "cue" and m.label == "background" and not any(c.end <= m.start for c in topics)
               for m in mentions)


# The fewest sentences opening with a date that make a document a timeline (an incident log's one line, "9 June
# 2017: gunmen threw a grenade at a doctor's house", is no timeline: its date is its event's).
_TIMELINE_LINES = 3


def _is_timeline(doc: Document) -> bool:
    """Whether the document holds a timeline: several sentences that open with a full date and no preposition."""
    return sum(_LINE_DATE.match(doc.text, s.start, s.end) is not None for s in doc.sentences) >= _TIMELINE_LINES


def _older_year(doc: Document, sentence: Sentence, mentions: list[Mention], lexicon: Lexicon) -> bool:
    """A sentence anchored in an earlier year is background ("In 2016, government forces retook Aleppo"):
    the year comes before its first trigger, or in the same clause as a trigger (not in an aside such as
    ", who had signed a settlement in 2018"). A year in what a protest or an arrest is about is the topic's,
    not the event's ("protested, demanding justice for a leader who went missing in 2019"), even past its clause."""
    published = doc.published
    if not published or not published[:4].isdigit():
        return False
    text, start, end = doc.text, sentence.start, sentence.end
    if (text.find("19", start, end) < 0 and text.find("20", start, end) < 0) \
            or not _holds_year_before(text, start, end, int(published[:4])):
        # no year's digits: no year (every year's digits open with "19" or "20": two substring scans, far cheaper than
        # the search, spare it in most sentences); none of an earlier year (most sentences that name one name the
        # year of publication): no older year, and neither the pattern nor the sentence's cues are read
        return False
    line_date = _LINE_DATE.match(doc.text, sentence.start, sentence.end)
    if line_date is not None and int(line_date.group(1)) < int(published[:4]) and _is_timeline(doc):
        return True
    triggers = [m for m in mentions if m.kind == "trigger"]
    topics = _topic_cues(mentions, lexicon)
    # a protest's grievance runs on past its clause ("demanding the return of a leader, who went missing in 2019";
    # "against the government, and claimed it stole the elections of 2018")
    grievances = [c for c in topics if any(t.label == "protest" and t.end <= c.start for t in triggers)]
    for m in _YEAR.finditer(doc.text, sentence.start, sentence.end):
        if int(m.group(1)) >= int(published[:4]):
            continue
        if any(c.end <= m.start() and not _CLAUSE_BREAK.search(doc.text, c.end, m.start()) for c in topics):
            continue
        if any(c.end <= m.start() for c in grievances):
            continue
        if triggers and m.start() > triggers[0].end and _in_aside(doc.text, triggers[0].end, m.start()):
            continue
        if not triggers or m.start() < triggers[0].start or any(
                not _CLAUSE_BREAK.search(doc.text, min(t.end, m.start()), max(t.start, m.end())) for t in triggers):
            return True
    return False


def _holds_year_before(text: str, start: int, end: int, year: int) -> bool:
    """Whether text[start:end] holds the digits of a year (`_YEAR_DIGITS`) before `year`. Every year `_YEAR` and
    `_LINE_DATE` match is written after a character that is no digit, so that a search of the digits from the
    sentence's start finds it whole: without such digits neither pattern matches a year before `year`."""
    return any(int(m.group()) < year for m in _YEAR_DIGITS.finditer(text, start, end))


# A passive relative clause after a comma tells what had been done to a thing named before it: "a clinic, which had
# previously been damaged by a bomb in 2018" (not "a man, who had killed two people in 2019": his act may be told)
_ASIDE_START = re.compile(r"[,;:—–]\s*(?:which|that|who)\s+(?:had\s+(?:\w+\s+)?been|was|were)\b", re.I)


def _in_aside(text: str, start: int, at: int) -> bool:
    """Whether the year at `at` lies in such a passive relative clause opened after the first trigger (between
    `start` and it), with no other clause opened since: the thing's past, not the event's time ("Russian jets
    bombed a clinic, which had been damaged by a bunker buster bomb in February 2018")."""
    last = None
    for b in _CLAUSE_BREAK.finditer(text, start, at):
        last = b
    return last is not None and _ASIDE_START.match(text, last.start()) is not None


def _closes_aside(between: str) -> bool:
    """A bracket closes between a cue and a trigger that did not open there too: the cue sat in an aside ("eight people
    (sex not known) were raped"); a whole bracket passed on the way ("against the killing of a BCL (a party's wing)
    leader") leaves the cue's clause open."""
    depth = 0
    for ch in between:
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            return True
    return False


def _in_scope(doc: Document, cue: Mention, trigger: Mention) -> bool:
    """A clause-scoped cue governs a trigger after it in the same clause; not one past the bracket closing an
    aside ("eight people (sex not known) were raped"), nor the main verb after a cue that opens an infinitive in
    the subject ("a woman trying to enter the ward was shot"), nor from a compound adjective ("drought-affected
    villagers were abducted": the disaster describes them) or a verb coordinated with the trigger's ("a volunteer
    was stopped and detained"); a negation leaves what came before it alone ("left without power after a rocket
    attack", "no one was hurt when the shells hit")."""
    if cue.end > trigger.start or doc.text.startswith("-", cue.end) or _COORDINATED_VERB.match(doc.text, cue.end):
        return False
    between = doc.text[cue.end:trigger.start]
    if _closes_aside(between) or (cue.text.casefold().endswith(" to") and _MAIN_VERB.search(between)):
        return False
    if cue.label == "negation" and _CAUSE_OR_TIME.search(between):
        return False
    return not _CLAUSE_BREAK.search(doc.text, cue.end, trigger.start)


def _standing_triggers(doc: Document, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    if not _has_cue(mentions):
        # (no cue: no scope, topic, setting, support phrase or covering phrase silences a trigger; only the
        # participle used as an adjective is left to test)
        return [t for t in mentions if t.kind == "trigger" and not _adjectival(doc, t)]
    scoped = [m for m in mentions if m.kind == "cue" and lexicon.cue_scopes.get(m.label) == "clause_after"
              and m.label in ("negation", "hypothetical", "future", "habitual", "disaster")]
    topics = [c for c in _topic_cues(mentions, lexicon) if not _time_after_arrest(doc, c, mentions, lexicon)]
    scoped += _settings(doc, mentions, lexicon)
    supported = _support_nouns(doc, mentions, lexicon) + _covered_triggers(doc, mentions, lexicon)
    # What a protest is about is no event, but how it was met is ("protested ... until police fired tear gas").
    return [t for t in mentions if t.kind == "trigger" and t not in supported
            and not (scoped and any(_in_scope(doc, c, t) for c in scoped))
            and (lexicon.frames[t.label].conduct or not topics or not any(
                _in_scope(doc, c, t) or _inside_topic(c, t, lexicon) for c in topics))
            and not _adjectival(doc, t)]


def _adjectival(doc: Document, trigger: Mention) -> bool:
    """"The killed terrorists": a participle after "the" modifies a noun, no event. A trigger that opens with its
    victim as subject ("the school was burned down") is a clause that "the" only begins."""
    if trigger.data.get("noun") or trigger.data.get("patient_subject"):
        return False
    return _ADJECTIVAL.search(doc.text, max(0, trigger.start - 5), trigger.start) is not None


def _inside_topic(cue: Mention, trigger: Mention, lexicon: Lexicon) -> bool:
    """Whether a trigger lies inside a topic cue's own phrase, past its first word ("staged to condemn Indian
    shelling": the shelling is what the protest condemns); a protest word inside one ("in protest") stays."""
    return cue.start < trigger.start and trigger.end <= cue.end and lexicon.frames[trigger.label].plover != "PROTEST"


def _backdrops(doc: Document, sentence: Sentence, mentions: list[Mention], triggers: list[Mention],
               lexicon: Lexicon) -> list[tuple[int, int, bool]]:
    """The sentence's backdrop clauses, which recall or frame another event: a cue of scope `backdrop` opens one that
    runs to the end of its clause ("... hours after a gas attack left dozens dead in X"). One of scope
    `backdrop_setting` ("as the rebels advanced on X") does so unless it tells an event and no trigger outside it
    names a kind of its own: a bare toll told before it ("dozens killed as Kurds advance") is the toll of what it
    tells; one told as militaries "converge" on a city, no event, is not. Each span comes
    with whether it is such a setting."""
    spans: list[tuple[int, int, bool]] = []
    for c in mentions:
        scope = lexicon.cue_scopes.get(c.label) if c.kind == "cue" else None
        if scope not in ("backdrop", "backdrop_setting"):
            continue
        brk = _CLAUSE_BREAK.search(doc.text, c.end, sentence.end)
        span = (c.start, brk.start() if brk else sentence.end)
        inside = [t for t in triggers if span[0] <= t.start < span[1]]
        if scope == "backdrop_setting" and inside and all(
                lexicon.frames[t.label].generic for t in triggers if t not in inside):
            continue
        spans.append((*span, scope == "backdrop_setting"))
    return spans


# The most words before a backdrop clause that opens the sentence ("Just hours after a gas attack in X, ..."): then
# the sentence's own event is told after it
_OPENING_WORDS = 2
_WORDS = re.compile(r"[\w'’-]+")


def _main_clause(doc: Document, sentence: Sentence, mentions: list[Mention], triggers: list[Mention],
                 backdrop: list[tuple[int, int]]) -> tuple[list[Mention], list[Mention]] | None:
    """The mentions and triggers outside the backdrop clauses, when the main clause tells its own event: a trigger
    before the first backdrop clause, or after the last when one opens the sentence. None otherwise ("The reports
    come a day after 100 were killed in X, while five others died in Y"): the backdrop's event may be the sentence's
    event, and keeps its own fields. Cues stay: they were read for the sentence as a whole."""
    first, last = min(a for a, _ in backdrop), max(b for _, b in backdrop)
    own = [t for t in triggers if t.end <= first]
    if not own and len(_WORDS.findall(doc.text, sentence.start, first)) <= _OPENING_WORDS:
        own = [t for t in triggers if t.start >= last]
    if not own:
        return None
    kept = [m for m in mentions if m.kind == "cue" or not any(a <= m.start < b for a, b in backdrop)]
    return (kept, [t for t in triggers if t in kept]) if len(kept) < len(mentions) else None


def _covered_triggers(doc: Document, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """The triggers inside a phrase that uses their word in another sense ("the crime demonstrated once again",
    "rallied the minorities behind him"): a cue of scope `covers` holds them, and they tell no event. So does a cue
    of scope `describes` (a participle naming a state: "oil facilities captured by IS"), unless a day is told in
    the rest of its clause ("the town captured by the rebels on Monday")."""
    covers = [c for c in mentions if c.kind == "cue" and (lexicon.cue_scopes.get(c.label) == "covers" or (
        lexicon.cue_scopes.get(c.label) == "describes" and not _day_in_clause(doc, c.end)))]
    if not covers:  # most sentences: no trigger to visit
        return []
    return [t for t in mentions if t.kind == "trigger" and any(c.start <= t.start and t.end <= c.end for c in covers)]


def _day_in_clause(doc: Document, start: int) -> bool:
    """Whether a day is named between `start` and the end of its clause (a break or the sentence's stop)."""
    ends = [m.start() for m in (_CLAUSE_BREAK.search(doc.text, start), _STOP.search(doc.text, start)) if m]
    return _DAY_CUE.search(doc.text, start, min(ends, default=len(doc.text))) is not None


def _support_nouns(doc: Document, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """The strike nouns inside a support phrase ("fighters backed by coalition air strikes held the town"): they
    tell who helped a side, not an event. A phrase that runs over a clause break or holds a verb trigger is no
    support phrase ("rebels backed by Turkey attacked posts with air strikes" keeps both)."""
    out: list[Mention] = []
    for c in mentions:
        if c.kind != "cue" or lexicon.cue_scopes.get(c.label) != "within" \
                or _CLAUSE_BREAK.search(doc.text, c.start, c.end):
            continue
        inside = [t for t in mentions if t.kind == "trigger" and c.start <= t.start and t.end <= c.end]
        if inside and all(t.data.get("noun") for t in inside):
            out.extend(inside)
    return out


_ONE_WORD_AT_MOST = re.compile(r"\s+(?:[\w'’-]+\s+)?")


def _time_after_arrest(doc: Document, cue: Mention, mentions: list[Mention], lexicon: Lexicon) -> bool:
    """A cue that opens on the arrest itself ("a man who after his arrest was executed", "following their detention")
    tells when what follows happened, not what the arrest was for; a protest's sentence keeps its topics."""
    triggers = [m for m in mentions if m.kind == "trigger"]
    if any(lexicon.frames[t.label].plover == "PROTEST" for t in triggers):
        return False
    after = [t for t in triggers if t.start >= cue.end]
    first = min(after, key=lambda t: t.start, default=None)
    return first is not None and first.label == "arrest" \
        and _ONE_WORD_AT_MOST.fullmatch(doc.text, cue.end, first.start) is not None


def _topic_cues(mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """The cues that open what a protest is about, or what someone is arrested for ("arrested over the killing
    of a trader"): what follows one in its clause is no event."""
    protests = [m for m in mentions if m.kind == "trigger" and lexicon.frames[m.label].plover == "PROTEST"
                and m.label != "excessive_force"]
    arrests = [m for m in mentions if m.kind == "trigger" and m.label == "arrest"]
    if not protests and not arrests:
        return []  # (most sentences: no protest and no arrest, whose topics alone are asked of)
    topics = [m for m in mentions if m.kind == "cue" and lexicon.cue_scopes.get(m.label) == "protest_topic"
              and any(p.start <= m.start for p in protests)]
    topics += [m for m in mentions if m.kind == "cue" and m not in topics and any(a.start <= m.start for a in arrests)
               and lexicon.cue_scopes.get(m.label) in ("arrest_topic", "protest_topic")]
    return topics


def _settings(doc: Document, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Cues that open an event's setting ("A mob torched the office, amid anti-government protests";
    "Following an attack by robbers, residents protested"): the triggers after one in its clause are neither a
    second event nor a detail of it, as long as the sentence tells its event outside that clause."""
    triggers = [m for m in mentions if m.kind == "trigger"]
    return [c for c in mentions if c.kind == "cue" and lexicon.cue_scopes.get(c.label) == "context_after"
            and any(not _in_scope(doc, c, t) and not (c.start <= t.start < c.end) for t in triggers)
            and not _toll_of_fight(doc, c, triggers, lexicon)]


def _toll_of_fight(doc: Document, cue: Mention, triggers: list[Mention], lexicon: Lexicon) -> bool:
    """"Ten people were killed following ethnic clashes", "two died amid fighting between the clans", "four were
    killed in the context of riots": a toll told with no doer before a fight or a riot the cue opens is its toll, not
    a setting for it (a killing "by raiders amid clashes" keeps the clashes as its setting)."""
    inside = [t for t in triggers if _in_scope(doc, cue, t)]
    outside = [t for t in triggers if t not in inside and not (cue.start <= t.start < cue.end)]
    return any(lexicon.frames[t.label].takes_toll for t in inside) and bool(outside) and all(
        t.label == "kill" and t.end <= cue.start and not _AGENT_WORD.search(doc.text, t.end, cue.start)
        for t in outside)


_AGENT_WORD = re.compile(r"\bby\b|\bat\s+the\s+hands\s+of\b", re.I)
_DEMONSTRATIVE = re.compile(r"\b" + starts_with(("this", "these", "that", "those", "such"), r"\s")
                            + r"(?:this|these|that|those|such)\s+(?:\w+\s+)?$", re.I)


# (the answers of `_anaphoric` while one sentence is drafted, by trigger, with the history and its count of drafts
# they were read for: the draft's tests ask of each trigger several times, and what the answer reads, the text and
# the drafts told before, stays the same until the sentence's draft joins them)
_ANAPHORIC: tuple[object, int, dict[int, tuple[Mention, bool]]] = (None, -1, {})


def _anaphoric(doc: Document, trigger: Mention, history: _History) -> bool:
    """An event noun that refers back to an event told before: "this attack", or "the airstrikes" after an
    air strike was told (but not "the killing of 8 soldiers", which brings news)."""
    if not trigger.data.get("noun"):
        return False
    global _ANAPHORIC
    seen, size, answers = _ANAPHORIC
    if seen is not history or size != len(history.drafts):
        answers = {}
        _ANAPHORIC = (history, len(history.drafts), answers)
    kept = answers.get(id(trigger))
    if kept is not None and kept[0] is trigger:
        return kept[1]
    answer = _refers_to_told(doc, trigger, history)
    answers[id(trigger)] = (trigger, answer)
    return answer


def _refers_to_told(doc: Document, trigger: Mention, history: _History) -> bool:
    """`_anaphoric` of an event noun, read."""
    before = doc.text[max(0, trigger.start - 30):trigger.start]
    # (a demonstrative is a definite word too: where no definite word stands before the noun, neither does one, and
    # the first test answers both; most event nouns have neither)
    if not _definite_ends(before):
        return False
    if _DEMONSTRATIVE.search(before):
        return True
    if _COUNT_AFTER.match(doc.text, trigger.end):
        return False
    # clashes "after the bombings" (suicide bombings told before): a word for any strike, told as a time, refers
    # back to any strike told
    vague = retell.any_strike_word(trigger.text) and trigger.label in retell.strike_frames() \
        and retell.told_as_time(doc.text, trigger.start)
    return any(trigger.label in d.frames or (vague and d.frames & retell.strike_frames()) for d in history.drafts)


def _definite_ends(before: str) -> bool:
    """Whether `_DEFINITE` finds a match in `before`: a definite word, white space, perhaps a word and white space
    ending it. An ASCII text is read back from its end by hand (the last two words), not searched from each of its
    positions; any other (a character that may match an ASCII letter case-blind) is searched."""
    if not before.isascii():
        return _DEFINITE.search(before) is not None
    end = space_start(before, 0, len(before))
    if end == len(before):
        return False
    start = _word_back(before, end)
    if start == end:
        return False
    if before[start:end].lower() in _DEFINITE_WORDS:  # (the word's start is a boundary: no word character before)
        return True
    # (the word read was the one that may stand between: the definite word is the one before it)
    end = space_start(before, 0, start)
    if end == start:
        return False
    start = _word_back(before, end)
    return start < end and before[start:end].lower() in _DEFINITE_WORDS


def _word_back(text: str, end: int) -> int:
    """Where the run of word characters (`\\w`) that ends at `end` begins (`end` where none does)."""
    while end > 0 and word_character(text[end - 1]):
        end -= 1
    return end


def _striker_told_before(doc: Document, draft: EventDraft, triggers: list[Mention], anchor: Mention,
                         history: _History, ctx: Context) -> bool:
    """"Russian jets flew 40 sorties ... The sorties destroyed two vehicles and killed 10 IS members": strikes told
    again as the subject of the verb the roles hang on, with no doer named, were flown by the side that flew the
    strikes told before (the last draft of their frame with a named doer), never by their victims."""
    if draft.actor1 is not None:
        return False
    told = next((t for t in triggers if (t is anchor or t.end <= anchor.start) and strikes_told_again(t.label)
                 and _told_again_noun(doc, t, history) and not _breaks(doc, t.end, anchor.start)), None)
    if told is None:
        return False
    earlier = next((d for d in reversed(history.drafts) if told.label in d.frames and d.actor1 is not None), None)
    if earlier is not None and earlier.actor1.data.get("generic"):  # type: ignore[union-attr]  # (set: see next)
        # ("ISIL fired shells on Deir Ezzor ... In Aleppo terrorists fired shells ... shells fell on a third
        # district": the last strikes were fired by an unnamed crowd; the named side of a strike before them is
        # no nearer a doer)
        return False
    flyer, allies = (earlier.actor1, list(earlier.assoc1)) if earlier else (_flyer_named_before(doc, told), [])
    if flyer is None or (draft.actor2 is not None and draft.actor2.label == flyer.label):
        return False
    if holder_cannot_do(told.label) and _kind(ctx, flyer) != "state":  # "rebels said airstrikes hit": no flyer
        return False
    draft.actor1, draft.assoc1 = flyer, allies
    return True


def _flyers_told_again(doc: Document, draft: EventDraft, mentions: list[Mention], anchor: Mention,
                       history: _History) -> bool:
    """"US-led jets destroyed a bridge ... The bombers had also targeted army troops": the aircraft told again as
    the sentence's subject, with no doer named, are those of the side that flew the last strike of their means told
    before (never the side struck, nor the air force of the country)."""
    if draft.actor1 is not None:
        return False
    start = draft.sentence.start
    told = next((m for m in mentions if m.kind == "means" and m.end <= anchor.start and flyers_again(m.label)
                 and _SUBJECT_POINTER.fullmatch(doc.text, start, m.start)), None)
    if told is None:
        return False
    earlier = next((d for d in reversed(history.drafts) if told.label in d.means and d.actor1 is not None
                    and _named(d.actor1)), None)
    if earlier is None or (draft.actor2 is not None
                           and draft.actor2.label == earlier.actor1.label):  # type: ignore[union-attr]
        return False
    draft.actor1, draft.assoc1 = earlier.actor1, list(earlier.assoc1)
    return True


# a sentence that opens on a pointing article before its subject ("The bombers", "These jets")
_SUBJECT_POINTER = re.compile(r"\s*(?:the|these|those)\s+", re.I)


def _further_victims(draft: EventDraft, history: _History) -> bool:
    """"IS beheaded two men of the tribe ... A further 19 men of the tribe were executed on Thursday": more victims
    counted with no doer named (roles.yaml `further_victims`) fell to the named doer of the last act of their kind
    told before."""
    unnamed = draft.actor1 is None or draft.actor1.label == "generic:armed_group"  # ("gunmen": no one named)
    if not unnamed or not any(further_victims(c.text) for c in draft.counts if c.label == "death"):
        return False
    kinds = further_victims_frames()
    if not draft.frames & kinds:
        return False
    earlier = next((d for d in reversed(history.drafts) if d.frames & kinds
                    and d.actor1 is not None and not d.actor1.data.get("generic")), None)
    if earlier is None or (draft.actor2 is not None
                           and draft.actor2.label == earlier.actor1.label):  # type: ignore[union-attr]
        return False
    draft.actor1, draft.assoc1 = earlier.actor1, list(earlier.assoc1)
    return True


def _told_again_noun(doc: Document, trigger: Mention, history: _History) -> bool:
    """"The sorties", "these strikes": a strike noun that refers back (to a draft, or with a definite article to a
    summary no draft kept)."""
    return _anaphoric(doc, trigger, history) or (bool(trigger.data.get("noun")) and _DEFINITE.search(
        doc.text, max(0, trigger.start - 30), trigger.start) is not None)


def _flyer_named_before(doc: Document, told: Mention) -> Mention | None:
    """The side named first before the last strike of this frame told with one in an earlier sentence ("Russian
    forces in cooperation with the Syrian air force carried out 468 sorties", a summary no draft kept): its doer."""
    sentences = [s for s in doc.sentences if s.end <= told.start]
    for sentence in reversed(sentences):
        strikes = [t for t in doc.mentions_of("trigger") if sentence.start <= t.start < sentence.end
                   and t.label == told.label]
        flyer = next((m for m in doc.mentions_of("actor") if strikes and sentence.start <= m.start < strikes[-1].start
                      and _named(m)), None)
        if flyer is not None:
            return flyer
    return None


def _refers_back(doc: Document, trigger: Mention) -> bool:
    return bool(trigger.data.get("noun")) and bool(
        _DEMONSTRATIVE.search(doc.text, max(0, trigger.start - 30), trigger.start))


def _main_trigger(doc: Document, triggers: list[Mention], lexicon: Lexicon, history: _History) -> Mention:
    def weight(t: Mention) -> tuple[int, int]:
        rank = lexicon.frame_rank(t.label) - (100 if _anaphoric(doc, t, history) else 0)
        return rank, -t.start

    return max(triggers, key=weight)


def _role_anchor(doc: Document, triggers: list[Mention], history: _History, actors: list[Mention]) -> Mention:
    """Roles are read around the sentence's first fresh trigger that has an actor before it in its clause
    ("the fighting resumed after HTS attacked ..."), else around its first fresh trigger."""
    fresh = sorted([t for t in triggers if not _anaphoric(doc, t, history)] or triggers, key=_START)
    # in a sentence whose strikes are told again, the object of an earlier verb is no subject of a later one ("the
    # sorties destroyed two vehicles and killed 10 IS members ..., destroying 8 guns": IS did not destroy them)
    again = any(strikes_told_again(t.label) and _told_again_noun(doc, t, history) for t in triggers)
    subjects = [a for a in actors if not any(
        not t.data.get("noun") and t.end <= a.start and not _breaks(doc, t.end, a.start) for t in triggers)] \
        if again else actors
    for t in fresh:
        if any((a.end <= t.start and not _breaks(doc, a.end, t.start)) or _held_first(a, t) for a in subjects):
            return t
    return fresh[0]


def _held_first(actor: Mention, trigger: Mention) -> bool:
    """Whether the trigger's own words begin with the actor ("Israeli strikes", triggers.yaml airstrike): the side
    stands before the strike it names, as in "Israeli air strikes"."""
    return actor.start == trigger.start and actor.end < trigger.end


# -- the draft

_KIND = attrgetter("kind")


def _has_trigger(mentions: list[Mention]) -> bool:
    """Whether a sentence's mentions hold a trigger (read without a Python call per mention)."""
    return "trigger" in map(_KIND, mentions)


def _has_cue(mentions: list[Mention]) -> bool:
    """Whether a sentence's mentions hold a cue (read without a Python call per mention)."""
    return "cue" in map(_KIND, mentions)


# The fewest characters a sentence needs for its repeat to count as a passage printed twice (a short toll such as
# "Two were killed." is told again by chance, and its retelling is merge's to join).
_REPEAT_CHARS = 40


def _repeats_earlier_text(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence's words stand, word for word, earlier in the document: a timeline printed twice, the
    second time without its dates ("Regime forces seize Baba Amr ..." after "March 1 2012 Regime forces seize Baba
    Amr ..."), tells nothing new, also where its first copy was dropped as background."""
    text = doc.text[sentence.start:sentence.end].strip()
    return len(text) >= _REPEAT_CHARS and doc.text.find(text, 0, sentence.start) >= 0


def _draft(doc: Document, sentence: Sentence, mentions: list[Mention], lexicon: Lexicon, ctx: Context,
           history: _History) -> EventDraft | None:
    if doc.trace is None and _lacks_claim(doc.text) and not _has_trigger(mentions):
        # (a sentence with no trigger drafts nothing, and, untraced and with no claim of responsibility in the
        # document to read, needs none of the tests below: about a third of the sentences)
        return None
    # (the cues' labels, read once: a backdrop clause below keeps every cue, so the draft's are these)
    cues = {m.label for m in mentions if m.kind == "cue"}
    if _sentence_suppressed(doc, sentence, mentions, lexicon, cues):
        if doc.trace is not None:  # (the trace is no compiled module: no call made for an untraced document)
            trace.background(doc, sentence, mentions)
        return None
    if _repeats_earlier_text(doc, sentence):
        trace.drop(doc, "assemble", sentence, "its words stand earlier in the document (a passage printed twice): "
                   "they tell nothing new")
        return None
    if _claims_responsibility(doc, sentence, mentions, history, ctx):
        trace.drop(doc, "assemble", sentence, "a claim of responsibility: the claimant became the perpetrator of "
                   "the last event with none")
        return None
    triggers = _standing_triggers(doc, mentions, lexicon)
    if not triggers:
        if doc.trace is not None:
            trace.no_trigger(doc, sentence, mentions)
        return None
    clauses = _backdrops(doc, sentence, mentions, triggers, lexicon)
    backdrop = [(a, b) for a, b, _ in clauses]
    recalled: list[Mention] = []
    if backdrop and (own := _main_clause(doc, sentence, mentions, triggers, backdrop)) is not None:
        recalled = [m for m in mentions if m.kind == "actor" and m not in own[0]]
        mentions, triggers = own
        trace.note(doc, "assemble", trace.RELABELLED, "a backdrop clause recalls or frames another event: its "
                   "triggers, sides, counts, places and days are not this event's (lexicon/cues.yaml backdrop): "
                   + "; ".join(repr(doc.text[a:b]) for a, b in backdrop), sentence.index)
    else:
        backdrop, clauses = [], []
    # (the sources that attribute the report: no sides, and the draft's attribution; read once for both)
    speakers = [m for m in mentions if m.kind == "source" and _attributive(doc, m, lexicon)]
    actors = _actors_in_play(doc, sentence, mentions, history, ctx, lexicon, speakers, recalled)
    anchor = _role_anchor(doc, triggers, history, actors)
    # The trigger the roles hang on is the event, unless it is a generic one ("killed", "attacked") that
    # another trigger of the sentence specifies ("... in drone strikes").
    # "killed ... and seized their phones" stays a killing (frames.yaml `specifies`).
    weakest = lexicon.frames[anchor.label].weakest
    specific = [t for t in triggers if t is anchor or (lexicon.frames[t.label].specifies and not (
        anchor.label == "attack" and _fight_as_setting(doc, t, lexicon))) or (
        weakest and lexicon.frame_rank(t.label) > lexicon.frame_rank(anchor.label))]
    main = _main_trigger(doc, specific, lexicon, history) if lexicon.frames[anchor.label].generic else anchor
    if lexicon.frames[anchor.label].yields:
        # "They exchanged fire with soldiers and burned down the lodge", "robbed and stabbed a trader": the
        # violence is the event, not the damage, the patrol or the post (frames.yaml `yields`).
        main = _main_trigger(doc, [anchor, *_violence_beside(doc, anchor, triggers, lexicon)], lexicon, history)
        if main.start < anchor.start and not main.data.get("noun"):
            # "a gang attacked a police officer on patrol": the officer patrolled, the attack is read around its
            # own verb (the officer its object, not its doer)
            anchor = main
    protests = [t for t in triggers if t.label == "protest" and t.start > main.end]
    if protests and main.label != "protest" and not _how_protest_went(lexicon.frames[main.label]) \
            and _done_to_them(doc, main) and _RELATIVE_BEFORE.search(doc.text, max(0, main.start - 50), main.start):
        # "nurses who were assaulted by unknown men staged a demonstration": the protest is the event, what was done
        # to them by others (a relative clause on the protesters) its grievance
        main = anchor = protests[0]
    kind = _kind_told_before(doc, mentions, main, history)
    if kind is not None:
        trace.note(doc, "assemble", trace.RELABELLED, f"{main.text!r} is told as like an event before: the frame of "
                   f"that event, {kind!r} (lexicon/retellings.yaml any_strike)", sentence.index, main)
    if kind is not None:
        told_as = replace(main, label=kind)
        triggers = [told_as if t is main else t for t in triggers]
        anchor = told_as if anchor is main else anchor
        main = told_as
    frame = lexicon.frames[main.label]
    if not (frame.violent or frame.crowd or frame.plover == "PROTEST" or frame.default_agent):
        # A crowd word is a party only to violence, protests and arrests ("Members of the committee reached
        # an agreement": the committee, not a crowd).
        actors = [a for a in actors if not a.data.get("crowd")]
    draft = EventDraft(sentence=sentence, trigger=main, event_type="", sub_event_type="", backdrop=backdrop,
                       backdrop_setting=[(a, b) for a, b, setting in clauses if setting])
    draft.frames = _frames_told(doc, triggers, main, lexicon)
    draft.means = _means_told(doc, sentence, mentions)
    draft.plover = lexicon.frames[main.label].plover
    draft.enrich_only = sentence.headline or "summary" in cues or _anaphoric(doc, main, history) or any(
        t.label == main.label and _refers_back(doc, t) for t in triggers) or (  # "This attack became the second raid"
        # a statement on an attack told elsewhere, or a video showing violence (not a move announced)
        _retells_attack(cues, lexicon.frames[main.label].violent) and in_article_body(doc, sentence.index)) or (
        # the event told again as the subject of its setting, after it was told, in a text of any length ("Monday's
        # twin bombings came as the fighters pressed their assault on the town", the fourth of five sentences)
        "retold_subject" in cues and bool(history.drafts)) or (
        # "most of those killed were in their homes", "Most were executed": the dead of an event told before
        bool(history.drafts) and (retell.dead_told_before(doc.text, main.start)
                                  or retell.victims_told_before(doc.text, sentence.start)))
    _assign_roles(doc, draft, actors, anchor, triggers, ctx)
    if draft.actor1 is not None and retell.part_of_group(doc.text, draft.actor1.start) \
            and in_article_body(doc, sentence.index):
        # "the group said two of the fighters fired shots in the station": some of the doers told before, in the
        # body: the attack told before, its detail, no new event
        draft.enrich_only = True
    generic = lexicon.frames[main.label].generic  # a toll told as a strike's still follows up on it (merge)
    if (kind := _strike_told_just_before(doc, draft, triggers, lexicon, history)) is not None:
        trace.note(doc, "assemble", trace.RELABELLED, f"a generic word for a strike with no weapon named, just after "
                   f"a strike of a known kind by the same doer: that kind, {kind!r} (lexicon/retellings.yaml "
                   f"generic_strike)", sentence.index, main)
        if draft.actor2 is None and retell.toll_frame(main.label):
            # a toll's unnamed dead ("4 killed.") are civilians, as they were for the killing it was read as
            draft.actor2 = Mention("actor", main.start, main.end, main.text, "generic:civilians", {"generic": True})
        main = draft.trigger = replace(main, label=kind)
        draft.frames.add(kind)
    if _contested(doc, triggers, actors, ctx):
        draft.frames.add("contested")
    draft.follow_up = generic and lexicon.frames[main.label].violent \
        and draft.actor1 is None and bool(history.drafts)
    if _striker_told_before(doc, draft, triggers, anchor, history, ctx):
        assert draft.actor1 is not None
        trace.note(doc, "assemble", trace.RELABELLED, f"the strikes told again as the subject are flown by the "
                   f"side that flew them before: actor 1 {draft.actor1.text!r}", sentence.index)
    if _flyers_told_again(doc, draft, mentions, anchor, history):
        assert draft.actor1 is not None
        trace.note(doc, "assemble", trace.RELABELLED, f"the aircraft told again as the subject are the side that "
                   f"flew the strikes told before: actor 1 {draft.actor1.text!r} (lexicon/roles.yaml "
                   f"flyers_again)", sentence.index)
    counted = _without_other_strike_toll(doc, mentions, main, triggers, lexicon)
    if "span_toll" in cues:
        # strikes told with the days they ran over: the toll is the span's sum, not this event's (cues.yaml span_toll)
        counted = [m for m in counted if not (m.kind == "count" and m.label == "death")]
        trace.note(doc, "assemble", trace.RELABELLED, "the toll is summed over the days the strikes ran: no one "
                   "day's (lexicon/cues.yaml span_toll)", sentence.index)
    _counts(draft, counted, main, doc.text)
    if _further_victims(draft, history):
        assert draft.actor1 is not None
        trace.note(doc, "assemble", trace.RELABELLED, f"more victims of the act told before ('a further ...') with no "
                   f"doer named: its doer, actor 1 {draft.actor1.text!r} (lexicon/roles.yaml further_victims)",
                   sentence.index)
    if generic and lexicon.frames[main.label].violent and history.drafts and _toll_detail(draft):
        # "Seventeen children were among those killed": a detail of a toll told before, whoever the context
        # names as the doer; its deaths join the event told just before (merge), never an event of their own
        draft.follow_up = True
    # (each role rule below returns nothing: actor 1 as it was is read before the rule runs, for the trace; the
    # trace's calls are made only for a traced document, which each would test first: the trace is no compiled module)
    traced = doc.trace is not None
    was = draft.actor1
    _community_victims(doc, draft, lexicon, ctx)
    if traced:
        trace.roles(doc, draft, was, None, "a community's people named as victims are civilians")
    if _assailants_repelled(doc, draft, history):
        assert draft.actor2 is not None
        trace.note(doc, "assemble", trace.RELABELLED, f"a strike to repel an assault struck the assailants told just "
                   f"before: actor 2 {draft.actor2.text!r} (lexicon/roles.yaml repelled)", sentence.index)
    _target_actor(doc, draft, mentions, anchor)
    if _holder_struck(draft, mentions, main) and doc.trace is not None:
        assert draft.actor2 is not None
        trace.note(doc, "assemble", trace.RELABELLED, f"the holder of the place taken or struck is actor 2: "
                   f"'{draft.actor2.text}' (lexicon/roles.yaml held_place_struck)", sentence.index)
    if _fight_told_again(doc, draft, history, lexicon, ctx):
        assert draft.actor1 is not None and draft.actor2 is not None
        trace.note(doc, "assemble", trace.RELABELLED, f"the fight told again ({draft.trigger.text!r}) with no armed "
                   f"side named is the last fight's: {draft.actor1.text!r} against {draft.actor2.text!r}",
                   sentence.index)
    if _burnt_by_group_before(doc, draft, history, ctx):
        assert draft.actor1 is not None
        trace.note(doc, "assemble", trace.RELABELLED, f"property burnt with no doer named, just after an armed "
                   f"group's act: that group's, {draft.actor1.text!r} (lexicon/roles.yaml burnt_after)",
                   sentence.index)
    if _bomber_of_group_before(draft, history, ctx):
        assert draft.actor1 is not None
        trace.note(doc, "assemble", trace.RELABELLED, f"a suicide bombing with no doer named, right after an armed "
                   f"group's act: that group's, {draft.actor1.text!r} (lexicon/roles.yaml bombed_after)",
                   sentence.index)
    was = draft.actor1
    _crowds_riot(doc, draft, anchor, lexicon, ctx, "communal" in cues)
    if traced:
        trace.roles(doc, draft, was, None, "a crowd that commits violence is coded as rioters")
    was = draft.actor1
    _side_among_dead(doc, draft, mentions, lexicon, ctx)
    if traced:
        trace.roles(doc, draft, was, None, "an armed side named among those a passive toll counts is the victims' side")
    was = draft.actor1
    _civilians_do_not_strike(doc, draft, lexicon, ctx)
    if traced:
        trace.roles(doc, draft, was, None, "civilians never strike")
    if _no_self_target(draft, lexicon, ctx):
        trace.note(doc, "assemble", trace.RELABELLED, "an armed side named as both doer and target of one-sided "
                   "violence is no target: actor 2 is the victims counted", sentence.index)
    _victim_actor(draft, mentions, ctx)
    if draft.actor1 is None and draft.actor2 is None and not draft.counts and lexicon.frames[main.label].generic:
        # "Buildings were destroyed": a generic verb with no one named and nothing counted tells no event of its
        # own; it may still add detail to one told elsewhere in the document.
        draft.enrich_only = True
    _attribution(doc, draft, speakers, lexicon, ctx)
    if draft.actor1 is not None and draft.trigger.label == "attack" and draft.trigger.data.get("noun") \
            and air_raider(draft.actor1.label, draft.trigger.text):
        draft.means.add("air")  # "Russian raids claimed 17 lives": a force that fights from the air raids by air
        trace.note(doc, "assemble", trace.RELABELLED, f"{draft.actor1.text!r} fights from the air: its "
                   f"{draft.trigger.text!r} are air strikes (lexicon/roles.yaml air_raiders)", sentence.index)
    rule = _type(draft, lexicon, ctx, doc.text)
    if traced:
        trace.typed(doc, draft, rule)
    if no_fatalities(draft.sub_event_type):  # deaths such a report mentions are other events (ACLED)
        draft.fatalities, draft.counts = 0, [c for c in draft.counts if c.label != "death"]
    was = draft.actor1
    _protest_roles(draft, ctx, actors)
    if traced:
        trace.roles(doc, draft, was, None, "ACLED codes the crowd as actor 1")
    if _brawl(draft):
        trace.note(doc, "assemble", trace.RELABELLED, "a crowd clashed with no other side named: it fought a crowd "
                   "of its kind (roles.yaml brawl_crowds)", sentence.index)
    if draft.actor2 is None and civilian_target(draft.event_type, draft.sub_event_type):
        # ACLED's target of violence against civilians, of a mob or of looting is civilians unless the text
        # names them otherwise (roles.yaml).
        t = draft.trigger
        draft.actor2 = Mention("actor", t.start, t.end, t.text, "generic:civilians", {"generic": True})
        trace.note(doc, "assemble", trace.RELABELLED, "no target named: actor 2 is civilians", sentence.index)
    if (dropped := _no_civilian_side(draft, ctx)) is not None:
        trace.note(doc, "assemble", trace.RELABELLED, f"{draft.sub_event_type!r} has no civilian side: actor 2 "
                   f"{dropped.text!r} dropped (lexicon/roles.yaml no_civilian_side)", sentence.index)
    if (nationality := _victims_nationality(doc, draft, ctx)) is not None:
        assert draft.actor2 is not None
        trace.note(doc, "assemble", trace.RELABELLED, f"the civilians {draft.actor2.text!r} are nationals of "
                   f"{nationality} (lexicon/roles.yaml victim_nationality)", sentence.index)
    if traced:
        trace.kept(doc, draft)
    return draft


def _no_civilian_side(draft: EventDraft, ctx: Context) -> Mention | None:
    """Drop a civilian actor 2 of an event that has no civilian side (a battle, arms seized): the next armed side
    named with it takes its place. Returns the side dropped, if any. Only people named beside the event, before its
    trigger, with no one counted, are dropped: civilians the trigger's verb struck ("attacked civilians with
    machetes") or a toll counted ("3 civilians killed during a clash") tell a mistyped attack, not a side to drop."""
    if draft.counts or draft.actor2 is None or draft.actor2.start >= draft.trigger.start \
            or _kind(ctx, draft.actor2) != "civilians" \
            or not no_civilian_side(draft.event_type, draft.sub_event_type, draft.actor2.label):
        return None
    dropped, rest = draft.actor2, [m for m in draft.assoc2 if _kind(ctx, m) != "civilians"]
    draft.actor2, draft.assoc2 = (rest[0], rest[1:]) if rest else (None, [])
    return dropped


def _kind_told_before(doc: Document, mentions: list[Mention], main: Mention, history: _History) -> str | None:
    """The frame of the strike told before that a word for any strike is told as like ("A similar bombing in
    the same square" after a car bomb: a car bomb), or refers back to ("Saturday's blast hit a convoy" just after a
    suicide car bombing: that bombing), when its sentence names no weapon of its own."""
    frames = retell.strike_frames()
    if not (main.data.get("noun") and main.label in frames and retell.any_strike_word(main.text)) \
            or any(m.kind == "means" for m in mentions):
        return None
    if retell.like_before(doc.text, main.start):
        earlier = next((f for d in reversed(history.drafts) if (f := retell.strike_frame(d.sub_event_type))), None)
    elif retell.refers_back(doc.text, main.start) and history.drafts:
        earlier = retell.strike_frame(history.drafts[-1].sub_event_type)  # the event told just before, only
    else:
        return None
    return earlier if earlier != main.label else None


def _strike_told_just_before(doc: Document, draft: EventDraft, triggers: list[Mention], lexicon: Lexicon,
                             history: _History) -> str | None:
    """The frame of the strike told just before ("rocket shells fell on the district") that a generic word for a
    strike in a sentence naming no weapon stands for ("another was injured in attacks on the market", "the toll from
    the strikes was 45"), when the sentence's event is generic and names no other doer (retellings.yaml
    `generic_strike`)."""
    if not lexicon.frames[draft.trigger.label].generic:
        return None
    weapons = {c for c in draft.means if retell.strike_weapon(c)}
    if weapons:  # a weapon named decides by itself (typing.yaml), unless it delivered the strike told before
        return _delivered_strike(doc, triggers, weapons, history)
    own = [t.label for t in triggers if t.label in retell.generic_strike_frames()]
    if own:
        # "the air strikes which began Saturday killed 45 civilians": the strike named, though told before (so not
        # the sentence's fresh trigger), is what killed
        kind = max(own, key=lexicon.frame_rank)
        if _retells_other_kind(doc, triggers, kind, history):
            return None  # "The air strikes on Kafr Zita also wounded 40" after a chlorine attack: that attack, retold
        return kind
    worded = any(t.data.get("noun") and retell.generic_strike_word(t.text) and not _compound_word(doc, t)
                 and not retell.another_strike(doc.text[max(0, t.start - 12):t.start]) for t in triggers)
    # a toll with no doer and no word for the strike ("among the civilians killed was a child") tells the strike
    # told in the sentence before
    toll = draft.actor1 is None and all(retell.toll_frame(t.label) for t in triggers)
    # "terrorist groups had also targeted X" just after the same side's rocket fire: a verb, the same doer named
    verbed = draft.actor1 is not None and any(not t.data.get("noun") and retell.generic_strike_verb(t.text)
                                              for t in triggers)
    if not worded and not toll and not verbed:
        return None
    reach = retell.generic_strike_reach() if worded else retell.generic_strike_toll_reach() if toll \
        else retell.generic_strike_verb_reach()
    index = draft.sentence.index
    for d in reversed(history.drafts):
        if index - d.sentence.index > reach:
            return None
        if d.sentence.index < index and (frame := retell.generic_strike_frame(d.sub_event_type)):
            # another doer tells another's attack ("Ahrar al-Sham launched an attack on a base" after air strikes;
            # "soldiers were killed in an attack by the group's militants" after drone strikes on the group)
            doer = draft.actor1
            same = doer is None or doer.data.get("generic") or (d.actor1 is not None and d.actor1.label == doer.label)
            if not worded and not toll:  # a strike verb: only the same side's strike
                same = doer is not None and d.actor1 is not None and d.actor1.label == doer.label
            return frame if same else None
    return None


def _delivered_strike(doc: Document, triggers: list[Mention], weapons: set[str], history: _History) -> str | None:
    """The strike told just before that a definite word for a strike retells though the sentence names the means
    that delivered it ("the attack, believed carried out by regime jets, killed 58" after a gas attack told in the
    lede: that gas attack, not an air strike; retellings.yaml `generic_strike` `delivered_by_means`), else None."""
    if not any(t.data.get("noun") and retell.generic_strike_word(t.text) and retell.refers_back(doc.text, t.start)
               for t in triggers):
        return None
    if any(not t.data.get("noun") and not retell.toll_frame(t.label) for t in triggers):
        # "accused the regime of being behind the attack and fired missiles at a base": the means are the new act's
        return None
    index = triggers[0].start if triggers else 0
    for d in reversed(history.drafts):
        if d.trigger.start >= index:
            continue
        if (frame := retell.generic_strike_frame(d.sub_event_type)) is not None:
            return frame if weapons <= retell.generic_strike_delivery_means(frame) else None
    return None


def _retells_other_kind(doc: Document, triggers: list[Mention], kind: str, history: _History) -> bool:
    """A strike named with a definite word ("the air strikes") after a strike it delivered (a chemical attack by
    air; retellings.yaml `generic_strike` `delivered_by`): the word refers back to that strike, and the sentence's
    toll stays generic so that merge folds it into the strike told."""
    if not any(t.label == kind and retell.refers_back(doc.text, t.start) for t in triggers):
        return False
    before = next((f for d in reversed(history.drafts) if (f := retell.generic_strike_frame(d.sub_event_type))), None)
    return kind in retell.generic_strike_delivery(before)


def _compound_word(doc: Document, m: Mention) -> bool:
    """A word that ends a hyphenated compound ("a counter-attack"): not the word alone."""
    return m.start > 0 and doc.text[m.start - 1] in "-‐–"


def _means_told(doc: Document, sentence: Sentence, mentions: list[Mention]) -> set[str]:
    """The means of the sentence's event: its weapons' labels, less a weapon struck, a weapon's word inside a count of
    armed men ("6 ISIS Bombers Killed") or inside a fight's trigger ("shoot dead six suicide bombers": triggers.yaml
    clash), the men counted or fought; a weapon or an air force that backs a side ("with support from the US-led
    coalition"), and a weapon inside the phrase of what an attack answers ("launched missiles in response to a poison
    gas attack", cues.yaml motive): the avenged attack's means."""
    means = [m for m in mentions if m.kind == "means"]
    if not means:
        return set()  # (most sentences: the spans that rule a weapon out are not gathered)
    fighters = [c for c in mentions if (c.kind == "count" and c.data.get("victims") == "armed")
                or (c.kind == "trigger" and reciprocal(c.label))]
    motives = [c for c in mentions if c.kind == "cue" and c.label == "motive"]
    return {m.label for m in means if not _weapon_struck(doc, sentence, m) and not _within(fighters, m)
            and not named_as_backer(doc.text, m.start) and not _within(motives, m)}


def _within(spans: list[Mention], m: Mention) -> bool:
    """Whether the mention lies inside one of the spans."""
    return bool(spans) and any(c.start <= m.start and m.end <= c.end for c in spans)


def _weapon_struck(doc: Document, sentence: Sentence, m: Mention) -> bool:
    """A weapon named as what a force struck ("destroyed a mortar of the insurgents", "their helicopter was shot
    down"): no means of the event."""
    return weapon_struck(doc.text[max(sentence.start, m.start - 40):m.start],
                         doc.text[m.end:min(sentence.end, m.end + 40)])


def _without_other_strike_toll(doc: Document, mentions: list[Mention], main: Mention, triggers: list[Mention],
                               lexicon: Lexicon) -> list[Mention]:
    """The sentence's mentions less the counts of a second strike of another kind told in a clause of its own ("the
    rebel districts came under air bombardment while state radio said six died in rocket fire"): that toll is the
    rocket fire's, not the bombardment's (retellings.yaml `other_strike_breaks`); and less the counts told before a
    lost full stop with an event word of their own (`lost_breaks`)."""
    strikes = retell.other_strike_frames()
    if main.label not in strikes:
        return mentions
    lost = retell.lost_break(doc.text, min(map(_START, mentions)), main.start)
    if lost is not None and any(t.end <= lost for t in triggers):
        # "12 people died in a raid on a convoy in the province In the west a correspondent heard shelling": the toll
        # told before a lost full stop, with an event word of its own, is not the shelling's
        mentions = [m for m in mentions if not (m.kind == "count" and m.end <= lost)]
    start = retell.other_strike_clause(doc.text, main.end, max(map(_END, mentions)))
    if start is None or not any(t.start >= start and t.label != main.label and (
            t.label in strikes or (t.label in retell.other_act_frames() and not t.data.get("noun")))
            for t in triggers):
        return mentions
    return [m for m in mentions if not (m.kind == "count" and m.start >= start)]


def _fight_as_setting(doc: Document, trigger: Mention, lexicon: Lexicon) -> bool:
    """"A teacher was attacked by raiders during ethnic clashes", "civilians were hit as they were fleeing fighting": a
    fight named by a noun after "during", "amid", "after" or "fleeing" (roles.yaml `fight_setting`) is when the attack
    happened, not what it was."""
    return bool(lexicon.frames[trigger.label].mutual and trigger.data.get("noun")
                and fight_setting_before(doc.text, trigger.start))


def _violence_beside(doc: Document, anchor: Mention, triggers: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """The sentence's violent triggers, but those in a clause of cause or time ("burnt a bus after it killed a
    rider": the killing is why, not what the crowd did)."""
    out = []
    for t in triggers:
        if t is anchor or not lexicon.frames[t.label].violent:
            continue
        if not _CAUSE_OR_TIME.search(doc.text, min(anchor.end, t.end), max(anchor.start, t.start)):
            out.append(t)
    return out


def _brawl(draft: EventDraft) -> bool:
    """"Supporters of two candidates clashed": a crowd that clashed (a reciprocal frame) with no other side named
    fought another crowd of its kind, which becomes actor 2 (marked as the other side, so it stays)."""
    crowd = draft.actor1
    if draft.actor2 is not None or crowd is None or not reciprocal(draft.trigger.label) \
            or not brawl_crowd(crowd.label):
        return False
    draft.actor2 = replace(crowd, data={**crowd.data, "other_side": True})
    return True


def _frames_told(doc: Document, triggers: list[Mention], main: Mention, lexicon: Lexicon) -> set[str]:
    """The frames a sentence evokes. In a protest's sentence, violence named by a noun ("against the killings",
    "the anniversary of the attack", "extortion") is what the protest is about or marks, not how it was carried out:
    the protesters' own violence is told by a verb ("stoned", "clashed"), a frame of conduct ("a violent protest",
    "tear gas") or a fight between sides ("resulting in clashes"; frames.yaml `conduct`, `mutual`)."""
    told = {"protest"} if any(t.data.get("protest") for t in triggers) else set()  # "a violent protest"
    if main.label != "protest":
        kept = triggers
    else:
        kept = [t for t in triggers if t is main or _how_protest_went(lexicon.frames[t.label])
                or not (t.data.get("noun") or t.data.get("topic") or _done_to_them(doc, t))]
    # what the words also tell ("blocked the highway": pseudo-frame `blocked`, triggers.yaml `tells`)
    return told | {t.label for t in kept} | {t.data["tells"] for t in kept if t.data.get("tells")}


_RELATIVE_BEFORE = re.compile(r"\b(?:who|whose|that|which)\s+(?:[\w'’-]+\s+){0,4}$", re.I)


def _done_to_them(doc: Document, trigger: Mention) -> bool:
    """Violence a protest's sentence tells in the passive with its doer ("workers who were sacked by the governor",
    "traders whose shops were demolished by the county"): what the protest is about, not how it went."""
    return _TRIGGER_BY.match(doc.text, trigger.end) is not None or trigger.text.casefold().endswith(" by")


def _how_protest_went(frame: Frame) -> bool:
    """A frame that, even named by a noun, tells how a protest was carried out or met."""
    return frame.conduct or frame.mutual or frame.plover == "PROTEST"


def _claims_responsibility(doc: Document, sentence: Sentence, mentions: list[Mention], history: _History,
                           ctx: Context) -> bool:
    """"ISIS claimed responsibility": the claimant becomes the perpetrator of the last event with none."""
    if _lacks_claim(doc.text):
        return False
    text = doc.text[sentence.start:sentence.end]
    if not _CLAIMED_RESPONSIBILITY.search(text) or _NO_CLAIMANT.search(text):
        return False
    claimants = [m for m in mentions if m.kind == "actor" and _kind(ctx, m) == "nonstate" and _named(m)]
    open_drafts = [d for d in history.drafts if d.actor1 is None or d.actor1.data.get("generic")]
    if not claimants or not open_drafts:
        return False
    draft = open_drafts[-1]
    draft.actor1, draft.claim_status = claimants[0], "claimed"
    draft.extra_evidence.append(Evidence.of(doc.text, claimants[0].start, claimants[0].end, "actor1"))
    return True


def _actors_in_play(doc: Document, sentence: Sentence, mentions: list[Mention], history: _History, ctx: Context,
                    lexicon: Lexicon, speakers: list[Mention], recalled: list[Mention] | None = None
                    ) -> list[Mention]:
    """Actor mentions of the sentence, anaphors resolved; none from a speaker or an "according to" phrase.
    `recalled`: the actors of the sentence's backdrop clauses, no sides of its event, but what a pronoun or "the
    group" after them may stand for ("a week after the government banned the council, the group recruited ...").
    `speakers`: the sentence's sources that attribute the report (`_attributive`)."""
    # (most sentences lack "according": a literal search of the document's lower-case form spares the pattern's)
    attributions = [(a.start(), a.end()) for a in _ACCORDING.finditer(doc.text, sentence.start, sentence.end)] \
        if window_holds(doc.text, sentence.start, sentence.end, _ACCORDING_WORDS) else []
    # (the words a speaker's home, a place's past and what a side was taken for need in the clause before a side,
    # looked for once in the sentence up to its last side: most sentences hold none, and no side is asked of them)
    last = sentence.start
    reach_end = sentence.start  # (the furthest a side's window for `may_name_role` reaches: its end and 40 more)
    for m in mentions:
        if m.kind == "actor" or m.kind == "anaphor":
            if m.start > last:
                last = m.start
            if m.end + 40 > reach_end:
                reach_end = m.end + 40
    clauses = last > sentence.start and window_holds(doc.text, sentence.start, last, side_clause_words())
    # (likewise the words the four tests after `may_name_role` need, in the span every side's window lies in: most
    # sentences hold none, and no side is asked)
    roles_near = reach_end > sentence.start and window_holds(doc.text, sentence.start, reach_end, role_words())
    out: list[Mention] = []
    for m in mentions:
        if m.kind not in ("actor", "anaphor"):
            continue
        if m.kind == "anaphor" and _PASSIVE_AFTER.match(doc.text, m.end):
            m = replace(m, data={**m.data, "passive": True})  # "as they were being moved": the subject undergoes
        if (speakers and any(s.start <= m.start < s.end for s in speakers)) or (
                attributions and any(a <= m.start < b for a, b in attributions)):
            continue
        speaks = _speaks(doc, m, lexicon)  # (read once: both tests below ask it)
        if speaks and any(t.kind == "trigger" and t.end <= m.start for t in mentions):
            continue  # ", rescue workers said": the report's speaker, not a party to the event
        if speaks and _speaker_description(doc, sentence, m, mentions):
            continue  # "the group which advocates the Syrian opposition said": who speaks, described; no side
        if addressed(m.label, doc.text[max(sentence.start, m.start - 50):m.start]):
            continue  # "explained to SANA reporter that ...": the statement's audience, no side
        if clauses and in_place_history(doc.text, max(sentence.start, m.start - 120), m.start):
            continue  # "in an area that has witnessed fighting between the opposition and the regime": no side
        if clauses and taken_for(doc.text, max(sentence.start, m.start - 30), m.start):
            continue  # "apparently mistaken for IS fighters": what the victims were taken for, no side
        if clauses and _speaker_home(doc, sentence, m, lexicon):
            continue  # "a source in the Asayesh security forces also said ...": the speaker's side, no party
        if _outlet_owner(doc, sentence, m, lexicon):
            continue  # "a channel run by Hezbollah ... reported that the army took ...": the outlet's owner speaks
        if m.kind == "anaphor" and _names_the_thing(doc, m, mentions):
            continue  # "we didn't know they were chemical weapons": the pronoun is the weapons, no side
        if m.kind == "anaphor" and not out and _reported_by(doc, sentence, m, lexicon):
            continue  # "the United States, which said it had received reports of clinics bombed": the speaker
        if (owner := _possessor(doc, ctx, m, out)) is not None:
            m = _as(m, owner)  # "IS said its militants had destroyed": the group's own men are the group
        elif (sender := _sender(doc, m, out, mentions)) is not None:
            m = _as(m, sender)  # "Ankara sent tanks, troops and jets into Syria": the troops are Ankara's
        reach = max(sentence.start, m.start - 80)
        if not roles_near or not may_name_role(doc.text, reach, m.end + 40):
            out += _resolve_anaphor(m, _before(m, out, recalled), history, ctx) if m.kind == "anaphor" else [m]
            continue  # no word the four tests below need, around the side (one search, not four)
        if party_to_pact(doc.text[reach:m.start]) and not any(
                t.kind == "trigger" and t.label == "agreement" for t in mentions):
            continue  # "evacuated under a deal reached between the regime and rebels": the pact's parties
        if states_author(doc.text[max(sentence.start, m.start - 25):m.start], doc.text[m.end:m.end + 80]):
            continue  # "citing an Ahrar al-Sham statement that a bomber ...": the statement's author speaks
        if accuses(doc.text[m.end:m.end + 40]) and any(t.kind == "trigger" and t.start >= m.end for t in mentions) \
                and not any(t.kind == "trigger" and t.start >= m.end and not t.data.get("noun")
                            and accuser_acts(doc.text[m.end:t.start], t.text) for t in mentions):
            # "the opposition has accused the army of killing civilians": the accuser, not a side (unless it acts
            # itself after the accusation: "has accused the regime of the attack and fired missiles at a base")
            continue
        if m.kind == "actor" and (told := learns(doc.text[m.end:m.end + 80])) and not any(
                t.kind == "trigger" and m.end <= t.start < m.end + told for t in mentions):
            continue  # "police officers learned that a bomber threw a grenade": who learns of it, no side
        if denies(doc.text[m.end:m.end + 30]) and any(t.kind == "trigger" and t.end <= m.start for t in mentions):
            continue  # "killer fumes which the government insists were not its doing": the denier speaks
        out += _resolve_anaphor(m, _before(m, out, recalled), history, ctx) if m.kind == "anaphor" else [m]
    # A resolved anaphor stands for the generic noun inside it ("the al-Qaeda-linked coalition").
    anaphors = [a for a in out if a.data.get("anaphor")]
    return [a for a in out if a.data.get("anaphor") or not any(x.start <= a.start < x.end for x in anaphors)]


# a passive right after a pronoun ("they were being transferred", "they had been wounded")
_PASSIVE_AFTER = re.compile(r"\s+(?:were|was|are|is|had|have|has)\s+(?:being\s+|been\s+)?\w+(?:ed|en)\b", re.I)


def _reported_by(doc: Document, sentence: Sentence, m: Mention, lexicon: Lexicon) -> bool:
    """Whether a pronoun comes right after a relative clause's reporting verb ("the United States, which said it
    had received reports"): it stands for the speaker the clause hangs on, a country or body no side names
    (`_actors_in_play` asks only when no side is named before it in its sentence)."""
    words = _LOWER_WORD.findall(doc.text[max(sentence.start, m.start - 25):m.start].lower())
    return len(words) >= 2 and words[-1] in lexicon.reporting_verbs and words[-2] in _RELATIVES


_RELATIVES = frozenset({"which", "who", "that"})


def _names_the_thing(doc: Document, m: Mention, mentions: list[Mention]) -> bool:
    """Whether an event noun follows a pronoun and a copula ("they were chemical weapons", `pronoun_is_thing`); a
    verb after them is a passive or a progressive ("it was targeted", "they were attacking"): the pronoun a side."""
    return any(t.kind == "trigger" and t.data.get("noun") and m.end < t.start <= m.end + 30
               and pronoun_is_thing(doc.text[m.end:t.start])
               for t in mentions)


def _possessor(doc: Document, ctx: Context, m: Mention, out: list[Mention]) -> Mention | None:
    """The named non-state side nearest before a generic armed noun that a possessive makes its men ("IS said its
    militants", roles.yaml `member_possessives`)."""
    if m.kind != "actor" or not m.data.get("generic") or not member_possessive(doc.text[max(0, m.start - 8):m.start]):
        return None
    return next((a for a in reversed(out) if _named(a) and _kind(ctx, a) == "nonstate"), None)


def _sender(doc: Document, m: Mention, out: list[Mention], mentions: list[Mention]) -> Mention | None:
    """The named side just before a bare force noun that it sends ("Ankara sent tanks, troops", roles.yaml
    `senders`), no trigger between them: the troops are its own, not the forces of the land they go into."""
    if m.kind != "actor" or not m.label.startswith("state:") or not out or not _named(out[-1]):
        return None
    side = out[-1]
    if any(t.kind == "trigger" and side.end <= t.start < m.start for t in mentions):
        return None
    return side if sends_own(doc.text[side.end:m.start]) else None


def _before(m: Mention, out: list[Mention], recalled: list[Mention] | None) -> list[Mention]:
    """The actors an anaphor may stand for in its own sentence: those in play, and a backdrop's told before it."""
    if not recalled:
        return out
    return sorted(out + [a for a in recalled if a.end <= m.start], key=attrgetter("start"))


def _speaker_home(doc: Document, sentence: Sentence, m: Mention, lexicon: Lexicon) -> bool:
    """A side named as the home of a speaker who reports in the sentence ("a source in the Asayesh security forces
    also said", roles.yaml `speaker_within`): it speaks, no side."""
    return speaker_within(doc.text, max(sentence.start, m.start - 30), m.start) \
        and _reports_after(doc, sentence, m, lexicon)


def _outlet_owner(doc: Document, sentence: Sentence, m: Mention, lexicon: Lexicon) -> bool:
    """A side named as the owner of a news outlet that reports in the sentence ("a television channel run by
    Hezbollah ... reported that the army had taken areas", roles.yaml `media_owners`): a speaker, no side."""
    return owns_outlet(doc.text[max(sentence.start, m.start - 60):m.start]) \
        and _reports_after(doc, sentence, m, lexicon)


def _reports_after(doc: Document, sentence: Sentence, m: Mention, lexicon: Lexicon) -> bool:
    """Whether a reporting verb follows the mention in its sentence (the speaker a side's name is part of reports)."""
    # (a set test, not a Python step per word)
    return not lexicon.reporting_verbs.isdisjoint(_LOWER_WORD.findall(doc.text[m.end:sentence.end].lower()))


def _speaker_description(doc: Document, sentence: Sentence, m: Mention, mentions: list[Mention]) -> bool:
    """A side that speaks (`_speaks`, the caller's test) named at the end of a relative clause that describes the
    speaker, with no trigger in it ("the UK-based group which advocates the Syrian opposition said"): it names who
    speaks, not a party to the event."""
    rel = _RELATIVE_BEFORE.search(doc.text, max(sentence.start, m.start - 50), m.start)
    return rel is not None and not any(t.kind == "trigger" and rel.start() <= t.start < m.start for t in mentions)


_LOWER_WORD = re.compile(r"[a-z']+")


def _words_after(doc: Document, m: Mention) -> list[str]:
    """The first two words after a mention ("ISIS announced", "rescue workers said")."""
    return _LOWER_WORD.findall(doc.text[m.end:m.end + 25].lower())[:2]


def _speaks(doc: Document, m: Mention, lexicon: Lexicon) -> bool:
    # (the first word after the mention, as `_words_after` reads it, found alone: no list of the words made)
    first = _LOWER_WORD.search(doc.text[m.end:m.end + 25].lower())
    return first is not None and first.group() in lexicon.reporting_verbs \
        and not cites_after(doc.text[m.end:m.end + 30])


def _named(m: Mention) -> bool:
    return not m.data.get("generic") and not m.label.startswith(("generic:", "state:"))


def _resolve_anaphor(m: Mention, earlier: list[Mention], history: _History, ctx: Context) -> list[Mention]:
    """"they"/"it" → the subject just before (this sentence, then the last event); "the group", "the party" →
    the last non-state actor named (whose name has that word, for "party" and "coalition"); "the sides" → the
    two sides of the last event."""
    head = m.label
    last = history.drafts[-1] if history.drafts else None
    if head == "sides":
        return [_as(m, a) for a in (last.actor1, last.actor2) if a is not None] if last else []
    if head in ("it", "they", "previous"):
        if head == "they" and earlier and _kind(ctx, earlier[-1]) == "civilians" and m.data.get("passive"):
            return []  # "people who were injured as they were being transferred": they are those people, no side
        same_sentence = [a for a in earlier if _named(a)]
        if same_sentence and head != "previous":
            return [_as(m, same_sentence[-1])]
        if last is not None and last.actor1 is not None and _named(last.actor1):
            return [_as(m, last.actor1)]
        named = [a for a in reversed(history.actors) if _named(a)]
        return [_as(m, named[0])] if named else []
    # "the terrorist groups targeted al-Shrafiyeh" in a report that named ISIL in another city before: a plural
    # described by its kind is the groups at large, no one group an earlier sentence named ("the two groups", "both
    # factions", a bare "the factions" stay the sides told before)
    plural = head in ("groups", "factions") and _kind_words().search(m.text) is not None \
        and not _PAIR_WORDS.search(m.text)
    for a in reversed(earlier if plural else earlier + history.actors):
        if not _named(a):
            continue
        if head in ("party", "coalition", "alliance", "movement"):
            if head in a.text.lower():
                return [_as(m, a)]
        elif _kind(ctx, a) == "nonstate":
            return [_as(m, a)]
    if head in ("groups", "factions") and _POINTING.match(m.text):
        # "Opposition factions launched an assault ... These factions showered the districts with missiles": a
        # plural pointed back at stands for the side told before even where that side was named by a word
        # ("rebels", "opposition factions"), not a name
        sides = [a for d in history.drafts for a in (d.actor2, d.actor1) if a is not None]  # (generic words too)
        told = next((a for a in reversed(sides + earlier) if _kind(ctx, a) == "nonstate"), None)
        return [_as(m, told)] if told is not None else []
    return []


# a demonstrative that points back at a plural told before ("these factions", "those groups")
_POINTING = re.compile(r"(?:these|those)\s", re.I)


_PAIR_WORDS = re.compile(r"\b(?:two|both|rival|these)\b", re.I)


@cache
def _kind_words() -> re.Pattern[str]:
    """A plural described by its kind (a bare "the factions" may well be the rebels a report named before)."""
    return re.compile(rf"\b(?:{kind_plural_words()})\b")


def _as(m: Mention, antecedent: Mention) -> Mention:
    """The anaphor's words, standing for the antecedent's actor."""
    return Mention("actor", m.start, m.end, m.text, antecedent.label,
                   {"anaphor": True, "generic": False, "candidates": antecedent.data.get("candidates", [])})


def _contested(doc: Document, triggers: list[Mention], actors: list[Mention], ctx: Context) -> bool:
    """One side advances and the other retakes the ground in the same sentence."""
    kinds = set()
    for t in triggers:
        if t.label in ("regain", "overtake"):
            before = [a for a in actors if a.end <= t.start]
            if before:
                kinds.add(_kind(ctx, before[-1]))
    return len(kinds) > 1


_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$", re.I)


def _later_subject(doc: Document, groups: list[list[Mention]], anchor: Mention, patient: list[Mention] | None,
                   triggers: list[Mention]) -> list[Mention] | None:
    """"Two soldiers were killed when Islamic State fighters attacked their post": the subject of a later
    trigger of the sentence is the perpetrator."""
    for t in triggers:
        if t.start <= anchor.start:
            continue
        if t.label == anchor.label and not t.data.get("noun") and _REDUCED_PASSIVE.match(doc.text, t.end):
            continue  # "... killed and six women injured when ...": the same frame again tells more victims
        # (a part of the dead named after their count, "15 died including five policemen in a blast", did nothing)
        before = [g for g in groups if g is not patient and anchor.end <= g[0].start and g[-1].end <= t.start
                  and not _counted_as_casualties(doc, g)]
        if before and not _CLAUSE_BREAK.search(doc.text, before[-1][-1].end, t.start):
            # "... were destroyed with terrorists around getting killed": the subject of a passive told as the
            # event's circumstance ("with X killed") is struck; a passive of a clause of its own ("adding that 40
            # fighters were killed") may tell another event, whose side stays (merge joins the toll otherwise)
            struck = _passive_before(doc, t) and len(doc.text[before[-1][-1].end:t.start].split()) <= 2 \
                and _WITH_BEFORE.search(doc.text, max(0, before[-1][0].start - 8), before[-1][0].start) is not None
            return None if struck else before[-1]
    return None


def _assign_roles(doc: Document, draft: EventDraft, actors: list[Mention], anchor: Mention,
                  triggers: list[Mention], ctx: Context) -> None:
    if not actors:
        return
    groups = _coordinated(doc, actors)
    pair = _headline_pair(doc, groups, anchor)
    lead: list[Mention] | None = None  # the pair as one group
    if pair is not None:
        groups = [g for g in groups if not any(g is p for p in pair)]
        # the name nearer the verb leads ("US Coalition Warplanes Kill", "Hezbollah Al-Nujaba Kills": the second
        # may be the first's fuller name), the other its associate
        lead = [*pair[1], *pair[0]]
        groups.insert(next((i for i, g in enumerate(groups) if g[0].start > lead[0].start), len(groups)), lead)
    # "JNIM militants attacked the village ... shops were torched by the assailants": the side told again is no other
    told = [g for i, g in enumerate(groups) if _told_again(doc, ctx, groups, i, anchor)]
    groups = [g for g in groups if not any(g is t for t in told)] or groups
    # "soldiers captured ... after IS overran the base were executed by the terrorists": the side told again as a
    # later passive's "by" phrase is that side, the doer; the subject is the victim (the triggers from the anchor on
    # gathered only where a side is told again, or a fight's one side asks below: most drafts need neither)
    said = _said(doc, anchor, draft.sentence) if told else []
    by_again = next((_side_before(ctx, groups, t[0]) for t in told if any(_passive_by(doc, x, t) for x in said)),
                    None)
    if len(groups) > 1 and opening_backer(doc.text, groups[0][0].start):
        groups = groups[1:]  # "Backed by Russian jets the troops advanced": the opening phrase's backer, no side
    # "the army backed by allied militia captured villages": the backer is an ally of a side, never a side itself
    # (each group but the first asked once: both tests below read the answer)
    backed = [i > 0 and named_as_backer(doc.text, g[0].start) for i, g in enumerate(groups)]
    backers = {g[0].label for i, g in enumerate(groups) if backed[i]}
    # ... and a pronoun standing for the backer ("the army backed by Hezbollah shelled Flita as it prepared") is it
    groups = [g for i, g in enumerate(groups) if i == 0 or (not backed[i]
              and not (g[0].data.get("anaphor") and g[0].label in backers))] or groups
    # "the Turkish army ... including special forces": a force told as a part of a state force before it is that one
    groups = [g for i, g in enumerate(groups) if not _part_of_force(doc, g, groups[:i])] or groups
    holders = _holders(doc, groups, triggers, ctx)
    agent: list[Mention] | None
    patient: list[Mention] | None
    agent, patient = _marked_roles(doc, groups, holders)
    agent = agent if agent is not None or by_again is None or any(by_again is h for h in holders) else by_again
    if agent is not None and agent[-1].end <= anchor.start:
        # "a camp run by a doctor destroyed by government forces": the participle's own "by", not an earlier one
        agent = next((g for g in groups if any(_passive_by(doc, t, g) for t in triggers if t.start >= anchor.start)),
                     agent)
    if lead is not None and not _headline_by(doc, anchor, groups) and not _passive_before(doc, anchor):
        # the two sides right before the headline's verb are its subject, whatever "by" a later clause has
        agent = next(g for g in groups if g[0] is lead[0])
        patient = None if patient is not None and patient[0] is lead[0] else patient
    if agent is not None and _belongs_to_struck(doc, agent, groups, anchor, triggers):
        # ... and a side the words mark with "by" after the verb struck it ("were shot dead by police")
        agent, patient = next((g for g in groups if g[0].start >= anchor.end and _agent_before().search(
            doc.text, max(0, g[0].start - 40), g[0].start)), None), patient or agent
    if agent is not None:  # "gunmen believed to be IS members": the gunmen are the agent told again, not a side
        groups = [g for g in groups if g is agent or not _described_as(doc, g, agent, triggers)]
    subject_is_victim = (anchor.data.get("patient_subject") and not _left_behind(doc, anchor)) or (
        _passive_before(doc, anchor)) or (
        agent is not None and agent is by_again) or (
        agent is not None and any(_passive_by(doc, t, agent) for t in triggers if t.start >= anchor.start)) or (
        _headline_passive(doc, anchor, groups)) or _headline_by(doc, anchor, groups) or (
        agent is not None and agent[0].start >= anchor.end and owns_offensive(doc.text, agent[0].start, agent[-1].end))
    # "civilians shot dead by suspected militants" (a headline's passive): the "by" is the trigger's own
    by_the_trigger = _bare_verb(anchor) and _TRIGGER_BY.match(doc.text, anchor.end) is not None
    if agent is not None and agent[0].start >= anchor.end and not subject_is_victim \
            and not anchor.data.get("noun") and not by_the_trigger:
        subject = [g for g in groups if g[-1].end <= anchor.start
                   and not _CLAUSE_BREAK.search(doc.text, g[-1].end, anchor.start)]
        if subject:  # "defences intercepted drones launched by terrorists": the subject acts
            agent, patient = subject[-1], patient or agent
    rest = [g for g in groups if g is not agent and g is not patient]
    # a holder is no subject either ("bombardment on a district controlled by the rebels killed five")
    # (a side the trigger's own words begin with, "Israeli strikes" of triggers.yaml airstrike, stands before it)
    pre = [g for g in rest if (g[0].start < anchor.start or _held_first(g[-1], anchor))
           and not any(g is h for h in holders)]
    # "Dozens of insurgents killed as Kurds advance": the subject of another trigger's headline passive is struck
    # (only a killing's or an attack's verb can be one: `_headline_passive` asks the rest nothing)
    passives = [t for t in triggers if t is not anchor and t.label in ("kill", "attack")]
    if passives:
        pre = [g for g in pre if not any(_headline_passive(doc, t, [g]) for t in passives)] or pre
    post = [g for g in rest if g[0].start >= anchor.end]
    if subject_is_victim:  # the passive's subject is the victim, whoever the words name as the agent
        patient = patient or (_subject(doc, pre, anchor) if pre else None)
    elif agent is None:
        # "As doctors worked a warplane circled overhead striking the hospital": a side before a weapon that opens
        # the verb's own subject is no doer (roles.yaml weapon_subject), nor the side struck ("it is claimed a
        # helicopter struck the district")
        ruled_out = [g for g in pre if _weapon_subject_after(doc, g, anchor)]
        pre = [g for g in pre if not any(g is r for r in ruled_out)]
        agent = _subject(doc, pre, anchor) if pre else None
        if agent is not None and (aimed := _aimed_within_subject(doc, pre, agent)) is not None:
            # "coalition strikes against IS terrorists left 31 civilians dead": the group the subject's strikes
            # are aimed at (which `_subject` passed over) is their target, the subject's owner struck (victims a
            # count names come first)
            patient = patient or [replace(aimed[0], data={**aimed[0].data, "holder_struck": True}), *aimed[1:]]
        # (civilians never strike; a fight's dead are of both sides)
        among = agent is not None and _kind(ctx, agent[0]) != "civilians" \
            and not any(reciprocal(t.label) for t in triggers)
        if agent is not None and _counted_as_casualties(doc, agent, among):
            # "the strikes left ten civilians injured", "47 leaders of X killed in a blast": the dead did nothing;
            # of the groups the count names ("4 TTP and LI militants killed"), the first
            first = next(g for g in (*pre, agent) if g is agent or _counted_as_casualties(doc, g, among))
            agent, patient = None, patient or first
            leavers = [g for g in pre if g[-1].end <= first[0].start] if _left_behind(doc, anchor) else []
            if leavers:  # "Coalition strikes on Abu Kamal leave 31 civilians dead": the subject of "leave" struck
                agent = _subject(doc, leavers, anchor)
    if agent is None and (patient is not None or subject_is_victim):  # "X were killed when Y opened fire"
        agent = _later_subject(doc, groups, anchor, patient, triggers)
    if agent is None and patient is not None and subject_is_victim:  # "X was killed in a clash with Y"
        agent = next((g for g in post if g is not patient and fought_with(
            doc.text, max(anchor.end, g[0].start - 60), g[0].start)), None)
    if agent is None:  # "killed amid Syrian forces artillery shelling": the force named before the strike noun
        nouns = [t for t in doc.mentions_of("trigger") if draft.sentence.start <= t.start < draft.sentence.end]
        agent = next((g for g in groups if g is not patient and _fires(doc, g, nouns)), None)
    others = [g for g in groups if g is not agent]
    if patient is None and agent is not None and len(agent) > 1 and reciprocal(anchor.label) and others \
            and all(_kind(ctx, g[0]) == "civilians" for g in others):
        # "Borana and Gabra clans clashed ..., leaving three people dead": the two sides of the fight are its
        # subject's, the people counted are its dead, no side (with an armed side named beside them, "IS fought a
        # joint force of the Nusra Front and rebels", the subject is one side)
        agent, patient = _both_sides(doc, draft, agent)
    if patient is None:
        # "the fighters who attacked the town were sleeper cells": a generic noun after a copula tells what the
        # doer was, no side struck
        post = [g for g in post if g is agent or not (agent is not None and g[0].data.get("generic")
                                                      and after_copula(doc.text[max(0, g[0].start - 8):g[0].start]))]
        candidates = [g for g in post if g is not agent] or [g for g in pre if g is not agent]
        if agent is not None and not reciprocal(anchor.label):
            # "Russia regime strikes kill 47 ... Russian and regime air strikes killed 47 people": a side named
            # before a strike noun of its own fired it, beside the doer; it is not the side struck
            nouns = [t for t in triggers if t.data.get("noun") and t is not anchor]
            candidates = [g for g in candidates if not _owns_strike(doc, g, nouns)
                          or _OBJECT_GAP.fullmatch(doc.text, anchor.end, g[0].start)] or candidates
        if holders:  # "retake posts held by the militia": a holder no doer is the side struck, unless civilians are
            civilians = [g for g in candidates if _kind(ctx, g[0]) == "civilians"]
            candidates = civilians or [g for g in holders if g is not agent] or candidates
        # "used gas against civilians": civilians the act is aimed at are the side struck (only civilians: "the
        # coalition against IS" names a side, not its target; not in a clash: "residents clashed with police,
        # demanding action against people who ..." keeps the police)
        civilians_aimed = [g for g in candidates if _kind(ctx, g[0]) == "civilians" and not reciprocal(anchor.label)
                           and aimed_at(doc.text[max(0, g[0].start - 15):g[0].start])]
        patient = (civilians_aimed or candidates)[0] if candidates else None
    sides = {m.label for m in agent or ()}
    if patient is not None and patient[0].label in sides and not reciprocal(anchor.label) \
            and _MODIFIER_AFTER.match(doc.text, patient[-1].end):
        # "rioters (likely BNP) set fire to buses amid the BNP-led blockade": the side named again as a modifier
        # is no victim
        patient = next((g for g in post + pre if g is not agent and g[0].label not in sides), None)
    if patient is None and agent and reciprocal(anchor.label):
        agent, patient = _both_sides(doc, draft, agent)
    if agent is None and patient is not None and len(groups) == 1 and reciprocal(anchor.label) \
            and _later_subject(doc, groups, anchor, [], _said(doc, anchor, draft.sentence)) is patient:
        # "clashes broke out where pro-regime forces are advancing": the one side named, its advance's subject, acts
        agent, patient = patient, None
    if agent is None and patient is not None and len(patient) > 1 and reciprocal(draft.trigger.label):
        # "70 regime and rebel fighters have been killed in 24 hours of battle": the dead of both sides fought
        agent, patient = patient[:1], patient[1:]
    if agent is not None and (owns_premises(doc.text, agent[0].start, agent[-1].end)
                              or owns_place(doc.text, agent[-1].end)):
        # "a blast near the headquarters of X", "strikes on X's capital": the owner of the place hit is struck
        # there, never the doer (two statements: a compiled build reads `agent` in a tuple's second item as the None
        # the first assigned)
        patient = patient or agent
        agent = None
    if agent is None and patient is not None and (owner := _defender(doc, groups, patient, ctx)) is not None:
        # "the terrorists were killed while trying to attack the positions of the SDF": unknown armed men who fell at
        # a side's positions attacked that side
        agent, patient = patient, owner
    if agent is not None and (owner := _owner_named_again(doc, groups, agent, anchor, ctx)) is not None:
        # "Tags: IS ... airstrikes on the Islamic State group's de facto capital": the holder of the place struck,
        # named again elsewhere in the sentence, is no striker there either
        # (the victims counted, if any, are the target: `_victim_actor`)
        if patient is None or patient[0].label == owner[0].label:
            held = patient or owner
            patient = [replace(held[0], data={**held[0].data, "holder_struck": True}), *held[1:]]
        agent = None
    if agent and patient and reciprocal(draft.trigger.label) and agent[0].label == patient[0].label \
            and (agent[0].data.get("anaphor") or patient[0].data.get("anaphor")):
        # "5 Mungiki suspects killed as they engaged in a shootout with police": a pronoun standing for one side of
        # a fight is that side told again, never the side it fought; the other side named is
        own = patient if agent[0].data.get("anaphor") else agent
        agent, patient = own, next((g for g in groups if g[0].label != own[0].label), None)
    if agent:
        draft.actor1, draft.assoc1 = agent[0], agent[1:]
    if patient:
        draft.actor2, draft.assoc2 = patient[0], patient[1:]


def _said(doc: Document, anchor: Mention, sentence: Sentence) -> list[Mention]:
    """The document's triggers from the anchor to its sentence's end, in the document's order."""
    return [x for x in doc.mentions_of("trigger") if anchor.start <= x.start < sentence.end]


def _weapon_subject_after(doc: Document, group: list[Mention], anchor: Mention) -> bool:
    """Whether a weapon between the side and the trigger opens a noun phrase of its own ("doctors worked a warplane
    circled overhead striking"): the verb's subject, so that the side is not."""
    return any(group[-1].end <= m.start and m.end <= anchor.start
               and (opens := weapon_subject_opens(doc.text, m.start)) is not None and opens >= group[-1].end
               for m in doc.mentions_of("means"))


def _side_before(ctx: Context, groups: list[list[Mention]], again: Mention) -> list[Mention] | None:
    """The nearest non-state side before a generic noun that tells it again (`_told_again`)."""
    return next((g for g in reversed(groups) if g[-1].end <= again.start and _kind(ctx, g[0]) == "nonstate"), None)


def _defender(doc: Document, groups: list[list[Mention]], patient: list[Mention], ctx: Context
              ) -> list[Mention] | None:
    """The armed side whose positions or base the sentence names ("the positions of the SDF", roles.yaml
    `premises`), when the only other side is unknown armed men struck there: the side they attacked."""
    if patient[0].label != "generic:armed_group":
        return None
    return next((g for g in groups if g is not patient and _kind(ctx, g[0]) in ("state", "nonstate")
                 and g[0].label != patient[0].label and owns_premises(doc.text, g[0].start, g[-1].end)), None)


def _owner_named_again(doc: Document, groups: list[list[Mention]], agent: list[Mention], anchor: Mention,
                       ctx: Context) -> list[Mention] | None:
    """The group of the sentence that names the agent's side again as the owner of the place struck ("strikes on the
    Islamic State group's capital", "the positions of X"), for strikes told by a noun that no holder makes
    (roles.yaml `holders_strike_none`; `holders_fly_none` for a non-state agent): that side was struck there."""
    if not anchor.data.get("noun") or not (holder_never_strikes(anchor.label) or (
            holder_cannot_do(anchor.label) and _kind(ctx, agent[0]) == "nonstate")):
        return None  # (a verb's subject acts: "IS militants attacked the army near the group's stronghold")
    return next((g for g in groups if g is not agent and g[0].label == agent[0].label and not g[0].data.get(
        "anaphor") and (owns_premises(doc.text, g[0].start, g[-1].end) or owns_place(doc.text, g[-1].end))), None)


def _passive_before(doc: Document, anchor: Mention) -> bool:
    """Whether "was"/"were"/"is" before the trigger make it a passive ("were killed"); before a present participle
    it is the progressive, whose subject acts ("the troops are advancing"), unless a relative clause tells it of
    the side struck ("injuring two soldiers who were patrolling the area")."""
    start = max(0, anchor.start - 25)
    if not _PASSIVE_BEFORE.search(doc.text, start, anchor.start):
        return False
    return not _PROGRESSIVE.match(anchor.text) or _RELATIVE_BE.search(doc.text, start, anchor.start) is not None


def _told_again(doc: Document, ctx: Context, groups: list[list[Mention]], i: int, anchor: Mention) -> bool:
    """"Presumed JNIM militants attacked the village, the assailants burned a bar": a generic armed noun with a
    definite determiner (roles.yaml `told_again`) after a non-state side of its sentence is that side told again,
    neither its victim nor another doer; a fight's other side stays a side ("IS fighters clashed with the rebels").
    The group asked of is groups[i], the groups before it those told earlier (no list of them made)."""
    group = groups[i]
    if len(group) != 1 or not group[0].data.get("generic") or reciprocal(anchor.label):
        return False
    if _kind(ctx, group[0]) != "nonstate" or not any(_kind(ctx, groups[k][0]) == "nonstate" for k in range(i)):
        return False
    return tells_again(doc.text[max(0, group[0].start - 8):group[0].start], group[0].text)


_HEADLINE_PASSIVE = re.compile(r"(?:\s+and\s+(?:injured|wounded|killed))?\s*"
                               r"(?:[.;:]|$|(?:when|while|during|after|as)\b)", re.I)


# A verb's own "by" right after it, with at most a particle or an adverb between ("pounded down by 56 air strikes",
# "hit hard by shelling"): the verb is a passive whose subject is struck, whatever follows "by".
_OWN_BY = re.compile(r"\s+(?:(?:down|up|out|hard|heavily|\w+ly)\s+)?by\b", re.I)


def _headline_by(doc: Document, anchor: Mention, groups: list[list[Mention]]) -> bool:
    """"Jaish al-Fatah pounded down by 56 air strikes": a bare verb right after its subject and followed by its own
    "by" is a headline's passive even when no side is named after the "by" (a weapon, a count of strikes): the
    subject is struck, never the striker. (A death verb's own passive, "two people killed by rocket fire", is told
    by its count: `_counted_as_casualties`.)"""
    if anchor.label == "kill" or anchor.data.get("noun") or not _bare_verb(anchor) \
            or _OWN_BY.match(doc.text, anchor.end) is None:
        return False
    return any(g[-1].end <= anchor.start and not doc.text[g[-1].end:anchor.start].strip() for g in groups)


def _belongs_to_struck(doc: Document, agent: list[Mention], groups: list[list[Mention]], anchor: Mention,
                       triggers: list[Mention]) -> bool:
    """"A commander affiliated to Ahrar al-Sham and three of his comrades were killed in a blast", "suspected IS
    militants were arrested": the group named as what the subject of a passive belongs to (roles.yaml
    `identifies_perpetrator`) is the side struck, not the doer a described attacker's group would be."""
    if agent[-1].end > anchor.start or not _passive_before(doc, anchor):
        return False
    if any(agent[-1].end <= t.start < anchor.start for t in triggers):
        return False
    if any(agent[-1].end <= g[0].start < anchor.start for g in groups):
        return False  # "four suspected JNIM militants and two French soldiers were killed": both sides' dead
    return identifies_perpetrator(doc.text[max(0, agent[0].start - 40):agent[0].start])


def _headline_pair(doc: Document, groups: list[list[Mention]], anchor: Mention
                   ) -> tuple[list[Mention], list[Mention]] | None:
    """"Hezbollah Syrian Army Kill 2 Nusra Commanders": two named sides set side by side with nothing between them,
    right before a one-sided verb, are its doers together (a headline drops the comma or "and"); in a fight
    ("Army ISIS clash") they are its two sides and stay apart."""
    if reciprocal(anchor.label) or anchor.data.get("noun"):
        return None
    for i in range(1, len(groups)):
        first, second = groups[i - 1], groups[i]
        if second[-1].end > anchor.start or doc.text[second[-1].end:anchor.start].strip():
            continue
        if doc.text[first[-1].end:second[0].start].strip() or not all(_named(m) for m in (*first, *second)) \
                or any(m.label == n.label for m in first for n in second):
            continue
        return first, second
    return None


def _bare_verb(trigger: Mention) -> bool:
    """Whether a trigger is a verb alone ("killed", "shot dead"), not one holding its own object ("fired on the
    village school", "intercepted two drones"): only a bare verb can be a passive whose subject is its victim."""
    return len(trigger.text.split()) <= 2


def _headline_passive(doc: Document, anchor: Mention, groups: list[list[Mention]]) -> bool:
    """"Police reservist killed when raiders attack", "four officers shot at and injured during a patrol": a
    killing or shooting verb right after its subject, with no object, is a headline's passive (the subject the
    victim)."""
    if anchor.label not in ("kill", "attack") or anchor.data.get("noun") or anchor.data.get("intransitive"):
        return False
    if not _bare_verb(anchor):
        return False
    right_after = any(g[-1].end <= anchor.start and not doc.text[g[-1].end:anchor.start].strip() for g in groups)
    return right_after and _HEADLINE_PASSIVE.match(doc.text, anchor.end) is not None


def _community_victims(doc: Document, draft: EventDraft, lexicon: Lexicon, ctx: Context) -> None:
    """"Gunmen killed five Fulani civilians", "attacked Borana herders": the target a community's name tells is its
    people, civilians, not its militia; in a clash ("Fulani herders clashed with Dogon farmers") both are sides."""
    victims = draft.actor2
    if victims is None or lexicon.frames[draft.trigger.label].mutual or victims.label not in ctx.actors \
            or ctx.actors.get(victims.label).kind != "identity":
        return
    if community_victims(doc.text[max(0, victims.start - 30):victims.start], doc.text[victims.end:victims.end + 20],
                         bare=len(victims.text.split()) == 1):
        draft.actor2 = Mention("actor", victims.start, victims.end, victims.text, "generic:civilians",
                               {"generic": True})


_OWNER_GAP = re.compile(r"(?:['’]s)?\s+(?:\w+\s+){0,2}$")
# compiled once: called with a string pattern, `re` looks each up in its own cache on every call
_NO_CLAIMANT = re.compile(r"\bno\s+(?:group|one)\b", re.I)
_BETWEEN_BY_END = re.compile(r"\b(?:between|by)\s+(?:the\s+)?(?:\S+\s+){0,3}$")
_AGENT_BY_END = re.compile(r"\bby\s+(?:the\s+)?(?:\S+\s+){0,2}$")
_VICTIM_WORD = re.compile(r"[\w'’-]+")


@lru_cache(maxsize=4)
def _claim_verbs(verbs: frozenset[str]) -> re.Pattern[str]:
    """One pattern for the claim verbs (attribution.yaml): it matches where one of rf"\\b{verb}\\b" would (each
    alternative is tried at every position, so the alternation finds a match whenever one verb has one)."""
    return re.compile(rf"\b(?:{'|'.join(sorted(verbs))})\b", re.I)


def _fires(doc: Document, group: list[Mention], triggers: list[Mention]) -> bool:
    """Whether the group is named right before a strike noun it fired (roles.yaml `fired_by_owner`): "Syrian
    forces artillery shelling", "the regime's rocket fire"."""
    end = group[-1].end
    return any(t.data.get("noun") and fired_by_owner(t.label) and 0 <= t.start - end <= 30
               and _OWNER_GAP.fullmatch(doc.text, end, t.start) is not None
               and not _CLAUSE_BREAK.search(doc.text, end, t.start) for t in triggers)


_OWN_NOUN_GAP = re.compile(r"(?:['’]s)?\s*")
# ... unless the verb's own object, right after it ("Turkish forces struck Daesh gun emplacements")
_OBJECT_GAP = re.compile(r"\s*(?:the\s+)?", re.I)


def _owns_strike(doc: Document, group: list[Mention], triggers: list[Mention]) -> bool:
    """Whether the group's name stands right before a strike noun, as its owner ("regime air strikes", "the
    army's shelling"), with no word between (`_fires` reads a looser owner for a doer not otherwise named)."""
    end = group[-1].end
    return any(t.data.get("noun") and fired_by_owner(t.label) and t.start >= end
               and _OWN_NOUN_GAP.fullmatch(doc.text, end, t.start) is not None for t in triggers)


def _passive_by(doc: Document, trigger: Mention, agent: list[Mention]) -> bool:
    """Whether the agent is the "by" phrase of a participle trigger with no auxiliary ("ambulance destroyed by
    government forces", "killed after the hospital was attacked by jets"): the subject before it is a victim."""
    if trigger.data.get("noun") or trigger.end > agent[0].start:
        return False
    by_in_trigger = _BY_END.search(trigger.text) is not None  # "burnt reportedly by": the trigger holds the "by"
    start = trigger.start if by_in_trigger else trigger.end
    return (by_in_trigger or _BY_AFTER.match(doc.text, trigger.end) is not None) \
        and _agent_before().search(doc.text, start, agent[0].start) is not None


def _counted_as_casualties(doc: Document, group: list[Mention], among: bool = False) -> bool:
    """Whether a casualty count something left behind holds the group ("the strikes left ten civilians
    injured", roles.yaml `leaves_casualties`): those counted are the victims, never the doers. `among`: any count
    that names the group after its figure ("38 members of X were killed in the blast") holds the victims too (not
    for a fight, whose dead are of both sides)."""
    counts = [c for c in doc.mentions_of("count") if c.label in ("death", "injury")]
    # "15 people died including five policemen": a part of the dead named right after the count
    return any(c.start <= group[0].start and group[-1].end <= c.end
               and ((among and _counted_first(doc, c, group)) or _left_count(doc, c)) for c in counts) or any(
        c.end <= group[0].start and casualty_part(doc.text, c.end, group[0].start) for c in counts)


def _left_count(doc: Document, count: Mention) -> bool:
    """Whether a count is told as what something left behind ("left ten civilians injured": `leaves_casualties`)."""
    return leaves_casualties(doc.text[max(0, count.start - 12):count.start])


def _counted_first(doc: Document, count: Mention, group: list[Mention]) -> bool:
    """Whether a count tells its figure, then the group, as the dead of its verb ("38 members of X were killed"):
    not a verb's object ("killed 20 IS fighters" may run on into a headline's next words) nor the cause of a toll
    ("the death toll from X strikes")."""
    return count.start < group[0].start and not _CAUSE_IN_COUNT.search(doc.text, count.start, group[0].start) \
        and not any(count.start <= t.start < group[0].start for t in doc.mentions_of("trigger"))


# "the death toll from Russian strikes has risen to 82": a side told after one of these in a count caused the deaths
_CAUSE_IN_COUNT = re.compile(r"\b(?:from|by|in|after|during|amid|when|as)\b", re.I)


def _described_as(doc: Document, group: list[Mention], agent: list[Mention], triggers: list[Mention]) -> bool:
    """"Gunmen believed to be IS members": the group is the agent described again; not when an act lies between
    ("security forces killed a suspected IS member": the security forces are a side)."""
    gap = doc.text[group[-1].end:agent[0].start]
    return group[-1].end <= agent[0].start and len(gap) < 40 and identifies_perpetrator(gap) and not any(
        group[-1].end <= t.start and t.end <= agent[0].start for t in triggers)


def _both_sides(doc: Document, draft: EventDraft, agent: list[Mention]) -> tuple[list[Mention], list[Mention] | None]:
    """The sides of a clash its subject names (roles.yaml `reciprocal`): "BJP and BSP workers clashed" -> BJP
    against BSP; "two groups of Awami League men clashed" -> the one side against itself."""
    if len(agent) > 1 and allied_join(_BRACKETED.sub(" ", doc.text[agent[0].end:agent[1].start])):
        return agent, None  # "the Nusra Front and its allied fighters of Faylaq al-Sham attacked": one side
    if len(agent) > 1:
        other = agent[1:]
    elif against_itself(doc.text[draft.sentence.start:draft.sentence.end]):
        other = agent[:1]
    else:
        return agent, None
    # marked, so that two crowds of one kind stay two sides ("Rioters" against "Rioters")
    return agent[:1], [replace(other[0], data={**other[0].data, "other_side": True}), *other[1:]]


_FROM_AFTER_NOUN = re.compile(r"(?:bombers?|attackers?|gunman|gunmen|assailants?)\s+from\s+"
                              r"(?:the\s+)?$", re.I)


def _holders(doc: Document, groups: list[list[Mention]], triggers: list[Mention], ctx: Context
             ) -> list[list[Mention]]:
    """The groups named as holding a place ("air raids on a town held by the Islamic State group", roles.yaml
    `holders`), when another group that may have struck (not civilians) is named: the holder is then no doer. A
    holding word that is the event's own trigger ("the clinic was occupied by troops") tells the doer."""
    held = []
    states = _state_cue_ends(doc, ctx.lexicon)
    for g in groups:
        at = holder_before(doc.text, g[0].start)
        if (at is not None and not any(t.start <= at < t.end for t in triggers)) or (states and any(
                _HOLDER_GAP.fullmatch(doc.text, end, g[0].start) for end in states)):
            held.append(g)
    others = [g for g in groups if g not in held and _kind(ctx, g[0]) != "civilians"]
    if not others and any(holder_never_strikes(t.label) for t in triggers):
        # "a hospital occupied by the military was attacked": no holder, the state's either, attacked its own place
        return [g for g in held if _kind(ctx, g[0]) in ("nonstate", "state")]
    if not others and any(holder_cannot_do(t.label) for t in triggers):
        # "aerial bombardment on a neighbourhood controlled by the rebels": no non-state holder flew it
        return [g for g in held if _kind(ctx, g[0]) == "nonstate"]
    return held if others else []


# the words a place-describing participle's "by" may stand from the side it names ("captured by the Kurdish forces")
_HOLDER_GAP = re.compile(r"\s+(?:the\s+)?(?:\S+\s+){0,2}")


# (the document's mentions, their count, its text and the lexicon the last answer of `_state_cue_ends` was read
# for, and that answer: asked of every draft with sides, it is the document's, read once)
_CUE_ENDS: tuple[object, int, object, object, tuple[int, ...]] = (None, -1, None, None, ())


def _state_cue_ends(doc: Document, lexicon: Lexicon) -> tuple[int, ...]:
    """Where the participles that describe a place end ("a town in northern Syria recently captured by", cue scope
    `describes`, no day told after them): the side right after one holds the place, it did not act in the event."""
    global _CUE_ENDS
    mentions, text, size = doc.mentions, doc.text, len(doc.mentions)
    seen, seen_size, seen_text, seen_lexicon, ends = _CUE_ENDS
    if seen is mentions and seen_size == size and seen_text is text and seen_lexicon is lexicon:
        return ends
    # (other cues of that scope, "when the raids began", name no holder: only a participle's "by" does)
    ends = tuple(c.end for c in doc.mentions_of("cue") if lexicon.cue_scopes.get(c.label) == "describes"
                 and c.text.casefold().endswith(" by") and not _day_in_clause(doc, c.end))
    _CUE_ENDS = (mentions, size, text, lexicon, ends)
    return ends


# the word every match of `_FROM_AFTER_NOUN`, and of `_BETWEEN`, holds
_FROM_WORDS = ("from",)
_BETWEEN_WORDS = ("between",)


def _marked_roles(doc: Document, groups: list[list[Mention]], holders: list[list[Mention]] | None = None
                  ) -> tuple[list[Mention] | None, list[Mention] | None]:
    """Roles the words mark: "by X" / "at the hands of X" / "a bomber from X" (agent), "between X and Y"; a
    holder of a place (`_holders`) is marked no agent."""
    agent: list[Mention] | None = None
    patient: list[Mention] | None = None
    if not groups:
        return agent, patient
    # (the words three tests below need, looked for once in the text all the groups' 40 characters before them span:
    # where it lacks one, every such text lacks it, and the test is False for each group; read in the document's
    # lower-case form, no slice lowered per draft)
    first = min(g[0].start for g in groups)
    last = max(g[0].start for g in groups)
    identified = window_holds(doc.text, max(0, first - 40), last, identifying_words())
    sent_from = window_holds(doc.text, max(0, first - 40), last, _FROM_WORDS)
    between = window_holds(doc.text, max(0, first - 40), last, _BETWEEN_WORDS)
    agent_before = _agent_before()  # (asked of each group: looked up once)
    for i, group in enumerate(groups):
        if holders and any(group is h for h in holders):
            continue
        before = doc.text[max(0, group[0].start - 40):group[0].start]
        if identified and identifies_perpetrator(before):
            agent = group  # "gunmen believed to be IS members": the named group is the agent
            continue
        if agent is None and named_by_fire(group[0].text):  # "hurt following rebel fire": the fire's owner acts
            agent = group
            continue
        if agent is None and owns_offensive(doc.text, group[0].start, group[-1].end):
            agent = group  # "eight killed in Syrian army offensive": the offensive's owner acts
            continue
        if agent is None and sent_from and _FROM_AFTER_NOUN.search(before):
            agent = group
            continue
        if between and _BETWEEN.search(before):
            if _ONE_HAND.match(doc.text, group[-1].end):
                return group, (groups[i + 1] if i + 1 < len(groups) else None)
            if len(group) > 1:
                return group[:1], group[1:]
            return group, (groups[i + 1] if i + 1 < len(groups) else None)
        if agent is None and agent_before.search(before) \
                and not owns_premises(doc.text, group[0].start, group[-1].end):
            # ("a school used as a base by X": X holds the place, its "by" tells no doer)
            agent = group
    return agent, patient


def _subject(doc: Document, pre: list[list[Mention]], anchor: Mention) -> list[Mention]:
    """The nearest actor before the trigger in the same clause, else the sentence's first (skipping asides
    such as ", backed by allied fighters,")."""
    for i, group in reversed(list(enumerate(pre))):
        if i and aimed_at(doc.text[max(0, group[0].start - 15):group[0].start]) \
                and not _breaks(doc, pre[i - 1][-1].end, anchor.start):
            continue  # "prompted Washington to take action against the regime with missile strikes": aimed at
        if not _breaks(doc, group[-1].end, anchor.start):
            # "fighters that are backed by the US and are fighting IS militants took a base": the side a relative
            # clause names is its object, the clause's head did it (not "a journalist who is embedded with the
            # troops who said the army ...": a second clause, or a speech, between)
            head = next((g for g in reversed(pre[:i]) if _RELATIVE_OBJECT.fullmatch(doc.text, g[-1].end, group[0].start)
                         and not _breaks(doc, g[-1].end, group[0].start)), None)
            if head is None and i and _SECOND_VERB.fullmatch(doc.text, group[-1].end, anchor.start) \
                    and _FIRST_VERB.fullmatch(doc.text, pre[i - 1][-1].end, group[0].start) \
                    and not _breaks(doc, pre[i - 1][-1].end, group[0].start):
                # "the army units hunted down fleeing IS terrorists and dismantled mines": the first verb's object
                # is no subject of the verb coordinated after it; the first verb's subject is
                head = pre[i - 1]
            return head or group
    return pre[0]


def _left_behind(doc: Document, anchor: Mention) -> bool:
    """Whether a victim-subject trigger ("dead") closes a casualty count something left behind ("the strikes left
    31 civilians dead", roles.yaml `leaves_casualties`): the sentence's subject is then the doer, the count the
    victims. Not after a participle ("leaving"): the side nearest before it may be the main verb's object."""
    return any(c.label in ("death", "injury") and c.start < anchor.start and anchor.end <= c.end
               and _left_count(doc, c) and not _PARTICIPLE_BEFORE.search(doc.text, max(0, c.start - 12), c.start)
               for c in doc.mentions_of("count"))


# "targeted the troops, leaving 90 dead": a participle's subject is the main verb's, whose object may stand between
_PARTICIPLE_BEFORE = re.compile(r"ing\s+$", re.I)


def _aimed_within_subject(doc: Document, pre: list[list[Mention]], subject: list[Mention]) -> list[Mention] | None:
    """The side right after the subject that is only the object of an aiming word (roles.yaml `aimed_at`: "the
    coalition's strikes against IS"), in the same clause: the subject is the doer, that side its target."""
    i = next((k for k, g in enumerate(pre) if g is subject), len(pre))
    aimed = pre[i + 1] if i + 1 < len(pre) else None
    if aimed is None or not aimed_at(doc.text[max(0, aimed[0].start - 15):aimed[0].start]):
        return None
    return None if _breaks(doc, subject[-1].end, aimed[0].start) else aimed


_RELATIVE_OBJECT = re.compile(r"\s*(?:who|that|which)\s+(?:are|were|is|was|have|has|had)\b"
                              r"(?:(?!\b(?:who|that|which|said|says|say|told)\b)[^,;:]){0,80}", re.I)


# a coordinated verb with no subject of its own: "... inside the city and <trigger>"
_SECOND_VERB = re.compile(r"[^,;:.]*?\s(?:and|then)\s+", re.I)
# words (a verb) between two sides, not a coordination of them ("the army and the militia")
_FIRST_VERB = re.compile(r"\s+(?!(?:and|or|with|,)\s)(?:[\w-]+\s+){1,4}", re.I)


_ASIDE = re.compile(r",\s*(?:(?:supported|backed|assisted|aided|accompanied|led|joined|helped|reinforced)\s+by|"
                    r"along\s+with|together\s+with|with\s+the\s+support\s+of)\b[^,;:]*,", re.I)


def _breaks(doc: Document, start: int, end: int) -> bool:
    """Whether a clause boundary lies between two offsets; an aside (", supported by Russian forces,") and a
    bracketed acronym are not boundaries."""
    gap = doc.text[start:end]
    if "," in gap:  # (an aside opens and closes with a comma: most gaps hold none, and are searched as they are)
        gap = _ASIDE.sub(" ", gap)
    return bool(_CLAUSE_BREAK.search(gap))


def _part_of_force(doc: Document, group: list[Mention], before: list[list[Mention]]) -> bool:
    """Whether a group is a state force told as a part of a state force named before it ("including special
    forces"; roles.yaml `side_parts`)."""
    return bool(before) and _state_force(before[-1][0]) and _state_force(group[0]) \
        and named_as_part(doc.text, group[0].start)


def _state_force(m: Mention) -> bool:
    """Whether a mention reads as a state's military (a named one, or the event country's)."""
    readings = [m.label, *m.data.get("alternatives", ()), *m.data.get("candidates", ())]
    return any(a == "state:military" or "-military" in a for a in readings)


def _coordinated(doc: Document, actors: list[Mention]) -> list[list[Mention]]:
    """Group actor mentions joined by "and" / "," ("the Syrian Air Force and the Russian Aerospace Forces")."""
    groups: list[list[Mention]] = []
    for m in sorted(actors, key=_START):
        # a gloss in brackets after a name is no word between the sides ("the Nusra Front (al-Qaeda's branch) and
        # its allied fighters of Faylaq al-Sham")
        if groups and coordinated(_unbracketed(doc.text[groups[-1][-1].end:m.start])):
            if all(m.label != g.label for g in groups[-1]):
                groups[-1].append(m)
            continue
        if groups and any(m.label == g.label for g in groups[-1]) and m.start - groups[-1][-1].end < 3:
            continue
        if groups and len(groups[-1]) == 1 and _named(m) and _named(groups[-1][0]) \
                and _GLOSS.fullmatch(doc.text, groups[-1][0].end, m.start) and doc.text[m.end:m.end + 1] == ")":
            # "Katiba Macina (JNIM) militants": the group in brackets is the one the first belongs to; one side,
            # named by the wider group, the first its associate (as ACLED codes it), not a second side
            groups[-1].insert(0, m)
            continue
        if groups and len(groups[-1]) == 1 and _named(m) and _armed_generic(groups[-1][0]) \
                and _MEMBERS_OF.fullmatch(doc.text, groups[-1][0].end, m.start):
            # "terrorists of the so-called Jaish al-Fateh": the named group's own men, one side, told from the
            # generic on (so that "fired by" before it still marks the doer)
            first = groups[-1][0]
            groups[-1] = [replace(m, start=first.start, text=doc.text[first.start:m.end])]
            continue
        groups.append([m])
    return groups


_GLOSS = re.compile(r"\s*\(\s*")
# between an armed generic and the group it belongs to: "terrorists of the so-called", "gunmen of"
_MEMBERS_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:so-called\s+|self-styled\s+)?", re.I)


def _armed_generic(m: Mention) -> bool:
    """A generic name for armed men ("terrorists", "militants", "rebels"), not for civilians or workers."""
    return m.label in ("generic:armed_group", "generic:islamist", "generic:rebels")


_BRACKETED = re.compile(r"\([^()]*\)")


def _unbracketed(gap: str) -> str:
    """The words between two sides with each gloss in brackets made a space (most gaps hold no bracket: no search)."""
    return _BRACKETED.sub(" ", gap) if "(" in gap else gap


def _toll_detail(draft: EventDraft) -> bool:
    """Whether every death count of a draft tells itself a part of a toll ("were among the dead": retellings.yaml
    `part_within`)."""
    deaths = [c for c in draft.counts if c.label == "death"]
    return bool(deaths) and all(retell.within_toll(c.text) for c in deaths)


def _counts(draft: EventDraft, mentions: list[Mention], trigger: Mention, text: str) -> None:
    counts = [m for m in mentions if m.kind == "count"]
    deaths = [c for c in counts if c.label == "death"]
    exact = [c for c in deaths if not c.data["vague"]]
    # "killed 12 ..., bringing to 45 the number killed in two days": the running total sums other reports' deaths;
    # the event's own toll told beside it stands (retellings.yaml `running_total`)
    own = [c for c in exact if not retell.running_total(text[max(0, c.start - 40):c.start])]
    if own and len(own) < len(exact) and not any(retell.adds_to_toll(c.text) for c in own):
        exact = own
    if exact:
        # Counts in one sentence are mostly one toll told twice (a headline run into its lede), so the
        # largest stands for the sentence; coordinated victims ("2 soldiers and 3 civilians") are one count.
        draft.fatalities = min(c.data["value"] for c in exact) if _second_source(exact, mentions, text) else \
            max(c.data["value"] for c in exact)
        draft.fatalities_vague = False
        draft.fatalities_floor = all(c.data.get("floor") for c in exact)
    elif deaths:
        draft.fatalities = 10 if trigger.data.get("significant") else min(c.data["value"] for c in deaths)
    injuries = [c for c in counts if c.label == "injury"]
    if injuries:
        draft.injuries = max(c.data["value"] for c in injuries)
    draft.counts = counts


def _second_source(exact: list[Mention], mentions: list[Mention], text: str) -> bool:
    """Whether a sentence's exact death counts are one toll told by two sources ("20 were killed, the monitor said,
    while state media said 12 died": retellings.yaml `second_source`), no event word between them: the lower stands."""
    tolls = sorted(exact, key=lambda c: c.start)
    triggers = [m for m in mentions if m.kind == "trigger"]
    return len(tolls) > 1 and all(
        retell.second_source(text[a.end:b.start]) and not any(a.end <= t.start < b.start for t in triggers)
        for a, b in pairwise(tolls))


def _holder_struck(draft: EventDraft, mentions: list[Mention], main: Mention) -> bool:
    """"the army captured more of Zabadani, the last rebel-held town": with no other side named, the holder of a
    place told after the trigger (another side than the doer the sentence names) is the side it was taken from.
    A holder before it describes a side ("the PYD-dominated SDF captured"); with no doer named the sentence may
    be a summary ("has regained control of most cities ... live in regime-held areas")."""
    if draft.actor2 is not None or draft.actor1 is None or not held_place_struck(main.label):
        return False
    doer = draft.actor1.label
    holder = next((m for m in mentions if m.kind == "holder" and m.label != doer and m.start >= main.end), None)
    if holder is None:
        return False
    draft.actor2 = replace(holder, kind="actor")
    return True


def _fight_told_again(doc: Document, draft: EventDraft, history: _History, lexicon: Lexicon, ctx: Context) -> bool:
    """"Thousands of civilians have fled as the fighting intensified": a fight told again by a noun with a definite
    article, naming no armed side (only the civilians it befell), was fought by the sides of the last event told
    with two armed sides, never by those civilians."""
    trigger = draft.trigger
    if not reciprocal(trigger.label) or not trigger.data.get("noun") or not _DEFINITE.search(
            doc.text, max(0, trigger.start - 30), trigger.start):
        return False
    if any(m is not None and _kind(ctx, m) != "civilians" for m in (draft.actor1, draft.actor2)):
        return False
    armed = ("state", "nonstate")
    earlier = next((d for d in reversed(history.drafts) if d.actor1 is not None and d.actor2 is not None
                    and _kind(ctx, d.actor1) in armed and _kind(ctx, d.actor2) in armed), None)
    if earlier is None:
        return False
    draft.actor1, draft.actor2, draft.assoc1, draft.assoc2 = earlier.actor1, earlier.actor2, [], []
    return True


def _burnt_by_group_before(doc: Document, draft: EventDraft, history: _History, ctx: Context) -> bool:
    """"IS members said they had detained crusaders. The churches in two villages have been torched": property
    burnt in the body with no doer, no crowd and no riot named is the destruction of the armed group whose act was
    told just before (roles.yaml `burnt_after`), not a crowd's riot."""
    if draft.actor1 is not None or not burnt_after(draft.trigger.label) or draft.trigger.data.get("tells") \
            or not history.drafts or not in_article_body(doc, draft.sentence.index):
        return False
    before = history.drafts[-1].actor1
    if before is None or not _armed_side(ctx, before) or before.data.get("generic") \
            or (draft.actor2 is not None and draft.actor2.label == before.label):
        return False
    draft.actor1, draft.assoc1 = before, []
    return True


def _bomber_of_group_before(draft: EventDraft, history: _History, ctx: Context) -> bool:
    """"Several IS fighters stormed the town. A first attacker blew himself up at a checkpoint": a suicide bombing
    with no doer named in the sentence right after a named armed group's act is that group's (roles.yaml
    `bombed_after`), not an unknown group's; not after a bombing, which it tells again."""
    if draft.actor1 is not None or not bombed_after(draft.trigger.label) or not history.drafts:
        return False
    last = history.drafts[-1]
    before = last.actor1
    # (a bombing right after a bombing tells it again: the merge joins them, where a doer carried would split them)
    if last.sentence.index != draft.sentence.index - 1 or last.trigger.label == draft.trigger.label \
            or not _armed_side(ctx, before) or before is None or before.data.get("generic") \
            or (draft.actor2 is not None and draft.actor2.label == before.label):
        return False
    draft.actor1, draft.assoc1 = before, []
    return True


def _assailants_repelled(doc: Document, draft: EventDraft, history: _History) -> bool:
    """"Coalition jets carried out strikes to repel the assault": with no target named, the side that made the
    assault, the doer of the event told just before, is the one struck (roles.yaml `repelled`)."""
    if draft.actor2 is not None or draft.actor1 is None or not history.drafts:
        return False
    assailant = history.drafts[-1].actor1
    if assailant is None or assailant.label == draft.actor1.label or assailant.label.startswith("generic:civilians"):
        return False
    if not repels_assault(doc.text[draft.trigger.end:draft.sentence.end]):
        return False
    draft.actor2 = assailant
    return True


def _target_actor(doc: Document, draft: EventDraft, mentions: list[Mention], anchor: Mention) -> None:
    """A sentence that names no victim but an armed place or person ("attacked the gendarmerie", "a policeman
    was killed") has that side as actor2 (targets.yaml); one that is the trigger's subject ("a police officer
    shot a teacher") is actor1 when none is named. A place that only locates the event ("outside a police
    post") is neither."""
    taken = [m for m in (draft.actor1, draft.actor2, *draft.assoc1) if m is not None]
    for t in mentions:
        if t.kind != "target" or any(a.start < t.end and t.start < a.end for a in taken) or \
                _LOCATIVE.search(doc.text, max(0, t.start - 20), t.start):
            continue
        role = Mention("actor", t.start, t.end, t.text, t.label, {"generic": True, "target": True})
        if (t.end <= anchor.start and _acts(doc, t, anchor)) or (
                t.start >= anchor.end and _BY_BEFORE.search(doc.text, max(0, t.start - 30), t.start)):
            # "a police officer shot a teacher"; "an elder was shot dead by unknown gangsters": the doer
            if draft.actor1 is None:
                draft.actor1 = role
            continue
        if draft.actor2 is None:
            draft.actor2 = role
        return


_BY_BEFORE = re.compile(r"\bby\s+(?:[\w-]+\s+){0,2}$", re.I)
_LOCATIVE = re.compile(r"\b(?:outside|near|at|behind|beside|to|from|in front of|close to|next to)\s+"
                       r"(?:the\s+|a\s+|an\s+)?$", re.I)


def _crowds_riot(doc: Document, draft: EventDraft, anchor: Mention, lexicon: Lexicon, ctx: Context,
                 communal: bool) -> None:
    """Civilians (a crowd, villagers, a party's supporters) who commit violence are rioters, and so is a crowd
    fighting back in a brawl ("two groups of villagers clashed"); the group they belong to, if named, is the
    associated actor. Communities, clans or tribes that fight are communal militias (cues.yaml `communal`)."""
    frame = lexicon.frames[draft.trigger.label]
    if not frame.crowd or draft.actor1 is None or _defenceless(draft, lexicon):
        return
    # Vigilantes lynching a suspect are a mob (roles.yaml mob_generics); fighting an armed side they are not.
    unknown = unarmed_unknown(draft.actor1.label, draft.actor1.text, draft.trigger.label, draft.trigger.text,
                              doc.text[draft.sentence.start:draft.sentence.end])
    mob = (mob_generic(draft.actor1.label) or unknown) \
        and (_kind(ctx, draft.actor2) not in ("state", "nonstate") or _political(ctx, draft.actor2))
    if not (_crowd_like(ctx, draft.actor1) or mob):
        return
    if _victims_of(doc, draft.actor1, anchor) or _counted(draft, draft.actor1) \
            or partitive(doc.text[draft.sentence.start:draft.actor1.start]) \
            or _setting_between(doc, draft.actor1, anchor):
        # "women were among those killed in the clashes", "claiming the lives of 3 children and injuring 17", "Of the
        # 45 civilians killed, the highest number were in Qaterji" (a part of those counted, roles.yaml)
        return
    # "residents attack and kill a suspect": violence a crowd commits, told by a bare word right after it, is its verb
    bare_verb = lexicon.frames[anchor.label].conduct or lexicon.frames[anchor.label].crowd
    if draft.trigger.label != "clash" and not _acts(doc, draft.actor1, anchor, bare_verb):
        return  # a brawl has no victim side: whoever clashes acts
    # herders who raid or kill fight as their community's militia; beating or lynching, they are a mob. Unknown
    # persons are no community's militia ("vandalised the house of a teacher from the Hindu community"), nor is a
    # community's crowd that assaults or beats someone.
    communal = (communal and not unknown and not mob_verb(draft.trigger.text)) or (
        draft.trigger.label in ("attack", "kill", "clash")
        and communal_generic(draft.actor1.label, draft.actor1.text, draft.trigger.text))
    kind = "generic:communal" if communal else "generic:rioters"
    draft.actor1, extra = _as_crowd(draft.actor1, kind)
    draft.assoc1 = extra + [m for m in draft.assoc1 if not _crowd_like(ctx, m)]
    if draft.trigger.label == "clash" and draft.actor2 is not None and _crowd_like(ctx, draft.actor2):
        # "BCL men clashed with BNP members": two crowds, each a side (Rioters against Rioters), not one told twice
        draft.actor2, extra = _as_crowd(draft.actor2, kind, other_side=True)
        draft.assoc2 = extra + draft.assoc2


def _setting_between(doc: Document, crowd: Mention, anchor: Mention) -> bool:
    """A context cue between a crowd and the violence ("people had their route cut following fierce fighting"): the
    violence is the setting of what befell the crowd, not its deed (cues.yaml `context`)."""
    return crowd.end <= anchor.start and any(
        m.kind == "cue" and m.label == "context" and crowd.end <= m.start and m.end <= anchor.start
        for m in doc.mentions)


# Between a crowd and the verb it is the subject of, words that start another clause or make the crowd an
# object or a purpose ("told the correspondent that", "operators for attacks").
_NOT_SUBJECT = re.compile(r"\b(?:that|who|whom|whose|which|when|where|for|to|said|told|says|after|before|because|if|"
                          r"during|in|at|on|near|with|against|inside|outside|into|over|under|while|as|among|those|"
                          r"was|were|is|are|been|being|(?<!led )by)\b", re.I)


_PLACE_PHRASE = re.compile(r"\b(?:in|from|of|at)\s+(?:(?:[A-Z][\w'’-]*|the|village|town|county|sub-county|district|"
                           r"area|estate|ward|division|camp|city|region|province|\([A-Z][^()]{0,60}\))\s*,?\s*)+")
_REDUCED_PASSIVE = re.compile(r"\s*(?:[,.;:]|$|(?:in|at|on|by|during|near|when|after|as|while|since|over|including|"
                              r"said|says|according|because|from|with)\b)")
_ENGAGED = re.compile(r"\b(?:engaged|engage[sd]?|got|were|was)\s+(?:in|into)\s+(?:an?\s+|the\s+)?[\w-]*\s*$")


def _acts(doc: Document, m: Mention, anchor: Mention, conduct: bool = False) -> bool:
    """The mention is the doer of the trigger: its subject right before it, or its agent ("by residents")."""
    if anchor.data.get("patient_subject"):
        return False  # "people died", "civilians dead"
    if _BETWEEN_BY_END.search(doc.text[max(0, m.start - 40):m.start]):
        return True  # "clashes between two groups", "lynched by residents"
    if anchor.data.get("noun"):
        # "members of BCL engaged in a factional clash"; "students riot over fees": a crowd's conduct (frames.yaml
        # `conduct`) told by a bare word right after the crowd is its verb in the present tense, not a noun
        if m.end > anchor.start:
            return False
        engaged = bool(_ENGAGED.search(doc.text, m.end, anchor.start)) and anchor.start - m.end <= 100
        return engaged or (conduct and _PRESENT_VERB.fullmatch(doc.text, m.end, anchor.end) is not None)
    if m.end <= anchor.start:
        # "civilians killed in Kansafra": a participle with no object describes victims.
        # A trigger that holds its own object ("captured and assaulted a thief") is active, whatever follows it.
        reduced_passive = _REDUCED_PASSIVE.match(doc.text, anchor.end) and not anchor.data.get("noun") \
            and not anchor.data.get("intransitive") and not _HELD_OBJECT.search(anchor.text) \
            and not _SERIES_AFTER.match(doc.text, anchor.end)
        # "villagers in Kisumu lynched", "residents of Lukume village, Kakamega county, beat", "villagers armed
        # with machetes killed": where they are from and what they carry leave them the subject
        gap = _PLACE_PHRASE.sub(" ", without_weapons(doc.text[m.end:anchor.start]))
        if _VERB_SERIES.fullmatch(gap) and not reduced_passive:
            return True  # "residents caught and beat", "locals seized, tied up and assaulted": the crowd does each
        return len(gap) <= 100 and not _NOT_SUBJECT.search(gap) and not _CLAUSE_BREAK.search(_ASIDE.sub(" ", gap)) \
            and not reduced_passive
    return bool(_AGENT_BY_END.search(doc.text[max(0, m.start - 30):m.start]))


_HELD_OBJECT = re.compile(r"\s(?:a|an|the|his|her|their|two|three|four|five|several|\d+)\s", re.I)
# Verbs in the past tense in a series before the trigger, each with its object ("caught, tied up and", "captured a
# burglar and"): the crowd before the first of them is the subject of the trigger too.
_VERB_SERIES = re.compile(r"(?:\s*[a-z]+(?:ed|ght)\b(?:\s+(?!and\b|was\b|were\b|by\b)[\w'’-]+){0,4}?"
                          r"\s*(?:,\s*and|,|and)\s*)+")
# After the trigger, more verbs in a series that ends with "and" ("attacked, looted, and vandalised three houses",
# "assaulted, shaved the heads, and tied"): the trigger is active, the series' object its own.
_SERIES_AFTER = re.compile(r"\s*,\s*(?:[a-z]+(?:ed|ght)\b(?:\s+(?!and\b)[\w'’-]+){0,3}?\s*,\s*)*"
                           r"and\s+[a-z]+(?:ed|ght)\b")
_PRESENT_VERB = re.compile(r"\s+[a-z]+")  # after the crowd, a lower-case word alone (a noun takes "the", "an", "'s")


# "those" only as in "among those killed" (not "two rival groups, those supportive of the governor and ...")
_VICTIM_WORDS = re.compile(r"\b(?:among|were|was|killed|dead|died|injured|wounded|victims?)\b", re.I)


def _defenceless(draft: EventDraft, lexicon: Lexicon) -> bool:
    """Whether the trigger tells violence against the defenceless ("a civilian massacre": frames.yaml
    `defenceless`): the civilians named with it are its victims, never a crowd that rioted."""
    told = draft.trigger.data.get("tells")
    return bool(told) and lexicon.frames[told].defenceless  # type: ignore[index]  # (a label: a str)


def _victims_of(doc: Document, m: Mention, anchor: Mention) -> bool:
    """"Women were among those killed in clashes", "people killed in the fighting"."""
    # After the trigger only the words between it and the mention count ("injured in a clash between supporters
    # of two candidates": those injured are not the supporters).
    start, end = (m.end, anchor.start) if m.end <= anchor.start else (max(anchor.end, m.start - 40), m.start)
    return bool(_VICTIM_WORDS.search(doc.text, start, end))


def _counted(draft: EventDraft, m: Mention) -> bool:
    """The people a casualty count names: victims, not the doers of the next verb of the clause ("claiming the
    lives of 3 children and injuring 17", the headline "Three civilians killed 12 others injured in attacks"). A
    count opened by an article ("a farmer and his sons killed another farmer", "a group of men killed") may have
    read the doers as the dead: only a count told verb first, or opened by a figure, settles it."""
    verb_first = any(c.label in ("death", "injury") and c.start < m.start and c.end - 1 <= m.end <= c.end
                     for c in draft.counts)
    # a figure-first toll of dead, outside a brawl ("15 people sustained injuries in a clash between two groups of
    # villagers": the injured are of the crowds that clashed)
    figure_first = draft.trigger.label != "clash" and any(
        c.label == "death" and c.start <= m.start and m.end <= c.end and not _ARTICLE_FIRST.match(c.text)
        for c in draft.counts)
    # "A child killed 7 people injured in attacks": a toll another toll follows straight is a headline's list of
    # tolls, each its own clause (the dead are no doers whose victims are the next count)
    listed = any(c.label == "death" and c.start <= m.start and m.end <= c.end and any(
        n.label in ("death", "injury") and c.end <= n.start <= c.end + 2 for n in draft.counts)
        for c in draft.counts)
    # "Child killed 9 civilians injured in attacks": a bare outcome word right after the mention, read as one
    # victim (the count reader's one-victim subject), makes the mention that victim
    subject_toll = any(c.label == "death" and 0 <= c.start - m.end <= 2 and not c.data.get("victim_words")
                       and not any(ch.isdigit() for ch in c.text) for c in draft.counts)
    return verb_first or figure_first or listed or subject_toll


_ARTICLE_FIRST = re.compile(r"(?:a|an|the)\s", re.I)


def _crowd_like(ctx: Context, m: Mention) -> bool:
    # A party's members: a crowd, not an armed group.
    return _kind(ctx, m) == "civilians" or _political(ctx, m)


def _as_crowd(m: Mention, kind: str, other_side: bool = False) -> tuple[Mention, list[Mention]]:
    """The crowd a mention's people form (with the group it names, if any, to associate); `other_side` marks it
    as the second side of a clash, so that it stays beside a crowd of its kind."""
    side = {"other_side": True} if other_side or m.data.get("other_side") else {}  # a side of a clash
    rioters = Mention("actor", m.start, m.end, m.text, kind, {"generic": True, "crowd": True, **side})
    named = m.label not in ("generic:civilians",)
    return rioters, ([m] if named else [])


def _civilians_do_not_strike(doc: Document, draft: EventDraft, lexicon: Lexicon, ctx: Context) -> None:
    """Civilians are the target of violence, never its author (crowds are coded as rioters): "homes were
    subject to regime shelling" must not make the homes' residents actor1. The holder of the place named ("killed
    in the raids on the city, which is held by the X Front") takes no doer's place (roles.yaml `holders`)."""
    if not lexicon.frames[draft.trigger.label].violent or _kind(ctx, draft.actor1) != "civilians":
        return
    victims = draft.actor1
    if draft.actor2 is not None and _kind(ctx, draft.actor2) != "civilians" \
            and holder_before(doc.text, draft.actor2.start) is None:
        draft.actor1, draft.actor2 = draft.actor2, victims
    else:
        draft.actor1, draft.actor2 = None, victims


_PASSIVE_TOLL = re.compile(r"\b(?:were|was|(?:have|has|had)\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured)\s*$",
                           re.I)


def _side_among_dead(doc: Document, draft: EventDraft, mentions: list[Mention], lexicon: Lexicon,
                     ctx: Context) -> None:
    """"The commander of a brigade of Ahrar al-Sham and three of his comrades were killed in a bomb blast": a side
    named inside the words of a passive toll, killed "in" or "by" the act the trigger tells (or told after that act
    in a clause of its own: "... were destroyed, adding that another 40 IS fighters were killed"), is whose people
    died, not who set the bomb. Not in a fight (frame `mutual`), where those counted fought too, nor when the sentence
    names another armed side ("killed following an attack by Afghan forces"), whom the role rules weigh."""
    a1 = draft.actor1
    if a1 is None or not _named(a1) or lexicon.frames[draft.trigger.label].mutual \
            or _kind(ctx, a1) not in ("state", "nonstate"):
        return
    toll = next((c for c in draft.counts if c.label in ("death", "injury") and c.start <= a1.start
                 and a1.end <= c.end and _PASSIVE_TOLL.search(c.text)), None)
    # ("... were destroyed in the area, the ministry said, adding that another 40 IS fighters were killed": a
    # passive toll told after the trigger, in words of its own, counts the side's dead too)
    if toll is None:
        return
    after = toll.start > draft.trigger.end
    if not (after or _KILLED_BY_IT.match(doc.text[toll.end:draft.trigger.start])):
        return
    # (a side named by a word, "a command post of the terrorists", is no other side to a toll told after the act)
    if any(m.kind == "actor" and m.label != a1.label and _kind(ctx, m) in ("state", "nonstate")
           and not toll.start <= m.start < toll.end and not (after and not _named(m)) for m in mentions):
        return
    draft.actor1, draft.actor2 = None, a1


_KILLED_BY_IT = re.compile(r"\s*(?:in|by)\s+(?:(?:an?|the|two|three|several|twin)\s+)?$", re.I)


def _no_self_target(draft: EventDraft, lexicon: Lexicon, ctx: Context) -> bool:
    """"A rights defender was shot by police in Meru by police", "policemen at the police station shot a man": the
    force named twice is the doer, not its own victim; the victims counted (or the default) are the target. Only for
    one-sided violence by an armed side: a fight (frame `mutual`) may pit two units of one force, and a crowd's
    brawl is a crowd against its kind."""
    a1, a2 = draft.actor1, draft.actor2
    if a1 is None or a2 is None or a1.label != a2.label or lexicon.frames[draft.trigger.label].mutual \
            or _kind(ctx, a1) not in ("state", "nonstate"):
        return False
    if a1.data.get("anaphor") and not a2.data.get("anaphor") and a2.start > a1.end:
        # "Ankara said it was targeting both IS and the YPG": a pronoun read as the side it then targets stood for
        # another, unnamed here; the side named is the target
        draft.actor1 = None
        return True
    draft.actor2 = None
    return True


# how far before the victims' words a demonym may stand ("two Somali refugees" when the mention is "refugees")
_NATIONALITY_REACH = 30


def _victims_nationality(doc: Document, draft: EventDraft, ctx: Context) -> str | None:
    """ACLED names civilians of another country by their own ("shot dead a Chinese national in Mombasa": Civilians
    (China)), and those of several countries, or foreigners, Civilians (International): the country the victims'
    words give is put on actor 2 (the actor stage names the civilians for it)."""
    victims = draft.actor2
    if victims is None or _kind(ctx, victims) != "civilians":
        return None
    start = max(draft.sentence.start, victims.start - _NATIONALITY_REACH)
    end = victims.end
    if (victims.start, victims.end) == (draft.trigger.start, draft.trigger.end):
        # the default victims, put on the verb ("abducted five South Korean nationals"): its object follows it
        end = min(draft.sentence.end, victims.end + _NATIONALITY_REACH + 10)
    found = victim_countries(doc.text[start:end], ctx.actors.country_of_demonym, ctx.actors.country_named)
    if not found:
        return None
    nationality = found.pop() if len(found) == 1 else INTERNATIONAL
    draft.actor2 = replace(victims, data={**victims.data, "nationality": nationality})
    return nationality


def _victim_actor(draft: EventDraft, mentions: list[Mention], ctx: Context) -> None:
    """Casualty counts name the victims when no actor does: "Four soldiers were killed" (or only the holder of the
    place struck: "strikes on the group's capital killed 25 civilians")."""
    if draft.actor2 is not None and not draft.actor2.data.get("holder_struck"):
        return
    found = []
    for c in (m for m in mentions if m.kind == "count" and m.label in ("death", "injury", "arrest", "abduction")):
        victims = c.data.get("victims")
        side = _side_counted(c, mentions, draft, ctx)
        label = _victim_label(victims, c.data.get("victim_words", ""), ctx)
        if side is not None:
            found.append(side)
        elif label and (draft.actor1 is None or draft.actor1.label != label):
            data = {"generic": True, "victims": victims}
            if _names_victims(c.data.get("victim_words", ""), victims, ctx):
                data["named"] = True  # "killed 25 civilians": the words name the victims, no default
            found.append(Mention("actor", c.start, c.end, c.text, label, data))
    # a count that names its victims tells who they were better than one given the default ("IS attack kills 30 ...
    # killing at least 30 pro-regime gunmen": the gunmen, not civilians)
    if found:
        draft.actor2 = next((m for m in found if m.data.get("named") or not m.data.get("generic")), found[0])


def _side_counted(count: Mention, mentions: list[Mention], draft: EventDraft, ctx: Context) -> Mention | None:
    """The armed side a count of armed victims names in its own words ("killing at least 30 pro-regime gunmen"),
    other than the doer."""
    if count.data.get("victims") != "armed":
        return None
    return next((m for m in mentions if m.kind == "actor" and count.start <= m.start and m.end <= count.end
                 and _kind(ctx, m) in ("state", "nonstate") and _named(m)
                 and (draft.actor1 is None or m.label != draft.actor1.label)), None)


def _names_victims(words: str, victims: str | None, ctx: Context) -> bool:
    """Whether a count's own words name its victims' class (numbers.yaml `victims`: "25 civilians"), not the
    default put on people the count does not describe."""
    classes = ctx.lexicon.numbers.victims
    return victims is not None and any(classes.get(w.lower()) == victims for w in _VICTIM_WORD.findall(words))


def _victim_label(victims: str | None, words: str, ctx: Context) -> str | None:
    demonyms = ctx.recognizers.demonyms
    for word in _VICTIM_WORD.findall(words):
        if word.lower() in demonyms and victims == "state":
            return demonyms[word.lower()]
    return {"state": "state:military", "civilians": "generic:civilians", "protesters": "generic:protesters"
            }.get(victims or "")


def _attribution(doc: Document, draft: EventDraft, sources: list[Mention], lexicon: Lexicon, ctx: Context) -> None:
    """`sources`: the sentence's sources that attribute the report (`_attributive`), the draft's attribution."""
    sentence_text = doc.text[draft.sentence.start:draft.sentence.end]
    draft.attribution = sources

    def claim_verb() -> bool:  # asked only when a government body speaks (rare): most drafts cite no source
        return _claim_verbs(lexicon.claim_verbs).search(sentence_text) is not None

    # A side's own outlet claims whatever it says; a government body claims only when it "claims".
    speaker_party = any(m.data.get("party") or (m.data.get("state") and claim_verb()) for m in sources)
    if speaker_party or (not _lacks_claim(doc.text) and _CLAIMED_RESPONSIBILITY.search(sentence_text)) \
            or _actor_speaks(doc, draft, lexicon, ctx):
        draft.claim_status = "claimed"


_QUOTED_BY = re.compile(r"\b(?:told|quoting|cited)\s+(?:the\s+)?$")


def _attributive(doc: Document, source: Mention, lexicon: Lexicon) -> bool:
    before = doc.text[max(0, source.start - 25):source.start].lower()
    after = doc.text[source.end:source.end + 40].lower()
    if "according to" in before or _QUOTED_BY.search(before):
        return True
    words = _LOWER_WORD.findall(after)[:5]
    return not lexicon.reporting_verbs.isdisjoint(words)


def _actor_speaks(doc: Document, draft: EventDraft, lexicon: Lexicon, ctx: Context) -> bool:
    """A non-state party announcing its own operation ("ISIS announced a series of attacks")."""
    if draft.actor1 is None or _kind(ctx, draft.actor1) != "nonstate":
        return False
    return not lexicon.reporting_verbs.isdisjoint(_words_after(doc, draft.actor1))


# -- type

# The actor base last asked of and its actors' kinds remembered per label (`_kind`); one tuple, so that a thread reads
# a whole pair. (Kept here, not on the actor base: a compiled actor base has no attributes but its own.)
_KIND_BY_LABEL: tuple[object, dict[str, str]] = (None, {})


def _kind(ctx: Context, m: Mention | None) -> str | None:
    if m is None:
        return None
    # remembered per label for the actor base (drafts ask of the same few actors again and again); an actor not
    # found is asked again: it may be built later in the run
    global _KIND_BY_LABEL
    actors = ctx.actors
    base, kinds = _KIND_BY_LABEL
    if base is not actors:
        kinds = {}
        _KIND_BY_LABEL = (actors, kinds)
    kind = kinds.get(m.label)
    if kind is None:
        kind = _label_kind(ctx, m.label)
        if kind is not None:
            kinds[m.label] = kind
    return kind


def _label_kind(ctx: Context, label: str) -> str | None:
    if label.startswith("state:"):
        return "state"
    if label.startswith("generic:"):
        kind = _generic_kind(ctx, label.split(":", 1)[1])
        return {"civilians": "civilians", "protesters": "protesters", "rioters": "rioters"}.get(kind, "nonstate")
    if label not in ctx.actors:
        return None  # (asked again at each draft: tested without a KeyError raised)
    actor = ctx.actors.get(label)
    if actor.kind == "state" or actor.inter == 1:
        return "state"
    return {5: "rioters", 6: "protesters", 7: "civilians"}.get(actor.inter, "nonstate")


def _generic_kind(ctx: Context, slot: str) -> str:
    """The kind of actor a generic slot builds ("women", "journalists" → civilians; "rebels" → rebel)."""
    try:
        return ctx.actors.generic(slot, "Syria").kind  # the kind does not depend on the country
    except KeyError:
        return "nonstate"


# Auxiliaries between a verb and its subject right before it ("insurgents have also been bombarding"): no passive.
_ACTIVE_AUX = re.compile(r"\s+(?:(?:has|have|had|are|is|were|was|been|also|now|still|reportedly|\w+ly)\s+)*$", re.I)


def _subject_acts(draft: EventDraft, text: str) -> bool:
    """"Insurgents have also been bombarding government-held areas": a generic side right before the trigger's
    present participle (only auxiliaries and adverbs between) is the one doing it, as a group named by its name
    is."""
    actor, trigger = draft.actor1, draft.trigger
    if actor is None or trigger.data.get("noun") or actor.end > trigger.start:
        return False
    if not trigger.text.split()[0].lower().endswith("ing"):
        return False  # "rebels bombarded ...": a past form may be a passive, its side the one struck
    return _ACTIVE_AUX.fullmatch(" " + text[actor.end:trigger.start]) is not None


def _pointed_doer(draft: EventDraft) -> bool:
    """"These factions showered the districts with missiles": a side pointed back at as the subject before the
    trigger is the side the report told acting, as sure a doer as one named by its name."""
    actor = draft.actor1
    return actor is not None and bool(actor.data.get("anaphor")) and actor.end <= draft.trigger.start \
        and _POINTING.match(actor.text) is not None


def _type(draft: EventDraft, lexicon: Lexicon, ctx: Context, text: str) -> TypingRule | None:
    agents = {_kind(ctx, draft.actor1) or "unknown"}
    if "nonstate" in agents and (_named(draft.actor1)  # type: ignore[arg-type]  # (a kind: actor 1 is set)
                                 or _subject_acts(draft, text) or _pointed_doer(draft)):
        agents.add("group")
    if _political(ctx, draft.actor1):
        agents.add("political")
    elif _armed_side(ctx, draft.actor1):
        agents.add("armed")
    targets = _targets(ctx, draft)
    others = draft.frames - {draft.trigger.label}  # (the same for every rule: made once, not once per rule)
    for rule in lexicon.rules_for(draft.trigger.label):
        if _rule_holds(rule, draft, agents, targets, others):
            draft.event_type, draft.sub_event_type = rule.type, rule.sub
            return rule
    draft.event_type, draft.sub_event_type = "Strategic developments", "Other"
    return None


def _targets(ctx: Context, draft: EventDraft) -> set[str]:
    """The kind of the attacked side: the named target, else the victims counted (fighters before civilians,
    since civilians is only the default reading of unnamed victims)."""
    target = _kind(ctx, draft.actor2)
    victims = {c.data.get("victims") for c in draft.counts if c.label in ("death", "injury")} - {None}
    if target is None:
        armed = victims & {"state", "armed"}
        target = next(iter(armed or victims), None)
    elif target == "civilians" and (armed := victims & armed_casualties() - {_kind(ctx, draft.actor1)}):
        # "killing two civilians and a policeman": a state force among the casualties makes it a fight (not the
        # doers' own kind: "a police officer shot dead a legislator" counts the officer)
        target = min(armed)  # type: ignore[type-var]  # (None was taken out of the victims)
    targets = {target} if target else set()
    if _political(ctx, draft.actor2):
        # A party's members are a crowd, not an armed side (typing.yaml `political`).
        return targets | {"political"}
    if targets & {"state", "nonstate", "armed"}:
        targets.add("armed")
    return targets


# ACLED's interaction codes of armed sides that are no crowd: rebels and political militias (a communal or clan
# militia, inter 4, also blocks roads in protest; a party is political, never armed here).
_ARMED_INTER = frozenset({2, 3})


def _armed_side(ctx: Context, m: Mention | None) -> bool:
    """A rebel group or a militia (typing.yaml agent `armed`): the SDF, not villagers, truckers or a clan."""
    if m is None or m.data.get("crowd"):
        return False
    if not m.label.startswith("generic:") and m.label not in ctx.actors:
        return False  # (a state's slot, most sides asked of: no actor of the base, tested without a KeyError raised)
    try:
        actor = ctx.actors.generic(m.label.split(":", 1)[1], "Syria") if m.label.startswith("generic:") \
            else ctx.actors.get(m.label)
    except KeyError:
        return False
    return actor.kind != "political" and actor.inter in _ARMED_INTER


def _political(ctx: Context, m: Mention | None) -> bool:
    """A political party, its wings or its supporters (actor kind `political`)."""
    # (a generic side or a state's slot, most sides asked of, is no actor of the base: tested without a KeyError)
    if m is None or m.label not in ctx.actors:
        return False
    return ctx.actors.get(m.label).kind == "political"


def _rule_holds(rule: TypingRule, draft: EventDraft, agents: set[str], targets: set[str],
                others: set[str] | None = None) -> bool:
    """Whether a typing rule holds of a draft; `others`: its frames but the trigger's (made from the draft when
    not given)."""
    # (the tests are a conjunction, read most selective first: the means fail about three rules in ten a draft
    # tries, the other frames one in four; `isdisjoint` makes no set where `&` makes one only to test it)
    if rule.means and rule.means.isdisjoint(draft.means):
        return False
    main = draft.trigger.label
    if others is None:
        others = draft.frames - {main}
    if rule.also and rule.also.isdisjoint(others):
        return False
    if rule.frames and main not in rule.frames:
        return False
    if rule.told and draft.trigger.data.get("tells") not in rule.told:
        return False
    if rule.with_ and not rule.with_ <= others:
        return False
    if rule.lacks and not rule.lacks.isdisjoint(draft.means):
        return False
    if rule.target and rule.target.isdisjoint(targets):
        return False
    return not (rule.agent and rule.agent.isdisjoint(agents))


# Crowd events that a state force meets: when the roles gave it no side, the force the sentence names is actor 2
# ("Police dispersed youths who were protesting").
_MET_BY_FORCE = frozenset({"Protest with intervention", "Excessive force against protesters", "Violent demonstration"})


def _protest_roles(draft: EventDraft, ctx: Context, actors: list[Mention]) -> None:
    """ACLED codes the demonstrators as actor1 and whoever intervenes as actor2; a party's activists who riot
    are rioters with the party as associated actor (and so are the rival party's)."""
    if draft.event_type not in ("Protests", "Riots"):
        return
    if draft.event_type == "Riots" and _political(ctx, draft.actor1):
        draft.actor1, extra = _as_crowd(draft.actor1, "generic:rioters")  # type: ignore[arg-type]  # (political)
        draft.assoc1 = extra + draft.assoc1
        if _political(ctx, draft.actor2):
            draft.actor2, extra = _as_crowd(draft.actor2, "generic:rioters")  # type: ignore[arg-type]
            draft.assoc2 = extra + draft.assoc2
        return
    crowd = "generic:protesters" if draft.event_type == "Protests" else "generic:rioters"
    # an unnamed armed group that breaks up a protest ("the gunmen suppressed protests") is its force too
    parties = [m for m in (draft.actor1, draft.actor2) if m is not None and (
        not m.label.startswith("generic:") or (draft.event_type == "Protests" and not m.data.get("crowd")
                                                and _kind(ctx, m) == "nonstate"))]
    force = parties[0] if parties else None
    if draft.sub_event_type == "Peaceful protest":
        force = None
    elif force is None and draft.sub_event_type in _MET_BY_FORCE:
        force = next((m for m in actors if _kind(ctx, m) == "state"), None)
    if draft.sub_event_type == "Mob violence" and draft.actor1 is not None and draft.actor1.data.get("crowd"):
        return  # the crowd and its victim as the roles read them
    anchor = draft.trigger
    # who the crowd was ("nurses"), so that two gatherings at one place and date are not taken for one (merge)
    named = next((m.text for m in (draft.actor1, draft.actor2) if m is not None and m.label.startswith("generic:")),
                 None)
    draft.actor1 = Mention("actor", anchor.start, anchor.end, anchor.text, crowd,
                           {"generic": True, **({"crowd_words": named} if named else {})})
    draft.assoc1 = []
    draft.actor2, draft.assoc2 = force, []


# -- disputes

def _apply_disputes(doc: Document, drafts: list[EventDraft], per_sentence: dict[int, list[Mention]]) -> None:
    """A dispute cue flags its own sentence's event and the previous sentence's; a later denial, likewise."""
    for index, mentions in per_sentence.items():
        status, cue = _dispute_cue(mentions)
        if status is None or cue is None:
            continue
        for d in drafts:
            if d.sentence.index in (index, index - 1) and d.claim_status != "disputed":
                if status == "denied" and d.sentence.index == index:
                    continue
                d.claim_status = status
                d.dispute = cue


def _dispute_cue(mentions: list[Mention]) -> tuple[str | None, Mention | None]:
    """The status a sentence's cues give ("disputed" where one disputes, else "denied" where one denies) and its
    first cue of either kind; (None, None) where none is there (read in one pass, no set of labels a sentence)."""
    status: str | None = None
    cue: Mention | None = None
    for m in mentions:
        if m.kind != "cue":
            continue
        if m.label == "dispute":
            status = "disputed"
        elif m.label == "denial":
            status = status or "denied"
        else:
            continue
        if cue is None:
            cue = m
        if status == "disputed":
            break
    return status, cue


def _event(doc: Document, draft: EventDraft) -> Event:
    ev = Event(doc_id=doc.id, event_type=draft.event_type, sub_event_type=draft.sub_event_type,
               fatalities=draft.fatalities, injuries=draft.injuries, claim_status=draft.claim_status,
               attributed_to=sorted({m.label for m in draft.attribution}), source=doc.source,
               plover_event=draft.plover, draft=draft)
    spans = [(draft.trigger, "event_type")]
    spans += [(m, f) for m, f in ((draft.actor1, "actor1"), (draft.actor2, "actor2")) if m is not None]
    spans += [(m, "assoc_actor_1") for m in draft.assoc1] + [(m, "assoc_actor_2") for m in draft.assoc2]
    spans += [(c, "fatalities" if c.label == "death" else "injuries") for c in draft.counts
              if c.label in ("death", "injury")]
    spans += [(m, "attributed_to") for m in draft.attribution]
    if draft.dispute is not None:
        spans.append((draft.dispute, "claim_status"))
    ev.evidence = [Evidence.of(doc.text, m.start, m.end, f) for m, f in spans] + draft.extra_evidence
    return ev
