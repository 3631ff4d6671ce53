"""Compiled patterns kept between runs: a pattern made from its stored code behaves as one compiled afresh."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from warscribe import recache

PATTERNS = [
    (r"(?P<count>\d+)\s+(?:soldiers?|fighters?)\b(?! were freed)", re.IGNORECASE),
    (r"(?<=near )[A-Z][a-z]+(?:-[A-Z][a-z]+)*", 0),
    (r"\b(?:shelling|air ?strikes?|barrel bombs?)\b", re.IGNORECASE | re.MULTILINE),
    (r"^(\w+)\s+\1$", re.UNICODE),
    (rb"[\x00-\x08\x0e-\x1f]+", 0),
]
TEXTS = ["12 Soldiers were killed near Deir-Ezzor", "Airstrikes and shelling hit Idlib",
         "barrel bombs\nshelling", "Homs Homs", "the 3 fighters were freed", "é é"]


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("WARSCRIBE_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(recache, "_stored", {})
    monkeypatch.setattr(recache, "_used", set())
    monkeypatch.setattr(recache, "_new", 0)
    monkeypatch.setattr(recache, "SAVE_AT_LEAST", 1)
    yield tmp_path / "cache" / "prebuilt"
    recache.save()  # whatever a test left installed is taken out again
    re.purge()


def _found(pattern: re.Pattern) -> list:
    out = []
    for text in TEXTS:
        subject = text.encode() if isinstance(pattern.pattern, bytes) else text
        out.append([(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(subject)])
    return out


def _compiled() -> list[re.Pattern]:
    re.purge()  # re's own cache would answer without compiling
    return [re.compile(p, f) for p, f in PATTERNS]


def test_patterns_from_stored_code_match_as_compiled_ones(store: Path) -> None:
    plain = _compiled()
    recache.install()
    first = _compiled()
    assert recache._new == len(PATTERNS)
    recache.save()
    assert len(list(store.glob("regex-code-*.pickle"))) == 1
    recache._stored.clear()
    recache.install()  # a later run: every pattern read back, none compiled
    again = _compiled()
    assert recache._new == 0 and len(recache._stored) == len(PATTERNS)
    for a, b, c in zip(plain, first, again, strict=True):
        for p in (b, c):
            assert (p.pattern, p.flags, p.groups, p.groupindex) == (a.pattern, a.flags, a.groups, a.groupindex)
            assert _found(p) == _found(a)
    recache.save()
    assert re._compiler.compile is not recache._compile  # compiling as before once saved


def test_a_run_that_compiled_nothing_new_writes_nothing(store: Path) -> None:
    recache.install()
    re.purge()
    re.compile(r"(?:kill|wound)ed", 0)
    recache.save()
    (written,) = store.glob("regex-code-*.pickle")
    stamp = written.stat().st_mtime_ns
    recache._stored.clear()
    recache.install()
    re.purge()
    re.compile(r"(?:kill|wound)ed", 0)
    recache.save()
    assert written.stat().st_mtime_ns == stamp


def test_a_few_new_patterns_among_many_are_not_worth_a_write(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recache, "SAVE_AT_LEAST", 4)  # (patterns joined from a set differ from run to run)
    recache.install()
    _compiled()
    recache.save()
    (written,) = store.glob("regex-code-*.pickle")
    stamp = written.stat().st_mtime_ns
    recache._stored.clear()
    recache.install()
    _compiled()
    re.purge()
    for word in ("shelling", "raid", "ambush"):
        re.compile(word + "s?")
    assert recache._new == 3
    recache.save()
    assert written.stat().st_mtime_ns == stamp
