"""Round 17 (speed6): the gazetteer's probe table answers the probes that miss from memory, the same answers; the
words of an office or a heading before a name are searched once a text."""

from __future__ import annotations

from pathlib import Path

import pytest

from places_support import default_gazetteer
from warscribe.config import Config, Context
from warscribe.places import gazetteer as gazetteer_module
from warscribe.places import recognize
from warscribe.places.gazetteer import Gazetteer, PlaceRecord
from warscribe.places.normalize import skeleton


@pytest.fixture()
def small(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Gazetteer:
    monkeypatch.setenv("WARSCRIBE_CACHE", str(tmp_path / "cache"))
    gaz = Gazetteer(tmp_path / "g.sqlite", create=True)
    gaz.add([PlaceRecord("Zabadani", 33.7, 36.1, country="SY", names=["Az Zabadani"]),
             PlaceRecord("Maarat", 35.6, 36.7, country="SY"),
             PlaceRecord("Tyre", 33.3, 35.2, country="LB"),
             PlaceRecord("Nowhere", 0.0, 0.0)], "test")
    return gaz


_PROBES = [("zabadani", None), ("az zabadani", None), ("zabadany", None), ("maarat", None), ("tyre", None),
           ("nowhere", None), ("omega", None), ("", None), (skeleton("Zabadany"), "SY"), (skeleton("Zabadany"), "LB"),
           (skeleton("Tyr"), "LB"), (skeleton("Tyr"), "SY"), (skeleton("Nowhere"), "SY"), ("", "SY")]


def _answers(gaz: Gazetteer) -> list[bool]:
    return [gaz.has_key(p) if country is None else gaz.has_skeleton(p, country) for p, country in _PROBES]


def _sql(gaz: Gazetteer) -> list[bool]:
    out = []
    for p, country in _PROBES:
        if country is None:
            row = gaz.db.execute("SELECT 1 FROM names WHERE key = ? LIMIT 1", (p,)).fetchone()
        else:
            row = gaz.db.execute("SELECT 1 FROM names n JOIN places p ON p.id = n.place WHERE n.skel = ? AND"
                                 " p.country = ? LIMIT 1", (p, country)).fetchone()
        out.append(row is not None)
    return out


def test_probes_after_the_table_is_read_answer_as_sqlite(small: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _sql(small)
    assert expected.count(True) >= 5 and expected.count(False) >= 5  # both kinds of answer are tried
    monkeypatch.setattr(gazetteer_module, "PROBE_TABLE_AFTER", 0)  # the table from the first probe on
    assert _answers(small) == expected
    assert small._probe_table is not None
    assert not small.has_skeleton(skeleton("Tyr"), None)  # a null country: no places


def test_a_miss_asks_no_query_once_the_table_is_read(small: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gazetteer_module, "PROBE_TABLE_AFTER", 0)
    small.has_key("tyre")  # reads the table
    queries: list[str] = []
    small.db.set_trace_callback(queries.append)
    assert not small.has_key("omega") and not small.has_skeleton(skeleton("Omega"), "SY")
    assert queries == []  # the table proved both absent
    assert small.has_key("maarat") and len(queries) == 1  # a hit is checked in the file


def test_a_short_run_never_reads_the_table(small: Gazetteer) -> None:
    for i in range(gazetteer_module.PROBE_TABLE_AFTER):
        small.has_key(f"name {i}")
    assert small._probe_table is None
    small.has_key("one more")
    assert small._probe_table is not None


def test_the_table_comes_from_the_cache_folder_until_the_gazetteer_changes(small: Gazetteer,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    built = small.probe_table()

    def scan(_self: Gazetteer) -> None:
        raise AssertionError("scanned the file again")

    with monkeypatch.context() as patched:
        patched.setattr(Gazetteer, "_build_probe_table", scan)
        assert Gazetteer(small.path).probe_table() == built  # read from the cache folder
    small.add([PlaceRecord("Omega", 5.0, 5.0, country="SY")], "more")
    assert small._probe_table is None  # a change forgets the table
    monkeypatch.setattr(gazetteer_module, "PROBE_TABLE_AFTER", 0)
    assert small.has_key("omega") and small.has_skeleton(skeleton("Omega"), "SY")  # the new file's table


_WINDOW_TEXTS = [
    "Gunmen abducted the mayor of Aleppo in Idlib on Monday.",
    "A bus heading for Homs was hit by a shell in Hama, the monitor said.",
    "The Mayor Of Aleppo spoke at a forum in Geneva while shells fell on Idlib.",
    "THE MAYOR OF ALEPPO SPOKE AT A FORUM \u0130N GENEVA, HEAD\u0130NG FOR \u212aOBANI.",  # read case-blind
    "Shelling killed three people in Idlib and Hama on Monday.",
]


@pytest.mark.parametrize("text", _WINDOW_TEXTS)
def test_office_and_heading_words_searched_once_find_what_each_window_finds(text: str) -> None:
    p = recognize._cue_patterns()
    lowered = text.translate(recognize._CASE_BLIND).lower()
    for window, words in zip(("office_before", "heading"), recognize._window_words(), strict=True):
        anywhere = recognize._written(lowered, words)
        for end in range(len(text) + 1):
            if p[window].search(text, max(0, end - 40), end):
                assert anywhere  # a window matches only where the words are written


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    return Context(Config(gazetteer_path=default_gazetteer(tmp_path_factory).path))


@pytest.mark.parametrize("text, secondary", [
    ("Gunmen abducted the mayor of Manbij in Idlib on Monday.", {"Manbij"}),
    ("A bus heading for Homs was hit by a shell in Hama on Monday.", {"Homs"}),
    ("Shelling killed three people in Idlib and Hama on Monday.", set()),
])
def test_a_text_without_the_words_searches_no_window(ctx, monkeypatch, text: str, secondary: set[str]) -> None:
    found = recognize.find_places(text, [(0, len(text))], ctx.gazetteer, "SY")
    assert {m.text for m in found if m.secondary} == secondary
    if not secondary:
        p = dict(recognize._cue_patterns())

        class Refuse:
            def search(self, *_args):
                raise AssertionError("searched a window of a text holding no office or heading word")

        p["office_before"] = p["heading"] = Refuse()
        monkeypatch.setattr(recognize, "_cue_patterns", lambda: p)
        assert [m.text for m in recognize.find_places(text, [(0, len(text))], ctx.gazetteer, "SY")] == \
            [m.text for m in found]


def test_the_letters_a_case_blind_pattern_reads_as_ascii_ones_are_made_those() -> None:
    import re
    import string
    import sys

    found = {chr(cp) for cp in range(0x80, sys.maxunicode + 1) for p in string.ascii_lowercase
             if re.fullmatch(p, chr(cp), re.I)}
    assert found == {"\u0130", "\u0131", "\u017f", "\u212a"}
    assert all(ch.translate(recognize._CASE_BLIND).lower().isascii() for ch in found)


def test_a_runs_parts_remembered_are_read_from_the_memo_without_a_call(ctx, monkeypatch) -> None:
    text = "Shelling hit Idlib and Hama on Monday, and a car bomb exploded in Jisr al-Shughour."
    first = [(m.text, m.start) for m in recognize.find_places(text, [(0, len(text))], ctx.gazetteer, "SY")]
    assert ("Idlib", 13) in first and ("Jisr al-Shughour", 66) in first

    def asked(*_args) -> bool:
        raise AssertionError("asked _known for a name the memo holds")

    monkeypatch.setattr(recognize, "_known", asked)
    again = [(m.text, m.start) for m in recognize.find_places(text, [(0, len(text))], ctx.gazetteer, "SY")]
    assert again == first
