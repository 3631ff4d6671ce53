"""Round 31 (s31a): the parts inside a name run keyed from their words' folds (`_folded_tokens`, `_part_key`) and
their skeletons made of those keys (`key_skeleton`), not by `key` and `skeleton` reading each part's text again:
the same keys and skeletons, and the same answers of `_known_uncached`. The probe table's misses ruled out by a
table of the hashes' top bits (`gazetteer._hash_bits`) before its search: the same answers."""

from __future__ import annotations

import array
import bisect

import pytest

from warscribe.places import gazetteer as gazetteer_module
from warscribe.places import recognize
from warscribe.places.gazetteer import Gazetteer, _probe_hash
from warscribe.places.normalize import key, key_skeleton, skeleton

# runs with articles (alone, hyphenated, fused), apostrophes and backticks, dashes and newlines between words, a
# word all in capitals, and a word that is an article only at the end
_TEXTS = ["in Jisr al-Shughour town", "near Deir ez-Zor Ezzor Assukhna", "the Ras al Ain Al Bab road",
          "at Ma'arat al-Nu`man Al-Sheikh", "Khan Sheikhoun - Saraqeb\nAriha", "Umm al-Miyazen wa Tal Abyad",
          "Al Al Bab", "An NGO Office", "O'Brien's Ed Esh Arrak", "Dair al-Zour AL-RAQQA", "Abu Kamal el",
          "near Tell Abyad-Ain Issa", "Eel Aal Ezz Etta Addo"]


def _parts(text: str) -> list[tuple[str, list[str]]]:
    """Every part of every name run of the text, with the folds of its words."""
    out = []
    for run in recognize.name_runs(text, 0, len(text)):
        folded = recognize._folded_tokens(text, run)
        assert folded is not None
        for i in range(len(run)):
            for j in range(i + 1, len(run) + 1):
                out.append((text[run[i].start:run[j - 1].end], folded[i:j]))
    return out


@pytest.mark.parametrize("text", _TEXTS)
def test_a_part_keyed_from_its_folds_is_keyed_as_its_text(text: str) -> None:
    parts = _parts(text)
    assert parts
    for surface, words in parts:
        k = recognize._part_key(words)
        assert k == key(surface)
        assert key_skeleton(k) == skeleton(surface)


def test_no_folds_for_a_text_not_ascii() -> None:
    text = "in Ma’arat al-Nu‘man"
    assert recognize._folded_tokens(text, recognize.name_runs(text, 0, len(text))[0]) is None


def test_a_part_key_of_no_words_is_no_key() -> None:
    assert recognize._part_key([]) == key("") == ""


@pytest.mark.parametrize("text", ["near Deir ez-Zor Ezzor Assukhna", "in Khan Sheikhoun Saraqeb Ariha",
                                  "the Ras al Ain Al Bab road", "Tal Abyad Ain Issa", "Nbl Zahraa Aleppo Idlib"])
def test_known_given_the_part_key_answers_as_without_it(gaz: Gazetteer, text: str) -> None:
    for surface, words in _parts(text):
        for focus in ("SY", "KE", None):
            assert recognize._known_uncached(surface, gaz, focus, len(words), recognize._part_key(words)) \
                == recognize._known_uncached(surface, gaz, focus, len(words))


def test_hash_bits_mark_each_hash_and_rule_misses_out(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    hashes = sorted({_probe_hash(f"k{i}") for i in range(0, 400, 2)} | {0, 2**32 - 1})
    bits = gazetteer_module._hash_bits(array.array("q", hashes))
    assert len(bits) == 1 << gazetteer_module.PROBE_BITS
    shift = 32 - gazetteer_module.PROBE_BITS
    tops = {h >> shift for h in hashes}
    assert all(bits[t] == 1 for t in tops)
    assert sum(bits) == len(tops)  # no other byte marked
    assert gazetteer_module._hash_bits(array.array("q")) == bytes(len(bits))
    # `_may_hold` answers as a search of the table, the marks ruling most misses out first
    monkeypatch.setattr(gazetteer_module, "PROBE_TABLE_AFTER", 0)
    gaz = Gazetteer(tmp_path / "g.sqlite", create=True)
    gaz._probe_table = (array.array("q", hashes), array.array("q"))
    for probe in [*(f"k{i}" for i in range(400)), "", "zz"]:
        h = _probe_hash(probe)
        i = bisect.bisect_left(hashes, h)
        assert gaz._may_hold(0, probe) == (i < len(hashes) and hashes[i] == h)
    assert not gaz._may_hold(1, "abc\0SY")
