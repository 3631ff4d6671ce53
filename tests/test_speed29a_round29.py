"""Round 29 (s29a): the places' readers that ask the whole text less often: a noun for a person before a name read
back by hand (no search per run); the text's words split only where a phrase read as whole words is written."""

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


_PHRASE_TEXTS = [
    "The mayor of Idlib said the daily Tishreen reported a convoy headed for Homs.",
    "The mayorship of Idlib, a dailyness, headed forth; Chief Of staff.",
    "Nothing of the kind is written here.",
    "Ça fait la mayor of Homs, the \u212aelvin daily",
    "",
]


@pytest.mark.parametrize("text", _PHRASE_TEXTS)
def test_whole_words_asked_only_where_a_phrase_is_written(text: str) -> None:
    lowered = recognize._written_in(text)[0]
    office, heading = recognize._window_words()
    for phrases in (office, heading, recognize._cue_phrases("outlet_before")):
        assert recognize._whole_in(text, lowered, phrases) \
            == recognize._whole_written(lowered, recognize._words_in(text), phrases)


@pytest.mark.parametrize("text", [
    "Shelling hit Tokhar, a village near Manbij, and Kafr Nabl an town; Homs, A hamlet, Idlib\u00a0a town, x, an area",
    ", a village", " an village", ",  a village", "",
])
def test_apposition_asked_only_after_its_article(text: str) -> None:
    apposition = recognize._cue_patterns()["settle_apposition"]
    for end in range(len(text) + 1):
        after = text[end:end + 30]
        if apposition.match(after):
            assert after.startswith(recognize._ARTICLE_A, 1) or after.startswith(recognize._ARTICLE_A, 2)


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
