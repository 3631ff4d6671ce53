"""The event database: SQLAlchemy Core tables, versioned migrations, saving results and querying events."""

from __future__ import annotations

import json
import random
import sqlite3
import time
import urllib.parse
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Connection,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    and_,
    bindparam,
    cast,
    create_engine,
    delete,
    event,
    exists,
    false,
    func,
    insert,
    inspect,
    literal,
    literal_column,
    or_,
    select,
    update,
)
from sqlalchemy import text as sql
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.pool import QueuePool

from warscribe.inputs import rejection_of, split_origin
from warscribe.model import PROCESSED, REJECTED, SKIPPED, Document, Event, Evidence, Rejection, Result
from warscribe.storage_names import DEFAULT_PATH as DEFAULT_PATH  # kept importable from here
from warscribe.storage_names import MAX_FILTER_CHARS as MAX_FILTER_CHARS
from warscribe.storage_names import SORTS as SORTS
from warscribe.storage_names import StoreError as StoreError
from warscribe.storage_names import check_filter as check_filter
from warscribe.storage_names import database_url, display_db, is_url, sqlite_path  # noqa: F401  (kept importable)

# How long a command waits for another process's write lock before it retries, and how often it retries.
BUSY_TIMEOUT_S = 30.0
BUSY_RETRIES = 4
NEAR_DUPLICATE_THRESHOLD = 0.8  # as Config.near_duplicate_threshold
IN_CHUNK = 500  # values in one IN (...) (see in_chunks)
UNDATED = "9999-99-99"  # documents without a publication date rank after dated ones (cleaning.dedup)

T = TypeVar("T")

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
    # A hash of the input as read (text and metadata), before coding: an unchanged input is not coded again.
    Column("input_hash", String(64)),
)

def _event_columns() -> list[Column]:
    """The event contract's columns, shared by reports (`events`) and canonical events (new objects each call:
    a column belongs to one table). assoc_actor_1/2 and attributed_to hold JSON lists."""
    return [
        Column("event_date", String(10), index=True), Column("time_precision", Integer),
        Column("event_type", String, index=True), Column("sub_event_type", String),
        Column("actor1", Text), Column("actor2", Text),
        Column("assoc_actor_1", Text, nullable=False), Column("assoc_actor_2", Text, nullable=False),
        Column("inter1", Integer), Column("inter2", Integer), Column("interaction", Integer),
        Column("country", Text), Column("admin1", Text, index=True), Column("admin2", Text),
        Column("location", Text),
        Column("latitude", Float), Column("longitude", Float), Column("geo_precision", Integer),
        Column("fatalities", Integer, nullable=False), Column("injuries", Integer),
        Column("claim_status", String(32)), Column("attributed_to", Text, nullable=False),
        Column("source", Text), Column("notes", Text), Column("plover_event", String),
    ]


events = Table(
    "events", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String, nullable=False, index=True),
    Column("doc_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("seq", Integer, nullable=False),  # order of the event within its document
    *_event_columns(),
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

# --- canonical events (warscribe.canonical) -------------------------------------------------------------
# The ACLED unit: one event per date, place, actors and type, told by one or more reports (rows of `events`).
# The id is the event id of its earliest report (published first, then document id and order), so it does not
# depend on the order or the split of the ingest runs.
canonical_events = Table(
    "canonical_events", metadata,
    Column("id", String, primary_key=True),
    Column("doc_id", String, nullable=False),  # the earliest report's document
    *_event_columns(),  # source: every outlet, "; " between them (ACLED's source column)
    Column("sources", Integer, nullable=False),  # distinct outlets
    Column("reports", Integer, nullable=False),
    Column("disagreements", Text, nullable=False),  # JSON: per-report fatalities and claims, variants
)

# Each report's canonical event and its blocking keys: linking compares a report only with reports of the same
# country, dates a day apart and the same locality or a neighbouring grid cell.
canonical_reports = Table(
    "canonical_reports", metadata,
    Column("event_id", String, primary_key=True),
    Column("canonical_id", String, nullable=False, index=True),
    Column("doc_id", String, nullable=False, index=True),
    Column("rank", String, nullable=False),  # sorts the reports earliest first: published|doc id|order
    Column("event_date", String(10)), Column("country", Text),
    Column("location", Text),  # the place key (warscribe.linking.place_key), not the name as written
    Column("cell", String),
    Index("ix_canonical_reports_block", "event_date", "country", "location"),
    Index("ix_canonical_reports_cell", "event_date", "country", "cell"),
)

# MinHash signatures of the preferred copies, and their LSH bands: near-duplicate documents are found across
# runs, not only within one.
document_signatures = Table(
    "document_signatures", metadata,
    Column("doc_id", String, primary_key=True),
    Column("published", String(10), nullable=False),
    Column("hashes", LargeBinary, nullable=False),
)

signature_bands = Table(
    "signature_bands", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("band", Integer, nullable=False),
    Column("key", BigInteger, nullable=False),
    Column("doc_id", String, nullable=False, index=True),
    Index("ix_signature_bands_key", "band", "key"),
)
# --- end of canonical events -----------------------------------------------------------------------------

# --- actor names (the `actor` filter) ------------------------------------------------------------------------
# Every actor name the events hold (actor1, actor2 and the associated actors' lists), once, and the events that
# hold each: a part of a name is looked up among the few distinct names, then their events through an index,
# instead of reading the names of every event. Kept in step with `events` by triggers (`_actor_index_*`).
actor_names = Table(
    "actor_names", metadata,
    Column("name", Text, primary_key=True),
)

event_actors = Table(
    "event_actors", metadata,
    Column("event_pk", Integer, nullable=False, index=True),
    Column("name", Text, nullable=False),
    # The event's date (migration 6): an actor's events within dates are read from one index range
    # (ix_event_actors_name_date) instead of every event of the actor being looked up.
    Column("event_date", String(10)),
    Index("ix_event_actors_name", "name", "event_pk"),
)
_ACTOR_DATE_INDEX = "CREATE INDEX IF NOT EXISTS ix_event_actors_name_date ON event_actors (name, event_date, event_pk)"

# Every actor name of a canonical event's reports, once, with the canonical event's date (migration 7): the
# canonical events of an actor within dates are read from one index range (ix_canonical_actors_name_date)
# instead of every report of the actor being read and followed to its canonical event. Written and deleted
# with the canonical events (warscribe.canonical `_write`, `_delete_canonical`, `rebuild`), which are written
# anew whenever a report of theirs is added, replaced or dropped.
canonical_actors = Table(
    "canonical_actors", metadata,
    Column("canonical_id", String, primary_key=True),
    Column("name", Text, primary_key=True),
    Column("event_date", String(10)),
)
_CANONICAL_ACTOR_INDEX = ("CREATE INDEX IF NOT EXISTS ix_canonical_actors_name_date "
                          "ON canonical_actors (name, event_date, canonical_id)")
# --- end of actor names ---------------------------------------------------------------------------------

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


# The default orders (`_order`): oldest and newest first, undated last. Their expressions are written out the
# same way in ORDER BY, so that a first page (`--limit`) walks an index instead of sorting every match.
# Written as DDL (IF NOT EXISTS; SQLite and PostgreSQL alike) rather than Index objects: SQLAlchemy cannot
# reflect expression indexes to check whether they exist.
_UNDATED = "(event_date IS NULL), (event_date LIKE '--%')"
_OLDEST = f"{_UNDATED}, event_date, doc_id, seq"
_ORDER_INDEXES = {"ix_events_oldest": _OLDEST, "ix_events_newest": f"{_UNDATED}, event_date DESC, doc_id, seq"}
# Filters compare lower(name) (any case): an index on it, followed by the date order, gives the first page of
# one region's (type's, country's...) events in order without reading the others (benchmarks/bench_store.py).
_FILTER_INDEXES = {f"ix_events_{column}_lower": f"lower({column}), {_OLDEST}"
                   for column in ("admin1", "event_type", "sub_event_type", "country", "location")}
# Text the `query` and `actor` filters look into, as one lower-case string: an index of its trigrams (SQLite
# FTS5, PostgreSQL pg_trgm) finds the few candidate rows of a substring, which the exact match then checks.
SEARCH_COLUMNS = ("notes", "location", "admin1", "admin2", "actor1", "actor2", "assoc_actor_1", "assoc_actor_2")
TEXT_COLUMNS, LIST_COLUMNS = SEARCH_COLUMNS[:6], SEARCH_COLUMNS[6:]  # the lists hold JSON: matched per element
SEARCH_TEXT = "lower(" + " || ' ' || ".join(f"coalesce({c}, '')" for c in SEARCH_COLUMNS) + ")"
MIN_SEARCH_CHARS = 3  # a trigram index finds nothing shorter
RARE_TRIGRAMS = 3  # the candidates of a longer term come from its rarest trigrams (`_fts_query`, `_pg_rare_grams`)
# PostgreSQL: the statistics object of SEARCH_TEXT's trigrams (migration 8), which ANALYZE fills with the share
# of events holding each common trigram.
TRIGRAM_STATISTICS = "st_events_search_trigrams"
# A text term in this many events is found faster by checking the events in order than through the index.
COMMON_TERM_ROWS = 2000
# Filters matching fewer events than this read them first (an actor's by their keys) and sort them; matching
# more, the events are checked in the order listed until a page is full (`_few`, `_actor_is`). A trigram is
# counted up to this many rows when choosing a text term's rarest ones (`_fts_query`).
KEY_ROWS = 20000


def _search_index_sqlite(conn: Connection) -> None:
    """An FTS5 trigram table of SEARCH_TEXT per event (rowid = events.pk), kept in step by triggers."""
    new = SEARCH_TEXT.replace("coalesce(", "coalesce(new.")
    old_columns = ", ".join(SEARCH_COLUMNS)
    conn.execute(sql("CREATE VIRTUAL TABLE IF NOT EXISTS events_search USING fts5(body, tokenize='trigram')"))
    conn.execute(sql(f"CREATE TRIGGER IF NOT EXISTS events_search_insert AFTER INSERT ON events BEGIN "
                     f"INSERT INTO events_search (rowid, body) VALUES (new.pk, {new}); END"))
    conn.execute(sql("CREATE TRIGGER IF NOT EXISTS events_search_delete AFTER DELETE ON events BEGIN "
                     "DELETE FROM events_search WHERE rowid = old.pk; END"))
    conn.execute(sql(f"CREATE TRIGGER IF NOT EXISTS events_search_update AFTER UPDATE OF {old_columns} ON events "
                     f"BEGIN DELETE FROM events_search WHERE rowid = old.pk; "
                     f"INSERT INTO events_search (rowid, body) VALUES (new.pk, {new}); END"))
    conn.execute(sql(f"INSERT INTO events_search (rowid, body) SELECT pk, {SEARCH_TEXT} FROM events "
                     f"WHERE pk NOT IN (SELECT rowid FROM events_search)"))


def _search_index_postgresql(conn: Connection) -> None:
    """A pg_trgm GIN index on SEARCH_TEXT; left out (the filters then scan) where the extension is refused."""
    try:
        with conn.begin_nested():
            conn.execute(sql("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
            conn.execute(sql(f"CREATE INDEX IF NOT EXISTS ix_events_search ON events "
                             f"USING gin (({SEARCH_TEXT}) gin_trgm_ops)"))
    except DatabaseError:
        pass  # a role that may not create extensions: correct answers, without the index's speed


def _v4_incremental(conn: Connection) -> None:
    # A database created at version 1 by this code already has the column (the tables describe the latest
    # schema); one created by an older warscribe gets it here.
    if "input_hash" not in {c["name"] for c in inspect(conn).get_columns("documents")}:
        conn.execute(sql("ALTER TABLE documents ADD COLUMN input_hash VARCHAR(64)"))
    for name, columns in (_ORDER_INDEXES | _FILTER_INDEXES).items():
        conn.execute(sql(f"CREATE INDEX IF NOT EXISTS {name} ON events ({columns})"))
    if conn.dialect.name == "sqlite":
        _search_index_sqlite(conn)
    elif conn.dialect.name == "postgresql":
        _search_index_postgresql(conn)


# Canonical events in the order they are listed, and by the fields they are filtered on (as _FILTER_INDEXES):
# a first page walks an index instead of sorting every match.
_CANONICAL_OLDEST = f"{_UNDATED}, event_date, id"
_CANONICAL_ORDER_INDEXES = {"ix_canonical_events_oldest": _CANONICAL_OLDEST,
                            "ix_canonical_events_newest": f"{_UNDATED}, event_date DESC, id"} | {
    f"ix_canonical_events_{column}_lower": f"lower({column}), {_CANONICAL_OLDEST}"
    for column in ("admin1", "event_type", "sub_event_type", "country", "location")}
# The names of events, one (event, name) row each, in the dialect's words for "the elements of a JSON list".
# `{e}` is the row: `new`/`NEW` in a trigger, `events` when filling the table.
_JSON_ELEMENTS = {"sqlite": "json_each({e}.{column})",
                  "postgresql": "json_array_elements_text(CAST({e}.{column} AS json))"}
_ACTOR_COLUMNS = "actor1, actor2, assoc_actor_1, assoc_actor_2, event_date"  # a change of any: rows anew


def _actor_statements(dialect: str, row: str, every: bool = False) -> list[str]:
    """The statements that add the names of the event `row` (`every`: of every event) to event_actors and
    actor_names."""
    source = f" FROM {row}" if every else ""
    parts = [f"SELECT {row}.pk AS event_pk, {row}.{column} AS name, {row}.event_date AS event_date{source}"
             for column in ("actor1", "actor2")]
    for column in ("assoc_actor_1", "assoc_actor_2"):
        elements = _JSON_ELEMENTS[dialect].format(e=row, column=column)
        parts.append(f"SELECT {row}.pk, value, {row}.event_date FROM {row + ', ' if every else ''}{elements}")
    ignore, conflict = ("INSERT OR IGNORE INTO", "") if dialect == "sqlite" else \
        ("INSERT INTO", " ON CONFLICT DO NOTHING")
    mine = "" if every else f" WHERE event_pk = {row}.pk"
    return [f"INSERT INTO event_actors (event_pk, name, event_date) SELECT event_pk, name, event_date "
            f"FROM ({' UNION '.join(parts)}) AS n WHERE name IS NOT NULL AND name <> ''",
            f"{ignore} actor_names (name) SELECT DISTINCT name FROM event_actors{mine}{conflict}"]


def _actor_index_sqlite(conn: Connection) -> None:
    """Triggers that keep event_actors in step with the events' names (insert, delete, a change of a name)."""
    add = "; ".join(_actor_statements("sqlite", "new"))
    conn.execute(sql(f"CREATE TRIGGER IF NOT EXISTS event_actors_insert AFTER INSERT ON events BEGIN {add}; END"))
    conn.execute(sql("CREATE TRIGGER IF NOT EXISTS event_actors_delete AFTER DELETE ON events BEGIN "
                     "DELETE FROM event_actors WHERE event_pk = old.pk; END"))
    conn.execute(sql(f"CREATE TRIGGER IF NOT EXISTS event_actors_update AFTER UPDATE OF {_ACTOR_COLUMNS} ON events "
                     f"BEGIN DELETE FROM event_actors WHERE event_pk = old.pk; {add}; END"))


def _actor_index_postgresql(conn: Connection) -> None:
    """The same as `_actor_index_sqlite`, as one trigger function."""
    add = "; ".join(_actor_statements("postgresql", "NEW"))
    conn.execute(sql(f"""CREATE OR REPLACE FUNCTION warscribe_event_actors() RETURNS trigger AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN DELETE FROM event_actors WHERE event_pk = OLD.pk; END IF;
  IF TG_OP <> 'DELETE' THEN {add}; END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql"""))
    conn.execute(sql("DROP TRIGGER IF EXISTS event_actors_change ON events"))
    conn.execute(sql(f"CREATE TRIGGER event_actors_change AFTER INSERT OR DELETE OR UPDATE OF {_ACTOR_COLUMNS} "
                     f"ON events FOR EACH ROW EXECUTE FUNCTION warscribe_event_actors()"))


def fill_actor_index(conn: Connection) -> None:
    """Fill event_actors and actor_names from every stored event anew (a migration, a bulk load that left the
    triggers out); running it again gives the same rows."""
    conn.execute(delete(event_actors))
    conn.execute(delete(actor_names))
    for statement in _actor_statements(conn.dialect.name, "events", every=True):
        conn.execute(sql(statement))


def _v5_query_indexes(conn: Connection) -> None:
    metadata.create_all(conn, tables=[actor_names, event_actors])
    for name, columns in _CANONICAL_ORDER_INDEXES.items():
        conn.execute(sql(f"CREATE INDEX IF NOT EXISTS {name} ON canonical_events ({columns})"))
    if conn.dialect.name == "sqlite":
        _actor_index_sqlite(conn)
    elif conn.dialect.name == "postgresql":
        _actor_index_postgresql(conn)
    fill_actor_index(conn)


def _v6_actor_dates(conn: Connection) -> None:
    """event_actors.event_date and its index; the triggers that keep it (a change of date too) written anew,
    and the table filled anew from the events."""
    if "event_date" not in {c["name"] for c in inspect(conn).get_columns("event_actors")}:
        conn.execute(sql("ALTER TABLE event_actors ADD COLUMN event_date VARCHAR(10)"))
    if conn.dialect.name == "sqlite":
        for trigger in ("insert", "delete", "update"):  # CREATE TRIGGER IF NOT EXISTS would keep the old ones
            conn.execute(sql(f"DROP TRIGGER IF EXISTS event_actors_{trigger}"))
        _actor_index_sqlite(conn)
    elif conn.dialect.name == "postgresql":
        _actor_index_postgresql(conn)
    fill_actor_index(conn)
    conn.execute(sql(_ACTOR_DATE_INDEX))


def fill_canonical_actors(conn: Connection) -> None:
    """Fill canonical_actors from every stored canonical event anew: the names of its reports (event_actors),
    its own date. Running it again gives the same rows."""
    conn.execute(delete(canonical_actors))
    conn.execute(sql("INSERT INTO canonical_actors (canonical_id, name, event_date) "
                     "SELECT DISTINCT r.canonical_id, a.name, c.event_date FROM canonical_reports r "
                     "JOIN events e ON e.event_id = r.event_id JOIN event_actors a ON a.event_pk = e.pk "
                     "JOIN canonical_events c ON c.id = r.canonical_id"))


def _v7_canonical_actors(conn: Connection) -> None:
    """canonical_actors and its (name, date) index, filled from the stored canonical events."""
    metadata.create_all(conn, tables=[canonical_actors])
    fill_canonical_actors(conn)
    conn.execute(sql(_CANONICAL_ACTOR_INDEX))


def _v8_trigram_statistics(conn: Connection) -> None:
    """PostgreSQL: statistics of the trigrams of SEARCH_TEXT (the share of events holding each common one, as
    pg_trgm writes them), gathered by every ANALYZE (autovacuum's too) and once here: a text filter then looks
    up only its term's rare trigrams in the GIN index (`_pg_rare_grams`). Left out where the search index is
    (no pg_trgm) or where the server has no statistics of expressions (before PostgreSQL 14)."""
    if conn.dialect.name != "postgresql" or not has_search_index(conn):
        return
    try:
        with conn.begin_nested():
            conn.execute(sql(f"CREATE STATISTICS IF NOT EXISTS {TRIGRAM_STATISTICS} "
                             f"ON (show_trgm({SEARCH_TEXT})) FROM events"))
    except DatabaseError:
        return
    conn.execute(sql("ANALYZE events"))


def _v3_canonical(conn: Connection) -> None:
    from warscribe import canonical  # it reads these tables: imported here to keep the import one-way

    # canonical_actors (version 7) too: the linking below writes it with the canonical events (as the tables
    # describe the latest schema); version 7 finds it there and fills it anew.
    metadata.create_all(conn, tables=[canonical_events, canonical_reports, document_signatures, signature_bands,
                                      canonical_actors])
    canonical.rebuild(conn)  # link the events stored before this version


MIGRATIONS: tuple[Migration, ...] = (
    (1, "documents, events, evidence, rejections, warnings", _v1_initial),
    (2, "reviews (analysts' decisions on events); indexes for the web view", _v2_reviews),
    (3, "canonical events linked from reports; document signatures for near-duplicates across runs",
     _v3_canonical),
    (4, "documents.input_hash (incremental ingest); indexes for filters and first pages on large stores",
     _v4_incremental),
    (5, "actor names and their events (the actor filter); canonical events' order and filter indexes",
     _v5_query_indexes),
    (6, "event_actors.event_date and an index of (name, date): an actor's events within dates", _v6_actor_dates),
    (7, "canonical_actors: the names of each canonical event's reports with its date (the actor filter)",
     _v7_canonical_actors),
    (8, "PostgreSQL: statistics of the text search's trigrams (a text filter reads only its rarest ones)",
     _v8_trigram_statistics),
)


def current_version(engine: Engine | Connection) -> int:
    if isinstance(engine, Connection):
        return _version_in(engine)
    with engine.connect() as conn:
        return _version_in(conn)


def _version_in(conn: Connection) -> int:
    if not inspect(conn).has_table("schema_version"):
        return 0
    return conn.execute(select(func.max(schema_version.c.version))).scalar() or 0


def check_database(conn: Connection, latest: int) -> int:
    """The schema version of a database we may use; StoreError for a foreign or a newer one."""
    tables = set(inspect(conn).get_table_names())
    if "schema_version" not in tables:
        if tables:
            raise StoreError(f"not a warscribe database (it holds other tables: {', '.join(sorted(tables)[:5])}); "
                             f"choose another --db")
        return 0
    columns = {c["name"] for c in inspect(conn).get_columns("schema_version")}
    if not {"version", "description", "applied_at"} <= columns:
        raise StoreError("not a warscribe database (its schema_version table is not ours); choose another --db")
    version = _version_in(conn)
    if version > latest:
        raise StoreError(f"database schema version {version} is newer than this warscribe knows ({latest}); "
                         f"upgrade warscribe to use it")
    return version


def migrate(engine: Engine, migrations: Sequence[Migration] = MIGRATIONS) -> list[int]:
    """Bring the database up to the latest version; returns the versions applied (none when up to date).

    Runs in one write transaction (BEGIN IMMEDIATE on SQLite), so processes that start together on a new
    database take turns: the first creates the schema, the others find it done."""
    ordered = sorted(migrations, key=lambda m: m[0])
    applied: list[int] = []

    def run() -> None:
        applied.clear()
        with writer(engine).begin() as conn:
            current = check_database(conn, ordered[-1][0] if ordered else 0)
            schema_version.create(conn, checkfirst=True)
            # Every migration not yet recorded, not only those above the highest: branches developed apart
            # (3 on one, 4 on another) leave a database at 4 that still needs 3 once they are merged.
            done = set(conn.execute(select(schema_version.c.version)).scalars()) if current else set()
            for version, description, apply in ordered:
                if version in done:
                    continue
                apply(conn)
                conn.execute(insert(schema_version).values(version=version, description=description,
                                                           applied_at=_now()))
                applied.append(version)

    retry_busy(run)
    return applied


def is_busy(exc: BaseException) -> bool:
    """Whether an error is SQLite's "another connection holds the lock"."""
    text = str(getattr(exc, "orig", exc)).lower()
    return "database is locked" in text or "database is busy" in text or "database table is locked" in text


def retry_busy(action: Callable[[], T], retries: int = BUSY_RETRIES) -> T:
    """Run `action`; when the database stays locked past the busy timeout, wait a little and try again."""
    for attempt in range(retries + 1):
        try:
            return action()
        except OperationalError as exc:
            if not is_busy(exc):
                raise
            if attempt == retries:
                raise StoreError(f"the database stayed locked by another program for "
                                 f"{(retries + 1) * BUSY_TIMEOUT_S:.0f} s; try again when it is done") from exc
            time.sleep(random.uniform(0.05, 0.5) * (attempt + 1))  # jitter: waiting processes don't collide
    raise AssertionError("unreachable")


# PostgreSQL: write transactions take this transaction-level advisory lock, so that writers take turns as
# they do on SQLite (a document replaced by two ingests at once must not be inserted twice).
PG_WRITE_LOCK = 0x77617273  # "wars"


def _engine(path: str | Path, read_only: bool = False) -> Engine:
    """An engine for a SQLite path (WAL, foreign keys on, waiting for a busy writer) or for any SQLAlchemy URL
    (PostgreSQL: writers take turns through an advisory lock; read-only sessions refuse writes).

    A read-only engine opens the file with mode=ro, so nothing (not even the WAL switch) is written."""
    text = sqlite_path(path)
    if text is None:
        return _server_engine(database_url(path), read_only)
    if read_only:
        uri = "file:" + urllib.parse.quote(str(Path(text).expanduser().resolve())) + "?mode=ro"
        # A pool of real connections: "sqlite://" alone would give one shared connection per thread, and a web
        # request that reads through two connections at once would begin a transaction inside another.
        engine = create_engine("sqlite://", poolclass=QueuePool, creator=lambda: sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False))
    else:
        if text != ":memory:":
            Path(text).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(f"sqlite:///{text}", connect_args={"timeout": BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record) -> None:
        # We issue BEGIN ourselves (below): the driver's own deferred BEGIN cannot wait for a lock upgrade.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        if not read_only:
            # WAL lets readers (`warscribe events`) run while an ingest writes.
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # A write transaction (begun through `writer(engine)`) takes the write lock at the start with IMMEDIATE,
        # where the busy timeout applies, instead of failing at the first write when another process got there
        # first. Reads stay deferred: under WAL they never wait for a writer, and a request that reads and then
        # writes through a second connection cannot lock itself out.
        immediate = not read_only and conn.get_execution_options().get("immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _server_engine(url: str, read_only: bool) -> Engine:
    """An engine for a database server (PostgreSQL): see `_engine`."""
    engine = create_engine(url, pool_pre_ping=True)
    if engine.dialect.name != "postgresql":
        return engine

    @event.listens_for(engine, "connect")
    def _session(dbapi_conn, _record) -> None:
        if read_only:  # the server itself refuses any write of a query command
            with dbapi_conn.cursor() as cursor:
                cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            dbapi_conn.commit()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        if not read_only and conn.get_execution_options().get("immediate", False):
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})")

    return engine


def writer(engine: Engine) -> Engine:
    """The engine for write transactions: on SQLite they begin IMMEDIATE (see `_engine`)."""
    return engine.execution_options(immediate=True)


def _refuse_unusable(path: str | Path) -> None:
    """StoreError for an existing SQLite file that is not ours or is newer, found without writing to it."""
    text = sqlite_path(path)
    if text is None or text == ":memory:" or not Path(text).expanduser().is_file() or \
            Path(text).expanduser().stat().st_size == 0:
        return
    probe = _engine(path, read_only=True)
    try:
        with probe.connect() as conn:
            check_database(conn, MIGRATIONS[-1][0])
    except DatabaseError as exc:
        raise StoreError(f"cannot use {path} as a database: {getattr(exc, 'orig', exc)}") from exc
    finally:
        probe.dispose()


class Store:
    """The event database at a path (SQLite, WAL) or SQLAlchemy URL; migrated to the latest schema on open.

    `read_only=True` opens an existing database without writing anything to it (for queries); a database
    that is not ours, is newer than this warscribe, or (read-only) needs migrating raises StoreError."""

    def __init__(self, path: str | Path = DEFAULT_PATH, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self._search_cache: tuple[str, bool] | None = None
        # Near-duplicate documents across runs (see warscribe.signatures); None turns the check off.
        self.near_duplicate_threshold: float | None = NEAR_DUPLICATE_THRESHOLD
        if not read_only:
            _refuse_unusable(path)  # before the write engine switches a foreign file to WAL
        self.engine = _engine(path, read_only)
        try:
            if read_only:
                self._check_readable()
            else:
                migrate(self.engine)
        except DatabaseError as exc:
            self.engine.dispose()
            reason = str(getattr(exc, "orig", exc))
            raise StoreError(f"cannot use {display_db(path)} as a database: {reason}") from exc
        except StoreError:
            self.engine.dispose()
            raise

    def _check_readable(self) -> None:
        latest = MIGRATIONS[-1][0]
        with self.engine.connect() as conn:
            version = check_database(conn, latest)
        shown = display_db(self.path)
        if version == 0:
            raise StoreError(f"{shown} holds no warscribe tables yet; run `warscribe ingest ... --db {shown}`")
        if version < latest:
            raise StoreError(f"{shown} has schema version {version}; run `warscribe ingest` on it once "
                             f"to upgrade it to version {latest}")

    @property
    def _search(self) -> tuple[str, bool]:
        """(dialect, whether the trigram search index exists), looked up once."""
        if self._search_cache is None:
            with self.engine.connect() as conn:
                self._search_cache = (conn.dialect.name, has_search_index(conn))
        return self._search_cache

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
        """Store one pipeline result: its document and events (replacing any earlier version) or rejection.
        Waits (and retries) while another process holds the write lock."""
        retry_busy(lambda: self._save(item))

    def _save(self, item: Result | Document | Rejection) -> None:
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
        with writer(self.engine).begin() as conn:
            if doc is not None and doc.status != REJECTED:
                twins = self._same_text(conn, doc)
                superseded = [*item.superseded, *self._place_signature(conn, doc)]
                self._save_document(conn, doc)
                for twin in twins:
                    self._mark_near_duplicate(conn, twin, doc.id, f"same text as document {doc.id}")
                for other in dict.fromkeys(superseded):
                    self._mark_near_duplicate(conn, other, doc.id)
                self._relink(conn, [doc.id, *twins, *superseded])
            for message in item.warnings:
                self._upsert_warning(conn, doc.id if doc else None, message)

    def rejection(self, rej: Rejection) -> None:
        """Record a rejected input; the same (origin, line, reason) seen again is updated, not repeated."""
        line = rej.line or 0
        with writer(self.engine).begin() as conn:
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
        with writer(self.engine).begin() as conn:
            self._upsert_warning(conn, doc_id, message)

    def _upsert_warning(self, conn: Connection, doc_id: str | None, message: str) -> None:
        where = and_(warnings.c.doc_id == doc_id, warnings.c.message == message)
        if conn.execute(select(warnings.c.pk).where(where)).scalar() is None:
            conn.execute(insert(warnings).values(doc_id=doc_id, message=message, seen_at=_now()))
        else:
            conn.execute(update(warnings).where(where).values(seen_at=_now()))

    def _same_text(self, conn: Connection, doc: Document) -> list[str]:
        """The same text under another id (a renamed file, an id-less copy) keeps one set of events: the
        preferred copy's (earliest published, then smallest id, as for near-duplicates, so whatever the order
        they come in). A stored preferred copy makes `doc` skipped; returns the stored copies `doc` replaces."""
        if doc.status != PROCESSED:
            return []
        stored = conn.execute(select(documents.c.id, documents.c.published).where(
            documents.c.content_hash == doc.content_hash, documents.c.id != doc.id,
            documents.c.status == PROCESSED)).all()
        best = min(((published or UNDATED, doc_id) for doc_id, published in stored), default=None)
        if best is not None and best < (doc.published or UNDATED, doc.id):
            doc.status, doc.reason, doc.duplicate_of = SKIPPED, f"same text as document {best[1]}", best[1]
            return []
        return [doc_id for doc_id, _ in stored]

    def _save_document(self, conn: Connection, doc: Document) -> None:
        row = _document_row(doc)
        doc_events: list[Event] = doc.events if doc.status == PROCESSED else []
        self._delete_document(conn, doc.id)
        conn.execute(insert(documents), row)  # values as parameters: one compiled statement for every row
        self._insert_events(conn, doc.id, doc_events)
        # A document that now reads cleanly clears the rejection its input line earned before.
        origin, line = split_origin(doc.origin)
        conn.execute(delete(rejections).where(rejections.c.origin == origin,
                                              rejections.c.line == (line or 0)))

    def _place_signature(self, conn: Connection, doc: Document) -> list[str]:
        """Near-duplicates across runs: a document that nearly duplicates a stored preferred copy becomes its
        near-duplicate (no events); one preferred to stored copies supersedes them (their ids returned)."""
        from warscribe import signatures

        if self.near_duplicate_threshold is None or doc.status != PROCESSED:
            signatures.forget(conn, [doc.id])
            return []
        verdict = signatures.place(conn, doc, self.near_duplicate_threshold)
        if verdict.duplicate_of is not None:
            doc.status, doc.reason = SKIPPED, f"near-duplicate of {verdict.duplicate_of}"
            doc.duplicate_of, doc.events = verdict.duplicate_of, []
        return verdict.superseded

    def _relink(self, conn: Connection, doc_ids: list[str]) -> None:
        from warscribe import canonical

        for doc_id in dict.fromkeys(doc_ids):
            canonical.relink_document(conn, doc_id)

    def relink(self) -> dict[str, int]:
        """Link every stored event into canonical events again from nothing (the result is the same as the
        linking done at ingest, whatever the order of the runs); returns the canonical counts."""
        from warscribe import canonical

        def run() -> dict[str, int]:
            with writer(self.engine).begin() as conn:
                canonical.rebuild(conn)
                return canonical.counts(conn)

        return retry_busy(run)

    def _mark_near_duplicate(self, conn: Connection, doc_id: str, preferred: str, reason: str = "") -> None:
        """A document stored earlier is now a near-duplicate (or a copy) of a preferred copy: it keeps no
        events."""
        from warscribe import signatures

        signatures.forget(conn, [doc_id])
        self._delete_events(conn, doc_id)
        conn.execute(update(documents).where(documents.c.id == doc_id, documents.c.status == PROCESSED)
                     .values(status="skipped", reason=reason or f"near-duplicate of {preferred}",
                             duplicate_of=preferred))
        # Its own near-duplicates and copies now point at the preferred copy too, as if it had come first.
        for before, after in ((f"near-duplicate of {doc_id}", f"near-duplicate of {preferred}"),
                              (f"same text as document {doc_id}", f"same text as document {preferred}")):
            conn.execute(update(documents).where(documents.c.duplicate_of == doc_id, documents.c.reason == before)
                         .values(reason=after, duplicate_of=preferred))

    def _delete_events(self, conn: Connection, doc_id: str) -> None:
        event_pks = select(events.c.pk).where(events.c.doc_id == doc_id).scalar_subquery()
        conn.execute(delete(evidence).where(evidence.c.event_pk.in_(event_pks)))
        conn.execute(delete(events).where(events.c.doc_id == doc_id))

    def _delete_document(self, conn: Connection, doc_id: str) -> None:
        event_pks = select(events.c.pk).where(events.c.doc_id == doc_id).scalar_subquery()
        conn.execute(delete(evidence).where(evidence.c.event_pk.in_(event_pks)))
        conn.execute(delete(events).where(events.c.doc_id == doc_id))
        conn.execute(delete(documents).where(documents.c.id == doc_id))

    def _insert_event(self, conn: Connection, doc_id: str, seq: int, ev: Event) -> None:
        self._insert_events(conn, doc_id, [ev], first_seq=seq)

    def _insert_events(self, conn: Connection, doc_id: str, evs: Sequence[Event], first_seq: int = 0) -> None:
        """A document's events and their evidence in two statements (one INSERT ... RETURNING of every event,
        one of every span), not two per event: the cost of a save on a large ingest."""
        if not evs:
            return
        rows = []
        for seq, ev in enumerate(evs, start=first_seq):
            values = {name: getattr(ev, name) for name in _EVENT_FIELDS}
            for name in _LIST_FIELDS:
                values[name] = json.dumps(list(values[name] or []), ensure_ascii=False)
            values.update(doc_id=doc_id, seq=seq, event_id=ev.event_id or f"{doc_id}-{seq + 1}")
            rows.append(values)
        stmt = insert(events).returning(events.c.pk, sort_by_parameter_order=True)
        pks = list(conn.execute(stmt, rows).scalars()) if len(rows) > 1 else \
            [conn.execute(insert(events), rows[0]).inserted_primary_key[0]]
        spans = [{"event_pk": pk, **asdict(e)} for pk, ev in zip(pks, evs, strict=True) for e in ev.evidence]
        if spans:
            conn.execute(insert(evidence), spans)

    # --- reading -------------------------------------------------------------------------------------

    def events(self, *, since: str | None = None, until: str | None = None,
               event_type: Terms = None, actor: Terms = None, admin1: Terms = None, query: Terms = None,
               country: Terms = None, location: Terms = None, doc_id: str | None = None,
               include_duplicates: bool = True, limit: int | None = None, sort: str = "date") -> list[Event]:
        """Events matching every filter given, ordered by `sort` (see SORTS).

        Each filter takes one value or several; several values of one filter match any of them.
        since/until: YYYY-MM-DD bounds, inclusive (events without a full date are left out when one is
        given); event_type: an event type or sub-event type, any case; actor: a part of actor1, actor2 or an
        associated actor's name; admin1, country, location: the name, any case; query: a part of the notes,
        location, admin names or actors. Values are matched, never their JSON encoding.
        """
        with self.engine.connect() as conn:
            cheap, costly = self._conditions(conn, since=since, until=until, event_type=event_type, actor=actor,
                                             admin1=admin1, query=query, country=country, location=location,
                                             doc_id=doc_id)
            conds = cheap + costly
            if not include_duplicates:
                conds.append(_not_a_duplicate(conn.dialect.name))
            stmt = select(events).where(*conds).order_by(*_order(sort, dated=bool(since or until))).limit(limit)
            rows = conn.execute(stmt).mappings().all()
            spans = _evidence_for(conn, [r["pk"] for r in rows])
        return [event_from_row(row, spans.get(row["pk"], [])) for row in rows]

    def canonical_events(self, *, since: str | None = None, until: str | None = None,
                         event_type: Terms = None, actor: Terms = None, admin1: Terms = None, query: Terms = None,
                         country: Terms = None, location: Terms = None, doc_id: str | None = None,
                         limit: int | None = None, sort: str = "date") -> list[Event]:
        """Canonical events (warscribe.canonical.CanonicalEvent: one per event, every outlet that told it)
        matching every filter, ordered by `sort`. The event's own fields are matched as the canonical event
        gives them (what is listed: since/until, type, admin1, country, location; one value per event, so
        that consecutive date ranges never list an event twice); actor, query and doc_id match any of its
        reports (every outlet's names and words). The actor filter reads canonical_actors (the names of every
        report, the canonical event's date)."""
        from warscribe import canonical

        with self.engine.connect() as conn:
            fields = self._field_conditions(conn, canonical_events, since=since, until=until,
                                            event_type=event_type, admin1=admin1, country=country,
                                            location=location)
            picked = None
            terms = filter_terms(actor)
            if terms:
                picked, held = _canonical_actor_is(conn, terms, since, until)
                fields.extend([] if held is None else [held])
            cheap, costly = self._report_conditions(conn, actor=None, query=query, doc_id=doc_id)
            return list(canonical.read(conn, cheap + costly, sort=sort, limit=limit, few=_few(conn, cheap, costly),
                                       canonical_conditions=fields, dated=bool(since or until), picked=picked))

    def _conditions(self, conn: Connection, *, since: str | None = None, until: str | None = None,
                    event_type: Terms, actor: Terms, admin1: Terms, query: Terms, country: Terms, location: Terms,
                    doc_id: str | None) -> tuple[list, list]:
        """The WHERE conditions on the events table of the filters of `events`: (those an index answers, those
        checked one event at a time: parts of names or text found in many events)."""
        fields = self._field_conditions(conn, events, since=since, until=until, event_type=event_type,
                                        admin1=admin1, country=country, location=location)
        cheap, costly = self._report_conditions(conn, actor=actor, query=query, doc_id=doc_id, since=since,
                                                until=until)
        return fields + cheap, costly

    def _field_conditions(self, conn: Connection, table: Table, *, since: str | None, until: str | None,
                          event_type: Terms, admin1: Terms, country: Terms, location: Terms) -> list:
        """The conditions of the date, type and place filters on `table` (events or canonical_events)."""
        conds = _date_conditions(table.c.event_date, since, until)
        for values, match in ((event_type, lambda t: _type_is(conn, table, t)),
                              (admin1, _column_is(table, "admin1")), (country, _column_is(table, "country")),
                              (location, _column_is(table, "location"))):
            terms = filter_terms(values)
            if terms:
                conds.append(or_(*(match(t) for t in terms)))
        return conds

    def _report_conditions(self, conn: Connection, *, actor: Terms, query: Terms, doc_id: str | None,
                           since: str | None = None, until: str | None = None) -> tuple[list, list]:
        """The conditions on the events table of the actor, text and document filters: (those an index
        answers, those checked one event at a time: parts of names or text found in many events).
        since/until: the reports' own dates are filtered too (not a canonical event's), so that an actor's
        events are read within them."""
        cheap: list = [events.c.doc_id == doc_id] if doc_id else []
        costly: list = []
        for values, match in ((actor, lambda t: _actor_is(conn, t, since, until)),
                              (query, lambda t: self._text_is(conn, t))):
            terms = filter_terms(values)
            if terms:
                matches = [match(t) for t in terms]
                (costly if any(slow for _, slow in matches) else cheap).append(or_(*(m for m, _ in matches)))
        return cheap, costly

    def _text_is(self, conn: Connection, term: str) -> tuple[Any, bool]:
        """A part of the notes, location, admin names or actors (any case), and whether it is checked one event
        at a time. The trigram index of SEARCH_TEXT (which holds all these columns) gives the candidates, read
        once: when fewer than COMMON_TERM_ROWS match, the condition is their keys; a common term's matches are
        many, and checking the events in order until a page is full costs less than reading them all."""
        dialect, indexed = self._search
        exact = _contains_in(TEXT_COLUMNS, LIST_COLUMNS, dialect)(term)
        if not indexed or len(term) < MIN_SEARCH_CHARS or '"' in term or "\\" in term:
            return exact, True  # too short for trigrams; or quotes and backslashes, which JSON escapes in lists
        found = _matching_keys(conn, and_(_search_candidates(term, dialect, conn), exact), COMMON_TERM_ROWS)
        return (exact, True) if found is None else (_key_in(found), False)

    def input_hashes(self, doc_ids: Sequence[str]) -> dict[str, str]:
        """The stored input hash of each of these documents that has one (see warscribe.incremental)."""
        out: dict[str, str] = {}
        with self.engine.connect() as conn:
            for chunk in in_chunks(doc_ids):
                stmt = select(documents.c.id, documents.c.input_hash).where(
                    documents.c.id.in_(chunk), documents.c.input_hash.is_not(None))
                out.update((r.id, r.input_hash) for r in conn.execute(stmt))
        return out

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
            out["canonical_events"] = conn.execute(select(func.count()).select_from(canonical_events)).scalar() or 0
        return out


Terms = str | Sequence[str] | None




def filter_terms(values: Terms) -> list[str]:
    """The distinct, checked values of a filter given as one value or several."""
    if values is None:
        return []
    items = [values] if isinstance(values, str) else list(values)
    return list(dict.fromkeys(check_filter(v) for v in items))


def _type_is(conn: Connection, table: Table, term: str):
    """An event type or a sub-event type: only the columns that hold the value somewhere (an index lookup
    each), so that one index gives the matches in date order instead of the union of two being sorted."""
    wanted = term.lower()
    conds = [func.lower(table.c[name]) == wanted for name in ("event_type", "sub_event_type")]
    held = [cond for cond in conds if conn.execute(select(literal(1)).where(cond).limit(1)).first() is not None]
    return or_(*held) if held else conds[0]


def _actor_is(conn: Connection, term: str, since: str | None = None, until: str | None = None) -> tuple[Any, bool]:
    """A part of actor1, actor2 or an associated actor's name (any case), and whether it is checked one event
    at a time. The names that hold it come from actor_names, their events from event_actors: when fewer than
    KEY_ROWS, the condition is their keys; when more, each event is looked up in event_actors as it
    comes (checking the events in order until a page is full costs less than reading and sorting them all).
    since/until: only the events of those dates are wanted (the caller filters the dates as well): read from
    the (name, date) index, a common actor's events of a few months are few."""
    _, holders = _naming(event_actors, event_actors.c.event_pk, _names_holding(conn, [term]), since, until)
    if _many(conn, holders):
        return exists(holders.where(event_actors.c.event_pk == events.c.pk)), True
    return _key_in(list(conn.execute(holders).scalars())), False


def _canonical_actor_is(conn: Connection, terms: Sequence[str], since: str | None = None,
                        until: str | None = None) -> tuple[Any, Any]:
    """Canonical events with a report naming an actor of which any term is a part (any case): (the query of
    their ids, to be read first) when fewer than KEY_ROWS, else (None, a condition on canonical_events checked
    as they are walked in order). The names come from actor_names, the events from canonical_actors;
    since/until narrow the (name, date) index range to the canonical events of those dates (the caller
    filters the dates)."""
    names = _names_holding(conn, terms)
    if not names:
        return None, false()
    named, holders = _naming(canonical_actors, canonical_actors.c.canonical_id, names, since, until)
    if not _many(conn, holders):
        return holders, None
    return None, exists(select(literal(1)).where(canonical_actors.c.canonical_id == canonical_events.c.id, named))


def _names_holding(conn: Connection, terms: Sequence[str]) -> list[str]:
    """The stored actor names (actor_names) of which any term is a part, any case."""
    return sorted({name for term in terms for name in conn.execute(select(actor_names.c.name).where(
        actor_names.c.name.icontains(term, autoescape=True))).scalars()})


def _naming(table: Table, key: Any, names: list[str], since: str | None, until: str | None) -> tuple[Any, Any]:
    """Of a (name, event_date) table (event_actors, canonical_actors): the condition naming one of `names`, and
    the query of the keys of its rows that do so within the dates (its (name, date) index range)."""
    # The names as values, not a subquery: PostgreSQL's statistics of the name then tell a name in thousands of
    # rows from one in a few, and it plans accordingly.
    named = table.c.name.in_(bindparam(None, names, expanding=True, literal_execute=True))
    return named, select(key).where(named, *([table.c.event_date >= since] if since else []),
                                    *([table.c.event_date <= until] if until else []))


def _many(conn: Connection, query: Any) -> bool:
    """Whether a query gives KEY_ROWS rows or more (counted no further)."""
    return (conn.execute(select(func.count()).select_from(query.limit(KEY_ROWS).subquery())).scalar() or 0) \
        >= KEY_ROWS


def _matching_keys(conn: Connection, cond: Any, most: int) -> list[int] | None:
    """The keys of the events matching `cond`, or None when there are `most` or more."""
    found = list(conn.execute(select(events.c.pk).where(cond).limit(most)).scalars())
    return None if len(found) >= most else found


def _key_in(keys: list[int]) -> Any:
    """events.pk IN (keys), the keys written into the statement (integers read from the database): no cap
    on bound parameters applies, and the planner sees how few they are. Written here, not by SQLAlchemy's
    literal rendering, which costs tens of milliseconds for the thousands of keys of a common actor."""
    if not keys:
        return false()
    return sql(f"events.pk IN ({','.join(str(int(key)) for key in keys)})")


def _not_a_duplicate(dialect: str) -> Any:
    """Reports linked to no earlier one. SQLite: written so that no index is used for it (most reports are no
    one's duplicate, and reading them through ix_events_duplicate_of would sort them all instead of walking
    the date order); PostgreSQL's statistics know how many are null and it plans well with the plain form."""
    if dialect == "sqlite":
        return func.coalesce(events.c.duplicate_of, literal_column("''")) == literal_column("''")
    return events.c.duplicate_of.is_(None)


def _date_conditions(column: Any, since: str | None, until: str | None) -> list:
    """Dated events (a full date) within since/until, inclusive. The undated ranks of the order indexes are
    then known (false): said so, an index gives the range in order (`_order(dated=True)`)."""
    if not (since or until):
        return []
    undated = (column.is_(None), column.like(literal_column("'--%'")))
    conds = [*(rank == false() for rank in undated), column.like("____-__-__")]
    if since:
        conds.append(column >= since)
    if until:
        conds.append(column <= until)
    return conds


def _few(conn: Connection, cheap: list, costly: list) -> bool:
    """Whether fewer than KEY_ROWS events match the conditions (the matches are best read first, then
    sorted) rather than many (best checked one by one in the order listed). Conditions that match parts of
    names or text one event at a time (`_contains_in`, chosen for terms found in many events) are left out
    of the count: it would read the table; the count is then an upper bound."""
    if not cheap:
        return False  # none (a walk in order), or only costly ones: each holds in many events
    matching = select(literal(1)).select_from(events).where(*cheap).limit(KEY_ROWS).subquery()
    return (conn.execute(select(func.count()).select_from(matching)).scalar() or 0) < KEY_ROWS


def _column_is(table: Table, name: str):
    return lambda term: func.lower(table.c[name]) == term.lower()


def json_items(column: Any, dialect: str) -> Any:
    """The elements of a JSON-list text column as a table with one `value` column, in the dialect's words."""
    if dialect == "postgresql":
        return func.json_array_elements_text(cast(column, JSON)).table_valued("value")
    return func.json_each(column).table_valued("value")


def _contains_in(columns: Sequence[str], list_columns: Sequence[str], dialect: str = "sqlite"):
    """A match of `term` inside any of the text columns, or inside any element of the JSON-list columns."""
    def match(term: str):
        conds = [events.c[name].icontains(term, autoescape=True) for name in columns]
        for name in list_columns:
            item = json_items(events.c[name], dialect).alias()
            conds.append(exists(select(item.c.value).where(item.c.value.icontains(term, autoescape=True))))
        return or_(*conds)
    return match


def _fts_string(text: str) -> str:
    """One FTS5 string: the text as a substring, whatever its characters."""
    return '"' + text.replace('"', '""') + '"'


def _search_rowids(query: str):
    """SQLite: the event keys that an FTS5 query (`_fts_query`) finds in the trigram table."""
    return select(literal_column("rowid")).select_from(sql("events_search")).where(
        literal_column("events_search").op("MATCH")(query))


def _fts_query(conn: Connection, term: str) -> str:
    """SQLite: the FTS5 query for the candidates of `term`. The phrase reads the list of every trigram of the
    term, and a common one ("pla" of "Place 1234") lists most events; its few rarest trigrams (each counted up
    to KEY_ROWS) list a superset of the matches at a fraction of the cost (the exact match then
    checks them). ASCII only: the trigrams are lower-cased here as the index folds them."""
    grams = list(dict.fromkeys(term.lower()[at:at + 3] for at in range(len(term) - 2)))
    if not term.isascii() or len(grams) <= RARE_TRIGRAMS:
        return _fts_string(term)
    counted = []
    for gram in grams:
        rows = _search_rowids(_fts_string(gram)).limit(KEY_ROWS).subquery()
        counted.append((conn.execute(select(func.count()).select_from(rows)).scalar() or 0, gram))
    rare = sorted(pair for pair in counted if pair[0] < KEY_ROWS)[:RARE_TRIGRAMS]
    if not rare:
        return _fts_string(term)  # every trigram is common: the phrase (if the term is rare, few rows have it)
    return " AND ".join(_fts_string(gram) for _, gram in rare)


_PG_GRAM_QUERY = sql(
    "SELECT u.gram, u.share, c.reltuples FROM pg_stats_ext_exprs s "
    "JOIN pg_class c ON c.oid = to_regclass('events') "
    "CROSS JOIN LATERAL unnest(CAST(CAST(s.most_common_elems AS text) AS text[]), s.most_common_elem_freqs) "
    "AS u (gram, share) "
    "WHERE s.statistics_name = :name AND s.statistics_schemaname = current_schema() "
    "AND (u.gram IS NULL OR u.gram = ANY(:grams))").bindparams(name=TRIGRAM_STATISTICS)


def _pg_rare_grams(conn: Connection, term: str) -> list[str] | None:
    """PostgreSQL: the few rarest trigrams of `term` (lower case), or None to look up every one. pg_trgm's GIN
    index reads the list of events of every trigram of a LIKE pattern and intersects them, and a common one
    ("pla" of "Place 1234") lists most events: only the term's 3-letter pieces of letters and digits within a
    word are chosen (`LIKE '%pla%'` looks up that trigram alone, and an event holding the term holds each of
    them, so the candidates are a superset of the matches; the exact match then checks them), the rarest as the
    trigram statistics (migration 8) tell: a trigram they do not list is rarer than those they list, one
    counted in KEY_ROWS events or more is left out. Stale statistics cost speed, never a match; without any
    (a store not analysed yet, an older server) every trigram is read, as before."""
    grams = list(dict.fromkeys(g.lower() for g in (term[at:at + 3] for at in range(len(term) - 2))
                               if g.isascii() and g.isalnum()))
    if not grams or (len(grams) <= RARE_TRIGRAMS and term.isascii() and term.isalnum()):
        return None  # nothing to choose from, or the pattern is no more than these trigrams
    rows = conn.execute(_PG_GRAM_QUERY, {"grams": grams}).all()
    if not rows:
        return None
    total = max(rows[0].reltuples or 0, 0)
    shares = {row.gram: row.share for row in rows if row.gram is not None}
    counted = sorted((shares.get(gram, 0.0) * total, gram) for gram in grams)
    rare = [gram for count, gram in counted if count < KEY_ROWS][:RARE_TRIGRAMS]
    return rare or None


def _search_candidates(term: str, dialect: str, conn: Connection | None = None):
    """Events whose SEARCH_TEXT holds `term` (any case), found through the trigram index (a superset of them
    when `conn` is given to choose the rarest trigrams, see `_fts_query` and `_pg_rare_grams`)."""
    if dialect == "sqlite":
        return events.c.pk.in_(_search_rowids(_fts_query(conn, term) if conn is not None else _fts_string(term)))
    # Columns named with their table: the filter also runs inside joins (canonical events' reports) whose other
    # table has a `location` of its own; PostgreSQL matches the index's expression all the same.
    qualified = literal_column(SEARCH_TEXT.replace("coalesce(", "coalesce(events."))
    rare = _pg_rare_grams(conn, term) if conn is not None else None
    if rare is not None:  # letters and digits: nothing to escape; lower case as the server writes it
        return and_(*(qualified.like(func.lower(literal(f"%{gram}%"))) for gram in rare))
    pattern = "%" + term.replace("/", "//").replace("%", "/%").replace("_", "/_") + "%"
    return qualified.like(func.lower(literal(pattern)), escape="/")


def has_search_index(conn: Connection) -> bool:
    """Whether the database has the trigram index of SEARCH_TEXT (see `_v4_incremental`)."""
    if conn.dialect.name == "sqlite":
        return inspect(conn).has_table("events_search")
    if conn.dialect.name == "postgresql":
        return conn.execute(sql("SELECT 1 FROM pg_indexes WHERE indexname = 'ix_events_search'")).first() is not None
    return False


def _order(sort: str, dated: bool = False) -> tuple:
    """ORDER BY for a sort name: date (oldest first; year-less then undated last), newest, fatalities, id.
    The pattern is a literal, not a parameter: the expressions then match those of `_ORDER_INDEXES`.
    `dated`: the conditions keep dated events only, whose undated ranks are all false: left out, so that
    SQLite sees that a date range read from an order index is already in order."""
    undated: tuple = () if dated else (events.c.event_date.is_(None),
                                       events.c.event_date.like(literal_column("'--%'")))
    then = (events.c.doc_id, events.c.seq)
    if sort == "date":
        return (*undated, events.c.event_date, *then)
    if sort == "newest":
        return (*undated, events.c.event_date.desc(), *then)
    if sort == "fatalities":
        return (events.c.fatalities.desc(), *undated, events.c.event_date, *then)
    if sort == "id":
        return (events.c.event_id, events.c.pk)
    raise ValueError(f"unknown sort {sort!r}; expected one of {', '.join(SORTS)}")


def _document_row(doc: Document) -> dict[str, Any]:
    data = doc.to_dict()
    data.pop("schema_version")
    data["kept"] = json.dumps(data["kept"])
    data.update(origin=doc.origin, ingested_at=_now(), input_hash=doc.input_hash)
    return data


def _document_from_row(row: Any) -> Document:
    data = dict(row)
    data["kept"] = json.loads(data["kept"] or "[]")
    doc = Document.from_dict(data)
    doc.origin = data.get("origin") or ""
    doc.input_hash = data.get("input_hash")
    return doc


def in_chunks(items: Sequence[T]) -> Iterator[Sequence[T]]:
    """`items` in slices small enough for one IN (...): SQLite caps the number of bound parameters."""
    for start in range(0, len(items), IN_CHUNK):
        yield items[start:start + IN_CHUNK]


def _evidence_for(conn: Connection, event_pks: list[int]) -> dict[int, list[Evidence]]:
    out: dict[int, list[Evidence]] = {}
    for chunk in in_chunks(event_pks):
        stmt = select(evidence).where(evidence.c.event_pk.in_(chunk)).order_by(evidence.c.pk)
        for r in conn.execute(stmt):
            out.setdefault(r.event_pk, []).append(Evidence(r.start, r.end, r.text, r.field))
    return out


def event_from_row(row: Any, spans: list[Evidence]) -> Event:
    """An Event from a row of the events table and its evidence spans (built directly: a page of events is
    built at every query, and Event.from_dict looks up the dataclass's fields each time)."""
    data = {name: row[name] for name in _EVENT_FIELDS}
    for name in _LIST_FIELDS:
        data[name] = json.loads(data[name] or "[]")
    return Event(**data, evidence=spans)
