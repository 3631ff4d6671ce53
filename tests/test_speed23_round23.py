"""Round 23 fixes by speed23, speed work (issue 14): helpers that read in one pass what was read once per item."""

from __future__ import annotations

from coding_support import mention_at as _at
from coding_support import one_sentence as _doc
from warscribe.model import Event, EventDraft, Evidence, Sentence
from warscribe.stages.assemble import _means_told
from warscribe.stages.merge import _explicit


def test_the_means_leave_out_weapons_inside_a_count_of_armed_men_and_inside_a_motive() -> None:
    text = "Officials said 4 armed bombers died under mortar fire in reply to a gas attack on the village."
    doc, sentence = _doc(text)
    mentions = [_at(text, "count", "4 armed bombers", "death", victims="armed", value=4),
                _at(text, "means", "bombers", "suicide"),
                _at(text, "means", "mortar", "artillery"),
                _at(text, "cue", "in reply to a gas attack", "motive"),
                _at(text, "means", "gas", "chemical")]
    assert _means_told(doc, sentence, mentions) == {"artillery"}
    # a sentence without a weapon has no means, and a count of civilians rules none out
    assert _means_told(doc, sentence, mentions[:1]) == set()
    civilians = [_at(text, "count", "4 armed bombers", "death", victims="civilians", value=4), mentions[1]]
    assert _means_told(doc, sentence, civilians) == {"suicide"}


def test_the_fields_an_event_takes_from_its_own_sentence_are_read_in_one_pass() -> None:
    text = "Fighting went on near Kafr Nabl. Two men were shot in Idlib on Monday."
    second = Sentence(text.index("Two"), len(text), 1, 0, False)
    trigger = _at(text, "trigger", "shot", "shooting")
    ev = Event(draft=EventDraft(sentence=second, trigger=trigger, event_type="", sub_event_type=""))
    ev.evidence = [Evidence.of(text, text.index("Kafr"), text.index("Kafr") + 9, "location"),
                   Evidence.of(text, text.index("Monday"), text.index("Monday") + 6, "event_date"),
                   Evidence.of(text, text.index("Two"), text.index("Two") + 3, "fatalities")]
    # the place told in the sentence before is the context's, not the event's own
    assert _explicit(ev) == {"event_date", "fatalities"}
    assert _explicit(Event()) == set()
