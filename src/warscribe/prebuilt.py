"""Built-once data in the cache folder, pickled under a hash of the files and code it was built from."""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from warscribe import __version__

# Bumped when what is stored changes shape without the building code's files changing.
FORMAT = "1"
_FOLDER = "prebuilt"
KEEP = 4  # builds of one thing kept in the folder, the newest
BIG_FILE = 1 << 20

T = TypeVar("T")


def cache_root() -> Path:
    """$WARSCRIBE_CACHE, else $XDG_CACHE_HOME/warscribe or ~/.cache/warscribe: the gazetteer's folder too."""
    root = os.environ.get("WARSCRIBE_CACHE")
    if root:
        return Path(root)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "warscribe"


def fingerprint(files: Iterable[Path], *extra: str) -> str:
    """A hash of the files' names and bytes (data files and the modules that read them) and of `extra`
    (library versions the result depends on): any edit to any of them gives another fingerprint. A file over
    BIG_FILE bytes (a library's model, which only an install replaces) counts by its size and time instead,
    so that checking it costs nothing."""
    digest = hashlib.blake2b(digest_size=12)
    for part in (FORMAT, __version__, sys.version, *extra):
        digest.update(part.encode() + b"\0")
    for path in map(Path, files):
        stat = path.stat()
        big = stat.st_size > BIG_FILE
        data = f"{stat.st_size}:{stat.st_mtime_ns}".encode() if big else path.read_bytes()
        digest.update(path.name.encode() + b"\0" + len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def load_or_build(name: str, files: Iterable[Path], build: Callable[[], T], *extra: str) -> T:
    """The value `build()` gives, read from the cache folder when it was built from these very files (and
    `extra`), else built now and stored there for the next process. A cache folder that cannot be written,
    or a stored file that cannot be read, only costs the build."""
    folder = cache_root() / _FOLDER
    path = folder / f"{name}-{fingerprint(files, *extra)}.pickle"
    unreadable = (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError, TypeError,
                  ValueError)
    with contextlib.suppress(*unreadable), path.open("rb") as handle:
        return pickle.load(handle)  # our own cache folder: the same trust as the gazetteer file beside it
    value = build()
    with contextlib.suppress(OSError, pickle.PicklingError):
        _store(folder, path, value)
    return value


def _store(folder: Path, path: Path, value: object) -> None:
    import tempfile  # (random, shutil, ...: loaded by the run that writes, not by every start)

    folder.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.stem}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a concurrent reader sees the old file or the whole new one
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _prune(folder, path)


def _prune(folder: Path, kept: Path) -> None:
    """Drop older builds of the same thing (from files since changed), keeping the newest few: two checkouts
    or configurations sharing the cache folder then do not rebuild each other's."""
    stem = kept.stem.rsplit("-", 1)[0]
    others = []
    for old in folder.glob(f"{stem}-*.pickle"):
        with contextlib.suppress(OSError):
            if old != kept:
                others.append((old.stat().st_mtime, old))
    for _, old in sorted(others, reverse=True)[KEEP - 1:]:
        with contextlib.suppress(OSError):
            old.unlink()
