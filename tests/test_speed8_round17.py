"""Round 17 (speed8): a document that tells no event is not placed, dated or merged; one that tells events is coded
as before, and a traced run (`warscribe explain`) still shows the places of every document."""

from __future__ import annotations

from dataclasses import replace

from warscribe.model import Document
from warscribe.pipeline import Pipeline
from warscribe.trace import Trace

# Hand-written: a place named, no violence told.
_QUIET = "The governor opened a new school in Aleppo on Monday. Parents in Idlib welcomed the plan."
_EVENT = "Gunmen killed three farmers in the village of Kafr Nabl in Idlib on Monday, police said."


def _upto_assemble(pipeline: Pipeline, text: str, trace: bool = False) -> Document:
    doc = Document(id="s8", text=text, published="2026-03-02", trace=Trace() if trace else None)
    for stage in pipeline.stages[:4]:  # clean, segment, recognize, assemble
        stage.run(doc, pipeline.context)
    return doc


def _stage(pipeline: Pipeline, name: str):
    return next(s for s in pipeline.stages if s.name == name)


def test_no_event_is_not_placed(pipeline: Pipeline) -> None:
    doc = _upto_assemble(pipeline, _QUIET)
    assert not doc.events
    _stage(pipeline, "places").run(doc, pipeline.context)
    assert not doc.mentions_of("place")  # nothing reads them: the gazetteer is not asked


def test_traced_no_event_is_still_placed(pipeline: Pipeline) -> None:
    doc = _upto_assemble(pipeline, _QUIET, trace=True)
    _stage(pipeline, "places").run(doc, pipeline.context)
    assert {m.text for m in doc.mentions_of("place")} >= {"Aleppo", "Idlib"}  # what `explain` lists


def test_no_event_time_and_merge_leave_the_document_as_it_was(pipeline: Pipeline) -> None:
    doc = _upto_assemble(pipeline, _QUIET)
    before = replace(doc, mentions=list(doc.mentions), sentences=list(doc.sentences))
    for name in ("time", "actors", "merge"):
        _stage(pipeline, name).run(doc, pipeline.context)
    assert doc.events == [] and doc.mentions == before.mentions and doc.sentences == before.sentences


def test_events_are_placed_and_dated_as_before(pipeline: Pipeline) -> None:
    doc = pipeline.run(Document(id="s8e", text=_EVENT, published="2026-03-02"))
    assert len(doc.events) == 1
    ev = doc.events[0]
    assert ev.country == "Syria" and ev.admin1 == "Idleb" and ev.fatalities == 3
    assert str(ev.event_date) == "2026-03-02"


def test_quiet_document_codes_no_event_in_the_whole_run(pipeline: Pipeline) -> None:
    doc = pipeline.run(Document(id="s8q", text=_QUIET, published="2026-03-02"))
    assert doc.status == "processed" and doc.events == []
