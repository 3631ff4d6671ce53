"""Round 22 (speed19): work whose result nothing reads is not done. A near-duplicate is found once the document is
cleaned, not after it was coded: a copy of a document preferred to it is skipped there (its events were dropped
after coding all the same), with the same verdict, reason and superseded copies as before."""

from __future__ import annotations

import pytest

from warscribe.cleaning.dedup import NearDuplicateIndex
from warscribe.config import Config
from warscribe.model import PROCESSED, SKIPPED, Document
from warscribe.pipeline import Pipeline

# A report written for these tests, and a copy of it with a banner and a sign-off (a syndicated copy)
_STORY = ("Warplanes struck the market of the village of Tell Harun on Wednesday, killing eleven civilians "
          "including four children, a rescue group said. The group said the strikes hit shortly before noon, "
          "when the market was crowded, and that rescuers pulled six wounded men from a collapsed shop. "
          "Residents said two aircraft circled the village for half an hour before they struck. A local "
          "council official called the raid a massacre and asked aid groups to send medicine to the clinic.")
_COPY = "SHARED FROM A PARTNER SITE\n" + _STORY + " Follow us for more news."


@pytest.fixture(scope="module")
def deduping() -> Pipeline:
    return Pipeline(Config(detect_near_duplicates=True))


def _doc(doc_id: str, text: str, published: str) -> Document:
    return Document.from_input({"id": doc_id, "text": text, "published": published})


def test_a_later_copy_of_a_preferred_document_is_skipped_before_it_is_coded(deduping: Pipeline) -> None:
    first, copy = (r.document for r in deduping.process([_doc("first", _STORY, "2016-05-04"),
                                                          _doc("copy", _COPY, "2016-05-05")]))
    assert first is not None and copy is not None
    assert first.status == PROCESSED and first.events
    assert (copy.status, copy.duplicate_of, copy.reason) == (SKIPPED, "first", "near-duplicate of first")
    assert copy.events == []
    assert copy.sentences == []  # never segmented: the stages after cleaning did not run
    # the other way round the copy is coded (nothing preferred was known yet) and superseded by the preferred one
    results = list(deduping.process([_doc("copy", _COPY, "2016-05-05"), _doc("first", _STORY, "2016-05-04")]))
    copy, first = (r.document for r in results)
    assert copy is not None and first is not None
    assert copy.status == PROCESSED and copy.events and copy.sentences
    assert first.status == PROCESSED and first.events
    assert results[1].superseded == ["copy"]


def test_the_check_before_coding_changes_no_index_and_its_hashes_serve_the_placing() -> None:
    index = NearDuplicateIndex(0.8)
    assert not index.skip_copy(_doc("a", _STORY, "2016-05-04"))  # nothing indexed yet: nothing to skip
    index.place(_doc("a", _STORY, "2016-05-04"))
    other = _doc("b", _COPY, "2016-05-03")  # published earlier: preferred to the indexed copy
    assert not index.skip_copy(other) and other.status == PROCESSED
    assert len(index) == 1
    assert index.place(other).superseded == ["a"]
    assert len(index) == 1
    later = _doc("c", _STORY + " Share this.", "2016-05-09")
    assert index.skip_copy(later) and (later.status, later.duplicate_of) == (SKIPPED, "b")
    assert len(index) == 1
