"""The JSON API (documented at /openapi.json), downloads, and the files the pages load."""

from __future__ import annotations

import io
import json
from typing import Annotated, Any, Literal

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import FileResponse, JSONResponse, StreamingResponse

from warscribe import reviews
from warscribe.export import reviewed_events, write_events
from warscribe.web import assets, queries
from warscribe.web.deps import HERE, Conn, FilterDep, Site, event_or_404

DOWNLOADS = {"acled-csv": ("text/csv", "csv"), "geojson": ("application/geo+json", "geojson"),
             "jsonl": ("application/x-ndjson", "jsonl")}


def add_api(app: FastAPI, site: Site) -> None:
    @app.get("/api/map", tags=["events"])
    def api_map(f: FilterDep, c: Conn) -> dict[str, Any]:
        """Events grouped by coordinates: count, fatalities and count per event type at each point."""
        return queries.map_points(c, f)

    @app.get("/api/point", tags=["events"])
    def api_point(f: FilterDep, c: Conn, lat: Annotated[float, Query(ge=-90, le=90)],
                  lon: Annotated[float, Query(ge=-180, le=180)]) -> dict[str, Any]:
        """The events of the filter at one map point (as /api/map gives it): the place and the latest ten."""
        return queries.point_events(c, f, lat, lon)

    @app.get("/api/timeline", tags=["events"])
    def api_timeline(f: FilterDep, c: Conn,
                     unit: Annotated[Literal["day", "week", "month"] | None,
                                     Query(description="Period; chosen from the date range when absent.")] = None
                     ) -> dict[str, Any]:
        """Event counts per day, week or month and event type."""
        return queries.timeline(c, f, unit)

    @app.get("/api/facets", tags=["events"])
    def api_facets(f: FilterDep, c: Conn) -> dict[str, Any]:
        """The total, and the commonest event types, sub-types, countries, admin1, actors and claim statuses."""
        return queries.facets(c, f)

    @app.get("/api/events", tags=["events"])
    def api_events(f: FilterDep, c: Conn,
                   sort: Annotated[Literal["date", "type", "fatalities", "location", "admin1", "country"],
                                   Query()] = "date",
                   order: Annotated[Literal["asc", "desc"], Query()] = "desc",
                   page_no: Annotated[int, Query(alias="page", ge=1)] = 1,
                   per_page: Annotated[int, Query(ge=1, le=500)] = 50) -> dict[str, Any]:
        """One page of events, sorted, with the total."""
        return queries.list_events(c, f, sort, order == "desc", page_no, per_page)

    @app.get("/api/events/{event_id:path}", tags=["events"])
    def api_event(event_id: str, c: Conn) -> dict[str, Any]:
        """One event with its evidence, its document's metadata, the other reports and the analysts' decisions."""
        ev = event_or_404(c, event_id)
        doc = queries.document_row(c, ev.doc_id) or {}
        reports = queries.reports_of(c, ev)
        return {"event": ev.to_dict(),
                "document": {k: doc.get(k) for k in ("id", "url", "title", "published", "source")},
                "reports": [r.event_id for r in reports],
                "disagreements": sorted(queries.disagreements(reports)),
                "reviews": [r.to_dict() for r in reviews.history(site.store, ev.event_id)]}

    @app.get("/api/documents/{doc_id:path}", tags=["documents"])
    def api_document(doc_id: str, c: Conn) -> dict[str, Any]:
        """A document: its text, kept ranges (the rest was removed as boilerplate), and its events."""
        doc = queries.document_row(c, doc_id)
        if doc is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        doc["kept"] = [list(s) for s in doc["kept"]]
        return {"document": doc, "events": queries.events_of_document(c, doc_id)}

    @app.get("/api/download", tags=["events"], response_class=StreamingResponse,
             responses={200: {"content": {t: {} for t, _ in DOWNLOADS.values()}}})
    def download(f: FilterDep, c: Conn,
                 fmt: Annotated[Literal["acled-csv", "geojson", "jsonl"], Query(alias="format")] = "acled-csv",
                 reviewed_only: Annotated[bool, Query(description="Only events analysts confirmed or "
                                                                  "corrected.")] = False,
                 apply_corrections: Annotated[bool, Query(description="Analysts' corrections over the machine's "
                                                                      "values; rejected events left out.")] = False
                 ) -> StreamingResponse:
        """Every event of the filter as ACLED CSV, GeoJSON or JSONL (the export command's formats and options)."""
        media, ext = DOWNLOADS[fmt]
        buffer = io.StringIO()
        found = queries.iter_events(c, f)
        if reviewed_only or apply_corrections:
            found = reviewed_events(found, reviews.latest(site.store), reviewed_only=reviewed_only,
                                    apply_corrections=apply_corrections)
        write_events(found, buffer, fmt)
        return StreamingResponse(iter([buffer.getvalue()]), media_type=media,
                                 headers={"Content-Disposition": f'attachment; filename="events.{ext}"'})

    @app.get("/api/boundaries", tags=["map"])
    def api_boundaries() -> JSONResponse:
        """The admin boundaries imported into the gazetteer (`warscribe boundaries import`), as GeoJSON."""
        return JSONResponse(_boundaries())


def add_files(app: FastAPI) -> None:
    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> FileResponse:
        path = HERE / "static" / name
        if "/" in name or name.startswith(".") or not path.is_file():
            raise HTTPException(404)
        return FileResponse(path)

    @app.get("/vendor/{name:path}", include_in_schema=False)
    def vendor(name: str) -> FileResponse:
        path = assets.vendor_file(name)
        if path is None:
            raise HTTPException(404, "not installed: run `make web-assets`")
        return FileResponse(path, media_type="application/json" if name.endswith(".json") else None)


def _boundaries() -> dict[str, Any]:
    """Polygons from the gazetteer's boundaries table; an empty collection when no gazetteer is built."""
    import sqlite3

    from warscribe.places.gazetteer import default_path

    path = default_path()
    features: list[dict[str, Any]] = []
    if path.exists():
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = db.execute("SELECT level, name, admin1, geometry FROM boundaries ORDER BY level, id").fetchall()
        except sqlite3.Error:
            rows = []
        finally:
            db.close()
        features = [{"type": "Feature", "properties": {"level": lvl, "name": name, "admin1": a1},
                     "geometry": json.loads(geom)} for lvl, name, a1, geom in rows]
    return {"type": "FeatureCollection", "features": features}
