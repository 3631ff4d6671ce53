"""The count reader's round-30 start-up shortcuts answer as what they replace: the placeholders made once for every
phrase (`_escaped_holders`), the background phrases in the data file's order (the same pattern in every process, so
recache finds it in its store)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from warscribe.knowledge import counts
from warscribe.knowledge.counts import _phrase


def _phrase_before(text: str, number: str, lower: bool = False) -> str:
    """`_phrase` as it was: each placeholder escaped and replaced from a dict made for the phrase."""
    text = text.lower() if lower else text
    out = re.escape(text).replace(r"\ ", r"\s+")
    for key, pattern in counts._holders.__wrapped__(number, lower).items():
        out = out.replace(re.escape(key), pattern)
    return out


_PHRASES = ["since {year}", "in {month} {year}", "{n} years", "killed by {word} forces", "{name} said", "plain words",
            "per cent", "a.m.", "{n}-year-old", "No. {n}", "up to {n} people since {month}"]


@pytest.mark.parametrize("phrase", _PHRASES)
@pytest.mark.parametrize("lower", [False, True])
def test_phrase_is_the_pattern_it_was(phrase: str, lower: bool) -> None:
    for number in (r"(?:\d+|[a-z]+)", ""):
        assert _phrase(phrase, number, lower) == _phrase_before(phrase, number, lower)


def test_phrases_of_the_data_file_are_the_patterns_they_were() -> None:
    raw = counts._raw_rules()
    for phrase in [*raw["background"], *raw["declared"], *raw["bare_death"], *raw["not_counts"]["units"]]:
        assert _phrase(phrase, r"(?:\d+|[a-z]+)") == _phrase_before(phrase, r"(?:\d+|[a-z]+)")


def _background_pattern(seed: str) -> str:
    """The background pattern's text made in a process whose string hashing has the seed."""
    code = "from warscribe.knowledge import counts; print(counts._rules().background.pattern)"
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout


def test_background_pattern_is_the_same_in_every_process() -> None:
    first = _background_pattern("1")
    assert first and all(_background_pattern(seed) == first for seed in ("2", "3"))
    assert first.strip() == counts._rules().background.pattern
