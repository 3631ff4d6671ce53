"""Why the pipeline decided what it did: stages append steps to a document's trace (only when it has one)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from warscribe.knowledge.lexicon import TypingRule
    from warscribe.model import Document, EventDraft, Mention, Sentence

# What a step says happened to a draft or an event.
DROPPED, KEPT, TYPED, MERGED, RELABELLED, NOTED = "dropped", "kept", "typed", "merged", "relabelled", "noted"

# Cue classes that silence a trigger after them in the same clause (assemble's scoped cues).
SCOPED_CUES = ("negation", "hypothetical", "future", "habitual", "disaster", "support")


@dataclass
class Step:
    """One decision: which stage, what happened, to which sentence's draft, why, and the data line behind it."""

    stage: str
    action: str
    why: str
    sentence: int | None = None
    where: str = ""
    span: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Trace:
    """The decisions taken on one document, in the order the stages took them."""

    steps: list[Step] = field(default_factory=list)

    def for_sentence(self, index: int) -> list[Step]:
        return [s for s in self.steps if s.sentence == index]

    def document_steps(self) -> list[Step]:
        return [s for s in self.steps if s.sentence is None]

    def to_dict(self) -> dict[str, Any]:
        return {"steps": [s.to_dict() for s in self.steps]}


def note(doc: Document, stage: str, action: str, why: str, sentence: int | None = None,
         cause: Mention | None = None, where: str = "") -> None:
    """Record a step when the document is traced; costs one attribute check otherwise."""
    if doc.trace is None:
        return
    span = (cause.start, cause.end) if cause is not None else None
    if cause is not None and not where:
        where = cause.data.get("where", "")
    doc.trace.steps.append(Step(stage, action, why, sentence, where, span))


def drop(doc: Document, stage: str, sentence: Sentence, why: str, cause: Mention | None = None) -> None:
    """Record that a sentence's draft was dropped; returns None so a stage can `return trace.drop(...)`."""
    if doc.trace is not None:
        if cause is not None:
            why = f"{why}: {cause.label} cue '{cause.text}'"
        note(doc, stage, DROPPED, why, sentence.index, cause)


def cue(mentions: list[Mention], *labels: str) -> Mention | None:
    """The first cue of these classes among a sentence's mentions (the cause to cite)."""
    return next((m for m in mentions if m.kind == "cue" and m.label in labels), None)


def background(doc: Document, sentence: Sentence, mentions: list[Mention]) -> None:
    """Explain a sentence assemble treats as background: its cue, else the earlier year it is anchored in."""
    if doc.trace is None:
        return
    cause = cue(mentions, "background", "period", "nationwide", "caption", "commentary", "habitual")
    if cause is not None:
        reasons = {"background": "background", "period": "the course or toll of a campaign, not one day",
                   "nationwide": "a country-wide toll",
                   "caption": "a photo's caption: what a picture shows, told again from the story",
                   "commentary": "an article's body commenting on an event, not telling one"}
        return drop(doc, "assemble", sentence, reasons.get(cause.label, "habitual, with no day and no exact count"),
                    cause)
    return drop(doc, "assemble", sentence, f"background: told of a year before the publication year "
                f"({(doc.published or '')[:4]})")


def no_trigger(doc: Document, sentence: Sentence, mentions: list[Mention]) -> None:
    """Explain a sentence whose triggers were all silenced (a sentence with no trigger needs no explaining)."""
    if doc.trace is None or not any(m.kind == "trigger" for m in mentions):
        return
    cause = cue(mentions, *SCOPED_CUES)
    if cause is not None:
        return drop(doc, "assemble", sentence, "every trigger is in the scope of a cue", cause)
    return drop(doc, "assemble", sentence, "every trigger is a participle used as an adjective ('the killed ...')")


def typed(doc: Document, draft: EventDraft, rule: TypingRule | None) -> None:
    """Record the typing rule that gave the draft its event type."""
    if doc.trace is None:
        return
    if rule is None:
        why = f"typed {draft.event_type} / {draft.sub_event_type}: no typing rule matched (the default)"
        return note(doc, "assemble", TYPED, why, draft.sentence.index)
    conditions = "; ".join(f"{name} {sorted(getattr(rule, name))}" for name in
                           ("frames", "also", "means", "target", "agent", "told") if getattr(rule, name))
    why = (f"typed {rule.type} / {rule.sub} by the first typing rule that holds ({conditions}); "
           f"trigger '{draft.trigger.text}' ({draft.trigger.label})")
    note(doc, "assemble", TYPED, why, draft.sentence.index, where=rule.where)


def kept(doc: Document, draft: EventDraft) -> None:
    """Record the trigger a draft was built on, and whether it stands as an event or only adds detail."""
    if doc.trace is None:
        return
    role = "adds detail to an event told elsewhere (headline, summary or back-reference)" if draft.enrich_only \
        else "a draft event"
    note(doc, "assemble", KEPT, f"trigger '{draft.trigger.text}' ({draft.trigger.label}): {role}",
         draft.sentence.index, draft.trigger)


def roles(doc: Document, draft: EventDraft, before: Mention | None, _result: Any, why: str) -> None:
    """Record a role rule that changed actor 1 (`before` is actor 1 as it was; `_result` the rule's return)."""
    if doc.trace is None or draft.actor1 is before:
        return
    note(doc, "assemble", RELABELLED, f"{why}: actor 1 {_named(before)} became {_named(draft.actor1)}, actor 2 "
                                      f"{_named(draft.actor2)}", draft.sentence.index)


def _named(m: Mention | None) -> str:
    return f"'{m.text}' [{m.label}]" if m is not None else "none"


def unknown_perpetrator(doc: Document, event: Any) -> None:
    """Record that merge gave an event with no perpetrator ACLED's unidentified armed group."""
    draft = event.draft
    if doc.trace is None or draft is None or draft.actor1 is None:
        return
    if draft.actor1.label == "generic:armed_group" and draft.actor1.span == draft.trigger.span:
        note(doc, "merge", RELABELLED, f"violence with no perpetrator named: actor 1 is {event.actor1}",
             draft.sentence.index)


def merged(doc: Document, sentence: int, into: int | None, why: str) -> None:
    """Record that a sentence's report joined the event of another sentence (or found none to join)."""
    if doc.trace is None:
        return
    if into is None:
        return note(doc, "merge", DROPPED, f"{why}, but no event of the same type with compatible actors, place "
                                            "and date was found", sentence)
    if into == sentence:
        return
    note(doc, "merge", MERGED, f"merged into the event of sentence {into + 1}: {why} (same type, compatible "
                               "actors, place and date)", sentence)


def unmerged(doc: Document, reports: list[Any], clusters: list[Any]) -> None:
    """Explain the reports that merge neither kept as events nor recorded as merged: follow-up tolls folded
    into the event before them, and reports naming no actor when no other report stands."""
    if doc.trace is None:
        return
    kept_ids = {id(c) for c in clusters}
    told = {s.sentence for s in doc.trace.steps if s.stage == "merge"}
    for c in reports:
        if id(c) in kept_ids or c.sentence in told:
            continue
        draft = c.event.draft
        if draft is not None and draft.follow_up:
            note(doc, "merge", MERGED, "a toll told after its event: its deaths, injuries and victims join the "
                                       "event told just before", c.sentence)
        else:
            note(doc, "merge", DROPPED, "names no actor and adds detail to no event", c.sentence)
