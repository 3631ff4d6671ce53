"""Geocoder benchmark on UCDP GED (warscribe.evaluate.geo): name splitting, reading, scoring with a small
hand-built gazetteer, and a run on the shared UCDP file when it is present."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warscribe.cli import app
from warscribe.evaluate import EvalInputError
from warscribe.evaluate.geo import evaluate, read_places, split_name
from warscribe.evaluate.metrics import percentile
from warscribe.places.gazetteer import SCHEMA_VERSION, Gazetteer, PlaceRecord

UCDP = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "ucdp" / "ucdp_ged191_syria_2016-2019.csv"


@pytest.mark.parametrize(("raw", "names", "feature"), [
    ("Teir Maaleh village", ["Teir Maaleh"], None),
    ("Aleppo town", ["Aleppo"], None),
    ("Idlib Governorate", ["Idlib"], "admin1"),
    ("Afrin district", ["Afrin"], "admin2"),
    ("Tallbisah  town", ["Tallbisah"], None),
    ("Tadmur/Palmyra town", ["Tadmur", "Palmyra"], None),
    ("Tiyas Military Airbase (T4)", ["Tiyas Military Airbase", "T4"], None),
    ("Eastern Ghouta", ["Eastern Ghouta"], None),
    ("Jabal al Akrad mountain", ["Jabal al Akrad"], None),
    ("Town", ["Town"], None),  # a type word alone is the name
])
def test_split_name(raw: str, names: list[str], feature: str | None) -> None:
    assert split_name(raw) == (names, feature)


def test_percentile_interpolates() -> None:
    assert percentile([], 50) is None
    assert percentile([3.0], 90) == 3.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.5
    assert percentile(list(map(float, range(11))), 90) == pytest.approx(9.0)


def _write_ucdp(path: Path, rows: list[tuple[str, float, float]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        w = csv.writer(handle)
        w.writerow(["id", "where_prec", "where_coordinates", "adm_1", "latitude", "longitude", "country"])
        for n, (name, lat, lon) in enumerate(rows, 1):
            w.writerow([n, "1.0", name, "", lat, lon, "Syria"])


@pytest.fixture
def small_gazetteer(tmp_path: Path) -> Path:
    path = tmp_path / "gaz.sqlite"
    gaz = Gazetteer(path, create=True)
    gaz.set_meta("schema_version", SCHEMA_VERSION)
    gaz.add([PlaceRecord("Sarmin", 35.904, 36.725, "SY", "Idleb", feature="town"),
             PlaceRecord("Aleppo", 36.2012, 37.1612, "SY", "Aleppo", feature="town"),
             PlaceRecord("Aleppo", 36.10, 37.40, "SY", "Aleppo", feature="admin1"),
             PlaceRecord("Kobani", 36.89, 38.35, "SY", "Aleppo", feature="town", names=["Ayn al Arab"]),
             PlaceRecord("Qaryatayn", 34.23, 37.24, "TR", None, feature="town")], source="test")
    gaz.close()
    return path


def test_scores_against_the_ucdp_points(tmp_path: Path, small_gazetteer: Path) -> None:
    ucdp = tmp_path / "ged.csv"
    _write_ucdp(ucdp, [("Sarmin town", 35.904, 36.725), ("Sarmin town", 35.904, 36.725),
                       ("Sarmin town", 35.0, 36.0),  # an odd point: the most frequent one counts
                       ("Aleppo Governorate", 36.10, 37.40),  # the type word picks the governorate
                       ("Ain al-Arab/Kobani town", 36.89 + 0.3, 38.35),  # about 33 km off
                       ("Qaryatayn town", 34.23, 37.24),  # only abroad in this gazetteer
                       ("Nowhere village", 35.0, 38.0)])
    report = evaluate(ucdp, small_gazetteer)
    s = report.summary()
    assert (s["names"], s["resolved"], s["unresolved_only_foreign"]) == (5, 3, 1)
    assert s["unresolved_share"] == pytest.approx(2 / 5)
    assert s["within_10km_share"] == pytest.approx(2 / 5)
    assert s["within_10km_of_resolved"] == pytest.approx(2 / 3)
    assert s["events_within_10km_share"] == pytest.approx(4 / 7)
    assert s["median_km"] == pytest.approx(0.0, abs=0.01)
    assert 25 < s["p90_km"] < 34
    errors = {e["name"]: e for e in report.errors()}
    assert set(errors) == {"Ain al-Arab/Kobani town", "Qaryatayn town", "Nowhere village"}
    assert errors["Qaryatayn town"]["found"] is None


def test_bad_rows_are_reported(tmp_path: Path) -> None:
    ucdp = tmp_path / "ged.csv"
    _write_ucdp(ucdp, [("Sarmin town", 35.9, 36.7)])
    with ucdp.open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerow([9, "1.0", "Broken town", "", "north", "36.7", "Syria"])
        csv.writer(handle).writerow([10, "1.0", "", "", "35", "36.7", "Syria"])
    places, warnings = read_places(ucdp)
    assert [p.name for p in places] == ["Sarmin town"]
    assert warnings[0].startswith(f"{ucdp}:3: latitude/longitude 'north'")
    assert warnings[1].startswith(f"{ucdp}:4: no where_coordinates")
    other = tmp_path / "other.csv"
    other.write_text("name,lat\nx,1\n", encoding="utf-8")
    with pytest.raises(EvalInputError, match=r"other\.csv:1: missing column"):
        read_places(other)


def test_cli_json(tmp_path: Path, small_gazetteer: Path) -> None:
    ucdp = tmp_path / "ged.csv"
    _write_ucdp(ucdp, [("Sarmin town", 35.904, 36.725)])
    result = CliRunner().invoke(app, ["eval-geo", "--gold", str(ucdp), "--format", "ucdp", "--gazetteer",
                                      str(small_gazetteer), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["names"] == 1 and data["within_10km_share"] == 1.0
    table = CliRunner().invoke(app, ["eval-geo", "--gold", str(ucdp), "--gazetteer", str(small_gazetteer),
                                     "--show-errors", "5"])
    assert table.exit_code == 0 and "median error" in table.stdout


def test_runs_on_the_shared_ucdp_file() -> None:
    if not UCDP.exists():
        pytest.skip("../shared UCDP file is not here")
    report = evaluate(UCDP)
    s = report.summary()
    assert s["names"] > 1500
    assert 0 < s["resolved"] <= s["names"]
    assert s["median_km"] is not None and s["median_km"] <= s["p90_km"]
