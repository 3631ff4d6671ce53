"""Compiled regular expressions kept in the cache folder between runs of the command line.

Python compiles a pattern (parses it, then writes the matching engine's code) in Python, at every start of a
process: the data files' word lists, the cleaning cues, the counts' patterns and spaCy's tokenizer rules come to
a few hundred patterns, about a tenth of a second of the start-up of `extract`. The console entry point calls
`install()`: a pattern compiled before (same text, same flags) is then made from the code stored for it, given
to the engine (`_sre.compile`) as `re` itself would give it, so the Pattern is the same; a new one is compiled
as usual and its code remembered. `save()` writes what a run used to the cache folder when it compiled
anything new. The store is keyed by the interpreter's version and the engine's magic number, and used only on
the versions whose `re` this mirrors; elsewhere, and whenever anything fails, `re` compiles as it always does.
"""

from __future__ import annotations

import contextlib
import pickle
import re
import sys
from array import array
from pathlib import Path
from typing import Any

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another interpreter's re
    _compiler = None

VERSIONS = ((3, 11), (3, 12), (3, 13))  # re._compiler.compile as mirrored in _compile below
MAX_ENTRIES = 5000  # a store grown past this (patterns of edited data files) starts again from one run's
# Some patterns differ from run to run (alternatives joined from a set, whose order changes with each process's
# string hashing): a run writes the store only when it compiled more new patterns than that, say at its first run
# or on reaching code it had not run before.
SAVE_AT_LEAST, SAVE_SHARE = 16, 0.05
NAME = "regex-code"
_CODE = "I" if array("I").itemsize == 4 else "L"  # the engine's code words are 32 bits; kept as bytes: read at once

_original: Any = None
_label = ""
_stored: dict[tuple, tuple] = {}  # (type, pattern, flags) -> the engine's arguments after the pattern
_used: set[tuple] = set()
_new = 0


def _path() -> Path:
    from warscribe import prebuilt

    key = prebuilt.fingerprint([Path(__file__)], str(_sre.MAGIC), _CODE)
    return prebuilt.cache_root() / "prebuilt" / f"{NAME}-{_label}-{key}.pickle"


def _compile(p: Any, flags: int = 0) -> Any:
    """re._compiler.compile, reading the engine's code from the store when the pattern was compiled before."""
    global _new
    if (type(p) is not str and type(p) is not bytes) or flags & re.DEBUG:  # (a str subclass: another library's)
        return _original(p, flags)
    key = (type(p), p, flags)
    args = _stored.get(key)
    if args is not None:
        _used.add(key)
        flags_out, code, groups, groupindex, indexgroup = args
        return _sre.compile(p, flags_out, array(_CODE, code).tolist(), groups, groupindex, indexgroup)
    parsed = _parser.parse(p, flags)
    code = list(map(int, _compiler._code(parsed, flags)))  # plain ints (the opcodes are named ints)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    flags_out, groups = flags | parsed.state.flags, parsed.state.groups - 1
    if len(_stored) < 2 * MAX_ENTRIES:  # (beyond: patterns made per document, not worth keeping)
        with contextlib.suppress(OverflowError):
            _stored[key] = (flags_out, array(_CODE, code).tobytes(), groups, groupindex, tuple(indexgroup))
            _used.add(key)
            _new += 1
    return _sre.compile(p, flags_out, code, groups, groupindex, tuple(indexgroup))


def install(label: str = "") -> None:
    """Compile patterns through the store from now on (in this process and the workers it forks). `label`: the
    command, each with a store of its own (`--help` need not read the patterns of `extract`)."""
    global _original, _label
    if _original is not None or _compiler is None or sys.version_info[:2] not in VERSIONS:
        return
    _label = re.sub(r"[^a-z0-9-]", "", label.lower())[:32] or "other"
    with contextlib.suppress(Exception), _path().open("rb") as handle:
        stored = pickle.load(handle)  # our own cache folder: the same trust as the gazetteer beside it
        if isinstance(stored, dict):
            _stored.update(stored)
    _original = _compiler.compile
    _compiler.compile = _compile


def save() -> None:
    """Store the code of the patterns compiled so far, when this run compiled enough new ones (see
    SAVE_AT_LEAST); then compile as before."""
    global _original, _new
    if _original is None:
        return
    _compiler.compile = _original
    _original = None
    new, _new = _new, 0
    if new < max(SAVE_AT_LEAST, SAVE_SHARE * len(_used)):
        return
    keep = _stored if len(_stored) <= MAX_ENTRIES else {k: _stored[k] for k in _used if k in _stored}
    with contextlib.suppress(Exception):
        from warscribe import prebuilt

        path = _path()
        prebuilt._store(path.parent, path, keep)
