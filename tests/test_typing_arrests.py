"""Typing arrests in our own sentences: detainees who are beaten or executed are an attack; what someone is
arrested for is no event of its own."""

from __future__ import annotations

import pytest

import warscribe


def subs(text: str) -> list[str]:
    return [e.sub_event_type for e in warscribe.extract(text, published="2023-04-20")]


@pytest.mark.parametrize("text", [
    "On 12 April 2023, soldiers detained and executed four herders near the market in Sono.",
    "On 12 April 2023, militiamen arrested and tortured two boys accused of theft near Pouytenga.",
])
def test_detainees_beaten_or_executed_are_an_attack(text: str) -> None:
    assert subs(text) == ["Attack"]


@pytest.mark.parametrize("text", [
    "On 13 April 2023, police arrested five men in Kisumu in connection with the killing of a trader.",
    "On 13 April 2023, police arrested two men in Nyeri suspected of attacking a chief.",
])
def test_what_an_arrest_is_for_is_no_event(text: str) -> None:
    assert subs(text) == ["Arrests"]
