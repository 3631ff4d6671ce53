"""Finds near-duplicate documents (syndicated copies, reposts) by MinHash LSH over kept-text shingles."""

from __future__ import annotations

import re

from datasketch import LeanMinHash, MinHash, MinHashLSH

from warscribe.model import SKIPPED, Document

_WORD = re.compile(r"\w+")
SHINGLE_WORDS = 3
NUM_PERM = 256
CANDIDATE_SLACK = 0.2


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """The set of `size`-word shingles of `text` (lower case, punctuation ignored)."""
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + size]).encode() for i in range(len(words) - size + 1)}


def signature(text: str) -> MinHash | None:
    """The MinHash of a text's shingles, or None for a text without words."""
    grams = shingles(text)
    if not grams:
        return None
    minhash = MinHash(num_perm=NUM_PERM)
    minhash.update_batch(list(grams))
    return minhash


class NearDuplicateIndex:
    """Remembers the documents seen so far and links each near-duplicate to the first copy."""

    def __init__(self, threshold: float = 0.8) -> None:
        if not 0.0 < threshold < 1.0:
            raise ValueError(f"near-duplicate threshold must be between 0 and 1, got {threshold}")
        self.threshold = threshold
        # LSH banding misses some pairs just above its threshold: ask it for looser candidates and let
        # the estimated similarity decide.
        self._lsh = MinHashLSH(threshold=max(0.05, threshold - CANDIDATE_SLACK), num_perm=NUM_PERM)
        self._signatures: dict[str, MinHash] = {}
        self._order: dict[str, int] = {}

    def _first_copy(self, doc_id: str, minhash: MinHash) -> str | None:
        # LSH only proposes candidates; the estimated Jaccard similarity decides.
        hits = [key for key in self._lsh.query(minhash)
                if key != doc_id and self._signatures[key].jaccard(minhash) >= self.threshold]
        return min(hits, key=self._order.__getitem__) if hits else None

    def check(self, doc: Document, minhash: MinHash | LeanMinHash | None = None) -> str | None:
        """The id of the earlier copy `doc` nearly duplicates (and mark doc skipped), or None. `minhash`: the
        document's signature when already computed (by a cluster worker, say)."""
        if minhash is None:
            minhash = signature(doc.kept_text() if doc.kept else doc.text)
        if minhash is None:
            return None
        first = self._first_copy(doc.id, minhash)
        if first is not None:
            doc.duplicate_of, doc.status, doc.reason = first, SKIPPED, f"near-duplicate of {first}"
            return first
        if doc.id not in self._signatures:
            self._lsh.insert(doc.id, minhash)
            self._signatures[doc.id] = minhash
            self._order[doc.id] = len(self._order)
        return None
