"""The cleaner's cue phrases join into the same patterns in every process (repeats dropped in the data file's
order, not a set's), so the stored compiled forms are found at start-up instead of compiled again."""

from __future__ import annotations

import os
import subprocess
import sys

from warscribe.cleaning.cues import _alternation, load_cues


def _cue_patterns(seed: str) -> str:
    """The strong and weak cue patterns' text made in a process whose string hashing has the seed."""
    code = ("from warscribe.cleaning.cues import load_cues; c = load_cues(); "
            "print(c.strong_re.pattern); print(c.weak_re.pattern)")
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout


def test_cue_patterns_are_the_same_in_every_process() -> None:
    first = _cue_patterns("1")
    assert first and all(_cue_patterns(seed) == first for seed in ("2", "3"))
    cues = load_cues()
    assert first.split("\n")[:2] == [cues.strong_re.pattern, cues.weak_re.pattern]


def test_alternation_keeps_the_longest_first_and_drops_repeats() -> None:
    assert _alternation(["Share", "share on facebook", " share ", "tweet", "Share On Facebook"]) \
        == r"share[^a-z0-9]+on[^a-z0-9]+facebook|share|tweet"
