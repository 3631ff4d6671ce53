"""Round 19 (speed12): the kind index behind `Document.mentions_of`, the record copy `model.replaced`, the probe
before the pattern matcher's recursion."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

import pytest
from spacy.strings import get_string_id

from warscribe.config import Context
from warscribe.knowledge import outlets
from warscribe.knowledge.patterns import Pattern, PatternMatcher, _match_from, _probe, compile_pattern
from warscribe.model import Document, Event, EventDraft, Evidence, Mention, Sentence, replaced
from warscribe.stages.time import date_line


def _doc(text: str = "Gunmen attacked a convoy near the town on Monday.") -> Document:
    doc = Document(id="d1", text=text)
    doc.mentions = [Mention("actor", 0, 6, "Gunmen", "generic:gunmen"),
                    Mention("trigger", 7, 15, "attacked", "attack"),
                    Mention("actor", 18, 24, "convoy", "generic:convoy")]
    return doc


def test_mentions_of_each_kind_in_order() -> None:
    doc = _doc()
    assert [m.text for m in doc.mentions_of("actor")] == ["Gunmen", "convoy"]
    assert [m.text for m in doc.mentions_of("trigger")] == ["attacked"]
    assert doc.mentions_of("place") == []


def test_mentions_of_follows_added_and_replaced_lists() -> None:
    doc = _doc()
    assert len(doc.mentions_of("actor")) == 2
    doc.mentions.append(Mention("actor", 34, 38, "town", "generic:town"))  # a stage adds to the list
    assert [m.text for m in doc.mentions_of("actor")] == ["Gunmen", "convoy", "town"]
    doc.mentions = [Mention("place", 34, 38, "town", "Town")]  # ... or puts a new list in its place
    assert doc.mentions_of("actor") == []
    assert [m.label for m in doc.mentions_of("place")] == ["Town"]


def test_mentions_of_gives_a_list_of_its_own() -> None:
    doc = _doc()
    actors = doc.mentions_of("actor")
    actors.clear()  # a caller may change what it was given
    assert len(doc.mentions_of("actor")) == 2


def test_mentions_of_two_documents_in_turn() -> None:
    one, two = _doc(), _doc("Police arrested a man.")
    two.mentions = [Mention("actor", 0, 6, "Police", "generic:police")]
    for _ in range(2):
        assert [m.text for m in one.mentions_of("actor")] == ["Gunmen", "convoy"]
        assert [m.text for m in two.mentions_of("actor")] == ["Police"]


def test_replaced_is_dataclasses_replace() -> None:
    sentence = Sentence(0, 49, 0)
    trigger = Mention("trigger", 7, 15, "attacked", "attack", {"noun": False})
    ev = Event(event_id="e1", doc_id="d1", event_date="2016-05-02", actor1="Gunmen", attributed_to=["police"],
               evidence=[Evidence(0, 6, "Gunmen", "actor1")], notes="a note",
               draft=EventDraft(sentence, trigger, "Violence against civilians", "Attack"))
    for changes in ({}, {"notes": "", "draft": None, "attributed_to": []}, {"evidence": [], "fatalities": 3}):
        ours, theirs = replaced(ev, **changes), dataclasses.replace(ev, **changes)
        assert ours == theirs and ours is not ev
        if hasattr(ours, "__dict__"):  # (compiled, a record has no __dict__)
            assert list(ours.__dict__) == list(theirs.__dict__)  # the same fields, in the same order
        assert all(getattr(ours, f.name) is getattr(theirs, f.name) for f in dataclasses.fields(Event))
    assert ev.notes == "a note" and ev.draft is not None  # the original is left as it was
    moved = replaced(trigger, label="airstrike")
    assert moved == dataclasses.replace(trigger, label="airstrike") and trigger.label == "attack"
    assert moved.data is trigger.data  # a shallow copy, as `replace` makes


# Patterns the matcher reads down `_match_rest`'s recursion (two gaps, optional words, a gap last), behind the probe
_GENERAL = ["blast *2 followed by *2 gunfire", "strike~n ,|and ?a demonstration~n", "shot ?and killed",
            "air strike~n *3 between may|june *1 and may|june", "fire *2 on ?the crowd", "clash~ *2"]


def _brute(patterns: list, words: list[str]) -> list:
    """Every pattern at every start whose first word it takes, in order, by `_match_from` alone."""
    return [(p.payload, i, end) for i, w in enumerate(words) for p in patterns
            if w in p.first_words and (end := _match_from(p.elements, 1, words, i + 1)) is not None]


@pytest.mark.parametrize("sentence", [
    "a blast was followed by heavy gunfire",
    "a blast followed by gunfire",
    "a blast x y followed by x y gunfire",  # every gap at its longest: the needed word at the far end of reach
    "a blast x y z followed by gunfire",  # one token too far
    "the blast followed gunfire by",
    "the strike and a demonstration",
    "the strikes , demonstrations",
    "the strike a demonstration",
    "he was shot and killed",
    "he was shot killed",
    "he was shot and wounded",
    "air strikes hit the town between may and june",
    "air strikes hit the town in may and june",
    "they opened fire on the crowd",
    "they opened fire x y on crowd",
    "fire",
    "clashed",
    "clashes erupted",
])
def test_the_probe_changes_no_match(sentence: str) -> None:
    patterns = [compile_pattern(t, t) for t in [*_GENERAL, "shot dead", "set *3 ablaze"]]
    words = sentence.split()
    assert list(PatternMatcher(patterns)(words)) == _brute(patterns, words)


def test_probe_of_a_pattern() -> None:
    words, reach = _probe(compile_pattern("blast *2 followed by *2 gunfire").elements)
    assert words == frozenset({"followed"}) and reach == 8  # the first needed element of fewest words; 1+2+1+1+2+1
    assert _probe(compile_pattern("clash~ *2").elements) is None  # nothing needed after the first word
    assert _probe(compile_pattern("shot ?and ?then").elements) is None


def test_the_lexicon_matcher_answers_what_match_from_answers() -> None:
    matcher = Context().lexicon.matcher
    patterns = list({id(e[0]): Pattern(e[0], e[1]) for entries in matcher._by_first.values() for e in entries}
                    .values())
    for sentence in ["a blast was followed by gunfire as air strikes hit the town between May and June",
                     "Rebels opened fire on the crowd and shot and killed two men , then set the market ablaze",
                     "the airstrikes continued from April through August , killing civilians"]:
        words = [get_string_id(w) for w in sentence.lower().split()]  # (the lexicon's matcher reads words' ids)
        assert sorted(matcher(words), key=repr) == sorted(_brute(patterns, words), key=repr)


@pytest.mark.parametrize("text", ["Reuters", "  The  Syrian-Arab News Agency (SANA)!! ", "AFP/Getty", "Al-Masdar’s"])
def test_outlet_fold_as_before(text: str) -> None:
    # the compiled pattern folds as the pattern string did
    assert outlets._fold(text) == " ".join(re.sub(r"[^\w.&']+", " ", text.casefold()).split())


def test_date_line_after_a_sentence_is_none() -> None:
    published = date(2016, 5, 3)
    assert date_line("Town news May 2 2016 The town was hit.", published) is not None
    assert date_line("Rebels shelled it. Town news May 2 2016 The town was hit.", published) is None
