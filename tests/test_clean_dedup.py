"""Near-duplicate detection: syndicated copies are linked to the first copy, different reports are not."""

from __future__ import annotations

import pytest

from warscribe.cleaning.dedup import NearDuplicateIndex
from warscribe.model import Document

STORY = (
    "Government aircraft bombed the southern outskirts of the town of Khan Sheikhoun on Thursday, killing "
    "at least nine civilians including three children, a local rescue team said. The team said the raids "
    "targeted a residential street and a bakery shortly after dawn, and that rescuers were still digging "
    "through the rubble of two collapsed buildings in the afternoon. Residents said the aircraft circled "
    "over the town for more than an hour before striking. An opposition official condemned the raids and "
    "called on the guarantor states of the truce to intervene. The government did not comment on the "
    "strikes, but state media said the army was targeting positions of armed groups that had violated "
    "the ceasefire in recent days."
)
OTHER_REPORT = (
    "At least nine people died when warplanes struck Khan Sheikhoun early on Thursday, according to "
    "medics in the opposition-held town. A doctor at the town's field clinic said the wounded were "
    "brought in on motorbikes because ambulances could not reach the bombed neighbourhood. Opposition "
    "activists blamed government jets for the attack, while Damascus accused rebel factions of breaking "
    "the ceasefire. The truce, brokered by foreign powers last year, has been repeatedly violated."
)


def doc(doc_id: str, text: str, published: str | None = None) -> Document:
    d = Document(id=doc_id, text=text, published=published)
    d.kept = [(0, len(text))]
    return d


def test_syndicated_copy_with_banner_and_edits_is_linked_to_the_first_copy() -> None:
    index = NearDuplicateIndex(0.8)
    assert index.check(doc("first", STORY, "2020-01-01")) is None
    copy = "REPOSTED FROM OUR PARTNERS\n" + STORY.replace("nine", "9").replace("bakery", "market")
    second = doc("copy", copy, "2020-01-02")
    assert index.check(second) == "first"
    assert (second.duplicate_of, second.status) == ("first", "skipped")
    assert second.reason == "near-duplicate of first"
    third = doc("third", STORY + " Share this story.", "2020-01-03")
    assert index.check(third) == "first"  # linked to the first copy, not the latest


def test_the_preferred_copy_does_not_depend_on_arrival_order() -> None:
    copies = [doc("b", STORY, "2020-01-02"), doc("a", STORY + " Share this.", "2020-01-02"),
              doc("c", "READ MORE\n" + STORY, "2020-01-01"), doc("z", STORY + " End.")]
    for order in ([0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2]):
        index = NearDuplicateIndex(0.8)
        verdicts = {copies[i].id: index.place(doc(copies[i].id, copies[i].text, copies[i].published))
                    for i in order}
        kept = [d for d, v in verdicts.items() if v.duplicate_of is None]
        superseded = {s for v in verdicts.values() for s in v.superseded}
        assert set(kept) - superseded == {"c"}  # the earliest published copy
        assert len(index) == 1


def test_different_reports_of_the_same_event_are_not_duplicates() -> None:
    index = NearDuplicateIndex(0.8)
    assert index.check(doc("a", STORY)) is None
    other = doc("b", OTHER_REPORT)
    assert index.check(other) is None
    assert other.status == "processed" and other.duplicate_of is None


def test_same_document_checked_twice_is_not_its_own_duplicate() -> None:
    index = NearDuplicateIndex()
    assert index.check(doc("a", STORY)) is None
    assert index.check(doc("a", STORY)) is None


def test_empty_text_is_ignored_and_threshold_validated() -> None:
    assert NearDuplicateIndex().check(doc("e", "")) is None
    with pytest.raises(ValueError, match="threshold"):
        NearDuplicateIndex(1.5)


def test_a_first_document_changed_after_placing_is_indexed_as_it_was_placed() -> None:
    index = NearDuplicateIndex(0.8)
    first = doc("first", STORY, "2020-01-01")
    assert index.check(first) is None
    first.published, first.text, first.kept = "2030-01-01", OTHER_REPORT, [(0, len(OTHER_REPORT))]
    assert index.check(doc("copy", STORY + " Share this story.", "2020-01-02")) == "first"
    assert len(index) == 1


def test_a_run_of_one_document_loads_no_minhash_library() -> None:
    import subprocess
    import sys

    code = ("import sys; from warscribe.cleaning.dedup import NearDuplicateIndex; from warscribe.model import "
            "Document; d = Document(id='a', text='Shelling hit the town of Kidal on Monday.'); "
            "d.kept = [(0, len(d.text))]; i = NearDuplicateIndex(); assert i.check(d) is None; "
            "print('datasketch' in sys.modules, 'scipy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_band_shapes_kept_in_the_cache_folder_are_the_ones_searched_for(tmp_path, monkeypatch) -> None:
    from datasketch.lsh import _optimal_param

    from warscribe.cleaning import dedup

    monkeypatch.setenv("WARSCRIBE_CACHE", str(tmp_path))
    dedup.band_shape.cache_clear()
    try:
        shapes = {}
        for threshold in (0.85, 0.5):
            searched = _optimal_param(max(0.05, threshold - dedup.CANDIDATE_SLACK), dedup.NUM_PERM, 0.5, 0.5)
            shapes[threshold] = dedup.band_shape(threshold)
            assert shapes[threshold] == tuple(searched)
        assert len(list((tmp_path / "prebuilt").glob("lsh-bands-*.pickle"))) == 2  # one per threshold
        dedup.band_shape.cache_clear()  # as a new process: read from the folder, not searched again
        monkeypatch.setattr("datasketch.lsh._optimal_param", lambda *_a: pytest.fail("searched again"))
        assert dedup.band_shape(0.85) == shapes[0.85] and dedup.band_shape(0.5) == shapes[0.5]
    finally:
        dedup.band_shape.cache_clear()
