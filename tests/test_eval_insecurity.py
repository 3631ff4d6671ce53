"""Insecurity Insight evaluation (warscribe.evaluate.insecurity): the weapon and perpetrator mapping, per-field
checks, per-country breakdown and the CLI, on incidents we wrote ourselves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warscribe.cli import app
from warscribe.evaluate import EvalInputError
from warscribe.evaluate.insecurity import (
    FIELDS,
    IncidentRow,
    actor_key,
    best_event,
    evaluate,
    field_checks,
    load_mapping,
    read_rows,
)
from warscribe.model import Event

# Our own incidents, in the II layout (description opening with the month, as their coders write).
INCIDENTS = [
    {"id": "1", "date": "2024-03-04", "country": "Syria", "admin1": "Idlib Governorate", "latitude": 35.93,
     "longitude": 36.63, "geo_precision": "(2) 25 km Precision",
     "description": "March 2024: Syrian army artillery shelled a clinic in Idlib city, killing two nurses.",
     "perpetrator_type": "Host Government: Military", "perpetrator_name": "Syrian Armed Forces",
     "weapon": "Shelling"},
    {"id": "2", "date": "2024-05-10", "country": "Syria", "admin1": "No Information", "latitude": None,
     "longitude": None, "description": "May 2024: A school reopened after repairs.", "perpetrator_type": None,
     "perpetrator_name": "No Information", "weapon": "Not Applicable: No Direct Violence"},
    {"id": "3", "date": "2023-11-02", "country": "OPT", "admin1": "Gaza Strip", "latitude": 31.5,
     "longitude": 34.46, "description": "November 2023: Warplanes struck a medical convoy in Gaza City.",
     "perpetrator_type": "Foreign Forces: Military", "perpetrator_name": "Israeli Defence Forces",
     "weapon": "Aerial Bomb: Plane"},
    {"id": "4", "date": "2023-11-05", "country": "OPT", "description": "   ", "weapon": "Firearms"},
]


def write(tmp_path: Path, records: list[dict]) -> Path:
    path = tmp_path / "incidents.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def incident(**over) -> IncidentRow:
    base = {"line": 1, "id": "x", "text": "x", "published": "2024-03-04", "country": "Syria", "admin1": "Idlib",
            "lat": 35.93, "lon": 36.63, "weapon": "Shelling", "perpetrator_name": "Syrian Armed Forces",
            "perpetrator_type": ""}
    base.update(over)
    return IncidentRow(**base)


def event(**over) -> Event:
    base = {"event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack",
            "actor1": "Military Forces of Syria (2000-)", "country": "Syria", "admin1": "Idleb",
            "latitude": 35.95, "longitude": 36.70, "event_date": "2024-03-01"}
    base.update(over)
    return Event(**base)


def test_weapons_map_to_families_and_combinations_to_their_union() -> None:
    mapping = load_mapping()
    assert mapping.family("Aerial Bomb: Plane")[1] == {"Air/drone strike"}
    # a mine is laid or set off, or found and cleared (disrupted weapons use)
    assert mapping.family("Mine")[1] == {"Remote explosive/landmine/IED", "Disrupted weapons use"}
    assert {"Attack", "Armed clash"} <= mapping.family("Firearms")[1]
    union = mapping.family("Firearms, Shelling")[1]
    assert "Shelling/artillery/missile attack" in union and "Armed clash" in union
    assert mapping.family("No Information on the Weapon Used") == (None, frozenset())
    assert mapping.family("A weapon nobody listed") == (None, frozenset())


def test_an_arrest_at_gunpoint_agrees_with_the_firearms_weapon_but_a_protest_does_not() -> None:
    # II gives arrests by armed forces the weapon "Firearms"; ACLED types them Arrests.
    firearms = load_mapping().family("Firearms")[1]
    assert "Arrests" in firearms
    assert "Peaceful protest" not in firearms and "Air/drone strike" not in firearms


def test_perpetrators_map_to_acled_names_with_the_country() -> None:
    mapping = load_mapping()
    names, known = mapping.perpetrator("Unidentified armed actor", "NSA", "Syria")
    # (or of no country, as a text that names none gets it)
    assert known and names == {actor_key("Unidentified Armed Group (Syria)"), actor_key("Unidentified Armed Group")}
    either, _ = mapping.perpetrator("Syrian or Russian Forces", None, "Syria")
    assert {actor_key("Military Forces of Syria (2000-)"), actor_key("Military Forces of Russia (2000-)")} <= either
    assert mapping.perpetrator("No Information", None, "Syria")[0] == frozenset()
    # an unknown name falls back on its type, else is compared as written (and reported as unmapped)
    assert mapping.perpetrator("", "Police", "Kenya")[0] == {actor_key("Police Forces of Kenya (2013-)"),
                                                             actor_key("Police Forces")}
    names, known = mapping.perpetrator("Some Brigade", "NSA", "Syria")
    assert not known and names == {"some brigade"}


def test_actor_names_compare_without_the_regime_period() -> None:
    assert actor_key("Military Forces of Syria (2000-)") == actor_key("Military Forces of Syria (2024-)")
    assert actor_key("Unidentified Armed Group (Syria)") != actor_key("Unidentified Armed Group (Iraq)")


def test_reading_folds_country_and_admin1_and_warns_on_empty_descriptions(tmp_path: Path) -> None:
    rows, warnings = read_rows(write(tmp_path, INCIDENTS))
    assert [r.id for r in rows] == ["1", "2", "3"]
    assert rows[0].admin1 == "Idlib" and rows[1].admin1 == "" and rows[2].country == "Palestine"
    assert len(warnings) == 1 and warnings[0].endswith(":4: no description; incident not evaluated")


def test_bad_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(INCIDENTS[0]) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(EvalInputError, match=r"bad\.jsonl:2: not JSON"):
        read_rows(path)


def test_a_mapping_naming_an_unknown_family_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "mapping.yaml"
    bad.write_text("families: {air: [Air/drone strike]}\nweapons: {Shelling: shelling}\nperpetrators: {}\n"
                   "perpetrator_types: {}\ncountries: {}\nadmin1_words: [Governorate]\n", encoding="utf-8")
    with pytest.raises(EvalInputError, match="unknown families"):
        load_mapping(bad)


def test_field_checks() -> None:
    right = field_checks(incident(), event())
    assert right == dict.fromkeys(FIELDS, True)
    wrong = field_checks(incident(), event(sub_event_type="Armed clash", actor1="Islamic State (Syria)",
                                           latitude=36.5, longitude=37.5, event_date="2024-04-01"))
    assert wrong["sub_type_family"] is False and wrong["perpetrator"] is False
    assert wrong["location_25km"] is False and wrong["event_month"] is False and wrong["admin1"] is True
    unscored = field_checks(incident(weapon="Other Weapon", perpetrator_name="No Information", admin1=""), None)
    assert unscored["sub_type_family"] is None and unscored["perpetrator"] is None and unscored["admin1"] is None
    assert unscored["country"] is False


def test_the_best_matching_event_is_picked() -> None:
    other = event(sub_event_type="Armed clash", actor1="Islamic State (Syria)")
    ev, checks = best_event(incident(), [other, event()])
    assert ev is not None and ev.sub_event_type == "Shelling/artillery/missile attack" and checks["perpetrator"]
    assert best_event(incident(), [])[0] is None


def test_evaluation_counts_every_incident_and_breaks_down_by_country(tmp_path: Path) -> None:
    report = evaluate(write(tmp_path, INCIDENTS))
    assert report.rows == 3 and set(report.countries) == {"Syria", "Palestine"}
    syria = report.countries["Syria"]
    assert syria.rows == 2
    assert syria.fields["sub_type_family"].all.n == 1  # the reopened school names no weapon
    assert report.total.rows_with_event >= 1
    shelling = report.total.fields["sub_type_family"]
    assert shelling.all.ok >= 1  # the artillery on the clinic is a shelling event
    data = report.to_dict()
    assert data["format"] == "insecurity-insight" and data["countries"]["Syria"]["rows"] == 2
    only_syria = evaluate(write(tmp_path, INCIDENTS), country="Syria")
    assert only_syria.rows == 2 and set(only_syria.countries) == {"Syria"}
    assert evaluate(write(tmp_path, INCIDENTS), country="OPT").rows == 1


def test_cli_json_table_and_errors(tmp_path: Path) -> None:
    path = write(tmp_path, INCIDENTS)
    runner = CliRunner()
    result = runner.invoke(app, ["eval", "--gold", str(path), "--format", "insecurity-insight", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["rows"] == 3
    table = runner.invoke(app, ["eval", "--gold", str(path), "--format", "insecurity-insight", "--show-errors", "5"])
    assert table.exit_code == 0, table.output
    assert "sub-event type family" in table.stdout and "By country" in table.stdout and "Syria" in table.stdout
    assert "Errors (first 5)" in table.stdout
    missing = runner.invoke(app, ["eval", "--gold", str(tmp_path / "none.jsonl"), "--format", "insecurity-insight"])
    assert missing.exit_code == 1 and "cannot read" in missing.stderr


def test_a_default_country_codes_placeless_descriptions_as_from_that_country(tmp_path: Path) -> None:
    placeless = {"id": "9", "date": "2024-02-01", "country": "Syria", "admin1": "No Information",
                 "description": "February 2024: A nurse was shot dead by gunmen outside a clinic.",
                 "perpetrator_type": "Criminal", "perpetrator_name": "Unidentified Armed Actor",
                 "weapon": "Firearms"}
    path = write(tmp_path, [placeless])
    plain = evaluate(path)
    assert plain.assumed_country is None
    # no country in the text: the gunmen are an unidentified armed group of no country (which agrees with II's
    # unknown perpetrator), never "Unidentified Armed Group (Syria)"; the country field stays wrong
    assert plain.total.fields["perpetrator"].all.ok == 1
    assert plain.total.fields["country"].all.ok == 0
    assert "Unidentified Armed Group / " in plain.errors[0]["got"]
    assumed = evaluate(path, default_country="SY")
    assert assumed.assumed_country == "SY" and assumed.to_dict()["assumed_country"] == "SY"
    assert assumed.total.fields["perpetrator"].all.ok == 1
    assert assumed.total.fields["country"].all.ok == 1
    table = CliRunner().invoke(app, ["eval", "--gold", str(path), "--format", "insecurity-insight",
                                     "--default-country", "sy"])
    assert table.exit_code == 0, table.output
    assert "assumed country (--default-country): SY" in table.stdout
