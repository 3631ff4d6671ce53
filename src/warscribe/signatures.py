"""Near-duplicate documents across runs: the MinHash signature of each preferred copy kept in the store, with
its LSH bands, so that a copy ingested in a later run is found as the pipeline finds one within a run."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import Connection, delete, insert, select

from warscribe.cleaning.dedup import NUM_PERM, band_keys, band_shape, preference, signature
from warscribe.model import Document
from warscribe.store import document_signatures, signature_bands


@dataclass
class StoredVerdict:
    """The stored copy `doc` nearly duplicates (None: doc is the preferred copy) and the stored copies it now
    replaces."""

    duplicate_of: str | None = None
    superseded: list[str] = field(default_factory=list)


def place(conn: Connection, doc: Document, threshold: float) -> StoredVerdict:
    """Compare `doc` with the stored signatures: when a stored copy is preferred (earliest published, then
    smallest id) `doc` is its near-duplicate; otherwise doc's signature is stored and the copies it matches
    are superseded (their signatures removed)."""
    minhash = signature(doc.kept_text() if doc.kept else doc.text)
    if minhash is None:
        return StoredVerdict()
    bands, rows = band_shape(threshold)
    hashes = minhash.hashvalues.astype(np.uint32)
    keys = band_keys(hashes, bands, rows)
    hits = _similar(conn, doc.id, hashes, keys, threshold)
    mine = preference(doc)
    best = min(hits, default=None)
    if best is not None and best < mine:
        return StoredVerdict(duplicate_of=best[1])
    superseded = [other for _, other in hits]
    forget(conn, [*superseded, doc.id])
    conn.execute(insert(document_signatures).values(doc_id=doc.id, published=mine[0], hashes=hashes.tobytes()))
    conn.execute(insert(signature_bands), [{"band": b, "key": k, "doc_id": doc.id} for b, k in keys])
    return StoredVerdict(superseded=superseded)


def forget(conn: Connection, doc_ids: list[str]) -> None:
    """Drop the signatures of documents that are no longer a preferred copy (or are stored anew)."""
    for doc_id in doc_ids:
        conn.execute(delete(signature_bands).where(signature_bands.c.doc_id == doc_id))
        conn.execute(delete(document_signatures).where(document_signatures.c.doc_id == doc_id))


def _similar(conn: Connection, doc_id: str, hashes: np.ndarray, keys: list[tuple[int, int]],
             threshold: float) -> list[tuple[str, str]]:
    """(published, id) of the stored copies whose estimated Jaccard similarity reaches the threshold."""
    found: set[str] = set()
    for band, key in keys:
        stmt = select(signature_bands.c.doc_id).where(signature_bands.c.band == band, signature_bands.c.key == key)
        found.update(conn.execute(stmt).scalars())
    found.discard(doc_id)
    hits = []
    for other in sorted(found):
        row = conn.execute(select(document_signatures.c.published, document_signatures.c.hashes)
                           .where(document_signatures.c.doc_id == other)).first()
        if row is None:
            continue
        agree = np.count_nonzero(np.frombuffer(row.hashes, dtype=np.uint32) == hashes) / NUM_PERM
        if agree >= threshold:
            hits.append((row.published, other))
    return hits
