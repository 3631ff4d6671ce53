"""Round 30 (s30b): the country hints' tables read as one index (`CountryHints._kinds`): a key's country and kind
are those the tables give asked one after another, names first; the text's name words split from pairs typed as
strings are those the word pattern reads."""

from __future__ import annotations

import pytest

from warscribe.places import countries
from warscribe.places.countries import CountryHints


def _asked_in_turn(hints: CountryHints, k: str) -> tuple[str, str] | None:
    """What `_hint` read of a key before round 30: each table asked in turn."""
    if k in hints.names:
        return hints.names[k], "name"
    if k in hints.adjectives:
        return hints.adjectives[k], "adjective"
    if k in hints.capitals:
        return hints.capitals[k], "capital"
    if k in hints.admin1:
        return next(iter(hints.admin1[k])), "admin1"
    if k in hints.namesakes:
        return hints.namesakes[k], "namesake"
    if k in hints.admin2:
        return next(iter(hints.admin2[k])), "admin2"
    return None


@pytest.mark.parametrize("with_gazetteer", [True, False])
def test_the_index_of_kinds_gives_what_the_tables_asked_in_turn_give(gaz, with_gazetteer: bool) -> None:
    hints = CountryHints(gaz if with_gazetteer else None)
    keys = {*hints.names, *hints.adjectives, *hints.capitals, *hints.admin1, *hints.namesakes, *hints.admin2}
    assert keys == set(hints._kinds)
    for k in [*sorted(keys), "", "no such place", "x"]:
        assert hints._kinds.get(k) == _asked_in_turn(hints, k), k
    # keys held by several tables are there to be ranked (a country's name is also an admin1 or district name)
    kinds = [(k in hints.names) + (k in hints.adjectives) + (k in hints.capitals) + (k in hints.admin1)
             + (k in hints.namesakes) + (k in hints.admin2) for k in keys]
    assert not with_gazetteer or max(kinds) > 1


@pytest.mark.parametrize("text", [
    "Shells fell on Syria's north and on al-Bab, Deir ez-Zor; the Democratic Republic of the Congo and Côte d'Ivoire.",
    "Ségou–Goma İK \u212a x_y 12 O'Neil. and of the de",
    "",
    "no capital here",
])
def test_the_texts_words_are_those_of_the_word_pattern(text: str) -> None:
    words = [(m.start("w"), m.end("w"), m.group("w")) for m in countries._NAME_WORD.finditer(text) if m.group("w")]
    assert countries.name_words(text, 0, len(text)) == words


def test_the_ally_pattern_finds_what_it_found_without_its_look_ahead() -> None:
    import re

    from warscribe.knowledge.patterns import alternation
    from warscribe.places.data import cues
    from warscribe.stages.places import _ally_pattern

    words = cues()["ally_before"]
    name = r"[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*)*"
    plain = re.compile(rf"\b(?:{alternation(words)})[ \u00a0]+({name}(?:,?[ \u00a0]+and[ \u00a0]+{name})?)")
    text = (f"Syria's {words[0]} Russia, its {words[1]}\u00a0Russia and Iran, x{words[0]} Iran, "
            f"{words[0].upper()} Iran, rebel {words[-1]} Turkey, Ally Qatar, _{words[0]} Oman, é{words[0]} Chad, "
            f"3{words[0]} Mali")
    assert _ally_pattern().pattern != plain.pattern
    for start in range(len(text)):
        assert [m.span(1) for m in _ally_pattern().finditer(text, start)] == \
               [m.span(1) for m in plain.finditer(text, start)], start
    assert len(list(plain.finditer(text))) >= 3


@pytest.mark.parametrize("text", [
    "Gunmen in Kara, North Darfur shot two men; in an upazila of Dhaka and in Kara in North Darfur state, Sudan.",
    "Raiders from Somalia attacked Mandera, Kenya, near the Somali border; Kenyan police said an upazila burned.",
    "",
])
def test_votes_counted_into_a_plain_dict_are_those_of_the_counter(gaz, text: str) -> None:
    hints = CountryHints(gaz)
    spans = [(0, len(text)), (len(text) // 3, len(text))]
    plain: dict[str, int] = {}
    hints.count_into(plain, text, spans, None, {})
    assert type(plain) is dict
    assert list(plain.items()) == list(CountryHints(gaz).votes(text, spans).items())
    assert not text or plain
