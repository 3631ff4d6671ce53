"""Shared set-up for tests that code hand-written documents: one pipeline per test module (no near-duplicate check,
so that test texts written alike are all coded) and the events it codes for a text; one count reader per module and
the death counts it reads in a text."""

from __future__ import annotations

import pytest

from warscribe.config import Config
from warscribe.knowledge.counts import CountReader
from warscribe.knowledge.lexicon import Lexicon
from warscribe.model import Document, Event
from warscribe.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Config(detect_near_duplicates=False))


def events(pipeline: Pipeline, text: str, published: str = "2016-05-10") -> list[Event]:
    doc = Document.from_input({"id": "t", "text": text, "published": published})
    pipeline.run(doc)
    return list(doc.events)


@pytest.fixture(scope="module")
def reader() -> CountReader:
    return CountReader(Lexicon.load())


def deaths(reader: CountReader, text: str) -> list[tuple[int, bool, bool]]:
    """(figure, vague, told before) of each death count the reader finds in the text."""
    return [(c.value, c.vague, c.definite) for c in reader.read(text) if c.outcome == "death"]
