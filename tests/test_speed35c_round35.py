"""The count reader's round-35 shortcuts answer as what they replace: the scouts' form of a text made once and handed
to `after`'s reach and scout, `before`'s scout and the masking (each made its own before); the scout of `before` read
on from the gate's first word in a masked text too; `_AUX_AND`'s outcomes as one case-blind trie (the alternation
before)."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from plain_readings import word_texts
from warscribe.knowledge import counts
from warscribe.knowledge.counts import CountReader
from warscribe.knowledge.lexicon import _numbers

_TOKENS = ["killed", "KILLED", "Killed", "killing", "wounded", "injured", "dead", "were", "was", "kidnapped", "and",
           "12", "3", "2011", "12-year-old", "5km", "10:30", "aged", "Battalion", "46", "$5", "the", "two", "people",
           "civilians", "soldiers", "at", "least", "a", "man", "woman", "including", "among", "them", "in", "x",
           "Aleppo", "May", "\u212aurds", "na\u00efve", "executed", "summarily", "toll", "death", "rose", "to"]
_SEPARATORS = [" ", "  ", ", ", ".", "-", "\n", "; ", ""]


@pytest.fixture(scope="module")
def reader() -> CountReader:
    return CountReader(SimpleNamespace(numbers=_numbers()))  # type: ignore[arg-type]


def _texts(seed: int) -> list[str]:
    return [*word_texts(_TOKENS, _SEPARATORS, 300, seed),
            "Two civilians were kidnapped and killed on 5 May 2017, and a 12-year-old boy was wounded.",
            "At least 12 people, including 3 children, were killed in Aleppo, aged 5 to 40.",
            "The toll rose to 40 after 3 soldiers were killed \u2014 na\u00efve \u212aurds said 2011."]


def _spans(found: list[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in found]


@pytest.mark.parametrize("seed", range(3))
def test_handed_form_reads_as_each_made_its_own(reader: CountReader, seed: int) -> None:
    p = reader.p
    for text in _texts(seed):
        masked = counts._masked(text, counts._spaced_lower(text))
        assert masked == counts._masked(text), text
        form = counts._scout_form(masked)
        reach = counts._after_reach(p.last_told, masked, p.last_told_back, form)
        assert reach == counts._after_reach(p.last_told, masked, p.last_told_back), text
        assert _spans(counts._after_matches(p, masked, reach, form)) == _spans(
            counts._after_matches(p, masked, reach)), text
        assert reader._after(masked, form) == reader._after(masked), text
        assert reader._before(masked, 0, form) == reader._before(masked), text


@pytest.mark.parametrize("seed", range(3))
def test_before_of_a_masked_text_from_the_gate_s_first_word(reader: CountReader, seed: int) -> None:
    gate = reader.p.any_outcome_gate
    masked_some = 0
    for text in _texts(seed):
        first = counts._gate_first(gate, counts._spaced_lower(text))
        masked = counts._masked(text)
        if first is None or first < 0:
            continue
        masked_some += masked != text
        assert reader._before(masked, first, counts._scout_form(masked)) == reader._before(masked), text
    assert masked_some  # (texts whose digits were masked were read)


def test_read_hands_one_form_to_both_scouts(reader: CountReader, monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[str] = []
    scout_form = counts._scout_form

    def counted(text: str) -> str:
        made.append(text)
        return scout_form(text)

    monkeypatch.setattr(counts, "_scout_form", counted)
    assert [c.value for c in reader.read("Two soldiers were killed on 5 May 2017 and killing 3 civilians.")] == [2, 3]
    assert len(made) == 1  # (the masked text's, made once: the gates' form holds the unmasked digits)
    made.clear()
    reader.read("Two soldiers were killed and killing three civilians.")
    assert made == []  # (nothing masked: the gates' own form serves)


_OLD_AUX_AND = r"(?:(?!(?:killed|wounded|injured)\b)(?=[a-z]{3})[a-z]++(?<=ed)\s+and\s+)?"


@pytest.mark.parametrize("word", ["killed", "KILLED", "Wounded", "injured", "\u212ailled", "\u0130njured", "kidnapped",
                                  "skilled", "killedx", "wounde", "Injureds", "arrested", "abducted", "in", "ed",
                                  "\u0131njured", "killed_", "killed2"])
def test_aux_and_trie_is_the_alternation(word: str) -> None:
    for text in (f"{word} and killed", f"{word}  and x", f"{word} And", f"{word}and "):
        new = re.compile(counts._AUX_AND, re.I).match(text)
        old = re.compile(_OLD_AUX_AND, re.I).match(text)
        assert new is not None and old is not None and new.span() == old.span(), text
    assert re.compile(counts._AUX_AND + "$", re.I).match("kidnapped and ") is not None
    assert re.compile(counts._AUX_AND + "$", re.I).match("killed and ") is None
