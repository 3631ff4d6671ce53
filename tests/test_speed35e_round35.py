"""Round 35 (s35e), speed work in the recognize stage's mention reading (issue 14): the word tests that read a spaCy
Token per word (a collective plural, a crowd's "of" and joining word, "members of", the hyphen tests of a place's
holder or a pact's broker, the paragraph's end) read the paragraph's lower-case ids and token bounds instead. Each
answers as the Token-based test did."""

from __future__ import annotations

from spacy.strings import get_string_id

from warscribe.config import Context
from warscribe.knowledge.roles import against_a_side, brokers_a_pact, collective_plurals, holds_a_place
from warscribe.stages import recognize
from warscribe.stages.recognize import (
    _ActorHit,
    _anaphors,
    _array_bounds,
    _brokers,
    _glued,
    _holder_of_place,
    _holds_place,
    _members_of,
    _plural,
)

_TEXT = ("The rebel-held town and the IS-controlled villages lay north.  A US-Russian-brokered truce and a "
         "US-brokered ceasefire , an anti-ISIL operation and anti -ISIL raids . Police raided it, a police raid, "
         "the youth attack; members of the Nusra Front and members of  the army. They said the group fired. "
         "Gunmen - held x-\ny and government -held z. It was them.\n")


def _doc():
    lexicon = Context().lexicon
    doc = lexicon.tokenize(_TEXT)
    ids, at = lexicon.read_ids(doc)
    return doc, ids, _array_bounds(at, 0)


def _old_holds_place(doc, hit) -> bool:
    return hit.end + 1 < len(doc) and doc[hit.end].text == "-" and not doc[hit.end].whitespace_ \
        and holds_a_place(doc[hit.end + 1].text)


def _old_brokers(doc, hit) -> bool:
    at = hit.end
    if at + 3 < len(doc) and doc[at].text == "-" and doc[at + 1].text[:1].isupper() and doc[at + 2].text == "-" \
            and not any(doc[k].whitespace_ for k in range(at, at + 3)):
        at += 2
    return at + 1 < len(doc) and doc[at].text == "-" and not doc[at].whitespace_ and brokers_a_pact(doc[at + 1].text)


def _old_holder_of_place(doc, hit) -> bool:
    if hit.start >= 2 and doc[hit.start - 1].text == "-" and not doc[hit.start - 2].whitespace_ \
            and against_a_side(doc[hit.start - 2].text):
        return True
    return _old_holds_place(doc, hit) or _old_brokers(doc, hit)


def _old_plural(doc, i: int, bounds) -> bool:
    if recognize._PLURAL.search(_TEXT, bounds[0][i], bounds[1][i]) is not None:
        return True
    return doc[i].lower_ in collective_plurals() and (i == 0 or doc[i - 1].lower_ not in ("a", "an"))


def test_glued_is_no_white_space_after_the_token() -> None:
    doc, _ids, bounds = _doc()
    assert any(t.whitespace_ for t in doc[:-1]) and any(not t.whitespace_ for t in doc[:-1])
    for i in range(len(doc) - 1):
        assert _glued(bounds, i) == (not doc[i].whitespace_), i


def test_the_hyphen_tests_answer_as_the_token_tests() -> None:
    doc, _ids, bounds = _doc()
    answers = {True: 0, False: 0}
    for start in range(len(doc)):
        for end in range(start + 1, min(start + 4, len(doc)) + 1):
            hit = _ActorHit(start, end, None)
            assert _holds_place(_TEXT, bounds, hit) == _old_holds_place(doc, hit), (start, end)
            assert _brokers(_TEXT, bounds, hit) == _old_brokers(doc, hit), (start, end)
            answer = _holder_of_place(_TEXT, bounds, hit)
            assert answer == _old_holder_of_place(doc, hit), (start, end)
            answers[answer] += 1
    assert answers[True] >= 4 and answers[False]


def test_plural_by_ids_answers_as_by_tokens() -> None:
    doc, ids, bounds = _doc()
    assert {"police", "youth"} & collective_plurals()
    told = [_plural(ids, i, _TEXT, bounds) for i in range(len(doc))]
    assert told == [_old_plural(doc, i, bounds) for i in range(len(doc))]
    police = [i for i, t in enumerate(doc) if t.lower_ == "police"]
    assert [told[i] for i in police] == [True, False]  # "Police raided", "a police raid"


def test_members_of_reads_the_joining_phrase_by_ids() -> None:
    context = Context()
    doc, ids, _bounds = _doc()
    rec = context.recognizers
    lexicon = context.lexicon
    members = [i for i, t in enumerate(doc) if t.lower_ == "members"]
    assert len(members) == 2 and ("of",) in lexicon.members_of

    def old(start: int, armed: set[int]) -> bool:
        if doc[start].lower_ not in lexicon.members_words:
            return False
        return any(start + 1 + len(of) in armed and tuple(t.lower_ for t in doc[start + 1:start + 1 + len(of)]) == of
                   for of in lexicon.members_of)

    for start in members:
        for armed in ({start + 2}, {start + 3}, {start + 4}, set()):
            assert _members_of(ids, start, start + 1, armed, rec) == old(start, armed), (start, armed)
    assert _members_of(ids, members[0], members[0] + 1, {members[0] + 2}, rec)
    assert not _members_of(ids, members[0], members[0] + 2, {members[0] + 2}, rec)  # one word only
    assert rec.crowd_join_ids == frozenset(get_string_id(w) for w in lexicon.crowd_joins)


def test_anaphors_end_from_the_bounds_as_from_the_last_token() -> None:
    doc, _ids, bounds = _doc()
    offset = 7
    text = "x" * offset + _TEXT
    bounds = _array_bounds(Context().lexicon.read_ids(doc)[1], offset)
    with_end = _anaphors(text, offset, bounds[1][-1])
    last = offset + doc[-1].idx + len(doc[-1].text)  # (the end the stage read from the last Token before)
    assert [(m.start, m.end, m.label) for m in with_end] == [(m.start, m.end, m.label)
                                                             for m in _anaphors(text, offset, last)]
    assert with_end and bounds[1][-1] == offset + doc[-1].idx + len(doc[-1].text)
    assert recognize._anaphors(text, offset, offset + 40) != with_end  # the end bounds the search
