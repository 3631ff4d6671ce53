"""The typed records that flow through the pipeline: Document, Mention, EventDraft, Event, Evidence."""

from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from mypy_extensions import mypyc_attr

SCHEMA_VERSION = 1

Span = tuple[int, int]

# Document processing outcomes: every input ends in exactly one of these.
PROCESSED, SKIPPED, REJECTED = "processed", "skipped", "rejected"


def content_hash(text: str) -> str:
    """Stable hash of a document's text, used for ids and re-ingest detection."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def replaced(obj: Any, **changes: Any) -> Any:
    """`dataclasses.replace` for a record of this module with no `__post_init__` and every field set by `__init__`
    (as all here are): a shallow copy with `changes` set, made without reading every field through the
    constructor's keywords (an Event has thirty)."""
    if not _NATIVE:
        new = object.__new__(type(obj))
        new.__dict__.update(obj.__dict__)
        new.__dict__.update(changes)
        return new
    # Compiled (warscribe.compiled), a record has no __dict__: a copy (made without __init__, the classes being
    # serializable), its changed fields set one by one.
    new = copy.copy(obj)
    for name, value in changes.items():
        setattr(new, name, value)
    return new


@mypyc_attr(serializable=True)
@dataclass
class Evidence:
    """A span of the document text that supports one field of an event."""

    start: int
    end: int
    text: str
    field: str

    @classmethod
    def of(cls, text: str, start: int, end: int, field_name: str) -> Evidence:
        return cls(start, end, text[start:end], field_name)


@mypyc_attr(serializable=True)
@dataclass
class Mention:
    """Something a recognizer found in the text: an actor, a trigger, a count, a place, a date...

    `kind` says which recognizer; `label` is its normalised value (an actor id, a sub-event type, a number);
    `data` holds anything else the later stages need.
    """

    kind: str
    start: int
    end: int
    text: str
    label: str = ""
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def span(self) -> Span:
        return (self.start, self.end)


@mypyc_attr(serializable=True)
@dataclass
class Sentence:
    """A sentence of kept text: its span, its order in the document, its paragraph (kept range) and whether
    it is the headline."""

    start: int
    end: int
    index: int
    paragraph: int = 0
    headline: bool = False


@mypyc_attr(serializable=True)
@dataclass
class EventDraft:
    """An event as assembled from one sentence, before places, dates and actor names are resolved."""

    sentence: Sentence
    trigger: Mention
    event_type: str
    sub_event_type: str
    actor1: Mention | None = None
    actor2: Mention | None = None
    assoc1: list[Mention] = field(default_factory=list)
    assoc2: list[Mention] = field(default_factory=list)
    fatalities: int = 0
    injuries: int | None = None
    counts: list[Mention] = field(default_factory=list)
    attribution: list[Mention] = field(default_factory=list)
    claim_status: str = "reported"
    dispute: Mention | None = None
    plover: str = ""
    frames: set[str] = field(default_factory=set)
    means: set[str] = field(default_factory=set)
    # An enrich-only draft (a headline, a summary, "the attack" referring back) adds detail to an event told
    # elsewhere in the document but is never an event on its own.
    enrich_only: bool = False
    # A toll told after the event ("Eleven civilians were killed.") belongs to the event told before it.
    follow_up: bool = False
    fatalities_vague: bool = True
    fatalities_floor: bool = False  # the toll is an indefinite amount's figure ("dozens" = 12), no exact count
    extra_evidence: list[Evidence] = field(default_factory=list)
    # Backdrop clauses of the sentence ("hours after a gas attack in X", "as the rebels advanced on Y"): spans the
    # event reads nothing from (no trigger, side, count, place or day), its main clause telling its own event.
    backdrop: list[tuple[int, int]] = field(default_factory=list)
    # ... of which those that set the event against another side's deeds elsewhere ("as rebels advanced on Y"): their
    # place is never read; another backdrop's place is read when the main clause names none ("arrested a day after
    # the blasts at a temple in X": the same town, most often)
    backdrop_setting: list[tuple[int, int]] = field(default_factory=list)
    # Its place is one a toll was told for and split among the places it holds ("54 were killed in strikes on
    # Aleppo, including 9 in X and 8 in Y"): the whole's, which a place named apart (X, or a town bombed "also")
    # does not narrow (stages/places.py sets it, stages/merge.py reads it).
    whole_place: bool = False


@mypyc_attr(serializable=True, allow_interpreted_subclasses=True)  # canonical.CanonicalEvent
@dataclass
class Event:
    """One coded event, in the field names and value conventions of the event contract (ACLED-style)."""

    event_id: str = ""
    doc_id: str = ""
    event_date: str | None = None
    time_precision: int | None = None
    event_type: str = ""
    sub_event_type: str = ""
    actor1: str | None = None
    actor2: str | None = None
    assoc_actor_1: list[str] = field(default_factory=list)
    assoc_actor_2: list[str] = field(default_factory=list)
    inter1: int | None = None
    inter2: int | None = None
    interaction: int | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int = 0
    injuries: int | None = None
    claim_status: str = "reported"
    attributed_to: list[str] = field(default_factory=list)
    source: str | None = None
    notes: str = ""
    plover_event: str | None = None
    duplicate_of: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    # The draft this event was resolved from; stage scratch data, never serialised.
    draft: EventDraft | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        out.update((f.name, getattr(self, f.name)) for f in fields(self) if f.name not in ("draft", "evidence"))
        out["assoc_actor_1"] = list(self.assoc_actor_1)
        out["assoc_actor_2"] = list(self.assoc_actor_2)
        out["attributed_to"] = list(self.attributed_to)
        out["evidence"] = [asdict(e) for e in self.evidence]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known and k != "draft"}
        values["evidence"] = [Evidence(**e) for e in data.get("evidence") or []]
        return cls(**values)


# The list of mentions last split by kind, its length then, and the split (`Document.mentions_of`); one tuple,
# so that a thread reads a whole triple. It holds one document's mentions until the next is asked of.
_KINDS: tuple[list[Mention] | None, int, dict[str, list[Mention]]] = (None, 0, {})


@mypyc_attr(serializable=True)
@dataclass
class Document:
    """One input article and everything the stages learn about it.

    `text` is the document text exactly as given (or as extracted from HTML); every offset in `kept`,
    `sentences`, `mentions` and event evidence indexes it.
    """

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    language: str | None = None
    html: str | None = None
    origin: str = ""  # file:line the document came from, for messages
    kept: list[Span] = field(default_factory=list)
    byline: str | None = None
    status: str = PROCESSED
    reason: str | None = None
    duplicate_of: str | None = None
    given: dict[str, bool] = field(default_factory=dict)  # which metadata the input supplied
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    drafts: list[EventDraft] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    trace: Any = None  # a warscribe.trace.Trace when the run records its decisions (Config.trace)
    # The hash of the input as read and of the settings it is coded with (warscribe.incremental); the store
    # keeps it so that an unchanged input is not coded again.
    input_hash: str | None = None

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    def mentions_of(self, kind: str) -> list[Mention]:
        """The mentions of one kind, in order (a new list: the caller may change it). The later stages ask this
        of every draft: each kind's list is kept while `mentions` is the same list of
        the same length (the stages replace it, or add to it; none puts one mention in place of another)."""
        global _KINDS
        mentions = self.mentions
        seen, size, by_kind = _KINDS
        if seen is not mentions or size != len(mentions):
            by_kind = {}
            _KINDS = (mentions, len(mentions), by_kind)
        found = by_kind.get(kind)
        if found is None:
            found = by_kind[kind] = [m for m in mentions if m.kind == kind]
        return found.copy()

    def kept_text(self) -> str:
        return "\n".join(self.text[s:e] for s, e in self.kept)

    def to_dict(self) -> dict[str, Any]:
        """The persisted part of a document (stage scratch data such as mentions is not stored)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "text": self.text,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "source": self.source,
            "language": self.language,
            "content_hash": self.content_hash,
            "kept": [list(s) for s in self.kept],
            "byline": self.byline,
            "status": self.status,
            "reason": self.reason,
            "duplicate_of": self.duplicate_of,
        }

    @classmethod
    def from_input(cls, data: dict[str, Any], origin: str = "") -> Document:
        """A document from one record of the input contract; an absent id becomes a content-hash id."""
        text = data.get("text")
        html = data.get("html")
        body = text if isinstance(text, str) else ""
        doc_id = data.get("id")
        if doc_id is None or str(doc_id).strip() == "":
            doc_id = "doc-" + content_hash(body or html or "")[:16]
        doc = cls(id=str(doc_id), text=body, html=html if isinstance(html, str) and not body else None,
                  origin=origin)
        for key in ("url", "title", "published", "source"):
            value = data.get(key)
            if isinstance(value, str) and value.strip():
                setattr(doc, key, value.strip())
                doc.given[key] = True
        return doc

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        doc = cls(id=data["id"], text=data["text"])
        for key in ("url", "title", "published", "source", "language", "byline", "status", "reason",
                    "duplicate_of"):
            if data.get(key) is not None:
                setattr(doc, key, data[key])
        doc.kept = [tuple(s) for s in data.get("kept") or []]  # type: ignore[misc]
        return doc


@mypyc_attr(serializable=True)
@dataclass
class Rejection:
    """An input that could not become a document, or a document refused; always reported, never dropped."""

    origin: str
    reason: str
    doc_id: str | None = None
    line: int | None = None


@mypyc_attr(serializable=True)
@dataclass
class Result:
    """What `process` yields for each input: the document (with its events) or the rejection."""

    document: Document | None = None
    rejection: Rejection | None = None
    warnings: list[str] = field(default_factory=list)
    # Documents seen earlier that are now near-duplicates of this one (it is the preferred copy).
    superseded: list[str] = field(default_factory=list)

    @property
    def events(self) -> list[Event]:
        return self.document.events if self.document else []


# Whether these records are compiled (native classes, with no __dict__): see `replaced`.
_NATIVE = not hasattr(Sentence(0, 0, 0), "__dict__")


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)
