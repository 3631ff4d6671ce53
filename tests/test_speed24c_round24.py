"""Round 24 speed work by speed24c (issue 14): the recognize stage reads a paragraph's lower-case words, token
texts, bounds and "-" tokens from one array of the Doc; the pre-check of a prefiltered pattern lowers a short ASCII
text afresh rather than remembering it, tells an ASCII text free of the case-blind extras by the string's flag,
and holds the pattern's fullmatch, match and sub (no `__getattr__` call per use)."""

from __future__ import annotations

import copy
import pickle
import re

import pytest

from warscribe.knowledge import patterns, prefilter
from warscribe.knowledge.lexicon import Lexicon
from warscribe.knowledge.patterns import lacks_words
from warscribe.stages.recognize import _array_bounds, _array_dashes, _dash_tokens

_TEXTS = [
    "Government-held Aleppo’s east, shelled on 3 May (2016), lost 12 men - again.",
    "The pro-government forces (SAA) seized al-Bab; 7 were killed.\n\nİstanbul \u212aelvin Straße",
    "",
    "   ",
    "x",
    "A - B -- C—D",
]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


@pytest.mark.parametrize("text", _TEXTS)
def test_the_tokens_read_from_one_array_are_the_tokens_own(lexicon: Lexicon, text: str) -> None:
    doc = lexicon.tokenize(text)
    for _ in range(2):  # the strings from spaCy's store, then from the memo
        lowers, texts, at = lexicon.read_tokens(doc)
        assert lowers == [t.lower_ for t in doc] == lexicon.lower_words(doc)
        assert texts == [t.text for t in doc]
        assert _array_bounds(at, 17) == (
            [17 + t.idx for t in doc], [17 + t.idx + len(t.text) for t in doc])
        assert _array_dashes(at) == _dash_tokens(doc) == {i for i, t in enumerate(doc) if t.text == "-"}
        assert lexicon.matches(doc, lexicon.read_ids(doc)[0]) == lexicon.matches(doc)


def test_a_paragraph_of_no_token_reads_nothing(lexicon: Lexicon) -> None:
    lowers, texts, at = lexicon.read_tokens(lexicon.tokenize(""))
    assert (lowers, texts, at) == ([], [], None)
    assert _array_bounds(at, 5) == ([], []) and _array_dashes(at) == set()


_PATTERN = re.compile(r"\b(?:death\s+toll|along\s+with|killing)\b", re.I)
_SEARCHED = [
    "the death toll rose", "The DEATH  TOLL rose", "no such words", "", "along with", "ALONG WITH them",
    "K\u0130LL\u0130NG", "kıllıng", "\u212aILLING", "ſkilling", "s\u017fkilling killing",
    "x" * 300 + " the death toll", "x" * 300, "İ" + "x" * 300 + " killing", "x" * 300 + " \u212aILLING",
]


@pytest.mark.parametrize("text", _SEARCHED)
def test_the_prefiltered_search_answers_as_the_pattern(text: str) -> None:
    pre = prefilter.prefiltered(_PATTERN)
    assert isinstance(pre, prefilter.Prefiltered)
    for pos, end in [(0, len(text)), (1, len(text)), (0, max(0, len(text) - 3))]:
        got, want = pre.search(text, pos, end), _PATTERN.search(text, pos, end)
        assert (got and got.span()) == (want and want.span()), (text, pos, end)
        assert [m.span() for m in pre.finditer(text, pos, end)] == [m.span() for m in
                                                                     _PATTERN.finditer(text, pos, end)]
        assert pre.findall(text, pos, end) == _PATTERN.findall(text, pos, end)


def test_a_short_ascii_text_is_lowered_afresh_and_a_long_one_remembered() -> None:
    short, long = "The Death Toll", "The Death Toll " * 40
    assert short.isascii() and len(short) < patterns.SHORT <= len(long)
    assert prefilter._lower(short) == short.lower() and id(short) not in patterns._LOWER
    assert prefilter._lower(long) == long.lower() and patterns._LOWER[id(long)] == (long, long.lower())
    assert (long, long.lower()) == prefilter._LAST[0]
    # a text with a character a case-blind ASCII letter matches besides its own two: no lower-case form
    assert prefilter._lower("K\u0130LL") is None and prefilter._lower("\u212a" + "x" * 300) is None
    assert prefilter._lower("Straße") == "straße"


def test_the_pattern_methods_are_held_not_looked_up(monkeypatch: pytest.MonkeyPatch) -> None:
    pre = prefilter.prefiltered(_PATTERN)

    def refuse(self: object, name: str) -> None:
        raise AssertionError(f"looked up {name}")

    monkeypatch.setattr(prefilter.Prefiltered, "__getattr__", refuse)
    assert pre.fullmatch("Death toll").span() == _PATTERN.fullmatch("Death toll").span()  # type: ignore[union-attr]
    assert pre.match("killing them").span() == (0, 7)  # type: ignore[union-attr]
    assert pre.sub("x", "a death toll, killing") == "a x, x"
    monkeypatch.undo()
    assert pre.pattern == _PATTERN.pattern and pre.flags == _PATTERN.flags  # (the rest through __getattr__)
    for other in (copy.copy(pre), pickle.loads(pickle.dumps(pre))):
        assert other.search("the DEATH toll").span() == (4, 14)  # type: ignore[union-attr]
        assert other.fullmatch("along with") is not None


@pytest.mark.parametrize("text", ["Along With", "along", "K\u0130LL", "ſkill", "\u212aILL", "kill", "", "Straße kill"])
def test_lacks_words_answers_as_a_case_blind_search(text: str) -> None:
    words = ("along with", "kill")
    lacks = lacks_words(text, words)
    found = re.search("along with|kill", text, re.I) is not None
    assert not (lacks and found)  # "lacks" is sure; a text with an extra is never said to lack them
    if text.isascii():
        assert lacks == (not found)
