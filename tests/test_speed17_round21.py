"""Round 21 (speed17): Python work spared where nothing reads its result: spaCy's lexeme attributes that warscribe
never reads (only LOWER and IS_ALPHA are made for a new word), SHA-1 of the near-duplicate shingles by CPython's own
hash (no OpenSSL context per shingle), a typing rule's other frames made once per draft, a date's shifted copy and an
untrimmed count made without `dataclasses.replace`; each gives what the old way gave."""

from __future__ import annotations

import hashlib
from dataclasses import fields, replace

import spacy
from spacy.attrs import IS_ALPHA, LIKE_NUM, LOWER, NORM, SHAPE

from warscribe import timex
from warscribe.cleaning import dedup
from warscribe.knowledge import counts
from warscribe.knowledge.counts import Count
from warscribe.knowledge.lexicon import READ_LEXEME_ATTRS, Lexicon

_TEXT = ("Gunmen from the Zubeyrat clan shot dead 3 herders near Qarnawil on Tuesday, 4 June 2019, and "
         "wounded two others; e-mail tips@example.org or see www.example.org/Qarnawil-2019 for the photos.")


def test_the_lexicon_makes_only_the_lexeme_attributes_it_reads() -> None:
    getters = Lexicon.load().nlp.vocab.lex_attr_getters
    assert set(getters) == READ_LEXEME_ATTRS == {LOWER, IS_ALPHA}
    assert not {SHAPE, NORM, LIKE_NUM} & set(getters)


def test_a_new_words_tokens_read_as_with_every_getter() -> None:
    lexicon = Lexicon.load()
    full = spacy.blank("en")
    ours = [(t.text, t.idx, t.whitespace_, t.lower_, t.is_alpha) for t in lexicon.tokenize(_TEXT)]
    theirs = [(t.text, t.idx, t.whitespace_, t.lower_, t.is_alpha) for t in full.tokenizer(_TEXT)]
    assert ours == theirs
    assert ("Qarnawil", "qarnawil", True) in {(t[0], t[3], t[4]) for t in ours}


def test_the_shingle_hash_is_sha1() -> None:
    grams = sorted(dedup.shingles(_TEXT))
    assert [dedup._SHA1(g).digest() for g in grams] == [hashlib.sha1(g).digest() for g in grams]


def test_the_hash_values_are_datasketchs() -> None:
    minhash = dedup._empty().copy()
    minhash.update_batch(list(dedup.shingles(_TEXT)))
    assert (dedup._hash_values(_TEXT) == minhash.hashvalues).all()


def test_a_dates_shifted_copy_is_replaces() -> None:
    assert [f.name for f in fields(timex.DateMention)] == [
        "start", "end", "text", "kind", "month", "days", "year", "weekday", "offset", "part", "strict", "extra"]
    whole = timex.find_dates("Earlier: " + _TEXT + " Last Friday and yesterday, too.")
    shifted = timex.find_dates("Earlier: " + _TEXT + " Last Friday and yesterday, too.", 9)
    plain = timex.find_dates(_TEXT + " Last Friday and yesterday, too.")
    assert shifted == [replace(d, start=d.start + 9, end=d.end + 9) for d in plain] and shifted
    assert [(d.kind, d.text) for d in shifted] == [(d.kind, d.text) for d in whole]


def test_a_trimmed_count_is_the_count_itself_where_nothing_trails() -> None:
    text = "three people were killed   "
    bare = Count(0, 24, "death", 3, False, None, "people")
    assert counts._trimmed(text, bare) is bare
    spaced = replace(bare, end=len(text))
    assert counts._trimmed(text, spaced) == bare


def test_a_typing_rule_reads_the_other_frames_given_as_made(pipeline) -> None:
    from warscribe.stages.assemble import _rule_holds

    lexicon = pipeline.context.lexicon
    doc = pipeline.run(_document("Gunmen shot dead three herders and burned their huts near Qarnawil."))
    drafts = [ev.draft for ev in doc.events if ev.draft is not None]
    assert drafts
    for draft in drafts:
        others = draft.frames - {draft.trigger.label}
        for rule in lexicon.rules:
            for agents in ({"nonstate"}, {"state", "armed"}):
                for targets in ({"civilians"}, {"armed"}):
                    assert _rule_holds(rule, draft, agents, targets, set(others)) == \
                        _rule_holds(rule, draft, agents, targets)


def _document(text: str):
    from warscribe.model import Document

    return Document.from_input({"id": "speed17", "text": text, "published": "2019-06-05"})


def test_band_keys_hash_each_bands_own_bytes() -> None:
    import numpy as np

    hashes = dedup._hash_values(_TEXT).astype(np.uint32)
    bands, rows = 21, 12
    assert dedup.band_keys(hashes, bands, rows) == [
        (b, int.from_bytes(hashlib.blake2b(hashes[b * rows:(b + 1) * rows].tobytes(), digest_size=8).digest(), "big",
                           signed=True)) for b in range(bands)]
    assert dedup.band_keys(hashes[::2], 10, 12) == [
        (b, int.from_bytes(hashlib.blake2b(hashes[::2][b * 12:(b + 1) * 12].tobytes(), digest_size=8).digest(),
                           "big", signed=True)) for b in range(10)]


def test_the_claim_word_test_is_remembered_per_document_text() -> None:
    from warscribe.knowledge.patterns import lacks_words
    from warscribe.stages import assemble

    told = "The group claimed the attack on the base. Four soldiers died."
    untold = "Four soldiers died in an attack on the base."
    for text in (told, untold, told, "a sentence between", told, untold):
        lacks_words("some other text read between", ("x",))
        assert assemble._lacks_claim(text) == lacks_words(text, assemble._CLAIM_WORDS) == (text is not told)
