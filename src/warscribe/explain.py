"""Explains one document's coding sentence by sentence: the mentions found, the draft, and each decision taken
on it with the data file line behind it (the pipeline run with `Config(trace=True)`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from warscribe.config import Config
from warscribe.knowledge.located import DATA_ROOT
from warscribe.model import Document, Event, EventDraft, Mention
from warscribe.trace import Step, Trace


@dataclass
class SentenceExplanation:
    """One sentence of kept text, what was found in it, its draft (if any) and the steps taken on it."""

    index: int
    start: int
    end: int
    text: str
    headline: bool
    mentions: list[dict[str, Any]] = field(default_factory=list)
    draft: dict[str, Any] | None = None
    steps: list[Step] = field(default_factory=list)
    events: list[str] = field(default_factory=list)  # ids of the final events built from this sentence

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "start": self.start, "end": self.end, "text": self.text,
                "headline": self.headline, "mentions": self.mentions, "draft": self.draft,
                "steps": [s.to_dict() for s in self.steps], "events": self.events}


@dataclass
class Explanation:
    """Why a document was coded as it was."""

    doc_id: str
    status: str
    reason: str | None
    language: str | None
    published: str | None
    sentences: list[SentenceExplanation]
    events: list[Event]
    steps: list[Step]  # decisions about the whole document

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "status": self.status, "reason": self.reason, "language": self.language,
                "published": self.published, "sentences": [s.to_dict() for s in self.sentences],
                "events": [e.to_dict() for e in self.events], "steps": [s.to_dict() for s in self.steps]}


def mention_detail(m: Mention) -> str:
    """What a mention means, in a few words: the actor id, the count read, the frame..."""
    d = m.data
    if m.kind == "count":
        vague = ", vague" if d.get("vague") else ""
        victims = f", victims: {d['victims']}" if d.get("victims") else ""
        return f"{m.label} = {d.get('value')}{vague}{victims}"
    if m.kind == "actor":
        others = [c for c in d.get("candidates", []) if c != m.label]
        return m.label + (" (anaphor)" if d.get("anaphor") else "") + (f"; or {', '.join(others)}" if others else "")
    return m.label


def _mention(m: Mention, ctx: Any) -> dict[str, Any]:
    where, detail = m.data.get("where", ""), mention_detail(m)
    if m.kind == "actor" and m.label in ctx.actors:
        actor = ctx.actors.get(m.label)
        where, detail = _relative(actor.source), f"{detail} ({actor.name})"
    return {"kind": m.kind, "start": m.start, "end": m.end, "text": m.text, "label": m.label, "detail": detail,
            "where": where}


def _relative(source: str) -> str:
    """An actor's "/path/to/package/data/actors/x.yaml:12" as "actors/x.yaml:12"."""
    root = str(DATA_ROOT) + "/"
    return source[len(root):] if source.startswith(root) else source


def _draft(d: EventDraft) -> dict[str, Any]:
    def name(m: Mention | None) -> str | None:
        return None if m is None else f"{m.text} [{m.label}]"

    return {"trigger": name(d.trigger), "event_type": d.event_type, "sub_event_type": d.sub_event_type,
            "actor1": name(d.actor1), "actor2": name(d.actor2), "assoc1": [name(m) for m in d.assoc1],
            "assoc2": [name(m) for m in d.assoc2], "fatalities": d.fatalities, "injuries": d.injuries,
            "claim_status": d.claim_status, "frames": sorted(d.frames), "means": sorted(d.means),
            "enrich_only": d.enrich_only, "follow_up": d.follow_up}


def explain(doc: Document, pipeline: Any = None) -> Explanation:
    """Run the pipeline on the document with its decisions traced and gather them per sentence.

    `pipeline` must be built with `Config(trace=True)`; by default one is built (no near-duplicate check)."""
    from warscribe.pipeline import Pipeline

    if pipeline is None:
        pipeline = Pipeline(Config(trace=True, detect_near_duplicates=False))
    if not pipeline.config.trace:
        raise ValueError("explain needs a pipeline built with Config(trace=True)")
    doc.trace = Trace()
    pipeline.run(doc)
    by_sentence: dict[int, list[Mention]] = {}
    sentences = list(doc.sentences)
    for m in doc.mentions:
        for s in sentences:
            if s.start <= m.start < s.end:
                by_sentence.setdefault(s.index, []).append(m)
                break
    drafts = {d.sentence.index: d for d in doc.drafts}
    out = []
    for s in sentences:
        draft = drafts.get(s.index)
        out.append(SentenceExplanation(
            s.index, s.start, s.end, doc.text[s.start:s.end], s.headline,
            [_mention(m, pipeline.context) for m in by_sentence.get(s.index, [])], _draft(draft) if draft else None,
            doc.trace.for_sentence(s.index),
            [e.event_id for e in doc.events if e.draft is not None and e.draft.sentence.index == s.index]))
    return Explanation(doc.id, doc.status, doc.reason, doc.language, doc.published, out, list(doc.events),
                       doc.trace.document_steps())


def explain_text(text: str, *, published: str | None = None, title: str | None = None, doc_id: str = "explain",
                 pipeline: Any = None) -> Explanation:
    """Explain the coding of one text (see `explain`)."""
    doc = Document.from_input({"id": doc_id, "text": text, "published": published, "title": title})
    return explain(doc, pipeline)
