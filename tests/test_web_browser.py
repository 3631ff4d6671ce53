"""`warscribe serve` in a real browser (Debian's chromium, driven by Playwright) over the demo database."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warscribe.cli import app
from warscribe.model import Document
from warscribe.store import Store
from web_support import CHROMIUM_ARGS, Server, chromium_or_skip, missing, web_assets_or_skip

try:  # the dev and web extras; without them the browser tests skip (and fail in CI)
    import fastapi  # noqa: F401
    from playwright import sync_api as playwright_sync
except ImportError:
    playwright_sync = None

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "src" / "warscribe" / "data" / "samples"
LINKED = "s01_monitor_kansafra_airstrikes:1"  # the first report of a strike the bulletin reports again
HOSTILE = 'Scraped page <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> end'


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if playwright_sync is None:
        missing("fastapi and playwright (pip install -e '.[dev,web]')")
    chromium_or_skip()
    web_assets_or_skip()
    db = tmp_path_factory.mktemp("web") / "demo.db"
    result = CliRunner().invoke(app, ["ingest", str(SAMPLES), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        hostile = Document(id="hostile", text=HOSTILE, title="<b>bold title</b>")
        hostile.kept = [(0, len(HOSTILE))]
        store.save(hostile)
    return db


@pytest.fixture(scope="module")
def server(demo_db: Path) -> Iterator[Server]:
    srv = Server(demo_db)
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def browser(server: Server) -> Iterator[object]:
    with playwright_sync.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=chromium_or_skip(), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: object, server: Server) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server.url)  # type: ignore[attr-defined]
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" and "resource" not in msg.text
          else None)
    pg.on("response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    pg.expected_errors = []  # type: ignore[attr-defined]
    yield pg
    context.close()
    unexpected = [e for e in errors if not any(e.startswith(x) for x in pg.expected_errors)]  # type: ignore[attr-defined]
    assert not unexpected, unexpected  # no script errors, no CSP violations, no missing files


def _shot(pg: object, name: str) -> None:
    """Screenshots go to $WARSCRIBE_SCREENSHOTS (`make screenshots` sets docs/screenshots) when it is set."""
    folder = os.environ.get("WARSCRIBE_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        pg.screenshot(path=str(Path(folder) / f"{name}.png"))  # type: ignore[attr-defined]


def _rows(pg: object) -> list[str]:
    return pg.locator("#events tbody tr").all_inner_texts()  # type: ignore[attr-defined]


def test_map_and_timeline_show_the_demo_events(page) -> None:
    page.goto("/")
    page.wait_for_selector("#map.loaded")
    page.wait_for_selector("#timeline.loaded")
    assert int(page.get_attribute("#map", "data-points")) > 10
    # Clusters or single markers are on the map, over the offline country outlines.
    assert page.locator(".marker-cluster, path.leaflet-interactive").count() > 0
    page.wait_for_function("document.querySelectorAll('.leaflet-overlay-pane path').length > 50")
    assert page.locator("#timeline rect.bar").count() > 5
    assert int(page.inner_text("#total")) > 50
    _shot(page, "map")
    # A single point (not a cluster) opens a popup listing its events; the link opens the event page.
    page.locator(".leaflet-overlay-pane path.leaflet-interactive").first.click(force=True)
    page.wait_for_selector(".leaflet-popup a.popup-event")
    page.click(".leaflet-popup a.popup-event")
    page.wait_for_url("**/events/*")
    assert page.locator("#fields").count() == 1


def test_filter_by_type_and_dates(page) -> None:
    page.goto("/")
    everything = int(page.inner_text("#total"))
    page.select_option("#f-event_type", "Explosions/Remote violence")
    page.fill("#f-since", "2021-01-01")
    page.fill("#f-until", "2021-12-31")
    page.click("#apply")
    page.wait_for_url("**/?*event_type=*")
    assert "since=2021-01-01" in page.url and "until=2021-12-31" in page.url and "min_fatalities" not in page.url
    found = int(page.inner_text("#total"))
    assert 0 < found < everything
    for row in _rows(page):
        assert row.startswith("2021-") and "Explosions/Remote violence" in row
    # The URL holds the filters: the same link shows the same events.
    page.goto(page.url)
    assert int(page.inner_text("#total")) == found
    assert page.input_value("#f-event_type") == "Explosions/Remote violence"


def test_brushing_the_timeline_filters_by_dates(page) -> None:
    page.goto("/")
    page.wait_for_selector("#timeline.loaded")
    box = page.locator("#timeline svg").bounding_box()
    y = box["y"] + box["height"] * 0.5
    page.mouse.move(box["x"] + box["width"] * 0.3, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.6, y, steps=5)
    page.mouse.up()
    page.wait_for_url("**/?*since=*")
    assert "until=" in page.url
    since = page.input_value("#f-since")
    until = page.input_value("#f-until")
    assert since and until and since <= until
    for row in _rows(page):
        if row.startswith("No events"):
            break
        assert since <= row[:10] <= until


def test_event_page_highlights_evidence_and_opens_the_other_report(page) -> None:
    page.goto("/events/" + LINKED)
    marks = page.locator("#doctext mark.ev")
    assert marks.count() > 3
    # Pointing at a field lights up its own words in the source text.
    row = page.locator('#fields tr.has-evidence[data-field="location"]')
    quote = row.locator("a.quote").first.inner_text().strip("“”")
    row.hover()
    active = page.locator("#doctext mark.ev.active")
    assert active.count() >= 1
    assert quote in "".join(active.all_inner_texts()) or any(t in quote for t in active.all_inner_texts())
    assert page.inner_text("#outlet")
    assert page.locator("#reports table.compare th a.report-link").count() == 2
    _shot(page, "event")
    page.click("#reports th:not(.current) a.report-link")
    page.wait_for_url("**/events/bulletin*")
    assert "later report of" in page.inner_text(".meta")
    assert page.locator("#reports th.current").count() == 1


def test_document_page_shows_kept_and_removed_text(page) -> None:
    page.goto("/documents/s01_monitor_kansafra_airstrikes")
    assert page.locator("#doctext .removed").count() > 0
    assert page.locator("#doctext .kept").count() > 0
    assert page.locator("#doc-events li a").count() > 0
    _shot(page, "document")


def test_a_script_in_a_document_is_shown_as_text(page) -> None:
    page.goto("/documents/hostile")
    text = page.inner_text("#doctext")
    assert "<script>window.__pwned = 1</script>" in text and 'onerror="window.__pwned = 2"' in text
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#doctext script, #doctext img").count() == 0
    assert page.inner_text("#doc-title") == "<b>bold title</b>"


def test_review_confirm_then_export(page, server: Server, demo_db: Path, tmp_path: Path) -> None:
    page.goto("/events/report:1")
    assert page.locator("#review-form").count() == 0  # read-only until signed in
    page.goto("/login")
    page.expected_errors.append(f"403 {server.url}/login")
    page.fill("#token", "not the token")
    page.click("#login-submit")
    page.wait_for_selector("#login-failed")
    page.fill("#token", server.token)
    page.click("#login-submit")
    page.wait_for_selector("#review-on")
    page.goto("/events/report:1")
    page.check("#d-confirmed")
    page.fill("#reviewer", "Test Analyst")
    page.click("#save-review")
    page.wait_for_selector("#decision")
    assert "confirmed by Test Analyst" in page.inner_text("#decision")
    # A correction, field by field, on another event.
    page.goto("/events/" + LINKED)
    page.check("#d-corrected")
    page.fill("#fix-fatalities", "42")
    page.click("#save-review")
    page.wait_for_selector("#decision")
    assert "corrected" in page.inner_text("#decision") and "fatalities → 42" in page.inner_text("#review")

    out = tmp_path / "reviewed.jsonl"
    result = CliRunner().invoke(app, ["export", "--db", str(demo_db), "--format", "jsonl", "--out", str(out),
                                      "--reviewed-only", "--apply-corrections", "--with-duplicates"])
    assert result.exit_code == 0, result.output
    exported = {e["event_id"]: e for e in map(json.loads, out.read_text().splitlines())}
    assert set(exported) == {"report:1", LINKED}
    assert exported[LINKED]["fatalities"] == 42
    assert not [e for e in exported[LINKED]["evidence"] if e["field"] == "fatalities"]
