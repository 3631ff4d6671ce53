"""Round 16 typing on our own sentences: an arrest that ends in a beating, an execution or the detainee found dead is
an attack by the arresting force on the detainee; an arrest alone, or one made for a beating, stays an arrest."""

from __future__ import annotations

import pytest

import warscribe
from warscribe.knowledge.lexicon import Lexicon

ATTACK = ("Violence against civilians", "Attack")
ARRESTS = ("Strategic developments", "Arrests")


def events(text: str) -> list[warscribe.Event]:
    return warscribe.extract(text, published="2022-06-10")


def types(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in events(text)]


@pytest.mark.parametrize("text", [
    "On 3 June 2022, soldiers arrested a farmer at the market of Kaya; he was found dead two days later.",
    "On 3 June 2022, soldiers arrested four herders near Kaya, those arrested were later found dead.",
    "On 3 June 2022, soldiers arrested an old man in Kaya, his corpse was found a few kilometres away.",
    "On 3 June 2022, police detained two traders in Kaya and beat them severely.",
    "On 3 June 2022, herders were detained and beaten by soldiers near Kaya.",
    "On 3 June 2022, soldiers arrested a farmer at the market in Kaya who after his arrest was executed.",
])
def test_an_arrest_ending_in_harm_is_an_attack_by_the_arresting_force(text: str) -> None:
    found = events(text)
    assert [(e.event_type, e.sub_event_type) for e in found] == [ATTACK]
    assert "Military" in (found[0].actor1 or "") or "Police" in (found[0].actor1 or "")
    assert "Civilians" in (found[0].actor2 or "")


@pytest.mark.parametrize("text", [
    "On 3 June 2022, police arrested two traders in Kaya.",
    "On 3 June 2022, police arrested two men in Kaya after they beat a trader.",
    "On 3 June 2022, police arrested a man in Kaya for the killing of a trader.",
])
def test_an_arrest_alone_or_for_harm_done_stays_an_arrest(text: str) -> None:
    assert types(text) == [ARRESTS]


def test_harm_to_the_body_tells_the_harmed_pseudo_frame() -> None:
    lexicon = Lexicon.load()
    assert "harmed" in lexicon.frames
    assert lexicon.frames["harmed"].rank == 0
