"""Round 24 fixes by speed24f, speed work (issue 14): the near-duplicate index (shingles read as bytes, no index of
band rows by document), the segmenter's bracket and title-run pre-tests, the ground-bombing labels as sets."""

from __future__ import annotations

import re

import pytest

from warscribe.cleaning import dedup
from warscribe.cleaning.dedup import NearDuplicateIndex, shingles
from warscribe.model import PROCESSED, SKIPPED, Document
from warscribe.stages import retell
from warscribe.stages.segment import holds_title_run, split_sentences


def _str_shingles(text: str, size: int = 3) -> set[bytes]:
    """The shingles as the str path makes them: words of the lower-cased text, joined, then encoded."""
    words = re.findall(r"\w+", text.lower())
    if len(words) <= size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + size]).encode() for i in range(len(words) - size + 1)}


@pytest.mark.parametrize("text", [
    "Air strikes killed 12 people in Aleppo on Monday, the Observatory said.",
    "ISIS_fighters   shelled\tthe town; 3 dead (AFP).",
    "Ünïcödé wörds in the Süd and more words",  # not ASCII: the str path
    "The \u212aelvin sign lower-cases to an ASCII k here",  # ASCII once lower-cased: the bytes path
    "İstanbul attack kills two people",  # "İ" lower-cases to two characters
    "one two three", "one two", "", "... !!!",
])
def test_the_shingles_read_as_bytes_are_the_str_paths(text: str) -> None:
    for size in (2, 3, 4):
        assert shingles(text, size) == _str_shingles(text, size)


def _doc(doc_id: str, text: str, published: str | None = None) -> Document:
    return Document(id=doc_id, text=text, published=published)


def _story(seed: str, changed: int = 0) -> str:
    words = [f"{seed}{i}" for i in range(200)]
    for i in range(changed):
        words[i * 7] = f"other{i}"
    return " ".join(words)


def _rows(index: NearDuplicateIndex) -> dict[str, int]:
    return dict(index._db.execute("SELECT doc, count(*) FROM band GROUP BY doc"))


def test_a_superseded_copy_loses_its_signature_and_every_band_row_without_an_index_by_document() -> None:
    index = NearDuplicateIndex(0.8)
    try:
        names = [row[0] for row in index._db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")]
        assert "band_doc" not in names  # the rows of a copy are found through their keys
        late, other, early = _doc("b", _story("w"), "2017-03-02"), _doc("x", _story("z")), \
            _doc("a", _story("w", 2), "2017-03-01")
        for doc in (late, other):
            assert not index.skip_copy(doc)
            assert index.place(doc).duplicate_of is None
        assert _rows(index) == {"b": index.bands, "x": index.bands}
        verdict = index.place(early)  # the earlier copy comes later: it supersedes the first
        assert verdict.superseded == ["b"] and early.status == PROCESSED
        assert _rows(index) == {"a": index.bands, "x": index.bands}
        assert [r[0] for r in index._db.execute("SELECT doc FROM sig ORDER BY rowid")] == ["x", "a"]
        # a later copy is skipped as the preferred one's near-duplicate
        again = _doc("c", _story("w", 1), "2017-03-05")
        assert index.skip_copy(again) and again.status == SKIPPED and again.duplicate_of == "a"
    finally:
        index.close()


def test_a_document_placed_twice_keeps_one_signature_and_one_set_of_bands() -> None:
    index = NearDuplicateIndex(0.8)
    try:
        first, second = _doc("a", _story("w")), _doc("y", _story("q"))
        index.place(first)
        index.place(second)  # indexes the first one too
        index.place(_doc("y", _story("q")))
        assert _rows(index) == {"a": index.bands, "y": index.bands}
        assert len(index) == 2
    finally:
        index.close()


def test_the_forgotten_copy_bands_are_the_ones_stored() -> None:
    index = NearDuplicateIndex(0.8)
    try:
        index._place("d", ("2017", "d"), dedup._hashes(_story("k"), None))
        index._place("e", ("2018", "e"), dedup._hashes(_story("m"), None))
        with index._db:
            index._forget("d")
            index._forget("missing")  # (nothing stored: nothing to do)
        assert _rows(index) == {"e": index.bands}
    finally:
        index.close()


def test_a_paragraph_with_a_bracket_is_still_cut_at_its_dateline_and_photo_credit() -> None:
    text = ("Rebels shelled the town in Hama Province MOSCOW (Sputnik) The army said it hit back on Monday. "
            "A boy stands in Aleppo (AP photo) Air strikes killed 21 people.")
    plain = "Rebels shelled the town. The army said it hit back on Monday. Air strikes killed 21 people."
    cut = [text[s:e] for s, e in split_sentences(text, 0, len(text))]
    assert cut[0].endswith("Hama Province") and cut[1].startswith("MOSCOW (Sputnik)")
    assert any(part.endswith("(AP photo)") for part in cut)
    assert [plain[s:e] for s, e in split_sentences(plain, 0, len(plain))] == [
        "Rebels shelled the town.", "The army said it hit back on Monday.", "Air strikes killed 21 people."]


def test_the_title_run_pre_test_counts_words_opened_by_a_capital_and_keeps_every_run() -> None:
    acronyms = "The NATO and UNHCR and OCHA officials said that the SDF and YPG had left the area near the town."
    assert not holds_title_run(acronyms, 0, len(acronyms))  # 15 capitals, 7 words opened by one
    run = ("Officials said on Monday that the report was read as Security Forces Reportedly Find Burial Sites "
           "Of Over 20 Executed Christians In The North And West According to local people who saw them.")
    assert holds_title_run(run, 0, len(run))


def test_the_ground_bombing_labels_are_the_data_files_lists() -> None:
    data = retell._ground_bombing()
    for kind, key in (("trigger", "ground"), ("means", "ground_means")):
        for label in (*data.get(key, ()), "airstrike", "x"):
            assert retell.ground_bomb(kind, label) == (label in data.get(key, ()))
    assert not retell.ground_bomb("count", "explosion")
    for label in (*data.get("air", ()), "explosive"):
        assert retell.air_told("means", label) == (label in data.get("air", ()))
        assert not retell.air_told("trigger", label)
