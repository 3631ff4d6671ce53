"""The gazetteer: default build, lookups, importers on our fixtures, download, boundaries and the CLI."""

from __future__ import annotations

import zipfile

import pytest
from typer.testing import CliRunner

from places_support import FIXTURES, SHARED, private_copy
from warscribe.places.boundaries import BoundaryError, import_geojson
from warscribe.places.gazetteer import SCHEMA_VERSION, Gazetteer, default_path
from warscribe.places.importers import (
    ImportError_,
    download_geonames,
    import_file,
    read_acled,
    read_csv,
    read_geonames,
    read_ucdp,
)


@pytest.fixture
def empty(tmp_path):
    return Gazetteer(tmp_path / "empty.sqlite", create=True)


# ---- default gazetteer -----------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "expected", "lat", "lon"), [
    # our own entry (syria_places.yaml) holds the spellings reports use for the town
    ("Ma'aret al-Nauman", "Maarat al-Numan", 35.65, 36.68),
    ("Jisr al-Shughour", "Jisr ash Shughūr", 35.81, 36.32),
    ("Harem", "Ḩārim", 36.21, 36.52),
    ("al-Sukhna", "As Sukhnah", 34.89, 38.87),
    ("Deir Ezzor", "Deir ez-Zor", 35.34, 40.14),
    ("Maarrat al-Numan", "Ma‘arrat an Nu‘mān", 35.65, 36.68),
    ("Jisr ash-Shughur", "Jisr ash Shughūr", 35.81, 36.32),
])
def test_default_finds_syrian_places(gaz, name, expected, lat, lon):
    best = gaz.best(name)
    assert best is not None and best.name == expected and best.country == "SY"
    assert (round(best.lat, 2), round(best.lon, 2)) == (lat, lon)


def test_default_has_governorates_countries_and_world_towns(gaz):
    idleb = [p for p in gaz.lookup("Idlib", "SY") if p.feature == "admin1"]
    assert idleb and idleb[0].name == "Idleb"
    assert gaz.best("Lattakia", "SY").admin1 == "Lattakia"
    benin = gaz.best("Benin")
    assert benin.country == "BJ" and benin.feature == "country"
    assert gaz.best("Moscow").country == "RU"
    assert gaz.best("Turkiye").country == "TR"


def test_short_skeleton_needs_look_alike(gaz):
    # "Benin" and "Nairobi"-like names share a consonant frame with Syrian villages; that alone is no match
    assert all(p.name != "Nairobi" for p in gaz.lookup("al-Neyrab", "SY"))


def test_lookup_near_ranks_by_distance(gaz):
    far = gaz.lookup("Tall", "SY", near=(36.2, 37.1))
    assert far, "some 'Tall' place"
    dists = [((p.lat - 36.2) ** 2 + (p.lon - 37.1) ** 2) for p in far if p.match == far[0].match]
    assert dists == sorted(dists)


def test_fuzzy_fallback_for_misspellings(gaz):
    best = gaz.best("Khan Shaykun", "SY")
    assert best is not None and best.match in ("fuzzy", "skeleton") and best.admin1 == "Idleb"


def test_info_and_default_path(gaz, monkeypatch, tmp_path):
    info = gaz.info()
    assert info["places"] > 30000 and info["schema_version"] == SCHEMA_VERSION
    assert info["by_source"]["warscribe"] >= 10
    monkeypatch.setenv("WARSCRIBE_CACHE", str(tmp_path))
    path = default_path()
    assert path.parent == tmp_path and path.name.startswith(f"gazetteer-v{SCHEMA_VERSION}-")
    assert path.suffix == ".sqlite"


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no gazetteer"):
        Gazetteer(tmp_path / "nope.sqlite")


# ---- importers -------------------------------------------------------------------------------------
def test_geonames_dump_with_alternate_names(empty):
    records = {r.name: r for r in read_geonames(FIXTURES / "geonames_sy.txt", FIXTURES / "alternate_names.txt")}
    assert set(records) == {"Kafr Hamrah", "Tall Shihab", "Muhafazat Idlib", "Wadi Barada"}  # no spring
    assert records["Kafr Hamrah"].admin1 == "Aleppo" and records["Kafr Hamrah"].feature == "town"
    assert records["Tall Shihab"].feature == "village" and records["Tall Shihab"].admin1 == "Dar'a"
    assert records["Muhafazat Idlib"].feature == "admin1"
    assert "Tel Shihab" in records["Tall Shihab"].names
    assert not any(n.startswith("http") for n in records["Tall Shihab"].names)
    assert import_file(empty, "geonames", FIXTURES / "geonames_sy.txt") == 4
    assert empty.best("Kafar Hamra").name == "Kafr Hamrah"


def test_geonames_bad_line_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("1\tOnly\tthree\n", encoding="utf-8")
    with pytest.raises(ImportError_, match=r"bad.txt:1: expected 19"):
        read_geonames(bad)


def test_ucdp_import(empty):
    records = read_ucdp(FIXTURES / "ucdp_sample.csv")
    names = {r.name: r for r in records}
    assert set(names) == {"Kafr Zayta", "Tadmur", "Khirbat Ghazalah", "Idlib"}  # dedup; no country, no "near"
    assert names["Kafr Zayta"].admin1 == "Hama" and names["Kafr Zayta"].admin2 == "Muhradah"
    assert names["Kafr Zayta"].feature == "town" and names["Kafr Zayta"].country == "SY"
    assert "Palmyra" in names["Tadmur"].names
    assert "Khirbet Ghazaleh" in names["Khirbat Ghazalah"].names
    assert names["Idlib"].feature == "admin1" and names["Idlib"].admin1 == "Idleb"
    import_file(empty, "ucdp", FIXTURES / "ucdp_sample.csv")
    assert empty.best("Kafr Zita").name == "Kafr Zayta"


def test_acled_import(empty):
    records = read_acled(FIXTURES / "acled_sample.csv")
    assert [r.name for r in records] == ["Kafr Uwayd", "Kafr Nuran", "Deir-ez-Zor - Al Badia"]
    assert records[0].admin1 == "Idleb" and records[0].admin2 == "Ariha" and records[0].country == "SY"
    assert records[2].feature == "region"
    import_file(empty, "acled", FIXTURES / "acled_sample.csv")
    assert empty.best("Kafr Owaid").name == "Kafr Uwayd"


def test_csv_import_and_errors(empty):
    records = read_csv(FIXTURES / "places_sample.csv")
    assert records[0].names == ["Tal Karama", "Tell Karama"] and records[0].admin1 == "Idleb"
    assert records[1].country == "SY" and records[1].admin1 == "Homs"
    with pytest.raises(ImportError_, match=r"places_bad.csv:3: bad coordinates"):
        read_csv(FIXTURES / "places_bad.csv")
    with pytest.raises(ImportError_, match="missing column"):
        read_csv(FIXTURES / "acled_sample.csv")
    with pytest.raises(ImportError_, match="unknown format"):
        import_file(empty, "kml", FIXTURES / "places_sample.csv")


def test_reimport_replaces_a_source(empty):
    import_file(empty, "csv", FIXTURES / "places_sample.csv")
    import_file(empty, "csv", FIXTURES / "places_sample.csv")
    assert empty.info()["places"] == 2


def test_download_from_a_url(empty, tmp_path):
    archive = tmp_path / "SY.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(FIXTURES / "geonames_sy.txt", "SY.txt")
        z.writestr("readme.txt", "not data")
    count = download_geonames(empty, "sy", url=archive.as_uri(), keep=tmp_path / "got" / "SY.zip")
    assert count == 4 and (tmp_path / "got" / "SY.zip").exists()
    assert empty.info()["by_source"] == {"geonames:SY": 4}
    with pytest.raises(ImportError_, match="two-letter"):
        download_geonames(empty, "Syria", url=archive.as_uri())


# ---- boundaries ------------------------------------------------------------------------------------
def test_boundaries_point_in_polygon(empty):
    assert empty.admin_areas(35.9, 36.6) is None  # nothing imported yet
    assert import_geojson(empty, FIXTURES / "squares.geojson") == (1, 2)
    assert empty.admin_areas(35.9, 36.6) == ("Idleb", None)
    assert empty.admin_areas(35.0, 37.0) == ("Hama", None)
    assert empty.admin_areas(30.0, 30.0) == (None, None)


def test_bad_geojson(tmp_path, empty):
    bad = tmp_path / "bad.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    with pytest.raises(BoundaryError, match=r"bad\.geojson"):
        import_geojson(empty, bad)


def test_shared_boundaries_give_admin2(tmp_path_factory, tmp_path):
    base = SHARED / "eval" / "boundaries"
    if not base.exists():
        pytest.skip("shared boundaries absent")
    gaz = private_copy(tmp_path_factory, tmp_path)
    import_geojson(gaz, base / "syr_admbnda_adm1_uncs_unocha_2020.geojson")
    import_geojson(gaz, base / "syr_admbnda_adm2_uncs_unocha_2020.geojson")
    harem = gaz.best("Harem", "SY")
    assert gaz.admin_areas(harem.lat, harem.lon) == ("Idleb", "Harim")
    assert gaz.admin_areas(34.88533, 38.8711)[0] == "Homs"  # As Sukhnah


def test_shared_ucdp_resolves_seed_villages(tmp_path_factory, tmp_path):
    ucdp = SHARED / "eval" / "ucdp" / "ucdp_ged191_syria_2016-2019.csv"
    if not ucdp.exists():
        pytest.skip("shared UCDP data absent")
    gaz = private_copy(tmp_path_factory, tmp_path)
    import_file(gaz, "ucdp", ucdp)
    for name, admin2 in [("al-Yaqubiyah", "Jisr ash Shughur"), ("al-Janudiyah", "Jisr ash Shughur"),
                         ("Dayr Sunbul", "Ariha"), ("Nayrab", "Markaz Idlib"), ("Deir Sunbol", "Ariha")]:
        # (a village of our own list, data/places/syria_places.yaml, stands for the imported one)
        best = next(p for p in gaz.lookup(name, "SY") if p.source.startswith("ucdp") or p.ours)
        assert best.admin1 == "Idleb" and best.admin2 == admin2, name


# ---- CLI ---------------------------------------------------------------------------------------------
def test_cli(tmp_path_factory, tmp_path):
    import typer

    from warscribe.places.cli import boundaries_app, gazetteer_app

    app = typer.Typer()
    app.add_typer(gazetteer_app, name="gazetteer")
    app.add_typer(boundaries_app, name="boundaries")
    path = str(private_copy(tmp_path_factory, tmp_path).path)
    run = CliRunner().invoke
    out = run(app, ["gazetteer", "lookup", "Jisr al-Shughour", "--gazetteer", path, "--limit", "1"])
    assert out.exit_code == 0 and "Jisr ash Shughūr\tSY\tIdleb" in out.output
    out = run(app, ["gazetteer", "lookup", "Harem", "--json", "--country", "SY", "--gazetteer", path])
    assert out.exit_code == 0 and '"name": "Ḩārim"' in out.output
    out = run(app, ["gazetteer", "import", str(FIXTURES / "places_sample.csv"), "--format", "csv",
                    "--gazetteer", path])
    assert out.exit_code == 0 and "imported 2 places" in out.output
    out = run(app, ["gazetteer", "import", str(FIXTURES / "places_bad.csv"), "--gazetteer", path])
    assert out.exit_code == 1 and "places_bad.csv:3" in out.output
    out = run(app, ["gazetteer", "lookup", "Xyzzyqwv", "--gazetteer", path])
    assert out.exit_code == 1
    out = run(app, ["gazetteer", "lookup", "Harem", "--near", "nowhere", "--gazetteer", path])
    assert out.exit_code == 2 and "LAT,LON" in out.output  # a usage error
    out = run(app, ["gazetteer", "info", "--gazetteer", path])
    assert out.exit_code == 0 and "places:" in out.output
    out = run(app, ["boundaries", "import", str(FIXTURES / "squares.geojson"), "--gazetteer", path])
    assert out.exit_code == 0 and "2 admin1 boundaries" in out.output
    out = run(app, ["gazetteer", "download", "osm", "SY", "--gazetteer", path])
    assert out.exit_code == 2 and "only 'geonames'" in out.output  # a usage error


def test_area_files_correct_a_package_towns_admin1_and_point(tmp_path):
    from warscribe.places.gazetteer import PlaceRecord
    from warscribe.places.importers import corrected_towns

    ke, bj = tmp_path / "ke_areas.yaml", tmp_path / "bj_areas.yaml"
    ke.write_text("country: KE\ntowns:\n  - [Thika, Kiambu]\n", encoding="utf-8")
    bj.write_text("country: BJ\ntowns:\n  - [Kouande, Atacora, 10.33, 1.69]\n", encoding="utf-8")
    towns = [PlaceRecord("Thika", -1.03, 37.07, "KE", "Nairobi"), PlaceRecord("Kouandé", 6.4, 2.07, "BJ", "Atlantique"),
             PlaceRecord("Thika", 1.0, 2.0, "ZZ", "Elsewhere")]
    fixed = corrected_towns(towns, [ke, bj])
    assert [(t.admin1, t.lat, t.lon) for t in fixed] == [("Kiambu", -1.03, 37.07), ("Atacora", 10.33, 1.69),
                                                         ("Elsewhere", 1.0, 2.0)]
    bj.write_text("country: BJ\ntowns:\n  - [Kouande]\n", encoding="utf-8")
    with pytest.raises(ImportError_, match=r"bj_areas\.yaml"):
        corrected_towns(towns, [bj])
