"""Round 24 speed (issue 14): a document's lower-case form made once and shared by every pre-check
(`prefilter.Prefiltered`) and every `lacks_words`, kept while slices of the document come and go; the cheap
role-word test reads a window of the document rather than a fresh slice."""

from __future__ import annotations

import re

import pytest

from warscribe.knowledge import patterns, prefilter, roles

_DOC = ("Syrian army forces backed by Russian jets shelled the town of Khan Sheikhoun on Monday, killing 12 "
        "civilians, the Syrian Observatory for Human Rights said. Rebels accused the regime of the attack; the "
        "government denied it. A truce reached between the two sides in May had collapsed. ") * 3


def test_the_document_is_lowered_once_for_prefilters_and_lacks_words() -> None:
    doc = _DOC + "the death toll rose"
    pre = prefilter.prefiltered(re.compile(r"\bdeath\s+toll\b", re.I))
    assert isinstance(pre, prefilter.Prefiltered)
    assert pre.search(doc) is not None
    low = patterns._LOWER[id(doc)][1]
    assert low == doc.lower()
    # another long text read between: the document's lower-case form stays, and `lacks_words` reads it
    other = "x" * 300
    assert patterns.lacks_words(other, ("toll",))
    assert not patterns.lacks_words(doc, ("toll",))
    assert patterns._LOWER[id(doc)][1] is low and patterns.LAST[0] == (doc, low)
    assert pre.search(doc, 0, 10) is None and patterns._LOWER[id(doc)][1] is low


def test_slices_do_not_push_the_document_out() -> None:
    doc = _DOC + " end"
    low = patterns.lower_form(doc)
    for i in range(3 * patterns._KEEP):
        piece = doc[i:i + patterns.SHORT + 10]  # a long slice: remembered too
        assert patterns.lower_form(piece) == piece.lower()
        assert patterns.lower_form(doc) is low  # the document, asked between, is the most recent: it stays
    assert len(patterns._LOWER) <= patterns._KEEP
    # the least recently asked leaves first
    olds = ["a" * patterns.SHORT + str(i) for i in range(patterns._KEEP)]
    for text in olds:
        patterns.lower_form(text)
    assert id(doc) not in patterns._LOWER or patterns._LOWER[id(doc)][0] is not doc


@pytest.mark.parametrize("text", ["K\u0130LL " * 60, "\u212a" + "x" * 300, "Stra\u00dfe " * 60, "Straße"])
def test_a_text_with_a_case_blind_extra_has_no_lower_form(text: str) -> None:
    extra = any(c in text for c in patterns._CASE_BLIND_EXTRAS)
    assert patterns.lower_form(text) == (None if extra else text.lower())
    assert patterns.lacks_words(text, ("zzz",)) is (not extra)
    assert patterns.lower_form(text) == (None if extra else text.lower())  # (asked again: remembered or afresh)


def test_the_role_word_window_answers_as_its_slice() -> None:
    texts = [_DOC, "the opposition BLAMED the army", "fighting near the rebels killed two men",
             "Accusations flew: the committeeman inBetween said", "K\u0130LL between " * 30]
    for text in texts:
        for start in range(0, min(len(text), 90), 7):
            for end in (start + 5, start + 40, start + 120, len(text) + 50):
                assert roles.may_name_role(text, start, end) == roles.may_name_role(text[start:end]), \
                    (text[:30], start, end)


def test_the_role_word_pattern_looks_at_nothing_outside_its_words() -> None:
    # (what makes a window's search answer as its slice's: no boundary, anchor or look-behind in the pattern)
    pattern = roles._role_words()
    source = getattr(pattern, "_pattern", pattern).pattern
    assert "(?<" not in source and "\\b" not in source and "$" not in source
    assert "^" not in source.replace("[^", "")
