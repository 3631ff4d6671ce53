"""Round 26: a wire report's next item opens with a phrase ("In the same context", "In a separate event") that its
headline runs into when the page drops the headline's stop (glued_openers.txt): the sentence is cut there, so the
item's own first sentence, not the headline glued before it, gives the sides."""

from __future__ import annotations

import pytest

from coding_support import events, pipeline  # noqa: F401  (the module's pipeline fixture)
from warscribe.pipeline import Pipeline
from warscribe.stages.segment import split_sentences


@pytest.mark.parametrize("text, first", [
    ("One civilian killed in rocket attack on al-Fouaa In the same context a civilian was killed on Sunday.",
     "One civilian killed in rocket attack on al-Fouaa"),
    ("Peshmerga shoot dead six bombers west of Kirkuk In a separate event a suicide attack was foiled.",
     "Peshmerga shoot dead six bombers west of Kirkuk"),
    ("Children killed in school incident In another incident at least five people died.",
     "Children killed in school incident"),
])
def test_a_headline_glued_to_the_next_item_is_cut_before_its_opening_phrase(text: str, first: str) -> None:
    spans = split_sentences(text, 0, len(text))
    assert len(spans) == 2 and text[spans[0][0]:spans[0][1]] == first


@pytest.mark.parametrize("text", [
    "Fighting resumed in the same context of the offensive on Monday.",  # (not capitalised: inside a sentence)
    "Civilians In The Same Context Of War: a report on Aleppo.",  # (a title in capitals: no phrase of the list)
])
def test_the_phrase_inside_a_sentence_cuts_nothing(text: str) -> None:
    assert len(split_sentences(text, 0, len(text))) == 1


def test_the_item_after_the_glued_headline_keeps_its_own_sides(pipeline: Pipeline) -> None:  # noqa: F811
    coded = events(pipeline, "One civilian killed due to terrorist rocket attack on besieged al-Fouaa town in Idleb "
                             "In the same context a civilian was killed as terrorists from Jaish al-Fatah fired rocket "
                             "shells on the besieged al-Fouaa town on Sunday.", "2016-08-16")
    assert [(e.actor1, e.actor2, e.fatalities) for e in coded] == [
        ("Jaysh al Fatah", "Civilians (Syria)", 1)]
