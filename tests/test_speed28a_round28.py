"""Round 28 (s28a): the places stage's second reading of a document (with the country its places point to) shares
the name runs of the first, which no focus changes."""

from __future__ import annotations

from warscribe.places import recognize
from warscribe.places.recognize import _after_person_noun, _candidate_runs, _outlet_cut, _uncredited, name_runs

TEXTS = [
    "Shelling hit Kafr Nabl and al-Bab in Aleppo's countryside on Monday, the Syrian Observatory said; the priest "
    "Diaa Aziz fled to Tal Abyad. AP Photo Felipe Dana US Missile Attack. Amnesty International Tokhar said.",
    "Photo: Omar Haj Kadour The village of Tokhar Human Rights Watch reported Governor Talal al-Barazi said.",
    "",
]


def _runs_by_hand(text: str, spans: list[tuple[int, int]]) -> tuple[list[list[tuple]], set[int]]:
    runs = [piece for s, e in spans for run in name_runs(text, s, e) for piece in _uncredited(text, run)]
    runs = [piece for run in runs for piece in _outlet_cut(text, run)]
    return runs, {run[0].start for run in runs if len(run) > 1 and _after_person_noun(text, run[0].start)}


def test_candidate_runs_read_as_by_hand_and_shared_by_a_second_call() -> None:
    for text in TEXTS:
        for spans in ([(0, len(text))], [(0, len(text) // 2), (len(text) // 2, len(text))]):
            first = _candidate_runs(text, spans)
            assert first == _runs_by_hand(text, spans)
            again = _candidate_runs(text, list(spans))
            assert again[0] is first[0] and again[1] is first[1]  # the same text and spans: read once


def test_candidate_runs_read_again_for_other_spans_or_text() -> None:
    text = TEXTS[0]
    whole = _candidate_runs(text, [(0, len(text))])
    part = _candidate_runs(text, [(0, 40)])
    assert part == _runs_by_hand(text, [(0, 40)]) and part[0] != whole[0]
    other = text.replace("Kafr Nabl", "Kafr Nubl")  # an equal text is another object: read again, rightly
    assert _candidate_runs(other, [(0, len(other))]) == _runs_by_hand(other, [(0, len(other))])
    assert recognize._RUNS[0] is other


def test_ascii_text_lowered_as_the_case_blind_table_lowers_it() -> None:
    for text in ["Aleppo's MP Said IS-held", "İdlib ſ \u212aobani ı", "plain", ""]:
        recognize._WRITTEN = (None, ("", True, True, True))
        assert recognize._written_in(text)[0] == text.translate(recognize._CASE_BLIND).lower()
