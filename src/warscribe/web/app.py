"""The web application behind `warscribe serve`: pages, downloads and the JSON API over one store."""

from __future__ import annotations

import hmac
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import parse_qs, urlsplit

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.middleware.trustedhost import TrustedHostMiddleware
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field
from sqlalchemy import Connection

from warscribe import reviews
from warscribe.export import reviewed_events, write_events
from warscribe.model import Event
from warscribe.store import Store
from warscribe.web import assets, queries
from warscribe.web.queries import Filters
from warscribe.web.render import removed_share, segments

HERE = Path(__file__).resolve().parent
COOKIE = "warscribe_review"
LOOPBACK = ["127.0.0.1", "localhost", "::1", "[::1]"]
DOWNLOADS = {"acled-csv": ("text/csv", "csv"), "geojson": ("application/geo+json", "geojson"),
             "jsonl": ("application/x-ndjson", "jsonl")}
_HIDDEN = {"draft", "evidence"}


class ReviewIn(BaseModel):
    """A decision on an event: confirmed, rejected, or corrected with the corrected fields' values."""

    decision: Literal["confirmed", "rejected", "corrected"]
    reviewer: str = Field(min_length=1, max_length=200)
    corrections: dict[str, Any] = Field(default_factory=dict)
    note: str | None = Field(default=None, max_length=5000)


def _filters(
    since: Annotated[str | None, Query(description="Events on or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, Query(description="Events on or before this date (YYYY-MM-DD).")] = None,
    country: Annotated[str | None, Query(description="Country, exactly as stored.")] = None,
    admin1: Annotated[str | None, Query(description="First-level region, exactly as stored.")] = None,
    location: Annotated[str | None, Query(description="Part of the location name.")] = None,
    event_type: Annotated[str | None, Query(description="Event type, exactly as stored.")] = None,
    sub_event_type: Annotated[str | None, Query(description="Sub-event type, exactly as stored.")] = None,
    actor: Annotated[str | None, Query(description="Part of an actor's name (actor1, actor2, associates).")]
    = None,
    claim_status: Annotated[str | None, Query(description="Claim status, e.g. reported, claimed, disputed.")]
    = None,
    min_fatalities: Annotated[str | None, Query(pattern=r"^\d*$", description="At least this many fatalities.")]
    = None,
    q: Annotated[str | None, Query(max_length=200, description="Text in the notes or the source text.")] = None,
    reports: Annotated[Literal["first", "all", ""], Query(description="first: one row per event (first "
                                                                      "reports only); all: every report.")]
    = "first",
) -> Filters:
    return Filters.clean(since=since, until=until, country=country, admin1=admin1, location=location,
                         event_type=event_type, sub_event_type=sub_event_type, actor=actor,
                         claim_status=claim_status, min_fatalities=int(min_fatalities) if min_fatalities else None,
                         q=q, reports=reports or "first")


FilterDep = Annotated[Filters, Depends(_filters)]


def _conn(request: Request) -> Iterator[Connection]:
    with request.app.state.store.engine.connect() as c:
        yield c


Conn = Annotated[Connection, Depends(_conn)]


def _csp(tiles: str | None) -> str:
    """No inline script or style anywhere; images from here (and the tile server, when one is given)."""
    img = "'self' data:"
    if tiles:
        parts = urlsplit(tiles)
        host = parts.netloc.replace("{s}.", "*.")
        if parts.scheme in ("http", "https") and host and "{" not in host:
            img += f" {parts.scheme}://{host}"
    return ("default-src 'none'; script-src 'self'; style-src 'self'; img-src " + img + "; connect-src 'self'; "
            "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")


def create_app(store: Store, *, review_token: str | None = None, reviewer: str = "analyst",
               tiles: str | None = None, allowed_hosts: list[str] | None = None) -> FastAPI:
    """The web app over `store`; read-only unless `review_token` is given (then decisions need that token).

    allowed_hosts: the Host names it answers to (serve on 127.0.0.1 passes the loopback names, so that a web
    page whose name is re-pointed at 127.0.0.1 cannot read the events); None answers any.
    """
    app = FastAPI(title="warscribe", version="1", docs_url=None, redoc_url=None,
                  description="Events coded by warscribe, with the evidence behind every field. Every list "
                              "endpoint takes the same filters as the pages.")
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(review=review_token is not None, tiles=tiles or "",
                                 vendor_missing=bool(assets.missing()))
    csp = _csp(tiles)
    app.state.store = store
    cache: dict[str, Any] = {}

    def choices(c: Connection) -> dict[str, list[str]]:
        """The filter form's lists cover the whole store: computed again only when the events change."""
        key = queries.mark(c)
        if cache.get("choices_key") != key:
            cache.update(choices_key=key, choices=queries.choices(c))
        return cache["choices"]

    @app.middleware("http")
    async def _headers(request: Request, call_next: Callable) -> Response:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = csp
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"  # other sites learn nothing; our forms keep their Origin
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def signed_in(request: Request) -> bool:
        cookie = request.cookies.get(COOKIE, "")
        return review_token is not None and hmac.compare_digest(cookie.encode(), review_token.encode())

    def page(request: Request, name: str, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"signed_in": signed_in(request), **context})

    # --- pages ---------------------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(request: Request, f: FilterDep, c: Conn, sort: str = "date", order: str = "desc",
              page_no: Annotated[int, Query(alias="page", ge=1)] = 1) -> HTMLResponse:
        listing = queries.list_events(c, f, sort, order != "asc", page_no)
        decided = reviews.latest(store, [e["event_id"] for e in listing["events"]])
        for e in listing["events"]:
            e["review"] = decided[e["event_id"]].decision if e["event_id"] in decided else None
        return page(request, "index.html", f=f, listing=listing, facets=queries.facets(c, f),
                    choices=choices(c), sorts=list(queries.SORTS))

    @app.get("/events/{event_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: str, c: Conn) -> HTMLResponse:
        ev = _event_or_404(c, event_id)
        doc = queries.document_row(c, ev.doc_id)
        reports = queries.reports_of(c, ev)
        docs = {r.doc_id: queries.document_row(c, r.doc_id) for r in reports}
        spans = ev.evidence
        segs = segments(doc["text"], doc["kept"], spans) if doc else []
        return page(request, "event.html", ev=ev, doc=doc, segs=segs, fields=_fields(ev), reports=reports,
                    docs=docs, differ=queries.disagreements(reports), compared=queries.COMPARED,
                    history=reviews.history(store, ev.event_id), correctable=list(reviews.CORRECTABLE),
                    reviewer=reviewer)

    @app.get("/documents/{doc_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, doc_id: str, c: Conn) -> HTMLResponse:
        doc = queries.document_row(c, doc_id)
        if doc is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        return page(request, "document.html", doc=doc, segs=segments(doc["text"], doc["kept"]),
                    removed=removed_share(doc["text"], doc["kept"]), events=queries.events_of_document(c, doc_id))

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_page(request: Request) -> HTMLResponse:
        return page(request, "api.html", schema=app.openapi())

    # --- review --------------------------------------------------------------------------------------------

    def same_origin(request: Request) -> None:
        """Forms post only from this site's own pages (the cookie is SameSite=Strict as well)."""
        if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
            raise HTTPException(403, "cross-site request refused")
        origin = request.headers.get("origin")
        if origin and urlsplit(origin).netloc != request.headers.get("host"):
            raise HTTPException(403, "cross-site request refused")

    async def form(request: Request) -> dict[str, str]:
        body = (await request.body()).decode("utf-8", "replace")
        return {k: v[-1] for k, v in parse_qs(body, keep_blank_values=True).items()}

    def review_on() -> None:
        if review_token is None:
            raise HTTPException(404, "review is off; start `warscribe serve --review`")

    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_page(request: Request) -> HTMLResponse:
        review_on()
        return page(request, "login.html", failed=False)

    @app.post("/login", include_in_schema=False, response_model=None)
    async def login(request: Request) -> Response:
        review_on()
        same_origin(request)
        token = (await form(request)).get("token", "")
        assert review_token is not None
        if not hmac.compare_digest(token.encode(), review_token.encode()):
            response = page(request, "login.html", failed=True)
            response.status_code = 403
            return response
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(COOKIE, review_token, httponly=True, samesite="strict")
        return response

    @app.post("/events/{event_id:path}/review", include_in_schema=False, response_model=None)
    async def review_form(request: Request, event_id: str) -> Response:
        review_on()
        same_origin(request)
        if not signed_in(request):
            raise HTTPException(403, "sign in with the review token first")
        data = await form(request)
        decision = data.get("decision", "")
        corrections = {}
        if decision == reviews.CORRECTED:
            with store.engine.connect() as c:
                ev = _event_or_404(c, event_id)
            for name in reviews.CORRECTABLE:
                value = data.get(f"fix_{name}")
                if value is not None and value.strip() != _shown(getattr(ev, name)):
                    corrections[name] = value
        try:
            reviews.record(store, event_id, decision, data.get("reviewer", ""), corrections, data.get("note"))
        except reviews.ReviewError as exc:
            raise HTTPException(400, str(exc)) from exc
        return RedirectResponse(f"/events/{_quote(event_id)}#review", status_code=303)

    @app.post("/api/events/{event_id:path}/review", tags=["review"], status_code=201)
    def review_api(event_id: str, body: ReviewIn,
                   authorization: Annotated[str | None, Header(description="Bearer <review token>")] = None
                   ) -> dict[str, Any]:
        """Record a decision (needs `serve --review` and `Authorization: Bearer <token>`)."""
        review_on()
        assert review_token is not None
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), review_token.encode()):
            raise HTTPException(403, "a valid review token is needed")
        try:
            return reviews.record(store, event_id, body.decision, body.reviewer, body.corrections,
                                  body.note).to_dict()
        except reviews.ReviewError as exc:
            raise HTTPException(400, str(exc)) from exc

    # --- API -----------------------------------------------------------------------------------------------

    @app.get("/api/map", tags=["events"])
    def api_map(f: FilterDep, c: Conn) -> dict[str, Any]:
        """Events grouped by coordinates: count, fatalities and count per event type at each point."""
        return queries.map_points(c, f)

    @app.get("/api/timeline", tags=["events"])
    def api_timeline(f: FilterDep, c: Conn,
                     unit: Annotated[Literal["day", "week", "month"] | None,
                                     Query(description="Period; chosen from the date range when absent.")] = None
                     ) -> dict[str, Any]:
        """Event counts per day, week or month and event type."""
        return queries.timeline(c, f, unit)

    @app.get("/api/facets", tags=["events"])
    def api_facets(f: FilterDep, c: Conn) -> dict[str, Any]:
        """The commonest values of event type, sub-type, country, admin1, actor and claim status, with counts."""
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
        ev = _event_or_404(c, event_id)
        doc = queries.document_row(c, ev.doc_id) or {}
        reports = queries.reports_of(c, ev)
        return {"event": ev.to_dict(),
                "document": {k: doc.get(k) for k in ("id", "url", "title", "published", "source")},
                "reports": [r.event_id for r in reports],
                "disagreements": sorted(queries.disagreements(reports)),
                "reviews": [r.to_dict() for r in reviews.history(store, ev.event_id)]}

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
    def download(f: FilterDep, fmt: Annotated[Literal["acled-csv", "geojson", "jsonl"],
                                              Query(alias="format")] = "acled-csv",
                 reviewed_only: Annotated[bool, Query(description="Only events analysts confirmed or "
                                                                  "corrected.")] = False,
                 apply_corrections: Annotated[bool, Query(description="Analysts' corrections over the machine's "
                                                                      "values; rejected events left out.")] = False
                 ) -> StreamingResponse:
        """Every event of the filter as ACLED CSV, GeoJSON or JSONL (the export command's formats and options)."""
        media, ext = DOWNLOADS[fmt]
        with store.engine.connect() as c:
            buffer = io.StringIO()
            found = queries.iter_events(c, f)
            if reviewed_only or apply_corrections:
                found = reviewed_events(found, reviews.latest(store), reviewed_only=reviewed_only,
                                        apply_corrections=apply_corrections)
            write_events(found, buffer, fmt)
        return StreamingResponse(iter([buffer.getvalue()]), media_type=media,
                                 headers={"Content-Disposition": f'attachment; filename="events.{ext}"'})

    @app.get("/api/boundaries", tags=["map"])
    def api_boundaries() -> JSONResponse:
        """The admin boundaries imported into the gazetteer (`warscribe boundaries import`), as GeoJSON."""
        return JSONResponse(_boundaries())

    # --- files ---------------------------------------------------------------------------------------------

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
        media = "application/json" if name.endswith(".json") else None
        return FileResponse(path, media_type=media)

    return app


def _event_or_404(c: Connection, event_id: str) -> Event:
    ev = queries.get_event(c, event_id)
    if ev is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return ev


def _shown(value: Any) -> str:
    return "" if value is None else str(value)


def _quote(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")


def _fields(ev: Event) -> list[dict[str, Any]]:
    """Each field with its value and the numbers of the evidence spans behind it (spans of other names after)."""
    data = ev.to_dict()
    by_field: dict[str, list[int]] = {}
    for i, span in enumerate(ev.evidence):
        by_field.setdefault(span.field, []).append(i)
    rows = [{"name": k, "value": _display(v), "marks": by_field.pop(k, [])}
            for k, v in data.items() if k not in _HIDDEN]
    rows += [{"name": k, "value": "", "marks": v} for k, v in by_field.items()]
    return rows


def _display(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return "" if value is None else str(value)


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
