"""Finds near-duplicate documents (syndicated copies, reposts) by MinHash LSH over kept-text shingles."""

from __future__ import annotations

import hashlib
import importlib
import importlib.metadata
import importlib.util
import re
import sqlite3
import sys
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from warscribe.model import PROCESSED, SKIPPED, Document

if TYPE_CHECKING:
    from datasketch import MinHash

_WORD = re.compile(r"\w+")
# `_WORD` for an ASCII text's bytes: on ASCII, str's and bytes' \w match the same characters ([A-Za-z0-9_])
_WORD_BYTES = re.compile(rb"\w+")
# Each byte `_WORD_BYTES` reads as a word character kept, every other byte a space: the words of an ASCII text's bytes
# are then its split on white space (the same words as `_WORD_BYTES.findall`, without a regex step per character)
_WORD_OR_SPACE = bytes(c if _WORD_BYTES.fullmatch(bytes((c,))) else 0x20 for c in range(256))


def _sha1_of_bytes() -> Any:
    """The SHA-1 constructor to hash shingles with: CPython's own (`_sha1`) where built, else hashlib's. The digest
    is SHA-1's either way; OpenSSL's costs some 2,000 instructions more per shingle (an EVP context made and copied
    for each short input), about a percent of a document's coding."""
    try:
        return importlib.import_module("_sha1").sha1
    except (ImportError, AttributeError):
        return hashlib.sha1


_SHA1 = _sha1_of_bytes()
# The digest method of the SHA-1 objects, called on each one as a function: an `operator.methodcaller("digest")` looks
# the method up on every object it is given (a bound method made and freed per shingle, a sixth of a shingle's cost)
_DIGEST = type(_SHA1(b"")).digest
SHINGLE_WORDS = 3
NUM_PERM = 256
CANDIDATE_SLACK = 0.2
_UNDATED = "9999-99-99"  # documents without a publication date rank after dated ones


@cache
def _datasketch(submodule: str) -> ModuleType:
    """`datasketch.<submodule>` (minhash, lean_minhash), imported without running the package's `__init__` first
    where nothing has imported datasketch yet: that `__init__` imports every sketch the library has, its LSH
    among them, which imports scipy.integrate (about 1 s of CPU, a tenth of a 400-document run) only to choose
    band parameters that `band_shape` keeps in the cache folder. The package then stands in `sys.modules`
    unexecuted and runs its `__init__` on the first name asked of it (`from datasketch import X`), as the
    import system would have at once: the same modules, the same classes."""
    if "datasketch" not in sys.modules:
        spec = importlib.util.find_spec("datasketch")
        if spec is not None and spec.loader is not None and spec.submodule_search_locations is not None:
            sys.modules["datasketch"] = _deferred_package(spec)
    return importlib.import_module(f"datasketch.{submodule}")


def _deferred_package(spec: Any) -> ModuleType:
    """The package of `spec`, its `__init__` run when a name it does not have yet is first asked of it."""
    package = importlib.util.module_from_spec(spec)

    def complete(name: str) -> object:
        if package.__dict__.pop("__getattr__", None) is None:  # already run: the name is missing indeed
            raise AttributeError(f"module {spec.name!r} has no attribute {name!r}")
        spec.loader.exec_module(package)
        return getattr(package, name)

    package.__getattr__ = complete  # type: ignore[attr-defined, method-assign]
    return package


def _ascii_shingles(lowered: str) -> Iterator[bytes] | None:
    """The 3-word shingles of a lower-case ASCII text, in its order, its words read as bytes and each shingle joined
    as bytes (no str made and encoded per shingle); None for a text not ASCII or of three words or fewer."""
    if not lowered.isascii():
        return None
    raw = lowered.encode().translate(_WORD_OR_SPACE).split()
    return map(b" ".join, zip(raw, raw[1:], raw[2:], strict=False)) if len(raw) > 3 else None


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """The set of `size`-word shingles of `text` (lower case, punctuation ignored)."""
    lowered = text.lower()
    if size == 3 and (run := _ascii_shingles(lowered)) is not None:  # most texts
        return set(run)
    words = _WORD.findall(lowered)
    if len(words) <= size:
        return {" ".join(words).encode()} if words else set()
    if size == 3:  # the usual size: its words zipped and joined by `map` (no Python call per shingle)
        return set(map(str.encode, map(" ".join, zip(words, words[1:], words[2:], strict=False))))
    return {" ".join(words[i:i + size]).encode() for i in range(len(words) - size + 1)}


def shingle_run(text: str) -> list[bytes]:
    """`shingles(text)` as a list in the text's order, a shingle told twice listed twice: what a signature reads
    of them, the least hash of each permutation, is the same over a repeat, and most texts repeat few shingles
    (a set of them costs more to build than the repeats cost to hash)."""
    run = _ascii_shingles(text.lower()) if SHINGLE_WORDS == 3 else None
    return list(run) if run is not None else list(shingles(text))


def signature(text: str) -> MinHash | None:
    """The MinHash of a text's shingles, or None for a text without words."""
    grams = shingles(text)
    if not grams:
        return None
    minhash = _empty().copy()
    _update(minhash, grams)
    return minhash


def _hash_values(text: str) -> np.ndarray | None:
    """`signature(text).hashvalues`, without a MinHash made for the text where `_update` reads the shingles
    itself (a copy of the template costs as much as hashing a short text's shingles)."""
    grams = shingle_run(text)
    if not grams:
        return None
    empty = _empty()
    if not _own_update(empty):
        return signature(text).hashvalues  # type: ignore[union-attr]
    return np.minimum(empty.hashvalues, _permuted_min(empty, grams))


def _own_update(minhash: MinHash) -> bool:
    """Whether `_update` reads shingles into this MinHash itself: datasketch's default hash and scheme."""
    return _affine32_mix() is not None and getattr(minhash, "scheme", None) == "affine32" \
        and getattr(minhash, "_gpu_mode", None) == "disable" \
        and getattr(minhash.hashfunc, "__name__", None) == "sha1_hash32"


def _permuted_min(minhash: MinHash, grams: Collection[bytes]) -> np.ndarray:
    """The least permuted hash of the shingles for each permutation of `minhash` (see `_update`)."""
    # a digest is five 4-byte words: the first of each is the hash
    digests = map(_DIGEST, map(_SHA1, grams))  # no Python call per shingle
    hv = np.frombuffer(b"".join(digests), dtype="<u4")[::5].astype(np.uint32)
    a, b = minhash.permutations
    # (the shingles' hashes pre-mixed before they are spread over the permutations, b added in place: the values of
    # datasketch's `_fmix(hv) * a + b`, one shingles-by-permutations array fewer)
    phv = _affine32_mix()(hv, 32).reshape(-1, 1) * a
    phv += b
    return phv.min(axis=0)


def _update(minhash: MinHash, grams: set[bytes]) -> None:
    """`minhash.update_batch(list(grams))` under datasketch's default hash (SHA-1, its first four bytes read as a
    little-endian integer) and permutation scheme: the digests joined and read as one array, instead of one
    Python call per shingle; any other MinHash is updated by datasketch itself."""
    if not _own_update(minhash):
        minhash.update_batch(list(grams))
        return
    minhash.hashvalues = np.minimum(minhash.hashvalues, _permuted_min(minhash, grams))


@cache
def _affine32_mix():
    """datasketch's pre-mix of the affine32 scheme (datasketch 2), or None where it has another."""
    try:
        return _datasketch("minhash")._fmix
    except (ImportError, AttributeError):
        return None


def document_signature(doc: Document) -> MinHash | None:
    """The signature `NearDuplicateIndex.place` reads for a document, lean (without the permutations: small to
    send back from a worker process, which computes it so that the process placing documents need not), or
    None for a document that is not placed or has no words."""
    if doc.status != PROCESSED:
        return None
    minhash = signature(doc.kept_text() if doc.kept else doc.text)
    if minhash is None:
        return None
    return lean_signature_type()(minhash)


def lean_signature_type() -> type:
    """datasketch's LeanMinHash, the type of `document_signature`: loaded (without scipy, see `_datasketch`)
    by a process before it unpickles workers' signatures, which would otherwise import the whole package."""
    return _datasketch("lean_minhash").LeanMinHash


class Signed(NamedTuple):
    """A document's signature as a worker process sends it back (`signed`): the hash values `place` reads, as
    unsigned 32-bit integers' bytes, and the LSH key of each band of them for the index's band shape (`shape`):
    the process that places the documents in order then unpickles no MinHash and works out no band keys."""

    hashes: bytes
    shape: tuple[int, int]
    keys: tuple[int, ...]  # band b's key is keys[b]

    def values(self) -> np.ndarray:
        return np.frombuffer(self.hashes, dtype=np.uint32)


def signed(doc: Document, threshold: float) -> Signed | None:
    """What `NearDuplicateIndex(threshold).place` reads of a document, worked out by a worker process (the hash
    values of its kept text, and their band keys), or None for a document that is not placed or has no words."""
    if doc.status != PROCESSED:
        return None
    hashes = _hashes(doc.kept_text() if doc.kept else doc.text, None)
    if hashes is None:
        return None
    shape = band_shape(threshold)
    return Signed(hashes.tobytes(), shape, tuple(_key_values(hashes, *shape)))


@cache
def band_shape(threshold: float) -> tuple[int, int]:
    """(bands, rows per band) of the LSH for a similarity threshold: kept in the cache folder, since finding it
    takes a few thousand numeric integrals (a fresh process's every first document had paid for them)."""
    from warscribe import prebuilt

    def build() -> tuple[int, int]:
        from datasketch.lsh import _optimal_param  # datasketch brings scipy: loaded when a comparison needs it

        bands, rows = _optimal_param(max(0.05, threshold - CANDIDATE_SLACK), NUM_PERM, 0.5, 0.5)
        return int(bands), int(rows)

    return prebuilt.load_or_build("lsh-bands", [Path(__file__)], build, repr(threshold),
                                  _datasketch_version())


def _datasketch_version() -> str:
    """datasketch's `__version__`, read as its `__init__` reads it (without running that `__init__`)."""
    try:
        return importlib.metadata.version("datasketch")
    except importlib.metadata.PackageNotFoundError:
        return "0.0.0"


def band_keys(hashes: np.ndarray, bands: int, rows: int) -> list[tuple[int, int]]:
    """The LSH key of each band of a signature: documents sharing a key in some band are candidates."""
    return list(enumerate(_key_values(hashes, bands, rows)))


def _key_values(hashes: np.ndarray, bands: int, rows: int) -> list[int]:
    """`band_keys` without the band numbers: band b's key is the b-th (what the index binds to its statements,
    whose band numbers are written in them)."""
    # the bytes of the whole signature read once, each band's cut from them (what the band's own array slice gives
    # as bytes: the signature is one contiguous array), not an array slice made per band; the digests joined and
    # read as big-endian signed integers by one array, not one int.from_bytes per band (a `partial` of blake2b
    # mapped over the cuts costs more: it copies its keywords at each call)
    raw, width = np.ascontiguousarray(hashes).tobytes(), rows * hashes.itemsize
    blake2b = hashlib.blake2b
    digests = b"".join([blake2b(raw[at:at + width], digest_size=8).digest() for at in range(0, bands * width, width)])
    return np.frombuffer(digests, dtype=">i8").tolist()


@lru_cache(maxsize=1)
def _empty() -> MinHash:
    """An empty MinHash, copied for each document: its permutations (seeded, so always the same) are drawn
    once rather than for every document."""
    return _datasketch("minhash").MinHash(num_perm=NUM_PERM)


def preference(doc: Document) -> tuple[str, str]:
    """Which copy of a near-duplicate set keeps the events: the earliest published, then the smallest id,
    so that the choice does not depend on the order the copies arrive in."""
    return (doc.published or _UNDATED, doc.id)


def _hashes(text: str, minhash: MinHash | Signed | None) -> np.ndarray | None:
    """The signature's hash values of a text (read from `minhash` where given) as unsigned 32-bit integers, or
    None for a text without words."""
    if isinstance(minhash, Signed):
        return minhash.values()
    values = _hash_values(text) if minhash is None else minhash.hashvalues
    return None if values is None else values.astype(np.uint32)


def _mark_copy(doc: Document, preferred: str) -> None:
    doc.duplicate_of, doc.status, doc.reason = preferred, SKIPPED, f"near-duplicate of {preferred}"


@dataclass
class Verdict:
    """What the index decided for one document: the copy it duplicates (None: it is the preferred copy) and
    the earlier-seen copies it now replaces as the preferred one."""

    duplicate_of: str | None = None
    superseded: list[str] = field(default_factory=list)


@cache
def _band_query(count: int) -> str:
    """The query of the documents stored under any of the keys of bands 0 to `count` - 1 (band b's key bound as
    the b-th parameter: the band numbers are written in the text, not bound), band by band, each band's rows in
    the order they were stored (made once per count, not per document)."""
    where = " OR ".join([f"(band = {band} AND key = ?)" for band in range(count)])
    return f"SELECT doc FROM band WHERE {where} ORDER BY band, rowid"


@cache
def _band_rows(count: int) -> str:
    """An insert of the rows of bands 0 to `count` - 1 in one statement, the document bound once as parameter 1 and
    band b's key as parameter b + 2 (the band numbers written in the text): the rows stored in band order, as one
    `executemany` would store them, but stepped once (an executemany binds, steps and resets the statement for every
    row, and a document has a row per band), with 1 + `count` values bound, not 3 x `count`."""
    return "INSERT INTO band VALUES " + ", ".join([f"({band}, ?{band + 2}, ?1)" for band in range(count)])


class NearDuplicateIndex:
    """Remembers the preferred copy of each group of near-duplicates seen so far.

    The signatures and LSH bands live in a private temporary SQLite file, not in memory, so a run of any
    length keeps a flat memory footprint (about 1.5 KB of disk per document).

    The first document is only remembered until a second one comes: nothing can duplicate it yet, and a run
    of one document (`warscribe extract` of one article) then never loads MinHash and LSH (datasketch, scipy)."""

    def __init__(self, threshold: float = 0.8) -> None:
        if not 0.0 < threshold < 1.0:
            raise ValueError(f"near-duplicate threshold must be between 0 and 1, got {threshold}")
        self.threshold = threshold
        self._first: tuple[str, tuple[str, str], str, MinHash | Signed | None] | None = None  # placed, not indexed
        self._placed = False
        # What `skip_copy` last read of a document: its id and text, the index's version then (`_changes`), its
        # hashes, their band keys (band b's the b-th) and the copies found; `place` reads them, not the text and the
        # index again
        self._read: tuple[str, str, int, np.ndarray | None, list[int], list[tuple[str, str]]] | None = None
        self._changes = 0  # how many times `_place` wrote to the index
        self._db = sqlite3.connect("")  # "": a private on-disk temporary database, deleted on close
        # Nothing in it outlives the run: no syncing to disk after each document (the journal stays, in
        # memory, so a failed transaction still rolls back).
        self._db.execute("PRAGMA synchronous = OFF")
        self._db.execute("PRAGMA journal_mode = MEMORY")
        self._db.executescript("""
            CREATE TABLE sig (doc TEXT PRIMARY KEY, published TEXT NOT NULL, hashes BLOB NOT NULL);
            CREATE TABLE band (band INTEGER NOT NULL, key INTEGER NOT NULL, doc TEXT NOT NULL);
            CREATE INDEX band_key ON band (band, key);
        """)

    def close(self) -> None:
        self._db.close()

    def __len__(self) -> int:
        self._index_first()
        return self._db.execute("SELECT count(*) FROM sig").fetchone()[0]

    @property
    def bands(self) -> int:
        return band_shape(self.threshold)[0]

    @property
    def rows(self) -> int:
        # LSH banding misses some pairs just above its threshold: band_shape asks it for looser candidates
        # and the estimated similarity decides.
        return band_shape(self.threshold)[1]

    def _keys(self, hashes: np.ndarray, minhash: MinHash | Signed | None = None) -> list[int]:
        """The band keys of these hashes, band b's the b-th: those a worker sent with them (`minhash`, a `Signed` of
        this index's band shape), else worked out here."""
        if isinstance(minhash, Signed) and minhash.shape == band_shape(self.threshold):
            return list(minhash.keys)
        return _key_values(hashes, self.bands, self.rows)

    def _index_first(self) -> None:
        """Index the first document as `place` would have when it came (it found nothing then)."""
        if self._first is not None:
            (doc_id, mine, text, minhash), self._first = self._first, None
            self._place(doc_id, mine, _hashes(text, minhash), minhash=minhash)

    def _similar(self, doc_id: str, hashes: np.ndarray, keys: list[int]) -> list[tuple[str, str]]:
        """(id, published) of the indexed copies whose estimated Jaccard similarity reaches the threshold."""
        found: dict[str, None] = {}
        # One query for all bands (each band has one key): the rows come band by band, each band's as its own
        # query's would (in the order they were stored), not one query per band.
        for (other,) in self._db.execute(_band_query(len(keys)), keys):
            if other != doc_id:
                found[other] = None
        hits = []
        for other in found:
            published, blob = self._db.execute("SELECT published, hashes FROM sig WHERE doc = ?", (other,)).fetchone()
            if np.count_nonzero(np.frombuffer(blob, dtype=np.uint32) == hashes) / NUM_PERM >= self.threshold:
                hits.append((other, published))
        return hits

    def place(self, doc: Document, minhash: MinHash | Signed | None = None) -> Verdict:
        """Find the copies `doc` nearly duplicates and decide which one is preferred (see `preference`).
        When another copy is preferred, `doc` is marked skipped as its near-duplicate. `minhash`: the
        document's signature when already computed (by a cluster worker, say), or what a worker process read
        of it (`signed`)."""
        text = doc.kept_text() if doc.kept else doc.text
        if not self._placed:  # the index is empty: nothing to find; remember it for the next one
            self._placed, self._first = True, (doc.id, preference(doc), text, minhash)
            return Verdict()
        self._index_first()
        read, self._read = self._read, None
        if read is not None and read[:3] == (doc.id, text, self._changes):
            return self._place(doc.id, preference(doc), read[3], doc, (read[4], read[5]))
        return self._place(doc.id, preference(doc), _hashes(text, minhash), doc, minhash=minhash)

    def skip_copy(self, doc: Document) -> bool:
        """Before `doc` is coded (cleaned only): whether an indexed copy is preferred to it, as `place` will find
        once it is coded; if so it is marked skipped as `place` marks it, and its coding is spared (its events would
        be dropped). The same answer as `place`'s: nothing else changes the index in between, and no stage after
        cleaning changes the text, the day or the id that `place` reads. What it read is kept for `place`."""
        if not self._placed:
            return False  # nothing indexed: nothing to duplicate
        self._index_first()
        text = doc.kept_text() if doc.kept else doc.text
        hashes = _hashes(text, None)
        keys, hits = self._found(doc.id, hashes)
        self._read = (doc.id, text, self._changes, hashes, keys, hits)
        best = self._preferred(hits, preference(doc))
        if best is None:
            return False
        _mark_copy(doc, best)
        return True

    def _found(self, doc_id: str, hashes: np.ndarray | None, minhash: MinHash | Signed | None = None
               ) -> tuple[list[int], list[tuple[str, str]]]:
        """The band keys of these hashes and the copies the index holds of them (none for a text without words);
        `minhash`: the signature they were read from, if any (see `_keys`)."""
        if hashes is None:
            return [], []
        keys = self._keys(hashes, minhash)
        return keys, self._similar(doc_id, hashes, keys)

    @staticmethod
    def _preferred(hits: list[tuple[str, str]], mine: tuple[str, str]) -> str | None:
        """The id of the copy among `hits` that is preferred to a document of preference `mine`, if any."""
        best = min(hits, key=lambda h: (h[1], h[0]), default=None)
        return best[0] if best is not None and (best[1], best[0]) < mine else None

    def _place(self, doc_id: str, mine: tuple[str, str], hashes: np.ndarray | None, doc: Document | None = None,
               found: tuple[list[int], list[tuple[str, str]]] | None = None,
               minhash: MinHash | Signed | None = None) -> Verdict:
        """Place a document of these hashes; `found`: their band keys and the copies the index holds of them,
        when read already; `minhash`: the signature the hashes were read from, if any."""
        if hashes is None:
            return Verdict()
        keys, hits = self._found(doc_id, hashes, minhash) if found is None else found
        best = self._preferred(hits, mine)
        if best is not None:
            assert doc is not None  # the first document, placed later, had nothing to duplicate
            _mark_copy(doc, best)
            return Verdict(duplicate_of=best)
        superseded = [h[0] for h in hits]
        self._changes += 1
        with self._db:
            for other in superseded:  # they are now near-duplicates of doc: only the preferred copy is kept
                self._forget(other)
            # (a document placed twice keeps its first row and bands: the insert is ignored, rowcount 0)
            if self._db.execute("INSERT OR IGNORE INTO sig VALUES (?, ?, ?)",
                                (doc_id, mine[0], hashes.tobytes())).rowcount:
                self._db.execute(_band_rows(len(keys)), [doc_id, *keys])
        return Verdict(superseded=superseded)

    def _forget(self, doc_id: str) -> None:
        """Delete an indexed copy: its signature, and its bands found by their keys (worked out again from the
        signature, as they were when stored) through the band_key index. No index by document is kept for this
        (rare) delete: every placed document's 32 band rows would update it."""
        row = self._db.execute("SELECT hashes FROM sig WHERE doc = ?", (doc_id,)).fetchone()
        if row is None:
            return
        self._db.execute("DELETE FROM sig WHERE doc = ?", (doc_id,))
        keys = self._keys(np.frombuffer(row[0], dtype=np.uint32))
        self._db.executemany("DELETE FROM band WHERE band = ? AND key = ? AND doc = ?",
                             [(b, k, doc_id) for b, k in enumerate(keys)])

    def check(self, doc: Document, minhash: MinHash | Signed | None = None) -> str | None:
        """The id of the preferred copy `doc` nearly duplicates (and mark doc skipped), or None."""
        return self.place(doc, minhash).duplicate_of
