"""The count reader's round-31 shortcuts answer as what they replace: the patterns of numbers that count nothing which
begin at a run of digits, with the bare years, searched as one (`_digit_runs`, `_digit_run_spans`), and the scouts
of `after` and `before` reading a text that is not ASCII through its `_scout_form` (where the whole pattern's search
read every place); the death toll's pre-check read off its opening words (`prefiltered`'s `head`)."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from plain_readings import masked_by_character, word_texts
from warscribe.knowledge import counts
from warscribe.knowledge.counts import (
    CountReader,
    _after_matches,
    _digit_run_spans,
    _scout_form,
    _scouted,
    _spaced_lower,
)
from warscribe.knowledge.lexicon import Lexicon
from warscribe.knowledge.prefilter import Prefiltered, prefiltered, required_strings


@pytest.fixture(scope="module")
def reader() -> CountReader:
    return CountReader(Lexicon.load())


_DIGIT_TOKENS = ["1", "10", "12", "2014", "1999", "2000", "0", "0123", "1234567", ":", ".", ",", "/", "h", "30", "st",
                 "th", "km", "%", "-year-old", "year", "people", "men", "a", "A", "x", "_", "\u0663", "\u0660\u0661",
                 "\u00e9", " ", "  ", "\xa0", "-", "$", "No.", "aged", "Route", "battalion", "\u212am", "F-16"]

_DIGIT_TEXTS = [
    "At 10:30 on 25/09 the 46th brigade lost 12 men, 5 km from Route 5; 2014 people fled in 2014.",
    "10:30/45 and 1.5km, 1,500,000 people, 0123456 and 1234567, 21h30, 3rd and 2000 civilians",
    "a,5 km 12,000 people 1999 2000s 19999 \u0663\u0660 km \u0661\u0669\u0669\u0669 and 70% of 1,2.3,4 km",
]


def _digit_texts(count: int, seed: int) -> list[str]:
    """Texts of digits and what the patterns read around them, in random order (a few not ASCII)."""
    rng = random.Random(seed)
    return ["".join(rng.choice(_DIGIT_TOKENS) for _ in range(rng.randint(1, 25))) for _ in range(count)]


def _separate_spans(text: str) -> list[tuple[int, int]]:
    """The spans of each digit-led pattern and of the bare years, each pattern searched on its own (before round 31)."""
    rules = counts._rules()
    patterns = [rules.not_counts[k] for k in sorted(rules.digit_led)] + [counts._BARE_YEAR]
    return [m.span() for pattern in patterns for m in pattern.finditer(text)]


def test_digit_led_patterns() -> None:
    rules = counts._rules()
    assert rules.digit_led == frozenset({1, 4, 5, 6}) and rules.digit_runs is not None
    assert rules.digit_runs.groups == len(rules.digit_led) + 1
    for k in rules.digit_led:  # (each begins with a digit, the part `_digit_runs` reads after it)
        assert rules.not_counts[k].pattern.startswith(r"\d")
    assert counts._digit_runs([r"(x)"]) is None  # (a group of its own: the search would read the wrong groups)


@pytest.mark.parametrize("text", _DIGIT_TEXTS + _digit_texts(400, 31))
def test_digit_run_spans_are_each_pattern_s(text: str) -> None:
    runs = counts._rules().digit_runs
    assert runs is not None
    assert sorted(_digit_run_spans(runs, text)) == sorted(_separate_spans(text))
    assert counts._masked(text) == masked_by_character(text)


def test_scout_form() -> None:
    assert _scout_form("Five Killed") == _spaced_lower("Five Killed") == " five killed"
    text = "\u0130ncluding \u017feven \u212aILLED\xa0\u0663 caf\u00e9\u2009\u3000Stra\u00dfe 12"
    form = _scout_form(text)
    assert len(form) == len(text) + 1 and form.isascii()
    assert form == " including seven killed 0 caf   stra e 12"


_TOKENS = ["a", "an", "A", "one", "two", "ten", "dozens", "of", "at least", "more", "than", "killed", "dead", "wounded",
           "and", "including", "among them", "people", "civilians", "were", "was", "killing", "shot", "12", "1,200",
           ",", ".", "(", ")", "\u017feven", "K\u212aILLED", "\u0130ncluding", "\u0131ncluding", "\u0663", "caf\u00e9",
           "\u00e9two", "thirty-five", "others", "\u2019", "\u201c"]


def _other_texts(count: int, seed: int) -> list[str]:
    """Texts of the words the patterns read and characters other than ASCII, in random case and spacing."""
    return word_texts(_TOKENS, [" ", " ", "\xa0", "\u2009", "\n", "-", ", ", "\u00e9", "\u2014"], count, seed)


def _spans(matches: Any) -> list[tuple[tuple[int, int], dict[str, str | Any]]]:
    return [(m.span(), m.groupdict()) for m in matches]


_SENTENCES = [
    "Four soldiers were killed\xa0and 3 civilians wounded in Idlib on Monday \u2014 the monitor said.",
    "An airstrike killed at least 12 people, \u0130NCLUDING five children, the monitor said.",
    "Seven people, including four women and two children, were \u212aILLED in Hom\u015f.",
    "\u201cSeven people\u201d were killed, killing \u201c50 terrorists.\u201d",
    "\u0663 people were killed and \u0663\u0660 were injured; caf\u00e9 one man was shot dead",
]


@pytest.mark.parametrize("text", _SENTENCES + _other_texts(300, 31))
def test_scouted_text_not_ascii_is_the_search_s(reader: CountReader, text: str) -> None:
    p = reader.p
    for end in sorted({len(text), len(text) // 2}):
        assert _spans(_after_matches(p, text, end)) == _spans(p.after.finditer(text, 0, end))
        assert _spans(_scouted(p.before, p.before_scout, text, end)) == _spans(p.before.finditer(text, 0, end))


def test_texts_not_ascii_are_scouted(reader: CountReader) -> None:
    # (the scout finds the places of a text not ASCII: the whole pattern is searched no more)
    text = "Four soldiers were killed\xa0and caf\u00e9 3 civilians wounded"
    assert [m.start() for m in reader.p.after_scout.finditer(_scout_form(text))] == [0, 35]
    assert [m.group("num") for m in _after_matches(reader.p, text, len(text))] == ["Four", "3"]


def test_toll_pre_check_read_off_its_head(reader: CountReader) -> None:
    # (the strings read off the toll's opening words are those the parse of the whole pattern finds: the same check)
    toll = reader.p.toll
    whole = getattr(toll, "_pattern", toll)
    assert whole.pattern.startswith(counts._TOLL_HEAD)
    assert required_strings(re.compile(counts._TOLL_HEAD, re.I)) == required_strings(whole) == frozenset({"death"})
    for text in ["The death toll has risen to 13.", "DEATH  TOLL: 40", "no toll here", "death toll of dozens"]:
        found, expected = toll.search(text), whole.search(text)
        assert (found and found.span()) == (expected and expected.span())


def test_prefiltered_head_is_the_pattern_s() -> None:
    pattern = re.compile(r"\bat\s+least\s+(?:\d+|some)\s+(?:people|men)\b", re.I)
    checked = prefiltered(pattern, r"\bat\s+least\s+")
    assert isinstance(checked, Prefiltered)
    for text in ["At least 5 people", "at  least some men died", "at last 5 people", "", "least at 5 men"]:
        assert [m.span() for m in checked.finditer(text)] == [m.span() for m in pattern.finditer(text)]
