"""Round 21 speed (regex): a literal pre-check read off a pattern's parse (knowledge/prefilter.py) spares the search of
texts that hold none of the strings every match needs; the answers are always the pattern's own."""

from __future__ import annotations

import re

import pytest

from coding_support import deaths
from warscribe.knowledge.prefilter import Prefiltered, prefiltered, required_strings


@pytest.mark.parametrize(("pattern", "flags", "strings"), [
    (r"\bdeath\s+toll\s+rose", re.I, {"death"}),  # a literal run; the spacing between words is unknown
    (r"(?:shelled|bombed) from", 0, {"shelled from", "bombed from"}),  # an alternation joined to what follows
    (r"\b(?:Keywords|Tags)\b", 0, {"keywords", "tags"}),  # lower-case: searched in the text's lower-case form
    (r"claim(?:ed|s)?\s+credit", re.I, {"credit"}),  # an optional part: either spelling, then the longer run
    (r"(?<=\d)\s*(?:km|miles)(?=\s)", 0, None),  # look-arounds need nothing of the match: "km" is too short
    (r"(?:ab)+cde", 0, {"cde"}),
    (r"x[yz]w", 0, {"xyw", "xzw"}),  # a class of a few characters: each
    (r"\w+\s+\d+", 0, None),  # nothing literal
    (r"(?:foo|\w+)bar", 0, {"bar"}),  # an alternative with nothing literal: the rest decides
])
def test_required_strings_are_read_off_the_pattern(pattern, flags, strings):
    found = required_strings(re.compile(pattern, flags))
    if strings is None:
        assert found is None or min(map(len, found)) < 3
    else:
        assert found == frozenset(strings)


@pytest.mark.parametrize("pattern", [r"\w+", r"\b(?:in|at)\b", r"(?<=\d)\s*(?:km|mi)\b"])
def test_a_pattern_without_strings_worth_testing_is_left_as_it_is(pattern):
    compiled = re.compile(pattern, re.I)
    assert prefiltered(compiled) is compiled


_PATTERNS = [
    (r"\b(?:no\s+casualties|nobody\s+was\s+(?:hurt|killed))\b", re.I),
    (r"\bsince\s+(?:the\s+)?(?:start|outbreak)\s+of\b[^,;.]{0,40}?\s+$", re.I),
    (r"\b(?:Keywords|Tagged)\b", 0),
    (r"(?:backed|supported)\s+by\s+(?:the\s+)?(?:\S+\s+){0,3}$", re.I),
]
_TEXTS = [
    "No casualties were reported after the shelling of the market in Idlib.",
    "NOBODY WAS KILLED when the drone struck an empty depot, the monitor said.",
    "Nobody was hurt; Tagged: Syria, Aleppo",
    "The fighting has gone on since the outbreak of the uprising in the north ",
    "Rebels backed by the Turkish army advanced toward the town.",
    "Militia fighters supported by Russian ",
    "Five people were killed in an air strike on the village on Tuesday.",
    "\u212aeywords: none here, only a Kelvin sign standing for a K",  # case-blind, the Kelvin sign is a "k"
    "NO CASUALT\u0130ES in this one: a dotted capital I, which lower() turns into two characters",
    "",
]


@pytest.mark.parametrize(("pattern", "flags"), _PATTERNS)
def test_a_prefiltered_pattern_answers_as_the_pattern_itself(pattern, flags):
    raw = re.compile(pattern, flags)
    gated = prefiltered(raw)
    assert isinstance(gated, Prefiltered)
    for text in _TEXTS:
        windows = [(0, len(text)), (3, len(text)), (0, max(0, len(text) - 5)), (10, 30), (len(text), len(text))]
        for pos, endpos in windows:
            assert _spans(gated.search(text, pos, endpos)) == _spans(raw.search(text, pos, endpos))
            assert [m.span() for m in gated.finditer(text, pos, endpos)] == \
                [m.span() for m in raw.finditer(text, pos, endpos)]
            assert gated.findall(text, pos, endpos) == raw.findall(text, pos, endpos)
        assert _spans(gated.match(text)) == _spans(raw.match(text))
        assert gated.sub("#", text) == raw.sub("#", text)
    assert gated.pattern == raw.pattern and gated.flags == raw.flags


def _spans(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


def test_a_window_that_cuts_the_needed_words_finds_nothing_as_the_pattern_does():
    text = "Local sources said that no casualties were reported."
    raw = re.compile(r"\bno\s+casualties\b", re.I)
    gated = prefiltered(raw)
    at = text.index("casualties")
    assert gated.search(text, 0, at + 4) is None and raw.search(text, 0, at + 4) is None
    assert gated.search(text, 0, at + len("casualties")) is not None


def test_the_data_patterns_behind_a_pre_check_read_a_sentence_as_before(reader):
    # the none-dead phrases (counting.yaml none_dead) are behind the pre-check: still read where they are
    text = "A car bomb exploded near a checkpoint in Azaz on Monday; no casualties were reported, the police said."
    assert [value for value, _vague, _definite in deaths(reader, text)] == [0]
    assert deaths(reader, "A car bomb exploded near a checkpoint in Azaz on Monday, the police said.") == []
