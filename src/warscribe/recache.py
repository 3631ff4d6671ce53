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
from pathlib import Path
from typing import Any

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another interpreter's re
    _compiler = None

VERSIONS = ((3, 11), (3, 12), (3, 13))  # re._compiler.compile as mirrored in _compile below
MAX_ENTRIES = 5000  # a store grown past this (patterns of edited data files) starts again from one run's
NAME = "regex-code"

_original: Any = None
_stored: dict[tuple, tuple] = {}  # (type, pattern, flags) -> the engine's arguments after the pattern
_used: dict[tuple, tuple] = {}
_new = 0


def _path() -> Path:
    from warscribe import prebuilt

    key = prebuilt.fingerprint([Path(__file__)], str(_sre.MAGIC))
    return prebuilt.cache_root() / "prebuilt" / f"{NAME}-{key}.pickle"


def _compile(p: Any, flags: int = 0) -> Any:
    """re._compiler.compile, reading the engine's code from the store when the pattern was compiled before."""
    global _new
    if not isinstance(p, (str, bytes)) or flags & re.DEBUG:
        return _original(p, flags)
    key = (type(p), p, flags)
    args = _stored.get(key)
    if args is None:
        if len(_stored) >= 2 * MAX_ENTRIES:  # patterns made per document, not worth keeping
            return _original(p, flags)
        parsed = _parser.parse(p, flags)
        code = list(map(int, _compiler._code(parsed, flags)))  # plain ints (the opcodes are named ints)
        groupindex = parsed.state.groupdict
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        args = (flags | parsed.state.flags, code, parsed.state.groups - 1, dict(groupindex), tuple(indexgroup))
        _stored[key] = args
        _new += 1
    _used[key] = args
    flags_out, code, groups, groupindex, indexgroup = args
    return _sre.compile(p, flags_out, code, groups, groupindex, indexgroup)


def install() -> None:
    """Compile patterns through the store from now on (in this process and the workers it forks)."""
    global _original
    if _original is not None or _compiler is None or sys.version_info[:2] not in VERSIONS:
        return
    with contextlib.suppress(Exception), _path().open("rb") as handle:
        stored = pickle.load(handle)  # our own cache folder: the same trust as the gazetteer beside it
        if isinstance(stored, dict):
            _stored.update(stored)
    _original = _compiler.compile
    _compiler.compile = _compile


def save() -> None:
    """Store the code of the patterns this run used, when it compiled any new one; then compile as before."""
    global _original, _new
    if _original is None:
        return
    _compiler.compile = _original
    _original = None
    if not _new:
        return
    keep = _stored if len(_stored) <= MAX_ENTRIES else _used
    with contextlib.suppress(Exception):
        from warscribe import prebuilt

        path = _path()
        prebuilt._store(path.parent, path, keep)
    _new = 0
