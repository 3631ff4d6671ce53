"""Round 24, speed24h: the count reader's last closing word read backwards, the label and age patterns searched up
to the last digits, the bare year opened by a class of digits: the same reach, masks and years as before."""

from __future__ import annotations

import random
import re

import pytest

from plain_readings import masked_by_character
from warscribe.knowledge import counts
from warscribe.knowledge.lexicon import Lexicon

_TEXTS = [
    "Four soldiers were killed in Idlib and the army shelled Ariha later.",
    "A woman and two children were killed when a shell hit the house, including a baby.",
    "At least 12 people, including four women and two children, were killed in the raid.",
    "287 IS fighters, among them 26 minors, had been killed since the offensive began.",
    "1 civilian was kidnapped and killed by gunmen near Route 5 on 12 May 2016.",
    "Two policemen were wounded. Three others died, and 7 were arrested at Battalion 46 gate, 1,200 fled.",
    "a man a woman and two children were killed; Seventy regime and rebel fighters were killed",
    "KILLED: 5 AND 6 WOUNDED, INCLUDING 2 CHILDREN, WERE KILLED IN 2014",
    "Dozens were injured when helicopters hit the area aged 40 on Tel 22, a day after more than 100 were killed.",
    "no outcome word here with 5 people, only the year 1999 and 2020s and 12,000",
    "Ten skilled workers were Killed\tand six injured in the Kilometre 5 blast",
    "ſeven killed, İncluding two",
]


@pytest.fixture(scope="module")
def reader() -> counts.CountReader:
    return counts.CountReader(Lexicon.load())


def _texts() -> list[str]:
    words = " ".join(_TEXTS).split(" ")
    rng = random.Random(24)
    out = list(_TEXTS)
    for _ in range(600):
        start = rng.randrange(len(words))
        out.append(" ".join(words[start:start + rng.randrange(1, 30)])
                   + rng.choice(["", ".", " ", "\n", ", and", " in", " killed", ",", " 5,"]))
    return out


def _found(pattern: re.Pattern[str], text: str, endpos: int) -> list[tuple[object, ...]]:
    return [(m.span(), tuple(sorted(m.groupdict().items()))) for m in pattern.finditer(text, 0, endpos)]


def test_the_reach_read_backwards_is_the_forward_reach(reader: counts.CountReader) -> None:
    p = reader.p
    assert p.last_told_back is not None
    for text in _texts():
        assert counts._after_reach(p.last_told, text, p.last_told_back) == counts._after_reach(p.last_told, text), text
        # (and `after` finds in it what it finds in the whole text)
        reach = counts._after_reach(p.last_told, text, p.last_told_back)
        assert _found(p.after, text, reach) == _found(p.after, text, len(text)), text
    assert counts._after_reach(p.last_told, "a killedx count", p.last_told_back) == 0
    assert counts._after_reach(p.last_told, "5 were KILLED. More", p.last_told_back) == len("5 were KILLED.")
    assert counts._after_reach(p.last_told, "xkilled died_ dead", p.last_told_back) == len("xkilled died_ dead")


# the bare year opened by \b, as `counts._masked` read it before this round
_BARE_YEAR_AT_BOUNDARY = re.compile(
    r"\b" + counts._BARE_YEAR.pattern.replace(r"(?:1(?<!\w1)9|2(?<!\w2)0)", "(?:19|20)"))


def test_masking_up_to_the_last_digits_masks_the_same(reader: counts.CountReader) -> None:
    assert counts._rules().digit_ended == frozenset({0, 3})
    for k in counts._rules().digit_ended:  # the patterns said to end with digits do
        assert counts._rules().not_counts[k].pattern.endswith((r"#?\d[\d,]*", r"\s+\d+"))
    for text in _texts():
        assert counts._masked(text) == masked_by_character(text, _BARE_YEAR_AT_BOUNDARY), text
    assert counts._digits_end("Route 5,, then") == len("Route 5,,")
    assert counts._digits_end("no digits") == len("no digits")
    assert counts._digits_end("Route ٥ east") == len("Route ٥ east")  # not ASCII: the whole text


def test_the_bare_year_is_the_word_bounded_one() -> None:
    bare = re.compile(r"\b(?:19|20)" + counts._BARE_YEAR.pattern.split(r"(?:1(?<!\w1)9|2(?<!\w2)0)", 1)[1])
    for text in [*_texts(), "x1999 1999 _2000 (2001) 2002people 2003 people 12003", "1999", "a2020"]:
        assert [m.span() for m in counts._BARE_YEAR.finditer(text)] == [m.span() for m in bare.finditer(text)], text
