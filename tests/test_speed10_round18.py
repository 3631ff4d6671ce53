"""Round 18 (speed10): whole-text regex passes skipped where a cheap test proves they find nothing (a span with no
bracket holds no dateline, a text with none of the tag words no tag list), and the name-run word split read in one
match per word; each gives what the full pass gives."""

from __future__ import annotations

import re

import pytest

from warscribe.places import recognize
from warscribe.places.gazetteer import Gazetteer
from warscribe.places.recognize import _INNER, _TOKEN, _tag_words, _written, find_places, run_words
from warscribe.stages import segment
from warscribe.stages.segment import dateline_places, split_sentences

# Hand-written texts: with and without a dateline, a tag list, brackets that name no outlet.
_TEXTS = [
    "Jets struck a market in Ariha on Monday, killing five people, activists said.",
    "Rebel Rockets Kill Five in Hama BEIRUT (Reuters) The army said its jets struck a depot near Idlib.",
    "Ten aid workers of the SARC (Syrian Arab Red Crescent) were hurt when a shell fell on their office in Homs.",
    "Tags Syria Idlib Ariha Assad war Government air raids in a town near Saraqib killed two on Sunday.",
    "The Tagged villages of Jabal al-Zawiya and Kafr Nabl were shelled; d'Ivoire's envoy and Umm Batna's mayor spoke.",
    "Forces of the régime entered Ébla and al-Bab (AFP) after clashes with ʿAin Issa fighters' units.",
]


def _full_datelines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span("place") for m in segment._DATELINE.finditer(text, start, end)
            if segment.is_outlet(m.group("outlet"))]


@pytest.mark.parametrize("text", _TEXTS)
def test_datelines_are_those_the_full_scan_finds(text: str) -> None:
    for start, end in [(0, len(text)), (0, len(text) // 2), (len(text) // 3, len(text))]:
        assert dateline_places(text, start, end) == _full_datelines(text, start, end)


def test_a_span_without_a_bracket_is_not_scanned(monkeypatch: pytest.MonkeyPatch) -> None:
    class _Never:
        def finditer(self, *args: object) -> None:
            raise AssertionError("scanned")

    monkeypatch.setattr(segment, "_DATELINE", _Never())
    assert dateline_places(_TEXTS[0], 0, len(_TEXTS[0])) == []
    text = _TEXTS[1]
    assert dateline_places(text, 0, text.index("(")) == []  # the bracket lies after the span


def test_sentences_cut_at_a_dateline_still() -> None:
    text = _TEXTS[1]
    assert [text[s:e] for s, e in split_sentences(text, 0, len(text))] == [
        "Rebel Rockets Kill Five in Hama", "BEIRUT (Reuters) The army said its jets struck a depot near Idlib."]


def test_the_tag_words_are_tested_as_written() -> None:
    assert _written(_TEXTS[3], _tag_words())
    assert _written(_TEXTS[4], _tag_words())  # "Tagged": the pattern itself then says whether it is a tag word
    assert not _written(_TEXTS[0], _tag_words())
    assert not _written("the tags of the town", _tag_words())  # the pattern is case-sensitive: so is the test


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("focus", ["SY", None])
def test_places_found_with_the_tag_test_are_those_found_without(gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch,
                                                                text: str, focus: str | None) -> None:
    tested = find_places(text, [(0, len(text))], gaz, focus)
    monkeypatch.setattr(recognize, "_tag_words", lambda: ("",))  # every text holds the empty string
    assert find_places(text, [(0, len(text))], gaz, focus) == tested


_INNER_WORD = re.compile(r"(?:" + "|".join(map(re.escape, sorted(_INNER, key=len, reverse=True))) + r")\Z",
                         re.IGNORECASE)


def _reference_run_words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The definition: the words of `_TOKEN` from `start` on that do not start with a-z, or are an inner word."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)
            if not ("a" <= m.group()[0] <= "z") or _INNER_WORD.match(m.group())]


@pytest.mark.parametrize("text", [*_TEXTS, "al'Qaeda a''B 5'Aleppo rebels' Al-Bab ibn Abu umm wa el OF also x’y é",
                                  "", "   ", "of", "Of the", "ab'", "'Ain"])
def test_run_words_are_the_capitalised_and_inner_tokens(text: str) -> None:
    spans = [(0, len(text))] + [(s, e) for s in range(0, len(text), 7) for e in (s + 5, s + 13) if e <= len(text)]
    for start, end in spans:
        assert [tuple(t) for t in run_words(text, start, end)] == _reference_run_words(text, start, end)
