"""ACLED-export evaluation (warscribe.evaluate.acled): reading exports, per-field checks, picking the event,
and a run over the ACLED-format fixture."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warscribe.cli import app
from warscribe.evaluate import EvalInputError
from warscribe.evaluate.acled import (
    FIELDS,
    PAIR_FIELDS,
    AcledRow,
    best_event,
    evaluate,
    field_checks,
    pair_checks,
    parse_date,
    read_rows,
)
from warscribe.model import Event

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "acled_sample.csv"
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
    "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso",
    "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
    "source_scale", "notes", "fatalities", "tags", "timestamp")
EVENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
               "Strategic developments"}


def row(**over) -> AcledRow:
    base = {"line": 2, "id": "SYR1", "text": "x", "published": "2022-03-03", "event_type": "Battles",
            "sub_event_type": "Armed clash", "actor1": "HTS: Hayat Tahrir al Sham",
            "actor2": "Military Forces of Syria (2000-)", "assoc1": [], "assoc2": [], "admin1": "Idleb",
            "location": "Sarmin", "lat": 35.904, "lon": 36.725, "fatalities": 10, "source": None}
    base.update(over)
    return AcledRow(**base)


def event(**over) -> Event:
    base = {"event_type": "Battles", "sub_event_type": "Armed clash", "actor1": "Military Forces of Syria (2000-)",
            "actor2": "HTS: Hayat Tahrir al Sham", "admin1": "Idlib", "location": "Sarmin", "latitude": 35.95,
            "longitude": 36.70, "fatalities": 10, "event_date": "2022-03-03"}
    base.update(over)
    return Event(**base)


def test_fixture_has_the_standard_columns_and_every_event_type() -> None:
    with FIXTURE.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
        assert tuple(reader.fieldnames or ()) == ACLED_COLUMNS
    assert len(rows) >= 15
    assert {r["event_type"] for r in rows} == EVENT_TYPES
    assert all(len(r["notes"].split()) >= 12 for r in rows)


@pytest.mark.parametrize(("raw", "iso"), [("2023-02-14", "2023-02-14"), ("14 February 2023", "2023-02-14"),
                                          ("14-February-2023", "2023-02-14"), ("4 Feb 2023", "2023-02-04"),
                                          ("Feb 2023", None), ("", None)])
def test_dates_in_acled_formats(raw: str, iso: str | None) -> None:
    assert parse_date(raw) == iso


def test_missing_columns_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("event_date,event_type\n2022-01-01,Battles\n", encoding="utf-8")
    with pytest.raises(EvalInputError, match=r"export\.csv:1: missing column\(s\) notes, sub_event_type"):
        read_rows(path)
    with pytest.raises(EvalInputError, match="cannot read"):
        read_rows(tmp_path / "absent.csv")


def test_unusable_rows_and_values_are_reported_with_their_line(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        w = csv.writer(handle)
        w.writerow(["event_id_cnty", "event_date", "event_type", "sub_event_type", "notes", "fatalities"])
        w.writerow(["A1", "2022-01-01", "Battles", "Armed clash", "", "0"])
        w.writerow(["A2", "sometime", "Battles", "Armed clash", "Rebels clashed with the army in Sarmin.", "x"])
    rows, warnings = read_rows(path)
    assert [r.id for r in rows] == ["A2"]
    assert rows[0].published is None and rows[0].fatalities is None
    assert any(w.startswith(f"{path}:2: empty notes") for w in warnings)
    assert any(w.startswith(f"{path}:3: event_date 'sometime'") for w in warnings)
    assert any(w.startswith(f"{path}:3: fatalities 'x'") for w in warnings)


def test_text_column_can_be_chosen(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("event_date,event_type,sub_event_type,summary\n2022-01-01,Battles,Armed clash,Text here.\n",
                    encoding="utf-8")
    rows, _ = read_rows(path, text_column="summary")
    assert rows[0].text == "Text here."


def test_actors_are_order_free_and_places_within_10_km() -> None:
    checks = field_checks(row(), event())
    assert checks["actor1"] and checks["actor2"]  # the roles are swapped: still agreement
    assert checks["location_10km"]  # about 5.5 km apart
    assert checks["admin1"]  # Idlib / Idleb
    assert checks["assoc_actors"] is None  # the row has none
    far = field_checks(row(), event(latitude=36.2, longitude=36.7))
    assert far["location_10km"] is False


def test_associated_actors_count_for_agreement() -> None:
    r = row(assoc1=["Military Forces of Russia (2000-)"])
    ev = event(actor1="Military Forces of Russia (2000-)", actor2=None,
               assoc_actor_1=["Military Forces of Syria (2000-)", "HTS: Hayat Tahrir al Sham"])
    checks = field_checks(r, ev)
    assert checks["actor1"] and checks["actor2"] and checks["assoc_actors"]


def test_both_actors_need_the_two_slots_and_roles_their_order() -> None:
    swapped = pair_checks(row(), event())  # actor1 and actor2 exchanged
    assert swapped == {"both_actors": True, "actor_roles": False}
    in_order = event(actor1="HTS: Hayat Tahrir al Sham", actor2="Military Forces of Syria (2000-)")
    assert pair_checks(row(), in_order) == {"both_actors": True, "actor_roles": True}
    # one of the two only in an associated slot is not both actors
    assoc = event(actor2=None, assoc_actor_1=["HTS: Hayat Tahrir al Sham"])
    assert field_checks(row(), assoc)["actor2"] and pair_checks(row(), assoc)["both_actors"] is False
    assert pair_checks(row(), None) == {"both_actors": False, "actor_roles": False}
    assert pair_checks(row(actor1=""), event()) == {"both_actors": None, "actor_roles": None}


def test_a_row_without_actor2_needs_an_event_without_one() -> None:
    alone = row(actor1="Protesters (Kenya)", actor2="")
    assert pair_checks(alone, event(actor1="Protesters (Kenya)", actor2=None))["both_actors"] is True
    assert pair_checks(alone, event(actor1="Protesters (Kenya)", actor2="Police Forces of Kenya (2013-)")) == {
        "both_actors": False, "actor_roles": False}
    assert pair_checks(alone, event(actor1="Rioters (Kenya)", actor2=None))["both_actors"] is False


def test_an_actor2_named_only_by_the_interaction_needs_an_actor_of_that_kind(tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    with export.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["event_date", "event_type", "sub_event_type", "actor1", "actor2",
                                                    "inter1", "inter2", "interaction", "notes"])
        writer.writeheader()
        base = {"event_date": "2024-08-05", "event_type": "Riots", "sub_event_type": "Mob violence",
                "actor1": "Rioters (Bangladesh)", "actor2": "", "inter1": "Rioters", "inter2": "", "notes": "x"}
        writer.writerow({**base, "interaction": "Rioters-Civilians"})
        writer.writerow({**base, "interaction": "Rioters only"})
        writer.writerow({**base, "interaction": "55"})
        writer.writerow({**base, "interaction": "State forces-Rioters"})  # code order: the state force is actor 2
        writer.writerow({**base, "interaction": "Rioters-Rioters"})
        writer.writerow({**base, "actor1": "Protesters (Bangladesh)", "inter1": "Protesters",
                         "interaction": "Rioters-Protesters"})
    rows, _ = read_rows(export)
    assert [r.unnamed_inter2 for r in rows] == [7, None, None, 1, 5, 5]
    mob = event(actor1="Rioters (Bangladesh)", actor2="Civilians (Bangladesh)", inter1=5, inter2=7)
    assert pair_checks(rows[0], mob) == {"both_actors": True, "actor_roles": True}
    police = event(actor1="Rioters (Bangladesh)", actor2="Police Forces of Bangladesh (2009-2024)", inter1=5, inter2=1)
    assert pair_checks(rows[0], police)["both_actors"] is False
    assert pair_checks(rows[0], event(actor1="Rioters (Bangladesh)", actor2=None, inter1=5))["both_actors"] is False
    assert pair_checks(rows[1], mob)["both_actors"] is False  # "only": no actor 2 at all


@pytest.mark.parametrize(("got", "exact", "near"), [(10, True, True), (12, False, True), (8, False, True),
                                                   (13, False, False), (0, False, False)])
def test_fatalities_exact_and_within_20_percent(got: int, exact: bool, near: bool) -> None:
    checks = field_checks(row(fatalities=10), event(fatalities=got))
    assert (checks["fatalities_exact"], checks["fatalities_20pct"]) == (exact, near)


def test_zero_fatalities_must_be_zero() -> None:
    assert field_checks(row(fatalities=0), event(fatalities=0))["fatalities_20pct"]
    assert not field_checks(row(fatalities=0), event(fatalities=1))["fatalities_20pct"]


def test_no_event_is_wrong_on_every_applicable_field() -> None:
    checks = field_checks(row(actor2="", lat=None, lon=None, place_named=True), None)
    assert checks["actor2"] is None and checks["location_10km"] is None and checks["location_25km"] is None
    assert all(v is False for k, v in checks.items()
               if k not in ("actor2", "location_10km", "location_25km", "assoc_actors"))


def test_the_best_matching_event_is_picked() -> None:
    other = event(event_type="Violence against civilians", sub_event_type="Attack", actor2="Civilians (Syria)",
                  fatalities=3)
    right = event()
    picked, checks = best_event(row(), [other, right])
    assert picked is right and checks["sub_event_type"]
    assert best_event(row(), [])[0] is None


@pytest.fixture(scope="module")
def fixture_report():
    return evaluate(FIXTURE)


def test_fixture_evaluation_is_consistent(fixture_report) -> None:
    r = fixture_report
    with FIXTURE.open(encoding="utf-8", newline="") as handle:
        n_rows = sum(1 for _ in csv.DictReader(handle))
    assert r.rows == n_rows and not r.warnings
    assert set(r.fields) == set(FIELDS) and set(r.actor_pairs) == set(PAIR_FIELDS)
    both, any1 = r.actor_pairs["both_actors"].all, r.fields["actor1"].all
    assert both.n == any1.n and both.ok <= any1.ok  # both actors right implies actor1 right
    assert r.fields["event_type"].all.n == n_rows
    assert r.fields["event_type"].found.n == r.rows_with_event
    wrong_sub = r.fields["sub_event_type"].all.n - r.fields["sub_event_type"].all.ok
    assert sum(r.sub_confusion.values()) == wrong_sub
    assert len(r.errors) + r.rows_all_right == r.rows
    # Most notes are coded: a pipeline that finds nothing in ACLED's own notes is broken, not merely weak.
    assert r.rows_with_event >= r.rows // 2


def test_cli_json_and_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["eval", "--gold", str(FIXTURE), "--format", "acled", "--json", "--limit", "3"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["format"] == "acled" and data["rows"] == 3
    assert set(data["fields"]) == set(FIELDS) and set(data["actor_pairs"]) == set(PAIR_FIELDS)
    table = runner.invoke(app, ["eval", "--gold", str(FIXTURE), "--format", "acled", "--limit", "3",
                                "--show-errors", "2"])
    assert table.exit_code == 0
    assert "sub-event type" in table.stdout and "Rows" in table.stdout and "both actors" in table.stdout
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    failed = runner.invoke(app, ["eval", "--gold", str(bad), "--format", "acled"])
    assert failed.exit_code == 1 and "bad.csv:1: missing column" in failed.output


def _csv_row(tmp_path: Path, notes: str, **cells: str) -> AcledRow:
    record = {"event_date": "2019-05-02", "event_type": "Protests", "sub_event_type": "Peaceful protest",
              "notes": notes, **cells}
    path = tmp_path / "export.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(record))
        writer.writeheader()
        writer.writerow(record)
    return read_rows(path)[0][0]


@pytest.mark.parametrize(("notes", "named"), [
    ("Teachers marched in Kisumu town over pay.", True),  # the location column
    ("Traders protested in the Kibera slums.", True),  # a part of the compound location
    ("Villagers protested in Kisumu-East.", True),
    ("Nurses marched to demand better pay.", False),  # no place at all: only the coder's source knew it
    ("A westerly wind blew as teachers marched.", False),  # "West" of "Kisumu West" is no place in the text
    ("Teachers marched in Kisumuville.", False),  # a word that contains the name is not the name
])
def test_rows_say_whether_their_text_names_the_place(tmp_path: Path, notes: str, named: bool) -> None:
    got = _csv_row(tmp_path, notes, admin1="Kisumu", admin2="Kisumu West", location="Nairobi-Kibera")
    assert got.place_named is named


def test_admin1_named_scores_only_rows_whose_text_names_the_place() -> None:
    named, unnamed = row(place_named=True), row(place_named=False)
    assert field_checks(named, event())["admin1_named"] is True
    assert field_checks(named, event(admin1="Aleppo"))["admin1_named"] is False
    assert field_checks(unnamed, event())["admin1_named"] is None
    assert field_checks(named, None)["admin1_named"] is False
    assert field_checks(row(place_named=True, admin1=""), event())["admin1_named"] is None
