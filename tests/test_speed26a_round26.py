"""Round 26 (s26a): place-name recognition does less per name. A run's words are read by one `findall` whose groups
tell their offsets (plain ASCII classes over an ASCII text); a credit word is looked for only where the text writes
one (`_credit_starts`); a phrase read as whole words is looked for only where the text holds its words
(`_whole_written`); a pattern after a name is matched only where the word after it opens one of its phrases
(`_word_after`, `_after_firsts`); the probe table is searched in the stride its marks name. Each answers as the way
before it."""

from __future__ import annotations

import array
import bisect
import re
from pathlib import Path

import pytest

from warscribe.places import gazetteer as gazetteer_module
from warscribe.places import recognize
from warscribe.places.gazetteer import Gazetteer, _probe_hash

_TEXTS = [
    "Shelling killed four civilians in the town of Saraqib in Idlib province on Monday, activists said.",
    "Jets struck al-Bab and el Qusayr, Ras al-Ain\nand Umm al-Miyazen - Tal Abyad, Deir ez-Zor; d'Arc O'Neil iPhone.",
    "McDonald 3Km x3y Ma’arrat an-Nu‘man ʿAyn ébola Élan İstanbul ıi \u212a \u017f the al",
    "AP Photo Felipe Dana US Missile Attack in Aleppo. Pho'to: Omar Haj Idlib. Photos by Ali Hama Raqqa.",
    "Reuters/Pic Omar Sanadiki Damascus 'Image' Ali Deir; the topic of Homs; x'x'x Ph`otograph Karam Al-Masri.",
    "A bus heading for Homs was hit near the outbound for Hama road; the mayor of Aleppo spoke from the town of X.",
    "He told journalists in Amman that the MP for Homs, a Member of Parliament for Hama, was seen in Idlib.",
    "Aleppo city, Idlib countryside, the Al Jazeera TV station, Homs  town, Hama town-, Raqqa towns, Afrin village",
    "Deir district_x and Qamishli " + "districtx" * 4 + " and the Latakia Hotel, the Geneva talks, Tartus News.",
]


def _slow_run_words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    # (a match object per word, over the Unicode classes)
    return [(*m.span(2), m.group(2)) for m in recognize._RUN_SPLIT.finditer(text, start, end) if m.group(2)]


@pytest.mark.parametrize("text", _TEXTS)
def test_run_words_split_by_findall_are_those_of_the_pattern(text: str) -> None:
    for start, end in [(0, len(text)), (3, len(text) - 2), (len(text) // 2, len(text)), (5, 5)]:
        assert [tuple(t) for t in recognize.run_words(text, start, end)] == _slow_run_words(text, start, end)


@pytest.mark.parametrize("text", _TEXTS)
def test_name_runs_read_the_words_of_run_words(text: str) -> None:
    runs = recognize.name_runs(text, 0, len(text))
    words = {tuple(t) for t in recognize.run_words(text, 0, len(text))}
    assert runs and all(tuple(t) in words for run in runs for t in run)


@pytest.mark.parametrize("text", _TEXTS)
def test_runs_uncredited_with_the_credit_index_are_those_without(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    runs = recognize.name_runs(text, 0, len(text))
    fast = [recognize._uncredited(text, run) for run in runs]
    monkeypatch.setattr(recognize, "_credit_starts", lambda _text: None)
    assert fast == [recognize._uncredited(text, run) for run in runs]


def test_credit_starts_are_the_offsets_in_the_text() -> None:
    text = "x'x Pho'to: Omar, and a picture of Homs"
    starts = recognize._credit_starts(text)
    assert starts is not None and text[starts[0]:starts[0] + 6] == "Pho'to" and text[starts[-1]:].startswith("pic")
    assert recognize._credit_starts("Photo: Ömer") is None  # not ASCII: every run read


@pytest.mark.parametrize("text", _TEXTS)
def test_whole_words_gate_finds_what_each_window_finds(text: str) -> None:
    p = recognize._cue_patterns()
    lowered = text.translate(recognize._CASE_BLIND).lower()
    words = recognize._words_in(text)
    office, heading = recognize._window_words()
    for name, phrases in (("office_before", office), ("heading", heading),
                          ("outlet_before", recognize._cue_phrases("outlet_before"))):
        gated = recognize._whole_written(lowered, words, phrases)
        assert not gated or recognize._written(lowered, phrases)  # never looser than the substring test
        for end in range(len(text) + 1):
            if p[name].search(text, max(0, end - 40), end):
                assert gated


@pytest.mark.parametrize("text", _TEXTS)
def test_a_pattern_after_a_name_matches_only_where_the_word_after_opens_a_phrase(text: str) -> None:
    p, firsts = recognize._cue_patterns(), recognize._after_firsts()
    assert all(firsts[name] for name in ("settle_after", "region_after", "outlet", "area_kind"))
    for end in [m.end() for m in re.finditer(r"\w\b", text)]:
        word = recognize._word_after(text, end)
        after = text[end:end + 30]
        for name, hit in (("settle_after", p["settle_after"].match(after)),
                          ("region_after", p["region_after"].match(after)),
                          ("area_kind", p["area_kind"].match(text, end, end + 40)),
                          *((name, p[name].match(text, end)) for name in ("outlet", "office", "meeting", "landmark"))):
            if hit:
                assert recognize._may_follow(word, firsts[name]), (name, after)


def test_the_word_after_a_name() -> None:
    assert recognize._word_after("Aleppo City, Syria", 6) == "city"
    assert recognize._word_after("Aleppo, Syria", 6) == ""  # no space: no pattern of one matches
    assert recognize._word_after("Aleppo " + "x" * 40, 6) is None  # runs past the reach
    assert recognize._word_after("Ömer city", 4) is None  # not ASCII


def test_probe_table_marks_find_what_a_search_of_the_whole_table_finds(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gazetteer_module, "PROBE_TABLE_AFTER", 0)
    monkeypatch.setattr(gazetteer_module, "PROBE_STRIDE", 3)
    gaz = Gazetteer(tmp_path / "g.sqlite", create=True)
    keys = [f"k{i}" for i in range(0, 200, 2)]
    hashes = sorted(_probe_hash(k) for k in keys)
    gaz._probe_table = (array.array("q", hashes), array.array("q"))
    for probe in [*keys, *(f"k{i}" for i in range(1, 200, 2)), "", "zz"]:
        h = _probe_hash(probe)
        i = bisect.bisect_left(hashes, h)
        assert gaz._may_hold(0, probe) == (i < len(hashes) and hashes[i] == h)
    assert not gaz._may_hold(1, "abc\0SY")  # an empty table holds nothing


# Words a run may hold: places, look-alikes of three consonants and more, plurals and possessives without an
# apostrophe, persons' family names.
_SURFACES = ["Aleppo", "Alepo", "Idlib", "Idleb", "Syrias", "Aleppos", "Russias", "Forces", "Nations", "Homs", "Hums",
             "Dali", "Aziz", "Barazi", "Tal", "Bab", "Raqqa", "Rakka", "Deir ez-Zor", "Dair al-Zour", "Kenyas",
             "Nairobis", "Beirut", "Party", "Mohammad", "Saraqeb", "Zabadani", "Zabadany", "Khan Sheikhoun", "Nbl"]


def _well_known_by_lookup(surface: str, gaz: Gazetteer) -> bool:
    return any(p.match == "exact" and (p.feature in ("country", "admin1") or p.population >= 100_000)
               for p in gaz.lookup(surface, fuzzy=False, limit=5))


def _known_by_lookup(surface: str, gaz: Gazetteer, focus: str | None, words: int, monkeypatch) -> bool:
    with monkeypatch.context() as patched:
        # the lookup's answer, not the skeleton's rows
        patched.setattr(Gazetteer, "short_look_alike", lambda self, k, skel, country: any(
            p.country == country for p in self.lookup(surface, country, fuzzy=False, limit=3)))
        patched.setattr(recognize, "_spelled", lambda name, gaz: True)
        return recognize._known_uncached(surface, gaz, focus, words)


@pytest.mark.parametrize("surface", _SURFACES)
def test_names_read_without_a_lookup_answer_as_the_lookup(gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch,
                                                         surface: str) -> None:
    assert recognize._well_known(surface, gaz) == _well_known_by_lookup(surface, gaz)
    assert recognize._spelled(surface, gaz) == any(p.match == "exact"
                                                   for p in gaz.lookup(surface, fuzzy=False, limit=5))
    words = len(surface.split())
    for focus in ("SY", "KE", None):
        assert recognize._known_uncached(surface, gaz, focus, words) \
            == _known_by_lookup(surface, gaz, focus, words, monkeypatch)
