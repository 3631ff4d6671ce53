"""Analysts' decisions on coded events (confirm, reject, correct field by field), stored apart from the machine
output and applied on export."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, select

from warscribe.store import Store, events, reviews, writer

CONFIRMED, REJECTED, CORRECTED = "confirmed", "rejected", "corrected"
DECISIONS = (CONFIRMED, REJECTED, CORRECTED)

# The fields an analyst may correct, and the type each value is stored as.
CORRECTABLE: dict[str, type] = {
    "event_date": str, "event_type": str, "sub_event_type": str, "actor1": str, "actor2": str,
    "country": str, "admin1": str, "admin2": str, "location": str, "latitude": float, "longitude": float,
    "fatalities": int, "claim_status": str, "notes": str,
}


class ReviewError(ValueError):
    """A decision that cannot be stored: unknown event, decision or field, or a value of the wrong type."""


@dataclass
class Review:
    """One decision on one event: who took it, when, and the corrected values (field -> value)."""

    event_id: str
    decision: str
    reviewer: str
    reviewed_at: str
    corrections: dict[str, Any] = field(default_factory=dict)
    note: str | None = None
    machine: dict[str, Any] = field(default_factory=dict)  # the machine's values of CORRECTABLE when reviewed

    def to_dict(self) -> dict[str, Any]:
        return {"event_id": self.event_id, "decision": self.decision, "reviewer": self.reviewer,
                "reviewed_at": self.reviewed_at, "corrections": dict(self.corrections), "note": self.note,
                "machine": dict(self.machine)}

    def changed(self, current: Any) -> list[str]:
        """The fields whose machine value is no longer the one reviewed (a re-ingest coded the event anew).

        `current` is the event now stored (an Event or a row mapping).
        """
        get = current.get if isinstance(current, dict) else lambda name: getattr(current, name, None)
        return [name for name, value in self.machine.items() if get(name) != value]


def coerce(name: str, value: Any) -> Any:
    """A corrected value as its field stores it; '' clears a text field. Raises ReviewError."""
    kind = CORRECTABLE.get(name)
    if kind is None:
        raise ReviewError(f"{name!r} cannot be corrected; correctable fields: {', '.join(CORRECTABLE)}")
    if value is None or (isinstance(value, str) and not value.strip()):
        if kind is str and name != "event_type":
            return None
        raise ReviewError(f"{name} needs a value")
    try:
        result = kind(value.strip() if isinstance(value, str) else value)
    except (TypeError, ValueError):
        raise ReviewError(f"{name}: {value!r} is not a {kind.__name__}") from None
    if name == "fatalities" and result < 0:
        raise ReviewError("fatalities cannot be negative")
    if name == "event_date" and not _is_date(result):
        raise ReviewError(f"event_date: {value!r} is not a YYYY-MM-DD date")
    return result


def _is_date(text: str) -> bool:
    try:
        datetime.strptime(text, "%Y-%m-%d")
    except ValueError:
        return False
    return len(text) == 10


def record(store: Store, event_id: str, decision: str, reviewer: str, corrections: dict[str, Any] | None = None,
           note: str | None = None) -> Review:
    """Store a decision on a stored event; corrections only go with the 'corrected' decision."""
    if decision not in DECISIONS:
        raise ReviewError(f"decision must be one of {', '.join(DECISIONS)}, not {decision!r}")
    fixed = {name: coerce(name, value) for name, value in (corrections or {}).items()}
    if decision == CORRECTED and not fixed:
        raise ReviewError("a correction needs at least one corrected field")
    if decision != CORRECTED and fixed:
        raise ReviewError(f"a {decision} event takes no corrections")
    if not reviewer.strip():
        raise ReviewError("a decision needs the reviewer's name")
    review = Review(event_id, decision, reviewer.strip(), datetime.now(UTC).isoformat(timespec="seconds"), fixed,
                    (note or "").strip() or None)
    with writer(store.engine).begin() as conn:
        row = conn.execute(select(*(events.c[name] for name in CORRECTABLE)).where(events.c.event_id == event_id)
                           .order_by(events.c.pk).limit(1)).mappings().first()
        if row is None:
            raise ReviewError(f"no event {event_id!r}")
        review.machine = dict(row)
        conn.execute(insert(reviews).values(event_id=event_id, decision=decision, reviewer=review.reviewer,
                                            corrections=json.dumps(fixed, ensure_ascii=False),
                                            note=review.note, reviewed_at=review.reviewed_at,
                                            machine=json.dumps(review.machine, ensure_ascii=False)))
    return review


def _review(row: Any) -> Review:
    return Review(row.event_id, row.decision, row.reviewer, row.reviewed_at, json.loads(row.corrections or "{}"),
                  row.note, json.loads(row.machine or "{}"))


def history(store: Store, event_id: str) -> list[Review]:
    """Every decision on one event, oldest first."""
    stmt = select(reviews).where(reviews.c.event_id == event_id).order_by(reviews.c.pk)
    with store.engine.connect() as conn:
        return [_review(r) for r in conn.execute(stmt)]


def latest(store: Store, event_ids: list[str] | None = None) -> dict[str, Review]:
    """The latest decision per event (all events, or those given)."""
    newest = select(func.max(reviews.c.pk)).group_by(reviews.c.event_id)
    stmt = select(reviews).where(reviews.c.pk.in_(newest))
    out: dict[str, Review] = {}
    with store.engine.connect() as conn:
        if event_ids is None:
            return {r.event_id: _review(r) for r in conn.execute(stmt)}
        for start in range(0, len(event_ids), 500):  # SQLite caps the number of bound parameters
            chunk = event_ids[start:start + 500]
            out.update({r.event_id: _review(r) for r in conn.execute(stmt.where(reviews.c.event_id.in_(chunk)))})
    return out
