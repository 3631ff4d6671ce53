"""Round 29 (s29d), speed work in the recognize stage's matchers (issue 14): the pattern matcher's reach tests, the
lexicon's sentence-end test inside a match, the recognize stage's trigger starts and its covered-trigger test each
read as a plain loop (compiled: no slice, range object, generator or Python method call). Each answers as the old
way did."""

from __future__ import annotations

import random

from spacy.strings import get_string_id

from warscribe.config import Context
from warscribe.knowledge.lexicon import _SENTENCE_ENDS, _gap_ends_sentence
from warscribe.knowledge.patterns import PatternMatcher, _any_in, compile_pattern, keyed
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
    ids = lexicon.read_ids(doc)[0]
    assert any(w in _SENTENCE_ENDS for w in words)
    for start in range(len(words)):
        for end in range(start + 3, min(start + 12, len(words) - 1) + 1):
            old = not _SENTENCE_ENDS.isdisjoint(words[start + 1:end - 1]) and any(
                words[j] in _SENTENCE_ENDS and doc[j + 1].text[:1].isupper() for j in range(start + 1, end - 1))
            assert _gap_ends_sentence(doc, ids, start, end) == old, (start, end)


def test_the_trigger_starts_are_the_old_sets() -> None:
    context = Context()
    lexicon = context.lexicon
    doc = lexicon.tokenize(_TEXT)
    ids, at = lexicon.read_ids(doc)
    matches = lexicon.matches(doc, ids)
    bounds = _array_bounds(at, 0)
    verbs = frozenset(m.start for m in matches if m.kind == "trigger" and (
        not m.entry.noun or (m.start > 0 and not m.entry.patient_subject and _plural(ids, m.start - 1, _TEXT,
                                                                                   bounds))))
    events = frozenset(m.start for m in matches if m.kind == "trigger")
    assert len(events) >= 5 and verbs and verbs != events
    assert _trigger_starts(matches, ids, _TEXT, bounds) == (verbs, events)


def test_holds_any_answers_as_the_keys_isdisjoint() -> None:
    rng = random.Random(290)
    for _ in range(2000):
        spans = [(s, s + rng.randint(1, 3)) for s in rng.sample(range(20), rng.randint(0, 5))]
        at = _by_token(spans)
        start = rng.randint(0, 22)
        end = start + rng.randint(0, 4)
        assert _holds_any(at, start, end) == (not at.keys().isdisjoint(range(start, end)))


_PATTERNS = ["kill~", "open~ fire", "open~ fire *3 on|at", "open~ ?heavy *2 fire", "shot dead", "in the",
             "in the past", "in the wake of", "air strike~n", "set ablaze|alight", "blast *2 followed by *2 gunfire",
             "shot ?and ?then kill~", "the army", "the market", "attack~ *1 market|town"]


def test_the_matcher_keyed_by_ids_finds_what_the_word_matcher_finds() -> None:
    patterns = [compile_pattern(t, t) for t in _PATTERNS]
    by_words = PatternMatcher(patterns)
    by_ids = PatternMatcher([keyed(p, get_string_id) for p in patterns])
    vocabulary = ["in", "the", "past", "wake", "of", "opened", "fire", "heavy", "on", "at", "shot", "dead", "and",
                  "then", "killed", "air", "strikes", "set", "ablaze", "blast", "followed", "by", "gunfire", "army",
                  "market", "attacked", "town", "x", "."]
    rng = random.Random(2929)
    for _ in range(3000):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(0, 16))]
        assert by_ids([get_string_id(w) for w in words]) == by_words(words), words


def test_the_lexicon_reads_the_ids_its_matcher_is_keyed_by() -> None:
    lexicon = Context().lexicon
    for text in (_TEXT, _TEXT.upper(), "Gunmen opened fire on the crowd, killing 3; SANA said. ", ""):
        doc = lexicon.tokenize(text)
        ids, at = lexicon.read_ids(doc)
        assert ids == [get_string_id(w) for w in lexicon.lower_words(doc)] == (
            [] if at is None else at[:, 0].tolist())
        assert (lexicon.matches(doc, ids) != []) == bool(text)
    assert lexicon.source_case_ids == frozenset(get_string_id(w) for w in lexicon.source_case_words or ())
    assert lexicon.matcher._starts.get(get_string_id("killed")) is not None


def test_keyed_keeps_gaps_optional_words_and_the_payload() -> None:
    pattern = compile_pattern("open~ ?heavy *2 fire on|at", "x")
    ids = keyed(pattern, get_string_id)
    assert ids.payload == "x" and [(e.optional, e.gap) for e in ids.elements] == [
        (e.optional, e.gap) for e in pattern.elements]
    assert [e.words for e in ids.elements] == [
        None if e.words is None else frozenset(get_string_id(str(w)) for w in e.words) for e in pattern.elements]
