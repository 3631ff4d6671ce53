"""Round 27 (s27d): place keys read without squeezing spaces twice, the gazetteer's probe hash and its file read
through a memory mapping: the same keys and the same answers as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from warscribe.places.gazetteer import Gazetteer, PlaceRecord
from warscribe.places.normalize import _FUSED_ARTICLE, ARTICLES, fold, key, skeleton

_NAMES = ["Jisr al-Shughour", "Deir ez-Zor", "Ma'arrat an-Nu'man", "Ma‘arrat an Nu‘mān", "al Bab", "Al", "el",
          "  Aleppo  ", "Abu Kamal", "Ras al-Ain", "Tal Abyad", "Idlib\tcity", "A-B", "as-Sukhnah", "Assukhna",
          "Deir Ezzor", "Ezzor", "al-Attarib", "The   Golan  Heights", "Kafr  Nabl!", "`Afrin", "Al-Bab (Aleppo)",
          "Şanlıurfa", "Ærø", "al al", "Tell Ettin", "Beit Ennab", "", "   ", "--", "Ain Issa", "aTTa ezZor x"]


def _slow_key(name: str) -> str:
    """The key as it was read before: `fold`, split, articles dropped, fused articles stripped after the first."""
    words = fold(name).split()
    if not words:
        return ""
    kept = [w for i, w in enumerate(words) if not (w in ARTICLES and i < len(words) - 1)]
    out = [kept[0]] if kept else []
    out += [_FUSED_ARTICLE.sub("", w) for w in kept[1:]]
    return " ".join(out or words)


@pytest.mark.parametrize("name", _NAMES)
def test_key_is_the_key_read_the_slow_way(name: str) -> None:
    key.cache_clear()
    skeleton.cache_clear()
    assert key(name) == _slow_key(name)


def test_the_gazetteer_reads_its_file_through_a_mapping_with_the_same_answers(tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARSCRIBE_CACHE", str(tmp_path / "cache"))
    gaz = Gazetteer(tmp_path / "g.sqlite", create=True)
    gaz.add([PlaceRecord("Zabadani", 33.7, 36.1, country="SY", names=["Az Zabadani"]),
             PlaceRecord("Tyre", 33.3, 35.2, country="LB")], "test")
    assert gaz.db.execute("PRAGMA mmap_size").fetchone()[0] > 0
    assert [p.name for p in gaz.lookup("az-Zabadani")] == ["Zabadani"]
    gaz.reconnect()
    assert gaz.db.execute("PRAGMA mmap_size").fetchone()[0] > 0
    assert [p.name for p in gaz.lookup("Tyre", "LB")] == ["Tyre"]


def test_rows_asked_again_give_the_same_places_until_the_gazetteer_changes(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARSCRIBE_CACHE", str(tmp_path / "cache"))
    gaz = Gazetteer(tmp_path / "g.sqlite", create=True)
    gaz.add([PlaceRecord("Bab", 36.2, 37.5, country="SY"), PlaceRecord("Bob", 36.0, 37.0, country="LB"),
             PlaceRecord("Babb", 30.0, 30.0, country="EG")], "test")
    first = [p.to_dict() for p in gaz.lookup("Bab", "SY")]
    queries: list[str] = []
    gaz.db.set_trace_callback(queries.append)
    again = [p.to_dict() for p in gaz.lookup("Bab", "LB")]  # another country: ranked anew, from the same rows
    assert queries == [] and sorted(map(str, again)) == sorted(map(str, first))
    # places made anew for each ranking, never shared (`_fuzzy_lookup` sets a place's score)
    assert not {id(p) for p in gaz.lookup("Bab", "SY")} & {id(p) for p in gaz.lookup("Bab", "LB")}
    gaz.add([PlaceRecord("Bab", 31.0, 31.0, country="IQ")], "more")
    assert any(p.country == "IQ" for p in gaz.lookup("Bab", "LB"))  # a change forgets the rows
