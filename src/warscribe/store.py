"""The event database: SQLAlchemy Core tables, versioned migrations, saving results and querying events."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    and_,
    create_engine,
    delete,
    event,
    func,
    insert,
    inspect,
    or_,
    select,
    update,
)

from warscribe.inputs import rejection_of, split_origin
from warscribe.model import PROCESSED, REJECTED, Document, Event, Evidence, Rejection, Result

DEFAULT_PATH = Path("warscribe.db")

metadata = MetaData()

schema_version = Table(
    "schema_version", metadata,
    Column("version", Integer, primary_key=True),
    Column("description", Text, nullable=False),
    Column("applied_at", String(32), nullable=False),
)

documents = Table(
    "documents", metadata,
    Column("id", String, primary_key=True),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("url", Text), Column("title", Text), Column("published", String(10)), Column("source", Text),
    Column("language", String(16)), Column("byline", Text),
    Column("kept", Text, nullable=False),  # JSON list of [start, end]
    Column("status", String(16), nullable=False),
    Column("reason", Text),
    Column("duplicate_of", String),
    Column("origin", Text),
    Column("ingested_at", String(32), nullable=False),
)

events = Table(
    "events", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String, nullable=False, index=True),
    Column("doc_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("seq", Integer, nullable=False),  # order of the event within its document
    Column("event_date", String(10), index=True), Column("time_precision", Integer),
    Column("event_type", String, index=True), Column("sub_event_type", String),
    Column("actor1", Text), Column("actor2", Text),
    # assoc_actor_1/2 and attributed_to hold JSON lists
    Column("assoc_actor_1", Text, nullable=False), Column("assoc_actor_2", Text, nullable=False),
    Column("inter1", Integer), Column("inter2", Integer), Column("interaction", Integer),
    Column("country", Text), Column("admin1", Text, index=True), Column("admin2", Text),
    Column("location", Text),
    Column("latitude", Float), Column("longitude", Float), Column("geo_precision", Integer),
    Column("fatalities", Integer, nullable=False), Column("injuries", Integer),
    Column("claim_status", String(32)), Column("attributed_to", Text, nullable=False),
    Column("source", Text), Column("notes", Text), Column("plover_event", String),
    Column("duplicate_of", String),
)

evidence = Table(
    "evidence", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("event_pk", Integer, ForeignKey("events.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("field", String, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

rejections = Table(
    "rejections", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("origin", Text, nullable=False),
    Column("line", Integer, nullable=False),  # 0 when the input has no lines (a whole file)
    Column("doc_id", String),
    Column("reason", Text, nullable=False),
    Column("seen_at", String(32), nullable=False),
    UniqueConstraint("origin", "line", "reason"),
)

warnings = Table(
    "warnings", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String),  # null when the input never became a document
    Column("message", Text, nullable=False),
    Column("seen_at", String(32), nullable=False),
    UniqueConstraint("doc_id", "message"),
)

# --- review (`warscribe serve --review`) -----------------------------------------------------------------
# Analysts' decisions on events, kept apart from the machine output: keyed by event id, not by row, so they
# survive a re-ingest that replaces the events; every decision is a new row (who, when), the latest one wins.
reviews = Table(
    "reviews", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String, nullable=False, index=True),
    Column("decision", String(16), nullable=False),  # confirmed, rejected or corrected
    Column("corrections", Text, nullable=False),  # JSON {field: corrected value}
    Column("reviewer", Text, nullable=False),
    Column("note", Text),
    Column("reviewed_at", String(32), nullable=False),
    Column("machine", Text),  # JSON: the machine's values when reviewed, to tell when a re-ingest changed them
)
# The web view on large stores: linked reports by duplicate_of, and covering indexes that let the timeline,
# facets, map and actor counts read an index in group order instead of the table (benchmarks/bench_web.py).
_c = events.c
_WEB_INDEXES = (
    Index("ix_events_duplicate_of", _c.duplicate_of),
    Index("ix_events_timeline", _c.event_date, _c.event_type, _c.duplicate_of, _c.fatalities, _c.sub_event_type,
          _c.country, _c.admin1, _c.claim_status),
    Index("ix_events_facets", _c.event_type, _c.sub_event_type, _c.country, _c.admin1, _c.claim_status,
          _c.duplicate_of, _c.event_date, _c.fatalities),
    Index("ix_events_map", _c.latitude, _c.longitude, _c.event_type, _c.duplicate_of, _c.fatalities, _c.location,
          _c.event_id, _c.event_date, _c.sub_event_type, _c.admin1),
    Index("ix_events_actors", _c.actor1, _c.actor2, _c.duplicate_of, _c.fatalities, _c.event_date, _c.event_type,
          _c.sub_event_type, _c.admin1),
)
# --- end of review ---------------------------------------------------------------------------------------

_LIST_FIELDS = ("assoc_actor_1", "assoc_actor_2", "attributed_to")
_EVENT_FIELDS = tuple(c.name for c in events.columns if c.name not in ("pk", "seq"))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# Migrations: (version, description, function), applied in version order, each once, in its own transaction.
# The table definitions above describe the latest schema; a new migration alters the live database to match
# them (add it here with the next number, never edit an applied one).
Migration = tuple[int, str, Callable[[Connection], None]]


def _v1_initial(conn: Connection) -> None:
    metadata.create_all(conn, tables=[documents, events, evidence, rejections, warnings])


def _v2_reviews(conn: Connection) -> None:
    metadata.create_all(conn, tables=[reviews])
    for index in _WEB_INDEXES:
        index.create(conn, checkfirst=True)


MIGRATIONS: tuple[Migration, ...] = (
    (1, "documents, events, evidence, rejections, warnings", _v1_initial),
    (2, "reviews (analysts' decisions on events); indexes for the web view", _v2_reviews),
)


def current_version(engine: Engine) -> int:
    with engine.connect() as conn:
        if not inspect(conn).has_table("schema_version"):
            return 0
        return conn.execute(select(func.max(schema_version.c.version))).scalar() or 0


def migrate(engine: Engine, migrations: Sequence[Migration] = MIGRATIONS) -> list[int]:
    """Bring the database up to the latest version; returns the versions applied (none when up to date)."""
    schema_version.create(engine, checkfirst=True)
    applied = []
    for version, description, apply in sorted(migrations, key=lambda m: m[0]):
        if version <= current_version(engine):
            continue
        with engine.begin() as conn:
            apply(conn)
            conn.execute(insert(schema_version).values(version=version, description=description,
                                                       applied_at=_now()))
        applied.append(version)
    return applied


def _engine(path: str | Path) -> Engine:
    """An engine for a SQLite path (WAL, foreign keys on) or for any SQLAlchemy URL."""
    text = str(path)
    if "://" in text:
        return create_engine(text)
    if text != ":memory:":
        Path(text).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{text}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record) -> None:
        cursor = dbapi_conn.cursor()
        # WAL lets readers (`warscribe events`) run while an ingest writes.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    return engine


class Store:
    """The event database at a path (SQLite, WAL) or SQLAlchemy URL; migrated to the latest schema on open."""

    def __init__(self, path: str | Path = DEFAULT_PATH) -> None:
        self.path = path
        self.engine = _engine(path)
        migrate(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def version(self) -> int:
        return current_version(self.engine)

    # --- writing -------------------------------------------------------------------------------------

    def save(self, item: Result | Document | Rejection) -> None:
        """Store one pipeline result: its document and events (replacing any earlier version) or rejection."""
        if isinstance(item, Rejection):
            self.rejection(item)
            return
        if isinstance(item, Document):
            item = Result(document=item)
        if item.rejection is not None:
            self.rejection(item.rejection)
        doc = item.document
        if doc is not None and doc.status == REJECTED:
            self.rejection(rejection_of(doc))
        with self.engine.begin() as conn:
            if doc is not None and doc.status != REJECTED:
                self._save_document(conn, doc)
            for message in item.warnings:
                self._upsert_warning(conn, doc.id if doc else None, message)

    def rejection(self, rej: Rejection) -> None:
        """Record a rejected input; the same (origin, line, reason) seen again is updated, not repeated."""
        line = rej.line or 0
        with self.engine.begin() as conn:
            found = conn.execute(select(rejections.c.pk).where(
                rejections.c.origin == rej.origin, rejections.c.line == line,
                rejections.c.reason == rej.reason)).scalar()
            if found is None:
                conn.execute(insert(rejections).values(origin=rej.origin, line=line, doc_id=rej.doc_id,
                                                       reason=rej.reason, seen_at=_now()))
            else:
                conn.execute(update(rejections).where(rejections.c.pk == found)
                             .values(doc_id=rej.doc_id, seen_at=_now()))

    def warning(self, doc_id: str | None, message: str) -> None:
        with self.engine.begin() as conn:
            self._upsert_warning(conn, doc_id, message)

    def _upsert_warning(self, conn: Connection, doc_id: str | None, message: str) -> None:
        where = and_(warnings.c.doc_id == doc_id, warnings.c.message == message)
        if conn.execute(select(warnings.c.pk).where(where)).scalar() is None:
            conn.execute(insert(warnings).values(doc_id=doc_id, message=message, seen_at=_now()))
        else:
            conn.execute(update(warnings).where(where).values(seen_at=_now()))

    def _save_document(self, conn: Connection, doc: Document) -> None:
        row = _document_row(doc)
        twin = None
        if not conn.execute(select(documents.c.id).where(documents.c.id == doc.id)).first():
            twin = conn.execute(select(documents.c.id).where(
                documents.c.content_hash == row["content_hash"], documents.c.status == PROCESSED)).scalar()
        if twin is not None and doc.status == PROCESSED:
            # The same text under a new id (a renamed file, an id-less copy): keep one set of events.
            row.update(status="skipped", reason=f"same text as document {twin}", duplicate_of=twin)
            doc_events: list[Event] = []
        else:
            doc_events = doc.events if doc.status == PROCESSED else []
        self._delete_document(conn, doc.id)
        conn.execute(insert(documents).values(**row))
        for seq, ev in enumerate(doc_events):
            self._insert_event(conn, doc.id, seq, ev)
        # A document that now reads cleanly clears the rejection its input line earned before.
        origin, line = split_origin(doc.origin)
        conn.execute(delete(rejections).where(rejections.c.origin == origin,
                                              rejections.c.line == (line or 0)))

    def _delete_document(self, conn: Connection, doc_id: str) -> None:
        event_pks = select(events.c.pk).where(events.c.doc_id == doc_id).scalar_subquery()
        conn.execute(delete(evidence).where(evidence.c.event_pk.in_(event_pks)))
        conn.execute(delete(events).where(events.c.doc_id == doc_id))
        conn.execute(delete(documents).where(documents.c.id == doc_id))

    def _insert_event(self, conn: Connection, doc_id: str, seq: int, ev: Event) -> None:
        values = {name: getattr(ev, name) for name in _EVENT_FIELDS}
        for name in _LIST_FIELDS:
            values[name] = json.dumps(list(values[name] or []), ensure_ascii=False)
        values.update(doc_id=doc_id, seq=seq, event_id=ev.event_id or f"{doc_id}-{seq + 1}")
        pk = conn.execute(insert(events).values(**values)).inserted_primary_key[0]
        if ev.evidence:
            conn.execute(insert(evidence), [{"event_pk": pk, **asdict(e)} for e in ev.evidence])

    # --- reading -------------------------------------------------------------------------------------

    def events(self, *, since: str | None = None, until: str | None = None, event_type: str | None = None,
               actor: str | None = None, admin1: str | None = None, query: str | None = None,
               doc_id: str | None = None, include_duplicates: bool = True,
               limit: int | None = None) -> list[Event]:
        """Events matching every filter given, ordered by date then document.

        since/until: YYYY-MM-DD bounds, inclusive (events without a full date are left out when one is
        given); event_type: an event type or sub-event type, any case; actor: a substring of actor1,
        actor2 or an associated actor; admin1: the first-level region, any case; query: a substring of the
        notes, location, admin names or actors.
        """
        conds = []
        if since or until:
            conds.append(events.c.event_date.like("____-__-__"))
        if since:
            conds.append(events.c.event_date >= since)
        if until:
            conds.append(events.c.event_date <= until)
        if event_type:
            wanted = event_type.strip().lower()
            conds.append(or_(func.lower(events.c.event_type) == wanted,
                             func.lower(events.c.sub_event_type) == wanted))
        if actor:
            conds.append(_any_contains(("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"), actor))
        if admin1:
            conds.append(func.lower(events.c.admin1) == admin1.strip().lower())
        if query:
            conds.append(_any_contains(("notes", "location", "admin1", "admin2", "actor1", "actor2",
                                        "assoc_actor_1", "assoc_actor_2"), query))
        if doc_id:
            conds.append(events.c.doc_id == doc_id)
        if not include_duplicates:
            conds.append(events.c.duplicate_of.is_(None))
        # Full dates first, then year-less ones (--MM-DD), then undated events.
        order = (events.c.event_date.is_(None), events.c.event_date.like("--%"), events.c.event_date,
                 events.c.doc_id, events.c.seq)
        stmt = select(events).where(*conds).order_by(*order).limit(limit)
        with self.engine.connect() as conn:
            rows = conn.execute(stmt).mappings().all()
            spans = _evidence_for(conn, [r["pk"] for r in rows])
        return [_event_from_row(row, spans.get(row["pk"], [])) for row in rows]

    def documents(self, status: str | None = None) -> list[Document]:
        stmt = select(documents).order_by(documents.c.id)
        if status:
            stmt = stmt.where(documents.c.status == status)
        with self.engine.connect() as conn:
            rows = conn.execute(stmt).mappings().all()
        return [_document_from_row(r) for r in rows]

    def document(self, doc_id: str) -> Document | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(documents).where(documents.c.id == doc_id)).mappings().first()
        return _document_from_row(row) if row else None

    def rejections(self) -> list[Rejection]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(rejections).order_by(rejections.c.origin, rejections.c.line)).all()
        return [Rejection(r.origin, r.reason, doc_id=r.doc_id, line=r.line or None) for r in rows]

    def counts(self) -> dict[str, int]:
        """Row counts: documents (and per status), events, evidence, rejections, warnings."""
        with self.engine.connect() as conn:
            out = {name: conn.execute(select(func.count()).select_from(table)).scalar() or 0
                   for name, table in (("documents", documents), ("events", events), ("evidence", evidence),
                                       ("rejections", rejections), ("warnings", warnings))}
            per_status = select(documents.c.status, func.count()).group_by(documents.c.status)
            for status, n in conn.execute(per_status):
                out[f"documents_{status}"] = n
        return out


def _any_contains(names: Sequence[str], needle: str):
    return or_(*(events.c[name].icontains(needle.strip(), autoescape=True) for name in names))


def _document_row(doc: Document) -> dict[str, Any]:
    data = doc.to_dict()
    data.pop("schema_version")
    data["kept"] = json.dumps(data["kept"])
    data.update(origin=doc.origin, ingested_at=_now())
    return data


def _document_from_row(row: Any) -> Document:
    data = dict(row)
    data["kept"] = json.loads(data["kept"] or "[]")
    doc = Document.from_dict(data)
    doc.origin = data.get("origin") or ""
    return doc


def _evidence_for(conn: Connection, event_pks: list[int]) -> dict[int, list[Evidence]]:
    out: dict[int, list[Evidence]] = {}
    for start in range(0, len(event_pks), 500):  # SQLite caps the number of bound parameters
        chunk = event_pks[start:start + 500]
        stmt = select(evidence).where(evidence.c.event_pk.in_(chunk)).order_by(evidence.c.pk)
        for r in conn.execute(stmt):
            out.setdefault(r.event_pk, []).append(Evidence(r.start, r.end, r.text, r.field))
    return out


def _event_from_row(row: Any, spans: list[Evidence]) -> Event:
    data = {name: row[name] for name in _EVENT_FIELDS}
    for name in _LIST_FIELDS:
        data[name] = json.loads(data[name] or "[]")
    ev = Event.from_dict(data)
    ev.evidence = spans
    return ev
