"""The data model: JSON round trips with a schema version; evidence offsets index the text exactly."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warscribe.model import SCHEMA_VERSION, Document, Event, Evidence, content_hash, dumps
from warscribe.store import Store


def _event() -> Event:
    return Event(event_id="e1", doc_id="d1", event_date="--03-04", time_precision=1, event_type="Battles",
                 sub_event_type="Armed clash", actor1="A", actor2="B", assoc_actor_1=["C", "D"], inter1=2,
                 inter2=3, interaction=23, country="Syria", admin1="Hama", location="Kafr Zita",
                 latitude=35.37, longitude=36.6, geo_precision=2, fatalities=4, injuries=2,
                 claim_status="claimed", attributed_to=["an observatory"], notes="n",
                 evidence=[Evidence(0, 3, "abc", "actor1")])


def test_event_json_round_trip():
    ev = _event()
    data = json.loads(dumps(ev.to_dict()))
    assert "draft" not in data
    assert data["evidence"] == [{"start": 0, "end": 3, "text": "abc", "field": "actor1"}]
    assert Event.from_dict(data) == ev


def test_document_json_round_trip_carries_schema_version_and_hash():
    doc = Document(id="d1", text="Line one\r\nLine\u00a0two", title="T", published="2024-01-02",
                   source="S", language="en", kept=[(0, 8), (10, 18)], url="http://example.org/a")
    data = json.loads(dumps(doc.to_dict()))
    assert data["schema_version"] == SCHEMA_VERSION and data["content_hash"] == content_hash(doc.text)
    back = Document.from_dict(data)
    assert back.to_dict() == doc.to_dict() and back.kept == doc.kept


# Text the way scraped news arrives: non-breaking spaces, curly quotes, CRLF line ends, any other character.
_PIECES = st.sampled_from(["\u00a0", "\u201c", "\u201d", "\u2018", "\u2019", "\r\n", "\n", " ", "killed",
                           "\u0627\u0644\u0631\u0642\u0629", "\U0001F4A5", "\u200f", "\t"])
TEXTS = st.lists(st.one_of(_PIECES, st.text(max_size=6)), min_size=1, max_size=40).map("".join)


@st.composite
def text_and_span(draw):
    text = draw(TEXTS)
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return text, start, end


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with Store(tmp_path_factory.mktemp("model") / "prop.db") as opened:
        yield opened


@settings(max_examples=150, deadline=None)
@given(text_and_span(), st.sampled_from(["actor1", "location", "event_date"]))
def test_evidence_indexes_text_exactly_through_json_and_store(store, case, field_name):
    text, start, end = case
    span = Evidence.of(text, start, end, field_name)
    assert span.text == text[start:end]

    doc = Document(id="prop", text=text)
    doc.events = [Event(event_id="prop-1", doc_id="prop", evidence=[span])]
    (back,) = Event.from_dict(json.loads(dumps(doc.events[0].to_dict()))).evidence
    assert back == span and text[back.start:back.end] == back.text

    store.save(doc)
    stored_text = store.document("prop").text
    (stored_event,) = store.events(doc_id="prop")
    (stored_span,) = stored_event.evidence
    assert stored_text == text and stored_span == span
    assert stored_text[stored_span.start:stored_span.end] == stored_span.text
