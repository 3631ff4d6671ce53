"""Round 29 (s29d), speed work in the recognize stage's matchers (issue 14): the pattern matcher's reach tests, the
lexicon's sentence-end test inside a match, the recognize stage's trigger starts and its covered-trigger test each
read as a plain loop (compiled: no slice, range object, generator or Python method call). Each answers as the old
way did."""

from __future__ import annotations

import random

from warscribe.config import Context
from warscribe.knowledge.lexicon import _SENTENCE_ENDS, _gap_ends_sentence
from warscribe.knowledge.patterns import _any_in
from warscribe.stages.recognize import _array_bounds, _by_token, _holds_any, _plural, _trigger_starts

_TEXT = ("Gunmen from the Zubeyrat clan shot dead 3 herders near Qarnawil on Tuesday. Vigilantes attack and kill "
         "two teachers, and a militant attack killed four. Students attack six teachers in the town. The army "
         "shelled the village. Soldiers were killed in an ambush. the shelling. Killed were two. Police raided it.")


def test_any_in_answers_as_isdisjoint_of_the_slice() -> None:
    rng = random.Random(29)
    vocabulary = ["a", "b", "c", "d", "e"]
    for _ in range(3000):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(0, 10))]
        allowed = frozenset(rng.sample(vocabulary, rng.randint(0, 3)))
        start = rng.randint(0, len(words))
        reach = rng.randint(0, 12)
        assert _any_in(allowed, words, start, min(start + reach, len(words))) == \
            (not allowed.isdisjoint(words[start:start + reach]))


def test_a_gap_ends_a_sentence_as_the_old_test_read() -> None:
    lexicon = Context().lexicon
    doc = lexicon.tokenize(_TEXT + " No. 8 school. X . y ! Z ? w")
    words = lexicon.lower_words(doc)
    for start in range(len(words)):
        for end in range(start + 3, min(start + 12, len(words) - 1) + 1):
            old = not _SENTENCE_ENDS.isdisjoint(words[start + 1:end - 1]) and any(
                words[j] in _SENTENCE_ENDS and doc[j + 1].text[:1].isupper() for j in range(start + 1, end - 1))
            assert _gap_ends_sentence(doc, words, start, end) == old, (start, end)


def test_the_trigger_starts_are_the_old_sets() -> None:
    context = Context()
    lexicon = context.lexicon
    doc = lexicon.tokenize(_TEXT)
    lowers, at = lexicon.read_lower_tokens(doc)
    matches = lexicon.matches(doc, lowers)
    bounds = _array_bounds(at, 0)
    verbs = frozenset(m.start for m in matches if m.kind == "trigger" and (
        not m.entry.noun or (m.start > 0 and not m.entry.patient_subject and _plural(doc, m.start - 1, _TEXT,
                                                                                   bounds))))
    events = frozenset(m.start for m in matches if m.kind == "trigger")
    assert len(events) >= 5 and verbs and verbs != events
    assert _trigger_starts(matches, doc, _TEXT, bounds) == (verbs, events)


def test_holds_any_answers_as_the_keys_isdisjoint() -> None:
    rng = random.Random(290)
    for _ in range(2000):
        spans = [(s, s + rng.randint(1, 3)) for s in rng.sample(range(20), rng.randint(0, 5))]
        at = _by_token(spans)
        start = rng.randint(0, 22)
        end = start + rng.randint(0, 4)
        assert _holds_any(at, start, end) == (not at.keys().isdisjoint(range(start, end)))
