"""Export writers: ACLED CSV columns and values, JSONL in the event contract, valid GeoJSON."""

from __future__ import annotations

import csv
import io
import json

import pytest

from warscribe.export import (
    ACLED_COLUMNS,
    disorder_type,
    write_acled_csv,
    write_events,
    write_geojson,
    write_jsonl,
)
from warscribe.model import Event, Evidence

NOTES = "Air strikes, \"reportedly\" killing 5,\nsaid X."


def _events() -> list[Event]:
    strike = Event(event_id="SYR1", doc_id="d", event_date="2023-02-07", time_precision=1,
                   event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                   actor1="Military Forces of Russia (2000-)", actor2="Civilians (Syria)",
                   assoc_actor_1=["Military Forces of Syria (2000-2024)", "Wagner Group"], inter1=8, inter2=7,
                   interaction=78, country="Syria", admin1="Idlib", admin2="Jisr al-Shughur",
                   location="Jisr al-Shughur", latitude=35.81, longitude=36.3167, geo_precision=1,
                   fatalities=5, source="Outlet; Other", notes=NOTES,
                   evidence=[Evidence(0, 3, "Air", "event_type")])
    protest = Event(event_id="SYR2", doc_id="d", event_date="--03-01", event_type="Protests",
                    sub_event_type="Peaceful protest", actor1="Protesters (Syria)", inter1=6, country="Syria")
    base = Event(event_id="SYR3", doc_id="d", event_type="Strategic developments",
                 sub_event_type="Change to group/activity", actor1="HTS", latitude=36.0, longitude=37.0)
    return [strike, protest, base]


def test_disorder_type_follows_acled():
    assert disorder_type("Protests") == disorder_type("Riots") == "Demonstrations"
    assert disorder_type("Strategic developments") == "Strategic developments"
    assert disorder_type("Battles") == disorder_type("Violence against civilians") == "Political violence"


def test_acled_csv_columns_and_values():
    out = io.StringIO()
    summary = write_acled_csv(_events(), out, timestamp=1700000000)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert out.getvalue().splitlines()[0] == ",".join(ACLED_COLUMNS) and summary.written == 3
    strike, protest, base = rows
    assert strike["assoc_actor_1"] == "Military Forces of Syria (2000-2024); Wagner Group"
    assert (strike["disorder_type"], strike["year"], strike["iso"], strike["interaction"]) == (
        "Political violence", "2023", "760", "78")
    assert strike["civilian_targeting"] == "Civilian targeting" and protest["civilian_targeting"] == ""
    assert (strike["latitude"], strike["longitude"]) == ("35.8100", "36.3167")
    assert strike["notes"] == NOTES and strike["fatalities"] == "5"
    assert strike["timestamp"] == "1700000000" and strike["event_id_cnty"] == "SYR1"
    assert (protest["disorder_type"], protest["year"], protest["latitude"]) == ("Demonstrations", "", "")
    assert base["disorder_type"] == "Strategic developments" and base["event_date"] == ""


def test_jsonl_is_the_event_contract():
    out = io.StringIO()
    write_jsonl(_events(), out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [Event.from_dict(d) for d in lines] == _events()
    assert lines[0]["evidence"] == [{"start": 0, "end": 3, "text": "Air", "field": "event_type"}]


def test_geojson_is_a_feature_collection_of_points_and_counts_the_unplaced():
    out = io.StringIO()
    summary = write_geojson(_events(), out)
    data = json.loads(out.getvalue())
    assert data["type"] == "FeatureCollection" and (summary.written, summary.without_coordinates) == (2, 1)
    first, second = data["features"]
    assert first["type"] == "Feature" and first["id"] == "SYR1"
    assert first["geometry"] == {"type": "Point", "coordinates": [36.3167, 35.81]}
    assert "latitude" not in first["properties"] and first["properties"]["location"] == "Jisr al-Shughur"
    assert second["geometry"]["coordinates"] == [37.0, 36.0]
    for feature in data["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_unknown_format_is_an_error():
    with pytest.raises(ValueError, match="unknown export format"):
        write_events([], io.StringIO(), "xlsx")
