"""Round 19 (speed12): the kind index behind `Document.mentions_of`, the record copy `model.replaced`."""

from __future__ import annotations

import dataclasses

from warscribe.model import Document, Event, EventDraft, Evidence, Mention, Sentence, replaced


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
        assert list(ours.__dict__) == list(theirs.__dict__)  # the same fields, in the same order
        assert all(getattr(ours, f.name) is getattr(theirs, f.name) for f in dataclasses.fields(Event))
    assert ev.notes == "a note" and ev.draft is not None  # the original is left as it was
    moved = replaced(trigger, label="airstrike")
    assert moved == dataclasses.replace(trigger, label="airstrike") and trigger.label == "attack"
    assert moved.data is trigger.data  # a shallow copy, as `replace` makes
