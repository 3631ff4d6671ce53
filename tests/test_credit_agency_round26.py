"""Round 26: a photo credit whose agency comes first ("Photo AFP Ahmad Hassan") no longer sends the name reader
round in circles (it handed the run back to itself until Python's recursion limit rejected the document): the
agency's words in capitals and the photographer's name after them are the credit, never a place."""

from __future__ import annotations

import pytest

from coding_support import events, pipeline  # noqa: F401  (the module's pipeline fixture)
from warscribe.pipeline import Pipeline
from warscribe.places import recognize


def _uncredited_words(text: str) -> list[list[str]]:
    return [[w.text for w in run] for r in recognize.name_runs(text, 0, len(text))
            for run in recognize._uncredited(text, r)]


@pytest.mark.parametrize("text, words", [
    ("Photo AFP Ahmad Idlib", []),
    ("Photo: REUTERS Omar Sanadiki Damascus", []),
    ("Photo AFP Ahmad Hassan Kabul Airport Attack", [["Airport", "Attack"]]),  # (a name: three words at most)
    ("Photo Felipe Dana Kabul", []),
    ("Photo Felipe Dana US Missile Attack", [["US", "Missile", "Attack"]]),
])
def test_a_credit_with_the_agency_first_takes_the_agency_and_the_name(text: str, words: list[list[str]]) -> None:
    assert _uncredited_words(text) == words


def test_a_document_with_such_a_credit_is_coded(pipeline: Pipeline) -> None:  # noqa: F811
    coded = events(pipeline, "Rebels shelled Idlib on Monday, killing two civilians. Photo: REUTERS Ahmad Idlib")
    assert [(e.sub_event_type, e.admin1, e.fatalities) for e in coded] == [
        ("Shelling/artillery/missile attack", "Idleb", 2)]
