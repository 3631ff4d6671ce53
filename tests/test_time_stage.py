"""The time stage on coder-style notes: the date opening a sentence dates its events; a date in an aside
does not."""

from __future__ import annotations

import pytest

from warscribe.config import Config
from warscribe.model import Document
from warscribe.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Config(detect_near_duplicates=False))


def dates(pipeline: Pipeline, text: str, published: str) -> set[tuple[str | None, int | None]]:
    doc = Document.from_input({"id": "t", "text": text, "published": published})
    pipeline.run(doc)
    return {(ev.event_date, ev.time_precision) for ev in doc.events}


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("On 14 March 2022, rioters set fire to two buses in Kisumu town over the arrest of a trader on 16-17 March.",
     "2022-03-14", {("2022-03-14", 1)}),
    ("Around 9 June 2021 (between 6 - 11 June), soldiers killed 4 herders near Djibo.", "2021-06-09",
     {("2021-06-09", 1)}),
    ("On or about 3 April 2020, gunmen killed 2 traders near Kaya.", "2020-04-03", {("2020-04-03", 1)}),
    ("September 2021: Gunmen attacked a clinic in Maiduguri and killed a nurse.", "2021-09-17",
     {("2021-09-01", 3)}),
])
def test_opening_date_dates_the_sentence(pipeline: Pipeline, text: str, published: str, expected: set) -> None:
    assert dates(pipeline, text, published) == expected
