"""The web app's JSON API, pages and review rules on a test client (no browser), and the review store."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from warscribe import reviews
from warscribe.cli import app as cli
from warscribe.model import Evidence
from warscribe.store import MIGRATIONS, Store, _engine, migrate
from warscribe.web import create_app
from warscribe.web.render import segments
from web_support import small_store

TOKEN = "secret-token"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with small_store(tmp_path / "small.db") as s:
        yield s


@pytest.fixture
def client(store: Store) -> TestClient:
    return TestClient(create_app(store))


@pytest.fixture
def reviewing(store: Store) -> TestClient:
    return TestClient(create_app(store, review_token=TOKEN))


def ids(client: TestClient, query: str = "") -> set[str]:
    response = client.get("/api/events?" + query)
    assert response.status_code == 200, response.text
    return {e["event_id"] for e in response.json()["events"]}


def test_filters_each_narrow_the_list(client: TestClient) -> None:
    assert ids(client) == {"a:1", "c:1"}  # first reports only by default
    assert ids(client, "reports=all") == {"a:1", "b:1", "c:1"}
    assert ids(client, "event_type=Battles") == {"c:1"}
    assert ids(client, "sub_event_type=Air/drone+strike&reports=all") == {"a:1", "b:1"}
    assert ids(client, "since=2024-06-01") == {"c:1"}
    assert ids(client, "until=2024-05-31") == {"a:1"}
    assert ids(client, "admin1=Idleb") == {"a:1"}
    assert ids(client, "location=kafr") == {"a:1"}
    assert ids(client, "actor=rebel") == {"c:1"}
    assert ids(client, "min_fatalities=5&reports=all") == {"b:1"}
    assert ids(client, "claim_status=reported") == {"a:1", "c:1"}
    assert ids(client, "q=Warplanes&reports=all") == {"b:1"}  # only in the source text of the second report
    assert ids(client, "country=Syria&event_type=Battles&since=2024-01-01") == {"c:1"}


def test_filter_values_are_data_not_sql(client: TestClient) -> None:
    assert ids(client, "admin1=Idleb'+OR+1=1+--") == set()
    assert ids(client, "q=%25") == set()  # a LIKE wildcard is a literal character here
    assert ids(client, "since=not-a-date") == {"a:1", "c:1"}  # malformed dates are ignored
    assert client.get("/api/events?min_fatalities=-1").status_code == 422


def test_map_groups_events_by_place(client: TestClient) -> None:
    data = client.get("/api/map?reports=all").json()
    points = [dict(zip(data["fields"], p, strict=True)) for p in data["points"]]
    for p in points:
        p["types"] = {data["types"][i]: n for i, n in zip(p["types"][::2], p["types"][1::2], strict=True)}
    places = {(p["lat"], p["lon"]): p for p in points}
    assert places[(35.61, 36.56)]["n"] == 2 and places[(35.61, 36.56)]["fatalities"] == 10
    assert places[(32.62, 36.10)]["types"] == {"Battles": 1}
    popup = client.get("/api/point?reports=all&lat=35.61&lon=36.56").json()
    assert popup["location"] == "Kafr Nabl" and popup["total"] == 2
    assert {e["event_id"] for e in popup["events"]} == {"a:1", "b:1"}
    assert client.get("/api/point?lat=35.61&lon=36.56").json()["total"] == 1  # first reports only


def test_timeline_counts_per_period_and_type(client: TestClient) -> None:
    data = client.get("/api/timeline?reports=all").json()
    assert data["unit"] == "day"
    assert {p["start"]: p["counts"] for p in data["periods"]} == {
        "2024-05-03": {"Explosions/Remote violence": 2}, "2024-06-10": {"Battles": 1}}
    monthly = client.get("/api/timeline?unit=month").json()
    assert [p["start"] for p in monthly["periods"]] == ["2024-05-01", "2024-06-01"]
    weekly = client.get("/api/timeline?unit=week").json()
    assert weekly["periods"][0]["start"] == "2024-04-29"  # the Monday of that week


def test_facets_count_the_filtered_events(client: TestClient) -> None:
    data = client.get("/api/facets?reports=all").json()
    assert data["total"] == 3
    assert dict(data["event_type"]) == {"Explosions/Remote violence": 2, "Battles": 1}
    assert dict(data["actor"])["Military Forces of Syria (2000-)"] == 3
    assert dict(client.get("/api/facets?event_type=Battles").json()["admin1"]) == {"Dar'a": 1}


def test_list_sorts_and_pages(client: TestClient) -> None:
    data = client.get("/api/events?reports=all&sort=fatalities&order=asc&per_page=2").json()
    assert data["total"] == 3 and data["pages"] == 2
    assert [e["event_id"] for e in data["events"]] == ["c:1", "a:1"]
    second = client.get("/api/events?reports=all&sort=fatalities&order=asc&per_page=2&page=2").json()
    assert [e["event_id"] for e in second["events"]] == ["b:1"]


def test_event_detail_lists_the_reports_and_their_disagreements(client: TestClient) -> None:
    data = client.get("/api/events/b:1").json()
    assert data["reports"] == ["a:1", "b:1"]
    assert data["disagreements"] == ["fatalities"]
    assert data["event"]["evidence"] == [{"start": 25, "end": 33, "text": "six died", "field": "fatalities"}]
    assert data["document"]["source"] == "Wire"
    assert client.get("/api/events/nope").status_code == 404


def test_event_page_marks_evidence_and_disagreements(client: TestClient) -> None:
    html = client.get("/events/a:1").text
    assert '<mark class="ev" data-fields="sub_event_type"' in html
    assert '<mark class="ev" data-fields="fatalities"' in html and ">four</mark>" in html
    assert 'class="differs"' in html and "/events/b%3A1" in html
    assert '<span class="removed" title="removed by the cleaner">NAV HOME\n</span>' in html


def test_document_api_and_page(client: TestClient) -> None:
    data = client.get("/api/documents/a").json()
    assert data["document"]["kept"] == [[9, 65]] and [e["event_id"] for e in data["events"]] == ["a:1"]
    assert client.get("/api/documents/zzz").status_code == 404
    html = client.get("/documents/a").text
    assert "Share this</span>" in html and "/events/a%3A1" in html


def test_hostile_text_is_escaped_and_scripts_are_refused(client: TestClient) -> None:
    response = client.get("/documents/evil")
    html = response.text
    assert "<script>window" not in html and "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert "<img src=x" not in html
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in html.split("<script src=")[0]  # the page's only scripts are files


def test_downloads_follow_the_filter(client: TestClient) -> None:
    rows = list(csv.DictReader(io.StringIO(client.get("/api/download?format=acled-csv&reports=all").text)))
    assert sorted(r["event_id_cnty"] for r in rows) == ["a:1", "b:1", "c:1"]
    geo = client.get("/api/download?format=geojson&event_type=Battles").json()
    assert [f["id"] for f in geo["features"]] == ["c:1"]
    lines = client.get("/api/download?format=jsonl").text.splitlines()
    assert {json.loads(line)["event_id"] for line in lines} == {"a:1", "c:1"}


def test_openapi_documents_the_api(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    for path in ("/api/map", "/api/timeline", "/api/facets", "/api/events", "/api/events/{event_id}",
                 "/api/documents/{doc_id}", "/api/download"):
        assert path in schema["paths"]
    params = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"since", "until", "event_type", "actor", "min_fatalities", "q", "reports", "sort", "page"} <= params
    assert "/api/map" in client.get("/api").text


def test_index_page_renders_filters_facets_and_list(client: TestClient) -> None:
    html = client.get("/?event_type=Battles").text
    assert '<option value="Battles" selected>' in html
    assert 'href="/events/c%3A1"' in html and "a%3A1" not in html
    assert 'id="total">1<' in html


def test_read_only_without_review(client: TestClient, store: Store) -> None:
    body = {"decision": "confirmed", "reviewer": "x"}
    assert client.post("/api/events/a:1/review", json=body).status_code == 405  # no such route
    assert client.post("/events/a:1/review", data={"decision": "confirmed"}).status_code == 405
    assert client.get("/login").status_code == 404
    assert reviews.latest(store) == {}


def test_review_api_needs_the_token(reviewing: TestClient, store: Store) -> None:
    body = {"decision": "corrected", "reviewer": "Ana", "corrections": {"fatalities": "5", "actor2": ""}}
    assert reviewing.post("/api/events/a:1/review", json=body).status_code == 403
    bad = reviewing.post("/api/events/a:1/review", json=body, headers={"Authorization": "Bearer wrong"})
    assert bad.status_code == 403
    auth = {"Authorization": f"Bearer {TOKEN}"}
    made = reviewing.post("/api/events/a:1/review", json=body, headers=auth)
    assert made.status_code == 201, made.text
    assert made.json()["corrections"] == {"fatalities": 5, "actor2": None}
    wrong = {"decision": "corrected", "reviewer": "Ana", "corrections": {"fatalities": "many"}}
    assert reviewing.post("/api/events/a:1/review", json=wrong, headers=auth).status_code == 400
    unknown = {"decision": "corrected", "reviewer": "Ana", "corrections": {"doc_id": "x"}}
    assert reviewing.post("/api/events/a:1/review", json=unknown, headers=auth).status_code == 400
    missing = {"decision": "confirmed", "reviewer": "Ana"}
    assert reviewing.post("/api/events/zz:9/review", json=missing, headers=auth).status_code == 400
    assert reviewing.get("/api/events/a:1").json()["reviews"][0]["reviewer"] == "Ana"


def test_review_form_needs_sign_in_from_this_site(reviewing: TestClient, store: Store) -> None:
    form = {"decision": "rejected", "reviewer": "Bo"}
    assert reviewing.post("/events/c:1/review", data=form).status_code == 403
    assert reviewing.post("/login", data={"token": "nope"}).status_code == 403
    signed = reviewing.post("/login", data={"token": TOKEN}, follow_redirects=False)
    assert signed.status_code == 303 and "samesite=strict" in signed.headers["set-cookie"].lower()
    elsewhere = reviewing.post("/events/c:1/review", data=form, headers={"Origin": "http://evil.example"})
    assert elsewhere.status_code == 403
    done = reviewing.post("/events/c:1/review", data=form, follow_redirects=False)
    assert done.status_code == 303
    assert reviews.latest(store)["c:1"].decision == "rejected"
    assert '<span class="badge decision-rejected">rejected</span>' in reviewing.get("/?event_type=Battles").text
    fixed = {"decision": "corrected", "reviewer": "Bo", "fix_fatalities": "2", "fix_location": "Daraa"}
    reviewing.post("/events/c:1/review", data=fixed, follow_redirects=False)
    assert reviews.latest(store)["c:1"].corrections == {"fatalities": 2}  # unchanged fields are not corrections


def test_reviews_survive_reingest_and_shape_the_export(store: Store, tmp_path: Path) -> None:
    reviews.record(store, "a:1", "corrected", "Ana", {"fatalities": 5, "location": "Kafr Nabl town"})
    reviews.record(store, "c:1", "rejected", "Ana")
    doc = store.document("a")
    assert doc is not None
    doc.events = [e for e in store.events(doc_id="a")]
    store.save(doc)  # the machine output is replaced; the decisions stay
    assert set(reviews.latest(store)) == {"a:1", "c:1"}
    assert reviews.latest(store)["a:1"].changed(doc.events[0]) == []

    def export(*flags: str) -> dict[str, dict]:
        out = tmp_path / "out.jsonl"
        result = CliRunner().invoke(cli, ["export", "--db", str(store.path), "--format", "jsonl", "--out",
                                          str(out), *flags])
        assert result.exit_code == 0, result.output
        return {e["event_id"]: e for e in map(json.loads, out.read_text().splitlines())}

    web = TestClient(create_app(store))
    lines = web.get("/api/download?format=jsonl&apply_corrections=true").text.splitlines()
    assert [(e["event_id"], e["fatalities"]) for e in map(json.loads, lines)] == [("a:1", 5)]
    assert set(export()) == {"a:1", "c:1"}
    assert export("--reviewed-only")["a:1"]["fatalities"] == 4  # machine values unless corrections applied
    applied = export("--apply-corrections")
    assert set(applied) == {"a:1"}  # the rejected event is left out
    assert applied["a:1"]["fatalities"] == 5 and applied["a:1"]["location"] == "Kafr Nabl town"
    assert {e["field"] for e in applied["a:1"]["evidence"]} == {"sub_event_type"}


def test_review_rules() -> None:
    assert reviews.coerce("latitude", "35.5") == 35.5
    assert reviews.coerce("admin2", " ") is None
    for name, value in (("event_date", "2024-13-01"), ("fatalities", "-1"), ("event_type", ""), ("pk", "1")):
        with pytest.raises(reviews.ReviewError):
            reviews.coerce(name, value)


def test_reviews_migration_upgrades_an_older_database(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = _engine(path)
    migrate(engine, MIGRATIONS[:1])
    engine.dispose()
    with Store(path) as store:
        assert store.version >= 2
        assert reviews.latest(store) == {}


def test_segments_cut_at_kept_ranges_and_overlapping_spans() -> None:
    text = "ab cd ef gh"
    spans = [Evidence(3, 8, "cd ef", "location"), Evidence(6, 8, "ef", "actor1"), Evidence(5, 99, "x", "bad")]
    segs = segments(text, [(3, 11)], spans)
    assert [(s.text, s.kept, s.fields, s.anchors) for s in segs] == [
        ("ab ", False, [], []), ("cd ", True, ["location"], [0]), ("ef", True, ["actor1", "location"], [1]),
        (" gh", True, [], [])]
    assert "".join(s.text for s in segs) == text
    assert [s.kept for s in segments("abc", [])] == [True]


def test_loopback_server_refuses_other_host_names(store: Store) -> None:
    client = TestClient(create_app(store, allowed_hosts=["127.0.0.1", "localhost"]), base_url="http://127.0.0.1")
    assert client.get("/api/facets").status_code == 200
    assert client.get("/api/facets", headers={"Host": "attacker.example"}).status_code == 400


def test_boundaries_come_from_the_gazetteer(client: TestClient, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from warscribe.places.gazetteer import default_path

    monkeypatch.setenv("WARSCRIBE_CACHE", str(tmp_path / "cache"))
    assert client.get("/api/boundaries").json()["features"] == []
    path = default_path()
    path.parent.mkdir(parents=True)
    db = sqlite3.connect(path)
    square = {"type": "Polygon", "coordinates": [[[36, 35], [37, 35], [37, 36], [36, 36], [36, 35]]]}
    db.execute("CREATE TABLE boundaries (id INTEGER PRIMARY KEY, level INT, name TEXT, admin1 TEXT, geometry TEXT)")
    db.execute("INSERT INTO boundaries (level, name, admin1, geometry) VALUES (1, 'Idleb', 'Idleb', ?)",
               (json.dumps(square),))
    db.commit()
    db.close()
    features = client.get("/api/boundaries").json()["features"]
    assert [(f["properties"]["name"], f["geometry"]["type"]) for f in features] == [("Idleb", "Polygon")]


def test_ids_with_slashes_and_spaces_open(tmp_path: Path) -> None:
    from warscribe.model import Document, Event

    with Store(tmp_path / "odd.db") as odd:
        doc = Document(id="feeds/site a/1", text="Protesters gathered in Homs.")
        doc.kept = [(0, len(doc.text))]
        doc.events = [Event(event_id="feeds/site a/1:1", doc_id=doc.id, event_type="Protests")]
        odd.save(doc)
        web = TestClient(create_app(odd, review_token=TOKEN))
        assert web.get("/api/events/feeds/site a/1:1").json()["event"]["doc_id"] == "feeds/site a/1"
        page = web.get("/events/feeds%2Fsite%20a%2F1%3A1").text
        assert "/documents/feeds/site%20a/1" in page
        assert web.get("/documents/feeds/site%20a/1").status_code == 200
        auth = {"Authorization": f"Bearer {TOKEN}"}
        made = web.post("/api/events/feeds/site a/1:1/review", json={"decision": "confirmed", "reviewer": "A"},
                        headers=auth)
        assert made.status_code == 201


def test_a_review_of_an_event_coded_anew_is_flagged(store: Store, tmp_path: Path) -> None:
    reviews.record(store, "c:1", "confirmed", "Ana")
    doc = store.document("c")
    assert doc is not None
    doc.events = store.events(doc_id="c")
    doc.events[0].fatalities = 3  # a later run of the coder reads the toll differently
    store.save(doc)
    assert reviews.latest(store)["c:1"].changed(doc.events[0]) == ["fatalities"]
    page = TestClient(create_app(store)).get("/events/c:1").text
    assert 'id="review-stale"' in page and "(fatalities)" in page
    result = CliRunner().invoke(cli, ["export", "--db", str(store.path), "--format", "jsonl", "--out",
                                      str(tmp_path / "o.jsonl"), "--reviewed-only"])
    assert result.exit_code == 0 and "1 reviewed events were coded anew" in result.output
