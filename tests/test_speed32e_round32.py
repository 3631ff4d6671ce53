"""Round 32 (s32e, issue 14): the clause tests before each side (a speaker's home, a place's past, what a side was
taken for) are asked only in a sentence that holds one of the words they need before its last side; an event noun
with no definite word before it is not searched for a demonstrative. Each shortcut answers as the slower reading it
replaced."""

from __future__ import annotations

import itertools

from warscribe.knowledge import roles
from warscribe.stages import assemble

_CLAUSE_TEXTS = [
    "a source in the Asayesh security forces said the area that has witnessed fighting between IS and the army",
    "villagers apparently mistaken for IS fighters, officials of the SDF, a town which has changed hands",
    "A SPOKESMAN for the army; Aleppo, which had seen clashes by the rebels; CONFUSED for militants",
    "the monitor said the rebels were Misidentified as regime troops, which have known war since the K\u212a",
    "",
]


def test_clause_words_hold_wherever_a_clause_test_holds() -> None:
    """Wherever `speaker_within`, `in_place_history` or `taken_for` holds of a window of hand-built texts, the
    window holds one of `side_clause_words` (and so does every wider window: the sentence up to its last side)."""
    words = roles.side_clause_words()
    held = 0
    for text in _CLAUSE_TEXTS:
        for start, end in itertools.combinations(range(len(text) + 1), 2):
            if roles.speaker_within(text, start, end) or roles.in_place_history(text, start, end) \
                    or roles.taken_for(text, start, end):
                held += 1
                assert roles.window_holds(text, start, end, words), (text, start, end)
    assert held  # (the texts hold each kind of clause)
    assert not roles.window_holds("the army shelled the town", 0, 25, words)


_DETERMINER_TEXTS = [
    "after this attack and these raids, those strikes, such bombings and the shelling, its attack",
    "THESE   deadly raids; Such\tattacks, hit by its own; whose blast, atheist these\nstrikes",
    "clothes such, the the this  attack, their twin blasts ſuch raids, itself",
]


def test_a_demonstrative_is_found_only_where_a_definite_word_is() -> None:
    """`_DEMONSTRATIVE` finds a match only in a window where `_DEFINITE` finds one, so asking `_DEFINITE` first
    changes no answer of `_refers_to_told`."""
    found = 0
    for text in _DETERMINER_TEXTS:
        for start, end in itertools.combinations(range(len(text) + 1), 2):
            if end - start > 30:
                continue
            before = text[start:end]
            if assemble._DEMONSTRATIVE.search(before):
                found += 1
                assert assemble._DEFINITE.search(before), before
    assert found


def test_by_offsets_are_the_case_blind_matches() -> None:
    """`_by_offsets` finds "by" where `_BY`'s case-blind search does, in ASCII texts and others (a character that
    matches an ASCII letter case-blind, a character lowered to two)."""
    texts = ["Backed BY the army, held by IS, bYpass and abbey; bby", "", "by", "b y", "BYBY", "\u00c9t\u00e9 by X",
             "\u212a held by the army", "\u0130stanbul by the Bay", "\ufb00 ab by", "ſby"]
    for text in texts:
        assert roles._by_offsets(text) == [m.start() for m in roles._BY.finditer(text)], text
