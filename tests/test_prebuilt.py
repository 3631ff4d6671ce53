"""Built-once data in the cache folder: read back while its files are unchanged, built again when they change."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from warscribe import prebuilt


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WARSCRIBE_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache" / "prebuilt"


def _counting(value: object) -> tuple[list[int], object]:
    calls: list[int] = []

    def build() -> object:
        calls.append(1)
        return value

    return calls, build


def test_built_once_then_read_back(cache: Path, tmp_path: Path) -> None:
    data = tmp_path / "words.yaml"
    data.write_text("a: 1\n", encoding="utf-8")
    calls, build = _counting({"words": ["shelling", "raid"]})
    assert prebuilt.load_or_build("words", [data], build) == {"words": ["shelling", "raid"]}
    assert prebuilt.load_or_build("words", [data], build) == {"words": ["shelling", "raid"]}
    assert len(calls) == 1 and len(list(cache.glob("words-*.pickle"))) == 1


def test_an_edited_data_file_builds_afresh_and_drops_the_stale_file(cache: Path, tmp_path: Path) -> None:
    data = tmp_path / "words.yaml"
    data.write_text("a: 1\n", encoding="utf-8")
    prebuilt.load_or_build("words", [data], lambda: "first")
    stale = set(cache.glob("words-*.pickle"))
    data.write_text("a: 2\n", encoding="utf-8")
    os.utime(data, (1, 1))  # bytes decide, not times
    calls2, build2 = _counting("second")
    assert prebuilt.load_or_build("words", [data], build2) == "second"
    assert calls2 == [1]
    assert len(set(cache.glob("words-*.pickle")) - stale) == 1
    for n in range(3, 3 + prebuilt.KEEP):  # older builds are dropped, the newest few kept
        data.write_text(f"a: {n}\n", encoding="utf-8")
        prebuilt.load_or_build("words", [data], lambda n=n: n)
    now = set(cache.glob("words-*.pickle"))
    assert len(now) == prebuilt.KEEP and not now & stale


def test_another_library_version_or_file_list_is_another_build(cache: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.yaml", tmp_path / "two.yaml"
    one.write_text("x\n", encoding="utf-8")
    two.write_text("x\n", encoding="utf-8")
    assert prebuilt.fingerprint([one], "3.8.1") != prebuilt.fingerprint([one], "3.8.2")
    assert prebuilt.fingerprint([one]) != prebuilt.fingerprint([one, two])
    assert prebuilt.fingerprint([one]) == prebuilt.fingerprint([one])
    big = tmp_path / "model.bin"
    big.write_bytes(b"\0" * (prebuilt.BIG_FILE + 1))
    before = prebuilt.fingerprint([big])
    os.utime(big, ns=(1, 1))  # a big file counts by its size and time: reinstalled, it changes
    assert prebuilt.fingerprint([big]) != before


def test_a_damaged_file_is_rebuilt_and_an_unwritable_folder_only_costs_the_build(
        cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "words.yaml"
    data.write_text("a: 1\n", encoding="utf-8")
    prebuilt.load_or_build("words", [data], lambda: "good")
    (stored,) = cache.glob("words-*.pickle")
    stored.write_bytes(b"\x80\x05not a pickle")
    assert prebuilt.load_or_build("words", [data], lambda: "rebuilt") == "rebuilt"
    assert prebuilt.load_or_build("words", [data], lambda: "unused") == "rebuilt"
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("WARSCRIBE_CACHE", str(blocked))  # a folder cannot be made under a file
    assert prebuilt.load_or_build("words", [data], lambda: "built anyway") == "built anyway"


def test_actor_matchers_follow_a_changed_actor_file(cache: Path, tmp_path: Path) -> None:
    from warscribe.knowledge.actors import ActorBase
    from warscribe.knowledge.lexicon import Lexicon
    from warscribe.stages.recognize import Recognizers

    mine = tmp_path / "mine.yaml"

    def found(alias: str, text: str) -> list[str]:
        mine.write_text("actors:\n  - {id: my-brigade, name: Brigade of Quiet Tests, inter: 3, country: Syria, "
                        f"kind: militia, aliases: [{alias}]}}\n", encoding="utf-8")
        rec = Recognizers(Lexicon.load(), ActorBase.load([mine]))
        return [h.form.actor_id for h in rec.actor_hits(rec.lexicon.tokenize(text))]

    assert "my-brigade" in found("Zorvani Guards", "The Zorvani Guards shelled the road.")
    assert "my-brigade" not in found("Kelmari Guards", "The Zorvani Guards shelled the road.")
    assert "my-brigade" in found("Kelmari Guards", "The Kelmari Guards shelled the road.")
    assert len(list(cache.glob("actor-phrases-*.pickle"))) == 2  # one build for each version of the file


def test_a_data_files_parse_is_read_back_until_the_file_changes(cache: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from warscribe.knowledge import located

    data = tmp_path / "lexicon" / "words.yaml"
    data.parent.mkdir()
    data.write_text("kill:\n  - shot dead\n  - {p: gunned down, noun: true}\n", encoding="utf-8")
    first, plain = located.load(data), located.data_file(data)
    assert first.data == plain == {"kill": ["shot dead", {"p": "gunned down", "noun": True}]}
    assert len(list(cache.glob("located-lexicon-words-*.pickle"))) == 1

    def no_parse(*_args: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(located, "_parse", no_parse)
    monkeypatch.setattr(located, "safe_load", no_parse)
    again = located.load(data)
    assert (again.data, again.lines, again.path) == (first.data, first.lines, data)
    assert again.where("kill", 1) == f"{data}:3" and located.data_file(data) == plain
    data.write_text("kill:\n  - shot dead\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="parsed again"):
        located.load(data)
