"""Round 29 (s29a): the places' readers that search less: a noun for a person before a name read back by hand (no
search per run); the patterns after a name that open with a dash asked only after one; a span's capitals searched
from the stretch before its first "capital"."""

from __future__ import annotations

import pytest

from warscribe.places import recognize
from warscribe.places.data import person_nouns

_NOUN = sorted(person_nouns())[0]
TEXTS = [
    f"the {_NOUN} Diaa Aziz fled, a {_NOUN}\u00a0 Omar Haj said; {_NOUN}\nTalal and {_NOUN} \nKafr Nabl",
    f"x{_NOUN} Abu Ali, {_NOUN.upper()} Abu Ali, {_NOUN}'s Abu Ali, {_NOUN}5 Abu, 3 {_NOUN}  Tal",
    f"{_NOUN} A, {' ' * 25}B, {'a' * 30} C, {_NOUN[1:]} D, . {_NOUN}-\u00a0 E, \n\n {_NOUN} \n F",
    " A",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_person_noun_read_back_as_the_pattern_finds_it(text: str) -> None:
    for start in range(len(text) + 1):
        assert recognize._after_person_noun(text, start) == recognize._after_noun_searched(text, start), start
    assert any(recognize._after_person_noun(text, s) for s in range(len(text) + 1)) == (_NOUN in text)


def test_dash_patterns_asked_only_after_a_dash() -> None:
    p = recognize._cue_patterns()
    text = ("the Britain-based monitor, a Nairobi-bound bus, Homs\u2010based, Idlib\u2013bound, Aleppo -based, "
            "Raqqa based")
    hits = 0
    for end in range(len(text) + 1):
        for name in ("attributive", "bound"):
            if p[name].match(text, end):
                hits += 1
                assert text.startswith(recognize._ROAD_DASHES, end)
    assert hits >= 4


_CAPITAL_TEXTS = [
    "In the Syrian capital Damascus, Syria's capital and the Sri Lankan capital; Kenyas capital, capitalism.",
    "Burkina Faso\u2019s  capital\tand Sudan's\ncapital, (Iraq capital) capital Capital X capital",
    "the de facto Syrian capital, its capital, Ankara capital",
    "capital",
]


@pytest.mark.parametrize("text", _CAPITAL_TEXTS)
def test_capital_matches_start_after_the_reach(text: str) -> None:
    pattern = recognize._CAPITAL_OF
    for s in range(len(text)):
        for e in range(s, len(text) + 1, 3):
            first = text.find("capital", s, e)
            if first < 0:
                continue
            every = [(m.span(), m.group(1)) for m in pattern.finditer(text, s, e)]
            reach = recognize._capital_reach(text, s, first)
            reached = [(m.span(), m.group(1)) for m in pattern.finditer(text, reach, e)]
            assert reached == every, (s, e)
