"""Shared set-up for tests that code hand-written documents: one pipeline per test module (no near-duplicate check,
so that test texts written alike are all coded) and the events it codes for a text; one count reader per module and
the death counts it reads in a text; a hand-built one-sentence document and mentions placed in it by their words."""

from __future__ import annotations

import pytest

from warscribe.config import Config
from warscribe.knowledge.counts import CountReader
from warscribe.knowledge.lexicon import Lexicon
from warscribe.model import Document, Event, Mention, Sentence
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


def one_sentence(text: str) -> tuple[Document, Sentence]:
    """A document of the text alone and its one sentence, for stage helpers tested on hand-placed mentions."""
    doc = Document.from_input({"id": "t", "text": text, "published": "2019-03-02"})
    return doc, Sentence(0, len(text), 0, 0, False)


def mention_at(text: str, kind: str, words: str, label: str, **data: object) -> Mention:
    """A mention of `kind` over the first occurrence of `words` in the text."""
    start = text.index(words)
    return Mention(kind, start, start + len(words), words, label, dict(data))
