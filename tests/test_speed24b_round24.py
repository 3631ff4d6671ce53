"""Round 24 (speed24b): what a run of capitalised words says by its words alone (whether it is a plain name run and
the known names in it) is read once per text of the run and focus (`_plain_reading`, kept in
`Gazetteer.run_names`); a run that a day ends, a title or family name opens, a body's word closes or a possessive
splits is read as before. An outlet's name is looked for only from a word that opens one (`_outlet_heads`). Each
finds the same places as the reading without it."""

from __future__ import annotations

import pytest

from warscribe.places import recognize
from warscribe.places.gazetteer import Gazetteer
from warscribe.places.recognize import find_places

# Hand-written texts: plain names, and each kind of run read otherwise.
_TEXTS = [
    "Shelling killed four civilians in the town of Saraqib in Idlib province on Monday, activists said.",
    "Jets struck Maarat al-Numan near Idlib, killing two; Maarat al-Numan was hit again.",
    "Government forces shelled the city of Idlib Saturday and Aleppo Sunday.",
    "Governor Talal al-Barazi said the blast in Homs killed six. Barazi said more had died.",
    "The priest Diaa Aziz was killed in Qamishli.",
    "Members of the Hind Mazdoor Sabha marched in Tamil Nadu Muslim Munnetra Kazhagam offices.",
    "Fighting in Phnom Penh's Chbar Ampov district and in Syrias Aleppo left three dead.",
    "Raman Singh of Punjab MP Balwinder Singh Bhunder visited Ludhiana.",
    "the village of Tokhar Amnesty International said, and Human Rights Watch Deir ez-Zor Office reported.",
    "Russian Defence Ministry spokesman Igor Konashenkov said jets hit Khan Sheikhoun and Tel Rifaat.",
    "Clashes in Deir ez-Zor, Deir ez-Zor city and Deir ez-Zor Governorate; İstanbul Reuters said.",
]


def _unmemoized(text: str, run, gaz: Gazetteer, focus: str | None):
    return False  # every run read as one that is read otherwise: the reading before this round


class _Everything:
    def __contains__(self, word: object) -> bool:
        return True


def _places(text: str, gaz: Gazetteer, focus: str | None, skip=()) -> list:
    return find_places(text, [(0, len(text))], gaz, focus, skip)


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("focus", ["SY", None, "IN"])
def test_places_found_with_the_run_memo_are_those_found_without(gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch,
                                                                text: str, focus: str | None) -> None:
    first, again = _places(text, gaz, focus), _places(text, gaz, focus)  # (the second read from the memo)
    monkeypatch.setattr(recognize, "_plain_reading", _unmemoized)
    gaz.run_names.clear()
    assert first == again == _places(text, gaz, focus)


@pytest.mark.parametrize("text", _TEXTS)
def test_a_run_overlapping_a_skipped_span_is_read_with_it(gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch,
                                                          text: str) -> None:
    # each word of the text skipped in turn (an actor's name): the memo of the clear run is not read for it
    spans = [(m.start(), m.end()) for m in recognize._TOKEN.finditer(text)]
    _places(text, gaz, "SY")  # the memo filled with the clear runs
    found = [_places(text, gaz, "SY", [span]) for span in spans]
    monkeypatch.setattr(recognize, "_plain_reading", _unmemoized)
    gaz.run_names.clear()
    assert found == [_places(text, gaz, "SY", [span]) for span in spans]


def test_a_plain_run_is_read_once(gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    text = _TEXTS[1]
    gaz.run_names.clear()
    _places(text, gaz, "SY")
    assert gaz.run_names.get(("Maarat al-Numan", "SY"))
    calls = []
    reading = recognize._plain_reading
    monkeypatch.setattr(recognize, "_plain_reading", lambda *a: calls.append(a) or reading(*a))
    _places(text, gaz, "SY")
    assert calls == []  # every run's reading remembered


@pytest.mark.parametrize(("surface", "plain"), [
    ("Maarat al-Numan", True),
    ("Idlib Saturday", False),  # a day ends the name
    ("Governor Talal al-Barazi", False),  # a title opens a person's name
    ("Hind Mazdoor Sabha", False),  # a body's word closes it
    ("Phnom Penh's Chbar Ampov", False),  # a possessive splits it
    ("Syrias Aleppo", False),  # so does one whose apostrophe was dropped
])
def test_runs_read_otherwise_are_not_plain(gaz: Gazetteer, surface: str, plain: bool) -> None:
    run = recognize.run_words(surface, 0, len(surface))
    assert (recognize._plain_reading(surface, run, gaz, "SY") is not False) == plain


@pytest.mark.parametrize("text", _TEXTS)
def test_outlets_cut_with_the_gate_are_those_cut_without(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    runs = recognize.name_runs(text, 0, len(text))
    gated = [recognize._outlet_cut(text, run) for run in runs]
    monkeypatch.setattr(recognize, "_outlet_heads", _Everything)
    assert gated == [recognize._outlet_cut(text, run) for run in runs]


def test_an_outlet_inside_a_run_is_still_cut() -> None:
    text = _TEXTS[8]
    pieces = [[t.text for t in piece] for run in recognize.name_runs(text, 0, len(text))
              for piece in recognize._outlet_cut(text, run)]
    assert ["Tokhar"] in pieces and ["Amnesty", "International"] not in pieces
    assert {"amnesty", "human"} <= recognize._outlet_heads()


class _Forgetful(dict):
    def __setitem__(self, surface: str, first: int) -> None:
        pass  # nothing remembered: each run's start read again


@pytest.mark.parametrize("text", [*_TEXTS, "Clashes near the Palestinian Yarmuk camp and near Syrian Kurdish city."])
def test_places_found_with_the_unknown_start_memo_are_those_found_without(
        gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    first, again = _places(text, gaz, "SY"), _places(text, gaz, "SY")
    monkeypatch.setattr(recognize, "_UNKNOWN_STARTS", _Forgetful())
    assert first == again == _places(text, gaz, "SY")


@pytest.mark.parametrize(("surface", "first"), [
    ("Palestinian Yarmuk", 1),  # a people's word opening the name says whose the place is
    ("Syrian Kurdish", -1),  # demonyms only: no unknown town
    ("Tell Zaghrun", 0),
])
def test_where_an_unknown_name_starts(surface: str, first: int) -> None:
    assert recognize._unknown_start(surface, recognize.run_words(surface, 0, len(surface))) == first
