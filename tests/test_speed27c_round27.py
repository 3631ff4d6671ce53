"""Round 27 (s27c), speed work in the recognize stage (issue 14): an actor match's form is read by its key's hash,
the tests that drop an actor hit are asked only of the hits that would be kept, the longest match per kind is
chosen by sorting key tuples, and a source's name is read by its key's hash. Each answers as the way before did."""

from __future__ import annotations

import pytest

from warscribe.config import Context
from warscribe.stages import recognize

_TEXTS = [
    "Damascus denies the attack; in central Baghdad, Washington blames Damascus for the chemical attack.",
    "Russia bombed a market while fighters from Russia attacked. Russia said the United States has accused the "
    "regime of being behind the attack and fired missiles at a base.",
    "Regime forces seized rebel-held Baba Amr after an anti-ISIL operation; a US-Russian-brokered ceasefire held.",
    "The Syrian army shelled army positions near the police station; police allegedly shot protesters, and "
    "soldiers were killed by Ansar al-Haq and the Free Syrian Army.",
    "The Syrian Observatory for Human Rights said Islamic State militants and Hayat Tahrir al-Sham fighters clashed "
    "with the Syrian Democratic Forces, the Kurdish-led SDF, and Turkish-backed rebels.",
    "The strike prompted Washington to take military action; Damascus has been largely spared from the violence.",
    "",
]


def _eager_hits(rec: recognize.Recognizers, doc, verbs: frozenset[int], events: frozenset[int]
                ) -> list[tuple[int, int, str, list[str]]]:
    """`actor_hits` the way before: every hit asked the tests first, then the longest kept."""
    strings = rec.lexicon.nlp.vocab.strings
    # (round 28: the lower-case matcher holds the lexicon's sources too; `lower_matches` reads the actors' apart)
    hits = [recognize._ActorHit(s, e, rec.forms[strings[k]])
            for found in (rec.lower_matches(doc)[0], rec.cased(doc)) for k, s, e in found]
    dashes = recognize._dash_tokens(doc)
    starts = {h.start for h in hits}
    spans = ([t.idx for t in doc], [t.idx + len(t.text) for t in doc])
    hits = [h for h in hits if not recognize._dropped(doc, h, doc.text, spans, starts, verbs, events, dashes,
                                                      rec.lexicon, None, 0)]
    hits.sort(key=lambda h: (-(h.end - h.start), -h.form.priority, h.start))
    kept: list = []
    by_span: dict = {}
    taken: set[int] = set()
    for h in hits:
        same = by_span.get((h.start, h.end))
        if same is not None:
            same.candidates.append(h.form.actor_id)
        elif taken.isdisjoint(range(h.start, h.end)):
            h.candidates = [h.form.actor_id]
            kept.append(h)
            by_span[(h.start, h.end)] = h
            taken.update(range(h.start, h.end))
    return [(h.start, h.end, h.form.actor_id, h.candidates) for h in sorted(kept, key=lambda h: h.start)]


@pytest.mark.parametrize("text", _TEXTS)
def test_actor_hits_ask_the_dropping_tests_only_of_hits_that_may_be_kept(text: str) -> None:
    rec = Context().recognizers
    doc = rec.lexicon.tokenize(text)
    # every token an event verb and an event noun, and none: the tests that read them answer both ways
    for marks in (frozenset(), frozenset(range(len(doc)))):
        got = [(h.start, h.end, h.form.actor_id, h.candidates) for h in rec.actor_hits(doc, marks, events=marks)]
        assert got == _eager_hits(rec, doc, marks, marks)


def test_an_actor_match_id_reads_the_form_of_its_key() -> None:
    rec = Context().recognizers
    strings = rec.lexicon.nlp.vocab.strings
    assert len(rec._form_by_id) == len(rec.forms)
    for key_id, form in rec._form_by_id.items():
        assert rec.forms[strings[key_id]] is form
    doc = rec.lexicon.tokenize(_TEXTS[4])
    assert all(rec._form_by_id[k] is rec.forms[strings[k]]
               for found in (rec.lower_matches(doc)[0], rec.cased(doc)) for k, _s, _e in found)


def test_a_source_match_reads_the_name_of_its_key() -> None:
    lexicon = Context().lexicon
    doc = lexicon.tokenize("SANA said two were killed, AFP reported; the Syrian Observatory for Human Rights said "
                           "more, and Reuters and SOHR agreed.")
    found = lexicon._source_matches(doc)
    assert found and lexicon._source_matches(doc) == found  # (the second read from the names kept by hash)
    want = [lexicon.nlp.vocab.strings[k] for m in (lexicon.source_matcher, lexicon.source_case_matcher)
            for k, _s, _e in m(doc)]
    assert [m.label for m in found] == want
    assert all(m.entry is lexicon.sources[m.label] for m in found)


def test_a_match_reads_its_entry_as_a_noun_as_getattr_does() -> None:
    from types import SimpleNamespace

    from warscribe.knowledge.lexicon import Cited, Source, TriggerEntry, _noun

    entries = [TriggerEntry("attack", "attack~", noun=True), TriggerEntry("attack", "attack~"), Cited("x"),
               Source("SANA"), None, SimpleNamespace(noun=1), SimpleNamespace(noun=0), SimpleNamespace(), "text"]
    for entry in entries:
        assert _noun(entry) is bool(getattr(entry, "noun", False))


def test_a_match_compares_and_hashes_by_its_fields() -> None:
    from warscribe.knowledge.lexicon import Cited, Match

    a, b = Match("cue", "c", 1, 3, Cited("x")), Match("cue", "c", 1, 3, Cited("x"))
    assert a == b and hash(a) == hash(b) == hash(("cue", "c", 1, 3, Cited("x")))
    assert a != Match("cue", "c", 1, 4, Cited("x")) and Match("means", "m", 0, 1) == Match("means", "m", 0, 1, None)
    assert (a.kind, a.label, a.start, a.end, a.entry) == ("cue", "c", 1, 3, Cited("x"))
    assert repr(Match("source", "SANA", 0, 1)) == "Match(kind='source', label='SANA', start=0, end=1, entry=None)"


def test_an_offset_is_inside_the_spans_that_hold_it_as_their_offsets_tell() -> None:
    import random

    rng = random.Random(27)
    for _ in range(300):
        spans = [(s, s + rng.randint(0, 6)) for s in (rng.randint(0, 30) for _ in range(rng.randint(0, 6)))]
        held = {i for s, e in spans for i in range(s, e)}
        for offset in range(-2, 40):
            assert recognize._inside(offset, spans) == (offset in held)
