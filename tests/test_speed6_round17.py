"""Round 17 (speed6): the gazetteer's probe table answers the probes that miss from memory, the same answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from warscribe.places import gazetteer as gazetteer_module
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
    assert not small.has_skeleton(skeleton("Tyr"), None)  # type: ignore[arg-type]  # a null country: no places


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
