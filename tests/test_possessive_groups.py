"""Patterns that read the same on every Python 3.11 release: a possessive repeat of a group goes through
`patterns.repeated`, which writes it as an atomic group where the interpreter's `re` mis-matches the possessive form
(CPython before 3.11.5)."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap

import pytest

from warscribe.knowledge import patterns
from warscribe.knowledge.patterns import repeated

SAMPLES = ["", "a", "abc", "ac", "abcacx", "abcabx", "acabcabc", "abbc", "x"]


@pytest.mark.parametrize("works", [True, False])
def test_both_forms_of_a_repeat_match_as_the_possessive_repeat_means(monkeypatch, works: bool) -> None:
    if works and sys.version_info < (3, 11, 5):
        pytest.skip("this interpreter's possessive repeat of a group is the broken one")
    monkeypatch.setattr(patterns, "_POSSESSIVE_GROUPS_WORK", works)
    # "(?:ab?c)*" never gives back a turn: "a" alone, or a turn cut short, is no match of the whole
    assert re.fullmatch(repeated("ab?c"), "a") is None
    assert re.fullmatch(repeated("ab?c"), "abcac") is not None
    # and what follows never takes a letter a turn read ("c" is read by the last turn of "abc")
    assert re.fullmatch(repeated("ab?c") + "c", "abc") is None
    assert re.fullmatch(repeated("ab?c", "+") + "x", "x") is None
    assert re.fullmatch(repeated("ab?c", "?") + "x", "acx") is not None


def test_the_two_forms_agree_where_possessive_groups_work(monkeypatch) -> None:
    if sys.version_info < (3, 11, 5):
        pytest.skip("this interpreter's possessive repeat of a group is the broken one")
    for times in "*+?":
        monkeypatch.setattr(patterns, "_POSSESSIVE_GROUPS_WORK", True)
        possessive = re.compile("(" + repeated("ab?c|x(?!y)", times) + ")(.*)")
        monkeypatch.setattr(patterns, "_POSSESSIVE_GROUPS_WORK", False)
        atomic = re.compile("(" + repeated("ab?c|x(?!y)", times) + ")(.*)")
        assert possessive.pattern != atomic.pattern
        for text in [*SAMPLES, "xxyabc", "acxy"]:
            assert possessive.findall(text) == atomic.findall(text), (times, text)


# Run in a fresh interpreter told that possessive groups are broken: every pattern our modules compile at import
# must then hold no possessive repeat of anything but one character or class (the only form every 3.11 reads right).
_CHECK = textwrap.dedent("""
    import importlib, pathlib, re
    from re import _constants as C, _parser as P
    import warscribe
    from warscribe.knowledge import patterns
    patterns._POSSESSIVE_GROUPS_WORK = False
    UNITS = {C.ANY, C.IN, C.LITERAL, C.NOT_LITERAL}

    def unit(items):
        if len(items) != 1:
            return False
        op, av = items[0]
        return unit(av[-1]) if op is C.SUBPATTERN and av[0] is None else op in UNITS

    def bad(items):
        for op, av in items:
            if op is C.POSSESSIVE_REPEAT and not unit(av[2]):
                yield str(av[2])[:60]
            if op in (C.POSSESSIVE_REPEAT, C.MAX_REPEAT, C.MIN_REPEAT):
                yield from bad(av[2])
            elif op in (C.SUBPATTERN, C.ASSERT, C.ASSERT_NOT):
                yield from bad(av[-1])
            elif op is C.ATOMIC_GROUP:
                yield from bad(av)
            elif op is C.BRANCH:
                for branch in av[1]:
                    yield from bad(branch)

    seen = 0
    root = pathlib.Path(warscribe.__file__).parent
    # (every source file: `pkgutil` would pass over the folders without an __init__, `places` among them)
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root.parent).with_suffix("").parts
        if "node_modules" in parts or parts[-1] == "__main__":  # (__main__ runs the command line)
            continue
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        try:
            module = importlib.import_module(name)
        except ImportError:  # an optional extra not installed
            continue
        for attr, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                seen += 1
                found = list(bad(P.parse(value.pattern, value.flags)))
                assert not found, (name, attr, found)
    assert seen > 200, seen
    print("checked", seen)
""")


def test_no_pattern_of_ours_repeats_a_group_possessively_where_that_is_broken() -> None:
    out = subprocess.run([sys.executable, "-c", _CHECK], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.startswith("checked")
