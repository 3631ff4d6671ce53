"""Round 18 (speed9): what every name of a text asks of the whole text (its lowered form, whether a credit word or a
`designated` or `origin` phrase is written in it) is read once per text; a text lacking a pattern's words is not
searched for it before each name, and finds the same places as when it is."""

from __future__ import annotations

import pytest

from warscribe.places import recognize
from warscribe.places.gazetteer import Gazetteer
from warscribe.places.recognize import _written_in, find_places

# Hand-written texts: none, then each of the gated words, and one that is not ASCII.
_TEXTS = [
    "Shelling killed four civilians in the town of Saraqib in Idlib province on Monday, activists said.",
    "Photo: Omar Haj Aleppo Residents flee. Jets struck Maarat al-Numan near Idlib, killing two.",
    "Pho'to Omar Haj Homs A car bomb went off outside Homs, wounding six.",
    "The strike hit Khan Sheikhoun (coded as Khan Shaykhun at geoprecision 2) in southern Idlib.",
    "Rebels positioned in Latamneh fired rockets at Mhardeh, killing a child.",
    "Fighters shelled from the village of Kafr Zita hit Suqaylabiyah on Tuesday.",
    "Des frappes ont touché Alep et Idlib; the raid near Jisr al-Shughur killed three.",
]


def test_a_text_without_the_words_is_flagged_so() -> None:
    lowered, credited, designated, origin = _written_in(_TEXTS[0])
    assert lowered == _TEXTS[0].lower() and not credited and not designated and not origin


@pytest.mark.parametrize(("text", "flags"), [
    (_TEXTS[1], (True, False, False)),
    (_TEXTS[2], (True, False, False)),  # a credit word is compared by its key, which drops the apostrophe
    (_TEXTS[3], (False, True, False)),
    (_TEXTS[4], (False, False, True)),
    (_TEXTS[5], (False, False, True)),  # "from the village of": the origin pattern's other branch
    (_TEXTS[6], (True, False, False)),  # not ASCII: a credit word may fold out of other letters
])
def test_each_gated_word_is_seen(text: str, flags: tuple[bool, bool, bool]) -> None:
    assert _written_in(text)[1:] == flags


def test_the_answer_follows_the_text_asked_of() -> None:
    assert not _written_in(_TEXTS[0])[1]
    assert _written_in(_TEXTS[1])[1]
    assert not _written_in(_TEXTS[0])[1]  # the last text's answer is not reused for another


def _ungated(text: str) -> tuple[str, bool, bool, bool]:
    return text.lower(), True, True, True


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("focus", ["SY", None])
def test_places_found_with_the_gates_are_those_found_without(gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch,
                                                             text: str, focus: str | None) -> None:
    gated = find_places(text, [(0, len(text))], gaz, focus)
    monkeypatch.setattr(recognize, "_written_in", _ungated)
    monkeypatch.setattr(recognize, "_WRITTEN", (None, ("", True, True, True)))
    assert find_places(text, [(0, len(text))], gaz, focus) == gated


def test_the_gated_patterns_still_mark_their_names(gaz: Gazetteer) -> None:
    designated = {m.text: m for m in find_places(_TEXTS[3], [(0, len(_TEXTS[3]))], gaz, "SY")}
    assert designated["Khan Shaykhun"].data.get("designated")
    origin = {m.text: m for m in find_places(_TEXTS[4], [(0, len(_TEXTS[4]))], gaz, "SY")}
    assert origin["Latamneh"].data.get("origin")


_GRIEVANCE = ("Hundreds marched in Douma in protest at the siege of Harasta, and later a rally against the "
              "shelling of Arbin was dispersed in Saqba.")


def test_the_shipped_grievance_words_are_tested_in_the_lowered_text() -> None:
    words = recognize._grievance_words()
    assert words is not None and "in protest at" in words


@pytest.mark.parametrize("text", [_GRIEVANCE, _GRIEVANCE.upper(), _TEXTS[0]])
def test_grievance_words_tested_in_the_lowered_text_find_what_the_pattern_finds(
        gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    tested = find_places(text, [(0, len(text))], gaz, "SY")
    monkeypatch.setattr(recognize, "_grievance_words", lambda: None)  # the whole-text search instead
    assert find_places(text, [(0, len(text))], gaz, "SY") == tested
