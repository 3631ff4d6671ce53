"""Round 24 fixes by speed24a, speed work (issue 14): assemble reads once what each draft or test asked again."""

from __future__ import annotations

import re

from coding_support import mention_at as _at
from coding_support import one_sentence as _doc
from warscribe.config import Context
from warscribe.knowledge import roles
from warscribe.knowledge.patterns import lacks_words
from warscribe.model import Document, EventDraft, Mention, Sentence
from warscribe.stages import assemble

_HOLDER_TEXTS = [
    "Air strikes hit a town held by the Islamic State group on Monday.",
    "Warplanes attacked territory controlled BY Daesh fighters.",
    "Two bases, one run by the YPG, the other by the Asayesh, were shelled.",
    "The hospital was hit by shells fired by the army near the rebels.",
    "Rebels bombed a district bypassed by the army while the regime held the city.",
    "by the rebels",
    "held by",
    "Strikes on areas held by\tthe Nusra Front and occupied by\nIS killed 5.",
    "",
]


def _plain_holder_before(text: str, start: int) -> int | None:
    """`roles.holder_before` as it read before its pre-test on "by"."""
    found = roles._holder().search(text, max(0, start - 40), start) or roles._holder_other().search(
        text, max(0, start - 140), start)
    return found.start() if found else None


def test_the_holder_pre_test_on_by_drops_no_holder_at_any_offset() -> None:
    for text in _HOLDER_TEXTS:
        for start in range(len(text) + 1):
            assert roles.holder_before(text, start) == _plain_holder_before(text, start), (text, start)
    text = _HOLDER_TEXTS[0]
    assert roles.holder_before(text, text.index("Islamic")) == text.index("held")
    # the offsets of "by" are read once a text and kept for it; another text is read afresh
    assert roles._BY_AT[0] is text
    assert roles.holder_before("no holding word at all here", 20) is None


def test_the_cue_ends_of_a_document_are_read_once(monkeypatch) -> None:
    text = "Shelling hit a town recently captured by the rebels, and a village seized by IS was bombed."
    doc, _ = _doc(text)
    doc.mentions = [_at(text, "cue", "recently captured by", "state_capture"),
                    _at(text, "cue", "seized by", "state_capture"),
                    _at(text, "trigger", "Shelling", "shelling", noun=True)]
    lexicon = Context().lexicon
    calls: list[int] = []
    real = assemble._day_in_clause
    monkeypatch.setattr(assemble, "_day_in_clause", lambda d, start: calls.append(start) or real(d, start))
    monkeypatch.setattr(lexicon, "cue_scopes", {**lexicon.cue_scopes, "state_capture": "describes"})
    first = assemble._state_cue_ends(doc, lexicon)
    assert first == (doc.mentions[0].end, doc.mentions[1].end)
    assert assemble._state_cue_ends(doc, lexicon) == first and len(calls) == 2  # (the second ask reads nothing)
    # a mention added to the document is read again
    doc.mentions.append(_at(text, "cue", "captured by", "state_capture"))
    assert len(assemble._state_cue_ends(doc, lexicon)) == 3 and len(calls) == 5


def test_an_untraced_sentence_without_a_trigger_drafts_nothing_and_a_claim_is_still_read() -> None:
    ctx = Context()
    text = "The ministry spoke to reporters in Damascus."
    doc, sentence = _doc(text)
    mentions = [_at(text, "actor", "ministry", "state:government")]
    assert assemble._draft(doc, sentence, mentions, ctx.lexicon, ctx, assemble._History()) is None
    # a document that tells a claim: the claim of a sentence with no trigger still names the perpetrator
    text = "A bomb killed five people in Idlib. ISIS claimed responsibility on its channels."
    doc = Document.from_input({"id": "t", "text": text, "published": "2019-03-02"})
    first, second = Sentence(0, text.index("ISIS") - 1, 0, 0, False), Sentence(text.index("ISIS"), len(text), 1, 0,
                                                                                False)
    history = assemble._History()
    kill = _at(text, "trigger", "killed", "kill")
    draft = EventDraft(sentence=first, trigger=kill, event_type="", sub_event_type="")
    history.drafts.append(draft)
    claimant = _at(text, "actor", "ISIS", "isis-iraq")
    assert assemble._draft(doc, second, [claimant], ctx.lexicon, ctx, history) is None
    assert assemble._kind(ctx, claimant) == "nonstate"
    assert draft.actor1 is claimant and draft.claim_status == "claimed"


def test_a_sentence_without_cues_keeps_its_triggers_but_an_adjectival_participle() -> None:
    ctx = Context()
    text = "Rebels attacked the base, and the killed soldiers were buried."
    doc, _ = _doc(text)
    attacked, killed = _at(text, "trigger", "attacked", "attack"), _at(text, "trigger", "killed", "kill")
    actor = _at(text, "actor", "Rebels", "generic:rebels", generic=True)
    assert assemble._standing_triggers(doc, [actor, attacked, killed], ctx.lexicon) == [attacked]
    # with a cue, the scopes are read as before: a negation silences the trigger in its clause
    text = "Officials denied that rebels attacked the base."
    doc, _ = _doc(text)
    cue = _at(text, "cue", "denied that", "negation")
    attacked = _at(text, "trigger", "attacked", "attack")
    assert ctx.lexicon.cue_scopes.get("negation") == "clause_after"
    assert assemble._standing_triggers(doc, [cue, attacked], ctx.lexicon) == []


def test_anaphoric_answers_once_per_trigger_while_a_sentence_is_drafted(monkeypatch) -> None:
    text = "An air strike hit Idlib. This attack killed four and the strike destroyed a school."
    doc, _ = _doc(text)
    history = assemble._History()
    this = _at(text, "trigger", "attack", "attack", noun=True)
    the = Mention("trigger", text.rindex("strike"), text.rindex("strike") + 6, "strike", "airstrike", {"noun": True})
    reads: list[Mention] = []
    real = assemble._refers_to_told
    monkeypatch.setattr(assemble, "_refers_to_told", lambda d, t, h: reads.append(t) or real(d, t, h))
    assert assemble._anaphoric(doc, this, history) and assemble._anaphoric(doc, this, history)
    assert not assemble._anaphoric(doc, the, history)
    assert reads == [this, the]
    # a draft told since: the answer is read again ("the strike" now refers back to it)
    first = Mention("trigger", 3, 13, "air strike", "airstrike", {"noun": True})
    draft = EventDraft(sentence=Sentence(0, 24, 0, 0, False), trigger=first, event_type="", sub_event_type="")
    draft.frames = {"airstrike"}
    history.drafts.append(draft)
    assert assemble._anaphoric(doc, the, history) == real(doc, the, history)
    assert reads[-1] is the and len(reads) == 3
    # a verb is never anaphoric, and is not remembered
    assert not assemble._anaphoric(doc, _at(text, "trigger", "killed", "kill"), history) and len(reads) == 3


def test_the_words_looked_for_once_read_as_lacks_words_reads_them() -> None:
    words = ("from",), ("between",), roles.identifying_words()
    texts = ["Bombers from the group struck", "clashes BETWEEN the army and rebels", "gunmen believed to be",
             "nothing here", "fighters fr\u0130om the group", "a \u212aurdish unit", "caf\u00e9 between",
             "men suspected of", ""]
    for text in texts:
        # (the window test the roles read since round 27, over the whole text)
        assert tuple(roles.window_holds(text, 0, len(text), w) for w in words) \
            == tuple(not lacks_words(text, w) for w in words), text
    # every match of the three patterns holds its words: a text without them has none
    assert all(re.search(r"\bfrom\b", p.pattern) for p in (assemble._FROM_AFTER_NOUN,))
    for phrase in roles._data().get("identifies_perpetrator") or ():
        assert not lacks_words(phrase, roles.identifying_words()), phrase


def test_marked_roles_reads_the_between_and_identifying_phrases_as_before() -> None:
    text = "Clashes broke out between the army and rebels, and gunmen believed to be IS members fired."
    doc, _ = _doc(text)
    army = [_at(text, "actor", "army", "state:military")]
    rebels = [_at(text, "actor", "rebels", "generic:rebels", generic=True)]
    agent, patient = assemble._marked_roles(doc, [army, rebels])
    assert agent is army and patient is rebels
    isis = [_at(text, "actor", "IS members", "isis-iraq")]
    assert assemble._marked_roles(doc, [isis]) == (isis, None)
    assert assemble._marked_roles(doc, []) == (None, None)
